import { defineRule } from '../../src/engine/rule.js';
import { NETWORKS_ANNOTATION } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { POD_KINDS } from './lib/nads.js';

export default defineRule({
  meta: {
    id: 'multus/duplicate-interface',
    description: 'Every attachment in `k8s.v1.cni.cncf.io/networks` needs its own interface: no name twice, not `eth0` (the cluster network), and not the `netN` name Multus gives the N-th attachment that names none.',
    severity: 'error',
    remediation: 'Give each attachment a distinct interface (`a@net1, b@net2`) or let Multus number them all.',
    kinds: POD_KINDS,
    messages: {
      twice: 'interface "{{name}}" is already used by attachment {{first}} ({{firstNetwork}}); Multus fails with "interface name {{name}} already exists"',
      primary: 'interface "eth0" belongs to the cluster (default) network; a second network cannot take it',
      auto: 'interface "{{name}}" is the name Multus gives attachment {{position}} ({{network}}), which requests none; the two clash',
    },
    docs: 'Multus names an attachment without an interface `net<position>` (1-based, counting every attachment), and the cluster network keeps `eth0` (multus.go `getIfname`, `validateIfName`).',
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (!a) return;
    const sels = a.parsed.selections;
    const effective = sels.map((s, i) => (s.interface ? s.interface : `net${i + 1}`));
    sels.forEach((s, i) => {
      if (!s.interface) return;
      const at = { path: a.path, span: s.interfaceSpan! };
      if (s.interface === 'eth0') {
        ctx.report({ ...at, messageId: 'primary' });
        return;
      }
      const j = effective.findIndex((name, k) => k !== i && name === s.interface);
      if (j < 0) return;
      if (sels[j].interface) {
        if (j < i) ctx.report({ ...at, messageId: 'twice', data: { name: s.interface, first: j + 1, firstNetwork: sels[j].name } });
      } else ctx.report({ ...at, messageId: 'auto', data: { name: s.interface, position: j + 1, network: sels[j].name } });
    });
  },
});
