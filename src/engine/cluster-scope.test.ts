import { describe, expect, it } from 'vitest';
import { clusterPartitions } from './cluster-scope.js';
import { loadSources } from './load.js';
import { DEFAULT_LOAD_LIMITS } from './load.js';
import { defineRule } from './rule.js';
import { lint } from './run.js';
import type { Resource } from './types.js';

const pool = (name: string, cidr = '10.244.0.0/16') => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: {cidr: ${cidr}}\n`;
const kindCluster = 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes: [{role: control-plane}]\n';

function resources(files: Record<string, string>): Resource[] {
  return loadSources(
    Object.entries(files).map(([path, content]) => ({ path, content })),
    DEFAULT_LOAD_LIMITS,
  ).resources;
}

/** Each partition as `scope: member names | compared-with names`, and the shared names. */
function describeSplit(files: Record<string, string>): string[] | null {
  const split = clusterPartitions(resources(files));
  if (split === null) return null;
  const names = (rs: readonly Resource[]) => rs.map((r) => r.name).join(',');
  return [...split.partitions.map((p) => `${p.scope}: ${names(p.members)} | ${names(p.resources)}`), `shared: ${names(split.shared)}`];
}

describe('clusterPartitions', () => {
  it('splits clusters/, environments/, envs/ and overlays/ subfolders, each compared with the shared objects', () => {
    expect(
      describeSplit({
        'base/pool.yaml': pool('base'),
        'clusters/prod/calico/pools.yaml': pool('prod'),
        'clusters/staging/pools.yaml': pool('staging'),
        'clusters/common.yaml': pool('common'),
      }),
    ).toEqual(['env prod: prod | base,prod,common', 'env staging: staging | base,staging,common', 'shared: base,common']);
    expect(describeSplit({ 'deploy/overlays/dev/a.yaml': pool('dev'), 'deploy/Overlays/prod/a.yaml': pool('prod') })).toEqual(['env dev: dev | dev', 'env prod: prod | prod', 'shared: ']);
    expect(describeSplit({ 'envs/a/x.yaml': pool('a'), 'environments/b/x.yaml': pool('b') })).toEqual(['env a: a | a', 'env b: b | b', 'shared: ']);
  });

  it('makes each folder below a folder of test inputs (testdata/, mock_data/, fixtures/) a case of its own, before any other split', () => {
    expect(
      describeSplit({
        'confd/tests/mock_data/calicoctl/bgp/input.yaml': pool('bgp', '10.10.0.0/24'),
        'confd/tests/mock_data/calicoctl/mesh/input.yaml': pool('mesh', '10.10.0.0/24'),
        'confd/tests/mock_data/calicoctl/mesh/more.yaml': pool('mesh2', '10.11.0.0/24'),
        'pkg/testdata/clusters/prod/a.yaml': pool('td-prod'),
        'pkg/testdata/b.yaml': pool('td-top'),
        'manifests/pool.yaml': pool('real'),
      }),
    ).toEqual([
      'case confd/tests/mock_data/calicoctl/bgp: bgp | bgp,real',
      'case confd/tests/mock_data/calicoctl/mesh: mesh,mesh2 | mesh,mesh2,real',
      'case pkg/testdata/clusters/prod: td-prod | td-prod,real',
      'case pkg/testdata: td-top | td-top,real',
      'shared: real',
    ]);
    // A folder named like one elsewhere than above the file is no test input.
    expect(describeSplit({ 'mock_data.yaml': pool('a'), 'src/fixturesx/b.yaml': pool('b') })).toBeNull();
  });

  it('names a cluster by its folder: per-app overlays of one environment and clusters/<name> are one cluster; the innermost such folder counts', () => {
    expect(
      describeSplit({
        'apps/web/overlays/prod/a.yaml': pool('web-prod'),
        'apps/db/overlays/prod/a.yaml': pool('db-prod'),
        'apps/web/overlays/dev/a.yaml': pool('web-dev'),
        'clusters/prod/flux.yaml': pool('prod-flux'),
        'apps/web/base/a.yaml': pool('web-base'),
      }),
    ).toEqual(['env prod: web-prod,db-prod,prod-flux | web-prod,db-prod,prod-flux,web-base', 'env dev: web-dev | web-dev,web-base', 'shared: web-base']);
    // A folder named envs above the repository (an absolute path) does not merge the clusters inside.
    expect(describeSplit({ '/home/me/envs/repo/clusters/a/x.yaml': pool('a'), '/home/me/envs/repo/clusters/b/x.yaml': pool('b') })).toEqual(['env a: a | a', 'env b: b | b', 'shared: ']);
  });

  it('splits by the folders of kind or kubeadm cluster configs when there are two or more, each with its subfolders', () => {
    expect(
      describeSplit({
        'labs/ipip/kind.yaml': kindCluster,
        'labs/ipip/calico/pool.yaml': pool('ipip'),
        'labs/vxlan/cluster.yaml': 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking: {podSubnet: 10.244.0.0/16}\n',
        'labs/vxlan/pool.yaml': pool('vxlan'),
        'README-pool.yaml': pool('top'),
      }),
    ).toEqual(['folder labs/ipip: ,ipip | ,ipip,top', 'folder labs/vxlan: ,vxlan | ,vxlan,top', 'shared: top']);
  });

  it('splits by the folders of a network plugin\'s install written in several folders (a lab repository)', () => {
    const calicoNode = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: calico-node, namespace: kube-system}\nspec: {template: {spec: {containers: [{name: calico-node}]}}}\n';
    expect(
      describeSplit({
        'calico/1-ipip/calico.yaml': `${calicoNode}---\n${pool('ipip')}`,
        'calico/3-vxlan/calico.yaml': `${calicoNode}---\n${pool('vxlan')}`,
        'calico/3-vxlan/datapath/pool.yaml': pool('vxlan-extra'),
        'canal/canal.yaml': `${calicoNode.replace('calico-node', 'canal')}---\n${pool('canal')}`,
        'notes/pool.yaml': pool('notes'),
      }),
    ).toEqual([
      'folder calico/1-ipip: calico-node,ipip | calico-node,ipip,notes',
      'folder calico/3-vxlan: calico-node,vxlan,vxlan-extra | calico-node,vxlan,vxlan-extra,notes',
      'folder canal: canal,canal | canal,canal,notes',
      'shared: notes',
    ]);
    // Each install once (Calico, and flannel beside it for Multus): one cluster.
    expect(describeSplit({ 'calico/calico.yaml': calicoNode, 'flannel/kube-flannel.yaml': calicoNode.replace('calico-node', 'kube-flannel-ds'), 'calico/pools/a.yaml': pool('a') })).toBeNull();
    // Older manifests' per-architecture DaemonSets are the install too (Multus' kube-multus-ds-amd64 in two labs).
    const multus = (arch: string) => calicoNode.replace('calico-node', `kube-multus-ds-${arch}`);
    expect(
      describeSplit({
        'multus-calico/multus.yml': multus('amd64'),
        'multus-calico/multus-crio.yml': multus('amd64'),
        'multus-calico/calico.yml': pool('calico'),
        'multus-whereabouts/multus.yml': `${multus('amd64')}---\n${multus('arm64')}`,
        'multus-whereabouts/nad.yml': pool('whereabouts'),
      }),
    ).toEqual([
      'folder multus-calico: kube-multus-ds-amd64,kube-multus-ds-amd64,calico | kube-multus-ds-amd64,kube-multus-ds-amd64,calico',
      'folder multus-whereabouts: kube-multus-ds-amd64,kube-multus-ds-arm64,whereabouts | kube-multus-ds-amd64,kube-multus-ds-arm64,whereabouts',
      'shared: ',
    ]);
  });

  it('makes each of several kind configs in one folder a cluster of its own (karmada\'s member1.yaml, member2.yaml)', () => {
    const kind = (podSubnet: string) => `${kindCluster}networking: {podSubnet: ${podSubnet}}\n`;
    expect(describeSplit({ 'kind/member1.yaml': kind('10.10.0.0/16'), 'kind/member2.yaml': kind('10.11.0.0/16'), 'kind/pool.yaml': pool('shared') })).toEqual([
      'file kind/member1.yaml:  | ,shared',
      'file kind/member2.yaml:  | ,shared',
      'shared: shared',
    ]);
  });

  it('splits a home-ops repository by its Flux bootstraps: each cluster is the folder below the one the bootstraps share', () => {
    const flux = 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata: {name: flux-system, namespace: flux-system}\nspec: {url: https://example.com/repo}\n';
    expect(
      describeSplit({
        'kubernetes/main/flux/config/flux.yaml': flux,
        'kubernetes/main/apps/calico/pool.yaml': pool('main'),
        'kubernetes/edge/flux/config/flux.yaml': flux,
        'kubernetes/edge/apps/calico/pool.yaml': pool('edge'),
        'kubernetes/components/pool.yaml': pool('component'),
      }),
    ).toEqual([
      'folder kubernetes/main: flux-system,main | flux-system,main,component',
      'folder kubernetes/edge: flux-system,edge | flux-system,edge,component',
      'shared: component',
    ]);
  });

  it('is one cluster when fewer than two clusters show (one kind config; a clusters/ folder with one cluster; component folders)', () => {
    expect(describeSplit({ 'kind.yaml': kindCluster, 'calico/pool.yaml': pool('a'), 'flannel/pool.yaml': pool('b') })).toBeNull();
    expect(describeSplit({ 'clusters/prod/a.yaml': pool('a'), 'base/b.yaml': pool('b') })).toBeNull();
    // `cluster/` (singular) holds a cluster's components, not clusters.
    expect(describeSplit({ 'cluster/calico/a.yaml': pool('a'), 'cluster/flannel/b.yaml': pool('b') })).toBeNull();
  });
});

describe('lint() of an input of several clusters', () => {
  /** Reports every pool whose CIDR another pool of the model also holds. */
  const sameCidr = defineRule({
    meta: { id: 'test/same-cidr', description: 'Pools that share a CIDR.', severity: 'error', remediation: 'None.', kinds: ['calico/IPPool'], messages: { twice: '{{name}} shares its cidr with {{other}}' } },
    check(resource, ctx) {
      const cidr = (resource.value.spec as { cidr?: string }).cidr;
      const others = ctx.model.byKind('calico/IPPool').filter((p) => p !== resource && (p.value.spec as { cidr?: string }).cidr === cidr);
      for (const o of others) ctx.report({ path: ['spec', 'cidr'], messageId: 'twice', data: { name: resource.name, other: o.name } });
    },
  });
  const run = (files: Record<string, string>) =>
    lint({ files: Object.entries(files).map(([path, content]) => ({ path, content })), rules: [sameCidr] }).findings.map((f) => `${f.file} ${f.message}`);

  it('compares a cluster\'s objects with its own and the shared ones; the shared ones with everything', () => {
    expect(
      run({
        'clusters/prod/pools.yaml': pool('prod'),
        'clusters/staging/pools.yaml': pool('staging'),
        'base/pool.yaml': pool('base', '10.96.0.0/12'),
        'clusters/prod/svc.yaml': pool('prod-svc', '10.96.0.0/12'),
      }),
    ).toEqual(['base/pool.yaml base shares its cidr with prod-svc', 'clusters/prod/svc.yaml prod-svc shares its cidr with base']);
  });

  it('compares a test case with its own objects and the shared ones, and the shared ones with no test case', () => {
    expect(
      run({
        'confd/testdata/a/input.yaml': pool('case-a', '10.96.0.0/12'),
        'confd/testdata/b/input.yaml': pool('case-b', '10.96.0.0/12'),
        'manifests/pool.yaml': pool('real', '10.96.0.0/12'),
      }),
    ).toEqual(['confd/testdata/a/input.yaml case-a shares its cidr with real', 'confd/testdata/b/input.yaml case-b shares its cidr with real']);
  });

  it('compares everything in an input of one cluster', () => {
    expect(run({ 'prod/pools.yaml': pool('prod'), 'staging/pools.yaml': pool('staging') })).toEqual(['prod/pools.yaml prod shares its cidr with staging', 'staging/pools.yaml staging shares its cidr with prod']);
  });
});
