import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../test/fixtures/reach/resources.js';
import type { Resource } from '../engine/types.js';
import { chooseCluster, chooseClusterOnSides, clusterOf } from './cluster-option.js';
import { diffCommand } from './diff.js';
import { cliDiffDeps } from './diff-deps.js';
import { BUILTIN_RULES } from '../../rules/index.js';
import { UsageError } from './io.js';
import { reachCommand } from './reach.js';
import { loadReadableResources, type LoadAgain } from './load-resources.js';
import { memoryIo } from './testing/memory-io.js';

const WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, ports: [{containerPort: 80}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: db, namespace: shop}
spec:
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, ports: [{containerPort: 5432}]}]}
`;
/** prod lets only web reach db on 5432; staging opens db to everything. */
const PROD_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}]}]
`;
const STAGING_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress: [{}]
`;

/** A kustomize layout: the workloads in base/, a policy per overlay. */
function layout(files: Record<string, string>): Resource[] {
  return Object.entries(files).flatMap(([file, text]) => yamlToResources(text, file));
}
const OVERLAYS = { 'base/app.yaml': WORKLOADS, 'overlays/prod/np.yaml': PROD_POLICY, 'overlays/staging/np.yaml': STAGING_POLICY };

describe('--cluster', () => {
  it('answers for the cluster named, with the shared objects, and notes nothing', () => {
    const notes: string[] = [];
    const prod = chooseCluster(layout(OVERLAYS), 'prod', (n) => notes.push(n));
    expect(prod.map((r) => `${r.file} ${r.kind}/${r.name}`)).toEqual(['base/app.yaml Deployment/web', 'base/app.yaml Deployment/db', 'overlays/prod/np.yaml NetworkPolicy/db']);
    expect(notes).toEqual([]);
    // A trailing slash and another case name the same folder.
    expect(chooseCluster(layout(OVERLAYS), 'Staging/', () => {}).map((r) => r.file)).toContain('overlays/staging/np.yaml');
  });

  it('without a name answers for all of them and says which clusters met', () => {
    const notes: string[] = [];
    const all = layout(OVERLAYS);
    expect(chooseCluster(all, undefined, (n) => notes.push(n))).toBe(all);
    expect(notes).toEqual(['the input holds 2 clusters (prod, staging), answered here as one: their policies and workloads meet as if applied together; choose one with --cluster NAME']);
  });

  it('is a usage error for a name the input does not hold, naming those it does, and for an input of one cluster', () => {
    expect(() => chooseCluster(layout(OVERLAYS), 'qa', () => {})).toThrow(new UsageError('--cluster qa: no such cluster; the input holds prod, staging'));
    expect(() => chooseCluster(layout({ 'app.yaml': WORKLOADS }), 'prod', () => {})).toThrow(/^--cluster prod: the input is one cluster/);
    expect(() => clusterOf({ cluster: ['prod', 'staging'] })).toThrow(UsageError);
    expect(() => clusterOf({ cluster: [' '] })).toThrow(/--cluster needs a name/);
  });

  it('scopes both sides of a diff: a side without the cluster keeps its shared objects; a name on neither side is an error', () => {
    const base = layout({ 'base/app.yaml': WORKLOADS, 'overlays/prod/np.yaml': PROD_POLICY, 'overlays/dev/np.yaml': STAGING_POLICY });
    const head = layout(OVERLAYS);
    const [b, h] = chooseClusterOnSides([base, head], 'staging', () => {});
    expect(b.map((r) => r.file)).toEqual(['base/app.yaml', 'base/app.yaml']);
    expect(h.map((r) => r.file)).toEqual(['base/app.yaml', 'base/app.yaml', 'overlays/staging/np.yaml']);
    expect(() => chooseClusterOnSides([base, head], 'qa', () => {})).toThrow(new UsageError('--cluster qa: no such cluster on either side; they hold prod, dev, staging'));
  });

  it('netlint reach --cluster prod keeps staging\'s allow-all out of the answer', async () => {
    const load = async () => layout(OVERLAYS);
    const together = memoryIo();
    expect(await reachCommand(['.', '--from', 'shop/web', '--to', 'shop/db'], together, load)).toBe(0);
    // The note ends the report (on stderr too where the report is for a program or a file).
    expect(together.stdoutText).toMatch(/^note: the input holds 2 clusters \(prod, staging\), answered here as one/m);
    expect(together.stderrText).toBe('');
    const json = memoryIo();
    expect(await reachCommand(['.', '--format', 'json'], json, load)).toBe(0);
    expect(JSON.parse(json.stdoutText).notes[0]).toMatch(/^the input holds 2 clusters \(prod, staging\), answered here as one/);
    expect(json.stderrText).toContain('netlint: note: the input holds 2 clusters (prod, staging)');
    // Together, staging's policy admits ping from web; in prod only 5432 is let in.
    expect(together.stdoutText).toContain('shop/web => shop/db : 5432/TCP, ICMP');
    const prodDb = memoryIo();
    expect(await reachCommand(['.', '--cluster', 'prod', '--from', 'shop/web', '--to', 'shop/db'], prodDb, load)).toBe(0);
    expect(prodDb.stdoutText).toContain('shop/web => shop/db : 5432/TCP\n');
    expect(prodDb.stderrText).toBe('');
  });

  it("netlint reach --cluster prod reads a base shared by overlays of different namespaces in prod's", async () => {
    const files = {
      'app/base/kustomization.yaml': 'resources: [web.yaml]\n',
      'app/base/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: w, image: nginx, ports: [{containerPort: 80}]}]}}}\n',
      'app/overlays/prod/kustomization.yaml': 'namespace: shop-prod\nresources: [../../base, deny.yaml]\n',
      'app/overlays/prod/deny.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny}\nspec: {podSelector: {}}\n',
      'app/overlays/dev/kustomization.yaml': 'namespace: shop-dev\nresources: [../../base, allow.yaml]\n',
      'app/overlays/dev/allow.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: allow}\nspec: {podSelector: {}, ingress: [{}]}\n',
    };
    const io = memoryIo(files);
    const load = (paths: string[], again?: LoadAgain) => loadReadableResources(io, paths, {}, undefined, again);
    expect(await reachCommand(['app', '--cluster', 'prod', '--format', 'json'], io, load)).toBe(0);
    const prod = JSON.parse(io.stdoutText);
    // The base's Deployment is prod's shop-prod/web, isolated by prod's deny; dev's objects are not there.
    expect(prod.pods.map((p: { id: string }) => p.id)).toEqual(['shop-prod/web']);
    expect(prod.summary.policies).toBe(1);
    expect(io.stderrText).toBe('');
    // Read together, each overlay has its copy of the base, in its own namespace.
    const together = memoryIo(files);
    expect(await reachCommand(['app', '--format', 'json'], together, (paths, again) => loadReadableResources(together, paths, {}, undefined, again))).toBe(0);
    expect(JSON.parse(together.stdoutText).pods.map((p: { id: string }) => p.id)).toEqual(['shop-dev/web', 'shop-prod/web']);
  });

  it('--cluster keeps to its cluster through nested overlays (clusters/prod building apps/web/overlays/prod), from a relative or an absolute path', async () => {
    const files = {
      'apps/web/base/kustomization.yaml': 'resources: [web.yaml]\n',
      'apps/web/base/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: w, image: nginx}]}}}\n',
      'apps/web/overlays/prod/kustomization.yaml': 'namespace: shop-prod\nresources: [../../base]\n',
      'apps/web/overlays/staging/kustomization.yaml': 'namespace: shop-staging\nresources: [../../base]\n',
      'clusters/prod/kustomization.yaml': 'resources: [../../apps/web/overlays/prod, gnp.yaml]\n',
      'clusters/prod/gnp.yaml': 'apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: deny}\nspec: {selector: all(), types: [Ingress]}\n',
      'clusters/staging/kustomization.yaml': 'resources: [../../apps/web/overlays/staging]\n',
    };
    for (const [where, at] of [['.', {}], ['/work', {}]] as const) {
      for (const [cluster, want] of [['prod', ['shop-prod/web']], ['staging', ['shop-staging/web']]] as const) {
        const io = memoryIo(files, at);
        expect(await reachCommand([where, '--cluster', cluster, '--format', 'json'], io, (paths, again) => loadReadableResources(io, paths, {}, undefined, again)), `${where} ${cluster}`).toBe(0);
        expect(JSON.parse(io.stdoutText).pods.map((p: { id: string }) => p.id), `${where} ${cluster}`).toEqual(want);
      }
    }
  });

  it('an overlay that holds only its kustomization.yaml is a cluster too: --cluster picks it, with the base in its namespace', async () => {
    const files = {
      'base/kustomization.yaml': 'resources: [web.yaml]\n',
      'base/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: w, image: nginx, ports: [{containerPort: 80}]}]}}}\n',
      'overlays/prod/kustomization.yaml': 'namespace: shop-prod\nresources: [../../base, deny.yaml]\n',
      'overlays/prod/deny.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny}\nspec: {podSelector: {}}\n',
      'overlays/staging/kustomization.yaml': 'namespace: shop-staging\nresources: [../../base]\n',
    };
    const io = memoryIo(files);
    const load = (paths: string[], again?: LoadAgain) => loadReadableResources(io, paths, {}, undefined, again);
    expect(await reachCommand(['.', '--cluster', 'staging', '--format', 'json'], io, load)).toBe(0);
    const staging = JSON.parse(io.stdoutText);
    expect(staging.pods.map((p: { id: string }) => p.id)).toEqual(['shop-staging/web']);
    expect(staging.summary.policies).toBe(0);
    const prodIo = memoryIo(files);
    expect(await reachCommand(['.', '--cluster', 'prod', '--format', 'json'], prodIo, (paths, again) => loadReadableResources(prodIo, paths, {}, undefined, again))).toBe(0);
    expect(JSON.parse(prodIo.stdoutText).pods.map((p: { id: string }) => p.id)).toEqual(['shop-prod/web']);
  });

  it("netlint diff --cluster prod reads each side's shared base in prod's namespace", async () => {
    const side = (policy: string) => ({
      'base/kustomization.yaml': 'resources: [web.yaml, client.yaml]\n',
      'base/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: w, image: nginx, ports: [{containerPort: 80}]}]}}}\n',
      'base/client.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: client}\nspec: {template: {metadata: {labels: {app: client}}, spec: {containers: [{name: c, image: curl}]}}}\n',
      'overlays/prod/kustomization.yaml': 'namespace: shop-prod\nresources: [../../base, np.yaml]\n',
      'overlays/prod/np.yaml': policy,
      'overlays/dev/kustomization.yaml': 'namespace: shop-dev\nresources: [../../base]\n',
      'overlays/dev/keep.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: keep}\n',
    });
    const deny = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\nspec: {podSelector: {}}\n';
    const allow = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\nspec: {podSelector: {}, ingress: [{}]}\n';
    const files = Object.fromEntries([...Object.entries(side(deny)).map(([f, t]) => [`a/${f}`, t]), ...Object.entries(side(allow)).map(([f, t]) => [`b/${f}`, t])]);
    const io = memoryIo(files);
    expect(await diffCommand(['a', 'b', '--cluster', 'prod', '--format', 'json'], io, cliDiffDeps(io, BUILTIN_RULES))).toBe(0);
    const out = JSON.parse(io.stdoutText);
    // The policy change opens ingress to prod's web, named in prod's namespace.
    expect(out.opened.length).toBeGreaterThan(0);
    expect(JSON.stringify(out.opened)).toContain('shop-prod/web');
    expect(JSON.stringify(out.opened)).not.toContain('default/');
  });

  it("netlint diff --cluster prod leaves out the findings of another cluster's copy of a shared base", async () => {
    const base = {
      'base/kustomization.yaml': 'resources: [web.yaml]\n',
      'base/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: w, image: nginx}]}}}\n',
      'overlays/prod/kustomization.yaml': 'namespace: shop-prod\nresources: [../../base, deny.yaml]\n',
      'overlays/prod/deny.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny}\nspec: {podSelector: {}}\n',
    };
    // The change adds a staging overlay of the same base, with no policy: prod is untouched.
    const staging = { 'overlays/staging/kustomization.yaml': 'namespace: shop-staging\nresources: [../../base]\n' };
    const files = Object.fromEntries([...Object.entries(base).map(([f, t]) => [`before/${f}`, t]), ...Object.entries({ ...base, ...staging }).map(([f, t]) => [`after/${f}`, t])]);
    const io = memoryIo(files);
    expect(await diffCommand(['before', 'after', '--cluster', 'prod', '--format', 'json'], io, cliDiffDeps(io, BUILTIN_RULES))).toBe(0);
    const out = JSON.parse(io.stdoutText);
    expect([out.opened, out.closed, out.findings]).toEqual([[], [], { added: [], removed: [] }]);
    // Staging's own answer has its finding.
    const io2 = memoryIo(files);
    expect(await diffCommand(['before', 'after', '--cluster', 'staging', '--format', 'json'], io2, cliDiffDeps(io2, BUILTIN_RULES))).toBe(0);
    expect(JSON.parse(io2.stdoutText).findings.added.map((f: { message: string }) => f.message)).toEqual([expect.stringMatching(/^namespace shop-staging has 1 workload but no default-deny/)]);
  });

  it('netlint diff --cluster compares one cluster on each side', async () => {
    const sides: Record<string, Resource[]> = {
      base: layout({ 'base/app.yaml': WORKLOADS, 'overlays/prod/np.yaml': PROD_POLICY, 'overlays/staging/np.yaml': PROD_POLICY }),
      head: layout(OVERLAYS),
    };
    const io = memoryIo({ 'base/.keep': '', 'head/.keep': '' });
    const deps = { load: async (_paths: string[], root: string) => sides[root.split('/').pop()!] };
    expect(await diffCommand(['base', 'head', '--cluster', 'prod', '--format', 'json'], io, deps)).toBe(0);
    const prod = JSON.parse(io.stdoutText);
    expect(prod.opened.length + prod.closed.length).toBe(0);
    const staging = memoryIo({ 'base/.keep': '', 'head/.keep': '' });
    expect(await diffCommand(['base', 'head', '--cluster', 'staging', '--format', 'json'], staging, deps)).toBe(0);
    expect(JSON.parse(staging.stdoutText).opened.length).toBeGreaterThan(0);
    // Without --cluster, both sides answered as one: the diff says so first among its notes.
    const together = memoryIo({ 'base/.keep': '', 'head/.keep': '' });
    expect(await diffCommand(['base', 'head', '--format', 'json'], together, deps)).toBe(0);
    expect(JSON.parse(together.stdoutText).notes[0]).toMatch(/the input holds 2 clusters \(prod, staging\)/);
  });
});
