/**
 * An object's apiVersion must be one the API serves its kind in. kubectl maps group, version and
 * kind to a resource before it sends anything and refuses the object otherwise (`no matches for
 * kind "NetworkPolicy" in version "extensions/v1beta1"`), so a policy written for a removed beta
 * API, or under the wrong group, never reaches the cluster while every other tool reads it as if
 * it did. The versions come from the Kubernetes deprecated API migration guide, Calico's,
 * Multus' and network-policy-api's CRDs (lib/served-api-versions.ts), and any
 * CustomResourceDefinition in the input.
 */
import { derived } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { compareReleases, minorOf } from '../../src/engine/kubernetes-release.js';
import type { Resource } from '../../src/engine/types.js';
import { isObject, objectItems } from '../../src/engine/values.js';
import { CALICO_ONLY_KINDS, CALICO_VERSIONS, EXTENSIONS_REMOVED, SERVED_KINDS, type ServedKinds } from './lib/served-api-versions.js';

/** `group/kind` → its row. */
const ROWS = new Map<string, ServedKinds>(SERVED_KINDS.flatMap((row) => row.kinds.map((kind) => [`${row.group}/${kind}`, row] as const)));
/** kind → the rows serving it (a kind may be served by several groups). */
const ROWS_BY_KIND = new Map<string, ServedKinds[]>();
for (const row of SERVED_KINDS) for (const kind of row.kinds) ROWS_BY_KIND.set(kind, [...(ROWS_BY_KIND.get(kind) ?? []), row]);
/** Groups whose every kind is known here, so a kind of another group written under one of them is a mistake. */
const KNOWN_GROUPS = new Set([...SERVED_KINDS.filter((r) => !['k8s.cni.cncf.io', 'operator.tigera.io', 'kubeadm.k8s.io'].includes(r.group)).map((r) => r.group), 'extensions']);

const apiVersionOf = (group: string, version: string) => (group === '' ? version : `${group}/${version}`);
const servedText = (row: ServedKinds) => row.served.map((v) => apiVersionOf(row.group, v)).join(' or ');
/** A Kubernetes version name: v1, v2beta1, v1alpha3. */
const VERSION = /^v\d+(?:(?:alpha|beta)\d+)?$/;

interface CrdServed {
  crd: string;
  versions: string[];
}

/** The CustomResourceDefinitions of the input: `group/kind` → the versions they serve. */
const inputCrds = derived('cluster/api-version-crds', (m) => {
  const out = new Map<string, CrdServed>();
  for (const crd of m.byKind('apiextensions.k8s.io/CustomResourceDefinition')) {
    const spec = crd.value.spec;
    if (!isObject(spec) || typeof spec.group !== 'string' || !isObject(spec.names) || typeof spec.names.kind !== 'string') continue;
    const versions = objectItems(spec.versions)
      .filter(([, v]) => v.served !== false && typeof v.name === 'string')
      .map(([, v]) => v.name as string);
    // apiextensions.k8s.io/v1beta1 CRDs could name a single `version` instead.
    if (typeof spec.version === 'string' && !versions.includes(spec.version)) versions.push(spec.version);
    if (versions.length === 0) continue;
    // The same CRD in several files (two releases side by side): a version any of them serves counts.
    const key = `${spec.group}/${spec.names.kind}`;
    const seen = out.get(key);
    if (seen) seen.versions.push(...versions.filter((v) => !seen.versions.includes(v)));
    else out.set(key, { crd: crd.name, versions });
  }
  return out;
});

export default defineRule({
  meta: {
    id: 'cluster/api-version',
    description:
      'An object\'s `apiVersion` must be one the API serves its kind in: kubectl refuses the object (`no matches for kind … in version …`) and nothing else of it takes effect. netlint knows the versions Kubernetes serves for the kinds it reads and those it removed (NetworkPolicy in `extensions/v1beta1` since 1.16, CronJob in `batch/v1beta1` since 1.25, …), Calico\'s `projectcalico.org/v3` and `crd.projectcalico.org/v1`, Multus\' `k8s.cni.cncf.io/v1`, network-policy-api\'s `policy.networking.k8s.io/v1alpha2` (ClusterNetworkPolicy) and `v1alpha1` (AdminNetworkPolicy, BaselineAdminNetworkPolicy), and the versions of any CustomResourceDefinition in the input.',
    severity: 'error',
    remediation: 'Write the apiVersion the API serves (`kubectl api-resources` lists them); an object of a removed beta API usually needs only its apiVersion changed, and sometimes a field the GA version requires (a Deployment\'s `selector`).',
    kinds: ['*'],
    messages: {
      removed: '{{kind}} is no longer served as {{apiVersion}} ({{reader}} {{release}} removed it), so {{refuses}}: write {{served}}',
      removedLater: '{{kind}} is still served as {{apiVersion}} on Kubernetes {{target}} (cluster.kubernetesVersion), but {{release}} removes it: write {{served}} before upgrading',
      gone: '{{kind}} is no longer served as {{apiVersion}} (Kubernetes {{release}} removed it, and no version of it is served now: {{successor}}), so kubectl refuses the object',
      neverServed: '{{kind}} was never served as {{apiVersion}}, and no version of it is served now (Kubernetes {{release}} removed {{last}}; what took over: {{successor}}), so kubectl refuses the object',
      version: '{{group}} does not serve {{kind}} in version {{version}}: {{refuses}}; write {{served}}',
      noVersion: 'apiVersion "{{apiVersion}}" names no version: kubectl refuses the object; write {{served}}',
      group: '{{kind}} is not a kind of the {{groupName}} API group, so kubectl refuses the object: write {{served}}',
      crd: 'the CustomResourceDefinition {{crd}} serves {{kind}} in {{versions}}, not {{version}}: kubectl refuses the object',
    },
    docs: 'Sources: the Kubernetes deprecated API migration guide (kubernetes.io/docs/reference/using-api/deprecation-guide) and the 1.16 removals (kubernetes.io/blog/2019/07/18/api-deprecations-in-1-16); Calico\'s CRDs (libcalico-go config/crd, all `crd.projectcalico.org/v1`) and its API server (`projectcalico.org/v3`); Multus\' CRD (deployments/multus-daemonset.yml, `v1`); kubernetes-sigs/network-policy-api\'s CRDs (config/crd at v0.2.0 and v0.1.8). A kind of a group netlint does not know (Antrea\'s `crd.antrea.io` NetworkPolicy, Cilium\'s) is left alone. With `cluster.kubernetesVersion` in .netlint.yaml (e.g. `"1.24"`), a version removed in a later release is still served there: a warning to change it before upgrading (`removedLater`), not an error.',
  },
  check(resource, ctx) {
    const problem = servedProblem(resource, inputCrds(ctx.model));
    if (!problem) return;
    // On a cluster older than the release that removed the version, the object is still served.
    const target = minorOf(ctx.model.facts.kubernetesVersion);
    if (target !== null && problem.data.release !== undefined && ['removed', 'gone'].includes(problem.messageId) && compareReleases(target, problem.data.release) < 0) {
      const served = problem.messageId === 'gone' ? `what took over (${problem.data.successor})` : problem.data.served;
      ctx.report({ path: ['apiVersion'], messageId: 'removedLater', severity: 'warning', data: { ...problem.data, target, served } });
      return;
    }
    ctx.report({ path: ['apiVersion'], messageId: problem.messageId, data: problem.data });
  },
});

function servedProblem(resource: Resource, crds: ReadonlyMap<string, CrdServed>): { messageId: string; data: Record<string, string> } | null {
  const { kind, apiVersion, group } = resource;
  const version = apiVersion.slice(apiVersion.indexOf('/') + 1);
  const data = { kind, apiVersion, group, version, reader: 'Kubernetes', refuses: 'kubectl refuses the object' };
  const calicoVersion = CALICO_VERSIONS[group];
  if (calicoVersion !== undefined) {
    return version === calicoVersion ? null : { messageId: 'version', data: { ...data, served: `${group}/${calicoVersion}` } };
  }
  const crd = crds.get(`${group}/${kind}`);
  if (crd) return crd.versions.includes(version) ? null : { messageId: 'crd', data: { ...data, crd: crd.crd, versions: crd.versions.join(', ') } };
  const row = ROWS.get(`${group}/${kind}`);
  if (row) {
    if (row.served.includes(version)) return null;
    const release = row.removed?.[version];
    // A kind no version serves any more (PodSecurityPolicy): said so, with what took over.
    if (row.served.length === 0) {
      if (release !== undefined) return { messageId: 'gone', data: { ...data, release, successor: row.successor ?? 'none' } };
      // A version it never had (PodSecurityPolicy as policy/v1): not "no longer".
      const [lastVersion, lastRelease] = Object.entries(row.removed ?? {}).sort((a, b) => compareReleases(b[1], a[1]))[0] ?? ['', ''];
      return { messageId: 'neverServed', data: { ...data, release: lastRelease, last: group ? `${group}/${lastVersion}` : lastVersion, successor: row.successor ?? 'none' } };
    }
    const reader = row.reader === 'kubeadm' ? { reader: 'kubeadm', refuses: 'kubeadm refuses the configuration' } : {};
    return { messageId: release ? 'removed' : 'version', data: { ...data, ...reader, group: group || 'the core group', served: servedText(row), ...(release ? { release } : {}) } };
  }
  const elsewhere = ROWS_BY_KIND.get(kind);
  const served = elsewhere ? elsewhere.map(servedText).filter(Boolean).join(' or ') : CALICO_ONLY_KINDS.has(kind) ? 'projectcalico.org/v3 (or crd.projectcalico.org/v1)' : null;
  if (group === 'extensions' && EXTENSIONS_REMOVED[kind]) {
    const successor = elsewhere?.find((r) => r.served.length === 0)?.successor;
    if (successor) return { messageId: 'gone', data: { ...data, release: EXTENSIONS_REMOVED[kind], successor } };
    if (served) return { messageId: 'removed', data: { ...data, release: EXTENSIONS_REMOVED[kind], served } };
  }
  if (served === null || served === '') return null;
  // An apiVersion without a slash is read as a core version: `networking.k8s.io` alone names none.
  if (group === '' && !VERSION.test(apiVersion)) return { messageId: 'noVersion', data: { ...data, served } };
  if (group === '' || KNOWN_GROUPS.has(group)) return { messageId: 'group', data: { ...data, groupName: group === '' ? 'core' : group, served } };
  return null;
}
