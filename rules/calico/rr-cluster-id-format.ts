import { parseIp } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { bgpTopology, clusterIdsIn } from './lib/bgp.js';

export default defineRule({
  meta: {
    id: 'calico/rr-cluster-id-format',
    description: 'A route-reflector cluster ID (`spec.bgp.routeReflectorClusterID`, or the `projectcalico.org/RouteReflectorClusterID` annotation) must be an IPv4 dotted quad; Calico rejects anything else.',
    severity: 'error',
    remediation: 'Use an IPv4-formatted ID, conventionally an unused address such as `244.0.0.1`.',
    kinds: ['Node', 'calico/Node'],
    messages: { invalid: 'route-reflector cluster ID "{{value}}" is not an IPv4 address' },
  },
  check(resource, ctx) {
    for (const n of clusterIdsIn(bgpTopology(ctx.model), resource)) {
      if (parseIp(n.clusterID!)?.family !== 4) ctx.report({ path: n.clusterIDAt!.path, messageId: 'invalid', data: { value: n.clusterID } });
    }
  },
});
