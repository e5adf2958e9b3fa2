import { expectedMatrix as reachExpectedMatrix, type DirectionWhy, type ExpectedCell as ReachCell, type ExpectedMatrix as ReachMatrix } from '../../src/engine/netpol/reach.js';
import { describeWhy as describeReachWhy } from '../../src/report/reach/group.js';
import type { Resource } from '../../src/engine/types.js';

/**
 * The one place e2e/conformance depends on netlint's reach engine (the lead reconciles it when
 * reach's model changes). Every cell comes from reach's `expectedMatrix`, ICMP included: the port
 * cells of each destination and one ICMP echo cell per ordered pair (protocol `ICMP`, no port, as
 * reach's JSON writes it: README, "Reachability"), each with the rules that decide it. The built-in scenarios'
 * hand-written truth tables stay an independent check of these predictions.
 */
export type { DirectionWhy };
export type ExpectedCell = ReachCell;
export type ExpectedMatrix = ReachMatrix;

export const expectedMatrix = (resources: readonly Resource[]): ExpectedMatrix => reachExpectedMatrix(resources, { icmp: true });

export function describeWhy(dir: 'egress' | 'ingress', w: DirectionWhy): string {
  return describeReachWhy(dir, w);
}

/** A cell the conformance run probes: a port cell, or ICMP echo (port 0) between two endpoints, with reach's prediction. */
export interface PlannedCell {
  from: string;
  to: string;
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP' | 'ICMP';
  portName?: string;
  allowed: boolean;
  egress: DirectionWhy;
  ingress: DirectionWhy;
}

/** A reach cell as the harness addresses it: ICMP on port 0. */
export const planned = (c: ExpectedCell): PlannedCell => (c.protocol === 'ICMP' ? { ...c, port: 0 } : { ...c });

/** Every cell of reach between the given endpoints: port cells first, then ICMP echo per ordered pair. */
export function plannedCells(m: ExpectedMatrix, ids: readonly string[]): PlannedCell[] {
  const chosen = new Set(ids);
  const between = m.cells.filter((c) => chosen.has(c.from) && chosen.has(c.to)).map(planned);
  return [...between.filter((c) => c.protocol !== 'ICMP'), ...between.filter((c) => c.protocol === 'ICMP')];
}

/** reach's cell for (from, to, port, protocol), ICMP addressed as port 0; undefined when reach has no such cell. */
export function predictedCell(m: ExpectedMatrix, from: string, to: string, port: number, protocol: string): PlannedCell | undefined {
  const c = m.cells.find((x) => x.from === from && x.to === to && x.protocol === protocol && (x.protocol === 'ICMP' || x.port === port));
  return c && planned(c);
}

/** `80/TCP`, or `ICMP`: the column label of a cell. */
export const portLabel = (c: { port: number; protocol: string }): string => (c.protocol === 'ICMP' ? 'ICMP' : `${c.port}/${c.protocol}`);
