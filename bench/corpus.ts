/**
 * A deterministic corpus of realistic networking manifests for the benchmark: Calico pools, BGP,
 * NetworkPolicies, Deployments with Multus annotations, NADs, Services and ConfigMaps, in files of
 * 20 documents. Same seed, same bytes.
 */
export interface CorpusFile {
  path: string;
  text: string;
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMESPACES = 50;
const RACKS = 40;

/** The platform every cluster of this shape has: namespaces with their baseline policies, pools, BGP, the management NAD. */
function platform(): string[] {
  const docs: string[] = [];
  for (let n = 0; n < NAMESPACES; n++) {
    docs.push(`apiVersion: v1
kind: Namespace
metadata:
  name: team-${n}
  labels: { team: t${n} }
`);
    docs.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: default-deny, namespace: team-${n} }
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`);
    docs.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: allow-dns, namespace: team-${n} }
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to:
        - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: kube-system } }
          podSelector: { matchLabels: { k8s-app: kube-dns } }
      ports: [{ protocol: UDP, port: 53 }, { protocol: TCP, port: 53 }]
`);
  }
  for (let r = 0; r < RACKS; r++) {
    docs.push(`apiVersion: projectcalico.org/v3
kind: IPPool
metadata:
  name: rack-${r}
spec:
  cidr: 10.${64 + (r >> 2)}.${(r & 3) * 64}.0/18
  blockSize: 26
  ipipMode: CrossSubnet
  vxlanMode: Never
  natOutgoing: true
  nodeSelector: rack == 'r${r}'
`);
  }
  docs.push(`apiVersion: projectcalico.org/v3
kind: BGPConfiguration
metadata: { name: default }
spec:
  nodeToNodeMeshEnabled: false
  asNumber: 64512
---
apiVersion: projectcalico.org/v3
kind: BGPPeer
metadata: { name: peer-with-route-reflectors }
spec:
  nodeSelector: all()
  peerSelector: route-reflector == 'true'
`);
  docs.push(`apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata: { name: flannel-mgmt, namespace: kube-system }
spec:
  config: '{ "cniVersion": "0.3.1", "name": "flannel-mgmt", "type": "flannel", "delegate": { "isDefaultGateway": false } }'
`);
  return docs;
}

/** Workload documents, with how often each appears. */
const TEMPLATES: [number, (i: number, r: () => number) => string][] = [
  [30, (i) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
  namespace: team-${i % NAMESPACES}
  labels: { app: svc-${i % 200} }
spec:
  replicas: ${1 + (i % 5)}
  selector:
    matchLabels: { app: svc-${i % 200} }
  template:
    metadata:
      labels: { app: svc-${i % 200}, tier: api }
      annotations:
        k8s.v1.cni.cncf.io/networks: kube-system/flannel-mgmt@mgmt0
    spec:
      nodeSelector: { kubernetes.io/os: linux }
      containers:
        - name: app
          image: registry.example.com/svc:${i}
          ports:
            - { name: http, containerPort: 8080 }
            - { name: metrics, containerPort: 9090 }
          env:
            - { name: MODE, value: "production" }
`],
  [30, (i) => `apiVersion: v1
kind: Service
metadata:
  name: svc-${i}
  namespace: team-${i % NAMESPACES}
spec:
  selector: { app: svc-${i % 200} }
  ports:
    - { name: http, port: 80, targetPort: http }
`],
  [15, (i) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings-${i}
  namespace: team-${i % NAMESPACES}
data:
  LOG_LEVEL: info
  FEATURE_X: "true"
  TIMEOUT: "30s"
`],
  [19, (i, r) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-${i}
  namespace: team-${i % NAMESPACES}
spec:
  podSelector:
    matchLabels: { app: svc-${i % 200} }
  policyTypes: [Ingress]
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: { team: t${(i + 1) % NAMESPACES} }
          podSelector:
            matchExpressions:
              - { key: tier, operator: In, values: [frontend, api] }
      ports:
        - { protocol: TCP, port: ${8000 + Math.floor(r() * 50)}, endPort: ${8080 + Math.floor(r() * 50)} }
`],
  [4, (i) => `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: macvlan-${i}
  namespace: team-${i % NAMESPACES}
spec:
  config: |
    {
      "cniVersion": "0.3.1",
      "name": "macvlan-${i}",
      "type": "macvlan",
      "master": "eth1",
      "mode": "bridge",
      "ipam": { "type": "host-local", "subnet": "192.168.${(i >> 4) & 255}.${(i & 15) * 16}/28" }
    }
`],
  [2, (i) => `apiVersion: projectcalico.org/v3
kind: BGPPeer
metadata:
  name: tor-${i}
spec:
  nodeSelector: rack == 'r${i % RACKS}'
  peerIP: 192.0.${2 + ((i >> 8) & 1)}.${(i & 255) || 1}
  asNumber: ${64600 + (i % 100)}
`],
];

const WEIGHT = TEMPLATES.reduce((n, [w]) => n + w, 0);

function pick(r: () => number): (i: number, r: () => number) => string {
  let x = r() * WEIGHT;
  for (const [w, t] of TEMPLATES) {
    if ((x -= w) < 0) return t;
  }
  return TEMPLATES[0][1];
}

/** `documents` documents: the platform objects first, then workloads; `perFile` per file. */
export function generateCorpus(documents = 10_000, perFile = 20, seed = 42): CorpusFile[] {
  const r = rng(seed);
  const all = platform().flatMap((d) => d.split('---\n'));
  for (let i = all.length; i < documents; i++) all.push(pick(r)(i, r));
  const files: CorpusFile[] = [];
  for (let start = 0; start < all.length; start += perFile) {
    files.push({ path: `corpus/part-${String(files.length).padStart(4, '0')}.yaml`, text: all.slice(start, start + perFile).join('---\n') });
  }
  return files;
}
