import { reportIn } from '../cni/lib/json-source.js';
import { defineRule } from '../../src/engine/rule.js';
import { flannelNads, flannelPlugin } from './lib/flannel-nad.js';
import { NAD_KIND, nadOf } from './lib/nads.js';

export default defineRule({
  meta: {
    id: 'multus/flannel-nad-names',
    description: 'All flannel NetworkAttachmentDefinitions must use one CNI network `name`: each name gets its own host-local store over the same node subnet, so two names hand out the same addresses.',
    severity: 'error',
    remediation: 'Set the same `"name"` in the `spec.config` of every flannel NAD (e.g. `"name": "flannel-secondary"`), whatever the NADs themselves are called.',
    kinds: [NAD_KIND],
    messages: {
      differs: 'flannel network name "{{name}}" differs from "{{first}}" used by NAD {{other}}: both allocate from the node\'s flannel subnet in separate stores and give two pods the same address',
    },
    docs: 'flannel\'s CNI plugin delegates to host-local with the node\'s subnet from /run/flannel/subnet.env; host-local keeps its allocations under /var/lib/cni/networks/<network name>. Without a `name` in the config Multus uses the NAD name. Sources: flannel-io/cni-plugin `flannel_linux.go`; containernetworking/plugins host-local `disk` store.',
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    if (!nad || !flannelPlugin(nad) || !nad.config?.ok) return;
    const first = flannelNads(ctx.model)[0];
    if (first === nad || first.networkName === nad.networkName) return;
    const other = `${first.namespace ? `${first.namespace}/` : ''}${first.name}`;
    reportIn(ctx, nad.config.source, nad.conf && typeof nad.conf.name === 'string' ? ['name'] : [], { messageId: 'differs', data: { name: nad.networkName, first: first.networkName, other } });
  },
});
