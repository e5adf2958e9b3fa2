/**
 * CNI files grouped by folder, in the order a container runtime reads `/etc/cni/net.d`: libcni's
 * `ConfFiles` sorts file names as byte strings and containerd / CRI-O use the first config as
 * the pod network. Computed once per lint run.
 */
import type { ClusterModel } from '../../../src/engine/model.js';
import type { Resource } from '../../../src/engine/types.js';
import { isObject } from '../../../src/engine/values.js';
import { CNI_CONFIG_KIND, cniSource } from './sources.js';

export interface CniFolder {
  dir: string;
  /** Sorted by file name, byte order. */
  files: { name: string; resource: Resource }[];
}

export function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '.' : file.slice(0, i);
}

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function cniFolders(model: ClusterModel): Map<string, CniFolder> {
  return model.memo('cni/folders', (m) => {
    const out = new Map<string, CniFolder>();
    for (const r of m.byKind(CNI_CONFIG_KIND)) {
      if (!/\.(conf|conflist|json)$/i.test(r.file)) continue;
      const dir = dirOf(r.file);
      let f = out.get(dir);
      if (!f) out.set(dir, (f = { dir, files: [] }));
      if (!f.files.some((x) => x.resource.file === r.file)) f.files.push({ name: baseName(r.file), resource: r });
    }
    for (const f of out.values()) f.files.sort((a, b) => byteOrder(a.name, b.name));
    return out;
  });
}

export function folderOf(model: ClusterModel, resource: Resource): CniFolder | undefined {
  return cniFolders(model).get(dirOf(resource.file));
}

/**
 * Since libcni v1.3.0 a `.conflist` also takes plugins from `<its folder>/<its name>/*.conf`
 * (`NetworkConfFromFile` calls `NetworkPluginConfsFromFiles`, libcni/conf.go), unless it sets
 * `loadOnlyInlinedPlugins`; it may then leave out `plugins` altogether. Each such file is one
 * plugin and needs only `type` (`NetworkPluginConfFromBytes`): no `name` of its own.
 */
export function pluginFolderOf(conflist: Resource, networkName: string): string {
  const dir = dirOf(conflist.file);
  return dir === '.' ? networkName : `${dir}/${networkName}`;
}

/** The plugin files of the input in `folder` (see pluginFolderOf): its `.conf` files. */
export function pluginFilesIn(model: ClusterModel, folder: string): Resource[] {
  return (cniFolders(model).get(folder)?.files ?? []).filter((f) => /\.conf$/i.test(f.name)).map((f) => f.resource);
}

/**
 * Whether a list's `loadOnlyInlinedPlugins` keeps libcni out of its plugin folder: true, or a string
 * that reads as true in any case, as libcni's `readBool` takes it (libcni/conf.go v1.3.0).
 */
export function loadsOnlyInlinedPlugins(conf: Record<string, unknown>): boolean {
  const v = conf.loadOnlyInlinedPlugins;
  return v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
}

/**
 * The `.conflist` of the input whose plugin folder holds `resource` (a `.conf` in
 * `<folder>/<network name>/`, see pluginFolderOf), or undefined. Such a file is never a network of
 * its own: libcni's `ConfFiles` lists the files of the conf folder only, not of its subfolders.
 */
function listOfPluginFile(model: ClusterModel, resource: Resource): Record<string, unknown> | undefined {
  if (resource.groupKind !== CNI_CONFIG_KIND || !/\.conf$/i.test(resource.file)) return undefined;
  const folder = dirOf(resource.file);
  if (folder === '.') return undefined;
  const name = baseName(folder);
  for (const { name: file, resource: list } of cniFolders(model).get(dirOf(folder))?.files ?? []) {
    if (!/\.conflist$/i.test(file)) continue;
    const conf = cniSource(list)?.value;
    if (isObject(conf) && conf.name === name) return conf;
  }
  return undefined;
}

/** Whether `resource` is a `.conf` in the plugin folder of a `.conflist` of the input (read or not: see pluginFileIgnored). */
export function isPluginFile(model: ClusterModel, resource: Resource): boolean {
  return listOfPluginFile(model, resource) !== undefined;
}

/**
 * Whether `resource` is a plugin file its list never reads: the list sets `loadOnlyInlinedPlugins`,
 * so `NetworkConfFromFile` skips the plugin folder (libcni/conf.go v1.3.0).
 */
export function pluginFileIgnored(model: ClusterModel, resource: Resource): boolean {
  const list = listOfPluginFile(model, resource);
  return list !== undefined && loadsOnlyInlinedPlugins(list);
}
