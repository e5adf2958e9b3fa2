/**
 * No rule's work may grow faster than the input: every built-in rule lints a generated platform
 * corpus (the benchmark's findings-heavy one) at N and at 4N documents, and the work it does must
 * grow about 4×, not 16× (a rule that walks every pool for each pool, every policy for each
 * namespace). Work is counted, not timed, so the guard is deterministic: each element a rule (or a
 * view it asks for) reads from the model's collections — `resources`, `byKind()`, the node
 * inventory and other `facts`, and the arrays, Maps and Sets of the views `memo()`/`derived()`
 * return, one level into a view object — counts one;
 * a view's own computation is charged to the view, so it is held to the same bound.
 * Speed itself is measured by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../bench/lint.js';
import { BUILTIN_RULES } from '../rules/index.js';
import type { ClusterModel } from '../src/engine/model.js';
import type { Rule } from '../src/engine/rule.js';
import { lint } from '../src/engine/run.js';
import { MESH_OFF, RR_PEER, k8sNode } from '../rules/calico/lib/test-manifests.js';

/** Element reads per rule id, and per view (`view:<key>`) for the work of computing it. */
class WorkCounter {
  readonly work = new Map<string, number>();
  current = '';
  private readonly proxies = new WeakMap<object, unknown>();
  private readonly models = new WeakMap<ClusterModel, ClusterModel>();

  tick(n = 1): void {
    this.work.set(this.current, (this.work.get(this.current) ?? 0) + n);
  }

  /** `value` with its reads counted: an array, Map or Set; a plain object's collections one level down. */
  counted<T>(value: T, objectLevels = 1): T {
    if (typeof value === 'function' && objectLevels > 0) return this.countedFunction(value as (...args: unknown[]) => unknown) as T;
    if (value === null || typeof value !== 'object') return value;
    const seen = this.proxies.get(value);
    if (seen) return seen as T;
    let proxy: unknown = value;
    if (Array.isArray(value)) proxy = this.countedArray(value);
    else if (value instanceof Map || value instanceof Set) proxy = this.countedCollection(value);
    else if (objectLevels > 0 && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
      proxy = new Proxy(value, { get: (target, key) => this.counted(Reflect.get(target, key), 0) });
    } else if (objectLevels > 0) {
      // An index object (a LabelIndex): what its methods return, and its fields, are counted as read.
      proxy = new Proxy(value, {
        get: (target, key) => {
          const v = Reflect.get(target, key);
          return typeof v === 'function' ? (...args: unknown[]) => this.counted(v.apply(target, args), 0) : this.counted(v, 0);
        },
      });
    }
    this.proxies.set(value, proxy);
    return proxy as T;
  }

  /** A view that is a lookup function (one index per namespace, built when asked): its answers are counted. */
  private countedFunction(fn: (...args: unknown[]) => unknown): unknown {
    const seen = this.proxies.get(fn);
    if (seen) return seen;
    const wrapped = (...args: unknown[]) => this.counted(fn(...args), 1);
    this.proxies.set(fn, wrapped);
    return wrapped;
  }

  private countedArray(array: unknown[]): unknown[] {
    return new Proxy(array, {
      get: (target, key) => {
        if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) this.tick();
        return Reflect.get(target, key);
      },
    });
  }

  private countedCollection(collection: Map<unknown, unknown> | Set<unknown>): unknown {
    const counter = this;
    const iterate = function* <V>(items: Iterable<V>): Generator<V> {
      for (const item of items) {
        counter.tick();
        yield item;
      }
    };
    return new Proxy(collection, {
      get: (target, key) => {
        switch (key) {
          case 'get':
            return (k: unknown) => {
              this.tick();
              return (target as Map<unknown, unknown>).get(k);
            };
          case 'has':
            return (k: unknown) => {
              this.tick();
              return target.has(k);
            };
          case 'values':
          case 'keys':
          case 'entries':
            return () => iterate(target[key]());
          case Symbol.iterator:
            return () => iterate(target[Symbol.iterator]() as Iterable<unknown>);
          case 'forEach':
            return (fn: (v: unknown, k: unknown) => void) =>
              target.forEach((v: unknown, k: unknown) => {
                this.tick();
                fn(v, k);
              });
          default: {
            const v = Reflect.get(target, key, target);
            return typeof v === 'function' ? v.bind(target) : v;
          }
        }
      },
    });
  }

  /** The model as rules see it, with every collection read counted. */
  model(raw: ClusterModel): ClusterModel {
    let model = this.models.get(raw);
    if (!model) {
      const counting: ClusterModel = {
        get resources() {
          return counter.counted(raw.resources);
        },
        byKind: (...keys) => this.counted(raw.byKind(...keys)),
        get facts() {
          return counter.counted(raw.facts);
        },
        // A view is charged to itself (`view:<key>`), whichever rule asks for it first.
        memo: (key, compute) =>
          this.counted(
            raw.memo(key, () => {
              const caller = this.current;
              this.current = `view:${key}`;
              try {
                return compute(counting);
              } finally {
                this.current = caller;
              }
            }),
          ),
      };
      const counter = this;
      this.models.set(raw, (model = counting));
    }
    return model;
  }

  rules(rules: readonly Rule[]): Rule[] {
    return rules.map((rule) => ({
      meta: rule.meta,
      check: (resource, ctx) => {
        this.current = rule.meta.id;
        rule.check(resource, { model: this.model(ctx.model), options: ctx.options, report: (d) => ctx.report(d) });
      },
    }));
  }
}

/**
 * `count` Nodes with the node-to-node mesh off, peering with the ones labelled as reflectors (every
 * tenth; half of those with a cluster ID, of two) and, through a BGPPeer from all() to all(), with
 * each other: the node rules run once per Node, and BGP sessions are quadratic if kept per pair.
 * Every fourth other node also peers with the reflectors through a BGPPeer of its own (`node`), as
 * node-by-node peering does: a rule that takes such a BGPPeer for every node, asks its selector of
 * every node each time, or keeps a session group per such node, grows with the square.
 */
function nodeInventory(count: number): string {
  const docs = [MESH_OFF, RR_PEER, 'apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: {name: everyone}\nspec: {nodeSelector: all(), peerSelector: all()}\n'];
  for (let i = 0; i < count; i++) {
    const reflector = i % 10 === 0;
    docs.push(k8sNode(`node-${i}`, reflector ? { 'route-reflector': 'true' } : { rack: `r${i % 8}` }, reflector && i % 20 === 0 ? { 'projectcalico.org/RouteReflectorClusterID': `244.0.0.${1 + (i % 40 === 0 ? 1 : 0)}` } : {}));
    if (!reflector && i % 4 === 1) docs.push(`apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: {name: node-${i}-to-reflectors}\nspec: {node: node-${i}, peerSelector: has(route-reflector)}\n`);
  }
  return docs.join('---\n');
}

/**
 * `count` policies, each with its own address block (a Kubernetes egress ipBlock with an except,
 * or a Calico rule's nets): the external ranges grow with the input, and rules that look at every
 * range for every rule, or every endpoint for every range, grow with its square.
 */
function blockInventory(count: number): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    const net = `10.${200 + (i >> 8)}.${i & 255}`;
    docs.push(
      i % 2 === 0
        ? `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: to-partner-${i}, namespace: team-${i % 7}}\nspec:\n  podSelector: {matchLabels: {app: partner-client}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{ipBlock: {cidr: ${net}.0/24, except: [${net}.128/25]}}]\n    ports: [{port: 443}]\n`
        : `apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: from-partner-${i}}\nspec:\n  order: ${100 + i}\n  selector: role == 'api'\n  types: [Ingress]\n  ingress:\n  - action: Allow\n    source: {nets: [${net}.0/24]}\n`,
    );
  }
  return docs.join('---\n');
}

/**
 * `count` pods serving DNS (UDP 53), each set apart by a policy of its own, and `count` clients
 * whose egress is restricted to one address block (no DNS): the DNS check then asks every client
 * class about every DNS pod, which grows with the square when each pair is decided on its own
 * (the DNS decision targets are then read once per client class).
 */
function dnsInventory(count: number): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    docs.push(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: resolver-${i}, namespace: dns-${i % 5}}\nspec:\n  selector: {matchLabels: {app: resolver-${i}}}\n  template:\n    metadata: {labels: {app: resolver-${i}}}\n    spec: {containers: [{name: dns, image: resolver, ports: [{containerPort: 53, protocol: UDP}]}]}\n`,
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: resolver-${i}, namespace: dns-${i % 5}}\nspec:\n  podSelector: {matchLabels: {app: resolver-${i}}}\n  ingress: [{ports: [{port: 53, protocol: UDP}]}]\n`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: client-${i}, namespace: apps-${i % 5}}\nspec:\n  selector: {matchLabels: {app: client-${i}}}\n  template:\n    metadata: {labels: {app: client-${i}}}\n    spec: {containers: [{name: app, image: app}]}\n`,
      // Calico, ordered before the corpus' GlobalNetworkPolicy (order 10, whose bare Pass sends the
      // rest of the default tier's policies to the profiles), and ending in a Deny.
      `apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: client-${i}, namespace: apps-${i % 5}}\nspec:\n  order: 5\n  selector: app == 'client-${i}'\n  types: [Egress]\n  egress:\n  - {action: Allow, protocol: TCP, destination: {nets: [192.0.2.0/24], ports: [443]}}\n  - {action: Deny}\n`,
    );
  }
  return docs.join('---\n');
}

/**
 * One namespace of `count` apps, each with a policy whose peer selects the next app by its label
 * (no namespaceSelector), each running as an account of its own that a Calico policy selects by
 * name: a rule or view that looks for a peer's pods, or an account's, through every workload of
 * the namespace, once per selector, grows with the square of the namespace's apps.
 */
function crowdedNamespace(count: number): string {
  const docs: string[] = ['apiVersion: v1\nkind: Namespace\nmetadata: {name: crowded}\n'];
  for (let i = 0; i < count; i++) {
    docs.push(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app-${i}, namespace: crowded}\nspec:\n  selector: {matchLabels: {app: app-${i}}}\n  template:\n    metadata: {labels: {app: app-${i}}}\n    spec: {serviceAccountName: app-${i}, containers: [{name: app, image: app, ports: [{containerPort: 8080}]}]}\n`,
      `apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: account-${i}, namespace: crowded}\nspec:\n  serviceAccountSelector: projectcalico.org/name == 'app-${i}'\n  ingress: [{action: Allow, source: {serviceAccounts: {names: [app-${(i + 1) % count}]}}}]\n`,
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: app-${i}, namespace: crowded}\nspec:\n  podSelector: {matchLabels: {app: app-${i}}}\n  ingress: [{from: [{podSelector: {matchLabels: {app: app-${(i + 1) % count}}}}], ports: [{port: 8080}]}]\n`,
    );
  }
  return docs.join('---\n');
}

/**
 * `count` GlobalNetworkSets labelled by feed, and a Calico policy per 5 of them letting one of 20
 * apps in from one feed, out to another, and out on UDP 53 anywhere: a rule that meets every
 * network set for each policy rule (the selector's sets found by testing all of them, or every
 * destination's) grows with the square. Few apps, so that netpol/shadowed-rule stays under its limit of classes.
 */
function networkSetInventory(count: number): string {
  const docs: string[] = [];
  // Ten sets a feed, whatever the count: a rule naming a feed has ten sets to meet.
  const feeds = count / 10;
  for (let i = 0; i < count; i++) docs.push(`apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\nmetadata: {name: feed-${i}, labels: {feed: f${i % feeds}}}\nspec: {nets: [198.18.${i >> 8}.${i & 255}/32]}\n`);
  for (let i = 0; i < count / 5; i++) {
    docs.push(
      `apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: to-feed-${i}, namespace: feeds}\nspec:\n  order: 100\n  selector: app == 'reader-${i % 20}'\n  types: [Ingress, Egress]\n  ingress:\n  - {action: Allow, protocol: TCP, source: {selector: feed == 'f${(i + 1) % feeds}', namespaceSelector: global()}, destination: {ports: [8443]}}\n  egress:\n  - {action: Allow, protocol: TCP, destination: {selector: feed == 'f${i % feeds}', namespaceSelector: global(), ports: [443]}}\n  - {action: Allow, protocol: UDP, destination: {ports: [53]}}\n`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: reader-${i}, namespace: feeds}\nspec:\n  selector: {matchLabels: {app: reader-${i % 20}}}\n  template:\n    metadata: {labels: {app: reader-${i % 20}}}\n    spec: {containers: [{name: app, image: app}]}\n`,
    );
  }
  return docs.join('---\n');
}

/**
 * `count` IPReservations of a /28 each, and `count` pods pinned to an address in one of them
 * (`cni.projectcalico.org/ipAddrs`) inside one pool: each pinned address is looked up among the
 * reservations, which grows with the square when compared one by one.
 */
function reservationInventory(count: number): string {
  const docs = ['apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: pinned}\nspec: {cidr: 10.128.0.0/12, blockSize: 26, ipipMode: Always, natOutgoing: true}\n'];
  for (let i = 0; i < count; i++) {
    const net = `10.${128 + (i >> 8)}.${i & 255}`;
    docs.push(
      `apiVersion: projectcalico.org/v3\nkind: IPReservation\nmetadata: {name: reserved-${i}}\nspec: {reservedCIDRs: [${net}.0/28]}\n`,
      `apiVersion: v1\nkind: Pod\nmetadata: {name: pinned-${i}, namespace: pinned, annotations: {cni.projectcalico.org/ipAddrs: '["${net}.3"]'}}\nspec: {containers: [{name: c, image: i}]}\n`,
    );
  }
  return docs.join('---\n');
}

/**
 * `count` Nodes in racks of ten, and per pair of racks an IPPool and a BGPPeer whose selectors name
 * both racks with `||` (`pair-rack == 'q0' || pair-rack == 'q1'`): each selects twenty nodes, so a
 * view that tests every node against each such selector grows with the square.
 */
function rackPairInventory(count: number): string {
  const racks = count / 10;
  const docs: string[] = [];
  for (let i = 0; i < count; i++) docs.push(k8sNode(`pair-node-${i}`, { 'pair-rack': `q${i % racks}` }));
  for (let r = 0; r + 1 < racks; r += 2) {
    const selector = `pair-rack == 'q${r}' || pair-rack == 'q${r + 1}'`;
    docs.push(
      `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: pair-${r}}\nspec: {cidr: 100.${64 + (r >> 8)}.${r & 255}.0/24, blockSize: 28, nodeSelector: "${selector}"}\n`,
      `apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: {name: pair-${r}}\nspec: {nodeSelector: "${selector}", peerIP: 198.51.${r >> 8}.${r & 255}, asNumber: 65001}\n`,
    );
  }
  return docs.join('---\n');
}

function workPerRule(documents: number, files = platformFiles(documents)): Map<string, number> {
  const counter = new WorkCounter();
  lint({ files, rules: counter.rules(BUILTIN_RULES) });
  return counter.work;
}

function platformFiles(documents: number) {
  // The platform part grows too (one pool and one BGP peer per 20 documents, one Node and one policy with its own address block per 10, one DNS pod and one client restricted from it per 10, one app of a crowded namespace per 5, one IPReservation and one pod pinned inside it per 5, one Node in racks paired by `||` selectors per 5), so that every kind does.
  const files = [
    ...corpusFiles(documents, documents / 20),
    { path: 'nodes.yaml', content: nodeInventory(documents / 10) },
    { path: 'blocks.yaml', content: blockInventory(documents / 10) },
    { path: 'dns.yaml', content: dnsInventory(documents / 10) },
    { path: 'crowded.yaml', content: crowdedNamespace(documents / 5) },
    { path: 'reservations.yaml', content: reservationInventory(documents / 5) },
    { path: 'rack-pairs.yaml', content: rackPairInventory(documents / 5) },
  ];
  return files;
}

/** Rules and views whose work grew more than `limit` times from `small` to `large` (with work enough to tell). */
function growingFaster(small: Map<string, number>, large: Map<string, number>, limit: number) {
  return [...large]
    .filter(([, work]) => work >= 200)
    .map(([id, work]) => ({ id, small: small.get(id) ?? 0, large: work, growth: Math.round((work / Math.max(1, small.get(id) ?? 0)) * 10) / 10 }))
    .filter((r) => r.growth > limit);
}

describe('rule cost', () => {
  it('grows about linearly with the input for every built-in rule and view (N and 4N documents)', () => {
    const n = 600;
    const small = workPerRule(n);
    const large = workPerRule(4 * n);
    // 4x the documents; the fixed platform part (pools, BGP) makes per-workload work grow a
    // little more than 4x, a pass per resource over every resource 16x.
    if (process.env.NETLINT_SCALING_TABLE) console.log([...large].sort((a, b) => b[1] - a[1]).map(([id, w]) => `${String(small.get(id) ?? 0).padStart(9)} ${String(w).padStart(9)} ${id}`).join('\n'));
    expect(growingFaster(small, large, 6)).toEqual([]);
    // The guard sees the rules' work at all: the corpus exercises many rules.
    expect([...large.values()].filter((w) => w >= 200).length).toBeGreaterThan(8);
  }, 120_000);

  it('grows about linearly with network sets and the policies that reach them (N and 4N sets)', () => {
    const inventory = (sets: number) => [{ path: 'network-sets.yaml', content: networkSetInventory(sets) }];
    const small = workPerRule(0, inventory(500));
    const large = workPerRule(0, inventory(2_000));
    expect(growingFaster(small, large, 6)).toEqual([]);
    // Seen at all: netpol/shadowed-rule looks at every policy rule (20 apps, under its class limit).
    expect(large.get('netpol/shadowed-rule')).toBeGreaterThan(1_000);
  }, 60_000);
});
