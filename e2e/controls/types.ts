import type { Facts, NodeFacts } from '../evidence.js';
import type { GuideStep } from '../procedures/types.js';
import type { Profile } from '../profiles/types.js';

/**
 * A negative control as data: break the profile's routing on purpose, check that exactly the pairs
 * that must fail do fail while the others still reach, then undo the break and check that the
 * mode's node evidence and the whole ping matrix come back. The run and the dry-run of every
 * control are in run.ts; the cluster changes are the guide's step kinds (procedures/steps.ts).
 */
export type ControlStep = Extract<GuideStep, { do: 'patch' | 'delete' | 'apply' }>;

export interface NegativeControl {
  /** What is broken, for titles: "BGP mesh off, no BGPPeer". */
  title: string;
  /** Where Calico shows that the break has this effect. */
  source: string;
  break: ControlStep[];
  restore: ControlStep[];
  /**
   * Whether a pair whose pods run on nodes `src` and `dst` must fail while broken; null when the
   * facts cannot tell (the pair is not probed).
   */
  blocked(src: NodeFacts, dst: NodeFacts): boolean | null;
  /** The expectation in words, for the report. */
  expect: string;
  /**
   * What the nodes still show of the working mode (empty once the break has taken effect), polled
   * up to the evidence deadline before probing: a control never probes on a guess that the break
   * has landed.
   */
  remaining: { expect: string; of(facts: Facts): string[] };
}

/** A profile's control, built from the profile (object names, labels). */
export type ControlOf = (profile: Profile) => NegativeControl;
