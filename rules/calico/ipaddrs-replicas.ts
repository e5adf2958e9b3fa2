import { defineRule } from '../../src/engine/rule.js';
import { rollingSurgeOf, severalPodsOf } from '../../src/engine/model.js';
import { IPAM_KINDS, fixedIpsOf } from './lib/ipam-annotations.js';

export default defineRule({
  meta: {
    id: 'calico/ipaddrs-replicas',
    description:
      'A fixed IP in the pod template of a workload that runs several pods (Deployment, ReplicaSet or StatefulSet with `replicas` > 1, a DaemonSet on more than one node, a Job with `parallelism` > 1): only one pod can hold the address, the others never start.',
    severity: 'error',
    remediation: 'Run one replica per fixed IP (one workload each), or use `cni.projectcalico.org/ipv4pools` with a small dedicated pool instead of a fixed address.',
    kinds: [...IPAM_KINDS],
    messages: {
      many: '{{ip}} is fixed in the pod template of a {{kind}} that runs {{count}}; only one pod can hold it',
      surge: '{{ip}} is fixed in the pod template of a Deployment of one pod that rolls out with {{surge}}: each rollout starts the new pod while the old one holds the address, so the new pod cannot get it and the rollout stalls (the old pod stays until the new one is ready)',
    },
    docs: 'A Deployment of one pod with a fixed IP is reported too, as a warning, when it rolls out by surging (strategy RollingUpdate, the default, with maxSurge other than 0): the new pod needs the address the old one still holds (k8s.io/api apps/v1 RollingUpdateDeployment defaults: maxSurge 25% rounded up, maxUnavailable 25% rounded down). `strategy: {type: Recreate}` or `maxSurge: 0` avoids it.',
  },
  check(resource, ctx) {
    const own = fixedIpsOf(ctx.model, resource);
    if (own.length === 0) return;
    const count = severalPodsOf(resource, ctx.model.facts);
    const surge = count === null ? rollingSurgeOf(resource) : null;
    if (count === null && surge === null) return;
    const seen = new Set<string>();
    for (const f of own) {
      if (seen.has(f.path.join('.'))) continue;
      seen.add(f.path.join('.'));
      if (count !== null) ctx.report({ path: f.path, span: f.span, messageId: 'many', data: { ip: f.text, kind: resource.kind, count } });
      else ctx.report({ path: f.path, span: f.span, messageId: 'surge', severity: 'warning', data: { ip: f.text, surge } });
    }
  },
});
