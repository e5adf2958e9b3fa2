/**
 * Fields only the cluster-wide BGPConfiguration named `default` may set. libcalico-go's client
 * refuses them on any other (a per-node `node.<name>` configuration, or a misnamed one) in
 * ValidateDefaultOnlyFields (libcalico-go/lib/clientv3/bgpconfig.go, Calico v3.32.1), on create and
 * update: so calicoctl and Calico's API server reject the object ("Cannot set
 * nodeToNodeMeshEnabled on a non default BGP Configuration.").
 */
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

/** The fields, and whether an empty list counts as unset (the service lists are checked by length). */
/** Each field, and how clientv3's refusal names it (bgpconfig.go ValidateDefaultOnlyFields, v3.32.1: some by the Go field's name). */
const DEFAULT_ONLY: readonly { field: string; list: boolean; said?: string }[] = [
  { field: 'nodeToNodeMeshEnabled', list: false },
  { field: 'asNumber', list: false, said: 'ASNumber' },
  { field: 'serviceLoadBalancerIPs', list: true, said: 'ServiceLoadBalancerIPs' },
  { field: 'serviceExternalIPs', list: true, said: 'ServiceExternalIPs' },
  { field: 'serviceClusterIPs', list: true, said: 'ServiceClusterIPs' },
  { field: 'nodeMeshPassword', list: false },
  { field: 'nodeMeshMaxRestartTime', list: false },
];

export default defineRule({
  meta: {
    id: 'calico/bgpconfig-default-only',
    description:
      'A BGPConfiguration other than `default` sets a field only the cluster-wide `default` one may (nodeToNodeMeshEnabled, asNumber, serviceClusterIPs, serviceExternalIPs, serviceLoadBalancerIPs, nodeMeshPassword, nodeMeshMaxRestartTime): calicoctl and Calico\'s API server refuse it.',
    severity: 'error',
    remediation: 'Move the field to the BGPConfiguration named `default`; per-node configurations (`node.<name>`) hold per-node settings such as `logSeverityScreen` and `listenPort`.',
    kinds: ['calico/BGPConfiguration'],
    messages: {
      defaultOnly: '{{field}} is set on BGPConfiguration {{name}}, and only the one named default may set it: Calico refuses the object ("Cannot set {{said}} on a non default BGP Configuration.")',
    },
  },
  check(resource, ctx) {
    if (resource.name === 'default') return;
    const spec = asObject(resource.value.spec);
    for (const { field, list, said } of DEFAULT_ONLY) {
      const v = spec[field];
      if (v === undefined || v === null || (list && Array.isArray(v) && v.length === 0)) continue;
      ctx.report({ path: ['spec', field], messageId: 'defaultOnly', data: { field, said: said ?? field, name: resource.name } });
    }
  },
});
