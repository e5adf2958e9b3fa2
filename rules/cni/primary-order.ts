import { defineRule } from '../../src/engine/rule.js';
import { multusTypePath } from './lib/cni-spec.js';
import { folderOf } from './lib/folders.js';
import { CNI_CONFIG_KIND } from './lib/sources.js';

export default defineRule({
  meta: {
    id: 'cni/primary-order',
    description: 'In a folder laid out like /etc/cni/net.d the lexically first config is the pod network: Multus\' config (or a file named `00-…` to come first) must sort before every other config.',
    severity: 'warning',
    remediation: 'Rename the config that must win so that it sorts first (Multus writes `00-multus.conf`), or remove the competing file.',
    kinds: [CNI_CONFIG_KIND],
    messages: {
      multusNotFirst: '{{file}} is Multus\' config but "{{first}}" sorts first in {{dir}}: the runtime runs {{first}} directly, Multus never runs, and pods silently get no additional networks',
      notFirst: '{{file}} is named to come first but "{{first}}" sorts before it in {{dir}}: the runtime uses {{first}} as the pod network',
    },
    docs: [
      'containerd (`max_conf_num` defaults to 1) and CRI-O load the lexically first file of the CNI config directory (libcni `ConfFiles` sorts the names as bytes). With Multus, its own config must be that file: Multus then runs the cluster network (its delegate) and the NADs a pod asks for.',
      'Only CNI files passed to netlint are compared, folder by folder; name your fixtures as they sit on the node (e.g. `etc/cni/net.d/00-multus.conf`, `etc/cni/net.d/10-calico.conflist`). Sources: Multus `docs/quickstart.md` and `docs/how-to-use.md`; containerd `docs/cri/config.md`; cri-o `contrib/cni/README.md`.',
    ].join('\n\n'),
  },
  check(resource, ctx) {
    const folder = folderOf(ctx.model, resource);
    if (!folder || folder.files.length < 2) return;
    const me = folder.files.find((f) => f.resource === resource);
    const first = folder.files[0];
    if (!me || first.resource === resource) return;
    const data = { file: me.name, first: first.name, dir: folder.dir };
    const multus = multusTypePath(resource.value);
    if (multus !== null) ctx.report({ path: multus, messageId: 'multusNotFirst', data });
    else if (me.name.startsWith('00-')) ctx.report({ path: [], messageId: 'notFirst', data });
  },
});
