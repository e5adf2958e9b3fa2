/**
 * Who is wrong when the cluster, reach and the hand-written truth table disagree: the odd one out.
 * With all three the same, nothing is reported; a probe that did not end in a connection or a
 * timeout blames the harness; without a truth table a disagreement stays undetermined.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome, ProbeResult } from '../probe.js';
import { compareCells, type ProbedCell } from './compare.js';
import type { Truth } from './suite.js';

const ALLOW = { verdict: 'allow', reason: 'no-policy' } as const;

/** x/a → x/b TCP 80: reach's prediction, and what the probe saw. */
function probed(predicted: boolean, outcome: Outcome, flaky = false): ProbedCell {
  const expect = predicted ? 'reach' : 'block';
  const reached = outcome === 'connected';
  const pass = predicted ? outcome === 'connected' : outcome === 'timeout';
  const result: ProbeResult = {
    probe: { row: 'x/a', col: 'x/b 80/TCP', source: { namespace: 'x', pod: 'a', container: 'c' }, target: { ip: '10.0.0.2', protocol: 'tcp', port: 80 }, expect },
    reached,
    outcome,
    detail: outcome,
    attempts: flaky ? 2 : 1,
    flaky,
    pass,
    capped: false,
  };
  return { cell: { from: 'x/a', to: 'x/b', port: 80, protocol: 'TCP', allowed: predicted, egress: ALLOW, ingress: ALLOW }, result, reproduce: 'kubectl exec …' };
}

const truth = (allowed: boolean): Truth => ({ edits: [{ from: 'x/a', to: 'x/b', allowed }] });
const one = (cell: ProbedCell, t: Truth | undefined) => compareCells([cell], t)[0];

describe('compareCells', () => {
  it('reports nothing when the cluster, reach and the truth table agree', () => {
    for (const allowed of [true, false]) {
      const c = one(probed(allowed, allowed ? 'connected' : 'timeout'), truth(allowed));
      expect(c).toMatchObject({ pass: true, expected: allowed, observed: allowed, truth: allowed });
      expect(c.mismatch).toBeUndefined();
      expect(c.reproduce).toBeUndefined();
    }
  });

  it('blames the CNI when reach and the truth table agree and the cluster does not', () => {
    expect(one(probed(true, 'timeout'), truth(true))).toMatchObject({ pass: false, mismatch: 'cni-deviation', reproduce: 'kubectl exec …' });
    expect(one(probed(false, 'connected'), truth(false))).toMatchObject({ pass: false, mismatch: 'cni-deviation' });
  });

  it('blames the analyzer when the cluster and the truth table agree and reach does not', () => {
    expect(one(probed(false, 'connected'), truth(true))).toMatchObject({ pass: false, mismatch: 'analyzer-bug' });
    expect(one(probed(true, 'timeout'), truth(false))).toMatchObject({ pass: false, mismatch: 'analyzer-bug' });
  });

  it('blames the analyzer, and fails the cell, when only the truth table disagrees, even though the cluster did what reach said', () => {
    expect(one(probed(true, 'connected'), truth(false))).toMatchObject({ pass: false, mismatch: 'analyzer-bug', reproduce: 'kubectl exec …' });
  });

  it('blames the harness for a probe that neither connected nor timed out, whatever the truth', () => {
    expect(one(probed(false, 'refused'), truth(false))).toMatchObject({ pass: false, mismatch: 'harness' });
    expect(one(probed(true, 'dns'), undefined)).toMatchObject({ pass: false, mismatch: 'harness' });
  });

  it('leaves a disagreement undetermined without a truth table (the PR\'s own manifests)', () => {
    const c = one(probed(true, 'timeout'), undefined);
    expect(c).toMatchObject({ pass: false, mismatch: 'undetermined' });
    expect(c.truth).toBeUndefined();
  });

  it('gives a flaky cell its reproduce command but no verdict on who is wrong', () => {
    const c = one(probed(true, 'connected', true), truth(true));
    expect(c).toMatchObject({ pass: true, flaky: true, reproduce: 'kubectl exec …' });
    expect(c.mismatch).toBeUndefined();
  });
});
