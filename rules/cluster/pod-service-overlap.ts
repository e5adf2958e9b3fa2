import { overlaps, parseCidr } from '../../src/engine/cidr.js';
import type { CidrFact } from '../../src/engine/model.js';
import { WORKLOAD_KINDS, describeFactSource, findingsPerResource } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';

/**
 * Every overlap of a pod CIDR with a service CIDR the input declares, filed under the resource
 * that should change: the one that writes its CIDR (a tool's default is not the mistake), the
 * service side first when both do.
 */
const overlapsByResource = findingsPerResource('cluster/pod-service-overlaps', (m, report) => {
  const parsed = (facts: CidrFact[]) => facts.flatMap((f) => {
    const r = parseCidr(f.cidr);
    return r.ok ? [{ cidr: r.cidr, fact: f }] : [];
  });
  const services = parsed(m.facts.serviceCIDRs);
  for (const pod of parsed(m.facts.podCIDRs)) {
    for (const svc of services) {
      if (!overlaps(pod.cidr, svc.cidr)) continue;
      const at = [svc.fact, pod.fact].find((f) => f.source.resource && !f.source.defaulted) ?? [svc.fact, pod.fact].find((f) => f.source.resource);
      if (!at?.source.resource) continue; // both from .netlint.yaml: nothing in the input to point at
      const other = at === svc.fact ? pod.fact : svc.fact;
      report(at.source.resource, {
        path: at.source.path ?? [],
        messageId: 'overlap',
        data: { pod: pod.fact.cidr, service: svc.fact.cidr, other: describeFactSource(other.source) },
      });
    }
  }
});

export default defineRule({
  meta: {
    id: 'cluster/pod-service-overlap',
    description:
      'The pod CIDR (kind or kubeadm `podSubnet`, `--cluster-cidr`, `cluster.podCIDR`) must not overlap the Service CIDR (`serviceSubnet`, `--service-cluster-ip-range`, `cluster.serviceCIDR`; kubeadm defaults to 10.96.0.0/12, kind to 10.96.0.0/16): pod addresses would be taken for Service IPs.',
    severity: 'error',
    remediation: 'Give pods and Services disjoint ranges, e.g. podSubnet 10.244.0.0/16 with serviceSubnet 10.96.0.0/12.',
    kinds: ['kind.x-k8s.io/Cluster', 'kubeadm.k8s.io/ClusterConfiguration', 'Pod', ...WORKLOAD_KINDS],
    messages: { overlap: 'pod CIDR {{pod}} overlaps the Service CIDR {{service}} ({{other}}): pod addresses would be routed as Service IPs' },
    docs: 'Source: kube-apiserver `--service-cluster-ip-range` ("must not overlap with any IP ranges assigned to nodes or pods"). The finding sits on the range the input writes itself; when both are written, on the Service range.',
  },
  check(resource, ctx) {
    for (const d of overlapsByResource(ctx.model, resource)) ctx.report(d);
  },
});
