import { DEFAULT_POOL, type Procedure } from './types.js';

const RACKS = ['10.48.0.0/24', '10.48.1.0/24'];

/** An IPPool CRD object as calicoctl would store it (blockSize and allowedUses spelled out: no v3 defaulting on CRD writes). */
const rackPool = (rack: number) => ({
  apiVersion: 'crd.projectcalico.org/v1',
  kind: 'IPPool',
  metadata: { name: `rack-${rack}-ippool` },
  spec: { cidr: RACKS[rack], blockSize: 26, ipipMode: 'Always', vxlanMode: 'Never', natOutgoing: true, nodeSelector: `rack == "${rack}"`, allowedUses: ['Workload', 'Tunnel'] },
});

/**
 * Per-rack pools (the guide's "assign IP addresses based on topology"): nodes labelled rack=0/1,
 * one IPPool per rack selecting its nodes, the default pool disabled; a new pod takes its
 * address from its node's rack pool.
 */
export const RACK_POOLS: Procedure = {
  name: 'rack-pools',
  title: 'per-rack IPPools: nodes labelled rack=0/1, one pool per rack with nodeSelector',
  profile: 'calico-ipip',
  source: 'Calico guide: assign IP addresses based on topology (IPPool nodeSelector)',
  steps: [
    { do: 'ping', id: 'before', title: 'pod-to-pod before the pools' },
    { do: 'label-nodes', title: 'label nodes rack=0 (control plane, worker) and rack=1 (worker2)', labels: [{ node: 0, label: 'rack=0' }, { node: 1, label: 'rack=0' }, { node: 2, label: 'rack=1' }] },
    { do: 'apply', title: 'one IPPool per rack', name: 'rack-pools.yaml', objects: [rackPool(0), rackPool(1)] },
    { do: 'patch', title: 'disable the default pool', what: DEFAULT_POOL, spec: { disabled: true } },
    {
      do: 'start-pods',
      title: 'one new pod per node',
      pods: [0, 1, 2].map((node) => ({ name: `rack-pod-${node}`, node, expectIp: { inCidr: RACKS[node === 2 ? 1 : 0], why: `rack-${node === 2 ? 1 : 0}-ippool` } })),
    },
    { do: 'node-evidence', title: 'IPIP routes to every block, the rack pools included', expect: { mode: 'ipip', ipipMode: 'Always', vxlanMode: 'Never', extraPools: RACKS } },
    { do: 'ping', id: 'after', title: 'pod-to-pod with the rack pools (old and new pods)' },
  ],
};
