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
    // The first two attachments per effective interface name: enough to find "another one" in O(1).
    const holders = new Map<string, number[]>();
    sels.forEach((s, i) => {
      const name = s.interface ? s.interface : `net${i + 1}`;
      const list = holders.get(name);
      if (!list) holders.set(name, [i]);
      else if (list.length < 2) list.push(i);
    });
    sels.forEach((s, i) => {
      if (!s.interface) return;
      const at = { path: a.path, span: s.interfaceSpan! };
      if (s.interface === 'eth0') {
        ctx.report({ ...at, messageId: 'primary' });
        return;
      }
      const j = holders.get(s.interface)!.find((k) => k !== i);
      if (j === undefined) return;
      if (sels[j].interface) {
        if (j < i) ctx.report({ ...at, messageId: 'twice', data: { name: s.interface, first: j + 1, firstNetwork: sels[j].name } });
      } else ctx.report({ ...at, messageId: 'auto', data: { name: s.interface, position: j + 1, network: sels[j].name } });
    });
  },
});
