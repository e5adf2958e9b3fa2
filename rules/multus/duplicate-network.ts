import { defineRule } from '../../src/engine/rule.js';
import { NETWORKS_ANNOTATION } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { POD_KINDS } from './lib/nads.js';

export default defineRule({
  meta: {
    id: 'multus/duplicate-network',
    description: 'The same network attached twice to one pod gives two interfaces in one subnet (replies leave by either); attach it once, or name both interfaces to show it is intended.',
    severity: 'info',
    remediation: 'Remove the repeated entry, or request distinct interfaces for each copy (`net-a@data0, net-a@data1`).',
    kinds: POD_KINDS,
    messages: {
      twice: 'network "{{network}}" is already attached by entry {{first}}: the pod gets two interfaces in one subnet, and replies may leave by either; if that is meant, name them ({{naming}}), else drop the copy',
    },
    docs: 'Multus attaches a network once per entry, so listing it twice is how its docs give a pod two interfaces on one network (docs/quickstart.md, `macvlan-conf,macvlan-conf`): info, not a warning. Entries of which either requests an interface name are taken as intended and not reported (Multus names an unnamed one `net<N>` by its position); entries that request the same interface are `multus/duplicate-interface`.',
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (!a) return;
    const ns = (n: string | null) => n ?? a.pod.namespace ?? '';
    const first = new Map<string, number>();
    a.parsed.selections.forEach((s, i) => {
      const key = `${ns(s.namespace)}/${s.name}`;
      const j = first.get(key);
      if (j === undefined) {
        first.set(key, i);
        return;
      }
      const o = a.parsed.selections[j];
      // An interface named on either entry shows the second interface is meant (Multus names the
      // other net<N> by its position, pkg/multus/multus.go); a clash of names is duplicate-interface's.
      if (o.interface || s.interface) return;
      const network = s.namespace ? `${s.namespace}/${s.name}` : s.name;
      const naming = a.parsed.form === 'json' ? 'an "interface" key in each entry' : `\`${network}@net1, ${network}@net2\``;
      ctx.report({ path: a.path, span: s.span, messageId: 'twice', data: { network, first: j + 1, naming } });
    });
  },
});
