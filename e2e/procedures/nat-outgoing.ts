import { DEFAULT_POOL, type Procedure } from './types.js';

/**
 * `natOutgoing: false` keeps the pod's source address on traffic leaving the pod network: a
 * netexec container on the kind docker network (outside the pool) reports the client address it
 * sees; with the manifest default (natOutgoing true) that is the node, after the patch the pod.
 */
export const NAT_OUTGOING: Procedure = {
  name: 'nat-outgoing',
  title: 'natOutgoing: false keeps the pod source address to a target outside the pod network',
  profile: 'calico-ipip',
  source: 'Calico guide: configure outgoing NAT (IPPool natOutgoing)',
  steps: [
    { do: 'source-address', id: 'before', title: 'natOutgoing true (manifest default): the outside target sees the node address', from: 'probe-w1-a', seen: 'node' },
    { do: 'patch', title: 'IPPool natOutgoing: false', what: DEFAULT_POOL, spec: { natOutgoing: false } },
    { do: 'source-address', id: 'after', title: 'natOutgoing false: the outside target sees the pod address', from: 'probe-w1-a', seen: 'pod' },
    { do: 'ping', id: 'after', title: 'pod-to-pod unaffected' },
  ],
};
