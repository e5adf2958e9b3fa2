/**
 * A data rule's `match` that can select nothing: a key netlint never builds (`v1/Service`,
 * `core/Service`, `networking.k8s.io/v1/NetworkPolicy`, `calico/*`) or a kind a group netlint
 * knows does not have where the meant one is clear (`calico/IPpool`, `apps/deployment`,
 * `GlobalNetworkPolicies`, a core `NetworkPolicy`). A kind of a group netlint does not know
 * (`cert-manager.io/Certificate`) is taken as written. Resources are matched by `group/Kind`, a
 * core kind by its Kind alone, and Calico's by `calico/Kind` too (rule.ts matchKeys).
 */
import { CALICO_ONLY_KINDS, SERVED_KINDS } from '../../rules/cluster/lib/served-api-versions.js';
import { editDistance } from './did-you-mean.js';
import { CLUSTER_SCOPED_KINDS } from './names.js';
import type { Path } from './types.js';

const CALICO_GROUPS = ['calico', 'projectcalico.org', 'crd.projectcalico.org'];

/** group (`''` for core, `calico` for both Calico groups) → the kinds netlint knows in it. */
const KNOWN = new Map<string, Set<string>>();
const know = (group: string, kind: string) => {
  for (const g of CALICO_GROUPS.includes(group) ? CALICO_GROUPS : [group]) KNOWN.set(g, (KNOWN.get(g) ?? new Set()).add(kind));
};
for (const row of SERVED_KINDS) for (const kind of row.kinds) know(row.group, kind);
for (const key of CLUSTER_SCOPED_KINDS) know(key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '', key.slice(key.lastIndexOf('/') + 1));
for (const kind of [...CALICO_ONLY_KINDS, 'NetworkPolicy', 'Node']) know('calico', kind);

/** A Kubernetes version name: v1, v2beta1, v1alpha3. */
const VERSION = /^v\d+(?:(?:alpha|beta)\d+)?$/;

const keyOf = (group: string, kind: string) => (group === '' ? kind : `${group}/${kind}`);
const describeGroup = (group: string) => (group === '' ? 'the core group' : CALICO_GROUPS.includes(group) ? 'Calico' : group);

/** The known kind `kind` clearly means: the same letters in another case, or its singular. */
function meant(kind: string, known: ReadonlySet<string>): string | null {
  const lower = kind.toLowerCase();
  const singulars = [lower, ...(lower.endsWith('ies') ? [`${lower.slice(0, -3)}y`] : []), ...(lower.endsWith('es') ? [lower.slice(0, -2)] : []), ...(lower.endsWith('s') ? [lower.slice(0, -1)] : [])];
  for (const s of singulars) for (const k of known) if (k.toLowerCase() === s) return k;
  return null;
}

/** Groups other than `group` that have `kind`, as keys (`calico/` for Calico's). */
function elsewhere(kind: string, group: string): string[] {
  const out: string[] = [];
  for (const [g, kinds] of KNOWN) {
    if (g === group || g === 'projectcalico.org' || g === 'crd.projectcalico.org') continue;
    const k = meant(kind, kinds);
    if (k !== null) out.push(keyOf(g, k));
  }
  // The Kubernetes group first: `networking.k8s.io/NetworkPolicy` before `calico/NetworkPolicy`.
  return out.sort((a, b) => Number(a.startsWith('calico/')) - Number(b.startsWith('calico/')));
}

const didYouMean = (keys: readonly string[]) => (keys.length === 0 ? '' : `; did you mean ${keys.join(' or ')}?`);

/** Why `group`/`kind` selects nothing, or null when it may select something. */
function pairProblem(group: string, kind: string): { part: 'group' | 'kind'; reason: string } | null {
  if (group.includes('*') || kind.includes('*')) {
    const known = [...(KNOWN.get(group) ?? [])].slice(0, 3).map((k) => keyOf(group, k));
    return { part: group.includes('*') ? 'group' : 'kind', reason: `netlint reads * only alone (every resource), not inside a group or kind; list the kinds${known.length > 0 ? ` (${known.join(', ')}, …)` : ''}` };
  }
  if (group === 'core') return { part: 'group', reason: `a core kind is written without a group${didYouMean([kind])}` };
  if (VERSION.test(group)) {
    const keys = KNOWN.get('')!.has(kind) ? [kind] : elsewhere(kind, '');
    return { part: 'group', reason: `${group} is a version, not a group (a kind is matched in every version; a core kind has no group)${didYouMean(keys)}` };
  }
  const known = KNOWN.get(group);
  if (known !== undefined && !known.has(kind)) {
    const same = meant(kind, known);
    if (same !== null) return { part: 'kind', reason: `${describeGroup(group)} has no kind ${kind} (kinds are written as in a manifest's kind: field, singular and case-sensitive)${didYouMean([keyOf(group, same)])}` };
    const other = group === '' ? elsewhere(kind, '') : [];
    if (other.length > 0) return { part: 'kind', reason: `a kind without a group is a core kind, and the core group has no ${kind}${didYouMean(other)}` };
  }
  if (/^[a-z]/.test(kind)) return { part: 'kind', reason: `a kind starts with a capital letter, as a manifest's kind: does${didYouMean(elsewhere(kind, ''))}` };
  // `kind: List` (and typed lists, ServiceList) are read item by item: a rule sees the items.
  if (group === '' && /^(?:[A-Z]\w*)?List$/.test(kind)) return { part: 'kind', reason: `${kind} objects are read item by item, so a rule sees the items' kinds, never a ${kind}` };
  // A misspelt kind of a group whose kinds are known (`apps/Deploymnet`, `Serivce`): close to one of them.
  // Of a group whose kinds are all listed, any other kind is one; of another known group, only one
  // close to a known kind is taken for a typo (netlint's lists of those are not complete).
  const complete = COMPLETE_GROUPS.get(group);
  if (known !== undefined && !known.has(kind) && !complete?.has(kind)) {
    const near = nearestKind(kind, [...known, ...(complete ?? [])]);
    if (near !== null || complete !== undefined) return { part: 'kind', reason: `${describeGroup(group)} has no kind ${kind}${near === null ? '' : didYouMean([keyOf(group, near)])}` };
  }
  return null;
}

/**
 * Every kind of these groups (Kubernetes API reference, v1.35: core/v1, apps/v1,
 * networking.k8s.io/v1), so a kind close to one of them and not among them is a typo, not a kind
 * netlint does not know.
 */
const COMPLETE_GROUPS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['', new Set(['Binding', 'ComponentStatus', 'ConfigMap', 'Endpoints', 'Event', 'LimitRange', 'Namespace', 'Node', 'PersistentVolume', 'PersistentVolumeClaim', 'Pod', 'PodTemplate', 'ReplicationController', 'ResourceQuota', 'Secret', 'Service', 'ServiceAccount'])],
  ['apps', new Set(['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet'])],
  ['networking.k8s.io', new Set(['IPAddress', 'Ingress', 'IngressClass', 'NetworkPolicy', 'ServiceCIDR'])],
]);

/** The known kind a misspelt one is closest to (two letters off at most), or null. */
function nearestKind(kind: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(kind.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

export interface MatchProblem {
  /** Path inside the rule file. */
  path: Path;
  message: string;
}

/** The entries of a rule's `match` that select nothing, each at its own place in the file. */
export function matchProblems(match: { kinds?: string[]; group?: string | string[]; kind?: string | string[] }): MatchProblem[] {
  const problems: MatchProblem[] = [];
  const report = (path: Path, value: string, reason: string) => problems.push({ path: ['match', ...path], message: `${JSON.stringify(value)} matches nothing: ${reason}` });
  if (match.kinds) {
    match.kinds.forEach((key, i) => {
      if (key === '*') return;
      const segments = key.split('/');
      if (segments.length > 2) {
        const fix = segments.length === 3 && VERSION.test(segments[1]) ? didYouMean([keyOf(segments[0], segments[2])]) : '';
        report(['kinds', i], key, `an entry is group/Kind, without a version (a kind is matched in every version)${fix}`);
        return;
      }
      const problem = segments.length === 2 ? pairProblem(segments[0], segments[1]) : pairProblem('', key);
      if (problem !== null) report(['kinds', i], key, problem.reason);
    });
    return problems;
  }
  const groups = match.group === undefined ? [''] : Array.isArray(match.group) ? match.group : [match.group];
  const kinds = match.kind === undefined ? [] : Array.isArray(match.kind) ? match.kind : [match.kind];
  const place = (field: 'group' | 'kind', i: number): Path => (Array.isArray(match[field]) ? [field, i] : [field]);
  const seen = new Set<string>();
  // A kind that some listed group has is no mistake: the match is every group × every kind.
  const kindSomewhere = (kind: string) => groups.some((group) => pairProblem(group, kind)?.part !== 'kind');
  groups.forEach((group, g) =>
    kinds.forEach((kind, k) => {
      const problem = pairProblem(group, kind);
      if (problem === null || (problem.part === 'kind' && kindSomewhere(kind))) return;
      const path = place(problem.part, problem.part === 'group' ? g : k);
      if (seen.has(JSON.stringify(path))) return;
      seen.add(JSON.stringify(path));
      const reason =
        problem.part === 'kind'
          ? problem.reason.replace('a kind without a group is a core kind', match.group === undefined ? 'a kind: without group: is a core kind' : 'a kind of group "" is a core kind')
          : group === 'core'
            ? 'the core group is written as "" (or group: left out)'
            : VERSION.test(group)
              ? `${group} is a version, not a group (a kind is matched in every version; the core group is written as "")`
              : problem.reason;
      report(path, problem.part === 'group' ? group : kind, reason);
    }),
  );
  return problems;
}
