import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../engine/types.js';
import { fnv1a64 } from './hash.js';
import { FINGERPRINT_KEY, findingFingerprint, MAX_RESULTS, renderSarif, sarifLeftOutNote } from './sarif.js';
import { clean, ctx, fileInfo, finding, hostileWarning, poolError, result, RULES } from './test-fixtures.js';
import { sarifValidator } from '../../test/schemas/sarif.js';

const validate = sarifValidator();

function expectValid(text: string) {
  const valid = validate(JSON.parse(text));
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: Record<string, any>[] } };
    results: Record<string, any>[];
  }[];
}
const parse = (r: LintResult, c = ctx) => JSON.parse(renderSarif(r, c)) as SarifLog;

describe('renderSarif', () => {
  it('says its columns are UTF-16 code units (offsets in JavaScript strings)', () => {
    expect(JSON.parse(renderSarif(result, ctx)).runs[0].columnKind).toBe('utf16CodeUnits');
  });

  it('validates against the SARIF 2.1.0 schema, with findings and when clean', () => {
    expectValid(renderSarif(result, ctx));
    expectValid(renderSarif(clean, ctx));
  });

  it('the validator does reject broken SARIF', () => {
    const log = parse(result);
    (log.runs[0].results[0].locations[0].physicalLocation.region as Record<string, number>).startLine = 0;
    expect(validate(log)).toBe(false);
  });

  it('describes the tool and every rule that ran, sorted by id', () => {
    const log = parse(result);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('netlint');
    expect(driver.version).toBe('1.2.3');
    expect(driver.informationUri).toBe('https://netlint.dev');
    expect(driver.rules.map((r) => r.id)).toEqual([
      'calico/ippool-block-size-range',
      'multus/nad-config-json',
      'netpol/explicit-policy-types',
    ]);
    expect(parse(clean).runs[0].tool.driver.rules).toEqual(driver.rules);
    expect(parse(clean).runs[0].results).toEqual([]);
  });

  it('fills each rule descriptor from the rule metadata and docsUrl', () => {
    const [pool] = parse(result).runs[0].tool.driver.rules;
    expect(pool).toEqual({
      id: 'calico/ippool-block-size-range',
      shortDescription: { text: 'IPPool blockSize must be within the range Calico accepts.' },
      fullDescription: {
        text: 'IPPool blockSize must be within the range Calico accepts. Use a blockSize between 20 and 32 for IPv4.',
      },
      help: {
        text:
          'IPPool blockSize must be within the range Calico accepts.\n\n' +
          'Remediation: Use a blockSize between 20 and 32 for IPv4.\n\n' +
          'Documentation: https://netlint.dev/rules/calico/ippool-block-size-range',
        markdown:
          'IPPool blockSize must be within the range Calico accepts.\n\n' +
          '**Remediation:** Use a blockSize between 20 and 32 for IPv4.\n\n' +
          'Calico rejects pools whose **blockSize** is outside 20–32.\n\n' +
          '[Documentation](https://netlint.dev/rules/calico/ippool-block-size-range)',
      },
      helpUri: 'https://netlint.dev/rules/calico/ippool-block-size-range',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['netlint', 'calico'] },
    });
    const levels = parse(result).runs[0].tool.driver.rules.map((r) => r.defaultConfiguration.level);
    expect(levels).toEqual(['error', 'warning', 'note']);
  });

  it('appends a descriptor for a rule id that only appears in findings', () => {
    const parseError = finding(fileInfo, { ruleId: 'parse-error', severity: 'error', message: 'not YAML' });
    const r: LintResult = { findings: [parseError, poolError], summary: result.summary };
    const log = parse(r);
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((x) => x.id)).toEqual([...RULES.map((x) => x.id).sort(), 'parse-error']);
    expect(rules[3].defaultConfiguration).toEqual({ level: 'error' });
    expect(log.runs[0].results[0].ruleIndex).toBe(3);
    expectValid(renderSarif(r, ctx));
  });

  it('maps each finding to a result with its rule index, level, message and region', () => {
    const log = parse(result);
    const rules = log.runs[0].tool.driver.rules;
    const results = log.runs[0].results;
    expect(results.map((r) => [r.ruleId, rules[r.ruleIndex].id, r.level])).toEqual([
      ['calico/ippool-block-size-range', 'calico/ippool-block-size-range', 'error'],
      ['multus/nad-config-json', 'multus/nad-config-json', 'warning'],
      ['netpol/explicit-policy-types', 'netpol/explicit-policy-types', 'note'],
    ]);
    expect(results[1].message).toEqual({ text: hostileWarning.message });
    expect(results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'nets/a%25b%2Cc%3Ad.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 3, endLine: 14, endColumn: 5 },
    });
    expect(results[0].properties).toEqual({ path: ['spec', 'blockSize'] });
  });

  it('gives a file named by an absolute path as a file: URI, with no base that would resolve it elsewhere', () => {
    const at = (file: string) => parse({ ...result, findings: [finding(poolError, { file })] }).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(at('/tmp/ün ï/é.yaml')).toEqual({ uri: 'file:///tmp/%C3%BCn%20%C3%AF/%C3%A9.yaml' });
    expect(at('C:/work/a b.yaml')).toEqual({ uri: 'file:///C:/work/a%20b.yaml' });
    expect(at('deploy/a b.yaml')).toEqual({ uri: 'deploy/a%20b.yaml', uriBaseId: '%SRCROOT%' });
    expectValid(renderSarif({ ...result, findings: [finding(poolError, { file: '/tmp/x.yaml' })] }, ctx));
  });

  it('gives the object as a logical location, and none when the finding has no object', () => {
    const results = parse(result).runs[0].results;
    expect(results[0].locations[0].logicalLocations).toEqual([
      { name: 'rack-0', fullyQualifiedName: 'IPPool/rack-0', kind: 'resource', properties: { apiVersion: 'projectcalico.org/v3' } },
    ]);
    expect(results[1].locations[0].logicalLocations[0].fullyQualifiedName).toBe(
      'NetworkAttachmentDefinition/tenant-ä/macvlan-ü',
    );
    expect(results[2].locations[0]).not.toHaveProperty('logicalLocations');
  });

  it('clamps impossible positions so GitHub does not reject the file', () => {
    const broken = finding(poolError, { line: 0, column: 0, endLine: 0, endColumn: 0 });
    const r: LintResult = { findings: [broken], summary: result.summary };
    expectValid(renderSarif(r, ctx));
    expect(parse(r).runs[0].results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
  });

  it('leaves informationUri out when the context has none', () => {
    const { informationUri: _, ...bare } = ctx;
    const text = renderSarif(result, bare);
    expect(JSON.parse(text).runs[0].tool.driver).not.toHaveProperty('informationUri');
    expectValid(text);
  });

  it("keeps a run within GitHub's 25,000 results, the most severe kept in report order, and says how many it left out", () => {
    // 26,000 warnings on lines 1…, then 10 errors and 5 infos: GitHub would reject the whole file.
    const many: Finding[] = [
      ...Array.from({ length: 26_000 }, (_, i) => finding(hostileWarning, { line: i + 1, endLine: i + 1, severity: 'warning' })),
      ...Array.from({ length: 10 }, (_, i) => finding(poolError, { line: 30_000 + i, endLine: 30_000 + i })),
      ...Array.from({ length: 5 }, (_, i) => finding(poolError, { line: 40_000 + i, endLine: 40_000 + i, severity: 'info' })),
    ];
    const text = renderSarif({ findings: many, summary: { files: 2, resources: 2, errors: 10, warnings: 26_000, infos: 5 } }, ctx);
    expectValid(text);
    const run = (JSON.parse(text) as { runs: { results: { level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[]; invocations: unknown[] }[] }).runs[0];
    expect(run.results).toHaveLength(MAX_RESULTS);
    expect(run.results.filter((r) => r.level === 'error')).toHaveLength(10);
    expect(run.results.filter((r) => r.level === 'note')).toHaveLength(0);
    // The first 24,990 warnings, then the errors: report order.
    const lines = run.results.map((r) => r.locations[0].physicalLocation.region.startLine);
    expect(lines.slice(0, 3)).toEqual([1, 2, 3]);
    expect(lines[24_989]).toBe(24_990);
    expect(lines[24_990]).toBe(30_000);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [{ level: 'warning', message: { text: expect.stringMatching(/^1015 of 26015 results left out, the least severe first: GitHub code scanning rejects a run with more than 25000 results/) } }],
      },
    ]);
    // Within the limit, nothing is left out and nothing is said.
    expect(JSON.parse(renderSarif(result, ctx)).runs[0]).not.toHaveProperty('invocations');
  });

  it('says in one line for a log what a report over the limit leaves out, and nothing within it', () => {
    expect(sarifLeftOutNote(MAX_RESULTS)).toBeNull();
    expect(sarifLeftOutNote(26_015)).toBe('the SARIF report holds the 25000 most severe of 26015 findings and leaves 1015 out: GitHub code scanning rejects a run with more');
  });

  it('is deterministic', () => {
    expect(renderSarif(result, ctx)).toBe(renderSarif(result, ctx));
    expect(renderSarif(result, { ...ctx, rules: [...RULES].reverse() })).toBe(renderSarif(result, ctx));
  });
});

describe('fingerprints', () => {
  const fingerprintOf = (f: Finding) => parse({ findings: [f], summary: result.summary }).runs[0].results[0].partialFingerprints;

  it('hash rule, file, object and path, with an occurrence suffix', () => {
    expect(fingerprintOf(poolError)).toEqual({ [FINGERPRINT_KEY]: `${findingFingerprint(poolError)}:1` });
    expect(findingFingerprint(poolError)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('survive moving the finding to other lines and columns, and a new message', () => {
    const moved = finding(poolError, { line: 40, column: 2, endLine: 41, endColumn: 3, message: 'blockSize 34 is out of range' });
    expect(fingerprintOf(moved)).toEqual(fingerprintOf(poolError));
  });

  it.each<[string, Partial<Finding>]>([
    ['rule', { ruleId: 'calico/other' }],
    ['file', { file: 'manifests/other.yaml' }],
    ['object name', { resource: { ...poolError.resource!, name: 'rack-1' } }],
    ['object apiVersion', { resource: { ...poolError.resource!, apiVersion: 'crd.projectcalico.org/v1' } }],
    ['namespace', { resource: { ...poolError.resource!, namespace: 'x' } }],
    ['no object', { resource: null }],
    ['path', { path: ['spec', 'cidr'] }],
    ['path index vs key', { path: ['spec', '0'] }],
  ])('change with the %s', (_name, change) => {
    const base = finding(poolError, { path: ['spec', 0] });
    expect(fingerprintOf(finding(base, change))).not.toEqual(fingerprintOf(base));
  });

  it('tell identical keys in one run apart by occurrence', () => {
    const twin = finding(poolError, { line: 9, message: 'again' });
    const results = parse({ findings: [poolError, twin], summary: result.summary }).runs[0].results;
    const hash = findingFingerprint(poolError);
    expect(results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual([`${hash}:1`, `${hash}:2`]);
  });
});

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 bytes (vectors computed independently from the encoded bytes)', () => {
    expect(fnv1a64('é')).toBe('0ac21707b7181e01');
    expect(fnv1a64('🚀')).toBe('ff06d33875097bda');
  });

  it('agrees with a 64-bit BigInt FNV-1a on any text (the 32-bit halves carry correctly)', () => {
    const reference = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return hash.toString(16).padStart(16, '0');
    };
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
      expect(fnv1a64(text)).toBe(reference(text));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('\u00ff', '\u007f', 'z', '\u0000'), maxLength: 300 }), (text) => {
      expect(fnv1a64(text)).toBe(reference(text));
    }));
  });
});
