import { defineRule } from '../../src/engine/rule.js';
import { NETWORKS_ANNOTATION } from './lib/annotation.js';
import { ANNOTATION_MESSAGES, annotationOf, reportProblems } from './lib/messages.js';
import { POD_KINDS } from './lib/nads.js';

export default defineRule({
  meta: {
    id: 'multus/networks-syntax',
    description: 'The `k8s.v1.cni.cncf.io/networks` annotation must parse as Multus reads it: a comma list of `[namespace/]name[@interface]`, or a JSON list of selection objects with a `name`.',
    severity: 'error',
    remediation: 'Write `networks: macvlan-conf@net1, infra/flannel-net` or `networks: \'[{"name": "macvlan-conf", "interface": "net1"}]\'`; names are DNS-1123 labels.',
    kinds: POD_KINDS,
    messages: { ...ANNOTATION_MESSAGES },
    docs: [
      'Multus treats the value as JSON as soon as it contains `[`, `{` or `"`, and otherwise splits it on commas (k8sclient.go `parsePodNetworkAnnotation`, `parsePodNetworkObjectName`). A value it cannot parse leaves the pod in ContainerCreating. The finding points at the column of the problem inside a one-line annotation.',
      'JSON keys Multus does not know (for example `gateway`, where `default-route` was meant) are reported as warnings: Go\'s JSON decoder drops them silently. Entries of `ips` must be addresses or CIDRs, those of `default-route` bare addresses (a `[]net.IP`), at most one per IP family over the whole annotation (`CheckGatewayConfig` refuses ECMP), and `mac` a MAC address.',
    ].join('\n\n'),
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (a) reportProblems(ctx, a.parsed, a.path, NETWORKS_ANNOTATION);
  },
});
