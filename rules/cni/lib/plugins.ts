/**
 * The shape checks libcni applies before it runs anything: a list config has a non-empty
 * `plugins` list whose entries carry a `type`; a single-plugin config carries `type` itself.
 * Shared by `cni/plugins` (files, ConfigMaps) and `multus/nad-config` (NADs).
 */
import type { Path } from '../../../src/engine/types.js';
import { describeValue, isObject } from '../../../src/engine/values.js';
import type { Obj } from '../../../src/engine/values.js';
import { badPluginType } from './cni-spec.js';

export interface ShapeProblem {
  path: Path;
  messageId: keyof typeof PLUGIN_MESSAGES;
  data?: Record<string, unknown>;
}

/**
 * Plugins that run their IPAM plugin on their own config, ipam section as written (the reference
 * plugins of containernetworking/plugins v1.9.1, sriov-cni, ovs-cni, bond-cni, ib-sriov, vdpa).
 */
export const IPAM_PASSED_AS_WRITTEN: ReadonlySet<string> = new Set(['bridge', 'macvlan', 'ipvlan', 'vlan', 'ptp', 'host-device', 'dummy', 'tap', 'sriov', 'ovs', 'bond', 'ib-sriov', 'vdpa']);

export const PLUGIN_MESSAGES = {
  noType: 'the config has neither "type" (a single plugin) nor "plugins" (a list): libcni fails with "no \'type\'"',
  pluginsNotList: '"plugins" must be a list of plugin objects',
  pluginsEmpty: '"plugins" is empty: libcni fails with "no plugins in list"',
  pluginNotObject: 'plugins[{{index}}] must be an object with a "type"',
  pluginNoType: 'plugins[{{index}}] has no "type": libcni fails with "missing \'type\'"',
  typeNotString: '{{where}} must be a string (the plugin binary name)',
  typeBad: '{{where}} "{{type}}" {{problem}}',
  listInConf: 'this {{extension}} file holds a plugin list: runtimes read .conf/.json as one plugin and fail ("no \'type\'; perhaps this is a .conflist?"); rename it to .conflist',
  confInList: 'this .conflist file holds a single plugin config (no "plugins"): runtimes fail with "no plugins in list"; rename it to .conf or wrap the plugin in "plugins"',
  listVersionsType: '"cniVersions" must be a list of version strings, not {{got}}: libcni fails to parse the list',
  listBoolType: '"{{key}}" must be true or false, not {{got}}: libcni fails with "invalid type" or "invalid value" for {{key}}',
} as const;

/** A list's booleans as libcni reads them (libcni/conf.go NetworkConfFromBytes readBool): a JSON boolean, or "true"/"false" in any case. */
const LIST_BOOLEANS = ['disableCheck', 'disableGC', 'loadOnlyInlinedPlugins'];

/** "true" or "false" in any case: a string libcni's readBool takes for a boolean. */
export function isLibcniBoolString(v: unknown): v is string {
  return typeof v === 'string' && /^(true|false)$/i.test(v);
}

/** The list-level fields libcni decodes by type before it looks at the plugins (keys matched exactly: it reads a map). `name` is cni/network-name's and multus/nad-config's. */
function listFieldProblems(conf: Obj): ShapeProblem[] {
  const out: ShapeProblem[] = [];
  const versions = conf.cniVersions;
  if (versions !== undefined && !(Array.isArray(versions) && versions.every((v) => typeof v === 'string'))) out.push({ path: ['cniVersions'], messageId: 'listVersionsType', data: { got: describeValue(versions) } });
  for (const key of LIST_BOOLEANS) {
    const v = conf[key];
    if (v !== undefined && typeof v !== 'boolean' && !isLibcniBoolString(v)) out.push({ path: [key], messageId: 'listBoolType', data: { key, got: describeValue(v) } });
  }
  return out;
}

function typeProblems(type: unknown, path: Path, where: string): ShapeProblem[] {
  if (typeof type !== 'string') return [{ path, messageId: 'typeNotString', data: { where } }];
  const bad = badPluginType(type);
  return bad ? [{ path, messageId: 'typeBad', data: { where, type, problem: bad } }] : [];
}

/** Problems of one network config. `form` is what the file name promises (`any` for strings); `extension` the name's ending, as messages say it. */
export function shapeProblems(conf: Obj, form: 'conf' | 'conflist' | 'any', extension = '.conf'): ShapeProblem[] {
  const hasPlugins = conf.plugins !== undefined;
  if (form === 'conf' && hasPlugins && conf.type === undefined) return [{ path: ['plugins'], messageId: 'listInConf', data: { extension } }];
  if (form === 'conflist' && !hasPlugins && conf.type !== undefined) return [{ path: ['type'], messageId: 'confInList' }];
  if (!hasPlugins) {
    if (conf.type === undefined) return [{ path: [], messageId: 'noType' }];
    return typeProblems(conf.type, ['type'], 'type');
  }
  if (!Array.isArray(conf.plugins)) return [{ path: ['plugins'], messageId: 'pluginsNotList' }];
  if (conf.plugins.length === 0) return [{ path: ['plugins'], messageId: 'pluginsEmpty' }];
  const out: ShapeProblem[] = listFieldProblems(conf);
  conf.plugins.forEach((p, index) => {
    if (!isObject(p)) out.push({ path: ['plugins', index], messageId: 'pluginNotObject', data: { index } });
    else if (p.type === undefined) out.push({ path: ['plugins', index], messageId: 'pluginNoType', data: { index } });
    else out.push(...typeProblems(p.type, ['plugins', index, 'type'], `plugins[${index}].type`));
  });
  return out;
}
