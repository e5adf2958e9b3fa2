/**
 * Every reach format stays usable as clusters grow (issue 12): exit 0 or 1, nothing on stderr but notes,
 * output far below 2 MB, and the grouped JSON grows with the endpoints (their list) and groups,
 * not with endpoint pairs. The 1,000 × 200 figures are measured by hand with /usr/bin/time -v.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, hasStackTrace, netlintAsync, stderrBesidesNotes, yamlStream } from './cli.js';
import { manifests, sampleCluster, type Cluster } from './cluster-gen.js';

const FORMATS = ['json', 'text', 'markdown', 'mermaid', 'dot'] as const;

/** `copies` replicas of every endpoint of a random cluster: more endpoints, the same classes. */
function clusterFile(endpoints: number, policies: number, copies: number, seed = 12): string {
  const base = sampleCluster({ endpoints, policies, calico: true }, seed);
  const cluster: Cluster = {
    ...base,
    endpoints: Array.from({ length: copies }, (_, c) => base.endpoints.map((e) => ({ ...e, name: `${e.name}-r${c}` }))).flat(),
  };
  const file = join(folderWith({}), 'cluster.yaml');
  writeFileSync(file, yamlStream(manifests(cluster)));
  return file;
}

interface Grouped { groups: unknown[]; allowed: unknown[]; summary: { endpoints: number } }

describe('reach output size', () => {
  it('each format at 400 endpoints × 40 policies exits 0/1 with a report under 2 MB and a clean stderr', async () => {
    const file = clusterFile(40, 40, 10);
    const runs = await Promise.all(FORMATS.map((format) => netlintAsync(['reach', '--format', format, file])));
    runs.forEach((run, i) => {
      expect([0, 1], FORMATS[i]).toContain(run.code);
      expect(stderrBesidesNotes(run.stderr), FORMATS[i]).toEqual([]);
      expect(run.stdout.length, FORMATS[i]).toBeGreaterThan(0);
      expect(Buffer.byteLength(run.stdout), FORMATS[i]).toBeLessThan(2 * 1024 * 1024);
    });
    const json = JSON.parse(runs[0]!.stdout) as Grouped;
    expect(json.summary.endpoints).toBe(400);
  });

  it('four times the endpoints of the same classes: same groups and allowed entries, JSON at most 4× larger', async () => {
    const [small, large] = await Promise.all([
      netlintAsync(['reach', '--format', 'json', clusterFile(40, 20, 2)]),
      netlintAsync(['reach', '--format', 'json', clusterFile(40, 20, 8)]),
    ]);
    expect(small.code).toBe(0);
    expect(large.code).toBe(0);
    const [s, l] = [JSON.parse(small.stdout) as Grouped, JSON.parse(large.stdout) as Grouped];
    expect(l.summary.endpoints).toBe(4 * s.summary.endpoints);
    expect(l.groups.length).toBe(s.groups.length);
    expect(l.allowed.length).toBe(s.allowed.length);
    expect(Buffer.byteLength(large.stdout) / Buffer.byteLength(small.stdout)).toBeLessThan(4);
  });

  it('text, markdown, mermaid and dot cap a long listing with "… and N more" and the query hint', async () => {
    // No policy: every group reaches every group, far more pairs than a reader can use.
    const file = clusterFile(60, 0, 2, 3);
    const runs = await Promise.all(['text', 'markdown', 'mermaid', 'dot'].map((format) => netlintAsync(['reach', '--format', format, file])));
    for (const run of runs) {
      expect(hasStackTrace(run.stderr)).toBe(false);
      expect(run.stdout).toMatch(/… and \d+ more/);
      expect(run.stdout.replaceAll('\\', '')).toMatch(/query with --from, --to and --port/);
      const lines = run.stdout.split('\n');
      expect(lines.length).toBeLessThan(1000);
      expect(lines.every((l) => l.length < 2000), 'no giant line').toBe(true);
    }
  });
});
