import { loadAll } from 'js-yaml';
import { docker } from '../commands.js';
import { inCidr } from '../cidr.js';
import { PROBE_NAMESPACE } from '../manifests.js';
import { guideCommands } from '../procedures/steps.js';
import { DEFAULT_POOL, type Procedure } from '../procedures/types.js';
import { ok, type CommandSpec } from '../runner.js';
import { routesOf, type Sim, type SimBlock } from './sim-cluster.js';

/**
 * The simulated cluster learns what the guide's procedures change, the way Calico behaves:
 * routes follow the pool's ipipMode once calico-node restarts (or its pods are recreated), a pool
 * with a nodeSelector serves only the nodes it selects (its blocks appear when a pod lands there),
 * `ipAddrs` / `ipv4pools` choose a pod's address, and natOutgoing decides which source address an
 * outside target sees. `faults` make it misbehave for the wrong-evidence variants.
 */
export type GuideFault = 'routes-stuck' | 'pool-selector-ignored' | 'ipaddrs-ignored' | 'nat-stays';

interface Pool {
  name: string;
  cidr: string;
  nodeSelector: string;
  ipipMode: string;
  vxlanMode: string;
  natOutgoing: boolean;
  disabled: boolean;
}
type Obj = Record<string, any>;

const EXT_IP = '172.18.0.100';
const base = (cidr: string) => cidr.split('/')[0].split('.').slice(0, 3).join('.');

export interface GuideSim {
  pools: Pool[];
  labels: Map<string, Record<string, string>>;
  env: Record<string, string>;
  /** The ipipMode calico-node programmed at its last (re)start. */
  programmed: string;
  blocks: SimBlock[];
}

export function withGuide(sim: Sim, procedure: Procedure, faults: GuideFault[] = []): GuideSim {
  const { k, nodes, profile } = sim;
  const def: Pool = { name: 'default-ipv4-ippool', cidr: profile.calico.pool.cidr, nodeSelector: 'all()', ipipMode: profile.calico.pool.ipipMode, vxlanMode: profile.calico.pool.vxlanMode, natOutgoing: true, disabled: false };
  const g: GuideSim = { pools: [def], labels: new Map(nodes.map((n) => [n.name, {}])), env: {}, programmed: def.ipipMode, blocks: [] };
  const always = (spec: CommandSpec, result: (spec: CommandSpec) => ReturnType<typeof ok>, input?: (i: string | undefined) => boolean) => sim.fake.add({ argv: [spec.file, ...spec.args], result, times: Infinity, ...(input ? { input } : {}) });
  const restart = () => {
    if (!faults.includes('routes-stuck')) g.programmed = def.ipipMode;
  };
  const selects = (pool: Pool, nodeName: string) => {
    if (pool.nodeSelector === 'all()' || faults.includes('pool-selector-ignored')) return true;
    const m = /^(\S+) == "(.*)"$/.exec(pool.nodeSelector);
    return !!m && g.labels.get(nodeName)?.[m[1]] === m[2];
  };
  /** A block of `pool` for the node (allocated when the first pod of that pool lands there). */
  const blockFor = (pool: Pool, nodeIdx: number): SimBlock => {
    const node = nodes[nodeIdx];
    const existing = g.blocks.find((b) => b.node === node && inCidr(b.cidr.split('/')[0], pool.cidr));
    if (existing) return existing;
    const used = g.blocks.filter((b) => inCidr(b.cidr.split('/')[0], pool.cidr)).length;
    const block = { cidr: `${base(pool.cidr)}.${used * 64}/26`, node };
    g.blocks.push(block);
    return block;
  };
  let counter = 20;
  const ipFor = (pod: Obj, nodeIdx: number): string => {
    const ann: Record<string, string> = pod.metadata.annotations ?? {};
    if (ann['cni.projectcalico.org/ipAddrs'] && !faults.includes('ipaddrs-ignored')) return (JSON.parse(ann['cni.projectcalico.org/ipAddrs']) as string[])[0];
    const named = ann['cni.projectcalico.org/ipv4pools'] ? (JSON.parse(ann['cni.projectcalico.org/ipv4pools']) as string[]) : null;
    const pool = g.pools.find((p) => (named ? named.includes(p.name) : !p.disabled && selects(p, nodes[nodeIdx].name)))!;
    const block = pool === def ? { cidr: nodes[nodeIdx].block } : blockFor(pool, nodeIdx);
    return `${base(block.cidr)}.${Number(block.cidr.split('/')[0].split('.')[3]) + counter++}`;
  };

  sim.routesFor = (n) => {
    const mode = g.programmed === 'Never' ? 'bgp' : g.programmed === 'CrossSubnet' ? 'crosssubnet' : 'ipip';
    const own = sim.blockNodes().map((i) => ({ cidr: nodes[i].block, node: nodes[i] }));
    return routesOf({ ...profile, mode }, n, [...own, ...g.blocks]);
  };
  const blocks = k.getJson('blockaffinities.crd.projectcalico.org');
  always(blocks, () => ok(JSON.stringify({ items: [...sim.blockNodes().map((i) => ({ cidr: nodes[i].block, node: nodes[i] })), ...g.blocks].map((b) => ({ metadata: { name: `${b.node.name}-${b.cidr}` }, spec: { cidr: b.cidr, node: b.node.name, state: 'confirmed' } })) })));
  always(k.getJson('ippools.crd.projectcalico.org'), () => ok(JSON.stringify({ items: g.pools.map((p) => ({ metadata: { name: p.name }, spec: { cidr: p.cidr, ipipMode: p.ipipMode, vxlanMode: p.vxlanMode, natOutgoing: p.natOutgoing, nodeSelector: p.nodeSelector, ...(p.disabled ? { disabled: true } : {}) } })) })));
  // patchMerge's argv carries the patch: answer any patch of the default pool and apply it.
  const patchPrefix = k.patchMerge(DEFAULT_POOL, {}).args.slice(0, -1);
  const baseRun = sim.fake.run;
  sim.fake.run = async (spec) => {
    if (spec.file === 'kubectl' && spec.args.length === patchPrefix.length + 1 && patchPrefix.every((a, i) => spec.args[i] === a)) {
      sim.fake.calls.push(spec);
      Object.assign(def, (JSON.parse(spec.args.at(-1)!) as { spec: Partial<Pool> }).spec);
      return ok('ippool.crd.projectcalico.org/default-ipv4-ippool patched\n');
    }
    return baseRun(spec);
  };
  for (const s of procedure.steps) {
    if (s.do === 'set-calico-node-env') always(guideCommands.setEnv(k, s.env), () => (Object.assign(g.env, s.env), ok('daemonset.apps/calico-node env updated\n')));
    if (s.do === 'restart-calico-node') always(guideCommands.restart(k), () => (restart(), ok('daemonset.apps/calico-node restarted\n')));
    if (s.do === 'recreate-calico-node-pods') always(guideCommands.deleteCalicoNodePods(k), () => (restart(), ok(nodes.map((_, i) => `pod "calico-node-${i}" deleted`).join('\n'))));
    if (s.do === 'label-nodes')
      for (const l of s.labels)
        always(k.label(nodes[l.node].name, l.label), () => {
          const [key, value] = l.label.split('=');
          g.labels.get(nodes[l.node].name)![key] = value;
          return ok(`node/${nodes[l.node].name} labeled\n`);
        });
  }
  // Applied manifests: IPPools join the pool list; pods in the probe namespace get an address.
  const apply = k.apply('');
  sim.fake.add({
    argv: [apply.file, ...apply.args],
    times: Infinity,
    input: (i) => !!i && /kind: (IPPool|Pod)/.test(i) && !sim.pods.some((p) => i.includes(`name: ${p.name}\n`)),
    result: (spec) => {
      for (const doc of loadAll(spec.input ?? '') as Obj[]) {
        if (doc.kind === 'IPPool') g.pools.push({ name: doc.metadata.name, cidr: doc.spec.cidr, nodeSelector: doc.spec.nodeSelector ?? 'all()', ipipMode: doc.spec.ipipMode ?? 'Never', vxlanMode: doc.spec.vxlanMode ?? 'Never', natOutgoing: doc.spec.natOutgoing ?? false, disabled: !!doc.spec.disabled });
        if (doc.kind === 'Pod' && doc.metadata.namespace === PROBE_NAMESPACE) {
          const nodeIndex = nodes.findIndex((n) => n.name === doc.spec.nodeName);
          sim.extraPods.push({ name: doc.metadata.name, node: doc.spec.nodeName, nodeIndex, networks: 'calico', ip: ipFor(doc, nodeIndex), flannelIp: null });
        }
      }
      return ok('applied\n');
    },
  });
  // The outside target of natOutgoing: a container on the kind network.
  const ext = guideCommands.external(sim.cluster);
  always(docker.runExternal(ext, `${profile.probeImage.repository}:${profile.probeImage.tag}@${profile.probeImage.digest}`), () => (sim.containers.add(ext), ok('cid\n')));
  always(docker.inspectIp(ext), () => ok(`${EXT_IP}\n`));
  always(docker.rmForce(ext), () => (sim.containers.delete(ext), ok(`${ext}\n`)));
  for (const n of nodes) {
    always(docker.exec(ext, ['ip', 'route', 'replace', def.cidr, 'via', n.ip]), () => ok());
    for (const p of sim.pods.filter((x) => x.node === n.name)) {
      const dial = docker.exec(n.name, ['curl', '-sS', '--max-time', '10', `http://${p.ip}:80/dial?request=clientip&host=${EXT_IP}&port=8080&protocol=http&tries=1`]);
      always(dial, () => ok(JSON.stringify({ responses: [`${def.natOutgoing || faults.includes('nat-stays') ? n.ip : p.ip}:43120`] })));
    }
  }
  return g;
}
