import { planScenario } from '../conformance/run.js';
import type { ShadowPlan } from '../conformance/shadow.js';
import { truthOf, type Scenario } from '../conformance/suite.js';
import { predictedCell } from '../conformance/reach.js';
import { serviceCells } from '../conformance/services.js';
import { toYaml } from '../manifests.js';
import { PROBE_SCRIPT } from '../probe.js';
import { nodeNames } from '../profiles/index.js';
import { ok, type CommandResult, type CommandSpec } from '../runner.js';
import type { Sim } from './sim-cluster.js';

/**
 * A simulated probe responder for the policy conformance step: shadow pods get deterministic IPs,
 * and every probe is answered from a truth table (by default the scenario's hand-written truth,
 * else reach's prediction; net1 always connects). Tests replace `respond` to inject a wrong
 * cell, a flaky cell, or slow execs.
 */
export interface ProbeQuestion {
  scenario: string;
  network: 'default' | 'net1';
  from: string;
  to: string;
  port: number;
  protocol: string;
  /** 1 for the first time this cell is asked, 2 for its first re-probe, … */
  attempt: number;
}

export interface ConformanceSim {
  plans: ShadowPlan[];
  /** eth0 and net1 IPs per scenario index and shadow pod id. */
  ips: Map<string, { ip: string; net1: string }>[];
  /** ClusterIPs per scenario index and Service id (`svc:ns/name`). */
  serviceIps: Map<string, string>[];
  respond: (q: ProbeQuestion) => boolean;
  /** Default answer for a question (truth table, reach, or net1 = connect). */
  truth: (q: ProbeQuestion) => boolean;
  questions: ProbeQuestion[];
  /** Manifests received by `kubectl delete -f -`. */
  deleted: string[];
  applied: string[];
}

/** What busybox ping prints (networking/ping.c): the statistics line decides. */
export const pingOutput = (ip: string, reached: boolean) =>
  `PING ${ip} (${ip}): 56 data bytes\n${reached ? `64 bytes from ${ip}: seq=0 ttl=63 time=0.3 ms\n` : ''}\n--- ${ip} ping statistics ---\n3 packets transmitted, ${reached ? 3 : 0} packets received, ${reached ? 0 : 100}% packet loss`;

export function withConformance(sim: Sim, scenarios: Scenario[]): ConformanceSim {
  const nodes = nodeNames(sim.cluster, sim.profile);
  const plans = scenarios.map((s) => planScenario(s, sim.profile, nodes));
  const ips = plans.map((plan, si) => new Map(plan.pods.map((p, j) => [p.id, { ip: `10.${100 + si}.0.${10 + j}`, net1: `10.${150 + si}.1.${10 + j}` }])));
  // Each Service's ClusterIP, in the service range kind gives (10.96.0.0/16).
  const serviceIps = plans.map((plan, si) => new Map(plan.services.map((sv, j) => [sv.id, `10.96.${si}.${10 + j}`])));
  let active = -1;
  const asked = new Map<string, number>();
  const truth = (q: ProbeQuestion): boolean => {
    if (q.network === 'net1') return true;
    const plan = plans.find((p) => p.scenario.name === q.scenario)!;
    if (plan.scenario.truth) return truthOf(plan.scenario.truth, q.from, q.to, q.port, q.protocol);
    const cell = q.to.startsWith('svc:')
      ? serviceCells(plan.services, plan.pods, plan.expected, []).find((c) => c.from === q.from && c.to === q.to && c.port === q.port && c.protocol === q.protocol)
      : predictedCell(plan.expected, q.from, q.to, q.port, q.protocol);
    if (!cell) throw new Error(`the simulator has no answer for ${q.from} → ${q.to} ${q.port}/${q.protocol}`);
    return cell.allowed;
  };
  const cs: ConformanceSim = { plans, ips, serviceIps, truth, respond: truth, questions: [], deleted: [], applied: [] };
  const applyArgv = sim.k.apply('').args;
  sim.fake.add({
    argv: [sim.k.apply('').file, ...applyArgv],
    times: Infinity,
    input: (input) => active + 1 < plans.length && input === toYaml(plans[active + 1].setup),
    result: (spec) => {
      active += 1;
      cs.applied.push(spec.input ?? '');
      return ok('applied\n');
    },
  });
  sim.fake.add({
    argv: ['kubectl', ...sim.k.apply('').args],
    times: Infinity,
    input: (input) => active >= 0 && plans[active].services.length > 0 && input === toYaml(plans[active].services.map((sv) => sv.manifest)),
    result: (spec) => {
      cs.applied.push(spec.input ?? '');
      return ok('applied\n');
    },
  });
  sim.fake.add({
    argv: ['kubectl', ...sim.k.apply('').args],
    times: Infinity,
    input: (input) => active >= 0 && input === toYaml(plans[active].policies),
    result: (spec) => {
      cs.applied.push(spec.input ?? '');
      return ok('applied\n');
    },
  });
  const del = sim.k.deleteManifest('');
  sim.fake.add({ argv: [del.file, ...del.args], times: Infinity, result: (spec) => ((cs.deleted.push(spec.input ?? ''), ok('deleted\n'))) });
  for (const ns of new Set(plans.flatMap((p) => p.services.map((x) => x.namespace)))) {
    const get = sim.k.getJson('services', ns);
    sim.fake.add({
      argv: [get.file, ...get.args],
      times: Infinity,
      result: () => ok(JSON.stringify({ items: plans[active].services.filter((sv) => sv.namespace === ns).map((sv) => ({ metadata: { name: sv.name }, spec: { clusterIP: serviceIps[active].get(sv.id) } })) })),
    });
  }
  for (const ns of new Set(plans.flatMap((p) => p.pods.map((x) => x.namespace)))) {
    const ready = sim.k.podsReady(ns);
    const get = sim.k.getJson('pods', ns);
    sim.fake.add({ argv: [ready.file, ...ready.args], times: Infinity, result: ok('condition met\n') });
    sim.fake.add({
      argv: [get.file, ...get.args],
      times: Infinity,
      result: () =>
        ok(
          JSON.stringify({
            items: plans[active].pods
              .filter((p) => p.namespace === ns)
              .map((p) => {
                const a = ips[active].get(p.id)!;
                return {
                  metadata: { name: p.name, annotations: sim.profile.multus ? { 'k8s.v1.cni.cncf.io/network-status': JSON.stringify([{ name: 'k8s-pod-network', ips: [a.ip], default: true }, { name: 'netlint-e2e/flannel-net', interface: 'net1', ips: [a.net1] }]) } : {} },
                  status: { podIP: a.ip },
                };
              }),
          }),
        ),
    });
  }
  sim.shadowExec = (spec: CommandSpec): CommandResult | null => {
    if (active < 0 || spec.file !== 'kubectl' || !spec.args.includes(PROBE_SCRIPT)) return null;
    const ns = spec.args[spec.args.indexOf('-n') + 1];
    const podName = spec.args[spec.args.indexOf('exec') + 1];
    const plan = plans[active];
    const src = plan.pods.find((p) => p.namespace === ns && p.name === podName);
    if (!src) return null;
    const args = spec.args.slice(spec.args.indexOf(PROBE_SCRIPT) + 3);
    const blocks: string[] = [];
    for (let i = 0; i + 2 < args.length; i += 3) {
      const [protocol, ip, port] = [args[i], args[i + 1], Number(args[i + 2])];
      const service = [...serviceIps[active].entries()].find(([, a]) => a === ip)?.[0];
      const hit = service !== undefined ? ([service, { ip, net1: '' }] as const) : [...ips[active].entries()].find(([, a]) => a.ip === ip || a.net1 === ip);
      const network = hit && hit[1].net1 === ip ? 'net1' : 'default';
      const key = `${network}:${src.id}->${hit?.[0]}:${port}/${protocol}`;
      const attempt = (asked.get(key) ?? 0) + 1;
      asked.set(key, attempt);
      const q: ProbeQuestion = { scenario: plan.scenario.name, network, from: src.id, to: hit?.[0] ?? '?', port, protocol: protocol.toUpperCase(), attempt };
      cs.questions.push(q);
      const reached = hit !== undefined && cs.respond(q);
      blocks.push(`@@probe ${i / 3} ${reached ? 0 : 1}\n${protocol === 'icmp' ? pingOutput(ip, reached) : reached ? '' : 'TIMEOUT'}\n@@end ${i / 3}`);
    }
    return ok(`${blocks.join('\n')}\n`);
  };
  return cs;
}
