/**
 * A ClusterNetworkPolicy port range must start below its end. The CRD of kubernetes-sigs/
 * network-policy-api v0.2.0 checks it with the CEL rule `self.start < self.end` on every
 * `destinationPort.range` (config/crd/standard/policy.networking.k8s.io_clusternetworkpolicies.yaml),
 * which a JSON schema cannot say (netpol/cluster-policy-field-values checks the rest). Were such a
 * policy applied anyway, Calico v3.32 could not convert a reversed range (numorstring.PortFromRange
 * fails) and would replace a Deny or Pass rule with one denying all traffic
 * (libcalico-go/lib/backend/k8s/conversion/clusternetworkpolicy.go).
 */
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asArray, asObject } from '../../src/engine/values.js';

const PROTOCOL_KEYS = ['tcp', 'udp', 'sctp'] as const;

export default defineRule({
  meta: {
    id: 'netpol/cluster-policy-port-range',
    description: 'A ClusterNetworkPolicy `destinationPort.range` must have `start` below `end`; the API server rejects any other range (CEL rule `self.start < self.end`).',
    severity: 'error',
    remediation: 'Swap `start` and `end`, or write a single port as `destinationPort: {number: N}`.',
    kinds: ['policy.networking.k8s.io/ClusterNetworkPolicy'],
    messages: {
      notBelow: 'port range {{start}}-{{end}}: start must be below end (the API server rejects it; for one port write `number: {{start}}`)',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    for (const dir of ['ingress', 'egress'] as const) {
      asArray(spec[dir]).forEach((rule, r) => {
        asArray(asObject(rule).protocols).forEach((entry, p) => {
          for (const key of PROTOCOL_KEYS) {
            const range = asObject(asObject(asObject(asObject(entry)[key]).destinationPort).range);
            const { start, end } = range;
            if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < (end as number)) continue;
            const path: Path = ['spec', dir, r, 'protocols', p, key, 'destinationPort', 'range'];
            ctx.report({ path, messageId: 'notBelow', data: { start: String(start), end: String(end) } });
          }
        });
      });
    }
  },
});
