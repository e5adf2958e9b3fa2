import type { ClusterModel } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';
import { IPAM_KINDS, fixedIps } from './lib/ipam-annotations.js';
import type { FixedIp } from './lib/ipam-annotations.js';
import { pushTo } from '../../src/engine/multimap.js';

export default defineRule({
  meta: {
    id: 'calico/ipaddrs-duplicate',
    description: 'The same fixed IP on two workloads: only the first pod to start gets it, the other stays in ContainerCreating ("IP already assigned").',
    severity: 'error',
    remediation: 'Give each workload its own address.',
    kinds: [...IPAM_KINDS],
    messages: { duplicate: '{{ip}} is also the fixed IP of {{other}} ({{file}})' },
  },
  check(resource, ctx) {
    for (const { ip: f, first } of duplicatesIn(ctx.model).get(resource) ?? []) {
      ctx.report({ path: f.path, span: f.span, messageId: 'duplicate', data: { ip: f.text, other: `${first.resource.kind} ${first.resource.name}`, file: first.resource.file } });
    }
  },
});

/**
 * Per resource, its fixed IPs that an earlier resource already fixed, with that first one:
 * worked out once, grouping the input's fixed IPs by address.
 */
function duplicatesIn(model: ClusterModel): Map<Resource, { ip: FixedIp; first: FixedIp }[]> {
  return model.memo('calico/fixed-ip-duplicates', (m) => {
    const byAddress = new Map<string, FixedIp[]>();
    const out = new Map<Resource, { ip: FixedIp; first: FixedIp }[]>();
    for (const f of fixedIps(m)) {
      const key = `${f.ip.family}|${f.ip.value}`;
      const earlier = byAddress.get(key);
      if (!earlier) {
        byAddress.set(key, [f]);
        continue;
      }
      const first = earlier.find((o) => o.resource !== f.resource);
      earlier.push(f);
      if (!first) continue;
      pushTo(out, f.resource, { ip: f, first });
    }
    return out;
  });
}
