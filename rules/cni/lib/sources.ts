/**
 * Where CNI network configurations appear in the input: CNI files (`.conf`, `.conflist`, JSON
 * with `cniVersion`) and the `cni-conf.json` key that flannel's and Multus' ConfigMaps install
 * into `/etc/cni/net.d`. NAD `spec.config` is checked by the multus pack (its rules know that
 * Multus fills in a missing `name`).
 */
import { CNI_CONFIG } from '../../../src/engine/load.js';
import type { Resource } from '../../../src/engine/types.js';
import { asObject, isObject } from '../../../src/engine/values.js';
import { embeddedJson, fileJson } from './json-source.js';
import type { EmbeddedResult, JsonSource } from './json-source.js';

export const CNI_CONFIG_KIND = `${CNI_CONFIG.apiVersion.split('/')[0]}/${CNI_CONFIG.kind}`;
export const CNI_SOURCE_KINDS = [CNI_CONFIG_KIND, 'ConfigMap'];
export const CNI_CONF_KEY = 'cni-conf.json';

/** The CNI config a resource holds (null when it holds none, or its JSON does not parse). */
export function cniSource(resource: Resource): JsonSource | null {
  if (resource.groupKind === CNI_CONFIG_KIND) return fileJson(resource);
  const r = cniEmbedded(resource);
  return r && r.ok ? r.source : null;
}

/**
 * Keys of Multus' own options (its entrypoint and daemon: multus-cni cmd/thin_entrypoint and
 * pkg/server/config), never of a network config. rke2's Multus chart writes such options under
 * `cni-conf.json` and runs the thin entrypoint with `--multus-conf-file=auto`, which never reads the
 * file (cmd/thin_entrypoint/main.go, v4.3.0).
 */
const MULTUS_OPTION_KEYS = ['multusConfFile', 'multusAutoconfigDir', 'multusConfigFile'];

/**
 * The parse result of a ConfigMap's `cni-conf.json`, or null when the ConfigMap has none, or when
 * it holds Multus' options instead of a network (no `type`, no `plugins`, a Multus option key).
 */
export function cniEmbedded(resource: Resource): EmbeddedResult {
  if (resource.kind !== 'ConfigMap' || resource.group !== '') return null;
  if (typeof asObject(resource.value.data)[CNI_CONF_KEY] !== 'string') return null;
  const r = embeddedJson(resource, ['data', CNI_CONF_KEY], CNI_CONF_KEY);
  const v = r?.ok ? r.source.value : null;
  if (isObject(v) && !('type' in v) && !('plugins' in v) && MULTUS_OPTION_KEYS.some((k) => k in v)) return null;
  return r;
}

/** `.conflist`, `.conf`/`.json`, or `any` when the container decides (a ConfigMap key). */
export function fileForm(resource: Resource): 'conflist' | 'conf' | 'any' {
  if (resource.groupKind !== CNI_CONFIG_KIND) return 'any';
  return /\.conflist$/i.test(resource.file) ? 'conflist' : /\.(conf|json)$/i.test(resource.file) ? 'conf' : 'any';
}
