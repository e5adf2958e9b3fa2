import { dump, loadAll } from 'js-yaml';
import { imageRef } from './profiles/pins.js';
import type { Profile } from './profiles/types.js';

/** Generated manifests are plain objects serialized here; downloaded ones are edited as objects. */

export const PROBE_NAMESPACE = 'netlint-e2e';
type Obj = Record<string, unknown>;

export const toYaml = (docs: unknown[]): string => docs.map((d) => dump(d, { lineWidth: -1, noRefs: true })).join('---\n');

export function kindConfig(profile: Profile, cluster: string): Obj {
  const image = imageRef(profile.kind.nodeImage);
  return {
    kind: 'Cluster',
    apiVersion: 'kind.x-k8s.io/v1alpha4',
    name: cluster,
    networking: {
      disableDefaultCNI: true,
      podSubnet: profile.kind.podSubnet,
      serviceSubnet: profile.kind.serviceSubnet,
      kubeProxyMode: profile.kind.kubeProxyMode,
    },
    nodes: [{ role: 'control-plane', image }, ...Array.from({ length: profile.kind.workers }, () => ({ role: 'worker', image }))],
  };
}

/** Short, stable pod-name part per node: cp, w1, w2, … */
export const nodeTag = (index: number) => (index === 0 ? 'cp' : `w${index}`);

export interface ProbePodSpec {
  name: string;
  node: string;
  nodeIndex: number;
  /** `dual`: Calico eth0 + flannel net1; `flannel`: flannel as the only (default) network. */
  networks: 'calico' | 'dual' | 'flannel';
}

/** One probe pod on the control plane, two on each worker: every node, same-node and cross-node pairs. */
export function probePodSpecs(profile: Profile, nodes: string[]): ProbePodSpec[] {
  const base: ProbePodSpec['networks'] = profile.multus ? 'dual' : 'calico';
  const specs: ProbePodSpec[] = [];
  nodes.forEach((node, i) => {
    for (const letter of i === 0 ? ['a'] : ['a', 'b']) specs.push({ name: `probe-${nodeTag(i)}-${letter}`, node, nodeIndex: i, networks: base });
  });
  if (profile.multus) specs.push({ name: `probe-${nodeTag(1)}-f`, node: nodes[1], nodeIndex: 1, networks: 'flannel' });
  return specs;
}

export const NAD_SECONDARY = 'flannel-net';
export const NAD_DEFAULT = 'flannel-default';

export function probePod(spec: ProbePodSpec, profile: Profile): Obj {
  const annotations: Record<string, string> = {};
  if (spec.networks === 'dual') annotations['k8s.v1.cni.cncf.io/networks'] = NAD_SECONDARY;
  if (spec.networks === 'flannel') annotations['v1.multus-cni.io/default-network'] = `${PROBE_NAMESPACE}/${NAD_DEFAULT}`;
  const ports = [80, 81].flatMap((p) => [
    { name: `serve-${p}-tcp`, containerPort: p, protocol: 'TCP' },
    { name: `serve-${p}-udp`, containerPort: p, protocol: 'UDP' },
  ]);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: spec.name,
      namespace: PROBE_NAMESPACE,
      labels: { 'app.kubernetes.io/part-of': 'netlint-e2e', pod: spec.name },
      ...(Object.keys(annotations).length ? { annotations } : {}),
    },
    spec: {
      nodeName: spec.node,
      terminationGracePeriodSeconds: 0,
      tolerations: [{ operator: 'Exists' }],
      containers: [
        {
          name: 'probe',
          image: imageRef(profile.probeImage),
          imagePullPolicy: 'IfNotPresent',
          args: ['netexec', '--http-port=80', '--udp-port=80'],
          ports,
          readinessProbe: { httpGet: { path: '/healthz', port: 80 }, periodSeconds: 2 },
        },
        {
          name: 'probe-81',
          image: imageRef(profile.probeImage),
          imagePullPolicy: 'IfNotPresent',
          args: ['netexec', '--http-port=81', '--udp-port=81'],
        },
      ],
    },
  };
}

export function probeManifests(profile: Profile, nodes: string[]): Obj[] {
  const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: PROBE_NAMESPACE, labels: { ns: PROBE_NAMESPACE } } };
  return [ns, ...(profile.multus ? nads(profile) : []), ...probePodSpecs(profile, nodes).map((s) => probePod(s, profile))];
}

/** Both NADs share one CNI `name` so host-local keeps one allocation store (no duplicate IPs). */
export function nads(profile: Profile): Obj[] {
  const m = profile.multus!;
  const nad = (name: string, isDefaultGateway: boolean) => ({
    apiVersion: 'k8s.cni.cncf.io/v1',
    kind: 'NetworkAttachmentDefinition',
    metadata: { name, namespace: PROBE_NAMESPACE },
    spec: {
      config: JSON.stringify({
        cniVersion: '0.3.1',
        name: m.cniNetworkName,
        type: 'flannel',
        delegate: { isDefaultGateway, hairpinMode: true },
      }),
    },
  });
  return [nad(NAD_SECONDARY, false), nad(NAD_DEFAULT, true)];
}

/** The route reflector profile's one BGPPeer: every node peers with the reflectors. */
export const RR_PEER = 'peer-with-route-reflectors';

export function bgpPeerToReflectors(profile: Profile): Obj {
  const rr = profile.routeReflector!;
  return {
    apiVersion: 'crd.projectcalico.org/v1',
    kind: 'BGPPeer',
    metadata: { name: RR_PEER },
    // Quoted selector strings: an unquoted one can be dropped and the peer silently becomes global.
    spec: { nodeSelector: 'all()', peerSelector: `${rr.label.key} == '${rr.label.value}'` },
  };
}

export function bgpConfigurationMeshOff(): Obj {
  return {
    apiVersion: 'crd.projectcalico.org/v1',
    kind: 'BGPConfiguration',
    metadata: { name: 'default' },
    spec: { nodeToNodeMeshEnabled: false, asNumber: 64512, logSeverityScreen: 'Info' },
  };
}

// ---- edits of downloaded manifests -------------------------------------------------------------

export class ManifestEditError extends Error {
  override readonly name = 'ManifestEditError';
}

const parseDocs = (text: string) => loadAll(text).filter((d): d is Obj => typeof d === 'object' && d !== null);
const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const podSpecOf = (doc: Obj): Obj => asObj(asObj(asObj(doc.spec).template).spec);
const containersOf = (doc: Obj, field = 'containers'): Obj[] => (podSpecOf(doc)[field] as Obj[] | undefined) ?? [];

function find(docs: Obj[], kind: string, name: string): Obj {
  const doc = docs.find((d) => d.kind === kind && asObj(d.metadata).name === name);
  if (!doc) throw new ManifestEditError(`manifest has no ${kind} ${name}`);
  return doc;
}

/** Replaces every image of `repository` (any tag) with the pinned reference. */
function pinImages(docs: Obj[], repository: string, ref: string): number {
  let n = 0;
  for (const doc of docs)
    for (const c of [...containersOf(doc), ...containersOf(doc, 'initContainers')])
      if (typeof c.image === 'string' && (c.image === repository || c.image.startsWith(`${repository}:`) || c.image.startsWith(`${repository}@`))) {
        c.image = ref;
        n += 1;
      }
  return n;
}

export function setEnv(container: Obj, env: Record<string, string>): void {
  const list = ((container.env as Obj[] | undefined) ?? []).filter((e) => !(String(e.name) in env));
  for (const [name, value] of Object.entries(env)) list.push({ name, value });
  container.env = list;
}

/** calico.yaml / calico-vxlan.yaml: pool and autodetection env on calico-node, images pinned. */
export function editCalicoManifest(text: string, profile: Profile): string {
  const docs = parseDocs(text);
  const ds = find(docs, 'DaemonSet', 'calico-node');
  const container = containersOf(ds).find((c) => c.name === 'calico-node');
  if (!container) throw new ManifestEditError('calico-node DaemonSet has no calico-node container');
  setEnv(container, profile.calico.env);
  // A pin that replaces nothing would leave the manifest's own tag running: an error instead.
  for (const image of profile.calico.images)
    if (pinImages(docs, image.repository.replace(/^quay\.io\//, 'docker.io/'), imageRef(image)) + pinImages(docs, image.repository, imageRef(image)) === 0)
      throw new ManifestEditError(`calico manifest has no ${image.repository} image to pin`);
  return toYaml(docs);
}

/** kube-flannel.yml: secondary-only flannel (no conflist of its own), our Network, pinned images. */
export function editFlannelManifest(text: string, profile: Profile): string {
  const f = profile.multus!.flannel;
  const docs = parseDocs(text);
  const cm = find(docs, 'ConfigMap', 'kube-flannel-cfg');
  const data = asObj(cm.data);
  data['net-conf.json'] = JSON.stringify({ Network: f.network, EnableNFTables: false, Backend: { Type: f.backend } }, null, 2);
  // The conflist would compete with Calico's for "first file in /etc/cni/net.d".
  delete data['cni-conf.json'];
  const ds = find(docs, 'DaemonSet', 'kube-flannel-ds');
  const spec = podSpecOf(ds);
  spec.initContainers = containersOf(ds, 'initContainers').filter((c) => c.name !== 'install-cni');
  for (const image of [f.image, f.cniPluginImage]) if (pinImages(docs, image.repository, imageRef(image)) === 0) throw new ManifestEditError(`flannel manifest has no ${image.repository} image to pin`);
  return toYaml(docs);
}

/** multus thick: pinned image (the tag's manifest says snapshot-thick), more memory, chrootDir kept. */
export function editMultusManifest(text: string, profile: Profile): string {
  const m = profile.multus!.multus;
  const docs = parseDocs(text);
  const ds = find(docs, 'DaemonSet', 'kube-multus-ds');
  if (pinImages(docs, m.image.repository, imageRef(m.image)) === 0) throw new ManifestEditError('multus manifest has no multus-cni image');
  for (const c of containersOf(ds)) {
    const resources = asObj(c.resources);
    resources.limits = { ...asObj(resources.limits), memory: m.memoryLimit };
    resources.requests = { ...asObj(resources.requests), memory: m.memoryLimit };
    c.resources = resources;
  }
  const cm = docs.find((d) => d.kind === 'ConfigMap' && typeof asObj(d.data)['daemon-config.json'] === 'string');
  if (cm) {
    const data = asObj(cm.data);
    const config = JSON.parse(String(data['daemon-config.json'])) as Obj;
    // Thick mode runs delegates in the daemon: flannel must see the host's /run/flannel/subnet.env.
    config.chrootDir ??= '/hostroot';
    data['daemon-config.json'] = JSON.stringify(config, null, 2);
  }
  return toYaml(docs);
}
