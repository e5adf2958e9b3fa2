import { defineRule } from '../../src/engine/rule.js';
import { severalPodsOf } from '../../src/engine/model.js';
import { IPAM_KINDS, fixedIpsOf } from './lib/ipam-annotations.js';

export default defineRule({
  meta: {
    id: 'calico/ipaddrs-replicas',
    description:
      'A fixed IP in the pod template of a workload that runs several pods (Deployment, ReplicaSet or StatefulSet with `replicas` > 1, a DaemonSet on more than one node, a Job with `parallelism` > 1): only one pod can hold the address, the others never start.',
    severity: 'error',
    remediation: 'Run one replica per fixed IP (one workload each), or use `cni.projectcalico.org/ipv4pools` with a small dedicated pool instead of a fixed address.',
    kinds: [...IPAM_KINDS],
    messages: { many: '{{ip}} is fixed in the pod template of a {{kind}} that runs {{count}}; only one pod can hold it' },
  },
  check(resource, ctx) {
    const own = fixedIpsOf(ctx.model, resource);
    if (own.length === 0) return;
    const count = severalPodsOf(resource, ctx.model.facts);
    if (count === null) return;
    const seen = new Set<string>();
    for (const f of own) {
      if (seen.has(f.path.join('.'))) continue;
      seen.add(f.path.join('.'));
      ctx.report({ path: f.path, span: f.span, messageId: 'many', data: { ip: f.text, kind: resource.kind, count } });
    }
  },
});
