import { INFRA_OUTCOMES, type Outcome } from './probe.js';
import type { ProfileReport, ProfileStatus } from './report-types.js';
import { portLabel } from './conformance/reach.js';

/**
 * The verdict of a profile run from everything it recorded. Infrastructure first: a probe that
 * never ran, or a matrix without a positive control that connected, makes every verdict in it
 * meaningless (exit 2). Then evidence, connectivity and policy cells (exit 1).
 */

interface Cell {
  scope: string;
  label: string;
  expectReach: boolean;
  outcome: Outcome;
  capped: boolean;
  pass: boolean;
  detail: string;
}
interface Grid {
  scope: string;
  cells: Cell[];
  /** Cells probed in the same pass that may stand as its positive controls (a Services grid's: its scenario's pod grid). */
  controls?: Cell[];
}

function grids(report: ProfileReport): Grid[] {
  const out: Grid[] = report.matrices.map((m) => ({
    scope: m.title,
    cells: m.cells.map((c) => ({ scope: m.title, label: `${c.row} → ${c.col}`, expectReach: c.expect === 'reach', outcome: c.outcome, capped: false, pass: c.pass, detail: c.detail })),
  }));
  const conformance = report.conformance ?? [];
  const cellsOf = (r: (typeof conformance)[number]): Cell[] => {
    const scope = `policy conformance ${r.scenario} (${r.targets ? 'Services' : r.network})`;
    return r.cells.map((c) => ({ scope, label: `${c.from} → ${c.to} ${portLabel(c)}`, expectReach: c.expected, outcome: c.outcome, capped: c.capped, pass: c.pass, detail: c.detail }));
  };
  for (const r of conformance) {
    if (!r.cells.length) continue;
    const cells = cellsOf(r);
    // A Services grid whose every cell is predicted blocked (a policy naming the Service port: the
    // case it is there for) takes its positive controls from its scenario's pod grid, probed from
    // the same pods by the same script in the same run.
    const pods = r.targets ? conformance.find((o) => o.scenario === r.scenario && o.network === r.network && !o.targets) : undefined;
    out.push({ scope: cells[0].scope, cells, ...(pods ? { controls: cellsOf(pods) } : {}) });
  }
  return out;
}

const more = (n: number) => (n > 1 ? ` (+${n - 1} more)` : '');

/** Infrastructure errors of the probing itself, or null. */
export function probeInfraError(report: ProfileReport): string | null {
  const all = grids(report);
  const neverRan = all.flatMap((g) => g.cells.filter((c) => !c.capped && INFRA_OUTCOMES.has(c.outcome)));
  if (neverRan.length) return `probes that never ran (no verdict possible): ${neverRan[0].scope}: ${neverRan[0].label}: ${neverRan[0].detail}${more(neverRan.length)}`;
  for (const g of all) {
    const pool = [...g.cells, ...(g.controls ?? [])];
    if (!pool.some((c) => c.expectReach)) return `${g.scope}: no positive control (no cell is expected to connect), so a blocked cell proves nothing`;
    if (!pool.some((c) => c.outcome === 'connected')) return `${g.scope}: no successful connection at all, not even the ${pool.filter((c) => c.expectReach).length} positive controls: the probes cannot be trusted`;
  }
  return null;
}

export function judge(report: ProfileReport): { status: ProfileStatus; reason?: string } {
  const infra = probeInfraError(report);
  if (infra) return { status: 'error', reason: infra };
  const badEvidence = report.evidence.filter((c) => !c.ok);
  if (badEvidence.length) {
    const e = badEvidence[0];
    return { status: 'fail', reason: `evidence contradicts ${report.procedure ?? report.mode}: ${e.id} on ${e.scope}: expected ${e.expected}, observed ${e.observed}${more(badEvidence.length)}` };
  }
  const badCells = report.matrices.flatMap((m) => m.cells.filter((c) => !c.pass).map((c) => ({ m, c })));
  if (badCells.length) {
    const { m, c } = badCells[0];
    return { status: 'fail', reason: `${m.title}: ${c.row} → ${c.col} ${c.detail}${more(badCells.length)}` };
  }
  const badPolicy = (report.conformance ?? []).flatMap((r) => r.cells.filter((c) => !c.pass).map((c) => ({ r, c })));
  if (badPolicy.length) {
    const { r, c } = badPolicy[0];
    return { status: 'fail', reason: `policy conformance ${r.scenario} (${r.targets ? 'Services' : r.network}): ${c.from} → ${c.to} ${portLabel(c)} expected ${c.expected ? 'allowed' : 'blocked'}, observed ${c.observed ? 'allowed' : 'blocked'} (${c.mismatch}${c.outcome !== 'connected' && c.outcome !== 'timeout' ? `: ${c.detail}` : ''})${more(badPolicy.length)}` };
  }
  return { status: 'pass' };
}
