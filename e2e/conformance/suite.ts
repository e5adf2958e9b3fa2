import type { SourceFile } from '../../src/engine/types.js';
import { selectNamed } from '../select.js';

/**
 * The built-in conformance suite: small scenarios whose truth tables are written by hand from the
 * Kubernetes and Calico documentation (like the upstream netpol e2e), independent of `reach`.
 * The three-way comparison observed / reach / truth is what tells a CNI deviation from an
 * analyzer bug. Workload images are placeholders: the harness never runs them (shadow pods do).
 */

/** One edit of a default-allow truth table; the last matching edit wins. Selectors: `ns/pod`, `ns/*`, `*\/pod`, `*`, and `svc:ns/name` for a Service probed through its ClusterIP. */
export interface TruthEdit {
  from: string;
  to: string;
  /** `80/TCP`-style cells, `ICMP` for ping; every port and ICMP when absent. */
  ports?: string[];
  allowed: boolean;
}
export interface Truth {
  edits: TruthEdit[];
}

export interface Scenario {
  name: string;
  title: string;
  /** Manifests as a user would write them: namespaces, workloads and policies. */
  sources: SourceFile[];
  /** `all`: a shadow pod per workload (the fixed upstream topology); `classes`: one or two per equivalence class. */
  members: 'all' | 'classes';
  /** Hand-written expectation (built-in scenarios only). */
  truth?: Truth;
}

const matchSel = (sel: string, id: string) => {
  if (sel === '*') return true;
  const [ns, pod] = sel.split('/');
  const [ins, ipod] = id.split('/');
  return (ns === '*' || ns === ins) && (pod === '*' || pod === ipod);
};

/** The hand-written verdict of one cell (default: allowed). */
export function truthOf(truth: Truth, from: string, to: string, port: number, protocol: string): boolean {
  let allowed = true;
  const key = protocol === 'ICMP' ? 'ICMP' : `${port}/${protocol}`;
  for (const e of truth.edits) if (matchSel(e.from, from) && matchSel(e.to, to) && (!e.ports || e.ports.includes(key))) allowed = e.allowed;
  return allowed;
}

const file = (path: string, content: string): SourceFile => ({ path, content });

const XYZ_PORTS = [80, 81].flatMap((p) => [`          - {name: serve-${p}-tcp, containerPort: ${p}, protocol: TCP}`, `          - {name: serve-${p}-udp, containerPort: ${p}, protocol: UDP}`]).join('\n');

/** Namespaces x, y, z labelled (quoted: an unquoted `y` is a YAML 1.1 boolean, as the API server reads it), `ns=<name>`, pods a, b, c labelled `pod=<name>`, TCP and UDP on 80 and 81. */
export const XYZ_MODEL = [
  ...['x', 'y', 'z'].map((ns) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: "${ns}"\n  labels: {ns: "${ns}"}\n`),
  ...['x', 'y', 'z'].flatMap((ns) =>
    ['a', 'b', 'c'].map(
      (pod) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${pod}\n  namespace: "${ns}"\n  labels: {pod: ${pod}}\nspec:\n  containers:\n      - name: app\n        image: registry.example/app:1\n        ports:\n${XYZ_PORTS}\n`,
    ),
  ),
].join('---\n');

const BUSYBOX_MODEL = [
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: busybox\n  labels: {purpose: demo}\n',
  ...['busybox01', 'busybox02', 'busybox03'].map(
    (n) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${n}\n  namespace: busybox\n  labels: {app: ${n}}\nspec:\n  containers:\n    - name: busybox\n      image: registry.example/busybox:1\n      ports:\n        - {containerPort: 80, protocol: TCP}\n`,
  ),
].join('---\n');

const DENY_BUSYBOX = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: busybox}
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

const ALL_XYZ = ['x', 'y', 'z'].flatMap((ns) => ['a', 'b', 'c'].map((p) => `${ns}/${p}`));

export const BUILTIN_SUITE: Scenario[] = [
  {
    name: 'busybox-deny',
    title: 'busybox: default deny ingress in the namespace',
    members: 'all',
    sources: [file('builtin/busybox/model.yaml', BUSYBOX_MODEL), file('builtin/busybox/deny.yaml', DENY_BUSYBOX)],
    truth: { edits: [{ from: '*', to: 'busybox/*', allowed: false }] },
  },
  {
    name: 'busybox-allow',
    title: 'busybox: deny, then allow ingress to busybox02 only from busybox01 (busybox03 stays blocked)',
    members: 'all',
    sources: [
      file('builtin/busybox/model.yaml', BUSYBOX_MODEL),
      file('builtin/busybox/deny.yaml', DENY_BUSYBOX),
      file(
        'builtin/busybox/allow.yaml',
        `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-01-to-02, namespace: busybox}
spec:
  podSelector: {matchLabels: {app: busybox02}}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector: {matchLabels: {app: busybox01}}
`,
      ),
    ],
    truth: { edits: [{ from: '*', to: 'busybox/*', allowed: false }, { from: 'busybox/busybox01', to: 'busybox/busybox02', allowed: true }] },
  },
  { name: 'xyz-baseline', title: 'x/y/z: no policy (all allowed)', members: 'all', sources: [file('builtin/xyz/model.yaml', XYZ_MODEL)], truth: { edits: [] } },
  {
    name: 'xyz-deny-ingress-x',
    title: 'x/y/z: default deny ingress in x',
    members: 'all',
    sources: [
      file('builtin/xyz/model.yaml', XYZ_MODEL),
      file('builtin/xyz/deny-x.yaml', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-ingress, namespace: x}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n'),
    ],
    truth: { edits: [{ from: '*', to: 'x/*', allowed: false }] },
  },
  {
    name: 'xyz-allow-from-ns-y',
    title: 'x/y/z: x/a admits ingress only from namespaces labelled ns=y',
    members: 'all',
    sources: [
      file('builtin/xyz/model.yaml', XYZ_MODEL),
      file(
        'builtin/xyz/from-y.yaml',
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: a-from-y, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - namespaceSelector: {matchLabels: {ns: "y"}}\n',
      ),
    ],
    truth: { edits: [{ from: '*', to: 'x/a', allowed: false }, { from: 'y/*', to: 'x/a', allowed: true }] },
  },
  {
    name: 'xyz-tcp-80-only',
    title: 'x/y/z: x/a admits TCP 80 only (UDP 80, TCP/UDP 81 blocked)',
    members: 'all',
    sources: [
      file('builtin/xyz/model.yaml', XYZ_MODEL),
      file(
        'builtin/xyz/tcp80.yaml',
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: a-tcp-80, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n  policyTypes: [Ingress]\n  ingress:\n    - ports:\n        - {port: 80, protocol: TCP}\n',
      ),
    ],
    // A rule with `ports` admits only those ports: ping (ICMP) to x/a is blocked too.
    truth: { edits: [{ from: '*', to: 'x/a', ports: ['80/UDP', '81/TCP', '81/UDP', 'ICMP'], allowed: false }] },
  },
  {
    name: 'xyz-named-port-and-peer',
    title: 'x/y/z: x/a admits only named port serve-81-udp from pods b in any namespace (namespaceSelector AND podSelector)',
    members: 'all',
    sources: [
      file('builtin/xyz/model.yaml', XYZ_MODEL),
      file(
        'builtin/xyz/named.yaml',
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: a-named-from-b, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - namespaceSelector: {}\n          podSelector: {matchLabels: {pod: b}}\n      ports:\n        - {port: serve-81-udp, protocol: UDP}\n',
      ),
    ],
    truth: { edits: [{ from: '*', to: 'x/a', allowed: false }, { from: '*/b', to: 'x/a', ports: ['81/UDP'], allowed: true }] },
  },
  {
    name: 'xyz-deny-egress-y',
    title: 'x/y/z: default deny egress in y',
    members: 'all',
    sources: [
      file('builtin/xyz/model.yaml', XYZ_MODEL),
      file('builtin/xyz/deny-egress-y.yaml', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-egress, namespace: "y"}\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n'),
    ],
    truth: { edits: [{ from: 'y/*', to: '*', allowed: false }] },
  },
  {
    name: 'calico-order-deny',
    title: 'Calico: a Deny at order 100 wins over an Allow at order 200 (pods b never reach pods a)',
    members: 'all',
    sources: [
      file('builtin/xyz/model.yaml', XYZ_MODEL),
      file(
        'builtin/calico/order.yaml',
        `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-b-to-a}
spec:
  order: 100
  selector: pod == 'a'
  types: [Ingress]
  ingress:
    - action: Deny
      source: {selector: pod == 'b'}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: allow-to-a}
spec:
  order: 200
  selector: pod == 'a'
  types: [Ingress]
  ingress:
    - action: Allow
`,
      ),
    ],
    truth: { edits: [{ from: '*/b', to: '*/a', allowed: false }] },
  },
  {
    name: 'calico-tier-pass',
    title: 'Calico: a tier that Passes pods c and denies the rest for namespace x; the default tier has nothing for x (profile allows)',
    members: 'all',
    sources: [
      file('builtin/xyz/model.yaml', XYZ_MODEL),
      file(
        'builtin/calico/pass.yaml',
        `apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: security}
spec: {order: 100}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: security.guard-x}
spec:
  tier: security
  order: 10
  selector: projectcalico.org/namespace == 'x'
  types: [Ingress]
  ingress:
    - action: Pass
      source: {selector: pod == 'c', namespaceSelector: all()}
    - action: Deny
`,
      ),
    ],
    truth: { edits: [{ from: '*', to: 'x/*', allowed: false }, { from: '*/c', to: 'x/*', allowed: true }] },
  },
  {
    name: 'calico-and-k8s-order',
    title: 'Calico: a namespaced Deny (order 500) before a Kubernetes allow-all egress (order 1000) in y',
    members: 'all',
    sources: [
      file('builtin/xyz/model.yaml', XYZ_MODEL),
      file(
        'builtin/calico/mixed.yaml',
        `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: no-egress-to-a, namespace: "y"}
spec:
  order: 500
  selector: all()
  types: [Egress]
  egress:
    - action: Deny
      destination: {selector: pod == 'a', namespaceSelector: all()}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-all-egress, namespace: "y"}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - {}
`,
      ),
    ],
    truth: { edits: [{ from: 'y/*', to: '*/a', allowed: false }] },
  },
  // ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2, kubernetes-sigs/network-policy-api
  // v0.2.0; its CRD ships in Calico v3.32's manifests): Admin policies decide before NetworkPolicy
  // in priority order (Accept and Deny decide, no match passes on), Baseline ones only for pods no
  // NetworkPolicy selects; a rule without `protocols` matches all traffic, ping included.
  {
    name: 'cluster-policy-tiers',
    title: 'ClusterNetworkPolicy: Admin denies y to x on 80/TCP (priority 10) and accepts the rest from y (20), even to x/a, which a NetworkPolicy isolates; Baseline denies x to z',
    members: 'all',
    sources: [
      file('builtin/xyz/model.yaml', XYZ_MODEL),
      file(
        'builtin/cluster-policy/tiers.yaml',
        `apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: deny-y-to-x-80}
spec:
  tier: Admin
  priority: 10
  subject: {namespaces: {matchLabels: {ns: "x"}}}
  ingress:
    - action: Deny
      from: [{namespaces: {matchLabels: {ns: "y"}}}]
      protocols: [{tcp: {destinationPort: {number: 80}}}]
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: accept-y-to-x}
spec:
  tier: Admin
  priority: 20
  subject: {namespaces: {matchLabels: {ns: "x"}}}
  ingress:
    - action: Accept
      from: [{namespaces: {matchLabels: {ns: "y"}}}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: isolate-a, namespace: "x"}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Ingress]
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: baseline-z}
spec:
  tier: Baseline
  priority: 0
  subject: {namespaces: {matchLabels: {ns: "z"}}}
  ingress:
    - action: Deny
      from: [{namespaces: {matchLabels: {ns: "x"}}}]
`,
      ),
    ],
    truth: {
      edits: [
        { from: '*', to: 'x/a', allowed: false },
        { from: 'y/*', to: 'x/*', allowed: true },
        { from: 'y/*', to: 'x/*', ports: ['80/TCP'], allowed: false },
        { from: 'x/*', to: 'z/*', allowed: false },
      ],
    },
  },
  // A Service's port is not what policy sees: kube-proxy sends web:80 to a pod's targetPort
  // (8080, named http), so a policy admitting port 80 admits nothing through the Service, while
  // one admitting the target port (api's 9000) does. Probed through each Service's ClusterIP
  // (services.ts) as well as pod to pod; `netpol/service-port-not-pod-port` is the lint rule.
  {
    name: 'service-target-port',
    title: "Services: web's policy admits the Service port 80, its pods listen on 8080 (blocked through the Service); api's admits the target port 9000 (allowed)",
    members: 'all',
    sources: [
      file(
        'builtin/services/model.yaml',
        `apiVersion: v1
kind: Namespace
metadata:
  name: svc-demo
  labels: {purpose: services}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: svc-demo, labels: {app: client}}
spec:
  containers:
    - {name: app, image: registry.example/client:1}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: svc-demo, labels: {app: web}}
spec:
  containers:
    - name: app
      image: registry.example/web:1
      ports: [{name: http, containerPort: 8080, protocol: TCP}]
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: svc-demo, labels: {app: api}}
spec:
  containers:
    - name: app
      image: registry.example/api:1
      ports: [{containerPort: 9000, protocol: TCP}]
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: svc-demo}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: svc-demo}
spec:
  selector: {app: api}
  ports: [{port: 80, targetPort: 9000}]
`,
      ),
      file(
        'builtin/services/policies.yaml',
        `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-from-client, namespace: svc-demo}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
  ingress:
    - from: [{podSelector: {matchLabels: {app: client}}}]
      ports: [{port: 80}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-client, namespace: svc-demo}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Ingress]
  ingress:
    - from: [{podSelector: {matchLabels: {app: client}}}]
      ports: [{port: 9000}]
`,
      ),
    ],
    truth: {
      edits: [
        { from: '*', to: 'svc-demo/web', allowed: false },
        { from: '*', to: 'svc-demo/api', allowed: false },
        { from: 'svc-demo/client', to: 'svc-demo/api', ports: ['9000/TCP'], allowed: true },
        { from: '*', to: 'svc:svc-demo/web', allowed: false },
        { from: '*', to: 'svc:svc-demo/api', allowed: false },
        { from: 'svc-demo/client', to: 'svc:svc-demo/api', ports: ['80/TCP'], allowed: true },
      ],
    },
  },
];

export const BUILTIN_NAMES = BUILTIN_SUITE.map((s) => s.name);
export const ALL_XYZ_PODS = ALL_XYZ;

/** `builtin` (every scenario) or comma-separated scenario names. */
export function selectSuite(names: string[]): Scenario[] {
  return selectNamed(BUILTIN_SUITE, names, 'builtin', 'suite');
}
