import { FIXED_IPS } from './fixed-ips.js';
import { IPIP_TO_BGP } from './ipip-to-bgp.js';
import { IPIP_TO_CROSSSUBNET } from './ipip-to-crosssubnet.js';
import { NAT_OUTGOING } from './nat-outgoing.js';
import { RACK_POOLS } from './rack-pools.js';
import type { Procedure } from './types.js';
import { selectNamed } from '../select.js';

/** The Calico guide's procedures, runnable with `netlint e2e --procedure NAME` (or `guide` for all). */
export const PROCEDURES: Procedure[] = [IPIP_TO_BGP, IPIP_TO_CROSSSUBNET, RACK_POOLS, FIXED_IPS, NAT_OUTGOING];
export const PROCEDURE_NAMES = PROCEDURES.map((p) => p.name);

export function selectProcedures(names: string[]): Procedure[] {
  return selectNamed(PROCEDURES, names, 'guide', 'procedure');
}
