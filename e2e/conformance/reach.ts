import { expectedMatrix as reachExpectedMatrix, type DirectionWhy, type ExpectedCell as ReachCell, type ExpectedMatrix as ReachMatrix } from '../../src/engine/netpol/reach.js';
import { describeWhy as describeReachWhy } from '../../src/report/reach/group.js';
import type { Resource } from '../../src/engine/types.js';

/**
 * The one place e2e/conformance depends on netlint's reach engine (the lead reconciles it when
 * reach's model changes). Port cells come from `expectedMatrix`; ICMP echo is one more cell per
 * ordered pair (protocol `ICMP`, no port, as ../shared DESIGN specifies). Until reach's matrix
 * carries ICMP cells, `icmpPrediction` returns null and the ICMP cells of a scenario are judged
 * against its hand-written truth table only.
 */
export type { DirectionWhy };
export type ExpectedCell = ReachCell;
export type ExpectedMatrix = ReachMatrix;

export const expectedMatrix = (resources: readonly Resource[]): ExpectedMatrix => reachExpectedMatrix(resources);

export function describeWhy(dir: 'egress' | 'ingress', w: DirectionWhy): string {
  return describeReachWhy(dir, w);
}

const isIcmp = (c: { protocol: string }) => c.protocol.toUpperCase() === 'ICMP';

/** Port cells only (TCP/UDP/SCTP): what agnhost connect probes. */
export const portCells = (m: ExpectedMatrix): ExpectedCell[] => m.cells.filter((c) => !isIcmp(c));

/** reach's ICMP verdict for an ordered pair, with the deciding rules; null while reach has no ICMP model. */
export function icmpPrediction(m: ExpectedMatrix, from: string, to: string): { allowed: boolean; egress: DirectionWhy; ingress: DirectionWhy } | null {
  const cell = m.cells.find((c) => isIcmp(c) && c.from === from && c.to === to);
  return cell ? { allowed: cell.allowed, egress: cell.egress, ingress: cell.ingress } : null;
}

/** A cell the conformance run probes: a port cell of reach, or ICMP echo (port 0) between two endpoints. */
export interface PlannedCell {
  from: string;
  to: string;
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP' | 'ICMP';
  portName?: string;
  /** reach's prediction; null where reach has no model (ICMP today): the truth table decides. */
  allowed: boolean | null;
  egress?: DirectionWhy;
  ingress?: DirectionWhy;
}

/** Every port cell of reach plus one ICMP cell per ordered pair of the given endpoints. */
export function plannedCells(m: ExpectedMatrix, ids: readonly string[]): PlannedCell[] {
  const ports: PlannedCell[] = portCells(m).map((c) => ({ ...c }));
  const icmp: PlannedCell[] = ids.flatMap((from) =>
    ids
      .filter((to) => to !== from)
      .map((to) => {
        const p = icmpPrediction(m, from, to);
        return p ? { from, to, port: 0, protocol: 'ICMP' as const, ...p } : { from, to, port: 0, protocol: 'ICMP' as const, allowed: null };
      }),
  );
  return [...ports, ...icmp];
}

/** `80/TCP`, or `ICMP`: the column label of a cell. */
export const portLabel = (c: { port: number; protocol: string }): string => (c.protocol === 'ICMP' ? 'ICMP' : `${c.port}/${c.protocol}`);
