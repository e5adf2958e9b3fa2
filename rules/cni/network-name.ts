import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/values.js';
import { NETWORK_NAME } from './lib/cni-spec.js';
import { isPluginFile } from './lib/folders.js';
import { reportIn } from './lib/json-source.js';
import { CNI_SOURCE_KINDS, cniSource } from './lib/sources.js';

export default defineRule({
  meta: {
    id: 'cni/network-name',
    description: 'A CNI network config needs a `name`: a string that starts with a letter or digit followed by letters, digits, `_`, `.` or `-`.',
    severity: 'error',
    remediation: 'Set `"name"` to a short identifier such as `k8s-pod-network`; no spaces or slashes (it becomes a directory name under /var/lib/cni).',
    kinds: CNI_SOURCE_KINDS,
    messages: {
      missing: 'the network config has no "name"; libcni rejects it ("no name")',
      notString: '"name" must be a string',
      invalid: 'network name "{{name}}" is invalid: it must match {{pattern}}',
    },
    docs: 'Sources: CNI `SPEC.md` section 1 (network configuration `name`), libcni `NetworkConfFromBytes`. NAD configs are exempt (Multus fills in the NAD name); see `multus/nad-config`. So are the `.conf` files in a list\'s plugin folder (`<folder>/<network name>/`, libcni v1.3.0 `NetworkPluginConfsFromFiles`), which are single plugins and need only `type`.',
  },
  check(resource, ctx) {
    const src = cniSource(resource);
    if (!src || !isObject(src.value)) return;
    // A plugin file of a list's plugin folder is one plugin: the list names the network.
    if (isPluginFile(ctx.model, resource)) return;
    const name = src.value.name;
    if (name === undefined || name === '') reportIn(ctx, src, name === '' ? ['name'] : [], { messageId: 'missing' });
    else if (typeof name !== 'string') reportIn(ctx, src, ['name'], { messageId: 'notString' });
    else if (!NETWORK_NAME.test(name)) reportIn(ctx, src, ['name'], { messageId: 'invalid', data: { name, pattern: String(NETWORK_NAME) } });
  },
});
