/**
 * The calico-node DaemonSet's environment, with each value resolved to where it is written: a
 * literal `value` in the DaemonSet, or a key of the ConfigMap a `configMapKeyRef` names (the
 * official manifests wire `veth_mtu` and `calico_backend` from `calico-config`). Rules report on
 * the resource that holds the value, so a wrong `veth_mtu` points into the ConfigMap.
 */
import type { ClusterModel } from '../../../src/engine/model.js';
import { derived, podSpecOf } from '../../../src/engine/model.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { asObject, objectItems } from '../../../src/engine/values.js';

export interface EnvValue {
  name: string;
  /** The resolved text; null when it comes from somewhere netlint cannot see (fieldRef, a missing ConfigMap). */
  value: string | null;
  /** Where the value is written (the DaemonSet's `env[i].value`, or the ConfigMap's `data.<key>`). */
  resource: Resource;
  path: Path;
  /** How to name the setting in a message, e.g. `CALICO_IPV4POOL_IPIP` or `calico-config veth_mtu`. */
  label: string;
}

export interface CalicoNodeInstall {
  daemonSet: Resource;
  /** The calico-node container's env, by variable name (the last entry wins, as in Kubernetes). */
  env: Map<string, EnvValue>;
}

function isCalicoNodeContainer(c: Record<string, unknown>): boolean {
  return c.name === 'calico-node' || (typeof c.image === 'string' && /calico\/node(:|@|$)/.test(c.image));
}

function configMapValue(model: ClusterModel, ds: Resource, name: string, key: string): { value: string; resource: Resource; path: Path } | null {
  for (const cm of model.byKind('ConfigMap')) {
    if (cm.name !== name || (cm.namespace ?? 'default') !== (ds.namespace ?? 'default')) continue;
    const v = asObject(cm.value.data)[key];
    if (typeof v === 'string') return { value: v, resource: cm, path: ['data', key] };
  }
  return null;
}

function readInstall(model: ClusterModel, ds: Resource): CalicoNodeInstall | null {
  const ps = podSpecOf(ds);
  if (!ps) return null;
  const containers = objectItems(ps.spec.containers);
  const found = containers.find(([, c]) => isCalicoNodeContainer(c));
  if (!found) return null;
  const [ci, container] = found;
  const env = new Map<string, EnvValue>();
  for (const [i, e] of objectItems(container.env)) {
    if (typeof e.name !== 'string') continue;
    const base: Path = [...ps.path, 'containers', ci, 'env', i];
    const ref = asObject(asObject(e.valueFrom).configMapKeyRef);
    if (typeof ref.name === 'string' && typeof ref.key === 'string') {
      const cm = configMapValue(model, ds, ref.name, ref.key);
      env.set(e.name, cm ? { name: e.name, ...cm, label: `${e.name} (ConfigMap ${ref.name} key ${ref.key})` } : { name: e.name, value: null, resource: ds, path: base, label: e.name });
    } else if (e.value !== undefined && e.value !== null) {
      env.set(e.name, { name: e.name, value: typeof e.value === 'string' ? e.value : String(e.value), resource: ds, path: [...base, 'value'], label: e.name });
    } else {
      env.set(e.name, { name: e.name, value: e.valueFrom === undefined ? '' : null, resource: ds, path: base, label: e.name });
    }
  }
  return { daemonSet: ds, env };
}

/** Every calico-node DaemonSet in the input (usually one). */
export function calicoNodeInstalls(model: ClusterModel): CalicoNodeInstall[] {
  return installs(model);
}

const installs = derived('calico/node-installs', (m) =>
  m
    .byKind('apps/DaemonSet')
    .map((ds) => readInstall(m, ds))
    .filter((x): x is CalicoNodeInstall => x !== null),
);

/** The resources holding some calico-node env value (the install DaemonSets and ConfigMaps they read). */
const envHolders = derived('calico/env-holders', (m) => new Set(calicoNodeInstalls(m).flatMap((i) => [...i.env.values()].map((v) => v.resource))));

/** Env values of every calico-node install whose value is written in `resource` (DaemonSet or ConfigMap). */
export function envValuesIn(model: ClusterModel, resource: Resource, names: readonly string[]): EnvValue[] {
  // Most resources (every other ConfigMap and DaemonSet) hold no calico-node setting at all.
  if (!envHolders(model).has(resource)) return [];
  const out: EnvValue[] = [];
  const seen = new Set<string>();
  for (const install of calicoNodeInstalls(model)) {
    for (const name of names) {
      const v = install.env.get(name);
      if (!v || v.resource !== resource) continue;
      const key = `${name}@${v.path.join('.')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

/** The install whose env holds `v` (undefined for a value no install reads). */
export function installOf(model: ClusterModel, v: EnvValue): CalicoNodeInstall | undefined {
  return calicoNodeInstalls(model).find((i) => i.env.get(v.name) === v);
}

/**
 * Whether calico-node reads the default-pool setting `name` (startup.go configureIPPools, Calico
 * v3.32): nothing after `NO_DEFAULT_POOLS=true` (any case); with `CALICO_IPV4POOL_CIDR=none`
 * (exactly) none of the IPv4 pool's settings, nor `CALICO_IPV6POOL_VXLAN`, which is read with
 * them; with `CALICO_IPV6POOL_CIDR=none` not the IPv6 block size and node selector. A value
 * netlint cannot see counts as not `none`.
 */
export function poolSettingIsRead(install: CalicoNodeInstall, name: string): boolean {
  const text = (n: string) => install.env.get(n)?.value ?? null;
  if (text('NO_DEFAULT_POOLS')?.toLowerCase() === 'true') return false;
  const v4 = name.startsWith('CALICO_IPV4POOL_') || name === 'CALICO_IPV6POOL_VXLAN';
  return text(v4 ? 'CALICO_IPV4POOL_CIDR' : 'CALICO_IPV6POOL_CIDR') !== 'none';
}

/** The `calico-config` ConfigMap key (e.g. `veth_mtu`, `typha_service_name`) next to a calico-node install. */
export function calicoConfigValue(model: ClusterModel, install: CalicoNodeInstall, key: string): { value: string; resource: Resource; path: Path } | null {
  return configMapValue(model, install.daemonSet, 'calico-config', key);
}

/** Calico's boolean parsing for FELIX_* variables (felix BoolParam): null when the text is not a boolean. */
export function parseFelixBool(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['true', '1', 'yes', 'y', 't'].includes(t)) return true;
  if (['false', '0', 'no', 'n', 'f'].includes(t)) return false;
  return null;
}
