import type { CommandSpec } from './runner.js';

/**
 * Argv builders for every program the harness runs. The harness and the dry-run plan both call
 * these, so what `--dry-run` prints is what a real run executes (a test holds them together).
 */

const S = 1000;
/** Per-call ceilings (execa kills the process when one expires). */
export const TIMEOUT = {
  quick: 30 * S,
  exec: 30 * S,
  create: 360 * S,
  delete: 180 * S,
  exportLogs: 180 * S,
  apply: 120 * S,
  rollout: 330 * S,
  podsReady: 150 * S,
} as const;

/** Server-side deadlines passed to kubectl, a little under the call's own timeout. */
export const DEADLINE_S = { rollout: 300, nodesReady: 300, coredns: 180, podsReady: 120, delete: 120 } as const;

const cmd = (file: string, args: string[], timeoutMs: number, input?: string): CommandSpec =>
  input === undefined ? { file, args, timeoutMs } : { file, args, timeoutMs, input };

export const kind = {
  version: () => cmd('kind', ['version'], TIMEOUT.quick),
  create: (cluster: string, kubeconfig: string, config: string) =>
    cmd('kind', ['create', 'cluster', '--name', cluster, '--config', '-', '--kubeconfig', kubeconfig, '--retain'], TIMEOUT.create, config),
  getNodes: (cluster: string) => cmd('kind', ['get', 'nodes', '--name', cluster], TIMEOUT.quick),
  exportLogs: (cluster: string, dir: string) => cmd('kind', ['export', 'logs', dir, '--name', cluster], TIMEOUT.exportLogs),
  delete: (cluster: string, kubeconfig: string) =>
    cmd('kind', ['delete', 'cluster', '--name', cluster, '--kubeconfig', kubeconfig], TIMEOUT.delete),
};

export const docker = {
  version: () => cmd('docker', ['version', '--format', '{{.Server.Version}}'], TIMEOUT.quick),
  exec: (node: string, argv: string[]) => cmd('docker', ['exec', node, ...argv], TIMEOUT.exec),
  networkCreate: (name: string, subnet: string, gateway: string) =>
    cmd(
      'docker',
      ['network', 'create', '--subnet', subnet, '--gateway', gateway, '-o', 'com.docker.network.bridge.enable_ip_masquerade=false', name],
      TIMEOUT.quick,
    ),
  networkConnect: (network: string, container: string, ip: string) =>
    cmd('docker', ['network', 'connect', '--ip', ip, network, container], TIMEOUT.quick),
  /** Detaches a container, so that the network can be removed (Docker refuses while one is attached: "has active endpoints"). */
  networkDisconnect: (network: string, container: string) => cmd('docker', ['network', 'disconnect', '--force', network, container], TIMEOUT.quick),
  networkRm: (names: string[]) => cmd('docker', ['network', 'rm', ...names], TIMEOUT.quick),
  /** The crossSubnet router: forwarding on, nothing else; `agnhost pause` keeps it alive. */
  runRouter: (name: string, network: string, ip: string, image: string) =>
    cmd(
      'docker',
      ['run', '-d', '--name', name, '--network', network, '--ip', ip, '--cap-add', 'NET_ADMIN', '--sysctl', 'net.ipv4.ip_forward=1', image, 'pause'],
      TIMEOUT.create,
    ),
  rmForce: (name: string) => cmd('docker', ['rm', '-f', name], TIMEOUT.quick),
  /** After cleanup: anything still named after the cluster (kind nodes, router, networks) has leaked. */
  leftovers: (cluster: string) => ({
    containers: cmd('docker', ['ps', '-a', '--filter', `name=${cluster}`, '--format', '{{.Names}}'], TIMEOUT.quick),
    networks: cmd('docker', ['network', 'ls', '--filter', `name=${cluster}`, '--format', '{{.Name}}'], TIMEOUT.quick),
  }),
  cp: (src: string, dest: string) => cmd('docker', ['cp', src, dest], TIMEOUT.apply),
  /** A netexec target outside the pod network, on kind's own docker network (NET_ADMIN for its return route). */
  runExternal: (name: string, image: string) =>
    cmd('docker', ['run', '-d', '--name', name, '--network', 'kind', '--cap-add', 'NET_ADMIN', image, 'netexec', '--http-port=8080'], TIMEOUT.create),
  inspectIp: (name: string) => cmd('docker', ['inspect', '-f', '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', name], TIMEOUT.quick),
};

/** Node-side evidence, read with `docker exec` (kind node containers carry iproute2). */
export const node = {
  routes: (n: string) => docker.exec(n, ['ip', '-j', '-4', 'route', 'show']),
  links: (n: string) => docker.exec(n, ['ip', '-j', '-d', 'link', 'show']),
  addrs: (n: string) => docker.exec(n, ['ip', '-j', '-4', 'addr', 'show']),
  flannelEnv: (n: string) => docker.exec(n, ['cat', '/run/flannel/subnet.env']),
  cniConfDir: (n: string) => docker.exec(n, ['ls', '/etc/cni/net.d']),
  /**
   * Whether BIRD's control socket is on the node (calico-node mounts the host's /var/run/calico,
   * where BIRD makes it: calico.yaml's var-run-calico volume): `present` or `absent`.
   */
  birdSocket: (n: string) => docker.exec(n, ['sh', '-c', `if [ -S ${BIRD_SOCKET} ]; then echo present; else echo absent; fi`]),
  addRoute: (n: string, dst: string, via: string, dev: string) => docker.exec(n, ['ip', 'route', 'add', dst, 'via', via, 'dev', dev]),
  untar: (n: string, archive: string, dir: string, members: string[]) =>
    docker.exec(n, ['tar', '-xzf', archive, '-C', dir, ...members]),
};

export function kubectl(kubeconfig: string) {
  const k = (args: string[], timeoutMs: number = TIMEOUT.quick, input?: string) =>
    cmd('kubectl', ['--kubeconfig', kubeconfig, ...args], timeoutMs, input);
  return {
    /** Any other kubectl call, with this kubeconfig. */
    raw: (args: string[], timeoutMs: number = TIMEOUT.quick) => k(args, timeoutMs),
    /** Server-side apply: idempotent (safe to retry) and without the client-side size limit Calico's CRDs hit. */
    apply: (manifest: string) => k(['apply', '--server-side', '--force-conflicts', '-f', '-'], TIMEOUT.apply, manifest),
    /** Deletes what a manifest names (namespaces take their contents with them); waits, bounded. */
    deleteManifest: (manifest: string) =>
      k(['delete', '--ignore-not-found', '--wait=true', `--timeout=${DEADLINE_S.delete}s`, '-f', '-'], (DEADLINE_S.delete + 30) * 1000, manifest),
    /** Deletes one object (`kind/name`); it must exist. Waits, bounded. */
    deleteObject: (what: string) => k(['delete', what, '--wait=true', `--timeout=${DEADLINE_S.delete}s`], (DEADLINE_S.delete + 30) * 1000),
    rollout: (ns: string, what: string, deadlineS: number = DEADLINE_S.rollout) =>
      k(['-n', ns, 'rollout', 'status', what, `--timeout=${deadlineS}s`], (deadlineS + 30) * 1000),
    nodesReady: () => k(['wait', '--for=condition=Ready', 'node', '--all', `--timeout=${DEADLINE_S.nodesReady}s`], TIMEOUT.rollout),
    podsReady: (ns: string) => k(['-n', ns, 'wait', '--for=condition=Ready', 'pod', '--all', `--timeout=${DEADLINE_S.podsReady}s`], TIMEOUT.podsReady),
    getJson: (what: string, ns?: string, selector?: string) =>
      k([...(ns ? ['-n', ns] : []), 'get', what, ...(selector ? ['-l', selector] : []), '-o', 'json']),
    exec: (ns: string, pod: string, container: string, argv: string[]) =>
      k(['-n', ns, 'exec', pod, '-c', container, '--', ...argv], TIMEOUT.exec),
    label: (nodeName: string, kv: string) => k(['label', 'node', nodeName, kv, '--overwrite']),
    annotate: (nodeName: string, kv: string) => k(['annotate', 'node', nodeName, kv, '--overwrite']),
    patchMerge: (what: string, patch: object) => k(['patch', what, '--type', 'merge', '-p', JSON.stringify(patch)]),
    podsWide: () => k(['get', 'pods', '-A', '-o', 'wide']),
    events: () => k(['get', 'events', '-A', '--sort-by=.lastTimestamp']),
    describePods: (ns: string) => k(['-n', ns, 'describe', 'pods']),
  };
}
export type Kubectl = ReturnType<typeof kubectl>;

export const BIRD_SOCKET = '/var/run/calico/bird.ctl';
export const birdProtocols = (k: Kubectl, pod: string) =>
  k.exec('kube-system', pod, 'calico-node', ['birdcl', '-s', BIRD_SOCKET, 'show', 'protocols']);
