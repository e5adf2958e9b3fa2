/**
 * selectingClasses narrows the classes it tests to those satisfying an atom the policy's selector
 * needs; the answer must be the one the plain filter gives: every class of the policy's namespace
 * whose atoms satisfy the selector, in class order.
 */
import { describe, expect, it } from 'vitest';
import { reachCorpus } from '../../../bench/reach-corpus.js';
import { loadSources } from '../load.js';
import { parseCidr } from '../cidr.js';
import { buildModel } from '../model.js';
import { evalCond } from './match.js';
import type { Cond, WorkloadEndpoint } from './model.js';
import { decide, indexByNamespace } from './evaluate.js';
import { clusterDns, dnsDecisionTargets, egressReachesDns, policyIndex, reachClasses, reachCluster, requiredAtom, selectingClasses } from './rule-support.js';

describe('selectingClasses', () => {
  it('equals the plain filter over the classes of the policy namespace, for every policy', () => {
    const resources = loadSources(reachCorpus({ endpoints: 1_500, policies: 300, seed: 11 }).map((f) => ({ path: f.path, content: f.text }))).resources;
    const model = buildModel(resources);
    const { policies } = reachCluster(model);
    const { classes } = reachClasses(model);
    let narrowed = 0;
    let selected = 0;
    for (const policy of policies) {
      const plain = classes.filter(
        (cls) => (policy.namespace === null || cls.members.some((ep) => ep.namespace === policy.namespace)) && evalCond(policy.subject, (a) => cls.atoms.has(a.id)),
      );
      expect(selectingClasses(model, policy)).toEqual(plain);
      if (requiredAtom(policy.subject) !== null) narrowed++;
      selected += plain.length;
    }
    // Not vacuous: most policies have a needed atom, and some select classes.
    expect(policies.length).toBeGreaterThan(100);
    expect(narrowed).toBeGreaterThan(policies.length / 2);
    expect(selected).toBeGreaterThan(0);
  });
});

describe('dnsDecisionTargets', () => {
  it('keeps one DNS pod per class and namespace, and each decides as every pod it stands for', () => {
    // The reach corpus gives many workloads a UDP 53 port: all of them are taken for cluster DNS.
    const model = buildModel(loadSources(reachCorpus({ endpoints: 1_500, policies: 300, seed: 11 }).map((f) => ({ path: f.path, content: f.text }))).resources);
    const { namespaces, targets } = clusterDns(model);
    const kept = dnsDecisionTargets(model);
    const { classes, classOf } = reachClasses(model);
    expect(kept.length).toBeGreaterThan(1);
    expect(targets.length).toBeGreaterThan(2 * kept.length);
    const standIn = (t: WorkloadEndpoint) => kept.find((k) => classOf.get(k) === classOf.get(t) && k.namespace === t.namespace)!;
    expect(new Set(targets.map(standIn)).size).toBe(kept.length);
    const byNamespace = indexByNamespace(policyIndex(model), namespaces.keys());
    const udp53 = (t: WorkloadEndpoint) => t.ports.find((p) => p.protocol === 'UDP' && p.port === 53)!;
    let compared = 0;
    let allowed = 0;
    for (const cls of classes.slice(0, 40)) {
      const index = byNamespace(cls.rep.namespace);
      for (const t of targets) {
        const rep = standIn(t);
        const verdict = decide({ namespaces }, index, 'egress', cls.rep, t, udp53(t), t.ports);
        const stood = decide({ namespaces }, index, 'egress', cls.rep, rep, udp53(rep), rep.ports);
        expect([stood.allowed, stood.reason, stood.policy, stood.rule]).toEqual([verdict.allowed, verdict.reason, verdict.policy, verdict.rule]);
        compared++;
        if (verdict.allowed) allowed++;
      }
    }
    // Not vacuous: both answers occur.
    expect(compared).toBeGreaterThan(1_000);
    expect(allowed).toBeGreaterThan(0);
    expect(allowed).toBeLessThan(compared);
  });
});

describe('egressReachesDns', () => {
  it('answers for every class as deciding its representative against every DNS pod one by one', () => {
    // Many DNS pods (the reach corpus gives workloads a UDP 53 port) and Calico tiers with Pass and
    // Deny rules: the per-class rows (matrix.ts egressToward) must agree with decide everywhere.
    for (const seed of [11, 12]) {
      const model = buildModel(loadSources(reachCorpus({ endpoints: 1_500, policies: 300, seed }).map((f) => ({ path: f.path, content: f.text }))).resources);
      const { namespaces, targets } = clusterDns(model);
      const byNamespace = indexByNamespace(policyIndex(model), namespaces.keys());
      const udp53 = (t: WorkloadEndpoint) => t.ports.find((p) => p.protocol === 'UDP' && p.port === 53)!;
      let reaches = 0;
      let restricted = 0;
      for (const cls of reachClasses(model).classes) {
        const index = byNamespace(cls.rep.namespace);
        const verdicts = targets.map((t) => decide({ namespaces }, index, 'egress', cls.rep, t, udp53(t), t.ports));
        expect(egressReachesDns(model, cls.rep), cls.rep.id).toBe(verdicts.some((v) => v.allowed));
        if (verdicts.some((v) => v.allowed)) reaches++;
        if (verdicts.some((v) => v.reason !== 'no-policy')) restricted++;
      }
      // Not vacuous: classes whose egress is restricted, some reaching DNS and some not.
      expect(restricted).toBeGreaterThan(20);
      expect(reaches).toBeGreaterThan(0);
      expect(reaches).toBeLessThan(reachClasses(model).classes.length);
    }
  });
});

describe('egressReachesDns with Calico egress rules', () => {
  it('agrees with decide where rules read the source side (local conditions), deny, pass and end in a Deny', () => {
    // DNS pods in two zones; apps of three roles and five tiers; Calico policies (namespaced and
    // global, in order) whose egress rules are limited by the pod's own tier (`source: {selector}`
    // in an egress rule) and send UDP 53 to a zone, or anywhere, with Deny and Pass among them.
    const docs: object[] = [];
    for (let i = 0; i < 12; i++) docs.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `dns-${i}`, namespace: `d${i % 3}` }, spec: { selector: { matchLabels: { app: `dns-${i}` } }, template: { metadata: { labels: { app: `dns-${i}`, zone: `z${i % 2}` } }, spec: { containers: [{ name: 'c', image: 'i', ports: [{ containerPort: 53, protocol: 'UDP' }] }] } } } });
    for (let i = 0; i < 40; i++) docs.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `app-${i}`, namespace: `a${i % 4}` }, spec: { selector: { matchLabels: { app: `app-${i}` } }, template: { metadata: { labels: { app: `app-${i}`, role: `r${i % 3}`, tier: `t${i % 5}` } }, spec: { containers: [{ name: 'c', image: 'i' }] } } } });
    for (let i = 0; i < 20; i++) {
      const egress = [
        { action: i % 3 === 0 ? 'Deny' : 'Allow', protocol: 'UDP', source: { selector: `tier == 't${i % 5}'` }, destination: { selector: `zone == 'z${i % 2}'`, namespaceSelector: 'all()', ports: [53] } },
        { action: i % 4 === 0 ? 'Pass' : 'Allow', protocol: 'UDP', source: { selector: `tier in {'t${(i + 1) % 5}', 't${(i + 2) % 5}'}` }, destination: { ports: [53] } },
        ...(i % 5 === 0 ? [{ action: 'Deny' }] : []),
      ];
      docs.push({ apiVersion: 'projectcalico.org/v3', kind: i % 2 ? 'GlobalNetworkPolicy' : 'NetworkPolicy', metadata: { name: `p-${i}`, ...(i % 2 ? {} : { namespace: `a${i % 4}` }) }, spec: { order: i, selector: `role == 'r${i % 3}'`, types: ['Egress'], egress } });
    }
    const model = buildModel(loadSources([{ path: 'calico.yaml', content: docs.map((d) => `---\n${JSON.stringify(d)}`).join('\n') }]).resources);
    const { namespaces, targets } = clusterDns(model);
    const byNamespace = indexByNamespace(policyIndex(model), namespaces.keys());
    let reaches = 0;
    const { classes } = reachClasses(model);
    for (const cls of classes) {
      const want = targets.some((t) => decide({ namespaces }, byNamespace(cls.rep.namespace), 'egress', cls.rep, t, t.ports.find((p) => p.protocol === 'UDP' && p.port === 53)!, t.ports).allowed);
      expect(egressReachesDns(model, cls.rep), cls.rep.id).toBe(want);
      if (want) reaches++;
    }
    // Not vacuous: both answers occur (fails when the rules' source side is ignored).
    expect(reaches).toBeGreaterThan(0);
    expect(reaches).toBeLessThan(classes.length);
  });
});

function cidrOf(text: string) {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.cidr;
}

describe('requiredAtom', () => {
  const atom = (id: number): Cond => ({ k: 'block', id, cidr: cidrOf('10.0.0.0/8'), except: [] });
  it('is an atom every satisfying endpoint has: the atom itself, or a conjunct, never a disjunct or a negation', () => {
    expect(requiredAtom(atom(1))).toBe(1);
    expect(requiredAtom({ k: 'and', cs: [{ k: 'or', cs: [atom(1), atom(2)] }, atom(3)] })).toBe(3);
    expect(requiredAtom({ k: 'and', cs: [{ k: 'not', c: atom(1) }, { k: 'and', cs: [atom(4), atom(5)] }] })).toBe(4);
    expect(requiredAtom({ k: 'or', cs: [atom(1), atom(2)] })).toBeNull();
    expect(requiredAtom({ k: 'not', c: atom(1) })).toBeNull();
    expect(requiredAtom({ k: 'all' })).toBeNull();
  });
});
