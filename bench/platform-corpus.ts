/**
 * Generated platform manifests for the whole-process benchmark, written without looking at
 * netlint's rules: what a multi-team cluster's repository holds (namespaces with their baseline
 * policies, apps as Deployment + Service + ConfigMap + NetworkPolicy, Multus attachments, Calico
 * pools, BGP, Felix and Calico policies, a few non-network kinds), in files of `perFile`
 * documents. The `mistakes` flavour writes the same cluster with the slips people make in such
 * files (typos in selectors, lowercase enums, host bits in CIDRs, unquoted label values, broken
 * CNI JSON, ...) in `mistakeRate` (default 0.9) of the documents. Same seed, same bytes.
 */
import { prng as rng } from '../src/engine/netpol/bench.js';

export type CorpusFlavour = 'clean' | 'mistakes';

export interface CorpusOptions {
  flavour: CorpusFlavour;
  documents: number;
  perFile?: number;
  seed?: number;
  /** Share of documents (after the platform block) written with a mistake in `mistakes`. */
  mistakeRate?: number;
  /** Calico IP pools (and as many racks with a BGP peer each); 32 by default. */
  pools?: number;
}

export interface CorpusFile {
  path: string;
  text: string;
  /** How many documents the file holds. */
  documents: number;
}

/** One document; `slip` says whether to write it with one of its kind's usual mistakes. */
type Template = (ctx: Ctx) => string;

interface Ctx {
  r: () => number;
  slip: boolean;
  /** Index of the app (or the namespace for namespace documents). */
  i: number;
  /** Index of the namespace, and of the app within it (0: the namespace's frontend). */
  n: number;
  a: number;
  ns: string;
  app: string;
  pick<T>(xs: readonly T[]): T;
}

const POOLS = 32;

/** A typo of a name: a dropped, doubled or swapped character. */
function typo(name: string, r: () => number): string {
  const at = 1 + Math.floor(r() * (name.length - 2));
  const how = Math.floor(r() * 3);
  if (how === 0) return name.slice(0, at) + name.slice(at + 1);
  if (how === 1) return name.slice(0, at) + name[at] + name.slice(at);
  return name.slice(0, at - 1) + name[at] + name[at - 1] + name.slice(at + 1);
}

const namespaceDocs: Template[] = [
  ({ ns, i, slip }) => `apiVersion: v1
kind: Namespace
metadata:
  name: ${ns}
  labels:
    team: t${i}
    environment: production
    cost-center: ${slip ? 4410 + (i % 90) : `"${4410 + (i % 90)}"`}
`,
  ({ ns, slip, pick }) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: ${ns}
spec:
  podSelector: {}
  policyTypes:
${slip ? pick(['    - ingress\n    - egress\n', '    - Ingress\n    - Egres\n', '    - Ingress\n    - Ingress\n']) : '    - Ingress\n    - Egress\n'}`,
  ({ ns, slip, pick }) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-dns
  namespace: ${ns}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system
          podSelector:
            matchLabels:
              k8s-app: kube-dns
      ports:
        - protocol: ${slip ? pick(['udp', 'UPD', 'DNS']) : 'UDP'}
          port: 53
        - protocol: TCP
          port: ${slip ? pick(['"53"', 'dns', '0']) : '53'}
`,
  ({ ns, i, slip, pick, r }) => `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: storage-net
  namespace: ${ns}
spec:
  config: |
    {
      "cniVersion": "${slip ? pick(['0.3', '1.0.0', '0.4.0']) : '0.3.1'}",
      "name": "storage-net",
      "type": "${slip ? pick(['macvlan', 'mcvlan', 'ipvlan']) : 'macvlan'}",
      "master": "${slip && r() < 0.3 ? '' : 'eth1'}",
      "mode": "bridge",
      "ipam": {
        "type": "whereabouts",
        "range": "${slip ? pick(['192.168.10.0/33', '192.168.300.0/24', '10.128.0.5/24']) : `10.${128 + (i >> 8)}.${i & 255}.0/24`}"${slip && r() < 0.5 ? ',' : ''}
      }
    }
`,
  ({ ns }) => `apiVersion: v1
kind: ResourceQuota
metadata:
  name: quota
  namespace: ${ns}
spec:
  hard:
    requests.cpu: "40"
    requests.memory: 80Gi
    pods: "200"
`,
];

const appDocs: Template[] = [
  ({ ns, app, i, a, slip, pick, r }) => {
    const labelSlip = slip ? Math.floor(r() * 4) : -1;
    return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${ns}
  labels:
    app: ${app}
    version: ${labelSlip === 0 ? pick(['1.10', '2', 'yes']) : `"v${1 + (i % 4)}"`}
spec:
  replicas: ${1 + (i % 4)}
  selector:
    matchLabels:
      app: ${labelSlip === 1 ? typo(app, r) : app}
  template:
    metadata:
      labels:
        app: ${app}
        tier: ${a === 0 ? 'frontend' : pick(['api', 'worker'])}
      annotations:
        prometheus.io/scrape: ${labelSlip === 2 ? 'true' : '"true"'}
${i % 7 === 0 ? `        k8s.v1.cni.cncf.io/networks: ${labelSlip === 3 ? pick(['storage-nett', `${ns}/storage`, 'storage-net@']) : 'storage-net'}\n` : ''}    spec:
      serviceAccountName: ${app}
      containers:
        - name: app
          image: registry.example.com/${ns}/${app}:1.${i % 30}.0
          ports:
            - name: http
              containerPort: ${slip && labelSlip < 0 ? pick(['80800', '0']) : '8080'}
              protocol: TCP
            - name: metrics
              containerPort: 9090
          env:
            - name: LOG_LEVEL
              value: info
            - name: LISTEN_ADDR
              value: "0.0.0.0:8080"
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { memory: 256Mi }
          readinessProbe:
            httpGet: { path: /healthz, port: http }
`;
  },
  ({ ns, app, slip, pick, r }) => `apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: ${ns}
spec:
  type: ${slip && r() < 0.3 ? pick(['Clusterip', 'NodePort']) : 'ClusterIP'}
  selector:
    app: ${slip && r() < 0.5 ? typo(app, r) : app}
  ports:
    - name: http
      port: 80
      targetPort: ${slip ? pick(['https', 'web', '8081']) : 'http'}
      protocol: TCP
`,
  ({ ns, app, slip, pick }) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  namespace: ${ns}
data:
  LOG_FORMAT: json
  UPSTREAM_URL: http://backend.${ns}.svc.cluster.local:80
  CACHE_TTL: ${slip ? pick(['300', 'yes', '5m']) : '"300"'}
  app.properties: |
    server.port=8080
    management.port=9090
`,
  ({ ns, app, n, slip, pick, r }) => {
    const s = slip ? Math.floor(r() * 5) : -1;
    return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${app}-ingress
  namespace: ${ns}
spec:
  podSelector:
    matchLabels:
      app: ${s === 0 ? typo(app, r) : app}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector:
            matchLabels:
              tier: frontend
        - namespaceSelector:
            matchLabels:
              team: ${s === 1 ? `"${Math.max(0, n - 1)}"` : `t${Math.max(0, n - 1)}`}
          podSelector:
            matchLabels:
              tier: frontend
${s === 2 ? `        - ipBlock:\n            cidr: ${pick(['10.20.5.7/16', '10.20.0.0/33', '10.20.0.0'])}\n` : ''}${s === 3 ? `        - ipBlock:\n            cidr: 10.20.0.0/16\n            except: [${pick(['10.30.0.0/24', '10.20.0.0/8'])}]\n` : ''}      ports:
        - protocol: TCP
          port: ${s === 4 ? pick(['8080\n          endPort: 8000', 'http\n          endPort: 8090', 'htp']) : 'http'}
`;
  },
  ({ ns, app, slip, pick }) => `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${app}
  namespace: ${ns}
  labels:
    app: ${app}
    managed: ${slip ? pick(['true', 'no', '1']) : '"true"'}
`,
  ({ ns, app, slip, pick }) => `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: ${app}-egress
  namespace: ${ns}
spec:
  order: 200
  selector: ${slip ? pick([`app = '${app}'`, `app == ${app}`, `app == '${app}' &&`]) : `app == '${app}'`}
  types:
    - Egress
  egress:
    - action: ${slip ? pick(['allow', 'Accept', 'Allow']) : 'Allow'}
      protocol: TCP
      destination:
        selector: tier == 'api'
        ports: [${slip ? pick(['8080:80', '"http"', '99999']) : '8080'}]
    - action: Allow
      protocol: UDP
      destination:
        namespaceSelector: projectcalico.org/name == 'kube-system'
        ports: [53]
`,
];

/** Cluster-scoped Calico objects, written once at the start. */
function calicoPlatform(pools: number, slips: (k: number) => boolean, pick: <T>(xs: readonly T[]) => T): string[] {
  const racks = pools;
  const docs: string[] = [];
  for (let p = 0; p < pools; p++) {
    const slip = slips(p);
    docs.push(`apiVersion: projectcalico.org/v3
kind: IPPool
metadata:
  name: pool-${p}
spec:
  cidr: ${slip ? pick([`10.${64 + p}.0.1/18`, `10.${64 + p}.0.0/33`, `10.${63 + p}.0.0/16`]) : `10.${64 + (p >> 2)}.${(p & 3) * 64}.0/18`}
  blockSize: ${slip ? pick(['33', '20', '26']) : '26'}
  ipipMode: ${slip ? pick(['always', 'Cross-Subnet', 'CrossSubnet']) : 'CrossSubnet'}
  vxlanMode: Never
  natOutgoing: true
  nodeSelector: rack == 'r${p % racks}'
`);
  }
  docs.push(`apiVersion: projectcalico.org/v3
kind: BGPConfiguration
metadata:
  name: default
spec:
  logSeverityScreen: Info
  nodeToNodeMeshEnabled: false
  asNumber: 64512
  serviceClusterIPs:
    - cidr: 10.96.0.0/12
`);
  docs.push(`apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata:
  name: default
spec:
  bpfEnabled: false
  logSeverityScreen: Info
  reportingInterval: 0s
  ipipEnabled: true
`);
  for (let r = 0; r < racks; r++) {
    const slip = slips(pools + r);
    docs.push(`apiVersion: projectcalico.org/v3
kind: BGPPeer
metadata:
  name: tor-${r}
spec:
  nodeSelector: rack == 'r${r}'
  peerIP: ${slip ? pick([`192.0.2.${300 + r}`, `192.0.2.${r + 1}:70000`, `192.0.2.${r + 1}/32`]) : `192.0.2.${r + 1}`}
  asNumber: ${slip ? pick(['4294967296', '"64513"', '64513']) : '64513'}
`);
  }
  // The docs' pattern: a tier ahead of the default one, whose Pass hands the rest to it (a Pass in
  // the default tier itself would skip its Kubernetes policies: calico/pass-to-profiles).
  docs.push(`apiVersion: projectcalico.org/v3
kind: Tier
metadata:
  name: security
spec:
  order: 100
`);
  docs.push(`apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: security.deny-metadata-endpoint
spec:
  tier: security
  order: 10
  selector: all()
  types: [Egress]
  egress:
    - action: Deny
      destination:
        nets: [169.254.169.254/32]
    - action: Pass
`);
  return docs;
}

const NAMESPACE_DOCS = namespaceDocs.length;
/** Apps per namespace: each namespace block is its baseline plus this many apps. */
const APPS_PER_NAMESPACE = 8;

/** The corpus, file by file (the caller writes them). */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  const perFile = options.perFile ?? 10;
  const r = rng(options.seed ?? 7);
  const rate = options.flavour === 'mistakes' ? (options.mistakeRate ?? 0.9) : 0;
  const slip = () => rate > 0 && r() < rate;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const docs = calicoPlatform(options.pools ?? POOLS, () => slip(), pick);
  let written = 0;
  let fileIndex = 0;
  const flush = function* (): Generator<CorpusFile> {
    while (docs.length >= perFile || (docs.length > 0 && written + docs.length >= options.documents)) {
      const part = docs.splice(0, perFile);
      written += part.length;
      yield { path: `part-${String(fileIndex++).padStart(5, '0')}.yaml`, text: part.join('---\n'), documents: part.length };
    }
  };
  let appIndex = 0;
  for (let n = 0; written + docs.length < options.documents; n++) {
    const ns = `team-${n}`;
    for (let k = 0; k < NAMESPACE_DOCS && written + docs.length < options.documents; k++) {
      docs.push(namespaceDocs[k]({ r, slip: slip(), i: n, n, a: 0, ns, app: '', pick }));
    }
    for (let a = 0; a < APPS_PER_NAMESPACE; a++, appIndex++) {
      const app = `${pick(['orders', 'billing', 'search', 'profile', 'catalog', 'checkout', 'ledger', 'notify'])}-${appIndex}`;
      for (const t of appDocs) {
        if (written + docs.length >= options.documents) break;
        docs.push(t({ r, slip: slip(), i: appIndex, n, a, ns, app, pick }));
      }
    }
    yield* flush();
  }
  yield* flush();
}
