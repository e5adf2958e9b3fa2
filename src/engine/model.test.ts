import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadSources } from './load.js';
import { buildModel, lastOnly } from './model.js';

const model = (text: string, config = {}) => buildModel(loadSources([{ path: 'm.yaml', content: text }]).resources, config);

describe('cluster facts', () => {
  it('reads pod and service CIDRs from kind (with its defaults), kubeadm and controller flags', () => {
    const kind = model('kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnetworking: { podSubnet: 10.244.0.0/16 }\n').facts;
    expect(kind.podCIDRs.map((c) => c.cidr)).toEqual(['10.244.0.0/16']);
    expect(kind.serviceCIDRs.map((c) => `${c.cidr} ${c.source.what}`)).toEqual(['10.96.0.0/16 kind Cluster default serviceSubnet']);
    const kubeadm = model('apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking: { podSubnet: "10.1.0.0/16,fd00::/56" }\n').facts;
    expect(kubeadm.podCIDRs.map((c) => c.cidr)).toEqual(['10.1.0.0/16', 'fd00::/56']);
    expect(kubeadm.serviceCIDRs.map((c) => c.cidr)).toEqual(['10.96.0.0/12']);
    const flags = model('apiVersion: v1\nkind: Pod\nmetadata: { name: kube-controller-manager, namespace: kube-system }\nspec:\n  containers:\n  - name: c\n    command: [kube-controller-manager, --cluster-cidr=192.168.0.0/16]\n').facts;
    expect(flags.podCIDRs.map((c) => `${c.cidr} ${c.source.what}`)).toEqual(['192.168.0.0/16 Pod kube-controller-manager flag --cluster-cidr']);
    expect(model('', { podCIDR: '10.0.0.0/8' }).facts.podCIDRs.map((c) => c.source.file)).toEqual(['.netlint.yaml']);
  });

  it("gives a kind cluster its ipFamily's default subnets (kind v0.32.0 v1alpha4 default.go), an empty subnet too", () => {
    const facts = (networking: string) => model(`kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnetworking: ${networking}\n`).facts;
    const ipv6 = facts('{ ipFamily: ipv6 }');
    expect([...ipv6.podCIDRs, ...ipv6.serviceCIDRs].map((c) => `${c.cidr} ${c.source.what}`)).toEqual(['fd00:10:244::/56 kind Cluster default podSubnet', 'fd00:10:96::/112 kind Cluster default serviceSubnet']);
    const dual = facts('{ ipFamily: dual, serviceSubnet: "" }');
    expect(dual.podCIDRs.map((c) => c.cidr)).toEqual(['10.244.0.0/16', 'fd00:10:244::/56']);
    expect(dual.serviceCIDRs.map((c) => c.cidr)).toEqual(['10.96.0.0/16', 'fd00:10:96::/112']);
    // A family kind refuses (cluster/kind-networking) is read as kind's ipv4 default here.
    expect(facts('{ ipFamily: ds }').podCIDRs.map((c) => c.cidr)).toEqual(['10.244.0.0/16']);
  });

  it('names kind nodes as kind does and treats a kind config as a complete inventory', () => {
    const facts = model('kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nname: lab\nnodes:\n- role: control-plane\n- role: worker\n  labels: { rack: r0 }\n- role: worker\n  labels: { rack: r1 }\n').facts;
    // Besides their own labels, the kubelet's hostname and OS labels, and kubeadm's on the control plane.
    const os = '"kubernetes.io/os":"linux","beta.kubernetes.io/os":"linux"';
    expect(facts.nodes.map((n) => `${n.name} ${JSON.stringify(n.labels)}`)).toEqual([
      `lab-control-plane {"kubernetes.io/hostname":"lab-control-plane",${os},"node-role.kubernetes.io/control-plane":"","node.kubernetes.io/exclude-from-external-load-balancers":""}`,
      `lab-worker {"kubernetes.io/hostname":"lab-worker",${os},"rack":"r0"}`,
      `lab-worker2 {"kubernetes.io/hostname":"lab-worker2",${os},"rack":"r1"}`,
    ]);
    expect(facts.nodesKnown).toBe(true);
    expect(facts.nodeCount).toBe(3);
  });

  it("gives kind nodes the --node-labels of kubeadm patches of their kubeadm kind (init on the first control plane, join elsewhere)", () => {
    const text = [
      'kind: Cluster',
      'apiVersion: kind.x-k8s.io/v1alpha4',
      'kubeadmConfigPatches:',
      '- |',
      '  kind: JoinConfiguration',
      '  nodeRegistration:',
      '    kubeletExtraArgs:',
      '      node-labels: "pool=joined"',
      'nodes:',
      '- role: control-plane',
      '  kubeadmConfigPatches:',
      '  - |',
      '    kind: InitConfiguration',
      '    nodeRegistration:',
      '      kubeletExtraArgs:',
      '        node-labels: "vlan=10,tier=cp"',
      '- role: worker',
      '  kubeadmConfigPatches:',
      '  - |',
      '    apiVersion: kubeadm.k8s.io/v1beta4',
      '    kind: JoinConfiguration',
      '    nodeRegistration:',
      '      kubeletExtraArgs:',
      '      - { name: node-labels, value: "vlan=20" }',
      '- role: worker',
      '  kubeadmConfigPatches:',
      '  - |',
      '    kind: InitConfiguration',
      '    nodeRegistration: { kubeletExtraArgs: { node-labels: "never=applied" } }',
      '',
    ].join('\n');
    const labels = Object.fromEntries(model(text).facts.nodes.map((n) => [n.name, Object.fromEntries(Object.entries(n.labels).filter(([k]) => !k.includes('kubernetes.io')))]));
    expect(labels).toEqual({ 'kind-control-plane': { vlan: '10', tier: 'cp' }, 'kind-worker': { pool: 'joined', vlan: '20' }, 'kind-worker2': { pool: 'joined' } });
  });

  it('does not take Calico Node objects alone for a complete inventory', () => {
    const calicoOnly = model('apiVersion: projectcalico.org/v3\nkind: Node\nmetadata: { name: rr-0, labels: { route-reflector: "true" } }\nspec: { bgp: { ipv4Address: 10.0.0.1/24 } }\n').facts;
    expect(calicoOnly.nodes.map((n) => n.name)).toEqual(['rr-0']);
    expect(calicoOnly.nodesKnown).toBe(false);
    expect(calicoOnly.nodeCount).toBeNull();
    const withNode = model('apiVersion: v1\nkind: Node\nmetadata: { name: n1, labels: { zone: a } }\n').facts;
    expect(withNode.nodesKnown).toBe(true);
    expect(model('', { nodes: [{ name: 'n1' }] }).facts.nodesKnown).toBe(true);
  });
});

describe('lastOnly', () => {
  it('computes once for the same object asked again, and anew after another object', () => {
    const calls: string[] = [];
    const view = lastOnly((o: { name: string }, suffix: string) => {
      calls.push(o.name);
      return { text: o.name + suffix };
    });
    const a = { name: 'a' };
    const b = { name: 'b' };
    const first = view(a, '!');
    expect(view(a, '!')).toBe(first);
    expect(view(b, '!')).toEqual({ text: 'b!' });
    expect(view(a, '!')).toEqual(first);
    expect(view(a, '!')).not.toBe(first);
    expect(calls).toEqual(['a', 'b', 'a']);
  });

  it('keeps the value for the last object only, even while the earlier objects live on', async () => {
    // V8's gc(), reached through a fresh context once the flag is set (node:v8 setFlagsFromString).
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const view = lastOnly((o: object) => ({ of: o, bulk: new Array(1000).fill(0) }));
    const resources = [{}, {}];
    const firstValue = new WeakRef(view(resources[0]));
    gc();
    expect(firstValue.deref()).not.toBeUndefined();
    view(resources[1]);
    await new Promise((r) => setTimeout(r, 0));
    gc();
    expect(firstValue.deref()).toBeUndefined();
    expect(resources).toHaveLength(2);
  });
});
