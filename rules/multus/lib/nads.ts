/**
 * NetworkAttachmentDefinitions of the input, their parsed `spec.config`, and Multus' name
 * resolution. A resource without `metadata.namespace` lands wherever `kubectl apply -n` puts it,
 * so an unknown namespace matches any namespace (no false "missing" for namespace-less files).
 */
import { embeddedJson } from '../../cni/lib/json-source.js';
import type { EmbeddedResult } from '../../cni/lib/json-source.js';
import { WORKLOAD_KINDS } from '../../../src/engine/model.js';
import { NAMESPACE_NAME_LABEL } from '../../../src/engine/netpol/model.js';
import { labelSelector } from '../../../src/engine/netpol/atoms.js';
import { labelsOf } from '../../../src/engine/netpol/endpoints.js';
import { matchesLabelSelector } from '../../../src/engine/selector/label.js';
import type { LabelSelector } from '../../../src/engine/selector/label.js';
import type { ClusterModel } from '../../../src/engine/model.js';
import { derived } from '../../../src/engine/model.js';
import type { Resource } from '../../../src/engine/types.js';
import { asArray, asObject, isObject } from '../../../src/engine/values.js';
import type { Obj } from '../../../src/engine/values.js';
import { pushTo } from '../../../src/engine/multimap.js';
import { renderSriovNetwork, SRIOV_NETWORK_KINDS } from './sriov-render.js';
import type { RenderedConfig } from './sriov-render.js';

export const NAD_KIND = 'k8s.cni.cncf.io/NetworkAttachmentDefinition';
export const POD_KINDS = ['Pod', ...WORKLOAD_KINDS];
/** Multus' default `multusNamespace`, where unqualified default-network names are looked up. */
export const DEFAULT_MULTUS_NAMESPACE = 'kube-system';

export interface NadView {
  /** The NAD, or the custom resource an operator makes it from (see NAD_MAKERS). */
  resource: Resource;
  name: string;
  namespace: string | null;
  /**
   * The parsed spec.config (null when absent); `ok: false` when it does not parse. For a NAD an
   * operator makes, the config it renders when NAD_MAKERS knows how (`render`), its positions
   * leading to the fields of `resource` that hold the text; else null.
   */
  config: EmbeddedResult;
  /** The config object when it parses to one. */
  conf: Obj | null;
  /** The CNI network name Multus uses: config `name`, else the NAD name. */
  networkName: string;
}

/** A custom resource whose operator creates a NetworkAttachmentDefinition, and where. */
type NadMaker = {
  /** The resource's group/kind. */
  kind: string;
  /** The CNI config the operator writes into the NAD, when known; else the NAD has no config to check. */
  render?(r: Resource): RenderedConfig;
} & (
  | {
      name(r: Resource): string;
      /** The namespaces the input shows it makes the NAD in; null: not known (the NAD counts in any). */
      namespaces(r: Resource, model: ClusterModel): (string | null)[];
      /**
       * Whether it may also make the NAD in `namespace`, one the input holds no Namespace object of
       * (null: a pod's namespace that is not known): the NAD then counts as present there.
       */
      mayMakeIn?(r: Resource, namespace: string | null): boolean;
    }
  | {
      /** The NADs of several names one resource makes. */
      made(r: Resource): { name: string; namespace: string | null }[];
    }
);

/** The NADs `maker` makes for `r` where the input shows them. */
function madeBy(maker: NadMaker, r: Resource, m: ClusterModel): { name: string; namespace: string | null }[] {
  return 'made' in maker ? maker.made(r) : maker.namespaces(r, m).map((namespace) => ({ name: maker.name(r), namespace }));
}

/** `spec.networkNamespace` when set, else `fallback`. */
const inNetworkNamespace =
  (fallback: (r: Resource) => string | null) =>
  (r: Resource): (string | null)[] => {
    const target = asObject(r.value.spec).networkNamespace;
    return [typeof target === 'string' && target !== '' ? target : fallback(r)];
  };
const ownNamespace = (r: Resource) => [r.namespace];

/** The namespace selector of a ClusterUserDefinedNetwork (`{}`, as Go decodes a missing one, selects all). */
const cudnSelector = (r: Resource): LabelSelector => labelSelector(asObject(r.value.spec).namespaceSelector);

/**
 * Operators that make NADs, each named after its resource:
 * - sriov-network-operator, for each SriovNetwork, SriovIBNetwork and OVSNetwork, in
 *   `spec.networkNamespace` or else its own namespace (`RenderNetAttDef` in api/v1/helper.go and
 *   bindata/manifests/cni-config, at 249e200);
 * - spiderpool, for each SpiderMultusConfig, in its namespace, named after its
 *   `multus.spidernet.io/cr-name` annotation when set (`syncHandler` in
 *   pkg/multuscniconfig/multusconfig_informer.go, at a7fbd3b);
 * - NVIDIA network-operator, for each (cluster-scoped) MacvlanNetwork and IPoIBNetwork in
 *   `spec.networkNamespace`, else `default` (getManifestObjects in
 *   pkg/state/state_macvlan_network.go and state_ipoib_network.go), and for each HostDeviceNetwork
 *   in `spec.networkNamespace` with no default (manifests/state-hostdevice-network/
 *   0010-hostdevice-net-cr.yml renders it as written, so without one where it lands is not
 *   known), at b06827e0;
 * - OVN-Kubernetes, for each UserDefinedNetwork in its namespace, and for each
 *   ClusterUserDefinedNetwork in every namespace its `spec.namespaceSelector` selects, whatever
 *   the network's role (RenderNetAttachDefManifest in go-controller/pkg/clustermanager/
 *   userdefinednetwork/template/net-attach-def-template.go; syncUserDefinedNetwork and
 *   syncClusterUDN in controller.go, at 6c366bb4). The selector is matched against the input's
 *   Namespace objects, with the `kubernetes.io/metadata.name` label every namespace carries; in a
 *   namespace the input does not declare, only that label is known, so the NAD may be there
 *   unless a requirement on it fails.
 * - OpenShift's cluster-network-operator, for each `spec.additionalNetworks` entry of type Raw or
 *   SimpleMacvlan of the operator.openshift.io Network, named after the entry, in its `namespace`,
 *   else `default` (pkg/network/render.go renderAdditionalNetworks, additional_networks.go, and
 *   bindata/network/additional-networks/*: `getOr . "AdditionalNetworkNamespace" "default"`, at
 *   2a6a57fe).
 * Their CNI config is the operator's to write. sriov-network-operator's is rebuilt from the network
 * (sriov-render.ts), so the Multus rules check it as they check a NAD written by hand; the others'
 * NADs count as present with no config to check.
 */
export const NAD_MAKERS: readonly NadMaker[] = [
  ...SRIOV_NETWORK_KINDS.map((kind) => ({
    kind,
    name: (r: Resource) => r.name,
    namespaces: inNetworkNamespace((r) => r.namespace),
    render: renderSriovNetwork,
  })),
  {
    kind: 'spiderpool.spidernet.io/SpiderMultusConfig',
    name: (r: Resource) => {
      const named = asObject(asObject(r.value.metadata).annotations)['multus.spidernet.io/cr-name'];
      return typeof named === 'string' && named !== '' ? named : r.name;
    },
    namespaces: ownNamespace,
  },
  ...['MacvlanNetwork', 'IPoIBNetwork', 'HostDeviceNetwork'].map((kind) => ({
    kind: `mellanox.com/${kind}`,
    name: (r: Resource) => r.name,
    namespaces: inNetworkNamespace(() => (kind === 'HostDeviceNetwork' ? null : 'default')),
  })),
  { kind: 'k8s.ovn.org/UserDefinedNetwork', name: (r: Resource) => r.name, namespaces: ownNamespace },
  {
    kind: 'operator.openshift.io/Network',
    made: (r: Resource) =>
      asArray(asObject(r.value.spec).additionalNetworks).flatMap((an) => {
        const { name, namespace, type } = asObject(an);
        if (typeof name !== 'string' || name === '' || (type !== 'Raw' && type !== 'SimpleMacvlan')) return [];
        return [{ name, namespace: typeof namespace === 'string' && namespace !== '' ? namespace : 'default' }];
      }),
  },
  {
    kind: 'k8s.ovn.org/ClusterUserDefinedNetwork',
    name: (r: Resource) => r.name,
    namespaces: (r: Resource, model: ClusterModel) => {
      const selector = cudnSelector(r);
      return model.byKind('Namespace').flatMap((ns) => (matchesLabelSelector(selector, { ...labelsOf(asObject(ns.value.metadata).labels), [NAMESPACE_NAME_LABEL]: ns.name }) ? [ns.name] : []));
    },
    mayMakeIn: (r: Resource, namespace: string | null) => {
      if (namespace === null) return true;
      const selector = cudnSelector(r);
      const onName: LabelSelector = {
        matchLabels: Object.fromEntries(Object.entries(selector.matchLabels ?? {}).filter(([k]) => k === NAMESPACE_NAME_LABEL)),
        matchExpressions: (selector.matchExpressions ?? []).filter((e) => e.key === NAMESPACE_NAME_LABEL),
      };
      return matchesLabelSelector(onName, { [NAMESPACE_NAME_LABEL]: namespace });
    },
  },
];

/** The input's NADs, then the NADs its operator resources make (NAD_MAKERS) where the input shows them. */
export function nadsOf(model: ClusterModel): NadView[] {
  return model.memo('multus/nads', (m) => [
    ...m.byKind(NAD_KIND).map((r) => {
      const config = embeddedJson(r, ['spec', 'config'], 'spec.config');
      const conf = config && config.ok && isObject(config.source.value) ? config.source.value : null;
      return { resource: r, name: r.name, namespace: r.namespace, config, conf, networkName: typeof conf?.name === 'string' && conf.name !== '' ? conf.name : r.name };
    }),
    ...NAD_MAKERS.flatMap((maker) => m.byKind(maker.kind).flatMap((r) => madeBy(maker, r, m).map((nad) => madeNad(r, nad.name, nad.namespace, maker.render?.(r))))),
  ]);
}

/** A NAD an operator makes; its network name is the NAD's, as the configs rendered here name it so (or have no config). */
function madeNad(resource: Resource, name: string, namespace: string | null, rendered?: RenderedConfig): NadView {
  return { resource, name, namespace, config: rendered?.config ?? null, conf: rendered?.conf ?? null, networkName: name };
}

/** By NAD name, the makers that may also make it in namespaces the input does not declare (`mayMakeIn`). */
const openMakers = derived('multus/open-makers', (m) => {
  const index = new Map<string, { mayMakeIn: (r: Resource, namespace: string | null) => boolean; resource: Resource }[]>();
  for (const maker of NAD_MAKERS) {
    if (!('mayMakeIn' in maker) || !maker.mayMakeIn) continue;
    const mayMakeIn = maker.mayMakeIn;
    for (const resource of m.byKind(maker.kind)) {
      const name = maker.name(resource);
      pushTo(index, name, { mayMakeIn, resource });
    }
  }
  return index;
});

const declaredNamespaces = derived('multus/declared-namespaces', (m) => new Set(m.byKind('Namespace').map((r) => r.name)));

const nadsByResource = derived('multus/nad-by-resource', (m) => new Map(nadsOf(m).map((n) => [n.resource, n])));

export function nadOf(model: ClusterModel, resource: Resource): NadView | undefined {
  return nadsByResource(model).get(resource);
}

export function sameNamespace(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * NADs by name, then by namespace (those without one match any namespace), in input order: a
 * lookup costs what it finds, not every NAD of the name (one per namespace in a platform repo).
 */
const nadsByName = derived('multus/nads-by-name', (m) => {
  const index = new Map<string, { all: NadView[]; anyNamespace: NadView[]; byNamespace: Map<string, NadView[]> }>();
  for (const n of nadsOf(m)) {
    let entry = index.get(n.name);
    if (!entry) index.set(n.name, (entry = { all: [], anyNamespace: [], byNamespace: new Map() }));
    entry.all.push(n);
    if (n.namespace === null) entry.anyNamespace.push(n);
    else {
      pushTo(entry.byNamespace, n.namespace, n);
    }
  }
  return index;
});

/**
 * The NADs a lookup of `name` in `namespace` sees (null: the pod's namespace is not known), in
 * input order, then those an operator may make in a namespace the input does not declare.
 */
export function findNads(model: ClusterModel, name: string, namespace: string | null): NadView[] {
  const found = listedNads(model, name, namespace);
  const open = openMakers(model).get(name);
  if (!open || (namespace !== null && declaredNamespaces(model).has(namespace))) return found;
  return [...found, ...open.filter((o) => o.mayMakeIn(o.resource, namespace)).map((o) => madeNad(o.resource, name, namespace))];
}

function listedNads(model: ClusterModel, name: string, namespace: string | null): NadView[] {
  const entry = nadsByName(model).get(name);
  if (!entry) return [];
  if (namespace === null || entry.anyNamespace.length === 0) return namespace === null ? entry.all : (entry.byNamespace.get(namespace) ?? []);
  const order = nadOrder(model);
  return [...(entry.byNamespace.get(namespace) ?? []), ...entry.anyNamespace].sort((a, b) => order.get(a)! - order.get(b)!);
}

const nadOrder = derived('multus/nad-order', (m) => new Map(nadsOf(m).map((n, i) => [n, i])));

/** The names of the NADs a lookup in `namespace` could see (written there, or without a namespace), for did-you-mean. */
export function nadNamesIn(model: ClusterModel, namespace: string | null): readonly string[] {
  const byNamespace = nadNamesByNamespace(model);
  return namespace === null ? byNamespace.all : [...(byNamespace.in.get(namespace) ?? []), ...byNamespace.unplaced];
}

const nadNamesByNamespace = derived('multus/nad-names-by-namespace', (m) => {
  const names = { all: [] as string[], unplaced: [] as string[], in: new Map<string, string[]>() };
  for (const n of nadsOf(m)) {
    names.all.push(n.name);
    if (n.namespace === null) names.unplaced.push(n.name);
    else pushTo(names.in, n.namespace, n.name);
  }
  return names;
});

/**
 * Whether the input shows what NADs a lookup in `namespace` would see (its inventory of that
 * namespace is then taken as known): a NAD written in that namespace. For a pod without one
 * (`namespace` null: applied with `kubectl -n`), a NAD written without a namespace, which lands
 * where the pod does. Such a NAD proves nothing about a namespace named elsewhere (a pod's
 * `shared-nets/vlan200`): it may be applied anywhere.
 */
export const hasNadIn = (model: ClusterModel, namespace: string | null): boolean => {
  const { namespaces, anyNamespace } = nadNamespaces(model);
  return namespace === null ? anyNamespace : namespaces.has(namespace);
};

const nadNamespaces = derived('multus/nad-namespaces', (m) => ({
  namespaces: new Set(nadsOf(m).flatMap((n) => (n.namespace === null ? [] : [n.namespace]))),
  anyNamespace: nadsOf(m).some((n) => n.namespace === null),
}));

/** The Multus configs of the input's ConfigMaps (thick `daemon-config.json`, thin `cni-conf.json`) that parse to an object. */
export function multusConfigs(model: ClusterModel): { configMap: Resource; key: string; value: Obj }[] {
  return model.memo('multus/configs', (m) =>
    m.byKind('ConfigMap').flatMap((configMap) =>
      ['daemon-config.json', 'cni-conf.json'].flatMap((key) => {
        const r = embeddedJson(configMap, ['data', key], key);
        return r && r.ok && isObject(r.source.value) ? [{ configMap, key, value: r.source.value }] : [];
      }),
    ),
  );
}

/** `multusNamespace` from a Multus config in the input. */
export function multusNamespace(model: ClusterModel): string {
  const found = multusConfigs(model).find((c) => typeof c.value.multusNamespace === 'string');
  return found ? (found.value.multusNamespace as string) : DEFAULT_MULTUS_NAMESPACE;
}

/** The CNI plugins of a config: the list's `plugins`, or the config itself. */
export function pluginsOf(conf: Obj): { plugin: Obj; path: (string | number)[] }[] {
  if (Array.isArray(conf.plugins)) return conf.plugins.map((p, i) => ({ plugin: asObject(p), path: ['plugins', i] }));
  return [{ plugin: conf, path: [] }];
}

export interface Attachment {
  pod: Resource;
  nad: NadView;
  /**
   * The pod asked for a default route (`default-route`) on this network or another: Multus then
   * removes the default routes of every other network (pkg/types/conf.go CheckGatewayConfig sets
   * IsFilterV4Gateway/IsFilterV6Gateway, called from k8sclient.go TryLoadPodDelegates).
   */
  defaultRouteRequested: boolean;
}

/** Every (pod, NAD) pair of `k8s.v1.cni.cncf.io/networks` annotations that resolves in the input. */
export function secondaryAttachments(model: ClusterModel, parse: (r: Resource) => { name: string; namespace: string | null; element: Obj | null }[]): Attachment[] {
  return model.memo('multus/attachments', (m) => {
    const out: Attachment[] = [];
    for (const pod of m.byKind(...POD_KINDS)) {
      const selections = parse(pod);
      const defaultRouteRequested = selections.some((s) => s.element !== null && Object.keys(s.element).some((k) => k.toLowerCase() === 'default-route'));
      for (const s of selections) {
        for (const nad of findNads(m, s.name, s.namespace ?? pod.namespace)) out.push({ pod, nad, defaultRouteRequested });
      }
    }
    return out;
  });
}
