import type { ProfileName } from '../profiles/types.js';
import { meshOffControl } from './bgp.js';
import { crossSubnetControl } from './crosssubnet.js';
import { peerDeletedControl } from './rr.js';
import type { ControlOf } from './types.js';

/** The negative control each profile runs after its ping matrix; profiles without one have none. */
export const CONTROLS: Partial<Record<ProfileName, ControlOf>> = {
  'calico-crosssubnet': crossSubnetControl,
  'calico-bgp': meshOffControl,
  'calico-rr': peerDeletedControl,
};
