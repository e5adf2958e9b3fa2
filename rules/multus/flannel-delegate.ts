import { reportIn } from '../cni/lib/json-source.js';
import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/values.js';
import { flannelPlugin } from './lib/flannel-nad.js';
import { NAD_KIND, nadOf } from './lib/nads.js';

export default defineRule({
  meta: {
    id: 'multus/flannel-delegate',
    description: 'In a flannel CNI config, `delegate` must be an object without `name` or `ipam` (flannel sets both from /run/flannel/subnet.env), and its `type` must be a string.',
    severity: 'error',
    remediation: 'Remove `name` and `ipam` from `delegate`; set the network\'s addresses in flannel\'s `net-conf.json` instead.',
    kinds: [NAD_KIND],
    messages: {
      notObject: '"delegate" must be an object (the config flannel hands to the bridge plugin)',
      forbidden: '"delegate" must not have "{{key}}": flannel sets it and rejects the config ("\'delegate\' dictionary must not have \'{{key}}\' field")',
      typeNotString: '"delegate.type" must be a string such as "bridge"',
    },
    docs: 'Source: flannel-io/cni-plugin `flannel.go` `cmdAdd`. The delegate defaults to the bridge plugin with `isGateway: true`, the MTU and masquerading from subnet.env.',
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    const f = nad && flannelPlugin(nad);
    if (!nad || !f || !nad.config?.ok) return;
    const src = nad.config.source;
    const d = f.plugin.delegate;
    // A null delegate decodes to a nil map, which flannel fills with its defaults (flannel.go cmdAdd).
    if (d === undefined || d === null) return;
    if (!isObject(d)) {
      reportIn(ctx, src, [...f.path, 'delegate'], { messageId: 'notObject' });
      return;
    }
    for (const key of ['name', 'ipam']) if (key in d) reportIn(ctx, src, [...f.path, 'delegate', key], { messageId: 'forbidden', data: { key } });
    if ('type' in d && typeof d.type !== 'string') reportIn(ctx, src, [...f.path, 'delegate', 'type'], { messageId: 'typeNotString' });
  },
});
