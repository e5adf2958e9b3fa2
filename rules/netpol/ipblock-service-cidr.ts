import { contains, parseCidr } from '../../src/engine/cidr.js';
import type { Cidr } from '../../src/engine/cidr.js';
import { parseCalicoCidr } from '../../src/engine/calico-formats.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { derived, describeFactSource } from '../../src/engine/model.js';
import { kubernetesPeers } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asArray, asObject } from '../../src/engine/values.js';
import { policyRules } from '../calico/lib/policy.js';
import { POLICY_KINDS } from '../calico/lib/selectors.js';

/** The Service CIDRs the input states (kind or kubeadm networking, `.netlint.yaml` cluster.serviceCIDR). */
const serviceRanges = derived('netpol/service-ranges', (m: ClusterModel) =>
  m.facts.serviceCIDRs.flatMap((f) => {
    const r = parseCidr(f.cidr);
    return r.ok ? [{ cidr: r.cidr, text: f.cidr, source: describeFactSource(f.source) }] : [];
  }),
);

/**
 * Whether a rule's ports are DNS's alone (53): NodeLocal DNSCache, in kube-proxy's iptables mode,
 * answers on the kube-dns Service's own address (Kubernetes' NodeLocal DNSCache guide), so such a
 * rule can work; netpol/egress-deny-blocks-dns says when it does not.
 */
function dnsOnly(ports: unknown): boolean {
  const list = asArray(ports);
  return list.length > 0 && list.every((p) => {
    // A Kubernetes entry is `{port: 53}`; a Calico one is the port itself (53 or "53").
    const port = typeof p === 'object' && p !== null ? asObject(p).port : p;
    return port === 53 || port === '53';
  });
}

export default defineRule({
  meta: {
    id: 'netpol/ipblock-service-cidr',
    description:
      "An `ipBlock` (or a Calico rule's `nets`) inside the cluster's Service CIDR: policy sees the pods behind a Service, or the API server's own addresses, once kube-proxy has translated the Service's cluster IP, so a peer written as a cluster IP matches no connection (the usual slip: `10.96.0.1/32` on 443 for the API server). Silent when the Service CIDR is unknown, and for a rule on port 53 alone.",
    severity: 'warning',
    remediation:
      'Select the Service\'s pods with podSelector/namespaceSelector (Calico: a selector or `services:`); for the API server, allow its endpoints\' addresses (`kubectl get endpointslices -l kubernetes.io/service-name=kubernetes`) on their port, 6443 with kubeadm.',
    kinds: ['networking.k8s.io/NetworkPolicy', ...POLICY_KINDS],
    messages: {
      serviceIp:
        "{{field}} {{cidr}} lies in the Service CIDR {{service}} ({{source}}): policy sees a Service's pods, or the API server's own addresses, after kube-proxy translates the cluster IP, so this peer matches no connection",
    },
    docs: 'Kubernetes documents ipBlock as being for cluster-external addresses, since cluster ingress and egress mechanisms rewrite addresses (kubernetes.io/docs/concepts/services-networking/network-policies/, "ipBlock"); Calico enforces policy on the pod-facing interfaces after kube-proxy\'s DNAT of a cluster IP (projectcalico/calico#2088: "k8s NP is defined in terms of pods, not services … prior to hitting the kube-proxy we don\'t know the ultimate destination"). The Service CIDR comes from a kind Cluster or kubeadm ClusterConfiguration in the input (kubeadm\'s default 10.96.0.0/12) or `cluster.serviceCIDR` in `.netlint.yaml`. Blocks that hold the whole Service CIDR (`10.0.0.0/8`) are not reported.',
  },
  check(resource, ctx) {
    const services = serviceRanges(ctx.model);
    if (services.length === 0) return;
    const check = (text: unknown, cidr: Cidr | null, field: string, path: Path) => {
      if (cidr === null) return;
      const hit = services.find((s) => contains(s.cidr, cidr));
      if (hit) ctx.report({ path, messageId: 'serviceIp', data: { field, cidr: String(text), service: hit.text, source: hit.source } });
    };
    if (resource.groupKind === 'networking.k8s.io/NetworkPolicy') {
      const spec = asObject(resource.value.spec);
      for (const ref of kubernetesPeers(spec)) {
        if (ref.peer.ipBlock === undefined || dnsOnly(asObject(asArray(spec[ref.direction])[ref.rule]).ports)) continue;
        const text = asObject(ref.peer.ipBlock).cidr;
        const parsed = typeof text === 'string' ? parseCidr(text) : null;
        check(text, parsed?.ok ? parsed.cidr : null, 'ipBlock', [...ref.path, 'ipBlock', 'cidr']);
      }
      return;
    }
    for (const { rule, path } of policyRules(resource)) {
      // The other end of the rule: the source of an ingress rule, the destination of an egress one.
      const side = path[1] === 'ingress' ? 'source' : 'destination';
      const entity = asObject(rule[side]);
      if (dnsOnly(asObject(rule.destination).ports)) continue;
      asArray(entity.nets).forEach((n, i) => {
        const parsed = typeof n === 'string' ? parseCalicoCidr(n) : null;
        check(n, parsed?.ok ? parsed.cidr : null, `${side}.nets entry`, [...path, side, 'nets', i]);
      });
    }
  },
});
