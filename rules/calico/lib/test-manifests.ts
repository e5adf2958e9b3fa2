/**
 * Manifest builders for the Calico rule tests. `calicoNode(env)` writes the calico-node DaemonSet
 * with one env entry per key, in order: entry k's `value` is on line 12 + 2k, column 22 (the quote).
 */
export function calicoNode(env: Record<string, string>, extra = ''): string {
  const entries = Object.entries(env)
    .map(([name, value]) => `            - name: ${name}\n              value: ${JSON.stringify(value)}`)
    .join('\n');
  return `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: calico-node, namespace: kube-system }
spec:
  template:
    spec:
      containers:
        - name: calico-node
          image: quay.io/calico/node:v3.32.1
          env:
${entries}
${extra}`;
}

/** The line of env entry `k`'s value in `calicoNode`. */
export const envLine = (k: number): number => 12 + 2 * k;

/**
 * The official manifest's MTU wiring: `calico-config` with `veth_mtu` (line 6, column 13) and a
 * calico-node DaemonSet whose FELIX_IPINIPMTU and FELIX_VXLANMTU come from it, plus `env` extra
 * literal entries (entry k's value on line 30 + 2k, column 22).
 */
export function mtuManifest(vethMtu: string, env: Record<string, string>): string {
  const extra = Object.entries(env)
    .map(([name, value]) => `            - name: ${name}\n              value: ${JSON.stringify(value)}`)
    .join('\n');
  return `apiVersion: v1
kind: ConfigMap
metadata: { name: calico-config, namespace: kube-system }
data:
  calico_backend: "bird"
  veth_mtu: ${JSON.stringify(vethMtu)}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: calico-node, namespace: kube-system }
spec:
  template:
    spec:
      containers:
        - name: calico-node
          image: quay.io/calico/node:v3.32.1
          env:
            - name: FELIX_IPINIPMTU
              valueFrom:
                configMapKeyRef:
                  name: calico-config
                  key: veth_mtu
            - name: FELIX_VXLANMTU
              valueFrom:
                configMapKeyRef:
                  name: calico-config
                  key: veth_mtu
            - name: DATASTORE_TYPE
              value: "kubernetes"
${extra}
`;
}

/** A Kubernetes Node with labels and annotations written in block style (labels from line 5). */
export function k8sNode(name: string, labels: Record<string, string> = {}, annotations: Record<string, string> = {}): string {
  const map = (m: Record<string, string>) =>
    Object.entries(m)
      .map(([k, v]) => `\n    ${k}: ${JSON.stringify(v)}`)
      .join('');
  return `apiVersion: v1
kind: Node
metadata:
  name: ${name}
  labels:${Object.keys(labels).length ? map(labels) : ' {}'}
  annotations:${Object.keys(annotations).length ? map(annotations) : ' {}'}
`;
}

export const RR_PEER = `apiVersion: projectcalico.org/v3
kind: BGPPeer
metadata: { name: peer-with-route-reflectors }
spec:
  nodeSelector: all()
  peerSelector: route-reflector == 'true'
`;

export const MESH_OFF = `apiVersion: projectcalico.org/v3
kind: BGPConfiguration
metadata: { name: default }
spec:
  logSeverityScreen: Info
  nodeToNodeMeshEnabled: false
  asNumber: 64512
`;

/** A Deployment whose pod template carries `annotations` (the first one on line 10, value at column 38 + key length − 30). */
export function deployment(name: string, replicas: number, annotations: Record<string, string>): string {
  const ann = Object.entries(annotations)
    .map(([k, v]) => `        ${k}: '${v}'`)
    .join('\n');
  return `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: default }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata:
      labels: { app: ${name} }
      annotations:
${ann}
    spec:
      containers:
        - { name: app, image: nginx:1.27 }
`;
}

export const POOLS = `apiVersion: projectcalico.org/v3
kind: IPPool
metadata: { name: default-ipv4-ippool }
spec: { cidr: 10.244.0.0/16, natOutgoing: true }
---
apiVersion: projectcalico.org/v3
kind: IPPool
metadata: { name: fixed-ips }
spec: { cidr: 10.250.0.0/24, natOutgoing: true, nodeSelector: "!all()" }
---
apiVersion: projectcalico.org/v3
kind: IPPool
metadata: { name: old-pool }
spec: { cidr: 10.251.0.0/24, disabled: true }
`;

/**
 * A projectcalico.org/v3 object with a block `spec` (each line of `spec` indented by two), so a
 * spec line k (0-based) sits on line 5 + k.
 */
export function calicoResource(kind: string, spec: string, metadata = '{ name: default }'): string {
  return `apiVersion: projectcalico.org/v3\nkind: ${kind}\nmetadata: ${metadata}\nspec:\n${spec.replace(/^/gm, '  ')}\n`;
}

/** A Calico policy with one rule in `dir`; the rule's first line is line 6, column 7, and later lines start at column 7. */
export function calicoPolicy(kind: string, dir: 'ingress' | 'egress', rule: string): string {
  const metadata = kind === 'NetworkPolicy' || kind === 'StagedNetworkPolicy' ? '{ name: p, namespace: x }' : '{ name: g }';
  return calicoResource(kind, `${dir}:\n  - ${rule.replace(/\n/g, '\n    ')}`, metadata);
}
