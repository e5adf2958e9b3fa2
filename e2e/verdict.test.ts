/**
 * The verdict of a profile from what it recorded: a grid that could pass without having shown a
 * working network (no cell expected to connect, or none that did) is an error (exit 2), never a
 * pass or a plain failure; then evidence, connectivity and policy cells.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from './probe.js';
import type { MatrixCell, ProfileReport } from './report-types.js';
import { judge } from './verdict.js';

function cell(row: string, col: string, expect: 'reach' | 'block', outcome: Outcome): MatrixCell {
  const reached = outcome === 'connected';
  const pass = (expect === 'reach') === reached;
  return { row, col, expect, reached, outcome, pass, flaky: false, attempts: 1, detail: pass ? '' : `expected ${expect}, got ${outcome}` };
}

function report(cells: MatrixCell[]): ProfileReport {
  return {
    profile: 'calico-ipip',
    mode: 'ipip',
    summary: '',
    cluster: 'netlint-e2e',
    status: 'pass',
    evidence: [],
    matrices: [{ id: 'ping', title: 'pod-to-pod ping', rows: ['a', 'b'], cols: ['a', 'b'], cells }],
    steps: [],
    durationMs: 0,
    unpinned: [],
    observedSha256: {},
    diagnostics: [],
    clusterKept: false,
  };
}

describe('judge', () => {
  it('passes a grid whose positive controls connected and whose blocks held', () => {
    expect(judge(report([cell('a', 'b', 'reach', 'connected'), cell('b', 'a', 'block', 'timeout')]))).toEqual({ status: 'pass' });
  });

  it('errors on a grid where no cell is expected to connect, even when every block held', () => {
    const v = judge(report([cell('a', 'b', 'block', 'timeout'), cell('b', 'a', 'block', 'refused')]));
    expect(v.status).toBe('error');
    expect(v.reason).toBe('pod-to-pod ping: no positive control (no cell is expected to connect), so a blocked cell proves nothing');
  });

  it('errors, not fails, when not even a positive control connected: the probes cannot be trusted', () => {
    const v = judge(report([cell('a', 'b', 'reach', 'timeout'), cell('b', 'a', 'reach', 'timeout'), cell('a', 'a', 'block', 'timeout')]));
    expect(v.status).toBe('error');
    expect(v.reason).toBe('pod-to-pod ping: no successful connection at all, not even the 2 positive controls: the probes cannot be trusted');
  });

  it('fails on a connectivity cell once the grid has shown a working network', () => {
    const v = judge(report([cell('a', 'b', 'reach', 'connected'), cell('b', 'a', 'reach', 'timeout'), cell('a', 'a', 'block', 'connected')]));
    expect(v).toEqual({ status: 'fail', reason: 'pod-to-pod ping: b → a expected reach, got timeout (+1 more)' });
  });

  it('errors on a probe that never ran before judging anything else', () => {
    const v = judge(report([cell('a', 'b', 'reach', 'connected'), cell('b', 'a', 'block', 'no-result')]));
    expect(v.status).toBe('error');
    expect(v.reason).toMatch(/^probes that never ran \(no verdict possible\): pod-to-pod ping: b → a: /);
  });
});
