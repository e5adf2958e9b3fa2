import type { Mode, ProfileName } from '../profiles/types.js';

/**
 * One of the Calico guide's procedures as data: ordered steps run on a cluster that has passed its
 * base profile. Each step kind is implemented once in steps.ts (its commands for the run and for
 * the dry-run plan), so a procedure is a list, not code.
 */
type Obj = Record<string, unknown>;

/** The default pool the Calico manifest creates from CALICO_IPV4POOL_* (IPPool CRD name). */
export const DEFAULT_POOL = 'ippools.crd.projectcalico.org/default-ipv4-ippool';
/** Pods and objects a procedure creates live here (deleted with the cluster). */
export const PROCEDURE_NAMESPACE = 'netlint-guide';

/** What the nodes must show after (or before) a step: a mode and the default pool's settings. */
export interface ModeView {
  mode: Mode;
  ipipMode: 'Always' | 'CrossSubnet' | 'Never';
  vxlanMode: 'Always' | 'CrossSubnet' | 'Never';
  /** Other IPPools (by CIDR) that may exist next to the default one. */
  extraPools?: string[];
}

/** A pod the procedure starts, and what its address must be. */
export interface GuidePod {
  name: string;
  /** Node index (0 = control plane). */
  node: number;
  annotations?: Record<string, string>;
  /** The address must equal this, or lie in this CIDR (what the annotation or the rack's pool says). */
  expectIp: { equals: string } | { inCidr: string; why: string };
}

export type GuideStep =
  | { do: 'patch'; title: string; what: string; spec: Obj }
  | { do: 'delete'; title: string; what: string }
  | { do: 'set-calico-node-env'; title: string; env: Record<string, string> }
  | { do: 'restart-calico-node'; title: string }
  | { do: 'recreate-calico-node-pods'; title: string }
  | { do: 'label-nodes'; title: string; labels: { node: number; label: string }[] }
  | { do: 'apply'; title: string; name: string; objects: Obj[] }
  | { do: 'node-evidence'; title: string; expect: ModeView }
  | { do: 'start-pods'; title: string; pods: GuidePod[] }
  | { do: 'ping'; title: string; id: string }
  | { do: 'source-address'; title: string; id: string; from: string; seen: 'pod' | 'node' };

export interface Procedure {
  name: string;
  title: string;
  /** The profile whose cluster (and evidence) the procedure starts from. */
  profile: ProfileName;
  /** Where the guide describes it. */
  source: string;
  steps: GuideStep[];
}
