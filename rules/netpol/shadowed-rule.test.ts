import { describe, expect, it } from 'vitest';
import { reachCorpus } from '../../bench/reach-corpus.js';
import { loadSources } from '../../src/engine/load.js';
import { buildModel } from '../../src/engine/model.js';
import { matchCond } from '../../src/engine/netpol/match.js';
import { candidateExternals, reachClasses, reachCluster, requiredAtom } from '../../src/engine/netpol/rule-support.js';
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule, { shadowedRules } from './shadowed-rule.js';

const pods = `apiVersion: v1
kind: Pod
metadata: {name: db, namespace: x, labels: {app: db}}
spec: {containers: [{name: c, ports: [{containerPort: 5432}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: x, labels: {app: web}}
spec: {containers: [{name: c}]}
---
`;
const deny = (order: number, selector: string) => `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-to-db}
spec:
  order: ${order}
  selector: app == 'db'
  ingress:
  - action: Deny
    source: {selector: "${selector}"}
---
`;
const allow = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-to-db, namespace: x}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
`;

/**
 * A GlobalNetworkPolicy denying egress outside `nets` (order 600, every endpoint), a Calico policy
 * allowing the client's egress to Service app/server, and the pods: the shape of the
 * "deny what leaves the cluster's ranges" lockdown (tigera-cs Calico-Foundation 4.3-policy-advanced-lab).
 * The allow rule is on line 18, column 5.
 */
const lockdown = (deny: string, serverStatus = '') => `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: egress-lockdown}
spec:
  order: 600
  selector: all()
  types: [Egress]
  egress:
  - {action: Deny, destination: ${deny}}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: client-allow, namespace: app}
spec:
  selector: app == 'client'
  types: [Egress]
  egress:
  - {action: Allow, protocol: TCP, destination: {services: {name: server, namespace: app}}}
---
apiVersion: v1
kind: Service
metadata: {name: server, namespace: app}
spec: {selector: {app: server}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: app, labels: {app: client}}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Pod
metadata: {name: server, namespace: app, labels: {app: server}}
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}${serverStatus}
`;
/** Two GlobalNetworkPolicies for every endpoint's ingress: `first` (order 10) with rule `a`, `second` (order 20) with rule `b` on line 29 (after `pods`). */
const netPolicies = (a: string, b: string) =>
  ['first', 'second']
    .map((name, i) => `apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: ${name}}\nspec:\n  order: ${10 * (i + 1)}\n  selector: all()\n  types: [Ingress]\n  ingress:\n  - ${i === 0 ? a : b}\n`)
    .join('---\n');
/**
 * Tier `security` (order 200, before the default tier's 1,000,000) holding GlobalNetworkPolicy
 * security.first with rule `a`, and GlobalNetworkPolicy second in the default tier with rule `b`,
 * both for every endpoint's ingress: the tiered layout Tigera's workshops write (a default-pass at
 * the end of each tier, a default-deny in the default tier).
 */
const tiered = (a: string, b: string) => `apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: security}
spec: {order: 200}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: security.first}
spec:
  tier: security
  order: 10
  selector: all()
  types: [Ingress]
  ingress:
  - ${a}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: second}
spec:
  order: 20
  selector: all()
  types: [Ingress]
  ingress:
  - ${b}
`;
/** `pods` with the web pod declaring port 80 (a pod without declared ports has no port cells to receive on). */
const webPort80 = pods.replace('spec: {containers: [{name: c}]}', 'spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}');
const podCIDR = (cidr: string) => ({ cluster: { podCIDR: cidr } }) as never;
const byLockdown = 'every connection it matches is denied first by GlobalNetworkPolicy egress-lockdown egress rule 0';

ruleTester(rule, {
  valid: [
    { name: 'the Deny comes after the allow (higher order)', code: pods + deny(2000, "app == 'web'") + allow },
    { name: 'the Deny covers only some of what the allow matches', code: pods + deny(10, "app == 'nobody'") + allow },
    {
      name: 'no Calico policy: nothing can deny first, so the class limit does not matter',
      code: pods + allow,
      config: { rules: { 'netpol/shadowed-rule': { options: { maxClasses: 1 } } } },
    },
    // The pods are inside the cluster's range, which the Deny leaves out.
    { name: 'a Deny outside the pod CIDR', code: lockdown('{notNets: [10.48.0.0/16]}'), config: podCIDR('10.48.0.0/16') },
    // Only Allow and Pass rules are checked (meta.description): a Deny that an earlier Deny covers is not reported.
    { name: 'a Deny after a Deny of everything', code: `${pods}${netPolicies('{action: Deny}', `{action: Deny, source: {selector: "app == 'web'"}}`)}` },
    // A rule that can never match (source ports clients do not use, calico.ts neverMatches) is inert and not tried.
    { name: 'an inert Allow after a Deny of everything', code: `${pods}${netPolicies('{action: Deny}', '{action: Allow, protocol: TCP, source: {ports: [80]}}')}` },
    // Only a Deny shadows: an Allow that an earlier Allow already decides is not reported.
    { name: 'an Allow after an Allow of everything', code: `${pods}${netPolicies('{action: Allow}', '{action: Allow}')}` },
    // The Pass runs first (its tier comes before the default tier) and hands the traffic to the
    // default tier's Deny: it takes effect, it is not denied first (a blind lint of Tigera's AKS
    // workshop policies found this reported).
    { name: 'a Pass in an earlier tier, a Deny of everything in the default tier', code: `${webPort80}${tiered('{action: Pass}', '{action: Deny}')}` },
    // A rule is shadowed only if it is denied for every pod the policy selects: here the web pod's ingress (port 80) is not denied (db tried first or not).
    { name: 'a Deny of the db pod only, an Allow for every pod', code: `${webPort80}${netPolicies(`{action: Deny, destination: {selector: "app == 'db'"}}`, '{action: Allow}')}` },
    // The same with the Deny on the web pod only, so whichever class is tried first, the other one takes the rule.
    { name: 'a Deny of the web pod only, an Allow for every pod', code: `${webPort80}${netPolicies(`{action: Deny, destination: {selector: "app == 'web'"}}`, '{action: Allow}')}` },
    // One pod is no connection: a class is tried against itself only when it has two workloads, so an Allow from the only db pod to itself matches nothing.
    { name: 'an Allow from the only db pod, which a Deny from db covers', code: `${pods}${netPolicies(`{action: Deny, source: {selector: "app == 'db'"}}`, `{action: Allow, source: {selector: "app == 'db'"}}`)}` },
  ],
  invalid: [
    {
      // Whether the pods are inside 10.48.0.0/16 decides it, and without the pod CIDR netlint does not know.
      name: 'a Deny outside a range that holds part of the private addresses, pod CIDR unknown: info, saying what it rests on',
      code: lockdown('{notNets: [10.48.0.0/16]}'),
      errors: [
        {
          messageId: 'shadowedIfOutside',
          severity: 'info',
          line: 18,
          column: 5,
          message: "egress rule 0 never applies if the pods' addresses are outside 10.48.0.0/16, which netlint cannot tell: every connection it matches is then denied first by GlobalNetworkPolicy egress-lockdown egress rule 0",
        },
      ],
    },
    {
      name: 'a Deny outside a range that holds part of the pod CIDR: info',
      code: lockdown('{notNets: [10.48.0.0/24]}'),
      config: podCIDR('10.48.0.0/16'),
      errors: [{ messageId: 'shadowedIfOutside', severity: 'info', line: 18, column: 5 }],
    },
    {
      name: 'a Deny outside a range disjoint from the pod CIDR: a warning',
      code: lockdown('{notNets: [10.48.0.0/16]}'),
      config: podCIDR('10.244.0.0/16'),
      errors: [{ messageId: 'shadowed', severity: 'warning', line: 18, column: 5, message: `egress rule 0 never applies: ${byLockdown}` }],
    },
    {
      name: 'a Deny outside a range that holds neither pod, whose IPs are written: a warning',
      code: lockdown('{notNets: [10.48.0.0/16]}', '\nstatus: {podIP: 10.1.0.5}').replace('spec: {containers: [{name: c}]}', 'spec: {containers: [{name: c}]}\nstatus: {podIP: 10.1.0.4}'),
      errors: [{ messageId: 'shadowed', severity: 'warning', line: 18, column: 5 }],
    },
    {
      name: 'a Deny to every address, pod CIDR unknown: a warning (the pods are in it wherever they are)',
      code: lockdown('{nets: [0.0.0.0/0]}'),
      errors: [{ messageId: 'shadowed', severity: 'warning', line: 18, column: 5, message: `egress rule 0 never applies: ${byLockdown}` }],
    },
    {
      name: 'an Allow from an address block that a Deny of everything takes first, pod CIDR unknown: a warning (wherever the pods are, the Deny takes them too)',
      code: `${pods}${netPolicies('{action: Deny}', '{action: Allow, source: {nets: [10.0.0.0/8]}}')}`,
      errors: [{ messageId: 'shadowed', severity: 'warning', line: 29, column: 5, message: 'ingress rule 0 never applies: every connection it matches is denied first by GlobalNetworkPolicy first ingress rule 0' }],
    },
    {
      // The Deny spares labelled endpoints: a pod inside 10.0.0.0/8 would be let in by the Allow.
      name: 'an Allow from an address block whose pods the Deny spares, pod CIDR unknown: info',
      code: `${pods}${netPolicies('{action: Deny, source: {nets: [10.0.0.0/8], notSelector: has(app)}}', '{action: Allow, source: {nets: [10.0.0.0/8]}}')}`,
      errors: [
        {
          messageId: 'shadowedIfOutside',
          severity: 'info',
          line: 29,
          column: 5,
          message: "ingress rule 0 never applies if the pods' addresses are outside 10.0.0.0/8, which netlint cannot tell: every connection it matches is then denied first by GlobalNetworkPolicy first ingress rule 0",
        },
      ],
    },
    {
      name: 'a Calico Deny of lower order shadows a Kubernetes allow',
      code: pods + deny(10, "app == 'web'") + allow,
      errors: [{ messageId: 'shadowed', line: 27, column: 5, message: 'ingress rule 0 never applies: every connection it matches is denied first by GlobalNetworkPolicy deny-to-db ingress rule 0' }],
    },
    {
      // The limit is on more classes than maxClasses: as many as it are checked.
      name: 'as many classes as maxClasses: checked',
      code: pods + deny(10, "app == 'web'") + allow,
      config: { rules: { 'netpol/shadowed-rule': { options: { maxClasses: 2 } } } },
      errors: [{ messageId: 'shadowed', line: 27, column: 5 }],
    },
    {
      // A tier before the default one is evaluated first (meta.description "or in an earlier tier").
      name: 'an Allow in the default tier after a Deny of everything in an earlier tier',
      code: `${webPort80}${tiered('{action: Deny}', '{action: Allow}')}`,
      errors: [{ messageId: 'shadowed', line: 35, column: 5, message: 'ingress rule 0 never applies: every connection it matches is denied first by GlobalNetworkPolicy security.first ingress rule 0' }],
    },
    {
      // Pass rules are checked as Allow rules are (meta.description "An Allow or Pass rule").
      name: 'a Pass rule after a Deny of everything',
      code: `${pods}${netPolicies('{action: Deny}', '{action: Pass}')}`,
      errors: [{ messageId: 'shadowed', line: 29, column: 5, message: 'ingress rule 0 never applies: every connection it matches is denied first by GlobalNetworkPolicy first ingress rule 0' }],
    },
    {
      // A Deny earlier in the same policy shadows too (meta.description "or earlier in the same policy").
      name: 'an Allow after a Deny of the same connections in the same policy',
      code: `${pods}apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: same}
spec:
  selector: app == 'db'
  ingress:
  - {action: Deny, source: {selector: "app == 'web'"}}
  - {action: Allow, source: {selector: "app == 'web'"}}
`,
      errors: [{ messageId: 'shadowed', line: 18, column: 5, message: 'ingress rule 1 never applies: every connection it matches is denied first by GlobalNetworkPolicy same ingress rule 0' }],
    },
    {
      // Only the port cells the rule's ports match are tried: port 80, which neither rule matches, does not make the Allow effective.
      name: 'an Allow of one port of a pod that declares two, denied on that port',
      code: `${pods.replace('[{containerPort: 5432}]', '[{containerPort: 5432}, {containerPort: 80}]')}${netPolicies('{action: Deny, protocol: TCP, destination: {ports: [5432]}}', '{action: Allow, protocol: TCP, destination: {ports: [5432]}}')}`,
      errors: [{ messageId: 'shadowed', line: 29, column: 5 }],
    },
    {
      // Two pods of one class connect to each other: the Deny from db takes db-2's connections to db.
      name: 'an Allow between two pods of one class, denied first',
      code: `${pods.replace('metadata: {name: db,', 'metadata: {name: db-2, namespace: x, labels: {app: db}}\nspec: {containers: [{name: c, ports: [{containerPort: 5432}]}]}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: db,')}${netPolicies(`{action: Deny, source: {selector: "app == 'db'"}}`, `{action: Allow, source: {selector: "app == 'db'"}}`)}`,
      errors: [{ messageId: 'shadowed', line: 34, column: 5 }],
    },
    {
      // A block whose holding is a guess does not make the finding info when the rule reading it is decided without it (its selector matches nothing).
      name: 'a Deny of everything after a never-matching rule that reads an address block, pod CIDR unknown: a warning',
      code: `${pods}${netPolicies(`{action: Deny, source: {nets: [10.0.0.0/8], selector: "app == 'nobody'"}}\n  - {action: Deny}`, `{action: Allow, source: {selector: "app == 'web'"}}`)}`,
      errors: [{ messageId: 'shadowed', severity: 'warning', line: 30, column: 5, message: 'ingress rule 0 never applies: every connection it matches is denied first by GlobalNetworkPolicy first ingress rule 1' }],
    },
    {
      // Without the option the limit is DEFAULT_MAX_CLASSES (200): 201 pods that 8 label selectors tell apart are skipped, said on metadata.name.
      name: 'more classes than the default limit, no option: skipped',
      code: `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: bits}
spec:
  selector: all()
  ingress:
${[0, 1, 2, 3, 4, 5, 6, 7].map((b) => `  - {action: Deny, source: {selector: has(b${b})}}\n`).join('')}${Array.from({ length: 201 }, (_, i) => `---\napiVersion: v1\nkind: Pod\nmetadata: {name: p${i}, namespace: x, labels: {${[0, 1, 2, 3, 4, 5, 6, 7].filter((b) => (i >> b) & 1).map((b) => `b${b}: "1"`).join(', ')}}}\nspec: {containers: [{name: c}]}\n`).join('')}`,
      errors: [{ messageId: 'skipped', severity: 'info', line: 3, column: 18, path: ['metadata', 'name'], message: 'shadowed rules were not looked for: the input has 201 endpoint classes, over the limit of 200 (option maxClasses)' }],
    },
    {
      name: 'more classes than maxClasses: the skip is said once, as info, on the first policy, and nothing else is reported',
      code: pods + deny(10, "app == 'web'") + allow,
      config: { rules: { 'netpol/shadowed-rule': { options: { maxClasses: 1 } } } },
      errors: [
        {
          messageId: 'skipped',
          severity: 'info',
          line: 13,
          column: 18,
          message: 'shadowed rules were not looked for: the input has 2 endpoint classes, over the limit of 1 (option maxClasses)',
        },
      ],
    },
  ],
});

describe('the narrowed search', () => {
  it('finds exactly what trying every pair of classes finds, on generated Calico and Kubernetes policies', () => {
    let found = 0;
    let narrowedPeers = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const files = reachCorpus({ endpoints: 600, policies: 240, seed }).map((f) => ({ path: f.path, content: f.text }));
      const model = buildModel(loadSources(files).resources);
      const { classes } = reachClasses(model);
      const everything = { subjects: classes, peers: () => classes, externals: () => reachCluster(model).externals };
      for (const policy of reachCluster(model).policies) {
        const narrowed = shadowedRules(model, policy);
        expect(narrowed).toEqual(shadowedRules(model, policy, everything));
        found += narrowed.length;
        for (const dir of ['ingress', 'egress'] as const) for (const r of policy[dir] ?? []) if (requiredAtom(r.peer) !== null) narrowedPeers++;
      }
    }
    // Not vacuous: shadowed rules are found, and most peers are narrowed.
    expect(found).toBeGreaterThan(10);
    expect(narrowedPeers).toBeGreaterThan(100);
  });

  it('meets network sets through their labels and finds what meeting every set finds', () => {
    // Sets i: feed f(i % 8), region r(i % 2), so every f0 and f2 set is in region r0. A Deny from
    // region r0 (order 10) shadows rules from f0 or f2 sets only; the rules read sets with every
    // kind of selector, indexed (==, in, has, &&) or not (!=, !has, ||). A namespaced policy's
    // selector meets GlobalNetworkSets only with `namespaceSelector: global()` (Calico's
    // NetworkPolicy reference).
    const docs: string[] = [];
    for (let i = 0; i < 200; i++) docs.push(`apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\nmetadata: {name: set-${i}, labels: {feed: f${i % 8}, region: r${i % 2}}}\nspec: {nets: [198.18.${i >> 8}.${i & 255}/32]}\n`);
    docs.push(`apiVersion: v1\nkind: Pod\nmetadata: {name: api, namespace: x, labels: {app: api}}\nspec: {containers: [{name: c, ports: [{containerPort: 8443}]}]}\n`);
    docs.push(`apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: deny-r0}\nspec: {order: 10, selector: app == 'api', types: [Ingress], ingress: [{action: Deny, source: {selector: region == 'r0'}}]}\n`);
    const selectors = ["feed == 'f0'", "feed == 'f1'", "feed in {'f0', 'f2'}", "feed in {'f0', 'f3'}", "has(feed) && region == 'r0'", "feed == 'f2' && has(region)", "feed != 'f1'", "!has(region)", "feed == 'f0' || feed == 'f4'", "feed == 'f9'"];
    selectors.forEach((sel, i) => docs.push(`apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: from-${i}, namespace: x}\nspec: {order: 100, selector: app == 'api', types: [Ingress], ingress: [{action: Allow, protocol: TCP, source: {selector: "${sel}", namespaceSelector: global()}, destination: {ports: [8443]}}]}\n`));
    const model = buildModel(loadSources([{ path: 'sets.yaml', content: docs.join('---\n') }]).resources);
    const { classes } = reachClasses(model);
    const everything = { subjects: classes, peers: () => classes, externals: () => reachCluster(model).externals };
    const shadowed: string[] = [];
    const { externals, namespaces } = reachCluster(model);
    let narrowedRules = 0;
    for (const policy of reachCluster(model).policies) {
      const narrowed = shadowedRules(model, policy);
      expect(narrowed).toEqual(shadowedRules(model, policy, everything));
      if (narrowed.length > 0) shadowed.push(policy.id);
      // The candidates hold every set the rule's peer matches.
      for (const r of policy.ingress ?? []) {
        const candidates = new Set(candidateExternals(model, r.peer));
        expect(externals.filter((x) => matchCond(r.peer, x, namespaces) && !candidates.has(x)), `${policy.id}`).toEqual([]);
        if (candidates.size < externals.length) narrowedRules++;
      }
    }
    expect(narrowedRules).toBeGreaterThanOrEqual(5);
    // from-0 (f0), from-2 (f0, f2), from-4 (region r0), from-5 (f2), from-8 (f0, f4): every set they read is in r0.
    expect(shadowed.sort()).toEqual(['CalicoNetworkPolicy x/from-0', 'CalicoNetworkPolicy x/from-2', 'CalicoNetworkPolicy x/from-4', 'CalicoNetworkPolicy x/from-5', 'CalicoNetworkPolicy x/from-8']);
  });
});
