/**
 * The SARIF of `netlint lint` as `github/codeql-action/upload-sarif` takes it, for the three ways a
 * workflow may name the manifests: from the repository root, from a subfolder
 * (`working-directory:`), and as absolute paths (`${{ github.workspace }}/…`).
 *
 * What upload-sarif does with a location is restated from codeql-action v4.36.2
 * src/fingerprints.ts (resolveUriToFile, the step before it hashes the line for
 * primaryLocationLineHash): the uri is percent-decoded; a `file://` prefix is dropped and any other
 * scheme is not followed; an absolute path must lie under the checkout; a relative one is taken
 * from the checkout; the file must exist. src/upload-lib.ts countResultsInSarif wants a `results`
 * array in every run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { main } from './main.js';
import { memoryIo } from './testing/memory-io.js';

const CHECKOUT = '/home/runner/work/shop/shop';
const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

/** The repository's examples, under the checkout, plus a file whose name needs percent-encoding. */
function checkoutFiles(): Record<string, string> {
  const files: Record<string, string> = { [`${CHECKOUT}/.git/HEAD`]: 'ref: refs/heads/main\n' };
  for (const rel of readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })) {
    if (/\.ya?ml$/.test(rel)) files[`${CHECKOUT}/deploy/${rel.split(path.sep).join('/')}`] = readFileSync(path.join(EXAMPLES, rel), 'utf8');
  }
  files[`${CHECKOUT}/deploy/calico/pools, v2 #1: 100%.yaml`] = files[`${CHECKOUT}/deploy/calico/ippools.yaml`];
  return files;
}

/** The checkout file a location names, as upload-sarif resolves it, or null where it would not. */
function resolveAsUploadSarif(location: { uri?: unknown }, files: Record<string, string>): string | null {
  if (typeof location.uri !== 'string') return null;
  let uri: string;
  try {
    uri = decodeURIComponent(location.uri);
  } catch {
    return null;
  }
  if (uri.startsWith('file://')) uri = uri.slice('file://'.length);
  if (uri.includes('://')) return null;
  if (uri.startsWith('/') && !uri.startsWith(`${CHECKOUT}/`)) return null;
  const file = uri.startsWith('/') ? uri : `${CHECKOUT}/${uri}`;
  return Object.hasOwn(files, file) ? file : null;
}

interface SarifResult {
  ruleId: string;
  locations: { physicalLocation: { artifactLocation: { uri?: unknown }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
}

describe('SARIF locations as upload-sarif resolves them', () => {
  const files = checkoutFiles();
  const sarifFrom = async (cwd: string, arg: string) => {
    const io = memoryIo(files, { cwd });
    await main(['lint', arg, '--format', 'sarif'], io, { builtinRules: BUILTIN_RULES });
    return JSON.parse(io.stdoutText) as { runs: { results: SarifResult[] }[] };
  };

  it('names every finding a checkout file and line, the same from the root, a subfolder or an absolute path', async () => {
    const runs = {
      root: await sarifFrom(CHECKOUT, 'deploy'),
      subfolder: await sarifFrom(`${CHECKOUT}/deploy`, '.'),
      absolute: await sarifFrom(CHECKOUT, `${CHECKOUT}/deploy`),
      'absolute from a subfolder': await sarifFrom(`${CHECKOUT}/deploy/apps`, `${CHECKOUT}/deploy`),
    };
    const seen = Object.entries(runs).map(([how, log]) => {
      expect(log.runs).toHaveLength(1);
      expect(Array.isArray(log.runs[0].results), how).toBe(true);
      return log.runs[0].results.map((r) => {
        const location = r.locations[0].physicalLocation;
        const file = resolveAsUploadSarif(location.artifactLocation, files);
        expect(file, `${how}: ${JSON.stringify(location.artifactLocation)}`).not.toBeNull();
        expect(location.region.startLine, `${how}: ${file}`).toBeLessThanOrEqual(files[file!].split('\n').length);
        return `${file}:${location.region.startLine} ${r.ruleId} ${r.partialFingerprints['netlint/v1']}`;
      });
    });
    expect(seen[0].length).toBeGreaterThan(9);
    expect(seen[0].some((s) => s.includes('pools, v2 #1: 100%.yaml'))).toBe(true);
    for (const other of seen.slice(1)) expect(other).toEqual(seen[0]);
  });
});
