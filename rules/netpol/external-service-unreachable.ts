import { unevaluatedCaveat } from '../../src/engine/netpol/unevaluated.js';
import { firstOf } from '../../src/engine/plural.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import { EXTERNAL_SERVICE_TYPES, podsBehind, refusedFromOutside, servedOn, servicePorts } from './lib/service-pods.js';

export default defineRule({
  meta: {
    id: 'netpol/external-service-unreachable',
    description:
      "A NodePort or LoadBalancer Service exists to take connections from outside the cluster, but the ingress policies of every pod behind it let no address outside the cluster's pods in on the port it sends them to (they admit pods only, or isolate the pods with no rule for the port): its clients are dropped, and with `externalTrafficPolicy: Cluster` so are the connections a node forwards for them from its own address.",
    severity: 'warning',
    remediation: "Admit the clients on the pods' port: an ingress rule with that port and no `from` (any source), or an `ipBlock` holding the clients' addresses (and, with `externalTrafficPolicy: Cluster`, the nodes').",
    kinds: ['Service'],
    messages: {
      dropped:
        "Service {{service}} ({{type}}) takes connections from outside the cluster on port {{port}}, but its pods ({{pods}}) let no address outside the cluster's pods in on {{target}} ({{why}}): those connections are dropped",
    },
    docs: "Pods are the Service's selector matched in its namespace, each port's `targetPort` (or `port`) the one policy sees, a name resolved on each pod. Every pod behind the port must refuse: one that admits the clients serves them. An ingress rule naming any address range (an `ipBlock`, Calico `nets`) on the port counts as admitting them, since netlint does not know the clients' addresses.",
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (!EXTERNAL_SERVICE_TYPES.has(spec.type)) return;
    const pods = podsBehind(ctx.model, resource);
    if (pods.length === 0) return;
    const namespace = resource.namespace ?? 'default';
    for (const { index, port, protocol, targetPort } of servicePorts(resource)) {
      const served = pods.flatMap((pod) => {
        const cell = servedOn(pod, targetPort, protocol);
        return cell === null ? [] : [{ pod, cell }];
      });
      const first = refusedFromOutside(ctx.model, served);
      if (first === null) continue;
      // Policies of another enforcer (Cilium, Antrea) may admit the clients: said, and info.
      const unsure = unevaluatedCaveat(ctx.model, [namespace], 'admit them');
      ctx.report({
        ...unsure,
        path: ['spec', 'ports', index],
        messageId: 'dropped',
        data: {
          service: `${namespace}/${resource.name}`,
          type: String(spec.type),
          port: `${port}/${protocol}`,
          pods: firstOf([...new Set(served.map((s) => s.pod.id))], 3),
          target: first.cell.name ? `${first.cell.port}/${protocol} (${first.cell.name})` : `${first.cell.port}/${protocol}`,
          why: first.why,
        },
      });
    }
  },
});
