import { defineRule, type ReportDescriptor, type RuleContext } from '../../src/engine/rule.js';
import { asArray, goJsonField, goJsonKey, isObject, objectItems } from '../../src/engine/values.js';
import { NETWORK_NAME, isMultusType } from './lib/cni-spec.js';
import { baseName, folderOf } from './lib/folders.js';
import { CNI_CONFIG_KIND } from './lib/sources.js';

export default defineRule({
  meta: {
    id: 'cni/multus-delegate',
    description: 'A Multus config in a CNI folder should wrap a network that exists beside it: each inline delegate\'s `name` matches a config in the folder, and a `clusterNetwork` file path names a file that is there. A thin-plugin config (`type: multus`) with neither `delegates` nor `clusterNetwork`, or with a delegate that has neither `type` nor `plugins`, or a delegate without a valid network name, is refused outright (an error).',
    severity: 'warning',
    remediation: 'Let Multus regenerate its config (`--multus-conf-file=auto`), or update the delegate / `clusterNetwork` to the primary config that is actually installed.',
    kinds: [CNI_CONFIG_KIND],
    messages: {
      staleDelegate: 'delegate "{{name}}" matches no other config in {{dir}} ({{names}}): Multus runs its inline copy, which no longer follows the installed cluster network',
      noDelegates: 'the Multus config has neither "delegates" nor "clusterNetwork": Multus refuses it ("at least one delegate/clusterNetwork must be specified") and every pod on the node fails to start',
      delegateNoType: 'delegate {{index}} has neither "type" nor "plugins": Multus refuses the config ("delegate must have the \'type\' or \'plugin\' field") and every pod on the node fails to start',
      delegateListNoType: 'the first plugin of delegate {{index}} has no "type": Multus refuses the config ("a plugin delegate must have the \'type\' field") and every pod on the node fails to start',
      delegateListEmpty: 'delegate {{index}} has an empty "plugins" list: Multus reads its first plugin and fails, and every pod on the node fails to start',
      delegateName: 'delegate {{index}} {{what}}: libcni refuses to add it ({{reason}}), so Multus fails every pod on the node',
      missingFile: 'clusterNetwork "{{path}}" names {{file}}, which is not in {{dir}} ({{files}}): Multus cannot load the cluster network and every pod fails to start',
    },
    docs: 'Delegate names and `clusterNetwork` paths are only checked when the folder holds at least one other CNI config, so a lone `00-multus.conf` is not flagged for them. Sources: Multus `docs/configuration.md` (`clusterNetwork`, `delegates`), `docs/how-to-use.md` (auto-generated `00-multus.conf` copies the first config); the refusals are Multus v4.3.0 `pkg/types/conf.go` `LoadNetConf` (delegates are read only when `clusterNetwork` is empty), `LoadDelegateNetConf` and `LoadDelegateNetConfList`, keys matched in any case as Go decodes them. The thick plugin\'s `multus-shim` config carries no delegates (its daemon has them) and is not held to this.',
  },
  check(resource, ctx) {
    if (!isMultusType(resource.value.type)) return;
    if (resource.value.type === 'multus') refusedDelegates(resource.value, ctx.report);
    const folder = folderOf(ctx.model, resource);
    const others = folder?.files.filter((f) => f.resource !== resource) ?? [];
    if (!folder || others.length === 0) return;
    const names = others.map((f) => f.resource.value.name).filter((n): n is string => typeof n === 'string');
    for (const [i, d] of objectItems(resource.value.delegates)) {
      if (typeof d.name === 'string' && !names.includes(d.name)) {
        ctx.report({ path: ['delegates', i, 'name'], messageId: 'staleDelegate', data: { name: d.name, dir: folder.dir, names: names.join(', ') || 'none named' } });
      }
    }
    const cn = resource.value.clusterNetwork;
    if (typeof cn === 'string' && cn.startsWith('/')) {
      const parent = baseName(cn.slice(0, cn.lastIndexOf('/')));
      const file = baseName(cn);
      if (parent === baseName(folder.dir) && !others.some((f) => f.name === file)) {
        ctx.report({ path: ['clusterNetwork'], messageId: 'missingFile', data: { path: cn, file, dir: folder.dir, files: others.map((f) => f.name).join(', ') } });
      }
    }
  },
});

/**
 * What Multus' thin plugin refuses before running anything (Multus v4.3.0 pkg/types/conf.go
 * LoadNetConf): no delegate and no clusterNetwork; and, without clusterNetwork, a delegate that is
 * neither one plugin (`type`, LoadDelegateNetConf) nor a list whose first plugin has a `type`
 * (LoadDelegateNetConfList). The config is decoded into Go structs, so keys match in any case.
 */
function refusedDelegates(conf: Record<string, unknown>, report: RuleContext['report']): void {
  const clusterNetwork = goJsonField(conf, 'clusterNetwork');
  if (typeof clusterNetwork === 'string' && clusterNetwork !== '') return;
  const delegatesKey = goJsonKey(conf, 'delegates');
  const delegates = delegatesKey === undefined ? [] : asArray(conf[delegatesKey]);
  if (delegates.length === 0) {
    report({ path: delegatesKey === undefined ? [] : [delegatesKey], messageId: 'noDelegates', severity: 'error' });
    return;
  }
  // LoadNetConf refuses the whole config at the first delegate it cannot load: nothing is added then.
  const shapes = delegates.flatMap((d, index) => (isObject(d) ? [delegateShapeProblem(d, delegatesKey!, index)] : [])).filter((p) => p !== null);
  if (shapes.length > 0) return shapes.forEach((p) => report(p));
  delegates.forEach((d, index) => {
    if (!isObject(d)) return;
    // A delegate Multus loads is added through libcni, whose addNetwork first checks the network
    // name (pkg/utils ValidateNetworkName, libcni v1.3.0 as Multus v4.3.0 vendors it); Multus copies
    // the name and fills in none (pkg/types/conf.go; multus_cni100_test.go "missing name field"
    // expects "missing network name"). A plugin is decoded into a struct (its `name` in any case), a
    // list read from a map (its `name` exactly).
    const name = typeof goJsonField(d, 'type') === 'string' ? goJsonField(d, 'name') : d.name;
    if (typeof name !== 'string' || name === '') {
      report({ path: [delegatesKey!, index, ...(name === undefined ? [] : ['name'])], messageId: 'delegateName', severity: 'error', data: { index, what: name === undefined ? 'has no "name"' : 'has an empty "name"', reason: '"missing network name"' } });
    } else if (!NETWORK_NAME.test(name)) {
      report({ path: [delegatesKey!, index, 'name'], messageId: 'delegateName', severity: 'error', data: { index, what: `is named "${name}", which is not a CNI network name`, reason: '"invalid characters found in network name"' } });
    }
  });
}

/** Why Multus cannot load delegate `index` (LoadDelegateNetConf / LoadDelegateNetConfList), or null. */
function delegateShapeProblem(d: Record<string, unknown>, delegatesKey: string, index: number): ReportDescriptor | null {
  const type = goJsonField(d, 'type');
  if (typeof type === 'string' && type !== '') return null;
  const pluginsKey = goJsonKey(d, 'plugins');
  const plugins = pluginsKey === undefined ? null : d[pluginsKey];
  if (!Array.isArray(plugins)) return { path: [delegatesKey, index], messageId: 'delegateNoType', severity: 'error', data: { index } };
  if (plugins.length === 0) return { path: [delegatesKey, index, pluginsKey!], messageId: 'delegateListEmpty', severity: 'error', data: { index } };
  const first = plugins[0];
  if (!isObject(first) || typeof goJsonField(first, 'type') !== 'string' || goJsonField(first, 'type') === '') {
    return { path: [delegatesKey, index, pluginsKey!, 0], messageId: 'delegateListNoType', severity: 'error', data: { index } };
  }
  return null;
}
