import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  require_node_crypto
} from "./chunk-UKZMQPIU.js";
import {
  describeWhy
} from "./chunk-H27P2NUM.js";
import {
  escapeInlineCode,
  escapeMarkdown
} from "./chunk-3GO35JKS.js";
import {
  expectedMatrix
} from "./chunk-LNUE5EMN.js";
import {
  describeParseError,
  isParseArgsError,
  parseArgs
} from "./chunk-DHJD67KQ.js";
import {
  CALICO_NAME_LABEL,
  buildCluster,
  calicoPolicyTypes,
  isAdminPolicy,
  isCalicoPolicy,
  isKubernetesNetworkPolicy,
  namespaceOf,
  servedOn,
  servicePorts,
  serviceSelector
} from "./chunk-O2OHA4SU.js";
import {
  containsIp,
  dump,
  loadAll,
  loadSources,
  parseCidr,
  parseIp
} from "./chunk-2TB3XL2O.js";
import {
  __toESM
} from "./chunk-KSTQWAIF.js";

// e2e/artifacts.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var mirrorPath = (dir, url) => `${dir.replace(/\/+$/, "")}/${url.replace(/^[a-z]+:\/\//, "")}`;
var downloadPath = (dir, url) => `${dir}/${url.split("/").pop()}`;
var curlDownload = (url, dest) => ({
  file: "curl",
  args: ["-fsSL", "--proto", "=https", "--proto-redir", "=https", "--retry", "3", "--connect-timeout", "20", "--max-time", "120", "--create-dirs", "-o", dest, url],
  timeoutMs: 15e4
});
var sha256Hex = (bytes) => (0, import_node_crypto.createHash)("sha256").update(bytes).digest("hex");
function pinText(file2) {
  return file2.sha256 ? `sha256 ${file2.sha256}` : `NOT PINNED (refused without --allow-unpinned; ${file2.source})`;
}

// e2e/commands.ts
var S = 1e3;
var TIMEOUT = {
  quick: 30 * S,
  exec: 30 * S,
  create: 360 * S,
  delete: 180 * S,
  exportLogs: 180 * S,
  apply: 120 * S,
  rollout: 330 * S,
  podsReady: 150 * S
};
var DEADLINE_S = { rollout: 300, nodesReady: 300, coredns: 180, podsReady: 120, delete: 120 };
var cmd = (file2, args, timeoutMs, input) => input === void 0 ? { file: file2, args, timeoutMs } : { file: file2, args, timeoutMs, input };
var kind = {
  version: () => cmd("kind", ["version"], TIMEOUT.quick),
  create: (cluster, kubeconfig, config) => cmd("kind", ["create", "cluster", "--name", cluster, "--config", "-", "--kubeconfig", kubeconfig, "--retain"], TIMEOUT.create, config),
  getNodes: (cluster) => cmd("kind", ["get", "nodes", "--name", cluster], TIMEOUT.quick),
  exportLogs: (cluster, dir) => cmd("kind", ["export", "logs", dir, "--name", cluster], TIMEOUT.exportLogs),
  delete: (cluster, kubeconfig) => cmd("kind", ["delete", "cluster", "--name", cluster, "--kubeconfig", kubeconfig], TIMEOUT.delete)
};
var docker = {
  version: () => cmd("docker", ["version", "--format", "{{.Server.Version}}"], TIMEOUT.quick),
  exec: (node2, argv) => cmd("docker", ["exec", node2, ...argv], TIMEOUT.exec),
  networkCreate: (name, subnet, gateway) => cmd(
    "docker",
    ["network", "create", "--subnet", subnet, "--gateway", gateway, "-o", "com.docker.network.bridge.enable_ip_masquerade=false", name],
    TIMEOUT.quick
  ),
  networkConnect: (network, container, ip) => cmd("docker", ["network", "connect", "--ip", ip, network, container], TIMEOUT.quick),
  /** Detaches a container, so that the network can be removed (Docker refuses while one is attached: "has active endpoints"). */
  networkDisconnect: (network, container) => cmd("docker", ["network", "disconnect", "--force", network, container], TIMEOUT.quick),
  networkRm: (names) => cmd("docker", ["network", "rm", ...names], TIMEOUT.quick),
  /** The crossSubnet router: forwarding on, nothing else; `agnhost pause` keeps it alive. */
  runRouter: (name, network, ip, image) => cmd(
    "docker",
    ["run", "-d", "--name", name, "--network", network, "--ip", ip, "--cap-add", "NET_ADMIN", "--sysctl", "net.ipv4.ip_forward=1", image, "pause"],
    TIMEOUT.create
  ),
  rmForce: (name) => cmd("docker", ["rm", "-f", name], TIMEOUT.quick),
  /** After cleanup: anything still named after the cluster (kind nodes, router, networks) has leaked. */
  leftovers: (cluster) => ({
    containers: cmd("docker", ["ps", "-a", "--filter", `name=${cluster}`, "--format", "{{.Names}}"], TIMEOUT.quick),
    networks: cmd("docker", ["network", "ls", "--filter", `name=${cluster}`, "--format", "{{.Name}}"], TIMEOUT.quick)
  }),
  cp: (src, dest) => cmd("docker", ["cp", src, dest], TIMEOUT.apply),
  /** A netexec target outside the pod network, on kind's own docker network (NET_ADMIN for its return route). */
  runExternal: (name, image) => cmd("docker", ["run", "-d", "--name", name, "--network", "kind", "--cap-add", "NET_ADMIN", image, "netexec", "--http-port=8080"], TIMEOUT.create),
  inspectIp: (name) => cmd("docker", ["inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", name], TIMEOUT.quick)
};
var node = {
  routes: (n) => docker.exec(n, ["ip", "-j", "-4", "route", "show"]),
  links: (n) => docker.exec(n, ["ip", "-j", "-d", "link", "show"]),
  addrs: (n) => docker.exec(n, ["ip", "-j", "-4", "addr", "show"]),
  flannelEnv: (n) => docker.exec(n, ["cat", "/run/flannel/subnet.env"]),
  cniConfDir: (n) => docker.exec(n, ["ls", "/etc/cni/net.d"]),
  /**
   * Whether BIRD's control socket is on the node (calico-node mounts the host's /var/run/calico,
   * where BIRD makes it: calico.yaml's var-run-calico volume): `present` or `absent`.
   */
  birdSocket: (n) => docker.exec(n, ["sh", "-c", `if [ -S ${BIRD_SOCKET} ]; then echo present; else echo absent; fi`]),
  addRoute: (n, dst, via, dev) => docker.exec(n, ["ip", "route", "add", dst, "via", via, "dev", dev]),
  untar: (n, archive, dir, members) => docker.exec(n, ["tar", "-xzf", archive, "-C", dir, ...members])
};
function kubectl(kubeconfig) {
  const k = (args, timeoutMs = TIMEOUT.quick, input) => cmd("kubectl", ["--kubeconfig", kubeconfig, ...args], timeoutMs, input);
  return {
    /** Any other kubectl call, with this kubeconfig. */
    raw: (args, timeoutMs = TIMEOUT.quick) => k(args, timeoutMs),
    /** Server-side apply: idempotent (safe to retry) and without the client-side size limit Calico's CRDs hit. */
    apply: (manifest) => k(["apply", "--server-side", "--force-conflicts", "-f", "-"], TIMEOUT.apply, manifest),
    /** Deletes what a manifest names (namespaces take their contents with them); waits, bounded. */
    deleteManifest: (manifest) => k(["delete", "--ignore-not-found", "--wait=true", `--timeout=${DEADLINE_S.delete}s`, "-f", "-"], (DEADLINE_S.delete + 30) * 1e3, manifest),
    /** Deletes one object (`kind/name`); it must exist. Waits, bounded. */
    deleteObject: (what) => k(["delete", what, "--wait=true", `--timeout=${DEADLINE_S.delete}s`], (DEADLINE_S.delete + 30) * 1e3),
    rollout: (ns, what, deadlineS = DEADLINE_S.rollout) => k(["-n", ns, "rollout", "status", what, `--timeout=${deadlineS}s`], (deadlineS + 30) * 1e3),
    nodesReady: () => k(["wait", "--for=condition=Ready", "node", "--all", `--timeout=${DEADLINE_S.nodesReady}s`], TIMEOUT.rollout),
    podsReady: (ns) => k(["-n", ns, "wait", "--for=condition=Ready", "pod", "--all", `--timeout=${DEADLINE_S.podsReady}s`], TIMEOUT.podsReady),
    getJson: (what, ns, selector) => k([...ns ? ["-n", ns] : [], "get", what, ...selector ? ["-l", selector] : [], "-o", "json"]),
    exec: (ns, pod, container, argv) => k(["-n", ns, "exec", pod, "-c", container, "--", ...argv], TIMEOUT.exec),
    label: (nodeName, kv) => k(["label", "node", nodeName, kv, "--overwrite"]),
    annotate: (nodeName, kv) => k(["annotate", "node", nodeName, kv, "--overwrite"]),
    patchMerge: (what, patch) => k(["patch", what, "--type", "merge", "-p", JSON.stringify(patch)]),
    podsWide: () => k(["get", "pods", "-A", "-o", "wide"]),
    events: () => k(["get", "events", "-A", "--sort-by=.lastTimestamp"]),
    describePods: (ns) => k(["-n", ns, "describe", "pods"])
  };
}
var BIRD_SOCKET = "/var/run/calico/bird.ctl";
var birdProtocols = (k, pod) => k.exec("kube-system", pod, "calico-node", ["birdcl", "-s", BIRD_SOCKET, "show", "protocols"]);

// e2e/probe.ts
var INFRA_OUTCOMES = /* @__PURE__ */ new Set(["no-result", "dns", "unknown"]);
var passes = (expect, outcome) => expect === "reach" ? outcome === "connected" : outcome === "timeout";
var PING_DEADLINE_S = 4;
var PROBE_SCRIPT = [
  "t=$1; shift",
  "i=0",
  'while [ "$#" -ge 3 ]; do',
  "  proto=$1; ip=$2; port=$3; shift 3",
  "  (",
  '    if [ "$proto" = icmp ]; then out=$(ping -c 3 -W 1 -w ' + PING_DEADLINE_S + ' "$ip" 2>&1); rc=$?',
  '    else out=$(/agnhost connect "$ip:$port" --protocol="$proto" --timeout="$t" 2>&1); rc=$?; fi',
  '    printf "@@probe %s %s\\n%s\\n@@end %s\\n" "$i" "$rc" "$out" "$i"',
  "  ) &",
  "  i=$((i+1))",
  "done",
  "wait"
].join("\n");
function probeArgv(targets, connectTimeoutS = DEFAULT_PROBE_OPTIONS.connectTimeoutS) {
  return ["sh", "-c", PROBE_SCRIPT, "probe", `${connectTimeoutS}s`, ...targets.flatMap((t) => [t.protocol, t.ip, String(t.port ?? 0)])];
}
function singleProbeArgv(target, connectTimeoutS) {
  if (target.protocol === "icmp") return ["ping", "-c", "3", "-W", "1", "-w", String(PING_DEADLINE_S), target.ip];
  return ["/agnhost", "connect", `${target.ip}:${target.port ?? 0}`, `--protocol=${target.protocol}`, `--timeout=${connectTimeoutS}s`];
}
function parseProbeOutput(stdout) {
  const out = /* @__PURE__ */ new Map();
  const re = /^@@probe (\d+) (\d+)\n([\s\S]*?)\n?@@end \1$/gm;
  for (const m of stdout.matchAll(re)) out.set(Number(m[1]), { exitCode: Number(m[2]), output: m[3] });
  return out;
}
function parsePing(output) {
  const m = /(\d+) packets transmitted, (\d+) (?:packets )?received/.exec(output);
  return m ? { transmitted: Number(m[1]), received: Number(m[2]) } : null;
}
function interpret(target, raw2) {
  if (!raw2) return { outcome: "no-result", reached: false, detail: "no result (exec failed or output lost)" };
  if (target.protocol === "icmp") {
    const counts = parsePing(raw2.output);
    if (!counts || counts.transmitted === 0) {
      const line = raw2.output.trim().split("\n")[0] ?? "";
      if (/bad address/i.test(line)) return { outcome: "dns", reached: false, detail: `DNS: ${line}` };
      if (/unreachable|no route/i.test(line)) return { outcome: "other", reached: false, detail: `OTHER: ${line}` };
      return { outcome: "no-result", reached: false, detail: `unparsed ping output (exit ${raw2.exitCode})${line ? `: ${line}` : ""}` };
    }
    const detail = `${counts.received}/${counts.transmitted} received`;
    if (counts.received === counts.transmitted) return { outcome: "connected", reached: true, detail };
    return counts.received === 0 ? { outcome: "timeout", reached: false, detail } : { outcome: "partial", reached: false, detail };
  }
  const first = raw2.output.trim().split("\n")[0] ?? "";
  if (raw2.exitCode === 0) return first ? { outcome: "no-result", reached: false, detail: `unexpected output with exit 0: ${first}` } : { outcome: "connected", reached: true, detail: "connected" };
  const kind2 = /^(TIMEOUT|REFUSED|DNS|OTHER|UNKNOWN)\b/.exec(first)?.[1];
  if (!kind2) return { outcome: "no-result", reached: false, detail: `exit ${raw2.exitCode} without an agnhost verdict${first ? `: ${first}` : ""}` };
  if (kind2 === "UNKNOWN" && target.protocol === "udp" && /^UNKNOWN: (?:read|write|dial) udp/.test(first)) return { outcome: "other", reached: false, detail: first };
  return { outcome: kind2.toLowerCase(), reached: false, detail: first };
}
var DEFAULT_PROBE_OPTIONS = { retries: 2, retryDelayMs: 2e3, concurrency: 3, connectTimeoutS: 3, capMs: 12e4 };
async function runBatch(probes, exec, options, deadline) {
  const bySource = /* @__PURE__ */ new Map();
  for (const p of probes) {
    const k = `${p.source.namespace}/${p.source.pod}/${p.source.container}`;
    bySource.set(k, [...bySource.get(k) ?? [], p]);
  }
  const groups = [...bySource.values()];
  const results = /* @__PURE__ */ new Map();
  let next = 0;
  const worker = async () => {
    while (next < groups.length) {
      const left = deadline - exec.now();
      if (left < options.connectTimeoutS * 1e3) return;
      const group = groups[next++];
      const spec = exec.command(group[0].source, probeArgv(group.map((p) => p.target), options.connectTimeoutS));
      const result = await exec.run({ ...spec, timeoutMs: Math.min(spec.timeoutMs, left) });
      const parsed = parseProbeOutput(result.stdout);
      group.forEach((p, i) => {
        const r = interpret(p.target, parsed.get(i));
        const why2 = (result.stderr.trim() || result.stdout.trim()).split("\n")[0] || `exit ${result.exitCode}`;
        results.set(p, !parsed.size ? { outcome: "no-result", reached: false, detail: `exec failed: ${why2}` } : r);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, groups.length) }, worker));
  return results;
}
async function runProbes(probes, exec, options = DEFAULT_PROBE_OPTIONS) {
  const deadline = exec.now() + options.capMs;
  const state = /* @__PURE__ */ new Map();
  const record = (p, r, attempts, mismatchedBefore) => {
    const pass2 = passes(p.expect, r.outcome);
    state.set(p, { probe: p, reached: r.reached, outcome: r.outcome, detail: r.detail, attempts, pass: pass2, flaky: pass2 && mismatchedBefore, capped: false });
  };
  const pass = async (list2, attempt) => {
    const got = await runBatch(list2, exec, options, deadline);
    for (const p of list2) {
      const r = got.get(p);
      if (r) record(p, r, attempt, attempt > 1);
      else {
        const before = state.get(p);
        state.set(p, before ? { ...before, capped: true, detail: `${before.detail}; re-probe cut by the ${options.capMs / 1e3} s cap` } : { probe: p, reached: false, outcome: "no-result", detail: `not probed: ${options.capMs / 1e3} s probe cap reached`, attempts: 0, pass: false, flaky: false, capped: true });
      }
    }
  };
  await pass(probes, 1);
  for (let attempt = 2; attempt <= options.retries + 1; attempt++) {
    const failing = probes.filter((p) => !state.get(p).pass && !state.get(p).capped);
    if (!failing.length) break;
    await exec.sleep(options.retryDelayMs);
    await pass(failing, attempt);
  }
  return probes.map((p) => state.get(p));
}

// e2e/profiles/pins.ts
var raw = (repo, tag, path) => `https://raw.githubusercontent.com/${repo}/${tag}/${path}`;
var gitBlob = (repo, tag, path) => `git blob ${repo} ${tag}:${path} (git -C <clone> show ${tag}:${path} | sha256sum)`;
var KIND_NODE_IMAGE = {
  repository: "kindest/node",
  tag: "v1.36.1",
  digest: "sha256:3489c7674813ba5d8b1a9977baea8a6e553784dab7b84759d1014dbd78f7ebd5"
};
var CALICO_VERSION = "v3.32.1";
var CALICO_MANIFEST = {
  url: raw("projectcalico/calico", CALICO_VERSION, "manifests/calico.yaml"),
  version: CALICO_VERSION,
  sha256: "a1df919d9721cf667accdc3e72848911b0cb25cfab7d2478ad0c996302c95744",
  source: gitBlob("projectcalico/calico", CALICO_VERSION, "manifests/calico.yaml")
};
var CALICO_VXLAN_MANIFEST = {
  url: raw("projectcalico/calico", CALICO_VERSION, "manifests/calico-vxlan.yaml"),
  version: CALICO_VERSION,
  sha256: "c2ab4f9a4ecde01d66e6f040d6745cd7f174d5ded573164c809ffb9f40a9d566",
  source: gitBlob("projectcalico/calico", CALICO_VERSION, "manifests/calico-vxlan.yaml")
};
var CALICO_IMAGES = ["node", "cni", "kube-controllers"].map((name) => ({
  repository: `quay.io/calico/${name}`,
  tag: CALICO_VERSION,
  digest: null,
  tagFrom: `calico.yaml ${CALICO_VERSION} (sha256-pinned above)`
}));
var AGNHOST_IMAGE = {
  repository: "registry.k8s.io/e2e-test-images/agnhost",
  tag: "2.53",
  digest: "sha256:99c6b4bb4a1e1df3f0b3752168c89358794d02258ebebc26bf21c29399011a85"
};
var CNI_PLUGINS = {
  url: "https://github.com/containernetworking/plugins/releases/download/v1.9.1/cni-plugins-linux-amd64-v1.9.1.tgz",
  version: "v1.9.1",
  sha256: "b98f74a0f8522f0a83867178729c1aa70f2158f90c45a2ca8fa791db1c76b303",
  source: "release asset; sha256 from the cni-plugins-linux-amd64-v1.9.1.tgz.sha256 file of the containernetworking/plugins v1.9.1 release"
};
var FLANNEL_MANIFEST = {
  url: raw("flannel-io/flannel", "v0.28.4", "Documentation/kube-flannel.yml"),
  version: "v0.28.4",
  sha256: "0bd380eb4954227c903bdea96dc9254650badd2d45ebe31978a47c3ffe2e9727",
  source: gitBlob("flannel-io/flannel", "v0.28.4", "Documentation/kube-flannel.yml")
};
var FLANNEL_IMAGE = {
  repository: "ghcr.io/flannel-io/flannel",
  tag: "v0.28.4",
  digest: "sha256:cc44a1a8969c4f14b8dd45664546f14abc3fc7682b125399103e555f1ad2528b"
};
var FLANNEL_CNI_PLUGIN_IMAGE = {
  repository: "ghcr.io/flannel-io/flannel-cni-plugin",
  tag: "v1.9.1-flannel1",
  digest: null,
  tagFrom: "kube-flannel.yml v0.28.4 (sha256-pinned above)"
};
var MULTUS_MANIFEST = {
  url: raw("k8snetworkplumbingwg/multus-cni", "v4.3.0", "deployments/multus-daemonset-thick.yml"),
  version: "v4.3.0",
  sha256: "2d622f697809644a12704497bbf5c3256adc1e7f5b5504655e4993743651b585",
  source: gitBlob("k8snetworkplumbingwg/multus-cni", "v4.3.0", "deployments/multus-daemonset-thick.yml")
};
var MULTUS_IMAGE = {
  repository: "ghcr.io/k8snetworkplumbingwg/multus-cni",
  tag: "v4.3.0-thick",
  digest: "sha256:a922a39a78049991d03178c07afc45a198326481049bd7d84626097402fa14bb"
};
function imageRef(image) {
  return `${image.repository}:${image.tag}${image.digest ? `@${image.digest}` : ""}`;
}

// e2e/profiles/index.ts
var baseKind = (workers, podSubnet = "192.168.0.0/16") => ({
  nodeImage: KIND_NODE_IMAGE,
  workers,
  podSubnet,
  serviceSubnet: "10.96.0.0/16",
  kubeProxyMode: "iptables"
});
function calico(opts) {
  return {
    manifest: opts.vxlanBackend ? CALICO_VXLAN_MANIFEST : CALICO_MANIFEST,
    images: CALICO_IMAGES,
    env: {
      CALICO_IPV4POOL_CIDR: opts.cidr,
      CALICO_IPV4POOL_IPIP: opts.ipip,
      CALICO_IPV4POOL_VXLAN: opts.vxlan,
      IP_AUTODETECTION_METHOD: opts.autodetect
    },
    pool: { cidr: opts.cidr, ipipMode: opts.ipip, vxlanMode: opts.vxlan },
    bird: !opts.vxlanBackend
  };
}
var POD_CIDR = "192.168.0.0/16";
var ETH0 = "interface=eth0";
var PROFILES = {
  "calico-ipip": {
    name: "calico-ipip",
    mode: "ipip",
    summary: "Calico, IPIP Always: remote blocks routed via tunl0 (onlink), BGP full mesh Established.",
    kind: baseKind(2),
    calico: calico({ ipip: "Always", vxlan: "Never", cidr: POD_CIDR, autodetect: ETH0 }),
    probeImage: AGNHOST_IMAGE
  },
  "calico-bgp": {
    name: "calico-bgp",
    mode: "bgp",
    summary: "Calico without encapsulation: remote blocks via eth0 to the node IP, BGP full mesh Established; negative control (mesh off, no BGPPeer) must break every cross-node pair and only those.",
    kind: baseKind(2),
    calico: calico({ ipip: "Never", vxlan: "Never", cidr: POD_CIDR, autodetect: ETH0 }),
    probeImage: AGNHOST_IMAGE
  },
  "calico-crosssubnet": {
    name: "calico-crosssubnet",
    mode: "crosssubnet",
    summary: "Calico IPIP CrossSubnet across a real router between two Docker networks: same subnet via eth1, other subnet via tunl0; negative control (ipipMode Never) must break only cross-subnet pairs.",
    kind: baseKind(3),
    calico: calico({ ipip: "CrossSubnet", vxlan: "Never", cidr: POD_CIDR, autodetect: "cidr=10.250.0.0/16" }),
    crossSubnet: {
      networks: [
        { name: "netlint-xs-a", subnet: "10.250.1.0/24", gateway: "10.250.1.1", routerIp: "10.250.1.254" },
        { name: "netlint-xs-b", subnet: "10.250.2.0/24", gateway: "10.250.2.1", routerIp: "10.250.2.254" }
      ],
      attachments: [
        { network: 0, ip: "10.250.1.10" },
        { network: 0, ip: "10.250.1.11" },
        { network: 1, ip: "10.250.2.10" },
        { network: 1, ip: "10.250.2.11" }
      ],
      routerImage: AGNHOST_IMAGE,
      interface: "eth1"
    },
    probeImage: AGNHOST_IMAGE
  },
  "calico-rr": {
    name: "calico-rr",
    mode: "rr",
    summary: "Calico BGP (no encapsulation) with the mesh off and one route reflector: clients peer only with the reflector (Node_ sessions), routes keep the originating node as next hop; negative control (BGPPeer deleted) must break every cross-node pair and only those.",
    kind: baseKind(2),
    calico: calico({ ipip: "Never", vxlan: "Never", cidr: POD_CIDR, autodetect: ETH0 }),
    routeReflector: { reflectors: [0], clusterId: "244.0.0.1", label: { key: "route-reflector", value: "true" } },
    probeImage: AGNHOST_IMAGE
  },
  "calico-vxlan": {
    name: "calico-vxlan",
    mode: "vxlan",
    summary: "Calico VXLAN Always (the manifest default CrossSubnet would not encapsulate on flat kind): remote blocks via vxlan.calico onlink to the remote VTEP, and no node has BIRD's control socket (the VXLAN backend runs no BIRD).",
    kind: baseKind(2),
    calico: calico({ ipip: "Never", vxlan: "Always", cidr: POD_CIDR, autodetect: ETH0, vxlanBackend: true }),
    probeImage: AGNHOST_IMAGE
  },
  "multus-flannel": {
    name: "multus-flannel",
    mode: "multus-flannel",
    summary: "Calico (IPIP) as the default network on 10.244.128.0/17, flannel as a secondary network through a NetworkAttachmentDefinition on 10.244.0.0/17: dual-NIC pods with net1 in the flannel range.",
    kind: baseKind(2, "10.244.0.0/16"),
    calico: calico({ ipip: "Always", vxlan: "Never", cidr: "10.244.128.0/17", autodetect: ETH0 }),
    multus: {
      cniPlugins: CNI_PLUGINS,
      flannel: {
        manifest: FLANNEL_MANIFEST,
        image: FLANNEL_IMAGE,
        cniPluginImage: FLANNEL_CNI_PLUGIN_IMAGE,
        network: "10.244.0.0/17",
        backend: "vxlan"
      },
      multus: { manifest: MULTUS_MANIFEST, image: MULTUS_IMAGE, memoryLimit: "300Mi" },
      cniNetworkName: "flannel-secondary"
    },
    probeImage: AGNHOST_IMAGE
  }
};
var PROFILE_NAMES = Object.keys(PROFILES);
function isProfileName(name) {
  return Object.hasOwn(PROFILES, name);
}
function nodeNames(cluster, profile) {
  const workers = Array.from({ length: profile.kind.workers }, (_, i) => `${cluster}-worker${i === 0 ? "" : i + 1}`);
  return [`${cluster}-control-plane`, ...workers];
}

// e2e/runner.ts
var failed = (exitCode, stderr, stdout = "") => ({
  exitCode,
  stdout,
  stderr,
  timedOut: false
});
var argvOf = (spec) => [spec.file, ...spec.args];
function formatArgv(argv) {
  return argv.map((a) => /^[\w@%+=:,./<>{}-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}
function succeeded(result) {
  return result.exitCode === 0 && !result.timedOut && result.spawnError === void 0 && !result.cancelled;
}
function describeFailure(spec, result) {
  const cmd2 = formatArgv(argvOf(spec));
  if (result.spawnError) return `${cmd2}: could not start (${result.spawnError})`;
  if (result.cancelled) return `${cmd2}: cancelled`;
  if (result.timedOut) return `${cmd2}: timed out after ${Math.round(spec.timeoutMs / 1e3)} s`;
  const detail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-3).join(" | ");
  return `${cmd2}: exit ${result.exitCode}${detail ? `: ${detail}` : ""}`;
}

// e2e/conformance/reach.ts
var expectedMatrix2 = (resources) => expectedMatrix(resources, { icmp: true });
function describeWhy2(dir, w) {
  return describeWhy(dir, w);
}
var planned = (c2) => c2.protocol === "ICMP" ? { ...c2, port: 0 } : { ...c2 };
function plannedCells(m, ids) {
  const chosen = new Set(ids);
  const between = m.cells.filter((c2) => chosen.has(c2.from) && chosen.has(c2.to)).map(planned);
  return [...between.filter((c2) => c2.protocol !== "ICMP"), ...between.filter((c2) => c2.protocol === "ICMP")];
}
function predictedCell(m, from, to, port, protocol) {
  const c2 = m.cells.find((x) => x.from === from && x.to === to && x.protocol === protocol && (x.protocol === "ICMP" || x.port === port));
  return c2 && planned(c2);
}
var portLabel = (c2) => c2.protocol === "ICMP" ? "ICMP" : `${c2.port}/${c2.protocol}`;

// e2e/manifests.ts
var PROBE_NAMESPACE = "netlint-e2e";
var toYaml = (docs) => docs.map((d) => dump(d, { lineWidth: -1, noRefs: true })).join("---\n");
function kindConfig(profile, cluster) {
  const image = imageRef(profile.kind.nodeImage);
  return {
    kind: "Cluster",
    apiVersion: "kind.x-k8s.io/v1alpha4",
    name: cluster,
    networking: {
      disableDefaultCNI: true,
      podSubnet: profile.kind.podSubnet,
      serviceSubnet: profile.kind.serviceSubnet,
      kubeProxyMode: profile.kind.kubeProxyMode
    },
    nodes: [{ role: "control-plane", image }, ...Array.from({ length: profile.kind.workers }, () => ({ role: "worker", image }))]
  };
}
var nodeTag = (index) => index === 0 ? "cp" : `w${index}`;
function probePodSpecs(profile, nodes) {
  const base = profile.multus ? "dual" : "calico";
  const specs = [];
  nodes.forEach((node2, i) => {
    for (const letter of i === 0 ? ["a"] : ["a", "b"]) specs.push({ name: `probe-${nodeTag(i)}-${letter}`, node: node2, nodeIndex: i, networks: base });
  });
  if (profile.multus) specs.push({ name: `probe-${nodeTag(1)}-f`, node: nodes[1], nodeIndex: 1, networks: "flannel" });
  return specs;
}
var NAD_SECONDARY = "flannel-net";
var NAD_DEFAULT = "flannel-default";
function probePod(spec, profile) {
  const annotations = {};
  if (spec.networks === "dual") annotations["k8s.v1.cni.cncf.io/networks"] = NAD_SECONDARY;
  if (spec.networks === "flannel") annotations["v1.multus-cni.io/default-network"] = `${PROBE_NAMESPACE}/${NAD_DEFAULT}`;
  const ports = [80, 81].flatMap((p) => [
    { name: `serve-${p}-tcp`, containerPort: p, protocol: "TCP" },
    { name: `serve-${p}-udp`, containerPort: p, protocol: "UDP" }
  ]);
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: spec.name,
      namespace: PROBE_NAMESPACE,
      labels: { "app.kubernetes.io/part-of": "netlint-e2e", pod: spec.name },
      ...Object.keys(annotations).length ? { annotations } : {}
    },
    spec: {
      nodeName: spec.node,
      terminationGracePeriodSeconds: 0,
      tolerations: [{ operator: "Exists" }],
      containers: [
        {
          name: "probe",
          image: imageRef(profile.probeImage),
          imagePullPolicy: "IfNotPresent",
          args: ["netexec", "--http-port=80", "--udp-port=80"],
          ports,
          readinessProbe: { httpGet: { path: "/healthz", port: 80 }, periodSeconds: 2 }
        },
        {
          name: "probe-81",
          image: imageRef(profile.probeImage),
          imagePullPolicy: "IfNotPresent",
          args: ["netexec", "--http-port=81", "--udp-port=81"]
        }
      ]
    }
  };
}
function probeManifests(profile, nodes) {
  const ns = { apiVersion: "v1", kind: "Namespace", metadata: { name: PROBE_NAMESPACE, labels: { ns: PROBE_NAMESPACE } } };
  return [ns, ...profile.multus ? nads(profile) : [], ...probePodSpecs(profile, nodes).map((s) => probePod(s, profile))];
}
function nads(profile) {
  const m = profile.multus;
  const nad = (name, isDefaultGateway) => ({
    apiVersion: "k8s.cni.cncf.io/v1",
    kind: "NetworkAttachmentDefinition",
    metadata: { name, namespace: PROBE_NAMESPACE },
    spec: {
      config: JSON.stringify({
        cniVersion: "0.3.1",
        name: m.cniNetworkName,
        type: "flannel",
        delegate: { isDefaultGateway, hairpinMode: true }
      })
    }
  });
  return [nad(NAD_SECONDARY, false), nad(NAD_DEFAULT, true)];
}
var RR_PEER = "peer-with-route-reflectors";
function bgpPeerToReflectors(profile) {
  const rr = profile.routeReflector;
  return {
    apiVersion: "crd.projectcalico.org/v1",
    kind: "BGPPeer",
    metadata: { name: RR_PEER },
    // Quoted selector strings: an unquoted one can be dropped and the peer silently becomes global.
    spec: { nodeSelector: "all()", peerSelector: `${rr.label.key} == '${rr.label.value}'` }
  };
}
function bgpConfigurationMeshOff() {
  return {
    apiVersion: "crd.projectcalico.org/v1",
    kind: "BGPConfiguration",
    metadata: { name: "default" },
    spec: { nodeToNodeMeshEnabled: false, asNumber: 64512, logSeverityScreen: "Info" }
  };
}
var ManifestEditError = class extends Error {
  name = "ManifestEditError";
};
var parseDocs = (text2) => loadAll(text2).filter((d) => typeof d === "object" && d !== null);
var asObj = (v) => typeof v === "object" && v !== null ? v : {};
var podSpecOf = (doc) => asObj(asObj(asObj(doc.spec).template).spec);
var containersOf = (doc, field = "containers") => podSpecOf(doc)[field] ?? [];
function find(docs, kind2, name) {
  const doc = docs.find((d) => d.kind === kind2 && asObj(d.metadata).name === name);
  if (!doc) throw new ManifestEditError(`manifest has no ${kind2} ${name}`);
  return doc;
}
function pinImages(docs, repository, ref) {
  let n = 0;
  for (const doc of docs)
    for (const c2 of [...containersOf(doc), ...containersOf(doc, "initContainers")])
      if (typeof c2.image === "string" && (c2.image === repository || c2.image.startsWith(`${repository}:`) || c2.image.startsWith(`${repository}@`))) {
        c2.image = ref;
        n += 1;
      }
  return n;
}
function setEnv(container, env) {
  const list2 = (container.env ?? []).filter((e) => !(String(e.name) in env));
  for (const [name, value] of Object.entries(env)) list2.push({ name, value });
  container.env = list2;
}
function editCalicoManifest(text2, profile) {
  const docs = parseDocs(text2);
  const ds = find(docs, "DaemonSet", "calico-node");
  const container = containersOf(ds).find((c2) => c2.name === "calico-node");
  if (!container) throw new ManifestEditError("calico-node DaemonSet has no calico-node container");
  setEnv(container, profile.calico.env);
  for (const image of profile.calico.images)
    if (pinImages(docs, image.repository.replace(/^quay\.io\//, "docker.io/"), imageRef(image)) + pinImages(docs, image.repository, imageRef(image)) === 0)
      throw new ManifestEditError(`calico manifest has no ${image.repository} image to pin`);
  return toYaml(docs);
}
function editFlannelManifest(text2, profile) {
  const f = profile.multus.flannel;
  const docs = parseDocs(text2);
  const cm = find(docs, "ConfigMap", "kube-flannel-cfg");
  const data = asObj(cm.data);
  data["net-conf.json"] = JSON.stringify({ Network: f.network, EnableNFTables: false, Backend: { Type: f.backend } }, null, 2);
  delete data["cni-conf.json"];
  const ds = find(docs, "DaemonSet", "kube-flannel-ds");
  const spec = podSpecOf(ds);
  spec.initContainers = containersOf(ds, "initContainers").filter((c2) => c2.name !== "install-cni");
  for (const image of [f.image, f.cniPluginImage]) if (pinImages(docs, image.repository, imageRef(image)) === 0) throw new ManifestEditError(`flannel manifest has no ${image.repository} image to pin`);
  return toYaml(docs);
}
function editMultusManifest(text2, profile) {
  const m = profile.multus.multus;
  const docs = parseDocs(text2);
  const ds = find(docs, "DaemonSet", "kube-multus-ds");
  if (pinImages(docs, m.image.repository, imageRef(m.image)) === 0) throw new ManifestEditError("multus manifest has no multus-cni image");
  for (const c2 of containersOf(ds)) {
    const resources = asObj(c2.resources);
    resources.limits = { ...asObj(resources.limits), memory: m.memoryLimit };
    resources.requests = { ...asObj(resources.requests), memory: m.memoryLimit };
    c2.resources = resources;
  }
  const cm = docs.find((d) => d.kind === "ConfigMap" && typeof asObj(d.data)["daemon-config.json"] === "string");
  if (cm) {
    const data = asObj(cm.data);
    const config = JSON.parse(String(data["daemon-config.json"]));
    config.chrootDir ??= "/hostroot";
    data["daemon-config.json"] = JSON.stringify(config, null, 2);
  }
  return toYaml(docs);
}

// e2e/select.ts
function selectNamed(all, names, group, what) {
  if (names.includes(group)) return [...all];
  return names.map((n) => {
    const found = all.find((x) => x.name === n);
    if (!found) throw new Error(`unknown ${what} "${n}" (known: ${group}, ${all.map((x) => x.name).join(", ")})`);
    return found;
  });
}

// e2e/conformance/suite.ts
var matchSel = (sel, id) => {
  if (sel === "*") return true;
  const [ns, pod] = sel.split("/");
  const [ins, ipod] = id.split("/");
  return (ns === "*" || ns === ins) && (pod === "*" || pod === ipod);
};
function truthOf(truth, from, to, port, protocol) {
  let allowed = true;
  const key = protocol === "ICMP" ? "ICMP" : `${port}/${protocol}`;
  for (const e of truth.edits) if (matchSel(e.from, from) && matchSel(e.to, to) && (!e.ports || e.ports.includes(key))) allowed = e.allowed;
  return allowed;
}
var file = (path, content) => ({ path, content });
var XYZ_PORTS = [80, 81].flatMap((p) => [`          - {name: serve-${p}-tcp, containerPort: ${p}, protocol: TCP}`, `          - {name: serve-${p}-udp, containerPort: ${p}, protocol: UDP}`]).join("\n");
var XYZ_MODEL = [
  ...["x", "y", "z"].map((ns) => `apiVersion: v1
kind: Namespace
metadata:
  name: "${ns}"
  labels: {ns: "${ns}"}
`),
  ...["x", "y", "z"].flatMap(
    (ns) => ["a", "b", "c"].map(
      (pod) => `apiVersion: v1
kind: Pod
metadata:
  name: ${pod}
  namespace: "${ns}"
  labels: {pod: ${pod}}
spec:
  containers:
      - name: app
        image: registry.example/app:1
        ports:
${XYZ_PORTS}
`
    )
  )
].join("---\n");
var BUSYBOX_MODEL = [
  "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: busybox\n  labels: {purpose: demo}\n",
  ...["busybox01", "busybox02", "busybox03"].map(
    (n) => `apiVersion: v1
kind: Pod
metadata:
  name: ${n}
  namespace: busybox
  labels: {app: ${n}}
spec:
  containers:
    - name: busybox
      image: registry.example/busybox:1
      ports:
        - {containerPort: 80, protocol: TCP}
`
  )
].join("---\n");
var DENY_BUSYBOX = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: busybox}
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;
var ALL_XYZ = ["x", "y", "z"].flatMap((ns) => ["a", "b", "c"].map((p) => `${ns}/${p}`));
var BUILTIN_SUITE = [
  {
    name: "busybox-deny",
    title: "busybox: default deny ingress in the namespace",
    members: "all",
    sources: [file("builtin/busybox/model.yaml", BUSYBOX_MODEL), file("builtin/busybox/deny.yaml", DENY_BUSYBOX)],
    truth: { edits: [{ from: "*", to: "busybox/*", allowed: false }] }
  },
  {
    name: "busybox-allow",
    title: "busybox: deny, then allow ingress to busybox02 only from busybox01 (busybox03 stays blocked)",
    members: "all",
    sources: [
      file("builtin/busybox/model.yaml", BUSYBOX_MODEL),
      file("builtin/busybox/deny.yaml", DENY_BUSYBOX),
      file(
        "builtin/busybox/allow.yaml",
        `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-01-to-02, namespace: busybox}
spec:
  podSelector: {matchLabels: {app: busybox02}}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector: {matchLabels: {app: busybox01}}
`
      )
    ],
    truth: { edits: [{ from: "*", to: "busybox/*", allowed: false }, { from: "busybox/busybox01", to: "busybox/busybox02", allowed: true }] }
  },
  { name: "xyz-baseline", title: "x/y/z: no policy (all allowed)", members: "all", sources: [file("builtin/xyz/model.yaml", XYZ_MODEL)], truth: { edits: [] } },
  {
    name: "xyz-deny-ingress-x",
    title: "x/y/z: default deny ingress in x",
    members: "all",
    sources: [
      file("builtin/xyz/model.yaml", XYZ_MODEL),
      file("builtin/xyz/deny-x.yaml", "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-ingress, namespace: x}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n")
    ],
    truth: { edits: [{ from: "*", to: "x/*", allowed: false }] }
  },
  {
    name: "xyz-allow-from-ns-y",
    title: "x/y/z: x/a admits ingress only from namespaces labelled ns=y",
    members: "all",
    sources: [
      file("builtin/xyz/model.yaml", XYZ_MODEL),
      file(
        "builtin/xyz/from-y.yaml",
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: a-from-y, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - namespaceSelector: {matchLabels: {ns: "y"}}\n'
      )
    ],
    truth: { edits: [{ from: "*", to: "x/a", allowed: false }, { from: "y/*", to: "x/a", allowed: true }] }
  },
  {
    name: "xyz-tcp-80-only",
    title: "x/y/z: x/a admits TCP 80 only (UDP 80, TCP/UDP 81 blocked)",
    members: "all",
    sources: [
      file("builtin/xyz/model.yaml", XYZ_MODEL),
      file(
        "builtin/xyz/tcp80.yaml",
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: a-tcp-80, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n  policyTypes: [Ingress]\n  ingress:\n    - ports:\n        - {port: 80, protocol: TCP}\n"
      )
    ],
    // A rule with `ports` admits only those ports: ping (ICMP) to x/a is blocked too.
    truth: { edits: [{ from: "*", to: "x/a", ports: ["80/UDP", "81/TCP", "81/UDP", "ICMP"], allowed: false }] }
  },
  {
    name: "xyz-named-port-and-peer",
    title: "x/y/z: x/a admits only named port serve-81-udp from pods b in any namespace (namespaceSelector AND podSelector)",
    members: "all",
    sources: [
      file("builtin/xyz/model.yaml", XYZ_MODEL),
      file(
        "builtin/xyz/named.yaml",
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: a-named-from-b, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - namespaceSelector: {}\n          podSelector: {matchLabels: {pod: b}}\n      ports:\n        - {port: serve-81-udp, protocol: UDP}\n"
      )
    ],
    truth: { edits: [{ from: "*", to: "x/a", allowed: false }, { from: "*/b", to: "x/a", ports: ["81/UDP"], allowed: true }] }
  },
  {
    name: "xyz-deny-egress-y",
    title: "x/y/z: default deny egress in y",
    members: "all",
    sources: [
      file("builtin/xyz/model.yaml", XYZ_MODEL),
      file("builtin/xyz/deny-egress-y.yaml", 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-egress, namespace: "y"}\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n')
    ],
    truth: { edits: [{ from: "y/*", to: "*", allowed: false }] }
  },
  {
    name: "calico-order-deny",
    title: "Calico: a Deny at order 100 wins over an Allow at order 200 (pods b never reach pods a)",
    members: "all",
    sources: [
      file("builtin/xyz/model.yaml", XYZ_MODEL),
      file(
        "builtin/calico/order.yaml",
        `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-b-to-a}
spec:
  order: 100
  selector: pod == 'a'
  types: [Ingress]
  ingress:
    - action: Deny
      source: {selector: pod == 'b'}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: allow-to-a}
spec:
  order: 200
  selector: pod == 'a'
  types: [Ingress]
  ingress:
    - action: Allow
`
      )
    ],
    truth: { edits: [{ from: "*/b", to: "*/a", allowed: false }] }
  },
  {
    name: "calico-tier-pass",
    title: "Calico: a tier that Passes pods c and denies the rest for namespace x; the default tier has nothing for x (profile allows)",
    members: "all",
    sources: [
      file("builtin/xyz/model.yaml", XYZ_MODEL),
      file(
        "builtin/calico/pass.yaml",
        `apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: security}
spec: {order: 100}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: security.guard-x}
spec:
  tier: security
  order: 10
  selector: projectcalico.org/namespace == 'x'
  types: [Ingress]
  ingress:
    - action: Pass
      source: {selector: pod == 'c', namespaceSelector: all()}
    - action: Deny
`
      )
    ],
    truth: { edits: [{ from: "*", to: "x/*", allowed: false }, { from: "*/c", to: "x/*", allowed: true }] }
  },
  {
    name: "calico-and-k8s-order",
    title: "Calico: a namespaced Deny (order 500) before a Kubernetes allow-all egress (order 1000) in y",
    members: "all",
    sources: [
      file("builtin/xyz/model.yaml", XYZ_MODEL),
      file(
        "builtin/calico/mixed.yaml",
        `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: no-egress-to-a, namespace: "y"}
spec:
  order: 500
  selector: all()
  types: [Egress]
  egress:
    - action: Deny
      destination: {selector: pod == 'a', namespaceSelector: all()}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-all-egress, namespace: "y"}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - {}
`
      )
    ],
    truth: { edits: [{ from: "y/*", to: "*/a", allowed: false }] }
  },
  // ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2, kubernetes-sigs/network-policy-api
  // v0.2.0; its CRD ships in Calico v3.32's manifests): Admin policies decide before NetworkPolicy
  // in priority order (Accept and Deny decide, no match passes on), Baseline ones only for pods no
  // NetworkPolicy selects; a rule without `protocols` matches all traffic, ping included.
  {
    name: "cluster-policy-tiers",
    title: "ClusterNetworkPolicy: Admin denies y to x on 80/TCP (priority 10) and accepts the rest from y (20), even to x/a, which a NetworkPolicy isolates; Baseline denies x to z",
    members: "all",
    sources: [
      file("builtin/xyz/model.yaml", XYZ_MODEL),
      file(
        "builtin/cluster-policy/tiers.yaml",
        `apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: deny-y-to-x-80}
spec:
  tier: Admin
  priority: 10
  subject: {namespaces: {matchLabels: {ns: "x"}}}
  ingress:
    - action: Deny
      from: [{namespaces: {matchLabels: {ns: "y"}}}]
      protocols: [{tcp: {destinationPort: {number: 80}}}]
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: accept-y-to-x}
spec:
  tier: Admin
  priority: 20
  subject: {namespaces: {matchLabels: {ns: "x"}}}
  ingress:
    - action: Accept
      from: [{namespaces: {matchLabels: {ns: "y"}}}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: isolate-a, namespace: "x"}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Ingress]
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: baseline-z}
spec:
  tier: Baseline
  priority: 0
  subject: {namespaces: {matchLabels: {ns: "z"}}}
  ingress:
    - action: Deny
      from: [{namespaces: {matchLabels: {ns: "x"}}}]
`
      )
    ],
    truth: {
      edits: [
        { from: "*", to: "x/a", allowed: false },
        { from: "y/*", to: "x/*", allowed: true },
        { from: "y/*", to: "x/*", ports: ["80/TCP"], allowed: false },
        { from: "x/*", to: "z/*", allowed: false }
      ]
    }
  },
  // A Service's port is not what policy sees: kube-proxy sends web:80 to a pod's targetPort
  // (8080, named http), so a policy admitting port 80 admits nothing through the Service, while
  // one admitting the target port (api's 9000) does. Probed through each Service's ClusterIP
  // (services.ts) as well as pod to pod; `netpol/service-port-not-pod-port` is the lint rule.
  {
    name: "service-target-port",
    title: "Services: web's policy admits the Service port 80, its pods listen on 8080 (blocked through the Service); api's admits the target port 9000 (allowed)",
    members: "all",
    sources: [
      file(
        "builtin/services/model.yaml",
        `apiVersion: v1
kind: Namespace
metadata:
  name: svc-demo
  labels: {purpose: services}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: svc-demo, labels: {app: client}}
spec:
  containers:
    - {name: app, image: registry.example/client:1}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: svc-demo, labels: {app: web}}
spec:
  containers:
    - name: app
      image: registry.example/web:1
      ports: [{name: http, containerPort: 8080, protocol: TCP}]
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: svc-demo, labels: {app: api}}
spec:
  containers:
    - name: app
      image: registry.example/api:1
      ports: [{containerPort: 9000, protocol: TCP}]
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: svc-demo}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: svc-demo}
spec:
  selector: {app: api}
  ports: [{port: 80, targetPort: 9000}]
`
      ),
      file(
        "builtin/services/policies.yaml",
        `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-from-client, namespace: svc-demo}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
  ingress:
    - from: [{podSelector: {matchLabels: {app: client}}}]
      ports: [{port: 80}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-client, namespace: svc-demo}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Ingress]
  ingress:
    - from: [{podSelector: {matchLabels: {app: client}}}]
      ports: [{port: 9000}]
`
      )
    ],
    truth: {
      edits: [
        { from: "*", to: "svc-demo/web", allowed: false },
        { from: "*", to: "svc-demo/api", allowed: false },
        { from: "svc-demo/client", to: "svc-demo/api", ports: ["9000/TCP"], allowed: true },
        { from: "*", to: "svc:svc-demo/web", allowed: false },
        { from: "*", to: "svc:svc-demo/api", allowed: false },
        { from: "svc-demo/client", to: "svc:svc-demo/api", ports: ["80/TCP"], allowed: true }
      ]
    }
  }
];
var BUILTIN_NAMES = BUILTIN_SUITE.map((s) => s.name);
function selectSuite(names) {
  return selectNamed(BUILTIN_SUITE, names, "builtin", "suite");
}

// e2e/conformance/compare.ts
function harnessFailure(result) {
  return result.capped || result.outcome !== "connected" && result.outcome !== "timeout";
}
function classify(expected, observed, truth, result) {
  if (harnessFailure(result)) return "harness";
  if (truth === void 0) return "undetermined";
  if (truth === observed && truth !== expected) return "analyzer-bug";
  if (truth === expected && truth !== observed) return "cni-deviation";
  return "undetermined";
}
var why = (w) => ({ ...w });
function compareCells(probed, truth, expectOverride) {
  return probed.map(({ cell, result, reproduce }) => {
    const t = truth && expectOverride === void 0 ? truthOf(truth, cell.from, cell.to, cell.port, cell.protocol) : void 0;
    const expected = expectOverride ?? cell.allowed;
    const out = {
      from: cell.from,
      to: cell.to,
      port: cell.port,
      protocol: cell.protocol,
      expected,
      observed: result.reached,
      outcome: result.outcome,
      pass: result.pass,
      flaky: result.flaky,
      capped: result.capped,
      attempts: result.attempts,
      detail: result.detail
    };
    Object.assign(out, { egress: why(cell.egress), ingress: why(cell.ingress) });
    if (cell.portName !== void 0) out.portName = cell.portName;
    if (t !== void 0) out.truth = t;
    if (t !== void 0 && t !== expected && result.pass) out.mismatch = "analyzer-bug";
    else if (!result.pass) out.mismatch = classify(expected, result.reached, t, result);
    if (out.mismatch || result.flaky) out.reproduce = reproduce;
    if (t !== void 0 && t !== expected) out.pass = false;
    return out;
  });
}
function describeWhy3(dir, w) {
  return w ? describeWhy2(dir, w) : `${dir}: no deciding rule recorded`;
}
var MISMATCH_TEXT = {
  "cni-deviation": "CNI deviation: the truth table and reach agree, the cluster does not",
  "analyzer-bug": "analyzer bug: the cluster matches the truth table, reach does not",
  undetermined: "CNI deviation or analyzer bug: check the deciding rule against the Kubernetes/Calico documentation",
  harness: "probe failure, not a policy verdict (nothing listening, exec failed, or the time cap)"
};

// e2e/conformance/services.ts
function shadowServices(resources, pods, endpoints, notes, keptNamespace) {
  const out = [];
  for (const r of resources) {
    if (r.group !== "" || r.kind !== "Service") continue;
    const spec = r.value.spec ?? {};
    const label = `Service ${namespaceOf(r)}/${r.name}`;
    const selector = serviceSelector(r);
    if (spec.type === "ExternalName" || selector === null) continue;
    if (keptNamespace(namespaceOf(r))) {
      notes.push(`${label} is not probed: the run creates no Service in the cluster's own namespace ${namespaceOf(r)}, where it could replace one the cluster runs`);
      continue;
    }
    if (spec.clusterIP === "None") {
      notes.push(`${label} is headless: clients dial its pods directly, as the pod cells probe them; it is not probed through an address of its own`);
      continue;
    }
    const namespace = namespaceOf(r);
    const pairs2 = Object.entries(selector);
    const backends = pods.filter((p) => p.namespace === namespace && pairs2.every(([k, v]) => endpoints.get(p.id)?.labels[k] === v));
    if (backends.length === 0) continue;
    const ports = [];
    for (const sp of servicePorts(r)) {
      const targets = /* @__PURE__ */ new Map();
      for (const b of backends) {
        const served = servedOn(b, sp.targetPort, sp.protocol);
        if (served && b.ports.some((p) => p.port === served.port && p.protocol === sp.protocol)) targets.set(b.id, served.port);
      }
      if (targets.size < backends.length) {
        notes.push(`${label} port ${sp.port}/${sp.protocol} is not probed: not every pod behind it declares its targetPort ${String(sp.targetPort)}, so a probe could meet a port nothing listens on`);
        continue;
      }
      ports.push({ port: sp.port, protocol: sp.protocol, ...sp.name ? { name: sp.name } : {}, targetPort: sp.targetPort, targets });
    }
    if (ports.length === 0) continue;
    const manifest = {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: r.name, namespace },
      spec: {
        type: "ClusterIP",
        selector,
        ports: ports.map((p) => ({ ...p.name ? { name: p.name } : {}, port: p.port, protocol: p.protocol, targetPort: p.targetPort }))
      }
    };
    out.push({ id: `svc:${namespace}/${r.name}`, namespace, name: r.name, backends: backends.map((b) => b.id), ports, manifest });
  }
  return out;
}
function serviceCells(services, pods, expected, notes) {
  const out = [];
  for (const s of services) {
    for (const p of s.ports) {
      for (const src of pods) {
        if (s.backends.includes(src.id)) continue;
        const cells = s.backends.map((b) => predictedCell(expected, src.id, b, p.targets.get(b), p.protocol));
        if (cells.some((c2) => c2 === void 0)) continue;
        const first = cells[0];
        if (cells.some((c2) => c2.allowed !== first.allowed)) {
          notes.push(`${src.id} \u2192 ${s.id} ${p.port}/${p.protocol} is not probed: reach admits it to some of the Service's pods and not others, and kube-proxy picks one at random`);
          continue;
        }
        out.push({ from: src.id, to: s.id, port: p.port, protocol: p.protocol, ...p.name ? { portName: p.name } : {}, allowed: first.allowed, egress: first.egress, ingress: first.ingress });
      }
    }
  }
  return out;
}
function clusterIps(json) {
  const out = /* @__PURE__ */ new Map();
  try {
    for (const i of JSON.parse(json).items ?? []) {
      const ip = i.spec?.clusterIP;
      if (i.metadata?.name && ip && ip !== "None") out.set(i.metadata.name, ip);
    }
  } catch {
  }
  return out;
}

// e2e/conformance/calico-crd.ts
var CALICO_CRD_KINDS = /* @__PURE__ */ new Set(["NetworkPolicy", "GlobalNetworkPolicy", "Tier", "NetworkSet", "GlobalNetworkSet"]);
var TYPE_NAME = { ingress: "Ingress", egress: "Egress" };
function toCalicoCrd(kind2, name, namespace, spec, metadata = {}) {
  const meta = { ...metadata, name, ...namespace ? { namespace } : {} };
  const out = { apiVersion: "crd.projectcalico.org/v1", kind: kind2, metadata: meta, spec: { ...spec } };
  if (kind2 === "NetworkPolicy" || kind2 === "GlobalNetworkPolicy") {
    const s = out.spec;
    const tier = typeof s.tier === "string" && s.tier !== "" ? s.tier : "default";
    s.tier = tier;
    meta.name = name.startsWith(`${tier}.`) ? name : `${tier}.${name}`;
    if (!Array.isArray(s.types) || s.types.length === 0) s.types = calicoPolicyTypes(s).map((t) => TYPE_NAME[t]);
  }
  return out;
}

// e2e/conformance/shadow.ts
var PROTECTED_NAMESPACES = /* @__PURE__ */ new Set(["default", "kube-system", "kube-public", "kube-node-lease", "kube-flannel", "calico-system", "calico-apiserver", "tigera-operator", PROBE_NAMESPACE]);
var NS_NAME_LABEL = "kubernetes.io/metadata.name";
var SPARE_BASE = 2e4;
function servers(ports, image) {
  const numbers = [...new Set(ports.map((p) => p.port))].sort((a, b) => a - b);
  const taken = new Set(numbers);
  let spare = SPARE_BASE;
  const nextSpare = () => {
    while (taken.has(spare)) spare++;
    taken.add(spare);
    return spare;
  };
  const groups = numbers.length ? numbers : [null];
  return groups.map((n) => {
    const here = n === null ? [] : ports.filter((p) => p.port === n);
    const has = (proto) => here.some((p) => p.protocol === proto);
    const http = n !== null && has("TCP") ? n : nextSpare();
    const udp = n !== null && has("UDP") ? n : nextSpare();
    const args = ["netexec", `--http-port=${http}`, `--udp-port=${udp}`, ...n !== null && has("SCTP") ? [`--sctp-port=${n}`] : []];
    return {
      name: n === null ? "serve" : `serve-${n}`,
      image,
      imagePullPolicy: "IfNotPresent",
      args,
      ...here.length ? { ports: here.map((p) => ({ ...p.name ? { name: p.name } : {}, containerPort: p.port, protocol: p.protocol })) } : {},
      // netexec's /healthz answers 200 once its UDP server is up.
      readinessProbe: { httpGet: { path: "/healthz", port: http }, periodSeconds: 2 }
    };
  });
}
var dnsLabel = (s) => s.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/^-+|-+$/g, "").slice(0, 63) || "shadow";
function chosenMembers(expected, members) {
  return expected.classes.flatMap((c2) => members === "all" ? c2.members : c2.members.slice(0, 2));
}
function cleanPolicy(r) {
  const v = r.value;
  const metadata = v.metadata ?? {};
  const keep = {};
  for (const k of ["labels", "annotations"]) if (metadata[k]) keep[k] = metadata[k];
  const spec = v.spec ?? {};
  if (isKubernetesNetworkPolicy(r)) return { apiVersion: v.apiVersion, kind: r.kind, metadata: { ...keep, name: r.name, namespace: namespaceOf(r) }, spec };
  if (isAdminPolicy(r) && r.kind === "ClusterNetworkPolicy") return { apiVersion: v.apiVersion, kind: r.kind, metadata: { ...keep, name: r.name }, spec };
  const calico2 = r.group === "projectcalico.org" || r.group === "crd.projectcalico.org";
  if (!calico2 || !CALICO_CRD_KINDS.has(r.kind)) return null;
  const namespaced = r.kind === "NetworkPolicy" || r.kind === "NetworkSet";
  return toCalicoCrd(r.kind, r.name, namespaced ? namespaceOf(r) : null, spec, keep);
}
function buildShadow(scenario, resources, profile, nodes) {
  const cluster = buildCluster(resources);
  const expected = expectedMatrix2(resources);
  const byId = new Map(cluster.endpoints.map((e) => [e.id, e]));
  const image = imageRef(profile.probeImage);
  const notes = [];
  const pods = [];
  const podObjs = [];
  const serviceAccounts = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Set();
  for (const [i, id] of chosenMembers(expected, scenario.members).entries()) {
    const ep = byId.get(id);
    let name = dnsLabel(ep.name);
    for (let n = 2; names.has(`${ep.namespace}/${name}`); n++) name = `${dnsLabel(ep.name).slice(0, 58)}-${n}`;
    names.add(`${ep.namespace}/${name}`);
    const node2 = nodes[i % nodes.length];
    const containers = servers(ep.ports, image);
    pods.push({ id, name, namespace: ep.namespace, node: node2, container: String(containers[0].name), ports: ep.ports });
    const annotations = { "netlint.io/shadow-of": id };
    if (profile.multus) annotations["k8s.v1.cni.cncf.io/networks"] = `${PROBE_NAMESPACE}/${NAD_SECONDARY}`;
    podObjs.push({
      apiVersion: "v1",
      kind: "Pod",
      // Labels exactly as the workload's pod template: no marker label that a selector could see.
      metadata: { name, namespace: ep.namespace, labels: { ...ep.labels }, annotations },
      spec: {
        ...ep.serviceAccount !== "default" ? { serviceAccountName: ep.serviceAccount } : {},
        automountServiceAccountToken: false,
        nodeName: node2,
        terminationGracePeriodSeconds: 0,
        tolerations: [{ operator: "Exists" }],
        containers
      }
    });
    const accountLabels = Object.fromEntries(Object.entries(ep.serviceAccountLabels).filter(([k, v]) => !(k === CALICO_NAME_LABEL && v === ep.serviceAccount)));
    const labelledDefault = ep.serviceAccount === "default" && Object.keys(accountLabels).length > 0;
    if (labelledDefault && PROTECTED_NAMESPACES.has(ep.namespace)) {
      const note = `ServiceAccount ${ep.namespace}/default is labelled in the input but not in the cluster (the run keeps namespace ${ep.namespace}): cells that depend on its labels may differ for that reason alone`;
      if (!notes.includes(note)) notes.push(note);
    } else if (ep.serviceAccount !== "default" || labelledDefault)
      serviceAccounts.set(`${ep.namespace}/${ep.serviceAccount}`, {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name: ep.serviceAccount, namespace: ep.namespace, ...Object.keys(accountLabels).length ? { labels: accountLabels } : {} }
      });
  }
  const policies = [];
  for (const r of resources) {
    const p = cleanPolicy(r);
    if (p) policies.push(p);
    else if (isCalicoPolicy(r) || r.kind.endsWith("NetworkPolicy")) notes.push(`${r.groupKind} ${r.name} (${r.file}) is not applied: kind not supported by the shadow run`);
  }
  const nsNames = [.../* @__PURE__ */ new Set([...pods.map((p) => p.namespace), ...policies.map((p) => p.metadata.namespace).filter((n) => typeof n === "string")])].sort();
  const namespaces = nsNames.map((name) => {
    const labels = Object.fromEntries(Object.entries(cluster.namespaces.get(name)?.labels ?? {}).filter(([k]) => k !== NS_NAME_LABEL));
    return { apiVersion: "v1", kind: "Namespace", metadata: { name, ...Object.keys(labels).length ? { labels } : {} } };
  });
  const ordered = (a, b) => a.id.localeCompare(b.id);
  pods.sort(ordered);
  const deletable = (o) => o.kind !== "Namespace" || !PROTECTED_NAMESPACES.has(String(o.metadata.name));
  const inProtected = (o) => PROTECTED_NAMESPACES.has(String(o.metadata.namespace));
  const services = shadowServices(resources, pods, byId, notes, (ns) => PROTECTED_NAMESPACES.has(ns));
  const setup = [...namespaces, ...serviceAccounts.values(), ...podObjs];
  if (policies.some((p) => /"(ipBlock|nets|notNets)"/.test(JSON.stringify(p.spec))))
    notes.push("policies match addresses (ipBlock/nets): reach knows no shadow pod IP, so cells where a pod IP falls in such a range may differ for that reason alone");
  return {
    scenario,
    expected,
    pods,
    namespaces: nsNames,
    setup,
    services,
    policies,
    // Namespaces last: deleting them also removes what is inside; cluster-scoped policies and tiers explicitly.
    teardown: [
      ...policies.filter((p) => p.kind !== "Tier" && (!p.metadata.namespace || inProtected(p))),
      ...policies.filter((p) => p.kind === "Tier"),
      ...podObjs.filter(inProtected),
      // After the pods that run as them.
      ...[...serviceAccounts.values()].filter(inProtected),
      ...namespaces.filter(deletable)
    ],
    notes
  };
}

// e2e/conformance/run.ts
var DEFAULT_CONFORMANCE_OPTIONS = {
  probe: { retries: 2, retryDelayMs: 2e3, concurrency: 9, connectTimeoutS: 2, capMs: 3e4 },
  settleMs: 5e3
};
var EXEC_OVERHEAD_MS = 1e3;
function probeBudgetMs(sources, probe, execOverheadMs = EXEC_OVERHEAD_MS) {
  const wave = Math.max(probe.connectTimeoutS, PING_DEADLINE_S) * 1e3 + execOverheadMs;
  return Math.ceil(sources / probe.concurrency) * wave + probe.retries * (probe.retryDelayMs + wave);
}
function manifestsScenario(files) {
  return { name: "manifests", title: `the given manifests (${files.length} file${files.length === 1 ? "" : "s"})`, members: "classes", sources: files };
}
var CONTROL_SOURCE = {
  path: "netlint/positive-control.yaml",
  content: `apiVersion: v1
kind: Namespace
metadata:
  name: netlint-control
  labels: {netlint.io/role: positive-control}
---
apiVersion: v1
kind: Pod
metadata:
  name: control
  namespace: netlint-control
  labels: {netlint.io/role: positive-control}
spec:
  containers:
    - name: control
      image: registry.example/control:1
      ports:
        - {containerPort: 80, protocol: TCP}
`
};
var hasPositive = (plan) => plan.expected.cells.some((c2) => c2.allowed && c2.from !== c2.to && plan.pods.some((p) => p.id === c2.from) && plan.pods.some((p) => p.id === c2.to));
function planScenario(scenario, profile, nodes) {
  const plan = buildShadow(scenario, loadSources(scenario.sources).resources, profile, nodes);
  if (hasPositive(plan) || plan.pods.length === 0) return plan;
  const withControl = { ...scenario, sources: [...scenario.sources, CONTROL_SOURCE] };
  const controlled = buildShadow(withControl, loadSources(withControl.sources).resources, profile, nodes);
  controlled.notes.push("no cell of the scenario is predicted to connect: a positive-control pod (netlint-control/control, selected by no policy) was added so that blocked cells are only trusted next to cells that connect");
  return controlled;
}
var protocolOf = (c2) => c2.protocol.toLowerCase();
function scenarioCells(plan) {
  return plannedCells(plan.expected, plan.pods.map((p) => p.id));
}
function scenarioProbes(plan, ipOf) {
  const byId = new Map(plan.pods.map((p) => [p.id, p]));
  const out = [];
  for (const cell of scenarioCells(plan)) {
    const src = byId.get(cell.from);
    const dst = byId.get(cell.to);
    if (!src || !dst || src === dst) continue;
    out.push({ src, cell, probe: probeOf(src, cell, ipOf(dst)) });
  }
  return out;
}
function probeOf(src, cell, ip) {
  return {
    row: cell.from,
    col: cell.to,
    source: { namespace: src.namespace, pod: src.name, container: src.container },
    target: cell.protocol === "ICMP" ? { ip, protocol: "icmp" } : { ip, protocol: protocolOf(cell), port: cell.port },
    expect: cell.allowed ? "reach" : "block"
  };
}
function podAddresses(json) {
  let items = [];
  try {
    items = JSON.parse(json).items ?? [];
  } catch {
    items = [];
  }
  const out = /* @__PURE__ */ new Map();
  for (const i of items) {
    let net1 = null;
    try {
      const status = JSON.parse(i.metadata?.annotations?.["k8s.v1.cni.cncf.io/network-status"] ?? "[]");
      net1 = status.find((s) => s.interface === "net1")?.ips?.[0] ?? null;
    } catch {
      net1 = null;
    }
    out.set(String(i.metadata?.name), { ip: i.status?.podIP ?? null, net1 });
  }
  return out;
}
function serviceProbes(plan, clusterIpOf) {
  const byId = new Map(plan.pods.map((p) => [p.id, p]));
  return serviceCells(plan.services, plan.pods, plan.expected, []).map((cell) => {
    const src = byId.get(cell.from);
    return { src, cell, probe: probeOf(src, cell, clusterIpOf(cell.to)) };
  });
}
async function probeAndCompare(env, plan, network, ipOf, services) {
  const list2 = services ? serviceProbes(plan, services) : scenarioProbes(plan, ipOf);
  const probes = list2.map((x) => network === "net1" ? { ...x.probe, expect: "reach" } : x.probe);
  const started = env.now();
  const results = await runProbes(probes, { command: (s, argv) => env.k.exec(s.namespace, s.pod, s.container, argv), run: (spec) => env.run(spec), sleep: (ms) => env.sleep(ms), now: () => env.now() }, env.options.probe);
  const probeMs = env.now() - started;
  const probed = list2.map((x, i) => ({
    cell: x.cell,
    result: results[i],
    reproduce: formatArgv(argvOf(env.k.exec(x.src.namespace, x.src.name, x.src.container, singleProbeArgv(probes[i].target, env.options.probe.connectTimeoutS))))
  }));
  const ports = [...new Set(list2.map((x) => portLabel(x.cell)))].sort((a, b) => (parseInt(a) || Infinity) - (parseInt(b) || Infinity) || a.localeCompare(b));
  const notes = services ? [] : [...plan.notes];
  if (network === "net1") notes.push("net1 (flannel via multus): Kubernetes and Calico policies apply on the default network only; without a MultiNetworkPolicy controller every net1 cell is expected to connect");
  if (services) {
    serviceCells(plan.services, plan.pods, plan.expected, notes);
    notes.unshift("through each Service's ClusterIP: kube-proxy sends the connection to one of its pods on the port's targetPort, and policy decides on that port (reach --to svc:NS/NAME --port P)");
  }
  const result = {
    scenario: plan.scenario.name,
    title: services ? `${plan.scenario.title}, through its Services` : plan.scenario.title,
    source: plan.scenario.truth ? "builtin" : "manifests",
    network,
    endpoints: plan.pods.map((p) => p.id),
    ...services ? { targets: plan.services.map((sv) => sv.id) } : {},
    ports,
    cells: compareCells(probed, network === "net1" ? void 0 : plan.scenario.truth, network === "net1" ? true : void 0),
    probeMs,
    notes
  };
  if (!plan.scenario.truth) {
    const base = ["netlint", "reach", "--explain", "--format", "text", ...plan.scenario.sources.map((s) => s.path)];
    result.explain = formatArgv(base);
    for (const c2 of result.cells) if (c2.mismatch) c2.explain = formatArgv([...base, "--from", c2.from, "--to", c2.to, "--port", portLabel(c2)]);
  }
  return result;
}
function nothingToProbe(plan) {
  if (plan.pods.length < 2 || !scenarioProbes(plan, () => "").length)
    return `nothing to probe: the manifests declare ${plan.pods.length} workload endpoint(s)${plan.pods.length >= 2 ? " and no container ports" : ""}; policies were not applied`;
  return null;
}
var ADDRESS_NAME = { ip: "an IP", net1: "a net1 address (Multus network-status annotation)" };
async function runScenario(env, scenario) {
  const plan = planScenario(scenario, env.profile, env.nodes);
  const empty = nothingToProbe(plan);
  if (empty)
    return [{ scenario: scenario.name, title: scenario.title, source: scenario.truth ? "builtin" : "manifests", network: "default", endpoints: plan.pods.map((p) => p.id), ports: [], cells: [], probeMs: 0, notes: [empty, ...plan.notes] }];
  let failed2 = false;
  try {
    await env.retry(env.k.apply(toYaml(plan.setup)));
    const addresses = /* @__PURE__ */ new Map();
    for (const ns of [...new Set(plan.pods.map((p) => p.namespace))]) {
      await env.must(env.k.podsReady(ns));
      for (const [name, a] of podAddresses((await env.must(env.k.getJson("pods", ns))).stdout)) addresses.set(`${ns}/${name}`, a);
    }
    const address = (p, network) => addresses.get(`${p.namespace}/${p.name}`)?.[network] ?? null;
    for (const network of env.profile.multus ? ["ip", "net1"] : ["ip"]) {
      const missing = plan.pods.filter((p) => !address(p, network));
      if (missing.length) throw env.failure(`shadow pods without ${ADDRESS_NAME[network]}: ${missing.map((p) => `${p.namespace}/${p.name}`).join(", ")}`);
    }
    const serviceIps = /* @__PURE__ */ new Map();
    const serviceNotes = [];
    if (plan.services.length) {
      const applied = await env.run(env.k.apply(toYaml(plan.services.map((sv) => sv.manifest))));
      if (applied.exitCode !== 0) serviceNotes.push(`the Services were not applied, so nothing was probed through them: ${(applied.stderr.trim().split("\n").at(-1) ?? "") || `kubectl exited with ${applied.exitCode}`}`);
      else {
        for (const ns of [...new Set(plan.services.map((sv) => sv.namespace))]) {
          for (const [name, ip] of clusterIps((await env.must(env.k.getJson("services", ns))).stdout)) serviceIps.set(`svc:${ns}/${name}`, ip);
        }
        const noAddress = plan.services.filter((sv) => !serviceIps.has(sv.id));
        if (noAddress.length) throw env.failure(`Services without a ClusterIP: ${noAddress.map((sv) => `${sv.namespace}/${sv.name}`).join(", ")}`);
      }
    }
    if (plan.policies.length) await env.retry(env.k.apply(toYaml(plan.policies)));
    await env.sleep(env.options.settleMs);
    const out = [await probeAndCompare(env, plan, "default", (p) => address(p, "ip"))];
    out[0].notes.push(...serviceNotes);
    if (env.profile.multus) out.push(await probeAndCompare(env, plan, "net1", (p) => address(p, "net1")));
    if (serviceIps.size && serviceProbes(plan, () => "").length) out.push(await probeAndCompare(env, plan, "default", (p) => address(p, "ip"), (id) => serviceIps.get(id)));
    return out;
  } catch (e) {
    failed2 = true;
    throw e;
  } finally {
    const teardown = env.k.deleteManifest(toYaml(plan.teardown));
    if (failed2) await env.run(teardown);
    else await env.must(teardown);
  }
}

// e2e/controls/bgp.ts
var BGP_CONFIGURATION = "bgpconfigurations.crd.projectcalico.org/default";
function bgpRoutingLeft(facts) {
  const left = [];
  for (const n of facts.nodes) {
    if (!n.bgp) left.push(`${n.name}: BGP sessions not readable`);
    for (const s of n.bgp ?? []) if (s.info.startsWith("Established")) left.push(`${n.name}: ${s.name} Established`);
    for (const b of facts.blocks) if (b.node !== n.name && n.routes.some((r) => r.dst === b.cidr)) left.push(`${n.name}: route to ${b.cidr} (${b.node})`);
  }
  return left;
}
var NO_BGP_ROUTING = { expect: "no BGP session Established, no route to another node\u2019s block", of: bgpRoutingLeft };
var meshOffControl = () => ({
  title: "BGP mesh off, no BGPPeer",
  source: "confd bgp_processor.go processMeshPeers: no Mesh_ peers while nodeToNodeMeshEnabled is false",
  break: [{ do: "patch", title: "BGPConfiguration nodeToNodeMeshEnabled: false", what: BGP_CONFIGURATION, spec: { nodeToNodeMeshEnabled: false } }],
  restore: [{ do: "patch", title: "BGPConfiguration nodeToNodeMeshEnabled: true", what: BGP_CONFIGURATION, spec: { nodeToNodeMeshEnabled: true } }],
  blocked: (a, b) => a.name !== b.name,
  expect: "same-node pairs reach, cross-node pairs blocked",
  remaining: NO_BGP_ROUTING
});

// e2e/cidr.ts
function inCidr(ip, cidr) {
  const address = parseIp(ip);
  const network = parseCidr(cidr.includes("/") ? cidr : `${cidr}/${address?.family === 6 ? 128 : 32}`);
  return address !== null && network.ok && containsIp(network.cidr, address);
}
function sameSubnet(a, b, prefix) {
  return inCidr(b, `${a}/${prefix}`);
}

// e2e/procedures/types.ts
var DEFAULT_POOL = "ippools.crd.projectcalico.org/default-ipv4-ippool";

// e2e/controls/crosssubnet.ts
var POOL_NAME = DEFAULT_POOL.slice(DEFAULT_POOL.indexOf("/") + 1);
function crossSubnetTunnelLeft(facts) {
  const left = [];
  const pool = facts.pools.find((p) => p.name === POOL_NAME);
  if (!pool) left.push(`IPPool ${POOL_NAME} not listed`);
  else if (pool.ipipMode !== "Never") left.push(`IPPool ${POOL_NAME} ipipMode ${pool.ipipMode}`);
  for (const n of facts.nodes) {
    for (const b of facts.blocks) {
      const r = facts.nodes.find((x) => x.name === b.node);
      if (!r || r === n || !n.ip || !r.ip || n.prefixLen === null || sameSubnet(n.ip, r.ip, n.prefixLen)) continue;
      if (n.routes.some((x) => x.dst === b.cidr && x.dev === "tunl0")) left.push(`${n.name}: route to ${b.cidr} (${b.node}) via tunl0`);
    }
  }
  return left;
}
var crossSubnetControl = () => ({
  title: "IPPool ipipMode Never",
  source: "confd bgp_processor.go extraStatementForKernelProgrammingIPIPNoEncap: ipipMode Never sets no krt_tunnel",
  break: [{ do: "patch", title: "IPPool ipipMode: Never", what: DEFAULT_POOL, spec: { ipipMode: "Never" } }],
  restore: [{ do: "patch", title: "IPPool ipipMode: CrossSubnet", what: DEFAULT_POOL, spec: { ipipMode: "CrossSubnet" } }],
  blocked: (a, b) => a.ip && b.ip && a.prefixLen !== null ? !sameSubnet(a.ip, b.ip, a.prefixLen) : null,
  expect: "same-subnet pairs reach, cross-subnet pairs blocked",
  remaining: { expect: `IPPool ${POOL_NAME} ipipMode Never, no route to another subnet\u2019s block via tunl0`, of: crossSubnetTunnelLeft }
});

// e2e/controls/rr.ts
var peerDeletedControl = (profile) => ({
  title: "BGPPeer to the route reflectors deleted",
  source: "confd client.go updatePeersV1: the reflector\u2019s sessions are the reverse peerings of the same BGPPeer",
  break: [{ do: "delete", title: `delete BGPPeer ${RR_PEER}`, what: `bgppeers.crd.projectcalico.org/${RR_PEER}` }],
  restore: [{ do: "apply", title: `recreate BGPPeer ${RR_PEER}`, name: "bgppeer.yaml", objects: [bgpPeerToReflectors(profile)] }],
  blocked: (a, b) => a.name !== b.name,
  expect: "same-node pairs reach, cross-node pairs blocked (client \u2194 client and reflector \u2194 client)",
  remaining: NO_BGP_ROUTING
});

// e2e/controls/index.ts
var CONTROLS = {
  "calico-crosssubnet": crossSubnetControl,
  "calico-bgp": meshOffControl,
  "calico-rr": peerDeletedControl
};

// e2e/context.ts
var DEFAULT_RUN_OPTIONS = {
  keepCluster: false,
  allowUnpinned: false,
  workDir: ".netlint-tmp/e2e",
  probe: DEFAULT_PROBE_OPTIONS,
  evidenceDeadlineMs: 9e4,
  pollIntervalMs: 5e3,
  catalogue: PROFILES,
  scenarios: [],
  procedures: [],
  conformance: DEFAULT_CONFORMANCE_OPTIONS,
  controls: CONTROLS
};
var StepFailure = class extends Error {
  constructor(kind2, message) {
    super(message);
    this.kind = kind2;
  }
  kind;
  name = "StepFailure";
};
var Interrupted = class extends Error {
  name = "Interrupted";
};
function clusterName(profile, id) {
  return `nl-${profile.replace(/^calico-/, "")}-${id}`.slice(0, 40);
}
var clip = (s, n = 4e3) => s.length > n ? `${s.slice(0, n)}
\u2026 (${s.length - n} more characters)` : s;
async function run(ctx, spec) {
  const interrupted = () => new Interrupted(typeof ctx.signal.reason === "string" ? ctx.signal.reason : "a signal");
  if (ctx.signal.aborted) throw interrupted();
  const result = await ctx.deps.runner({ ...spec, signal: ctx.signal });
  if (result.cancelled || ctx.signal.aborted) throw interrupted();
  return result;
}
async function must(ctx, spec, kind2 = "error") {
  const result = await run(ctx, spec);
  if (!succeeded(result)) throw new StepFailure(kind2, describeFailure(spec, result));
  return result;
}
async function retry(ctx, spec, attempts, delayMs, kind2 = "error") {
  let last;
  for (let i = 1; i <= attempts; i++) {
    last = await run(ctx, spec);
    if (succeeded(last)) return last;
    if (i < attempts) await ctx.deps.sleep(delayMs);
  }
  throw new StepFailure(kind2, `${describeFailure(spec, last)} (after ${attempts} attempts)`);
}
async function step(ctx, id, title, fn) {
  const start = ctx.deps.now();
  const timing = { id, title, ms: 0, status: "ok" };
  ctx.report.steps.push(timing);
  try {
    return await fn();
  } catch (e) {
    timing.status = "failed";
    timing.detail = e instanceof Error ? e.message : String(e);
    throw e;
  } finally {
    timing.ms = ctx.deps.now() - start;
  }
}
async function waitFor(ctx, _what, probe) {
  const deadline = ctx.deps.now() + ctx.options.evidenceDeadlineMs;
  for (; ; ) {
    const value = await probe();
    if (value !== null) return value;
    if (ctx.deps.now() + ctx.options.pollIntervalMs > deadline) return null;
    await ctx.deps.sleep(ctx.options.pollIntervalMs);
  }
}
function itemsOf(json) {
  try {
    return JSON.parse(json).items ?? [];
  } catch {
    return [];
  }
}

// e2e/cleanup.ts
async function diagnostics(ctx) {
  const specs = [ctx.k.podsWide(), ctx.k.events(), ctx.k.describePods(PROBE_NAMESPACE), ...ctx.nodes.map((n) => docker.exec(n, ["ip", "-d", "addr"])), ...ctx.nodes.map((n) => docker.exec(n, ["ip", "-4", "route", "show", "table", "all"]))];
  for (const spec of specs) {
    const res = await ctx.deps.runner(spec);
    ctx.report.diagnostics.push({ command: formatArgv(argvOf(spec)), output: clip(`${res.stdout}${res.stderr ? `
${res.stderr}` : ""}`.trim()) });
  }
}
async function exportLogs(ctx) {
  const dir = `${ctx.options.workDir}/${ctx.cluster}/logs`;
  const res = await ctx.deps.runner(kind.exportLogs(ctx.cluster, dir));
  if (succeeded(res)) ctx.report.logsDir = dir;
}
async function safely(fn) {
  try {
    await fn();
  } catch {
  }
}
async function cleanUp(ctx) {
  const leaked = [];
  for (const cleanup of [...ctx.cleanups].reverse()) {
    try {
      leaked.push(...await cleanup());
    } catch (e) {
      leaked.push(`cleanup step failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const left = docker.leftovers(ctx.cluster);
  for (const [what, spec] of [["docker container", left.containers], ["docker network", left.networks]]) {
    const res = await ctx.deps.runner(spec).catch((e) => ({ ...failed(-1, String(e)) }));
    if (!succeeded(res)) leaked.push(`unverified (${describeFailure(spec, res)})`);
    else leaked.push(...res.stdout.split("\n").map((x) => x.trim()).filter(Boolean).map((name) => `${what} ${name}`));
  }
  return [...new Set(leaked)];
}
function leakCheck(report, leaked) {
  if (!leaked.length) return;
  report.leaked = leaked;
  const why2 = `cleanup failed, leaked: ${leaked.join(", ")}`;
  report.reason = report.status === "pass" ? why2 : `${report.reason ?? report.status}; ${why2}`;
  report.status = "error";
}

// e2e/crosssubnet.ts
async function buildCrossSubnet(ctx) {
  const xs = ctx.profile.crossSubnet;
  const nets = xs.networks.map((n) => ({ ...n, name: `${ctx.cluster}-${n.name.replace(/^netlint-/, "")}` }));
  const router = `${ctx.cluster}-router`;
  ctx.cleanups.push(async () => {
    const leaked = succeeded(await ctx.deps.runner(docker.rmForce(router))) ? [] : [`docker container ${router}`];
    for (const [i, nodeName] of ctx.nodes.entries()) await ctx.deps.runner(docker.networkDisconnect(nets[xs.attachments[i].network].name, nodeName));
    return succeeded(await ctx.deps.runner(docker.networkRm(nets.map((n) => n.name)))) ? leaked : [...leaked, ...nets.map((n) => `docker network ${n.name}`)];
  });
  for (const n of nets) await must(ctx, docker.networkCreate(n.name, n.subnet, n.gateway));
  await must(ctx, docker.runRouter(router, nets[0].name, nets[0].routerIp, imageRef(xs.routerImage)));
  await must(ctx, docker.networkConnect(nets[1].name, router, nets[1].routerIp));
  for (const [i, nodeName] of ctx.nodes.entries()) {
    const a = xs.attachments[i];
    await must(ctx, docker.networkConnect(nets[a.network].name, nodeName, a.ip));
    const other = nets[1 - a.network];
    await must(ctx, node.addRoute(nodeName, other.subnet, nets[a.network].routerIp, xs.interface));
  }
}

// e2e/evidence.ts
function parseJsonArray(text2) {
  try {
    const v = JSON.parse(text2);
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}
function parseBirdProtocols(text2) {
  const lines = text2.split("\n");
  if (!lines.some((l) => /^\s*name\s+proto\s+table\s+state\b/.test(l))) return null;
  const rows = [];
  for (const line of lines) {
    const cols = line.trim().split(/\s+/);
    if (cols.length >= 4 && cols[1] === "BGP") rows.push({ name: cols[0], state: cols[3], info: cols.slice(5).join(" ") });
  }
  return rows;
}
function parseEnvFile(text2) {
  const env = {};
  for (const line of text2.split("\n")) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
  return env;
}
var birdPeerName = (kind2, ip) => `${kind2}_${ip.replace(/\./g, "_")}`;
var TUNNEL = { ipip: { dev: "tunl0", kind: "ipip", overhead: 20, annotation: "projectcalico.org/IPv4IPIPTunnelAddr" }, vxlan: { dev: "vxlan.calico", kind: "vxlan", overhead: 50, annotation: "projectcalico.org/IPv4VXLANTunnelAddr" } };
function tunnelOf(profile) {
  if (profile.calico.pool.vxlanMode !== "Never") return TUNNEL.vxlan;
  if (profile.calico.pool.ipipMode !== "Never") return TUNNEL.ipip;
  return null;
}
function expectedRoute(profile, n, r) {
  const remoteIp = r.ip;
  switch (profile.mode) {
    case "bgp":
    case "rr":
      return { dev: "eth0", gateway: remoteIp };
    case "vxlan":
      return { dev: "vxlan.calico", gateway: r.annotations[TUNNEL.vxlan.annotation] ?? null };
    case "crosssubnet": {
      const same = n.ip && remoteIp && n.prefixLen !== null && sameSubnet(n.ip, remoteIp, n.prefixLen);
      return { dev: same ? profile.crossSubnet?.interface ?? "eth0" : "tunl0", gateway: remoteIp };
    }
    case "ipip":
    case "multus-flannel":
      return { dev: "tunl0", gateway: remoteIp };
  }
}
var check = (id, scope, ok, expected, observed) => ({ id, scope, ok, expected, observed });
var linkOf = (links, name) => links.find((l) => l.ifname === name);
function poolCheck(profile, facts) {
  const want = profile.calico.pool;
  const pool = facts.pools.find((p) => p.cidr === want.cidr);
  const expected = `IPPool ${want.cidr} ipipMode=${want.ipipMode} vxlanMode=${want.vxlanMode}`;
  const observed = facts.pools.map((p) => `${p.cidr} ipipMode=${p.ipipMode} vxlanMode=${p.vxlanMode}`).join("; ") || "no IPPool";
  const extra = profile.calico.extraPools ?? [];
  const others = facts.pools.filter((p) => p !== pool);
  return check("ippool", "cluster", !!pool && others.length === extra.length && others.every((p) => extra.includes(p.cidr)) && pool.ipipMode === want.ipipMode && pool.vxlanMode === want.vxlanMode, `${expected}${extra.length ? `, plus ${extra.join(", ")}` : ""}`, observed);
}
function routeChecks(profile, facts) {
  const out = [];
  for (const r of facts.nodes) {
    const blocks = facts.blocks.filter((b) => b.node === r.name);
    if (!blocks.length) {
      out.push(check("block", r.name, false, "a block affine to the node (a probe pod runs on it)", "no block affinity"));
      continue;
    }
    for (const n of facts.nodes.filter((x) => x !== r))
      for (const block of blocks) {
        const want = expectedRoute(profile, n, r);
        const route = n.routes.find((x) => x.dst === block.cidr);
        const observed = route ? `via ${route.gateway ?? "-"} dev ${route.dev ?? "-"} proto ${route.protocol ?? "-"}` : "no route";
        out.push(check("route", `${n.name} \u2192 ${block.cidr} (${r.name})`, !!route && route.dev === want.dev && route.gateway === want.gateway, `via ${want.gateway ?? "?"} dev ${want.dev}`, observed));
      }
  }
  return out;
}
function tunnelChecks(profile, facts) {
  const t = tunnelOf(profile);
  if (!t) return [];
  return facts.nodes.flatMap((n) => {
    const link = linkOf(n.links, t.dev);
    const addr = linkOf(n.addrs, t.dev)?.addr_info?.map((a) => a.local) ?? [];
    const want = n.annotations[t.annotation];
    const parent = linkOf(n.links, "eth0")?.mtu;
    return [
      check(`${t.dev}`, n.name, !!link && link.linkinfo?.info_kind === t.kind && (link.flags ?? []).includes("UP") && !!want && addr.includes(want), `${t.kind} device UP with ${want ?? "the tunnel address annotation"}`, link ? `${link.linkinfo?.info_kind ?? "?"} ${(link.flags ?? []).includes("UP") ? "UP" : "DOWN"} addr ${addr.join(",") || "none"}` : "absent"),
      check("mtu", `${n.name} ${t.dev}`, !!link?.mtu && !!parent && link.mtu <= parent - t.overhead, `\u2264 eth0 MTU ${parent ?? "?"} \u2212 ${t.overhead}`, String(link?.mtu ?? "unknown"))
    ];
  });
}
function bgpChecks(profile, facts) {
  if (!profile.calico.bird) return [];
  const rr = profile.routeReflector;
  const reflectors = new Set((rr?.reflectors ?? []).map((i) => facts.nodes[i]?.name));
  return facts.nodes.map((n) => {
    const others = facts.nodes.filter((o) => o.name !== n.name && o.ip);
    let want;
    if (!rr) want = others.map((o) => birdPeerName("Mesh", o.ip));
    else if (reflectors.has(n.name)) want = others.map((o) => birdPeerName("Node", o.ip));
    else want = others.filter((o) => reflectors.has(o.name)).map((o) => birdPeerName("Node", o.ip));
    const rows = n.bgp ?? [];
    const established = rows.filter((r) => r.info.startsWith("Established")).map((r) => r.name).sort();
    const ok = n.bgp !== null && rows.length === want.length && JSON.stringify(established) === JSON.stringify([...want].sort());
    const kind2 = !rr ? "full mesh" : reflectors.has(n.name) ? "reflector: every other node" : "client: the reflectors only";
    return check("bgp", n.name, ok, `${kind2}: ${want.join(", ")} Established`, n.bgp === null ? "birdcl unreadable" : rows.map((r) => `${r.name} ${r.info || r.state}`).join(", ") || "no BGP sessions");
  });
}
function noBirdChecks(profile, facts) {
  if (profile.calico.bird) return [];
  return facts.nodes.map(
    (n) => check("no-bird", n.name, n.birdSocket === "absent", `no BIRD control socket (${BIRD_SOCKET}): the VXLAN backend runs no BIRD`, n.birdSocket === "present" ? `${BIRD_SOCKET} present: BIRD runs` : n.birdSocket === "absent" ? "absent" : "unreadable")
  );
}
function crossSubnetChecks(profile, facts) {
  const xs = profile.crossSubnet;
  if (!xs) return [];
  return facts.nodes.map((n) => {
    const a = xs.attachments[n.index];
    return check("node-address", n.name, n.ip === a.ip && n.prefixLen === 24, `${a.ip}/24 (${xs.networks[a.network].name})`, n.ip ? `${n.ip}/${n.prefixLen}` : "no IPv4Address annotation");
  });
}
function reflectorChecks(profile, facts) {
  const rr = profile.routeReflector;
  if (!rr) return [];
  return rr.reflectors.map((i) => {
    const n = facts.nodes[i];
    const id = n?.annotations["projectcalico.org/RouteReflectorClusterID"];
    return check("rr-cluster-id", n?.name ?? `node ${i}`, id === rr.clusterId, rr.clusterId, id ?? "none");
  });
}
function flannelNodeChecks(profile, facts) {
  const m = profile.multus;
  if (!m) return [];
  return facts.nodes.flatMap((n) => {
    const env = n.flannelEnv ?? {};
    const subnet = env.FLANNEL_SUBNET ?? "";
    const subnetIp = subnet.split("/")[0];
    const link = linkOf(n.links, "flannel.1");
    return [
      check("flannel-subnet", n.name, env.FLANNEL_NETWORK === m.flannel.network && !!n.podCIDR && inCidr(subnetIp, n.podCIDR), `FLANNEL_NETWORK ${m.flannel.network}, FLANNEL_SUBNET inside podCIDR ${n.podCIDR ?? "?"}`, n.flannelEnv ? `${env.FLANNEL_NETWORK ?? "-"} / ${subnet || "-"}` : "no /run/flannel/subnet.env"),
      check("flannel.1", n.name, link?.linkinfo?.info_kind === "vxlan" && String(env.FLANNEL_MTU) === String(link.mtu), `vxlan device, MTU ${env.FLANNEL_MTU ?? "?"}`, link ? `${link.linkinfo?.info_kind ?? "?"} MTU ${link.mtu}` : "absent"),
      check("multus-conf", n.name, (n.cniConfFiles ?? [])[0] === "00-multus.conf", "00-multus.conf first in /etc/cni/net.d", (n.cniConfFiles ?? []).join(", ") || "empty")
    ];
  });
}
function podChecks(profile, facts) {
  const t = tunnelOf(profile);
  return facts.pods.flatMap((p) => {
    const node2 = facts.nodes.find((n) => n.name === p.node);
    const out = [];
    const eth0 = linkOf(p.interfaces, "eth0");
    const nodeTunnelMtu = t ? linkOf(node2?.links ?? [], t.dev)?.mtu : linkOf(node2?.links ?? [], "eth0")?.mtu;
    if (p.networks !== "flannel")
      out.push(check("pod-mtu", `${p.name} eth0`, !!eth0?.mtu && !!nodeTunnelMtu && eth0.mtu <= nodeTunnelMtu, `\u2264 ${t ? t.dev : "node eth0"} MTU ${nodeTunnelMtu ?? "?"}`, String(eth0?.mtu ?? "unknown")));
    if (profile.multus) {
      const env = node2?.flannelEnv ?? {};
      const subnet = env.FLANNEL_SUBNET ?? "";
      const flannelIf = p.networks === "flannel" ? "eth0" : "net1";
      const flannelLink = linkOf(p.interfaces, flannelIf);
      const flannelIp2 = flannelLink?.addr_info?.[0]?.local;
      out.push(check("flannel-ip", `${p.name} ${flannelIf}`, !!flannelIp2 && !!subnet && inCidr(flannelIp2, subnet) && String(flannelLink?.mtu) === String(env.FLANNEL_MTU), `address in ${subnet || "the node flannel subnet"}, MTU ${env.FLANNEL_MTU ?? "?"}`, flannelLink ? `${flannelIp2 ?? "no address"} MTU ${flannelLink.mtu}` : "absent"));
      if (p.networks === "dual") {
        const def = p.networkStatus.find((s) => s.default);
        const net1 = p.networkStatus.find((s) => s.interface === "net1");
        const ok = !!def?.ips?.[0] && inCidr(def.ips[0], profile.calico.pool.cidr) && !!net1?.ips?.[0] && inCidr(net1.ips[0], profile.multus.flannel.network);
        out.push(check("network-status", p.name, ok, `default in ${profile.calico.pool.cidr}, net1 in ${profile.multus.flannel.network}`, p.networkStatus.map((s) => `${s.interface ?? s.name}=${(s.ips ?? []).join(",")}`).join(" ") || "no network-status annotation"));
      }
    }
    return out;
  });
}
function nodeChecks(profile, facts) {
  return [
    poolCheck(profile, facts),
    ...crossSubnetChecks(profile, facts),
    ...reflectorChecks(profile, facts),
    ...routeChecks(profile, facts),
    ...tunnelChecks(profile, facts),
    ...bgpChecks(profile, facts),
    ...noBirdChecks(profile, facts),
    ...flannelNodeChecks(profile, facts)
  ];
}

// e2e/node-facts.ts
async function calicoNodePods(ctx) {
  const res = await must(ctx, ctx.k.getJson("pods", "kube-system", "k8s-app=calico-node"));
  const items = itemsOf(res.stdout);
  return new Map(items.map((p) => [String(p.spec?.nodeName), String(p.metadata?.name)]));
}
async function readNodes(ctx) {
  const items = itemsOf((await must(ctx, ctx.k.getJson("nodes"))).stdout);
  return ctx.nodes.map((name, index) => {
    const item = items.find((i) => i.metadata?.name === name);
    const annotations = item?.metadata?.annotations ?? {};
    const addr = annotations["projectcalico.org/IPv4Address"];
    const [ip, len] = addr ? addr.split("/") : [null, null];
    return { name, index, ip: ip ?? null, prefixLen: len ? Number(len) : null, annotations, podCIDR: item?.spec?.podCIDR ?? null, routes: [], links: [], addrs: [], bgp: null };
  });
}
function nodeFactsCommands(k, nodes, profile) {
  return [
    k.getJson("nodes"),
    k.getJson("blockaffinities.crd.projectcalico.org"),
    k.getJson("ippools.crd.projectcalico.org"),
    ...profile.calico.bird ? [k.getJson("pods", "kube-system", "k8s-app=calico-node")] : [],
    ...nodes.flatMap((n) => [
      node.routes(n),
      node.links(n),
      node.addrs(n),
      ...profile.calico.bird ? [birdProtocols(k, `<calico-node pod on ${n}>`)] : [node.birdSocket(n)],
      ...profile.multus ? [node.flannelEnv(n), node.cniConfDir(n)] : []
    ])
  ];
}
async function collectNodeFacts(ctx) {
  const nodes = await readNodes(ctx);
  const blocks = itemsOf((await must(ctx, ctx.k.getJson("blockaffinities.crd.projectcalico.org"))).stdout).map((b) => ({ cidr: String(b.spec?.cidr), node: String(b.spec?.node) }));
  const pools = itemsOf((await must(ctx, ctx.k.getJson("ippools.crd.projectcalico.org"))).stdout).map((p) => ({
    name: String(p.metadata?.name),
    cidr: String(p.spec?.cidr),
    ipipMode: String(p.spec?.ipipMode ?? "Never"),
    vxlanMode: String(p.spec?.vxlanMode ?? "Never")
  }));
  const pods = ctx.profile.calico.bird ? await calicoNodePods(ctx) : /* @__PURE__ */ new Map();
  for (const n of nodes) {
    n.routes = parseJsonArray((await must(ctx, node.routes(n.name))).stdout);
    n.links = parseJsonArray((await must(ctx, node.links(n.name))).stdout);
    n.addrs = parseJsonArray((await must(ctx, node.addrs(n.name))).stdout);
    if (ctx.profile.calico.bird) {
      const pod = pods.get(n.name);
      const res = pod ? await run(ctx, birdProtocols(ctx.k, pod)) : null;
      n.bgp = res && succeeded(res) ? parseBirdProtocols(res.stdout) : null;
    } else {
      const res = await run(ctx, node.birdSocket(n.name));
      const said = res.stdout.trim();
      n.birdSocket = succeeded(res) && (said === "present" || said === "absent") ? said : null;
    }
    if (ctx.profile.multus) {
      const env = await run(ctx, node.flannelEnv(n.name));
      n.flannelEnv = succeeded(env) ? parseEnvFile(env.stdout) : null;
      n.cniConfFiles = (await run(ctx, node.cniConfDir(n.name))).stdout.split("\n").map((s) => s.trim()).filter(Boolean).sort();
    }
  }
  return { nodes, blocks, pools, pods: [] };
}
async function startProbePods(ctx) {
  await retry(ctx, ctx.k.apply(toYaml(probeManifests(ctx.profile, ctx.nodes))), 3, 5e3);
  await must(ctx, ctx.k.podsReady(PROBE_NAMESPACE), "fail");
  const items = itemsOf((await must(ctx, ctx.k.getJson("pods", PROBE_NAMESPACE))).stdout);
  const specs = probePodSpecs(ctx.profile, ctx.nodes);
  const pods = [];
  for (const spec of specs) {
    const item = items.find((i) => i.metadata?.name === spec.name);
    const status = item?.metadata?.annotations?.["k8s.v1.cni.cncf.io/network-status"];
    const res = await run(ctx, ctx.k.exec(PROBE_NAMESPACE, spec.name, "probe", ["ip", "-j", "-4", "addr", "show"]));
    pods.push({
      name: spec.name,
      node: spec.node,
      ip: item?.status?.podIP ?? null,
      networks: spec.networks,
      networkStatus: status ? parseJsonArray(status) : [],
      interfaces: parseJsonArray(res.stdout)
    });
  }
  const missing = pods.filter((p) => !p.ip).map((p) => p.name);
  if (missing.length) throw new StepFailure("fail", `probe pods without an IP: ${missing.join(", ")}`);
  return pods;
}
var flannelIp = (p) => p.interfaces.find((l) => l.ifname === (p.networks === "flannel" ? "eth0" : "net1"))?.addr_info?.[0]?.local ?? null;
function pingPlanes(profile, pods) {
  const calicoPods = pods.filter((p) => p.networks !== "flannel");
  const planes = [{ id: "ping-eth0", title: profile.multus ? "ping, Calico network (eth0)" : "ping, pod IPs", members: calicoPods.map((pod) => ({ pod, ip: pod.ip })) }];
  if (profile.multus) planes.push({ id: "ping-net1", title: "ping, flannel network (net1)", members: pods.map((pod) => ({ pod, ip: flannelIp(pod) })) });
  return planes;
}
function pairProbes(members, expect = () => "reach") {
  const out = [];
  for (const s of members)
    for (const d of members) {
      const want = s === d ? null : expect(s.pod, d.pod);
      if (want)
        out.push({
          row: s.pod.name,
          col: d.pod.name,
          source: { namespace: PROBE_NAMESPACE, pod: s.pod.name, container: "probe" },
          target: { ip: d.ip ?? "0.0.0.0", protocol: "icmp" },
          expect: want
        });
    }
  return out;
}
async function probeMatrix(ctx, id, title, probes, labels) {
  const results = await runProbes(
    probes,
    {
      command: (source, argv) => ctx.k.exec(source.namespace, source.pod, source.container, argv),
      run: (spec) => run(ctx, spec),
      sleep: (ms) => ctx.deps.sleep(ms),
      now: () => ctx.deps.now()
    },
    ctx.options.probe
  );
  const matrix = {
    id,
    title,
    rows: labels,
    cols: labels,
    cells: results.map((r) => ({ row: r.probe.row, col: r.probe.col, expect: r.probe.expect, reached: r.reached, outcome: r.outcome, pass: r.pass, flaky: r.flaky, attempts: r.attempts, detail: r.detail }))
  };
  ctx.report.matrices.push(matrix);
  return matrix;
}

// e2e/procedures/steps.ts
function viewProfile(base, v) {
  return { ...base, mode: v.mode, calico: { ...base.calico, pool: { ...base.calico.pool, ipipMode: v.ipipMode, vxlanMode: v.vxlanMode }, extraPools: v.extraPools ?? [] } };
}
var guideCommands = {
  setEnv: (k, env) => k.raw(["-n", "kube-system", "set", "env", "ds/calico-node", "-c", "calico-node", ...Object.entries(env).map(([a, b]) => `${a}=${b}`)]),
  restart: (k) => k.raw(["-n", "kube-system", "rollout", "restart", "ds/calico-node"]),
  deleteCalicoNodePods: (k) => k.raw(["-n", "kube-system", "delete", "pod", "-l", "k8s-app=calico-node", "--wait=true", "--timeout=120s"], 15e4),
  external: (cluster) => `${cluster}-ext`
};
function guidePodManifest(pod, nodes, profile) {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: pod.name, namespace: PROBE_NAMESPACE, labels: { "app.kubernetes.io/part-of": "netlint-e2e", pod: pod.name }, ...pod.annotations ? { annotations: pod.annotations } : {} },
    spec: {
      nodeName: nodes[pod.node],
      terminationGracePeriodSeconds: 0,
      tolerations: [{ operator: "Exists" }],
      containers: [{ name: "probe", image: imageRef(profile.probeImage), imagePullPolicy: "IfNotPresent", args: ["netexec", "--http-port=80", "--udp-port=80"], readinessProbe: { httpGet: { path: "/healthz", port: 80 }, periodSeconds: 2 } }]
    }
  };
}
var check2 = (id, scope, ok, expected, observed) => ({ id, scope, ok, expected, observed });
function seenAddress(stdout) {
  try {
    const first = JSON.parse(stdout).responses?.[0];
    return first ? first.split(":")[0] ?? null : null;
  } catch {
    return null;
  }
}
var none = (commands, notes = []) => ({ commands, manifests: [], notes });
var rollout = (k) => k.rollout("kube-system", "ds/calico-node");
var podsManifest = (step2, nodes, profile) => toYaml(step2.pods.map((p) => guidePodManifest(p, nodes, profile)));
var dial = (node2, podIp, extIp) => docker.exec(node2, ["curl", "-sS", "--max-time", "10", `http://${podIp}:80/dial?request=clientip&host=${extIp}&port=8080&protocol=http&tries=1`]);
var STEP_KINDS = {
  patch: {
    run: async (env, s) => void await env.must(env.k.patchMerge(s.what, { spec: s.spec })),
    plan: (k, _c, _n, _p, s) => none([{ spec: k.patchMerge(s.what, { spec: s.spec }) }])
  },
  delete: {
    run: async (env, s) => void await env.must(env.k.deleteObject(s.what)),
    plan: (k, _c, _n, _p, s) => none([{ spec: k.deleteObject(s.what) }])
  },
  "set-calico-node-env": {
    run: async (env, s) => void await env.must(guideCommands.setEnv(env.k, s.env)),
    plan: (k, _c, _n, _p, s) => none([{ spec: guideCommands.setEnv(k, s.env) }])
  },
  "restart-calico-node": {
    run: async (env) => {
      await env.must(guideCommands.restart(env.k));
      await env.must(rollout(env.k));
    },
    plan: (k) => none([{ spec: guideCommands.restart(k) }, { spec: rollout(k) }])
  },
  "recreate-calico-node-pods": {
    run: async (env) => {
      await env.must(guideCommands.deleteCalicoNodePods(env.k));
      await env.must(rollout(env.k));
    },
    plan: (k) => none([{ spec: guideCommands.deleteCalicoNodePods(k) }, { spec: rollout(k) }])
  },
  "label-nodes": {
    run: async (env, s) => {
      for (const l of s.labels) await env.must(env.k.label(env.nodes[l.node], l.label));
    },
    plan: (k, _c, nodes, _p, s) => none(s.labels.map((l) => ({ spec: k.label(nodes[l.node], l.label) })))
  },
  apply: {
    run: async (env, s) => void await env.retry(env.k.apply(toYaml(s.objects))),
    plan: (k, _c, _n, _p, s) => ({ commands: [{ spec: k.apply(toYaml(s.objects)), stdin: s.name }], manifests: [{ name: s.name, yaml: toYaml(s.objects) }], notes: [] })
  },
  "node-evidence": {
    run: (env, s) => env.evidence(viewProfile(env.profile, s.expect), s.title),
    plan: (k, _c, nodes) => none(
      [{ spec: k.getJson("nodes") }, { spec: k.getJson("blockaffinities.crd.projectcalico.org") }, { spec: k.getJson("ippools.crd.projectcalico.org") }, ...nodes.flatMap((n) => [{ spec: node.routes(n) }, { spec: node.links(n) }, { spec: node.addrs(n) }])],
      ["polled like the profile evidence until it holds"]
    )
  },
  "start-pods": {
    run: async (env, s) => {
      await env.retry(env.k.apply(podsManifest(s, env.nodes, env.profile)));
      await env.must(env.k.podsReady(PROBE_NAMESPACE));
      const items = JSON.parse((await env.must(env.k.getJson("pods", PROBE_NAMESPACE))).stdout).items ?? [];
      for (const pod of s.pods) {
        const ip = items.find((i) => i.metadata?.name === pod.name)?.status?.podIP ?? null;
        const want = pod.expectIp;
        const ok = !!ip && ("equals" in want ? ip === want.equals : inCidr(ip, want.inCidr));
        env.record([check2("pod-ip", pod.name, ok, "equals" in want ? want.equals : `in ${want.inCidr} (${want.why})`, ip ?? "no IP")]);
        if (ip) env.pods.push({ name: pod.name, node: env.nodes[pod.node], ip });
      }
    },
    plan: (k, _c, nodes, profile, s) => ({
      commands: [{ spec: k.apply(podsManifest(s, nodes, profile)), stdin: `${s.pods[0].name}.yaml` }, { spec: k.podsReady(PROBE_NAMESPACE) }, { spec: k.getJson("pods", PROBE_NAMESPACE), note: s.pods.map((p) => `${p.name}: ${"equals" in p.expectIp ? p.expectIp.equals : `in ${p.expectIp.inCidr}`}`).join("; ") }],
      manifests: [{ name: `${s.pods[0].name}.yaml`, yaml: podsManifest(s, nodes, profile) }],
      notes: []
    })
  },
  ping: {
    run: (env, s) => env.ping(s.id, s.title),
    plan: (k, _c, nodes, profile) => none(
      probePodSpecs(profile, nodes).map((p) => ({ spec: k.exec(PROBE_NAMESPACE, p.name, "probe", probeArgv([{ ip: "<ip of every other pod>", protocol: "icmp" }])) })),
      ["ping matrix over every pair of pods (probe pods and the pods this procedure started), one exec per source pod, each pod started above included"]
    )
  },
  "source-address": {
    run: async (env, s) => {
      const ext = guideCommands.external(env.cluster);
      if (!env.pods.some((p) => p.name === ext)) {
        env.cleanup(() => env.removeContainer(ext));
        await env.must(docker.runExternal(ext, imageRef(env.profile.probeImage)));
        const extIp2 = (await env.must(docker.inspectIp(ext))).stdout.trim();
        env.pods.push({ name: ext, node: "-", ip: extIp2 });
      }
      const extIp = env.pods.find((p) => p.name === ext).ip;
      const src = env.pods.find((p) => p.name === s.from);
      if (!src) throw new Error(`source pod ${s.from} is not running`);
      const nodeIp = await env.nodeIp(src.node);
      const id = `source-address-${s.id}`;
      const what = `${s.from} \u2192 ${ext} (${extIp})`;
      if (!nodeIp) return env.record([check2(id, what, false, `the ${s.seen} address`, `the address of node ${src.node} is unknown (no projectcalico.org/IPv4Address annotation)`)]);
      await env.must(docker.exec(ext, ["ip", "route", "replace", env.profile.calico.pool.cidr, "via", nodeIp]));
      const want = s.seen === "pod" ? src.ip : nodeIp;
      let seen = null;
      await env.waitFor(async () => {
        seen = seenAddress((await env.run(dial(src.node, src.ip, extIp))).stdout);
        return seen === want ? seen : null;
      });
      env.record([check2(id, what, seen === want, `${want} (the ${s.seen} address)`, seen ?? "no answer from the target")]);
    },
    plan: (k, cluster, nodes, profile, s) => {
      const ext = guideCommands.external(cluster);
      return none(
        [
          { spec: docker.runExternal(ext, imageRef(profile.probeImage)), note: "once per procedure; removed at cleanup" },
          { spec: docker.inspectIp(ext) },
          { spec: docker.exec(ext, ["ip", "route", "replace", profile.calico.pool.cidr, "via", `<IP of the node of ${s.from}>`]) },
          { spec: dial(`<node of ${s.from}>`, `<IP of ${s.from}>`, `<IP of ${ext}>`), note: `polled until the target reports the ${s.seen} address` }
        ],
        [`${ext}: agnhost netexec on the kind docker network, outside the pod network; /dial from ${s.from} asks it for /clientip`]
      );
    }
  }
};
function runGuideStep(env, step2) {
  return STEP_KINDS[step2.do].run(env, step2);
}
function planGuideStep(k, cluster, nodes, profile, step2) {
  return STEP_KINDS[step2.do].plan(k, cluster, nodes, profile, step2);
}

// e2e/procedures/run.ts
function guideEnv(ctx, name, pods) {
  const tag = (checks) => checks.map((c2) => ({ ...c2, id: `${name}: ${c2.id}` }));
  const env = {
    k: ctx.k,
    cluster: ctx.cluster,
    nodes: ctx.nodes,
    profile: ctx.profile,
    run: (spec) => run(ctx, spec),
    must: (spec) => must(ctx, spec, "fail"),
    retry: (spec) => retry(ctx, spec, 3, 5e3),
    waitFor: (probe) => waitFor(ctx, name, probe),
    evidence: async (view, label) => {
      let last = [];
      await waitFor(ctx, label, async () => {
        last = nodeChecks(view, await collectNodeFacts(ctx));
        return last.every((c2) => c2.ok) ? last : null;
      });
      ctx.report.evidence.push(...tag(last));
    },
    pods: pods.filter((p) => p.networks !== "flannel" && p.ip).map((p) => ({ name: p.name, node: p.node, ip: p.ip })),
    nodeIp: async (name2) => (await readNodes(ctx)).find((n) => n.name === name2)?.ip ?? null,
    ping: async (id, title) => {
      const members = env.pods.filter((p) => ctx.nodes.includes(p.node));
      await probeMatrix(ctx, `${name}-${id}`, `${name}: ${title}`, pairProbes(members.map((p) => ({ pod: p, ip: p.ip }))), members.map((p) => p.name));
    },
    record: (checks) => ctx.report.evidence.push(...tag(checks)),
    cleanup: (fn) => ctx.cleanups.push(fn),
    removeContainer: async (name2) => succeeded(await ctx.deps.runner(docker.rmForce(name2))) ? [] : [`docker container ${name2}`]
  };
  return env;
}
async function runProcedure(ctx, procedure, pods) {
  const env = guideEnv(ctx, procedure.name, pods);
  for (const [i, s] of procedure.steps.entries()) await step(ctx, `${procedure.name}-${i + 1}`, `${procedure.name}: ${s.title}`, () => runGuideStep(env, s));
}

// e2e/verdict.ts
function grids(report) {
  const out = report.matrices.map((m) => ({
    scope: m.title,
    cells: m.cells.map((c2) => ({ scope: m.title, label: `${c2.row} \u2192 ${c2.col}`, expectReach: c2.expect === "reach", outcome: c2.outcome, capped: false, pass: c2.pass, detail: c2.detail }))
  }));
  const conformance = report.conformance ?? [];
  const cellsOf = (r) => {
    const scope = `policy conformance ${r.scenario} (${r.targets ? "Services" : r.network})`;
    return r.cells.map((c2) => ({ scope, label: `${c2.from} \u2192 ${c2.to} ${portLabel(c2)}`, expectReach: c2.expected, outcome: c2.outcome, capped: c2.capped, pass: c2.pass, detail: c2.detail }));
  };
  for (const r of conformance) {
    if (!r.cells.length) continue;
    const cells = cellsOf(r);
    const pods = r.targets ? conformance.find((o) => o.scenario === r.scenario && o.network === r.network && !o.targets) : void 0;
    out.push({ scope: cells[0].scope, cells, ...pods ? { controls: cellsOf(pods) } : {} });
  }
  return out;
}
var more = (n) => n > 1 ? ` (+${n - 1} more)` : "";
function probeInfraError(report) {
  const all = grids(report);
  const neverRan = all.flatMap((g) => g.cells.filter((c2) => !c2.capped && INFRA_OUTCOMES.has(c2.outcome)));
  if (neverRan.length) return `probes that never ran (no verdict possible): ${neverRan[0].scope}: ${neverRan[0].label}: ${neverRan[0].detail}${more(neverRan.length)}`;
  for (const g of all) {
    const pool = [...g.cells, ...g.controls ?? []];
    if (!pool.some((c2) => c2.expectReach)) return `${g.scope}: no positive control (no cell is expected to connect), so a blocked cell proves nothing`;
    if (!pool.some((c2) => c2.outcome === "connected")) return `${g.scope}: no successful connection at all, not even the ${pool.filter((c2) => c2.expectReach).length} positive controls: the probes cannot be trusted`;
  }
  return null;
}
function judge(report) {
  const infra = probeInfraError(report);
  if (infra) return { status: "error", reason: infra };
  const badEvidence = report.evidence.filter((c2) => !c2.ok);
  if (badEvidence.length) {
    const e = badEvidence[0];
    return { status: "fail", reason: `evidence contradicts ${report.procedure ?? report.mode}: ${e.id} on ${e.scope}: expected ${e.expected}, observed ${e.observed}${more(badEvidence.length)}` };
  }
  const badCells = report.matrices.flatMap((m) => m.cells.filter((c2) => !c2.pass).map((c2) => ({ m, c: c2 })));
  if (badCells.length) {
    const { m, c: c2 } = badCells[0];
    return { status: "fail", reason: `${m.title}: ${c2.row} \u2192 ${c2.col} ${c2.detail}${more(badCells.length)}` };
  }
  const badPolicy = (report.conformance ?? []).flatMap((r) => r.cells.filter((c2) => !c2.pass).map((c2) => ({ r, c: c2 })));
  if (badPolicy.length) {
    const { r, c: c2 } = badPolicy[0];
    return { status: "fail", reason: `policy conformance ${r.scenario} (${r.targets ? "Services" : r.network}): ${c2.from} \u2192 ${c2.to} ${portLabel(c2)} expected ${c2.expected ? "allowed" : "blocked"}, observed ${c2.observed ? "allowed" : "blocked"} (${c2.mismatch}${c2.outcome !== "connected" && c2.outcome !== "timeout" ? `: ${c2.detail}` : ""})${more(badPolicy.length)}` };
  }
  return { status: "pass" };
}

// e2e/controls/run.ts
var ID = "negative-control";
var seconds = (ms) => `${Math.round(ms / 1e3)} s`;
var list = (items, n = 8) => `${items.slice(0, n).join(", ")}${items.length > n ? ` (+${items.length - n} more)` : ""}`;
var pairs = (cells) => list(cells.map((c2) => `${c2.row} \u2192 ${c2.col} (${c2.detail})`), 50);
var check3 = (id, ok, expected, observed) => ({ id, scope: "cluster", ok, expected, observed });
function controlProbes(control, facts, members) {
  const nodeOf = new Map(facts.nodes.map((n) => [n.name, n]));
  return pairProbes(members, (s, d) => {
    const a = nodeOf.get(s.node);
    const b = nodeOf.get(d.node);
    const blocked = a && b ? control.blocked(a, b) : null;
    return blocked === null ? null : blocked ? "block" : "reach";
  });
}
function vacuous(probes) {
  if (!probes.length) return "no pair of probe pods to test";
  if (!probes.some((p) => p.expect === "block")) return "no pair is expected to fail, so passing would prove nothing";
  if (!probes.some((p) => p.expect === "reach")) return "no pair is expected to keep reaching (no positive control)";
  return null;
}
var controlTitle = (control) => `negative control: ${control.title}`;
async function controlStep(ctx, control, facts, pods) {
  const before = judge(ctx.report);
  if (before.status !== "pass") ctx.report.steps.push({ id: ID, title: controlTitle(control), ms: 0, status: "skipped", detail: `not run: the profile had already not passed: ${before.reason}` });
  else await step(ctx, ID, controlTitle(control), () => runControl(ctx, control, facts, pods));
}
async function runControl(ctx, control, facts, pods) {
  const members = pingPlanes(ctx.profile, pods)[0].members;
  const labels = members.map((m) => m.pod.name);
  const probes = controlProbes(control, facts, members);
  const why2 = vacuous(probes);
  if (why2) throw new StepFailure("error", `negative control (${control.title}): ${why2}; the cluster was not changed`);
  const env = guideEnv(ctx, ID, pods);
  let failed2 = null;
  try {
    for (const s of control.break) await runGuideStep(env, s);
    await settle(ctx, control);
    const m = await probeMatrix(ctx, ID, `negative control: ${control.title} (${control.expect})`, probes, labels);
    const still = m.cells.filter((c2) => !c2.pass && c2.expect === "block");
    const lost = m.cells.filter((c2) => !c2.pass && c2.expect === "reach");
    const observed = [still.length ? `not blocked: ${pairs(still)}` : "", lost.length ? `did not reach: ${pairs(lost)}` : ""].filter(Boolean).join("; ");
    ctx.report.evidence.push(check3(ID, !observed, `${control.title}: ${control.expect}`, observed || `as expected: ${m.cells.filter((c2) => c2.expect === "block").length} pairs blocked, ${m.cells.filter((c2) => c2.expect === "reach").length} reached`));
  } catch (e) {
    if (e instanceof Interrupted) throw e;
    failed2 = e;
  }
  await restore(ctx, control, env, members, failed2);
  if (failed2) throw failed2;
}
function unseen(facts) {
  return [
    ...facts.nodes.length ? [] : ["no node read"],
    ...facts.blocks.length ? [] : ["no IPAM block affinity listed"],
    ...facts.nodes.filter((n) => !n.routes.length).map((n) => `${n.name}: no route listed, not even its default route`)
  ];
}
async function settle(ctx, control) {
  const remaining = control.remaining;
  let left = [];
  await waitFor(ctx, "the break", async () => {
    const facts = await collectNodeFacts(ctx);
    left = [...unseen(facts), ...remaining.of(facts)];
    return left.length ? null : left;
  });
  ctx.report.evidence.push(check3(`${ID}-break`, !left.length, remaining.expect, left.length ? `after ${seconds(ctx.options.evidenceDeadlineMs)} still ${list(left)}` : "as expected"));
}
async function restore(ctx, control, env, members, earlier) {
  const what = control.restore.map((s) => s.title).join(", ");
  const expected = `after ${what}: the node evidence of ${ctx.profile.mode} and every pair reaching again`;
  let kind2 = "fail";
  try {
    for (const s of control.restore) await runGuideStep(env, s);
    let last = [];
    const back = await waitFor(ctx, "the restore", async () => {
      last = nodeChecks(ctx.profile, await collectNodeFacts(ctx));
      return last.every((c2) => c2.ok) ? last : null;
    });
    const bad = last.filter((c2) => !c2.ok);
    if (!back) throw new Error(`node evidence not back within ${seconds(ctx.options.evidenceDeadlineMs)}: ${bad[0].id} on ${bad[0].scope}: expected ${bad[0].expected}, observed ${bad[0].observed}${bad.length > 1 ? ` (+${bad.length - 1} more)` : ""}`);
    const m = await probeMatrix(ctx, `${ID}-restored`, `after the negative control: ${what} (every pair reaches)`, pairProbes(members), members.map((x) => x.pod.name));
    const lost = m.cells.filter((c2) => !c2.pass);
    const infra = lost.length ? probeInfraError(ctx.report) : null;
    if (infra) kind2 = "error";
    if (lost.length) throw new Error(infra ?? `still not reaching: ${pairs(lost)}`);
    ctx.report.evidence.push(check3(`${ID}-restored`, true, expected, `node evidence back, all ${m.cells.length} pairs reach`));
  } catch (e) {
    if (e instanceof Interrupted) throw e;
    const observed = e instanceof Error ? e.message : String(e);
    ctx.report.evidence.push(check3(`${ID}-restored`, false, expected, observed));
    const before = earlier instanceof Error ? `; the control had already failed: ${earlier.message}` : "";
    throw new StepFailure(kind2, `negative control not restored after ${what}: ${observed}${before}`);
  }
}
function planControl(k, cluster, nodes, profile, control, poll) {
  const steps = (list2) => list2.map((s) => planGuideStep(k, cluster, nodes, profile, s));
  const evidence = (note) => nodeFactsCommands(k, nodes, profile).map((spec, i) => ({ spec, ...i ? {} : { note } }));
  const pings = (note) => probePodSpecs(profile, nodes).filter((p) => p.networks !== "flannel").map((p) => ({ spec: k.exec(PROBE_NAMESPACE, p.name, "probe", probeArgv([{ ip: "<ip of every other probe pod>", protocol: "icmp" }])), note }));
  const broken = steps(control.break);
  const restored = steps(control.restore);
  return {
    commands: [
      ...broken.flatMap((p) => p.commands),
      ...evidence(`until ${control.remaining.expect}; ${poll}`),
      ...pings(control.expect),
      ...restored.flatMap((p) => p.commands),
      ...evidence(`until the node evidence of ${profile.mode} holds again; ${poll}`),
      ...pings("after the restore: every pair must reach")
    ],
    manifests: [...broken, ...restored].flatMap((p) => p.manifests),
    notes: [
      `break: ${control.break.map((s) => s.title).join(", ")}; then ${control.expect} (${control.source})`,
      `restore (always, also when the check fails): ${control.restore.map((s) => s.title).join(", ")}; a restore that does not bring back the node evidence and every pair fails the profile`,
      "no pair expected to fail, or none expected to reach: a harness error before anything is changed"
    ]
  };
}

// e2e/preflight.ts
var REQUIRED_TOOLS = [
  { name: "docker", min: "20.10.0", hint: "install Docker Engine (https://docs.docker.com/engine/install/) and make sure the daemon is running" },
  { name: "kind", min: "0.32.0", hint: "install kind v0.32.0+ (https://kind.sigs.k8s.io/docs/user/quick-start/#installation); its node image v1.36.1 needs it" },
  { name: "kubectl", min: "1.35.0", hint: "install kubectl v1.35+ (https://kubernetes.io/docs/tasks/tools/), within one minor of the v1.36 nodes" },
  { name: "curl", min: "7.58.0", hint: "install curl (pinned downloads), or pass --artifacts DIR with a local mirror of the pinned files" }
];
var PreflightError = class extends Error {
  name = "PreflightError";
};
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
var kubectlVersion = () => ({ file: "kubectl", args: ["version", "--client", "-o", "json"], timeoutMs: 3e4 });
function parseToolVersion(tool, stdout) {
  if (tool === "kubectl") {
    try {
      const v = JSON.parse(stdout).clientVersion?.gitVersion;
      return v ? /(\d+\.\d+\.\d+)/.exec(v)?.[1] ?? null : null;
    } catch {
      return null;
    }
  }
  return /(\d+\.\d+\.\d+)/.exec(stdout)?.[1] ?? null;
}
var preflightCommands = () => ({ docker: docker.version(), kind: kind.version(), kubectl: kubectlVersion(), curl: { file: "curl", args: ["--version"], timeoutMs: 3e4 } });
async function checkTools(runner, needs = { download: true }) {
  const specs = preflightCommands();
  for (const tool of REQUIRED_TOOLS) {
    if (tool.name === "curl" && !needs.download) continue;
    const result = await runner(specs[tool.name]);
    if (result.spawnError) throw new PreflightError(`${tool.name} not found: ${tool.hint}`);
    if (!succeeded(result)) {
      const why2 = tool.name === "docker" ? "the Docker daemon is not reachable" : `\`${tool.name} version\` failed`;
      throw new PreflightError(`${why2} (${(result.stderr.trim().split("\n")[0] ?? "") || `exit ${result.exitCode}`}): ${tool.hint}`);
    }
    const version = parseToolVersion(tool.name, result.stdout);
    if (!version) throw new PreflightError(`cannot read the ${tool.name} version from "${result.stdout.trim().slice(0, 80)}": ${tool.hint}`);
    if (compareVersions(version, tool.min) < 0) throw new PreflightError(`${tool.name} ${version} is older than ${tool.min}: ${tool.hint}`);
  }
}
function unpinnedArtifacts(profile) {
  const files = [profile.calico.manifest];
  const images = [profile.kind.nodeImage, ...profile.calico.images, profile.probeImage];
  if (profile.multus) {
    files.push(profile.multus.cniPlugins, profile.multus.flannel.manifest, profile.multus.multus.manifest);
    images.push(profile.multus.flannel.image, profile.multus.flannel.cniPluginImage, profile.multus.multus.image);
  }
  if (profile.crossSubnet) images.push(profile.crossSubnet.routerImage);
  const out = [...files.filter((f) => !f.sha256).map((f) => `${f.url} (no sha256; ${f.source})`), ...images.filter((i) => !i.digest && !i.tagFrom).map((i) => `${imageRef(i)} (no digest, tag from no verified source)`)];
  return [...new Set(out)];
}
function refuseUnpinned(profiles, allowUnpinned) {
  if (allowUnpinned) return;
  const bad = profiles.filter((p) => unpinnedArtifacts(p).length);
  if (bad.length)
    throw new PreflightError(
      `profile ${bad[0].name} uses unpinned artifacts (${unpinnedArtifacts(bad[0])[0]}${unpinnedArtifacts(bad[0]).length > 1 ? ", \u2026" : ""}); pin them in e2e/profiles/pins.ts (or run with --allow-unpinned to record what is downloaded)`
    );
}

// e2e/harness.ts
async function createCluster(ctx) {
  const config = toYaml([kindConfig(ctx.profile, ctx.cluster)]);
  ctx.cleanups.push(async () => succeeded(await ctx.deps.runner(kind.delete(ctx.cluster, ctx.kubeconfig))) ? [] : [`kind cluster ${ctx.cluster}`]);
  const create = kind.create(ctx.cluster, ctx.kubeconfig, config);
  let result = await run(ctx, create);
  if (!succeeded(result)) {
    await exportLogs(ctx);
    await run(ctx, kind.delete(ctx.cluster, ctx.kubeconfig));
    result = await run(ctx, create);
    if (!succeeded(result)) throw new StepFailure("error", `cluster creation failed: ${describeFailure(create, result)}`);
  }
  const listed = (await must(ctx, kind.getNodes(ctx.cluster))).stdout.split("\n").map((s) => s.trim()).filter(Boolean);
  const missing = ctx.nodes.filter((n) => !listed.includes(n));
  if (missing.length) throw new StepFailure("error", `kind did not create ${missing.join(", ")}`);
}
async function fetchPinned(ctx, file2) {
  const mirror = ctx.options.artifactsDir;
  const path = mirror ? mirrorPath(mirror, file2.url) : downloadPath(`${ctx.options.workDir}/${ctx.cluster}/downloads`, file2.url);
  if (!mirror) await retry(ctx, curlDownload(file2.url, path), 2, 5e3);
  let bytes;
  try {
    bytes = await ctx.deps.readFile(path);
  } catch (e) {
    throw new StepFailure("error", `cannot read ${path}${mirror ? ` (the --artifacts mirror has no ${file2.url})` : ""}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const sha = sha256Hex(bytes);
  if (file2.sha256 && sha !== file2.sha256) throw new StepFailure("error", `checksum mismatch for ${file2.url}${mirror ? ` (from ${path})` : ""}: expected ${file2.sha256}, got ${sha}`);
  if (!file2.sha256) ctx.report.observedSha256[file2.url] = sha;
  return { bytes, path };
}
var text = (b) => new TextDecoder().decode(b);
async function installCalico(ctx) {
  const manifest = editCalicoManifest(text((await fetchPinned(ctx, ctx.profile.calico.manifest)).bytes), ctx.profile);
  await retry(ctx, ctx.k.apply(manifest), 3, 5e3);
}
async function waitCalico(ctx) {
  await must(ctx, ctx.k.rollout("kube-system", "ds/calico-node"), "fail");
  await must(ctx, ctx.k.rollout("kube-system", "deploy/calico-kube-controllers"), "fail");
  await must(ctx, ctx.k.nodesReady(), "fail");
  await must(ctx, ctx.k.rollout("kube-system", "deploy/coredns", DEADLINE_S.coredns), "fail");
}
async function installMultusFlannel(ctx) {
  const m = ctx.profile.multus;
  const { path: archive } = await fetchPinned(ctx, m.cniPlugins);
  for (const n of ctx.nodes) {
    await must(ctx, docker.cp(archive, `${n}:/tmp/cni-plugins.tgz`));
    await must(ctx, node.untar(n, "/tmp/cni-plugins.tgz", "/opt/cni/bin", ["./bridge"]));
  }
  await retry(ctx, ctx.k.apply(editFlannelManifest(text((await fetchPinned(ctx, m.flannel.manifest)).bytes), ctx.profile)), 3, 5e3);
  await must(ctx, ctx.k.rollout("kube-flannel", "ds/kube-flannel-ds"), "fail");
  await retry(ctx, ctx.k.apply(editMultusManifest(text((await fetchPinned(ctx, m.multus.manifest)).bytes), ctx.profile)), 3, 5e3);
  await must(ctx, ctx.k.rollout("kube-system", "ds/kube-multus-ds"), "fail");
  const waiting = await waitFor(ctx, "00-multus.conf on every node", async () => {
    for (const n of ctx.nodes) {
      const first = (await run(ctx, node.cniConfDir(n))).stdout.split("\n").map((x) => x.trim()).filter(Boolean).sort()[0];
      if (first !== "00-multus.conf") return null;
    }
    return true;
  });
  if (waiting === null) throw new StepFailure("fail", "Multus rolled out but did not write 00-multus.conf first in /etc/cni/net.d on every node: pods would get no secondary network");
}
async function configureRouteReflectors(ctx) {
  const rr = ctx.profile.routeReflector;
  for (const i of rr.reflectors) {
    await must(ctx, ctx.k.label(ctx.nodes[i], `${rr.label.key}=${rr.label.value}`));
    await must(ctx, ctx.k.annotate(ctx.nodes[i], `projectcalico.org/RouteReflectorClusterID=${rr.clusterId}`));
  }
  await retry(ctx, ctx.k.apply(toYaml([bgpPeerToReflectors(ctx.profile)])), 3, 5e3);
  const reflectorIps = await waitFor(ctx, "sessions to the route reflectors", async () => {
    const facts = await readNodes(ctx);
    const pods = await calicoNodePods(ctx);
    const ips = rr.reflectors.map((i) => facts[i].ip);
    for (const n of facts) {
      const pod = pods.get(n.name);
      if (!pod) return null;
      const rows = parseBirdProtocols((await run(ctx, birdProtocols(ctx.k, pod))).stdout) ?? [];
      for (const ip of ips) if (ip && ip !== n.ip && !rows.some((r) => r.name === `Node_${ip.replace(/\./g, "_")}` && r.info.startsWith("Established"))) return null;
    }
    return ips;
  });
  if (!reflectorIps) throw new StepFailure("fail", "BGP sessions to the route reflectors never became Established");
  await retry(ctx, ctx.k.apply(toYaml([bgpConfigurationMeshOff()])), 3, 5e3);
}
function newReport(profile, cluster) {
  return {
    profile: profile.name,
    mode: profile.mode,
    summary: profile.summary,
    cluster,
    status: "pass",
    evidence: [],
    matrices: [],
    steps: [],
    durationMs: 0,
    unpinned: unpinnedArtifacts(profile),
    observedSha256: {},
    diagnostics: [],
    clusterKept: false
  };
}
async function runProfile(profile, options, deps, signal, procedure) {
  const cluster = clusterName(procedure ? `calico-${procedure.name}` : profile.name, deps.randomId());
  const kubeconfig = `${options.workDir}/${cluster}.kubeconfig`;
  const report = newReport(profile, cluster);
  if (procedure) Object.assign(report, { procedure: procedure.name, summary: `${procedure.title} (on ${profile.name}; ${procedure.source})` });
  const ctx = { profile, cluster, kubeconfig, nodes: nodeNames(cluster, profile), k: kubectl(kubeconfig), deps, options, signal, report, cleanups: [] };
  const started = deps.now();
  try {
    await deps.mkdirp(options.workDir);
    await step(ctx, "create-cluster", "create kind cluster (default CNI off)", () => createCluster(ctx));
    if (profile.crossSubnet) await step(ctx, "topology", "two Docker networks and a router (real subnet boundary)", () => buildCrossSubnet(ctx));
    await step(ctx, "install-calico", `install Calico ${profile.calico.manifest.version}`, () => installCalico(ctx));
    await step(ctx, "wait-calico", "wait for calico-node, kube-controllers, nodes Ready, CoreDNS", () => waitCalico(ctx));
    if (profile.multus) await step(ctx, "install-multus-flannel", "CNI plugins, flannel (secondary), Multus thick", () => installMultusFlannel(ctx));
    if (profile.routeReflector) await step(ctx, "route-reflectors", "reflector label + cluster ID, BGPPeer, mesh off", () => configureRouteReflectors(ctx));
    const pods = await step(ctx, "probe-pods", "start probe pods on every node", () => startProbePods(ctx));
    const facts = await step(ctx, "node-evidence", "collect node evidence until it converges", async () => {
      let last = null;
      await waitFor(ctx, "node evidence", async () => {
        const f = await collectNodeFacts(ctx);
        last = { facts: f, checks: nodeChecks(profile, f) };
        return last.checks.every((c2) => c2.ok) ? last : null;
      });
      const final = last;
      report.evidence.push(...final.checks);
      return final.facts;
    });
    facts.pods = pods;
    report.evidence.push(...podChecks(profile, facts));
    await step(ctx, "ping-matrix", "ping matrix (all pairs, same-node and cross-node)", async () => {
      for (const plane of pingPlanes(profile, pods)) await probeMatrix(ctx, plane.id, plane.title, pairProbes(plane.members), plane.members.map((m) => m.pod.name));
    });
    const control = options.controls[profile.name]?.(profile);
    if (control) await controlStep(ctx, control, facts, pods);
    if (procedure) await runProcedure(ctx, procedure, pods);
    for (const scenario of options.scenarios) {
      await step(ctx, `conformance-${scenario.name}`, `policy conformance: ${scenario.title}`, async () => {
        const results = await runScenario(
          {
            k: ctx.k,
            profile,
            nodes: ctx.nodes,
            run: (spec) => run(ctx, spec),
            must: (spec) => must(ctx, spec, "fail"),
            retry: (spec) => retry(ctx, spec, 3, 5e3),
            sleep: (ms) => deps.sleep(ms),
            now: () => deps.now(),
            failure: (message) => new StepFailure("fail", message),
            options: options.conformance
          },
          scenario
        );
        (report.conformance ??= []).push(...results);
      });
    }
    Object.assign(report, judge(report));
  } catch (e) {
    report.status = e instanceof StepFailure && e.kind === "fail" ? "fail" : "error";
    report.reason = e instanceof Interrupted ? `interrupted by ${e.message} during ${report.steps.at(-1)?.id ?? "start"}; cleaned up` : e instanceof Error ? e.message : String(e);
    if (!(e instanceof StepFailure) && !(e instanceof Interrupted) && e instanceof Error && e.name !== "UnexpectedCommandError") report.reason = `internal error: ${e.stack ?? e.message}`;
  } finally {
    if (report.status !== "pass" && ctx.cleanups.length) {
      await safely(() => diagnostics(ctx));
      await safely(() => exportLogs(ctx));
    }
    if (options.keepCluster) report.clusterKept = ctx.cleanups.length > 0;
    else if (ctx.cleanups.length) leakCheck(report, await cleanUp(ctx));
    report.durationMs = deps.now() - started;
  }
  return report;
}
async function runProfiles(options, deps) {
  const units = [...options.profiles.map((p) => ({ profile: options.catalogue[p] })), ...options.procedures.map((procedure) => ({ profile: options.catalogue[procedure.profile], procedure }))];
  const profiles = units.map((u) => u.profile);
  const controller = new AbortController();
  let received = null;
  const unsubscribe = deps.onSignal((sig) => {
    deps.stderr(`netlint e2e: ${sig} received, cleaning up
`);
    received ??= sig;
    controller.abort(sig);
  });
  const reports = [];
  try {
    refuseUnpinned(profiles, options.allowUnpinned);
    const preflight = async (spec) => {
      const result = controller.signal.aborted ? null : await deps.runner({ ...spec, signal: controller.signal });
      if (!result || result.cancelled || controller.signal.aborted) throw new Interrupted(received ?? "signal");
      return result;
    };
    try {
      await checkTools(preflight, { download: !options.artifactsDir });
    } catch (e) {
      if (!(e instanceof Interrupted)) throw e;
      const reason = `interrupted by ${e.message} during preflight; nothing was created`;
      return { version: 1, ok: false, interrupted: { signal: received ?? "SIGTERM", during: "preflight" }, profiles: profiles.map((p) => ({ ...newReport(p, "-"), status: "error", reason })) };
    }
    for (const { profile, procedure } of units) {
      if (controller.signal.aborted) break;
      const name = procedure ? `${procedure.name} (on ${profile.name})` : profile.name;
      deps.stderr(`netlint e2e: ${name} \u2026
`);
      const r = await runProfile(profile, options, deps, controller.signal, procedure);
      deps.stderr(`netlint e2e: ${name} ${r.status}${r.reason ? `: ${r.reason.split("\n")[0]}` : ""}
`);
      reports.push(r);
    }
  } finally {
    unsubscribe();
  }
  const during = reports.at(-1)?.steps.at(-1)?.id ?? "start";
  return { version: 1, ok: runPassed(reports, units.length, received), ...received ? { interrupted: { signal: received, during } } : {}, profiles: reports };
}
function runPassed(reports, units, received) {
  return !received && reports.length === units && reports.every((r) => r.status === "pass");
}

// e2e/plan.ts
var RUN_ID = "<run-id>";
var c = (spec, extra = {}) => ({ argv: argvOf(spec), timeoutMs: spec.timeoutMs, ...extra });
function buildPlan(name, options, procedure) {
  const profile = options.catalogue[name];
  const cluster = clusterName(procedure ? `calico-${procedure.name}` : name, RUN_ID);
  const kubeconfig = `${options.workDir}/${cluster}.kubeconfig`;
  const nodes = nodeNames(cluster, profile);
  const k = kubectl(kubeconfig);
  const steps = [];
  const add = (id, title, commands, manifests = [], notes = []) => steps.push({ id, title, commands, manifests, notes });
  const downloads = `${options.workDir}/${cluster}/downloads`;
  const poll = `repeated every ${options.pollIntervalMs / 1e3} s until the evidence matches, at most ${options.evidenceDeadlineMs / 1e3} s`;
  add("preflight", "tools present and recent enough", Object.entries(preflightCommands()).filter(([tool]) => tool !== "curl" || !options.artifactsDir).map(([, s]) => c(s)), [], REQUIRED_TOOLS.filter((t) => t.name !== "curl" || !options.artifactsDir).map((t) => `${t.name} \u2265 ${t.min}`));
  const config = toYaml([kindConfig(profile, cluster)]);
  add("create-cluster", "create kind cluster (default CNI off)", [c(kind.create(cluster, kubeconfig, config), { stdin: "kind-config.yaml" }), c(kind.getNodes(cluster), { note: `expects ${nodes.join(", ")}` })], [{ name: "kind-config.yaml", yaml: config }], ["on failure: kind export logs, kind delete cluster, one retry"]);
  const xs = profile.crossSubnet;
  if (xs) {
    const nets = xs.networks.map((n) => ({ ...n, name: `${cluster}-${n.name.replace(/^netlint-/, "")}` }));
    const router = `${cluster}-router`;
    add("topology", "two Docker networks and a router (real subnet boundary)", [
      ...nets.map((n) => c(docker.networkCreate(n.name, n.subnet, n.gateway))),
      c(docker.runRouter(router, nets[0].name, nets[0].routerIp, imageRef(xs.routerImage))),
      c(docker.networkConnect(nets[1].name, router, nets[1].routerIp)),
      ...nodes.flatMap((n, i) => {
        const a = xs.attachments[i];
        const other = nets[1 - a.network];
        return [c(docker.networkConnect(nets[a.network].name, n, a.ip)), c(node.addRoute(n, other.subnet, nets[a.network].routerIp, xs.interface))];
      })
    ]);
  }
  const env = Object.entries(profile.calico.env).map(([key, v]) => `${key}=${v}`).join(", ");
  const fetch = (file2) => options.artifactsDir ? [] : [c(curlDownload(file2.url, downloadPath(downloads, file2.url)), { note: pinText(file2) })];
  const fetchNote = (file2) => `${options.artifactsDir ? `read ${mirrorPath(options.artifactsDir, file2.url)}` : `download ${file2.url}`}, verified: ${pinText(file2)} (${file2.source})`;
  add("install-calico", `install Calico ${profile.calico.manifest.version}`, [...fetch(profile.calico.manifest), c(k.apply("<calico manifest>"), { stdin: "calico manifest (downloaded, edited)" })], [], [
    fetchNote(profile.calico.manifest),
    `calico-node env: ${env}; images pinned to ${profile.calico.images.map(imageRef).join(", ")}`,
    "server-side apply, up to 3 attempts 5 s apart"
  ]);
  add("wait-calico", "wait for calico-node, kube-controllers, nodes Ready, CoreDNS", [
    c(k.rollout("kube-system", "ds/calico-node")),
    c(k.rollout("kube-system", "deploy/calico-kube-controllers")),
    c(k.nodesReady()),
    c(k.rollout("kube-system", "deploy/coredns", DEADLINE_S.coredns))
  ]);
  const m = profile.multus;
  if (m) {
    const archive = options.artifactsDir ? mirrorPath(options.artifactsDir, m.cniPlugins.url) : downloadPath(downloads, m.cniPlugins.url);
    add("install-multus-flannel", "CNI plugins, flannel (secondary), Multus thick", [
      ...fetch(m.cniPlugins),
      ...fetch(m.flannel.manifest),
      ...fetch(m.multus.manifest),
      ...nodes.flatMap((n) => [c(docker.cp(archive, `${n}:/tmp/cni-plugins.tgz`)), c(node.untar(n, "/tmp/cni-plugins.tgz", "/opt/cni/bin", ["./bridge"]))]),
      c(k.apply("<flannel manifest>"), { stdin: "flannel manifest (downloaded, edited)" }),
      c(k.rollout("kube-flannel", "ds/kube-flannel-ds")),
      c(k.apply("<multus manifest>"), { stdin: "multus manifest (downloaded, edited)" }),
      c(k.rollout("kube-system", "ds/kube-multus-ds")),
      ...nodes.map((n) => c(node.cniConfDir(n), { note: "polled until 00-multus.conf is listed first (the thick DaemonSet has no readiness probe)" }))
    ], [], [
      fetchNote(m.cniPlugins),
      `${fetchNote(m.flannel.manifest)}: net-conf Network ${m.flannel.network} backend ${m.flannel.backend}, install-cni init container and cni-conf.json removed, images ${imageRef(m.flannel.image)}, ${imageRef(m.flannel.cniPluginImage)}`,
      `${fetchNote(m.multus.manifest)}: image ${imageRef(m.multus.image)}, memory ${m.multus.memoryLimit}, chrootDir /hostroot`
    ]);
  }
  const rr = profile.routeReflector;
  if (rr) {
    const peer = toYaml([bgpPeerToReflectors(profile)]);
    const mesh = toYaml([bgpConfigurationMeshOff()]);
    add("route-reflectors", "reflector label + cluster ID, BGPPeer, mesh off", [
      ...rr.reflectors.flatMap((i) => [c(k.label(nodes[i], `${rr.label.key}=${rr.label.value}`)), c(k.annotate(nodes[i], `projectcalico.org/RouteReflectorClusterID=${rr.clusterId}`))]),
      c(k.apply(peer), { stdin: "bgppeer.yaml" }),
      c(k.getJson("nodes"), { note: poll }),
      c(k.getJson("pods", "kube-system", "k8s-app=calico-node"), { note: poll }),
      ...nodes.map((n) => c(birdProtocols(k, `<calico-node pod on ${n}>`), { note: `until a Node_<reflector IP> session to every reflector but itself is Established; ${poll}` })),
      c(k.apply(mesh), { stdin: "bgpconfiguration.yaml" })
    ], [{ name: "bgppeer.yaml", yaml: peer }, { name: "bgpconfiguration.yaml", yaml: mesh }]);
  }
  const probes = toYaml(probeManifests(profile, nodes));
  const pods = probePodSpecs(profile, nodes);
  add("probe-pods", "start probe pods on every node", [
    c(k.apply(probes), { stdin: "probe-pods.yaml" }),
    c(k.podsReady(PROBE_NAMESPACE)),
    c(k.getJson("pods", PROBE_NAMESPACE)),
    ...pods.map((p) => c(k.exec(PROBE_NAMESPACE, p.name, "probe", ["ip", "-j", "-4", "addr", "show"])))
  ], [{ name: "probe-pods.yaml", yaml: probes }]);
  add("node-evidence", "collect node evidence until it converges", nodeFactsCommands(k, nodes, profile).map((s, i) => c(s, i ? {} : { note: poll })), [], [evidenceSummary(profile)]);
  const planes = m ? ["eth0 (Calico)", "net1 (flannel)"] : ["pod IPs"];
  add("ping-matrix", "ping matrix (all pairs, same-node and cross-node)", pods.filter((p) => p.networks !== "flannel" || m).map((p) => c(k.exec(PROBE_NAMESPACE, p.name, "probe", probeArgv([{ ip: "<ip of every other probe pod>", protocol: "icmp" }])), { note: `one exec per source pod, all its probes concurrently; per plane: ${planes.join(", ")}` })), [], [
    `mismatching cells re-probed up to ${options.probe.retries} times, ${options.probe.retryDelayMs / 1e3} s apart; a cell that recovers is reported flaky`
  ]);
  const fromStepPlan = (id, title, p) => add(id, title, p.commands.map((x) => c(x.spec, { ...x.stdin ? { stdin: x.stdin } : {}, ...x.note ? { note: x.note } : {} })), p.manifests, p.notes);
  const control = options.controls[name]?.(profile);
  if (control) fromStepPlan("negative-control", controlTitle(control), planControl(k, cluster, nodes, profile, control, poll));
  procedure?.steps.forEach((st, i) => fromStepPlan(`${procedure.name}-${i + 1}`, `${procedure.name}: ${st.title}`, planGuideStep(k, cluster, nodes, profile, st)));
  for (const scenario of options.scenarios) steps.push(conformanceStep(scenario, profile, nodes, k, options));
  add("on-failure", "diagnostics and logs (only when the profile fails)", [
    c(k.podsWide()),
    c(k.events()),
    c(k.describePods(PROBE_NAMESPACE)),
    ...nodes.map((n) => c(docker.exec(n, ["ip", "-d", "addr"]))),
    ...nodes.map((n) => c(docker.exec(n, ["ip", "-4", "route", "show", "table", "all"]))),
    c(kind.exportLogs(cluster, `${options.workDir}/${cluster}/logs`))
  ]);
  add("cleanup", options.keepCluster ? "cleanup skipped (--keep-cluster)" : "delete everything (also on failure, timeout, SIGINT/SIGTERM)", options.keepCluster ? [] : [
    ...procedure?.steps.some((st) => st.do === "source-address") ? [c(docker.rmForce(guideCommands.external(cluster)))] : [],
    ...xs ? [
      c(docker.rmForce(`${cluster}-router`)),
      // The nodes are still on the networks (kind deletes them below): Docker removes no network with containers attached.
      ...nodes.map((n, i) => c(docker.networkDisconnect(`${cluster}-${xs.networks[xs.attachments[i].network].name.replace(/^netlint-/, "")}`, n))),
      c(docker.networkRm(xs.networks.map((n) => `${cluster}-${n.name.replace(/^netlint-/, "")}`)))
    ] : [],
    c(kind.delete(cluster, kubeconfig)),
    c(docker.leftovers(cluster).containers, { note: "anything listed has leaked: the run becomes an error naming it" }),
    c(docker.leftovers(cluster).networks)
  ]);
  return { profile: name, mode: profile.mode, ...procedure ? { procedure: procedure.name } : {}, summary: procedure ? `${procedure.title} (${procedure.source})` : profile.summary, cluster, unpinned: unpinnedArtifacts(profile), steps };
}
function icmpPredictions(icmp) {
  const allowed = icmp.filter((x) => x.allowed);
  const blocked = icmp.filter((x) => !x.allowed);
  const head = `ICMP predicted by netlint reach: ${allowed.length} allowed, ${blocked.length} blocked`;
  if (!allowed.length || !blocked.length) return `${head} (every pair ${allowed.length ? "allowed" : "blocked"})`;
  const [few, verdict2, rest] = allowed.length <= blocked.length ? [allowed, "allowed", "blocked"] : [blocked, "blocked", "allowed"];
  return `${head}: ${verdict2} ${few.map((x) => `${x.from} \u2192 ${x.to}`).join(", ")}; every other pair ${rest}`;
}
function conformanceStep(scenario, profile, nodes, k, options) {
  const plan = planScenario(scenario, profile, nodes);
  const empty = nothingToProbe(plan);
  if (empty) return { id: `conformance-${scenario.name}`, title: `policy conformance: ${scenario.title}`, commands: [], manifests: [], notes: [empty, ...plan.notes] };
  const { probe, settleMs } = options.conformance;
  const setup = toYaml(plan.setup);
  const policies = toYaml(plan.policies);
  const teardown = toYaml(plan.teardown);
  const namespaces = [...new Set(plan.pods.map((p) => p.namespace))];
  const execsOf = (list2, what) => {
    const bySource = /* @__PURE__ */ new Map();
    for (const { probe: p, src } of list2) bySource.set(src, [...bySource.get(src) ?? [], p.target]);
    return [...bySource].map(([src, targets]) => c(k.exec(src.namespace, src.name, src.container, probeArgv(targets, probe.connectTimeoutS)), { note: what(src, `${targets.length} cell${targets.length === 1 ? "" : "s"}`) }));
  };
  const execs = (network) => execsOf(scenarioProbes(plan, (d) => `<${network === "net1" ? "net1 " : ""}ip of ${d.id}>`), (src, cells2) => `${network}: ${src.id} probes ${cells2} concurrently in one exec`);
  const cells = scenarioCells(plan).filter((x) => plan.pods.some((p) => p.id === x.from) && plan.pods.some((p) => p.id === x.to) && x.from !== x.to);
  const icmp = cells.filter((x) => x.protocol === "ICMP");
  const viaServices = serviceProbes(plan, (id) => `<ClusterIP of ${id.slice("svc:".length)}>`);
  const serviceExecs = () => execsOf(viaServices, (src, cells2) => `Services: ${src.id} probes ${cells2} through ClusterIPs in one exec`);
  const serviceNamespaces = [...new Set(plan.services.map((sv) => sv.namespace))];
  const servicesYaml = toYaml(plan.services.map((sv) => sv.manifest));
  return {
    id: `conformance-${scenario.name}`,
    title: `policy conformance: ${scenario.title}`,
    commands: [
      c(k.apply(setup), { stdin: `shadow-${scenario.name}.yaml` }),
      ...namespaces.flatMap((ns) => [c(k.podsReady(ns)), c(k.getJson("pods", ns), { note: "shadow pod IPs (and net1 IPs from network-status)" })]),
      ...plan.services.length ? [c(k.apply(servicesYaml), { stdin: `services-${scenario.name}.yaml`, note: "on their own: one the API server refuses leaves the pod matrix standing" })] : [],
      ...serviceNamespaces.map((ns) => c(k.getJson("services", ns), { note: "the ClusterIP of each Service probed" })),
      ...plan.policies.length ? [c(k.apply(policies), { stdin: `policies-${scenario.name}.yaml` })] : [],
      ...execs("eth0"),
      ...profile.multus ? execs("net1") : [],
      ...serviceExecs(),
      c(k.deleteManifest(teardown), { stdin: `teardown-${scenario.name}.yaml`, note: "always, also when a step fails" })
    ],
    manifests: [
      { name: `shadow-${scenario.name}.yaml`, yaml: setup },
      ...plan.services.length ? [{ name: `services-${scenario.name}.yaml`, yaml: servicesYaml }] : [],
      ...plan.policies.length ? [{ name: `policies-${scenario.name}.yaml`, yaml: policies }] : [],
      { name: `teardown-${scenario.name}.yaml`, yaml: teardown }
    ],
    notes: [
      `${plan.pods.length} shadow pods (${scenario.members === "all" ? "one per workload" : "one or two per equivalence class"}) over ${nodes.length} nodes; ${cells.length} cells predicted by netlint reach${scenario.truth ? ", checked against a hand-written truth table" : ""}`,
      `after the policies: settle ${settleMs / 1e3} s; agnhost connect --timeout=${probe.connectTimeoutS}s; ${probe.concurrency} source pods at a time; mismatches re-probed up to ${probe.retries} times ${probe.retryDelayMs / 1e3} s apart; hard cap ${probe.capMs / 1e3} s per matrix (worst case on paper for ${plan.pods.length} sources: ${probeBudgetMs(plan.pods.length, probe) / 1e3} s)`,
      ...icmp.length ? [`ICMP: ${icmp.length} ping cells (${formatArgv(singleProbeArgv({ ip: "<ip>", protocol: "icmp" }, probe.connectTimeoutS))}) between every ordered pair of shadow pods, expected from netlint reach${scenario.truth ? " and checked against the hand-written truth table" : ""}; blocked only when ping reports its statistics with nothing received`, icmpPredictions(icmp)] : [],
      ...profile.multus ? ["net1: policies apply on the default network only; every net1 cell is expected to connect"] : [],
      ...viaServices.length ? [`Services: ${viaServices.length} cells through ${plan.services.map((sv) => sv.id).join(", ")}: each shadow pod not behind a Service connects to its ClusterIP on the Service port, predicted from netlint reach's cells toward its pods on the targetPort (kube-proxy translates before policy sees the connection); ${viaServices.filter((x) => x.cell.allowed).length} predicted allowed`] : [],
      ...plan.notes
    ]
  };
}
function evidenceSummary(profile) {
  const parts = {
    ipip: "pool ipipMode Always; remote blocks via tunl0 to the node IP; tunl0 UP with its tunnel address, MTU \u2264 eth0 \u2212 20; BGP full mesh (Mesh_*) Established",
    bgp: "pool without encapsulation; remote blocks via eth0 to the node IP; BGP full mesh (Mesh_*) Established",
    crosssubnet: "node addresses /24 on the two subnets; same-subnet blocks via eth1, other-subnet blocks via tunl0; BGP mesh across the router Established",
    rr: "reflector carries the cluster ID; clients have only Node_<reflector> sessions, no Mesh_*; remote blocks via eth0 to the originating node",
    vxlan: "pool vxlanMode Always; remote blocks via vxlan.calico to the remote VTEP address; vxlan.calico UP, MTU \u2264 eth0 \u2212 50",
    "multus-flannel": "Calico IPIP evidence, plus flannel subnet.env inside each podCIDR, flannel.1 VXLAN with FLANNEL_MTU, 00-multus.conf first; pods: net1 in the node flannel subnet"
  };
  return `expected: ${parts[profile.mode]}`;
}
function renderPlanText(plans) {
  const out = [];
  const long = [];
  const shown = (a) => {
    if (a.length <= 200) return a;
    if (!long.includes(a)) long.push(a);
    return `<script ${long.indexOf(a) + 1}, printed at the end>`;
  };
  for (const plan of plans) {
    out.push(`# netlint e2e plan: ${plan.procedure ? `procedure ${plan.procedure} on ` : ""}${plan.profile} (${plan.mode})`, plan.summary, `cluster: ${plan.cluster} (<run-id> is random per run)`);
    out.push(plan.unpinned.length ? `unpinned (refused without --allow-unpinned): ${plan.unpinned.join("; ")}` : "every download is pinned by sha256 (listed per step); images by digest or by the tag a verified manifest names");
    plan.steps.forEach((s, i) => {
      out.push("", `## ${i + 1}. ${s.title} [${s.id}]`);
      for (const n of s.notes) out.push(`   - ${n}`);
      for (const cmd2 of s.commands) {
        const extras = [`timeout ${Math.round(cmd2.timeoutMs / 1e3)}s`, cmd2.stdin ? `stdin: ${cmd2.stdin}` : "", cmd2.note ?? ""].filter(Boolean).join("; ");
        out.push(`   $ ${formatArgv(cmd2.argv.map(shown))}    # ${extras}`);
      }
      for (const mf of s.manifests) out.push("", `   --- ${mf.name}`, ...mf.yaml.trimEnd().split("\n").map((l) => `   ${l}`));
    });
    out.push("");
  }
  long.forEach((script, i) => out.push(`# script ${i + 1} (run as sh -c SCRIPT probe TIMEOUT then PROTOCOL IP PORT per target)`, ...script.trimEnd().split("\n").map((l) => `   ${l}`), ""));
  return out.join("\n");
}

// e2e/report.ts
var ICON = { pass: "\u2705", fail: "\u274C", error: "\u26A0\uFE0F" };
var secs = (ms) => `${(ms / 1e3).toFixed(1)} s`;
var esc = escapeMarkdown;
var code = (s) => escapeInlineCode(s);
var xml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
function matrixCounts(m) {
  return { pass: m.cells.filter((c2) => c2.pass).length, total: m.cells.length, flaky: m.cells.filter((c2) => c2.flaky).length };
}
function renderMatrixGrid(m) {
  const cell = new Map(m.cells.map((c2) => [`${c2.row}\0${c2.col}`, c2]));
  const sym = (r, col) => {
    const c2 = cell.get(`${r}\0${col}`);
    if (!c2) return "-";
    if (!c2.pass) return "!";
    if (c2.flaky) return "~";
    return c2.reached ? "." : "X";
  };
  const width = Math.max(...m.rows.map((r) => r.length), 4);
  const colIdx = m.cols.map((_, i) => String(i + 1).padStart(2));
  const lines = [`${"".padEnd(width)} ${colIdx.join(" ")}`];
  m.rows.forEach((r) => lines.push(`${r.padEnd(width)} ${m.cols.map((col) => sym(r, col).padStart(2)).join(" ")}`));
  lines.push("", ...m.cols.map((col, i) => `${String(i + 1).padStart(2)} = ${col}`));
  return lines.join("\n");
}
function conformanceCounts(r) {
  return { pass: r.cells.filter((c2) => c2.pass).length, total: r.cells.length, flaky: r.cells.filter((c2) => c2.flaky).length, mismatches: r.cells.filter((c2) => !c2.pass).length };
}
var FLAKY_TEXT = "as predicted only on a re-probe (transient: policy programming lag or a lost packet)";
var cellIcon = (c2) => !c2 ? "\xB7" : c2.capped && !c2.pass ? "\u23F1" : !c2.pass ? "\u274C" : c2.flaky ? "\u{1F501}" : "\u2705";
var verdict = (b) => b ? "allowed" : "blocked";
function renderConformanceGrid(r) {
  const at = new Map(r.cells.map((c2) => [`${c2.from}\0${c2.to}\0${portLabel(c2)}`, c2]));
  const cell = (e) => escapeInlineCode(e, { inTable: true });
  const columns = r.targets ?? r.endpoints;
  const out = [`| from \\ to | ${columns.map(cell).join(" | ")} |`, `|---|${columns.map(() => "---").join("|")}|`];
  for (const from of r.endpoints)
    out.push(`| ${cell(from)} | ${columns.map((to) => to === from ? "\u2014" : r.ports.map((p) => cellIcon(at.get(`${from}\0${to}\0${p}`))).join("")).join(" | ")} |`);
  return out.join("\n");
}
function conformanceSection(r) {
  const n = conformanceCounts(r);
  const out = [
    `<details${n.mismatches || n.flaky ? " open" : ""}><summary>${n.mismatches ? "\u274C" : "\u2705"} <b>Policy conformance: ${esc(r.title)}</b> (<code>${r.scenario}</code>, ${r.network} network): ${n.pass}/${n.total} cells as predicted${n.flaky ? `, ${n.flaky} flaky` : ""}; probing ${secs(r.probeMs)}</summary>`,
    "",
    `Icons per cell, in the order ${r.ports.join(" ")}: \u2705 as predicted \xB7 \u274C mismatch \xB7 \u{1F501} matched on a re-probe \xB7 \u23F1 not probed (time cap) \xB7 \`\xB7\` ${r.targets ? "not probed (a pod behind that Service, a port it does not have, or one left out: see the notes)" : "port not declared"}.`,
    "",
    renderConformanceGrid(r),
    ""
  ];
  for (const note of r.notes) out.push(`> ${esc(note)}`);
  if (r.notes.length) out.push("");
  const bad = r.cells.filter((c2) => !c2.pass || c2.flaky);
  for (const c2 of bad.slice(0, 25)) {
    const pair = `${esc(c2.from)} \u2192 ${esc(c2.to)} ${portLabel(c2)}`;
    const head = c2.pass ? `\u{1F501} flaky: **${pair}**` : `\u274C **${pair}**`;
    out.push(
      `- ${head}: predicted ${verdict(c2.expected)}${c2.truth !== void 0 ? `, truth table ${verdict(c2.truth)}` : ""}, observed ${verdict(c2.observed)} (${esc(c2.detail)}, ${c2.attempts} attempt${c2.attempts === 1 ? "" : "s"}) \u2014 ${c2.mismatch ? MISMATCH_TEXT[c2.mismatch] : FLAKY_TEXT}`,
      r.network === "net1" ? "  - deciding rules: none on net1 (policies apply on the default network only)" : `  - deciding rules (reach --explain): ${esc(describeWhy3("egress", c2.egress))}; ${esc(describeWhy3("ingress", c2.ingress))}`,
      ...c2.reproduce ? [`  - reproduce: ${code(c2.reproduce)}`] : [],
      ...c2.explain ? [`  - static side: ${code(c2.explain)}`] : []
    );
  }
  if (bad.length > 25) out.push(`- \u2026 ${bad.length - 25} more in the JSON report`);
  out.push("", "</details>", "");
  return out.join("\n");
}
function profileSection(p) {
  const out = [];
  out.push(`<details${p.status === "pass" ? "" : " open"}><summary><b>${ICON[p.status]} ${p.profile}</b> \u2014 ${p.status}${p.reason ? `: ${esc(p.reason.split("\n")[0].slice(0, 300))}` : ""}</summary>`, "");
  out.push(p.summary, "");
  if (p.evidence.length) {
    out.push(`**Evidence for ${p.mode}**`, "", "| | check | where | expected | observed |", "|---|---|---|---|---|");
    for (const c2 of p.evidence) out.push(`| ${c2.ok ? "\u2713" : "\u2717"} | ${c2.id} | ${esc(c2.scope)} | ${esc(c2.expected)} | ${esc(c2.observed)} |`);
    out.push("");
  }
  for (const m of p.matrices) {
    const n = matrixCounts(m);
    out.push(`**${m.title}**: ${n.pass}/${n.total}${n.flaky ? ` (${n.flaky} flaky)` : ""}`, "", "```", renderMatrixGrid(m), "```");
    const bad = m.cells.filter((c2) => !c2.pass || c2.flaky);
    for (const c2 of bad.slice(0, 20)) out.push(`- ${c2.pass ? "flaky" : "wrong"}: ${esc(c2.row)} \u2192 ${esc(c2.col)}: expected ${c2.expect}, ${esc(c2.detail)} (${c2.attempts} attempts)`);
    out.push("");
  }
  for (const r of p.conformance ?? []) out.push(conformanceSection(r));
  out.push("**Timings**", "", "| step | time | |", "|---|---|---|");
  for (const s of p.steps) out.push(`| ${s.title} | ${secs(s.ms)} | ${s.status === "ok" ? "" : esc(`${s.status}${s.detail ? `: ${s.detail}` : ""}`.slice(0, 200))} |`);
  out.push(`| **total** | ${secs(p.durationMs)} | |`, "");
  if (p.unpinned.length) out.push(`Unpinned artifacts: ${p.unpinned.map(code).join(", ")}`, "");
  for (const [url, sha] of Object.entries(p.observedSha256)) out.push(`- downloaded ${code(url)} sha256 ${code(sha)}`);
  if (p.logsDir) out.push(`Cluster logs: ${code(p.logsDir)}`);
  if (p.clusterKept) out.push(`Cluster kept: ${code(p.cluster)}`);
  out.push("", "</details>", "");
  return out.join("\n");
}
function renderE2eMarkdown(report) {
  const out = [`### netlint e2e ${report.ok ? "\u2705" : "\u274C"}`, "", "| profile | mode | evidence | ping | policy | time |", "|---|---|---|---|---|---|"];
  for (const p of report.profiles) {
    const ev = `${p.evidence.filter((c2) => c2.ok).length}/${p.evidence.length}`;
    const pings = p.matrices.filter((m) => m.id.startsWith("ping"));
    const ping = pings.length ? pings.map((m) => `${matrixCounts(m).pass}/${matrixCounts(m).total}`).join(" + ") : "\u2014";
    const conf = p.conformance ?? [];
    const policy = conf.length ? `${conf.reduce((a, r) => a + conformanceCounts(r).pass, 0)}/${conf.reduce((a, r) => a + conformanceCounts(r).total, 0)}` : "\u2014";
    out.push(`| ${ICON[p.status]} ${p.profile} | ${p.mode} | ${ev} | ${ping} | ${policy} | ${secs(p.durationMs)} |`);
  }
  out.push("", ...report.profiles.map(profileSection));
  return out.join("\n");
}
var renderE2eJson = (report) => `${JSON.stringify(report, null, 2)}
`;
function renderE2eJunit(report) {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites name="netlint e2e">'];
  for (const p of report.profiles) {
    const cases = [];
    const tc = (name, ms, failure, skipped = false) => cases.push(`    <testcase classname="${xml(p.profile)}" name="${xml(name)}" time="${(ms / 1e3).toFixed(3)}">${skipped ? "<skipped/>" : ""}${failure ? `<failure message="${xml(failure.slice(0, 500))}"/>` : ""}</testcase>`);
    for (const s of p.steps) tc(`step: ${s.title}`, s.ms, s.status === "failed" ? s.detail ?? "failed" : void 0, s.status === "skipped");
    for (const c2 of p.evidence) tc(`evidence: ${c2.id} ${c2.scope}`, 0, c2.ok ? void 0 : `expected ${c2.expected}, observed ${c2.observed}`);
    for (const m of p.matrices) for (const c2 of m.cells) tc(`${m.id}: ${c2.row} -> ${c2.col}`, 0, c2.pass ? void 0 : `expected ${c2.expect}: ${c2.detail}`);
    for (const r of p.conformance ?? [])
      for (const c2 of r.cells)
        tc(
          `policy ${r.scenario} [${r.network}]: ${c2.from} -> ${c2.to} ${portLabel(c2)}`,
          0,
          c2.pass ? void 0 : `predicted ${verdict(c2.expected)}, observed ${verdict(c2.observed)} (${c2.detail}); ${c2.mismatch ? MISMATCH_TEXT[c2.mismatch] : ""}; ${describeWhy3("egress", c2.egress)}; ${describeWhy3("ingress", c2.ingress)}; reproduce: ${c2.reproduce ?? ""}`
        );
    if (p.status === "error" && !p.steps.some((s) => s.status === "failed")) tc("profile", p.durationMs, p.reason ?? "error");
    const failures = cases.filter((x) => x.includes("<failure")).length;
    out.push(`  <testsuite name="${xml(p.profile)}" tests="${cases.length}" failures="${failures}" errors="0" time="${(p.durationMs / 1e3).toFixed(3)}">`, ...cases, "  </testsuite>");
  }
  out.push("</testsuites>", "");
  return out.join("\n");
}
function renderE2eText(report) {
  const out = [];
  for (const p of report.profiles) {
    out.push(`${p.status.toUpperCase().padEnd(5)} ${p.profile} (${p.mode}) ${secs(p.durationMs)}${p.reason ? ` \u2014 ${p.reason.split("\n")[0]}` : ""}`);
    for (const c2 of p.evidence.filter((e) => !e.ok)) out.push(`  \u2717 ${c2.id} ${c2.scope}: expected ${c2.expected}; observed ${c2.observed}`);
    for (const m of p.matrices) {
      const n = matrixCounts(m);
      out.push(`  ${m.title}: ${n.pass}/${n.total}${n.flaky ? ` (${n.flaky} flaky)` : ""}`);
    }
    for (const r of p.conformance ?? []) {
      const n = conformanceCounts(r);
      out.push(`  policy ${r.scenario} (${r.network}): ${n.pass}/${n.total}${n.flaky ? ` (${n.flaky} flaky)` : ""}`);
      for (const c2 of r.cells.filter((x) => !x.pass).slice(0, 10)) out.push(`    \u2717 ${c2.from} \u2192 ${c2.to} ${portLabel(c2)}: predicted ${verdict(c2.expected)}, observed ${verdict(c2.observed)} (${c2.mismatch}); reproduce: ${c2.reproduce}`);
    }
  }
  out.push(report.ok ? "all profiles passed" : "some profiles did not pass", "");
  return out.join("\n");
}

// e2e/procedures/fixed-ips.ts
var FIXED_POOL = "10.49.0.0/24";
var FIXED_IPS = {
  name: "fixed-ips",
  title: "fixed pod IPs: cni.projectcalico.org/ipAddrs and ipv4pools",
  profile: "calico-ipip",
  source: "Calico guide: use a specific IP address with a pod; restrict a pod to an IP pool",
  steps: [
    {
      do: "apply",
      title: "a second pool for the ipv4pools annotation",
      name: "fixed-pool.yaml",
      objects: [{ apiVersion: "crd.projectcalico.org/v1", kind: "IPPool", metadata: { name: "netlint-fixed" }, spec: { cidr: FIXED_POOL, blockSize: 26, ipipMode: "Always", vxlanMode: "Never", natOutgoing: true, nodeSelector: "all()", allowedUses: ["Workload"] } }]
    },
    {
      do: "start-pods",
      title: "pods asking for a fixed address and for a pool",
      pods: [
        { name: "fixed-ip", node: 1, annotations: { "cni.projectcalico.org/ipAddrs": '["192.168.250.10"]' }, expectIp: { equals: "192.168.250.10" } },
        { name: "pool-ip", node: 2, annotations: { "cni.projectcalico.org/ipv4pools": '["netlint-fixed"]' }, expectIp: { inCidr: FIXED_POOL, why: "the netlint-fixed pool named by ipv4pools" } }
      ]
    },
    { do: "node-evidence", title: "IPIP evidence with the extra pool", expect: { mode: "ipip", ipipMode: "Always", vxlanMode: "Never", extraPools: [FIXED_POOL] } },
    { do: "ping", id: "after", title: "pod-to-pod including the fixed-address pods" }
  ]
};

// e2e/procedures/ipip-to-bgp.ts
var IPIP_TO_BGP = {
  name: "ipip-to-bgp",
  title: "IPIP \u2192 BGP: pool ipipMode Never, FELIX_IPINIPENABLED=false, restart calico-node",
  profile: "calico-ipip",
  source: "Calico guide: switching the overlay off (IPPool ipipMode, Felix IPIP setting)",
  steps: [
    { do: "ping", id: "before", title: "pod-to-pod before the switch" },
    { do: "patch", title: "IPPool ipipMode: Never", what: DEFAULT_POOL, spec: { ipipMode: "Never", vxlanMode: "Never" } },
    { do: "set-calico-node-env", title: "calico-node FELIX_IPINIPENABLED=false", env: { FELIX_IPINIPENABLED: "false" } },
    { do: "restart-calico-node", title: "restart calico-node" },
    { do: "node-evidence", title: "routes via eth0 to the node IPs, none via tunl0; BGP mesh", expect: { mode: "bgp", ipipMode: "Never", vxlanMode: "Never" } },
    { do: "ping", id: "after", title: "pod-to-pod after the switch" }
  ]
};

// e2e/procedures/ipip-to-crosssubnet.ts
var IPIP_TO_CROSSSUBNET = {
  name: "ipip-to-crosssubnet",
  title: "IPIP \u2192 CrossSubnet: edit the IPPool, recreate the calico-node pods",
  profile: "calico-ipip",
  source: "Calico guide: IPIP only across subnets (IPPool ipipMode CrossSubnet)",
  steps: [
    { do: "ping", id: "before", title: "pod-to-pod before the change" },
    { do: "patch", title: "IPPool ipipMode: CrossSubnet", what: DEFAULT_POOL, spec: { ipipMode: "CrossSubnet" } },
    { do: "recreate-calico-node-pods", title: "delete the calico-node pods; the DaemonSet recreates them" },
    { do: "node-evidence", title: "same-subnet blocks via eth0 (all kind nodes share one subnet); tunl0 kept", expect: { mode: "crosssubnet", ipipMode: "CrossSubnet", vxlanMode: "Never" } },
    { do: "ping", id: "after", title: "pod-to-pod after the change" }
  ]
};

// e2e/procedures/nat-outgoing.ts
var NAT_OUTGOING = {
  name: "nat-outgoing",
  title: "natOutgoing: false keeps the pod source address to a target outside the pod network",
  profile: "calico-ipip",
  source: "Calico guide: configure outgoing NAT (IPPool natOutgoing)",
  steps: [
    { do: "source-address", id: "before", title: "natOutgoing true (manifest default): the outside target sees the node address", from: "probe-w1-a", seen: "node" },
    { do: "patch", title: "IPPool natOutgoing: false", what: DEFAULT_POOL, spec: { natOutgoing: false } },
    { do: "source-address", id: "after", title: "natOutgoing false: the outside target sees the pod address", from: "probe-w1-a", seen: "pod" },
    { do: "ping", id: "after", title: "pod-to-pod unaffected" }
  ]
};

// e2e/procedures/rack-pools.ts
var RACKS = ["10.48.0.0/24", "10.48.1.0/24"];
var rackPool = (rack) => ({
  apiVersion: "crd.projectcalico.org/v1",
  kind: "IPPool",
  metadata: { name: `rack-${rack}-ippool` },
  spec: { cidr: RACKS[rack], blockSize: 26, ipipMode: "Always", vxlanMode: "Never", natOutgoing: true, nodeSelector: `rack == "${rack}"`, allowedUses: ["Workload", "Tunnel"] }
});
var RACK_POOLS = {
  name: "rack-pools",
  title: "per-rack IPPools: nodes labelled rack=0/1, one pool per rack with nodeSelector",
  profile: "calico-ipip",
  source: "Calico guide: assign IP addresses based on topology (IPPool nodeSelector)",
  steps: [
    { do: "ping", id: "before", title: "pod-to-pod before the pools" },
    { do: "label-nodes", title: "label nodes rack=0 (control plane, worker) and rack=1 (worker2)", labels: [{ node: 0, label: "rack=0" }, { node: 1, label: "rack=0" }, { node: 2, label: "rack=1" }] },
    { do: "apply", title: "one IPPool per rack", name: "rack-pools.yaml", objects: [rackPool(0), rackPool(1)] },
    { do: "patch", title: "disable the default pool", what: DEFAULT_POOL, spec: { disabled: true } },
    {
      do: "start-pods",
      title: "one new pod per node",
      pods: [0, 1, 2].map((node2) => ({ name: `rack-pod-${node2}`, node: node2, expectIp: { inCidr: RACKS[node2 === 2 ? 1 : 0], why: `rack-${node2 === 2 ? 1 : 0}-ippool` } }))
    },
    { do: "node-evidence", title: "IPIP routes to every block, the rack pools included", expect: { mode: "ipip", ipipMode: "Always", vxlanMode: "Never", extraPools: RACKS } },
    { do: "ping", id: "after", title: "pod-to-pod with the rack pools (old and new pods)" }
  ]
};

// e2e/procedures/index.ts
var PROCEDURES = [IPIP_TO_BGP, IPIP_TO_CROSSSUBNET, RACK_POOLS, FIXED_IPS, NAT_OUTGOING];
var PROCEDURE_NAMES = PROCEDURES.map((p) => p.name);
function selectProcedures(names) {
  return selectNamed(PROCEDURES, names, "guide", "procedure");
}

// e2e/cli.ts
var DEFAULT_POLICY_PROFILE = "calico-ipip";
var E2E_HELP = `Usage: netlint e2e --profile NAME[,NAME...] [options]

Creates a kind cluster per profile, installs the CNI in that mode, proves the mode from the
nodes' routes, tunnels, MTUs and BGP sessions, runs a ping matrix, reports, deletes the cluster.

Profiles: ${PROFILE_NAMES.join(", ")}, or "all"

Options:
  --profile NAME      repeatable or comma-separated
  --dry-run           print the ordered plan (argv of every command, every generated manifest); runs nothing
  --format FMT        report on stdout: text (default), markdown, json, junit;
                      with --dry-run: text (default) or json
  --report FILE       also write the report to FILE, repeatable (format from the extension: .md, .json, .xml; else --format)
  --keep-cluster      do not delete clusters (for debugging); printed in the report
  --allow-unpinned    run profiles with an artifact that has no pin yet (the report records its sha256)
  --work-dir DIR      kubeconfigs, downloads and exported logs (default ${DEFAULT_RUN_OPTIONS.workDir})
  --artifacts DIR     read the pinned files from a local mirror (DIR/<url without https://>) instead of
                      downloading them; checked against the same sha256 pins
  --suite NAME        policy conformance after the profile's own steps: "builtin" (every scenario) or
                      scenario names, repeatable or comma-separated: ${BUILTIN_NAMES.join(", ")};
                      without --profile it runs on ${DEFAULT_POLICY_PROFILE} (as does --manifests)
  --procedure NAME    one of the Calico guide's procedures on a fresh cluster of its base profile, proven
                      from node evidence and connectivity before and after: "guide" (all) or
                      ${PROCEDURE_NAMES.join(", ")}
  --manifests PATH    policy conformance on your files (repeatable; files or directories): shadow
                      pods (agnhost) stand in for your workloads, your NetworkPolicies and Calico
                      policies are applied unchanged, the real matrix is compared with netlint reach

Exit codes: 0 all profiles pass; 1 a profile failed (evidence or connectivity); 2 usage, preflight or infrastructure error.
`;
var RENDER = { text: renderE2eText, markdown: renderE2eMarkdown, json: renderE2eJson, junit: renderE2eJunit };
var Usage = class extends Error {
};
function parse(argv) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      profile: { type: "string", multiple: true },
      "dry-run": { type: "boolean" },
      format: { type: "string" },
      "plan-format": { type: "string" },
      report: { type: "string", multiple: true },
      "keep-cluster": { type: "boolean" },
      "allow-unpinned": { type: "boolean" },
      "work-dir": { type: "string" },
      artifacts: { type: "string" },
      suite: { type: "string", multiple: true },
      procedure: { type: "string", multiple: true },
      manifests: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" }
    }
  });
  const names = (values.profile ?? []).flatMap((p) => p.split(",")).map((s) => s.trim()).filter(Boolean);
  const expanded = names.includes("all") ? [...PROFILE_NAMES] : names;
  for (const n of expanded) if (!isProfileName(n)) throw new Usage(`unknown profile "${n}" (known: ${PROFILE_NAMES.join(", ")})`);
  const format = values.format ?? values["plan-format"] ?? "text";
  const dryRun = values["dry-run"] ?? false;
  const allowed = dryRun ? ["text", "json"] : Object.keys(RENDER);
  if (!allowed.includes(format)) throw new Usage(`--format ${format} is not one of ${allowed.join(", ")}${dryRun ? " (with --dry-run)" : ""}`);
  const procedureNames = (values.procedure ?? []).flatMap((p) => p.split(",")).map((x) => x.trim()).filter(Boolean);
  let procedures;
  try {
    procedures = selectProcedures(procedureNames);
  } catch (e) {
    throw new Usage(e instanceof Error ? e.message : String(e));
  }
  const policyOnly = !expanded.length && !procedures.length && !!(values.suite?.length || values.manifests?.length);
  if (policyOnly) expanded.push(DEFAULT_POLICY_PROFILE);
  if (!values.help && !expanded.length && !procedures.length) throw new Usage("--profile (or --procedure, --suite, --manifests) is required");
  const suiteNames = (values.suite ?? []).flatMap((p) => p.split(",")).map((x) => x.trim()).filter(Boolean);
  let suite;
  try {
    suite = suiteNames.length ? selectSuite(suiteNames) : [];
  } catch (e) {
    throw new Usage(e instanceof Error ? e.message : String(e));
  }
  return { values, profiles: [...new Set(expanded)], format, dryRun, suite, procedures };
}
function reportFormat(file2, fallback) {
  if (file2.endsWith(".md")) return "markdown";
  if (file2.endsWith(".json")) return "json";
  if (file2.endsWith(".xml")) return "junit";
  return fallback;
}
async function e2eMain(argv, deps, overrides = {}) {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    if (isParseArgsError(e)) {
      deps.stderr(`netlint: ${describeParseError("e2e", e, argv)}
`);
      return 2;
    }
    deps.stderr(`netlint e2e: ${e instanceof Error ? e.message : String(e)}
`);
    return 2;
  }
  const { values, profiles, format, dryRun, suite, procedures } = parsed;
  if (values.help) {
    deps.stdout(E2E_HELP);
    return 0;
  }
  const scenarios = [...suite];
  if (values.manifests?.length) {
    try {
      const files = await deps.readManifests(values.manifests);
      if (!files.length) throw new Error(`no manifest files under ${values.manifests.join(", ")}`);
      scenarios.push(manifestsScenario(files));
    } catch (e) {
      deps.stderr(`netlint e2e: --manifests: ${e instanceof Error ? e.message : String(e)}
`);
      return 2;
    }
  }
  const options = {
    ...DEFAULT_RUN_OPTIONS,
    ...overrides,
    profiles,
    keepCluster: values["keep-cluster"] ?? false,
    allowUnpinned: values["allow-unpinned"] ?? false,
    workDir: values["work-dir"] ?? overrides.workDir ?? DEFAULT_RUN_OPTIONS.workDir,
    ...values.artifacts ? { artifactsDir: values.artifacts } : {},
    scenarios: [...overrides.scenarios ?? [], ...scenarios],
    procedures: [...overrides.procedures ?? [], ...procedures]
  };
  if (dryRun) {
    const plans = [...profiles.map((p) => buildPlan(p, options)), ...options.procedures.map((x) => buildPlan(x.profile, options, x))];
    deps.stdout(format === "json" ? `${JSON.stringify({ version: 1, plans }, null, 2)}
` : renderPlanText(plans));
    return 0;
  }
  let report;
  try {
    report = await runProfiles(options, deps);
  } catch (e) {
    if (e instanceof PreflightError) {
      deps.stderr(`netlint e2e: ${e.message}
`);
      return 2;
    }
    throw e;
  }
  deps.stdout(RENDER[format](report));
  for (const file2 of values.report ?? []) {
    try {
      await deps.writeFile(file2, RENDER[reportFormat(file2, format)](report));
    } catch (e) {
      deps.stderr(`netlint e2e: cannot write ${file2}: ${e instanceof Error ? e.message : String(e)}
`);
      return 2;
    }
  }
  if (report.interrupted || report.profiles.some((p) => p.status === "error") || report.profiles.length < profiles.length + options.procedures.length) {
    const first = report.profiles.find((p) => p.status === "error");
    deps.stderr(`netlint e2e: ${first ? `${first.profile}: ${first.reason?.split("\n")[0] ?? "error"}` : `interrupted by ${report.interrupted?.signal ?? "a signal"} during ${report.interrupted?.during ?? "the run"}`}
`);
    return 2;
  }
  return report.ok ? 0 : 1;
}

export {
  BUILTIN_SUITE,
  selectSuite,
  manifestsScenario,
  DEFAULT_RUN_OPTIONS,
  runProfiles,
  renderE2eMarkdown,
  renderE2eJson,
  renderE2eJunit,
  renderE2eText,
  DEFAULT_POLICY_PROFILE,
  E2E_HELP,
  e2eMain
};
