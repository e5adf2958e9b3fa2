import { describeWhy as describeReachWhy, type DirectionWhy, type PlannedCell } from './reach.js';
import type { ProbeResult } from '../probe.js';
import type { ConformanceCell, MismatchKind, WhyDirection } from '../report-types.js';
import { truthOf, type Truth } from './suite.js';

/** Observed vs predicted, per cell; the classification of each disagreement. */

export interface ProbedCell {
  cell: PlannedCell;
  result: ProbeResult;
  reproduce: string;
}

/**
 * Failures that say nothing about policy: the probe never ran (exec failed, no result), the cap cut
 * it, or it ended in something other than a connection or a timeout (REFUSED: nothing listening or
 * a reject; DNS/UNKNOWN: bad arguments; OTHER; partial ping replies).
 */
export function harnessFailure(result: ProbeResult): boolean {
  return result.capped || (result.outcome !== 'connected' && result.outcome !== 'timeout');
}

export function classify(expected: boolean, observed: boolean, truth: boolean | undefined, result: ProbeResult): MismatchKind {
  if (harnessFailure(result)) return 'harness';
  if (truth === undefined) return 'undetermined';
  if (truth === observed && truth !== expected) return 'analyzer-bug';
  if (truth === expected && truth !== observed) return 'cni-deviation';
  return 'undetermined';
}

const why = (w: DirectionWhy): WhyDirection => ({ ...w });

export function compareCells(probed: ProbedCell[], truth: Truth | undefined, expectOverride?: boolean): ConformanceCell[] {
  return probed.map(({ cell, result, reproduce }) => {
    const t = truth && expectOverride === undefined ? truthOf(truth, cell.from, cell.to, cell.port, cell.protocol) : undefined;
    const expected = expectOverride ?? cell.allowed;
    const out: ConformanceCell = {
      from: cell.from,
      to: cell.to,
      port: cell.port,
      protocol: cell.protocol,
      expected,
      observed: result.reached,
      outcome: result.outcome,
      pass: result.pass,
      flaky: result.flaky,
      capped: result.capped,
      attempts: result.attempts,
      detail: result.detail,
    };
    Object.assign(out, { egress: why(cell.egress), ingress: why(cell.ingress) });
    if (cell.portName !== undefined) out.portName = cell.portName;
    if (t !== undefined) out.truth = t;
    // A cell whose reach prediction disagrees with the truth table is an analyzer bug even when the CNI agrees with reach.
    if (t !== undefined && t !== expected && result.pass) out.mismatch = 'analyzer-bug';
    else if (!result.pass) out.mismatch = classify(expected, result.reached, t, result);
    // Flaky cells (matched only on a re-probe) carry the reproduce command but no verdict on who is wrong.
    if (out.mismatch || result.flaky) out.reproduce = reproduce;
    if (t !== undefined && t !== expected) out.pass = false;
    return out;
  });
}

/** One line per direction, worded exactly as `netlint reach --explain` words it. */
export function describeWhy(dir: 'egress' | 'ingress', w: WhyDirection | undefined): string {
  return w ? describeReachWhy(dir, w as DirectionWhy) : `${dir}: no deciding rule recorded`;
}

export const MISMATCH_TEXT: Record<MismatchKind, string> = {
  'cni-deviation': 'CNI deviation: the truth table and reach agree, the cluster does not',
  'analyzer-bug': 'analyzer bug: the cluster matches the truth table, reach does not',
  undetermined: 'CNI deviation or analyzer bug: check the deciding rule against the Kubernetes/Calico documentation',
  harness: 'probe failure, not a policy verdict (nothing listening, exec failed, or the time cap)',
};
