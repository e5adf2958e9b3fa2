import type { ClusterModel } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';
import { isObject } from '../../src/engine/values.js';
import { multusTypePath } from './lib/cni-spec.js';
import { reportIn } from './lib/json-source.js';
import { baseName, dirOf, folderOf, loadsOnlyInlinedPlugins, pluginFileIgnored, pluginFilesIn, pluginFolderOf } from './lib/folders.js';
import { PLUGIN_MESSAGES, shapeProblems } from './lib/plugins.js';
import { CNI_SOURCE_KINDS, cniSource, fileForm } from './lib/sources.js';

export default defineRule({
  meta: {
    id: 'cni/plugins',
    description: 'A CNI config is either one plugin with a `type` (`.conf`) or a list with a non-empty `plugins` array whose entries each have a `type` (`.conflist`), and the file extension must match the form.',
    severity: 'error',
    remediation: 'Give every plugin a `"type"` naming a binary in /opt/cni/bin; put plugin lists in `.conflist` files and single plugins in `.conf` files (since libcni v1.3.0 also in `<network name>/` beside the list, which a list with `loadOnlyInlinedPlugins: true` does not read).',
    kinds: CNI_SOURCE_KINDS,
    messages: {
      ...PLUGIN_MESSAGES,
      inlinedOnlyNoPlugins: '"loadOnlyInlinedPlugins" is true and the list has no "plugins": libcni fails ("`loadOnlyInlinedPlugins` is true, and no \'plugins\' key")',
      ignoredPluginFile: 'libcni never reads this file: the list of network "{{network}}" sets "loadOnlyInlinedPlugins", so its plugin folder is skipped (and the runtime lists no subfolder of its conf folder)',
      confInListBehindMultus:
        'this .conflist file holds a single plugin config (no "plugins"): the runtime reads {{first}}, Multus\' config, which can wrap it, but libcni fails on this file ("no plugins in list") whenever it is read on its own (Multus removing its config on exit, another runtime); rename it to .conf or wrap the plugin in "plugins"',
      noPluginsAnywhere: 'the list has no "plugins" and the input holds no plugin file in {{folder}}/, where libcni v1.3.0 and later look: libcni fails ("no plugin configs found"; before v1.3.0 "no \'plugins\' key")',
    },
    docs: 'Sources: libcni `NetworkConfFromBytes` ("no plugins in list"), `NetworkPluginConfFromBytes` ("missing \'type\'"), `LoadNetworkConf` ("no \'type\'; perhaps this is a .conflist?"); CNI `SPEC.md` section 1. A ConfigMap `cni-conf.json` may take either form (the install container picks the file name). Since libcni v1.3.0 a `.conflist` may leave out `plugins` and keep them as `.conf` files in a folder named after the network beside it (`NetworkConfFromFile`, libcni/conf.go): such a list is valid when the input holds at least one of those files and the list does not set `loadOnlyInlinedPlugins: true`. When it does, libcni skips the folder: a file there is reported once, as a warning, and not checked further.',
  },
  check(resource, ctx) {
    const src = cniSource(resource);
    if (!src || !isObject(src.value)) return;
    // A file of a list's plugin folder that the list never reads: nothing in it takes effect.
    if (pluginFileIgnored(ctx.model, resource)) {
      reportIn(ctx, src, [], { messageId: 'ignoredPluginFile', severity: 'warning', data: { network: baseName(dirOf(resource.file)) } });
      return;
    }
    const form = fileForm(resource);
    if (form === 'conflist' && src.value.plugins === undefined && src.value.type === undefined) {
      if (loadsOnlyInlinedPlugins(src.value)) reportIn(ctx, src, ['loadOnlyInlinedPlugins'], { messageId: 'inlinedOnlyNoPlugins' });
      else if (typeof src.value.name === 'string' && src.value.name !== '') {
        const folder = pluginFolderOf(resource, src.value.name);
        if (pluginFilesIn(ctx.model, folder).length === 0) reportIn(ctx, src, [], { messageId: 'noPluginsAnywhere', data: { folder } });
      }
      return;
    }
    const multusFirst = form === 'conflist' ? multusConfigBefore(ctx.model, resource) : null;
    for (const p of shapeProblems(src.value, form, /\.json$/i.test(resource.file) ? '.json' : '.conf')) {
      // Behind a Multus config the runtime never reads this file: Multus' thin entrypoint reads it as
      // plain JSON and wraps the one plugin as its delegate (Multus v4.3.0 cmd/thin_entrypoint
      // main.go, main_test.go "createMultusConfig(), ... conflist"). It fails only when read alone.
      if (p.messageId === 'confInList' && multusFirst !== null) reportIn(ctx, src, p.path, { messageId: 'confInListBehindMultus', severity: 'warning', data: { first: multusFirst } });
      else reportIn(ctx, src, p.path, { messageId: p.messageId, data: p.data });
    }
  },
});

/** The name of the Multus config that sorts before `resource` in its folder (the one the runtime reads), or null. */
function multusConfigBefore(model: ClusterModel, resource: Resource): string | null {
  const folder = folderOf(model, resource);
  const first = folder?.files[0];
  if (first === undefined || first.resource === resource) return null;
  return multusTypePath(first.resource.value) !== null ? first.name : null;
}
