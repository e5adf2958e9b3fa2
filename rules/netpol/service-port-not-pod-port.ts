import type { ClusterModel } from '../../src/engine/model.js';
import { derived } from '../../src/engine/model.js';
import { firstOf } from '../../src/engine/plural.js';
import { matchCond, portMatches } from '../../src/engine/netpol/match.js';
import type { ContainerPort, Policy, PortProtocol, Rule, WorkloadEndpoint } from '../../src/engine/netpol/model.js';
import { candidateClasses, policyOf, reachCluster, selectedEndpoints } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asArray, asObject } from '../../src/engine/values.js';
import { PORT_PROTOCOLS, podsBehind, servedOn, servicePorts } from './lib/service-pods.js';

/**
 * Where a pod serves a Service port that its Service translates: the Service, which of its ports
 * (`port`, or the `nodePort` every node listens on), and the pod's port. kube-proxy (and Calico's or
 * Cilium's eBPF replacement of it) translates a connection to the Service's cluster IP and port, or
 * to a node's nodePort, into one to a pod and its `targetPort` before policy sees it, so policy
 * matches the pod's port (the Kubernetes "Service" page; projectcalico/calico#8049, felix#2836).
 */
interface Served {
  service: string;
  field: 'port' | 'nodePort';
  target: ContainerPort;
}

/**
 * For each `port/protocol` of an input Service (its `port` or `nodePort`) that its pods serve on
 * another port, those pods and where (the first such Service port of a pod), found once per lint and
 * only for the ports some policy names. A headless Service (`clusterIP: None`) is left out: nothing
 * translates its port.
 */
const translatedPorts = derived('netpol/translated-service-ports', (m: ClusterModel) => {
  const out = new Map<string, Map<WorkloadEndpoint, Served>>();
  const named = singlePortsNamed(m);
  for (const r of m.byKind('Service')) {
    const spec = asObject(r.value.spec);
    if (spec.clusterIP === 'None' || spec.type === 'ExternalName') continue;
    const namespace = r.namespace ?? 'default';
    let members: WorkloadEndpoint[] | null = null;
    for (const { port: servicePort, nodePort, protocol, targetPort } of servicePorts(r)) {
      for (const [field, port] of [['port', servicePort], ['nodePort', nodePort]] as const) {
        const key = `${port}/${protocol}`;
        if (port === undefined || !named.has(key) || String(targetPort) === String(port)) continue;
        members ??= podsBehind(m, r);
        for (const pod of members) {
          const target = servedOn(pod, targetPort, protocol);
          if (target === null || target.port === port) continue;
          let byPod = out.get(key);
          if (!byPod) out.set(key, (byPod = new Map()));
          if (!byPod.has(pod)) byPod.set(pod, { service: `${namespace}/${r.name}`, field, target });
        }
      }
    }
  }
  return out;
});

/** The `port/protocol` of every single port a policy rule of the input names: only those Service ports matter. */
const singlePortsNamed = derived('netpol/single-ports-named', (m: ClusterModel) => {
  const out = new Set<string>();
  const add = (rules: readonly Rule[] | null) => {
    for (const rule of rules ?? []) {
      for (const e of rule.ports.include ?? []) {
        if (e.from === undefined || e.from !== e.to) continue;
        for (const protocol of e.protocol !== undefined ? [e.protocol] : (rule.ports.protocols ?? PORT_PROTOCOLS)) out.add(`${e.from}/${protocol}`);
      }
    }
  };
  for (const policy of reachCluster(m).policies) {
    add(policy.ingress);
    add(policy.egress);
  }
  return out;
});

/** A rule's single numeric ports as written, with their protocol and path (ranges and names are left out). */
function singlePorts(policy: Policy, rule: Rule, raw: Record<string, unknown>): { port: number; protocol: PortProtocol; path: Path }[] {
  const rulePath = rule.path;
  const out: { port: number; protocol: PortProtocol; path: Path }[] = [];
  if (policy.source === 'kubernetes') {
    asArray(raw.ports).forEach((e, k) => {
      const entry = asObject(e);
      const protocol = entry.protocol === undefined ? 'TCP' : entry.protocol;
      if (typeof entry.port === 'number' && entry.endPort === undefined && typeof protocol === 'string' && PORT_PROTOCOLS.has(protocol)) {
        out.push({ port: entry.port, protocol: protocol as PortProtocol, path: [...rulePath, 'ports', k, 'port'] });
      }
    });
    return out;
  }
  // A Calico rule's one protocol, as the model read it (a name or its number).
  const protocols = rule.ports.protocols;
  const protocol = protocols?.length === 1 && PORT_PROTOCOLS.has(protocols[0]) ? (protocols[0] as PortProtocol) : undefined;
  if (protocol === undefined) return out;
  asArray(asObject(raw.destination).ports).forEach((p, k) => {
    const port = typeof p === 'number' ? p : typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : null;
    if (port !== null) out.push({ port, protocol, path: [...rulePath, 'destination', 'ports', k] });
  });
  return out;
}

export default defineRule({
  meta: {
    id: 'netpol/service-port-not-pod-port',
    description:
      "A policy rule names a Service's `port` (or its `nodePort`) where its pods serve it on another `targetPort` (Service port 80, pods on 8080): kube-proxy translates a connection to the Service's address and port (or a node's nodePort) into one to a pod and its target port before policy sees it, so the rule does not match connections through the Service, and the traffic it was written for is left to the policy's other rules (usually denied).",
    severity: 'warning',
    remediation: 'Name the port the pods listen on (the Service\'s `targetPort`, or its name), not the Service\'s `port`.',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: {
      servicePort:
        "port {{port}}/{{protocol}} is Service {{service}}'s port; its pods ({{pods}}) listen on {{target}}, and policy sees a connection after kube-proxy has translated the Service's address and port to a pod's, so this rule does not match connections through the Service; write {{targetPort}}",
      nodePort:
        "port {{port}}/{{protocol}} is Service {{service}}'s nodePort; its pods ({{pods}}) listen on {{target}}, and policy sees a connection after kube-proxy has translated the node's address and port to a pod's, so this rule does not match connections through the nodePort; write {{targetPort}}",
    },
    docs: "This is how Calico and Cilium enforce policy (projectcalico/calico#8049: an egress rule on the Service's port 80 blocks a Service whose pods listen on 8080). The AWS VPC CNI's network policy agent is an exception for egress: it also admits the Service's cluster IP on the ports a rule names (aws/amazon-network-policy-controller-k8s), so there the egress rule works through the Service. Ingress rules are judged on the pods the policy selects, egress rules on the pods their `to` peers (a Calico rule's destination selectors) select; a rule without peers (any destination) is not judged, nor a port range or a named port. A rule that also names the pods' own port, or pods that declare the Service's port as a `containerPort` themselves (they may listen on both), are left alone, as are headless Services (`clusterIP: None`), which translate no port. To see what a client meets through the Service, ask `netlint reach --from CLIENT --to svc:NAMESPACE/NAME --port PORT --explain`, which answers the Service's port on the pods' target port; an `expect:` entry with `to: svc:NAMESPACE/NAME` keeps it checked; and `netlint e2e`'s `service-target-port` scenario probes the same through a ClusterIP on a real cluster.",
  },
  check(resource, ctx) {
    const translated = translatedPorts(ctx.model);
    if (translated.size === 0) return;
    const policy = policyOf(ctx.model, resource);
    if (!policy) return;
    const { namespaces } = reachCluster(ctx.model);
    for (const dir of ['ingress', 'egress'] as const) {
      const rules = policy[dir] ?? [];
      for (const rule of rules) {
        if (rule.inert !== undefined || (dir === 'egress' && rule.peer.k === 'all')) continue;
        const raw = asObject(asArray(asObject(resource.value.spec)[dir])[rule.index]);
        let destinations: WorkloadEndpoint[] | null = null;
        for (const { port, protocol, path } of singlePorts(policy, rule, raw)) {
          const byPod = translated.get(`${port}/${protocol}`);
          if (byPod === undefined) continue;
          destinations ??= destinationsOf(ctx.model, policy, rule, dir, namespaces);
          // Every pod the rule's port applies to is behind such a Service, listens on no such port
          // itself, and is not let through on its own port by this rule or another of the policy.
          const missed = destinations.map((pod) => ({ pod, served: byPod.get(pod) }));
          const slip =
            missed.length > 0 &&
            missed.every(
              ({ pod, served }) =>
                served !== undefined &&
                !pod.ports.some((p) => p.port === port && p.protocol === protocol) &&
                !rules.some((r) => r.action === 'Allow' && r.inert === undefined && portMatches(r.ports, served.target, pod.ports) && (r === rule || appliesTo(policy, r, dir, pod, namespaces))),
            );
          if (!slip) continue;
          const { service, field, target } = missed[0].served!;
          ctx.report({
            path,
            messageId: field === 'port' ? 'servicePort' : 'nodePort',
            data: {
              port: String(port),
              protocol,
              service,
              pods: firstOf([...new Set(missed.map((m) => m.pod.id))], 3),
              target: target.name ? `${target.port}/${protocol} (${target.name})` : `${target.port}/${protocol}`,
              targetPort: target.name && policy.source === 'kubernetes' ? `${target.port} (or the name ${target.name})` : String(target.port),
            },
          });
        }
      }
    }
  },
});

/** The pods a rule's ports apply to: the policy's own (ingress) or the rule's peers (egress). */
function destinationsOf(model: ClusterModel, policy: Policy, rule: Rule, dir: 'ingress' | 'egress', namespaces: Namespaces): WorkloadEndpoint[] {
  if (dir === 'ingress') return selectedEndpoints(model, policy).filter((pod) => matchCond(rule.local, pod, namespaces));
  return candidateClasses(model, rule.peer).flatMap((cls) => cls.members.filter((pod) => matchCond(rule.peer, pod, namespaces)));
}

type Namespaces = ReturnType<typeof reachCluster>['namespaces'];

/** Whether a rule's ports apply to connections to `pod`: one of the policy's own (ingress) or a peer (egress). */
function appliesTo(policy: Policy, rule: Rule, dir: 'ingress' | 'egress', pod: WorkloadEndpoint, namespaces: Namespaces): boolean {
  if (dir === 'egress') return matchCond(rule.peer, pod, namespaces);
  return (policy.namespace === null || policy.namespace === pod.namespace) && matchCond(policy.subject, pod, namespaces) && matchCond(rule.local, pod, namespaces);
}
