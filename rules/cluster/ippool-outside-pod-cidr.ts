import { contains, parseCidr } from '../../src/engine/cidr.js';
import { configCoversFile } from '../../src/engine/cluster-scope.js';
import type { Cidr } from '../../src/engine/cidr.js';
import type { CidrFact } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';
import { asObject } from '../../src/engine/values.js';
import { POOL_KINDS, describePool, isPodPool, poolsIn } from '../calico/lib/pools.js';
import type { PoolView } from '../calico/lib/pools.js';

/**
 * True when the kind/kubeadm config describes the cluster the operator's Installation is applied
 * to, as far as files can tell: it sits in the Installation's folder or one above it. A repository
 * that keeps several clusters side by side (`clusters/a/`, `clusters/b/`) is not mixed up.
 */
function sameCluster(fact: CidrFact, installation: Resource): boolean {
  return configCoversFile(fact.source.file, installation.file);
}

/**
 * The operator reads kubeadm's `podSubnet` (kind writes one too, its default included) and refuses
 * an Installation pool outside all of them; not on OpenShift (it reads the Network config there)
 * and not when the Installation's CNI is not Calico.
 */
function operatorChecks(pool: PoolView): boolean {
  if (pool.origin !== 'Installation') return false;
  const spec = asObject(pool.resource.value.spec);
  const cniType = asObject(spec.cni).type;
  return (cniType === undefined || cniType === 'Calico') && !/^openshift/i.test(String(spec.kubernetesProvider ?? ''));
}

function isPlatformFact(fact: CidrFact): boolean {
  return fact.source.what.startsWith('kind ') || fact.source.what.startsWith('kubeadm ');
}

export default defineRule({
  meta: {
    id: 'cluster/ippool-outside-pod-cidr',
    description:
      'Calico IP pools should lie inside the cluster pod CIDR (kind `podSubnet`, kubeadm `podSubnet`, `--cluster-cidr`, or `cluster.podCIDR`): kube-proxy uses it to tell pod traffic from external traffic. The operator refuses an Installation pool outside kind\'s or kubeadm\'s podSubnet (an error when that config sits in the Installation\'s folder or above it).',
    severity: 'warning',
    remediation: 'Choose a pool CIDR inside the pod CIDR, or change the cluster\'s pod CIDR to cover the pool.',
    kinds: [...POOL_KINDS],
    messages: {
      outside: '{{pool}} is not inside the cluster pod CIDR {{pod}} ({{source}} in {{file}})',
      operatorRefuses: '{{pool}} is not inside the platform pod CIDR {{pod}} ({{source}} in {{file}}): the operator refuses it ("IPPool … is not within the platform\'s configured pod network CIDR(s)") and installs nothing',
    },
    docs: 'Source for the error: tigera/operator `pkg/controller/ippool` (`fillDefaults` reads the `kubeadm-config` ConfigMap\'s `podSubnet`, which kind also writes, and rejects an Installation pool that no platform CIDR contains, whatever its family).',
  },
  check(resource, ctx) {
    const own = poolsIn(ctx.model, resource);
    if (own.length === 0) return;
    const pods = ctx.model.facts.podCIDRs.flatMap((f) => {
      const r = parseCidr(f.cidr);
      return r.ok ? [{ cidr: r.cidr, fact: f }] : [];
    });
    if (pods.length === 0) return;
    for (const p of own) {
      if (!p.cidr || !isPodPool(ctx.model, p)) continue;
      const inside = (x: { cidr: Cidr }) => contains(x.cidr, p.cidr!);
      const platform = operatorChecks(p) ? pods.filter((x) => isPlatformFact(x.fact) && sameCluster(x.fact, resource)) : [];
      if (platform.length > 0) {
        if (platform.some(inside)) continue;
        const first = platform[0].fact;
        ctx.report({ path: p.cidrPath, messageId: 'operatorRefuses', severity: 'error', data: { pool: describePool(p), pod: [...new Set(platform.map((x) => x.fact.cidr))].join(', '), source: first.source.what, file: first.source.file } });
        continue;
      }
      const family = pods.filter((x) => x.cidr.family === p.cidr!.family);
      if (family.length === 0 || family.some(inside)) continue;
      const first = family[0].fact;
      ctx.report({ path: p.cidrPath, messageId: 'outside', data: { pool: describePool(p), pod: [...new Set(family.map((x) => x.fact.cidr))].join(', '), source: first.source.what, file: first.source.file } });
    }
  },
});
