/**
 * The calico CNI plugin's configs in the input: each `type: calico` plugin of a CNI file (a
 * `.conflist` list or a lone `.conf`), with where it sits in its file. calico-config's
 * `cni_network_config` template holds the same plugin; it is read for what it enables (its
 * placeholders filled as install-cni fills them), not reported on.
 */
import type { ClusterModel } from '../../../src/engine/model.js';
import { derived } from '../../../src/engine/model.js';
import { parseJson } from '../../../src/engine/strict-json.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { asObject, goJsonField, isObject } from '../../../src/engine/values.js';
import type { Obj } from '../../../src/engine/values.js';
import type { JsonSource } from '../../cni/lib/json-source.js';
import { CNI_CONFIG_KIND, cniSource } from '../../cni/lib/sources.js';

export interface CalicoCniConfig {
  resource: Resource;
  /** The plugin object. */
  plugin: Obj;
  /** Where the plugin sits in its file's JSON (`plugins[0]`, or `[]` for a lone `.conf`); null in calico-config's template. */
  path: Path | null;
  /** The file's JSON, for placing findings (null in calico-config's template). */
  source: JsonSource | null;
}

/** The plugins of a CNI config value that run Calico, with their paths. */
function calicoPlugins(conf: unknown): { plugin: Obj; path: Path }[] {
  if (!isObject(conf)) return [];
  if (conf.type === 'calico') return [{ plugin: conf, path: [] }];
  return (Array.isArray(conf.plugins) ? conf.plugins : []).flatMap((p, i) => (isObject(p) && p.type === 'calico' ? [{ plugin: p, path: ['plugins', i] }] : []));
}

/** calico-config's template with its placeholders filled as install-cni does (cni-plugin pkg/install install.go). */
function templateConfig(resource: Resource): unknown {
  const template = asObject(resource.value.data).cni_network_config;
  if (typeof template !== 'string') return null;
  const filled = template.replaceAll('__CNI_MTU__', '1500').replaceAll('__REQUIRE_MTU_FILE__', 'false').replace(/__[A-Z0-9_]+__/g, 'x');
  const parsed = parseJson(filled);
  return parsed.ok ? parsed.value : null;
}

export const calicoCniConfigs: (model: ClusterModel) => readonly CalicoCniConfig[] = derived('calico/cni-configs', (m) => [
  ...m.byKind(CNI_CONFIG_KIND).flatMap((resource) => {
    const source = cniSource(resource);
    return calicoPlugins(source?.value).map(({ plugin, path }) => ({ resource, plugin, path, source }));
  }),
  ...m.byKind('ConfigMap').flatMap((resource) => calicoPlugins(templateConfig(resource)).map(({ plugin }) => ({ resource, plugin, path: null, source: null }))),
]);

/**
 * Canal (Calico policy on flannel networking): every calico CNI config of the input takes its
 * addresses from another IPAM plugin (host-local with `usePodCidr`), so Calico's pools, even the
 * one calico-node makes from CALICO_IPV4POOL_CIDR, hand out no pod address, and flanneld's
 * `--ip-masq` masquerades pod traffic leaving the cluster (flannel main.go).
 */
export const poolsAssignNoAddresses = derived('calico/pools-assign-no-addresses', (m) => {
  const configs = calicoCniConfigs(m);
  return configs.length > 0 && configs.every((c) => goJsonField(asObject(c.plugin.ipam), 'type') !== 'calico-ipam');
});
