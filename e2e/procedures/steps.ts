import { docker, node as nodeCmd, type Kubectl } from '../commands.js';
import type { EvidenceCheck } from '../evidence.js';
import { PROBE_NAMESPACE, probePodSpecs, toYaml } from '../manifests.js';
import { probeArgv } from '../probe.js';
import { inCidr } from '../cidr.js';
import { imageRef } from '../profiles/pins.js';
import type { Profile } from '../profiles/types.js';
import type { CommandResult, CommandSpec } from '../runner.js';
import type { GuidePod, GuideStep, ModeView } from './types.js';

/**
 * The step kinds of the guide's procedures: for each, what it runs (through the harness' runner,
 * `GuideEnv`) and what the dry-run shows. The procedures themselves are data (types.ts).
 */
type Obj = Record<string, unknown>;

export interface GuidePodFacts {
  name: string;
  node: string;
  ip: string;
}

/** What the harness lends a procedure: its runner wrappers, evidence collection and probing. */
export interface GuideEnv {
  k: Kubectl;
  cluster: string;
  nodes: string[];
  profile: Profile;
  run(spec: CommandSpec): Promise<CommandResult>;
  must(spec: CommandSpec): Promise<CommandResult>;
  retry(spec: CommandSpec): Promise<CommandResult>;
  /** Polls until the value is non-null or the evidence deadline passes. */
  waitFor<T>(probe: () => Promise<T | null>): Promise<T | null>;
  /** Node evidence judged as `view` says, polled until it holds or the deadline passes; recorded. */
  evidence(view: Profile, label: string): Promise<void>;
  /** Every pod probing may use: the profile's probe pods and the pods procedures started. */
  pods: GuidePodFacts[];
  nodeIp(node: string): Promise<string | null>;
  ping(id: string, title: string): Promise<void>;
  record(checks: EvidenceCheck[]): void;
  /** Registers the removal of something created outside the cluster; returns what it could not remove. */
  cleanup(fn: () => Promise<string[]>): void;
  removeContainer(name: string): Promise<string[]>;
}

/** The base profile judged as a procedure step expects the nodes to look now. */
export function viewProfile(base: Profile, v: ModeView): Profile {
  return { ...base, mode: v.mode, calico: { ...base.calico, pool: { ...base.calico.pool, ipipMode: v.ipipMode, vxlanMode: v.vxlanMode }, extraPools: v.extraPools ?? [] } };
}

export const guideCommands = {
  setEnv: (k: Kubectl, env: Record<string, string>) => k.raw(['-n', 'kube-system', 'set', 'env', 'ds/calico-node', '-c', 'calico-node', ...Object.entries(env).map(([a, b]) => `${a}=${b}`)]),
  restart: (k: Kubectl) => k.raw(['-n', 'kube-system', 'rollout', 'restart', 'ds/calico-node']),
  deleteCalicoNodePods: (k: Kubectl) => k.raw(['-n', 'kube-system', 'delete', 'pod', '-l', 'k8s-app=calico-node', '--wait=true', '--timeout=120s'], 150_000),
  external: (cluster: string) => `${cluster}-ext`,
};

export function guidePodManifest(pod: GuidePod, nodes: string[], profile: Profile): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: pod.name, namespace: PROBE_NAMESPACE, labels: { 'app.kubernetes.io/part-of': 'netlint-e2e', pod: pod.name }, ...(pod.annotations ? { annotations: pod.annotations } : {}) },
    spec: {
      nodeName: nodes[pod.node],
      terminationGracePeriodSeconds: 0,
      tolerations: [{ operator: 'Exists' }],
      containers: [{ name: 'probe', image: imageRef(profile.probeImage), imagePullPolicy: 'IfNotPresent', args: ['netexec', '--http-port=80', '--udp-port=80'], readinessProbe: { httpGet: { path: '/healthz', port: 80 }, periodSeconds: 2 } }],
    },
  };
}

const check = (id: string, scope: string, ok: boolean, expected: string, observed: string): EvidenceCheck => ({ id, scope, ok, expected, observed });

/** netexec's /dial answers `{"responses":["IP:PORT"]}` with the client address the target saw. */
export function seenAddress(stdout: string): string | null {
  try {
    const first = (JSON.parse(stdout) as { responses?: string[] }).responses?.[0];
    return first ? (first.split(':')[0] ?? null) : null;
  } catch {
    return null;
  }
}

/** The commands of one step, in order, with placeholders where values are known only at run time. */
export interface StepPlan {
  commands: { spec: CommandSpec; stdin?: string; note?: string }[];
  manifests: { name: string; yaml: string }[];
  notes: string[];
}

interface StepKind<S extends GuideStep> {
  run(env: GuideEnv, step: S): Promise<void>;
  plan(k: Kubectl, cluster: string, nodes: string[], profile: Profile, step: S): StepPlan;
}
type Kinds = { [K in GuideStep['do']]: StepKind<Extract<GuideStep, { do: K }>> };

const none = (commands: StepPlan['commands'], notes: string[] = []): StepPlan => ({ commands, manifests: [], notes });
const rollout = (k: Kubectl) => k.rollout('kube-system', 'ds/calico-node');
const podsManifest = (step: Extract<GuideStep, { do: 'start-pods' }>, nodes: string[], profile: Profile) => toYaml(step.pods.map((p) => guidePodManifest(p, nodes, profile)));
const dial = (node: string, podIp: string, extIp: string) => docker.exec(node, ['curl', '-sS', '--max-time', '10', `http://${podIp}:80/dial?request=clientip&host=${extIp}&port=8080&protocol=http&tries=1`]);

export const STEP_KINDS: Kinds = {
  patch: {
    run: async (env, s) => void (await env.must(env.k.patchMerge(s.what, { spec: s.spec }))),
    plan: (k, _c, _n, _p, s) => none([{ spec: k.patchMerge(s.what, { spec: s.spec }) }]),
  },
  delete: {
    run: async (env, s) => void (await env.must(env.k.deleteObject(s.what))),
    plan: (k, _c, _n, _p, s) => none([{ spec: k.deleteObject(s.what) }]),
  },
  'set-calico-node-env': {
    run: async (env, s) => void (await env.must(guideCommands.setEnv(env.k, s.env))),
    plan: (k, _c, _n, _p, s) => none([{ spec: guideCommands.setEnv(k, s.env) }]),
  },
  'restart-calico-node': {
    run: async (env) => {
      await env.must(guideCommands.restart(env.k));
      await env.must(rollout(env.k));
    },
    plan: (k) => none([{ spec: guideCommands.restart(k) }, { spec: rollout(k) }]),
  },
  'recreate-calico-node-pods': {
    run: async (env) => {
      await env.must(guideCommands.deleteCalicoNodePods(env.k));
      await env.must(rollout(env.k));
    },
    plan: (k) => none([{ spec: guideCommands.deleteCalicoNodePods(k) }, { spec: rollout(k) }]),
  },
  'label-nodes': {
    run: async (env, s) => {
      for (const l of s.labels) await env.must(env.k.label(env.nodes[l.node], l.label));
    },
    plan: (k, _c, nodes, _p, s) => none(s.labels.map((l) => ({ spec: k.label(nodes[l.node], l.label) }))),
  },
  apply: {
    run: async (env, s) => void (await env.retry(env.k.apply(toYaml(s.objects)))),
    plan: (k, _c, _n, _p, s) => ({ commands: [{ spec: k.apply(toYaml(s.objects)), stdin: s.name }], manifests: [{ name: s.name, yaml: toYaml(s.objects) }], notes: [] }),
  },
  'node-evidence': {
    run: (env, s) => env.evidence(viewProfile(env.profile, s.expect), s.title),
    plan: (k, _c, nodes) =>
      none(
        [{ spec: k.getJson('nodes') }, { spec: k.getJson('blockaffinities.crd.projectcalico.org') }, { spec: k.getJson('ippools.crd.projectcalico.org') }, ...nodes.flatMap((n) => [{ spec: nodeCmd.routes(n) }, { spec: nodeCmd.links(n) }, { spec: nodeCmd.addrs(n) }])],
        ['polled like the profile evidence until it holds'],
      ),
  },
  'start-pods': {
    run: async (env, s) => {
      await env.retry(env.k.apply(podsManifest(s, env.nodes, env.profile)));
      await env.must(env.k.podsReady(PROBE_NAMESPACE));
      const items = ((JSON.parse((await env.must(env.k.getJson('pods', PROBE_NAMESPACE))).stdout) as { items?: { metadata?: { name?: string }; status?: { podIP?: string } }[] }).items ?? []);
      for (const pod of s.pods) {
        const ip = items.find((i) => i.metadata?.name === pod.name)?.status?.podIP ?? null;
        const want = pod.expectIp;
        const ok = !!ip && ('equals' in want ? ip === want.equals : inCidr(ip, want.inCidr));
        env.record([check('pod-ip', pod.name, ok, 'equals' in want ? want.equals : `in ${want.inCidr} (${want.why})`, ip ?? 'no IP')]);
        if (ip) env.pods.push({ name: pod.name, node: env.nodes[pod.node], ip });
      }
    },
    plan: (k, _c, nodes, profile, s) => ({
      commands: [{ spec: k.apply(podsManifest(s, nodes, profile)), stdin: `${s.pods[0].name}.yaml` }, { spec: k.podsReady(PROBE_NAMESPACE) }, { spec: k.getJson('pods', PROBE_NAMESPACE), note: s.pods.map((p) => `${p.name}: ${'equals' in p.expectIp ? p.expectIp.equals : `in ${p.expectIp.inCidr}`}`).join('; ') }],
      manifests: [{ name: `${s.pods[0].name}.yaml`, yaml: podsManifest(s, nodes, profile) }],
      notes: [],
    }),
  },
  ping: {
    run: (env, s) => env.ping(s.id, s.title),
    plan: (k, _c, nodes, profile) =>
      none(
        probePodSpecs(profile, nodes).map((p) => ({ spec: k.exec(PROBE_NAMESPACE, p.name, 'probe', probeArgv([{ ip: '<ip of every other pod>', protocol: 'icmp' }])) })),
        ['ping matrix over every pair of pods (probe pods and the pods this procedure started), one exec per source pod, each pod started above included'],
      ),
  },
  'source-address': {
    run: async (env, s) => {
      const ext = guideCommands.external(env.cluster);
      if (!env.pods.some((p) => p.name === ext)) {
        env.cleanup(() => env.removeContainer(ext));
        await env.must(docker.runExternal(ext, imageRef(env.profile.probeImage)));
        const extIp = (await env.must(docker.inspectIp(ext))).stdout.trim();
        env.pods.push({ name: ext, node: '-', ip: extIp });
      }
      const extIp = env.pods.find((p) => p.name === ext)!.ip;
      const src = env.pods.find((p) => p.name === s.from);
      if (!src) throw new Error(`source pod ${s.from} is not running`);
      const nodeIp = await env.nodeIp(src.node);
      const id = `source-address-${s.id}`;
      const what = `${s.from} → ${ext} (${extIp})`;
      // Without the node's address there is no route for the answer and no node address to expect:
      // "no answer" would equal "no address expected" and pass without having looked.
      if (!nodeIp) return env.record([check(id, what, false, `the ${s.seen} address`, `the address of node ${src.node} is unknown (no projectcalico.org/IPv4Address annotation)`)]);
      // The target answers the pod address through the node that hosts it (the kind network has no pod routes).
      await env.must(docker.exec(ext, ['ip', 'route', 'replace', env.profile.calico.pool.cidr, 'via', nodeIp]));
      const want = s.seen === 'pod' ? src.ip : nodeIp;
      let seen: string | null = null;
      await env.waitFor(async () => {
        seen = seenAddress((await env.run(dial(src.node, src.ip, extIp))).stdout);
        return seen === want ? seen : null;
      });
      env.record([check(id, what, seen === want, `${want} (the ${s.seen} address)`, seen ?? 'no answer from the target')]);
    },
    plan: (k, cluster, nodes, profile, s) => {
      const ext = guideCommands.external(cluster);
      return none(
        [
          { spec: docker.runExternal(ext, imageRef(profile.probeImage)), note: 'once per procedure; removed at cleanup' },
          { spec: docker.inspectIp(ext) },
          { spec: docker.exec(ext, ['ip', 'route', 'replace', profile.calico.pool.cidr, 'via', `<IP of the node of ${s.from}>`]) },
          { spec: dial(`<node of ${s.from}>`, `<IP of ${s.from}>`, `<IP of ${ext}>`), note: `polled until the target reports the ${s.seen} address` },
        ],
        [`${ext}: agnhost netexec on the kind docker network, outside the pod network; /dial from ${s.from} asks it for /clientip`],
      );
    },
  },
};

export function runGuideStep(env: GuideEnv, step: GuideStep): Promise<void> {
  return (STEP_KINDS[step.do] as StepKind<GuideStep>).run(env, step);
}
export function planGuideStep(k: Kubectl, cluster: string, nodes: string[], profile: Profile, step: GuideStep): StepPlan {
  return (STEP_KINDS[step.do] as StepKind<GuideStep>).plan(k, cluster, nodes, profile, step);
}
