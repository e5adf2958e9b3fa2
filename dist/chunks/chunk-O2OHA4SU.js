import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  BoundedCache,
  asArray,
  asObject,
  cidrBounds,
  contains,
  containsIp,
  getIn,
  isObject,
  knownCidrs,
  matchesLabelSelector,
  network,
  overlaps,
  parseCalicoCidrOrIp,
  parseCidr,
  parseIp,
  parseLegacyCidr,
  parseYamlStream,
  pushTo,
  scalarStringMap,
  size,
  stringMap
} from "./chunk-2TB3XL2O.js";

// src/engine/netpol/istio.ts
var NEVER_INJECTED_NAMESPACES = /* @__PURE__ */ new Set(["kube-system", "kube-public"]);
function istioInjects(namespace, labels, namespaceLabels) {
  if (NEVER_INJECTED_NAMESPACES.has(namespace) || labels["sidecar.istio.io/inject"] === "false") return false;
  const injection = namespaceLabels["istio-injection"];
  if (injection !== void 0) return injection === "enabled";
  if (namespaceLabels["istio.io/rev"] !== void 0) return true;
  return labels["istio.io/rev"] !== void 0 || labels["sidecar.istio.io/inject"] === "true";
}
function withIstioLabels(namespace, labels, namespaceLabels, workloadName) {
  if (!istioInjects(namespace, labels, namespaceLabels)) return labels;
  const name = (labels["app.kubernetes.io/name"] || labels.app || workloadName).slice(0, 63).replace(/-$/, "");
  return {
    ...labels,
    "security.istio.io/tlsMode": labels["security.istio.io/tlsMode"] || "istio",
    "service.istio.io/canonical-name": labels["service.istio.io/canonical-name"] || name,
    "service.istio.io/canonical-revision": labels["service.istio.io/canonical-revision"] || labels["app.kubernetes.io/version"] || labels.version || "latest"
  };
}

// src/engine/netpol/model.ts
var PROTOCOLS = ["TCP", "UDP", "SCTP"];
var ICMP_CELL = { port: 0, protocol: "ICMP" };
var ICMP_ECHO = { type: 8, code: 0 };
var ICMPV6_ECHO = { type: 128, code: 0 };
var KUBERNETES_POLICY_ORDER = 1e3;
var DEFAULT_TIER = "default";
var DEFAULT_NAMESPACE = "default";
var NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

// src/engine/netpol/endpoints.ts
var TEMPLATE_PATH = {
  Pod: [],
  ReplicationController: ["spec", "template"],
  "apps/Deployment": ["spec", "template"],
  "apps/StatefulSet": ["spec", "template"],
  "apps/DaemonSet": ["spec", "template"],
  "apps/ReplicaSet": ["spec", "template"],
  "extensions/Deployment": ["spec", "template"],
  "extensions/DaemonSet": ["spec", "template"],
  "extensions/ReplicaSet": ["spec", "template"],
  "batch/Job": ["spec", "template"],
  "batch/CronJob": ["spec", "jobTemplate", "spec", "template"]
};
var OPERATOR_PODS = {
  "monitoring.coreos.com/Prometheus": { label: "prometheus", ports: (web) => [{ port: 9090, protocol: "TCP", name: web }] },
  "monitoring.coreos.com/Alertmanager": {
    label: "alertmanager",
    ports: (web) => [
      { port: 9093, protocol: "TCP", name: web },
      { port: 9094, protocol: "TCP", name: "mesh-tcp" },
      { port: 9094, protocol: "UDP", name: "mesh-udp" }
    ]
  }
};
function operatorRunsPods(groupKind) {
  return Object.hasOwn(OPERATOR_PODS, groupKind);
}
function podEndpoint(r, id, namespace, labels, serviceAccount, serviceAccountLabels) {
  const calicoLabels = workloadEndpointCalicoLabels(labels, namespace, serviceAccount, serviceAccountLabels);
  return { type: "workload", id, namespace: namespace.name, name: r.name, kind: r.kind, labels, calicoLabels, ports: [], serviceAccount, serviceAccountLabels, ips: [], resource: r };
}
var CALICO_NAME_LABEL = "projectcalico.org/name";
var CALICO_SERVICE_ACCOUNT_LABEL = "projectcalico.org/serviceaccount";
function calicoAccountLabels(name, labels = {}) {
  return { ...labels, [CALICO_NAME_LABEL]: name };
}
var NAMESPACE_PROFILE_PREFIX = "pcns.";
var SERVICE_ACCOUNT_PROFILE_PREFIX = "pcsa.";
function isProfileLabelKey(key2) {
  return key2.startsWith(NAMESPACE_PROFILE_PREFIX) || key2.startsWith(SERVICE_ACCOUNT_PROFILE_PREFIX);
}
function perLabelMap(transform) {
  const memo = /* @__PURE__ */ new WeakMap();
  return (labels) => {
    let out = memo.get(labels);
    if (out === void 0) memo.set(labels, out = transform(labels));
    return out;
  };
}
var PROFILE_KEYS = Object.fromEntries(
  [NAMESPACE_PROFILE_PREFIX, SERVICE_ACCOUNT_PROFILE_PREFIX].map((prefix) => [
    prefix,
    {
      under: perLabelMap((labels) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [prefix + k, v]))),
      view: perLabelMap((labels) => Object.fromEntries(Object.entries(labels).flatMap(([k, v]) => k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])))
    }
  ])
);
function prefixed(prefix, labels) {
  return PROFILE_KEYS[prefix].under(labels);
}
function profileView(prefix, labels) {
  return PROFILE_KEYS[prefix].view(labels);
}
function namespaceProfileLabels(namespace) {
  return prefixed(NAMESPACE_PROFILE_PREFIX, namespace.calicoLabels);
}
function workloadEndpointCalicoLabels(labels, namespace, serviceAccount, serviceAccountLabels) {
  let own = labels;
  for (const k in labels) {
    if (!isProfileLabelKey(k)) continue;
    own = Object.fromEntries(Object.entries(labels).filter(([key2]) => !isProfileLabelKey(key2)));
    break;
  }
  return {
    ...namespaceProfileLabels(namespace),
    ...prefixed(SERVICE_ACCOUNT_PROFILE_PREFIX, serviceAccountLabels),
    ...own,
    "projectcalico.org/namespace": namespace.name,
    "projectcalico.org/orchestrator": "k8s",
    [CALICO_SERVICE_ACCOUNT_LABEL]: serviceAccount
  };
}
function isWorkload(r) {
  return Object.prototype.hasOwnProperty.call(TEMPLATE_PATH, r.groupKind);
}
function asRecord(v) {
  return isObject(v) ? v : void 0;
}
function labelsOf(v) {
  const out = {};
  if (!isObject(v)) return out;
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    const val = v[k];
    if (typeof val === "string") out[k] = val;
    else if (typeof val === "number" || typeof val === "boolean") out[k] = String(val);
    else if (val === null) out[k] = "";
  }
  return out;
}
function serviceAccountOf(podSpec) {
  const name = podSpec ? podSpec.serviceAccountName ?? podSpec.serviceAccount : void 0;
  return typeof name === "string" && name !== "" ? name : "default";
}
function namespaceOf(r) {
  return r.namespace ?? DEFAULT_NAMESPACE;
}
function namespaceInfo(name, declared, resource) {
  const labels = { ...declared, [NAMESPACE_NAME_LABEL]: name };
  const info = { name, labels, calicoLabels: { ...labels, [CALICO_NAME_LABEL]: name }, declared: resource !== void 0 };
  if (resource) info.resource = resource;
  return info;
}
function containerPorts(spec, r, templatePath, problems) {
  const out = [];
  const containers = isObject(spec) ? spec.containers : void 0;
  if (!Array.isArray(containers)) return out;
  for (let ci = 0; ci < containers.length; ci++) {
    const c = containers[ci];
    const ports = isObject(c) ? c.ports : void 0;
    if (!Array.isArray(ports)) continue;
    for (let pi = 0; pi < ports.length; pi++) {
      const p = ports[pi];
      const at = () => [...templatePath, "spec", "containers", ci, "ports", pi];
      const port = isObject(p) ? p.containerPort : void 0;
      if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) {
        problems.push({ message: "container port without a valid integer containerPort is ignored", resource: r, path: at() });
        continue;
      }
      const proto = p.protocol ?? "TCP";
      if (proto !== "TCP" && proto !== "UDP" && proto !== "SCTP") {
        problems.push({ message: `container port protocol ${String(proto)} is not TCP, UDP or SCTP; ignored`, resource: r, path: at() });
        continue;
      }
      const name = p.name;
      const entry = { port, protocol: proto };
      if (typeof name === "string" && name !== "") entry.name = name;
      if (!out.some((o) => o.port === entry.port && o.protocol === entry.protocol && o.name === entry.name)) out.push(entry);
    }
  }
  return out;
}
function portCells(ports) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const p of ports) {
    const key2 = `${p.port}/${p.protocol}`;
    if (seen.has(key2)) continue;
    seen.add(key2);
    out.push(p);
  }
  return out.sort((a, b) => a.port - b.port || (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0));
}
function podIps(value) {
  const texts = /* @__PURE__ */ new Set();
  const single = getIn(value, ["status", "podIP"]);
  if (typeof single === "string") texts.add(single);
  for (const entry of asArray(getIn(value, ["status", "podIPs"]))) {
    const ip = getIn(entry, ["ip"]);
    if (typeof ip === "string") texts.add(ip);
  }
  return [...texts].map((t) => parseIp(t)).filter((ip) => ip !== null);
}
var UNNAMED_REASON = "no metadata.name (nor generateName): the API server rejects an object without a name";
function hasName(r) {
  const named = (v) => typeof v === "string" && v !== "";
  return named(getIn(r.value, ["metadata", "name"])) || named(getIn(r.value, ["metadata", "generateName"]));
}
function sameLabels(a, b) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
}
function collectEndpoints(resources) {
  const problems = [];
  const namespaces2 = /* @__PURE__ */ new Map();
  const serviceAccounts = /* @__PURE__ */ new Map();
  const withName = /* @__PURE__ */ new Map();
  const saLabels = (namespace, name) => {
    const key2 = `${namespace}/${name}`;
    let found = withName.get(key2);
    if (found === void 0) withName.set(key2, found = calicoAccountLabels(name, serviceAccounts.get(key2)));
    return found;
  };
  for (const r of resources) {
    if (r.groupKind === "Namespace") {
      const info = namespaceInfo(r.name, labelsOf(getIn(r.value, ["metadata", "labels"])), r);
      const first = namespaces2.get(r.name);
      if (first?.resource === void 0) namespaces2.set(r.name, info);
      else if (!sameLabels(first.labels, info.labels)) {
        const at = first.resource.locate([]);
        problems.push({ message: `Namespace ${r.name} is also defined at ${first.resource.file}:${at.line} with other labels; the labels of that first definition are used`, resource: r, path: ["metadata", "labels"] });
      }
    } else if (r.groupKind === "ServiceAccount") {
      serviceAccounts.set(`${namespaceOf(r)}/${r.name}`, labelsOf(getIn(r.value, ["metadata", "labels"])));
    }
  }
  const endpoints = [];
  const excluded = [];
  const taken = /* @__PURE__ */ new Map();
  const defined = /* @__PURE__ */ new Map();
  for (const r of resources) {
    const templatePath = TEMPLATE_PATH[r.groupKind];
    if (templatePath === void 0) {
      const made = OPERATOR_PODS[r.groupKind];
      if (made !== void 0 && hasName(r) && !defined.has(`${r.groupKind}\0${namespaceOf(r)}\0${r.name}`)) {
        defined.set(`${r.groupKind}\0${namespaceOf(r)}\0${r.name}`, r);
        operatorPods(r, made);
      }
      continue;
    }
    const namespace = namespaceOf(r);
    if (!hasName(r)) {
      const at = r.locate([]);
      excluded.push({ id: `${namespace}/(unnamed ${r.kind} at ${r.file}:${at.line})`, kind: r.kind, reason: UNNAMED_REASON, resource: r });
      continue;
    }
    const definition = `${r.groupKind}\0${namespace}\0${r.name}`;
    const first = defined.get(definition);
    if (first !== void 0) {
      const at = r.locate([]);
      const firstAt = first.locate([]);
      excluded.push({
        id: `${namespace}/(second ${r.kind} ${r.name} at ${r.file}:${at.line})`,
        kind: r.kind,
        reason: `${r.kind} ${namespace}/${r.name} is also defined at ${first.file}:${firstAt.line}; the cluster holds one object of a kind and name, so only that first definition is evaluated`,
        resource: r
      });
      continue;
    }
    defined.set(definition, r);
    let names = taken.get(namespace);
    if (!names) taken.set(namespace, names = /* @__PURE__ */ new Set());
    let id = `${namespace}/${r.name}`;
    if (names.has(r.name)) {
      id = `${id}[${r.kind}]`;
      names.add(`${r.name}[${r.kind}]`);
    } else names.add(r.name);
    const template = templatePath.length === 0 ? r.value : getIn(r.value, templatePath);
    const spec = isObject(template) ? template.spec : void 0;
    const specObj = isObject(spec) ? spec : void 0;
    if (specObj?.hostNetwork === true) {
      excluded.push({ id, kind: r.kind, reason: "hostNetwork: NetworkPolicy behaviour is undefined for host-network pods", resource: r });
      continue;
    }
    const metadata = isObject(template) ? template.metadata : void 0;
    const labels = withIstioLabels(namespace, labelsOf(isObject(metadata) ? metadata.labels : void 0), namespaces2.get(namespace)?.labels ?? {}, r.name);
    const serviceAccount = serviceAccountOf(specObj);
    endpoints.push({
      ...podEndpoint(r, id, ensureNamespace(namespaces2, namespace), labels, serviceAccount, saLabels(namespace, serviceAccount)),
      ports: containerPorts(specObj, r, templatePath, problems),
      ips: templatePath.length === 0 ? podIps(r.value) : []
    });
  }
  return { namespaces: namespaces2, endpoints, excluded, problems };
  function operatorPods(r, made) {
    const namespace = namespaceOf(r);
    const spec = isObject(r.value.spec) ? r.value.spec : {};
    let names = taken.get(namespace);
    if (!names) taken.set(namespace, names = /* @__PURE__ */ new Set());
    const id = names.has(r.name) ? `${namespace}/${r.name}[${r.kind}]` : `${namespace}/${r.name}`;
    names.add(names.has(r.name) ? `${r.name}[${r.kind}]` : r.name);
    if (spec.hostNetwork === true) {
      excluded.push({ id, kind: r.kind, reason: "hostNetwork: NetworkPolicy behaviour is undefined for host-network pods", resource: r });
      return;
    }
    const podMetadata = isObject(spec.podMetadata) ? spec.podMetadata : {};
    const labels = { ...labelsOf(podMetadata.labels), [made.label]: r.name };
    const serviceAccount = typeof spec.serviceAccountName === "string" && spec.serviceAccountName !== "" ? spec.serviceAccountName : "default";
    endpoints.push({
      ...podEndpoint(r, id, ensureNamespace(namespaces2, namespace), labels, serviceAccount, saLabels(namespace, serviceAccount)),
      ports: made.ports(typeof spec.portName === "string" && spec.portName !== "" ? spec.portName : "web")
    });
  }
}
function ensureNamespace(namespaces2, name) {
  let info = namespaces2.get(name);
  if (info === void 0) namespaces2.set(name, info = namespaceInfo(name, {}));
  return info;
}

// src/engine/plural.ts
function plural(count, word, pluralForm = `${word}s`) {
  return `${count} ${count === 1 ? word : pluralForm}`;
}
function firstOf(items, shown) {
  return items.slice(0, shown).join(", ") + (items.length > shown ? ` and ${items.length - shown} more` : "");
}
function andList(items) {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
var PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;
function formatMessage(template, data = {}) {
  const parts = templates.get(template, splitTemplate);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const [whole, name] = parts[i];
    if (name in data) {
      const v = data[name];
      out += typeof v === "string" ? v : JSON.stringify(v);
    } else out += whole;
    out += parts[i + 1];
  }
  return out;
}
function splitTemplate(template) {
  const parts = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), [m[0], m[1]]);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}
var templates = new BoundedCache(5e3);
function matchKeys(resource) {
  const keys = [resource.groupKind];
  if (resource.group === "projectcalico.org" || resource.group === "crd.projectcalico.org") keys.push(`calico/${resource.kind}`);
  return keys;
}

// src/engine/model.ts
function describeFactSource(source) {
  return `${source.what} in ${source.file}`;
}
function derived(key2, compute) {
  return (model) => model.memo(key2, compute);
}
function lastOnly(compute) {
  let last;
  let lastRest;
  let value;
  return (key2, ...rest) => {
    if (key2 !== last || rest[0] !== lastRest) {
      value = compute(key2, ...rest);
      last = key2;
      lastRest = rest[0];
    }
    return value;
  };
}
function perResource(compute) {
  return lastOnly(compute);
}
function findingsPerResource(key2, collect) {
  const all = derived(key2, (model) => {
    const byResource = /* @__PURE__ */ new Map();
    collect(model, (resource, descriptor) => {
      pushTo(byResource, resource, descriptor);
    });
    return byResource;
  });
  return (model, resource) => all(model).get(resource) ?? NO_FINDINGS;
}
var NO_FINDINGS = [];
var WORKLOAD_KINDS = ["apps/Deployment", "apps/StatefulSet", "apps/DaemonSet", "apps/ReplicaSet", "batch/Job", "batch/CronJob"];
var KIND_DEFAULT_SUBNETS = {
  ipv4: { pod: "10.244.0.0/16", service: "10.96.0.0/16" },
  ipv6: { pod: "fd00:10:244::/56", service: "fd00:10:96::/112" },
  dual: { pod: "10.244.0.0/16,fd00:10:244::/56", service: "10.96.0.0/16,fd00:10:96::/112" }
};
function buildModel(resources, config = {}) {
  const index = /* @__PURE__ */ new Map();
  const keysOfKind = /* @__PURE__ */ new Map();
  for (const r of resources) {
    let keys = keysOfKind.get(r.groupKind);
    if (!keys) keysOfKind.set(r.groupKind, keys = matchKeys(r));
    for (const key2 of keys) {
      let list = index.get(key2);
      if (!list) index.set(key2, list = []);
      list.push(r);
    }
  }
  const byKind = (...keys) => {
    if (keys.length === 1) return index.get(keys[0]) ?? [];
    const seen = /* @__PURE__ */ new Set();
    for (const k of keys) for (const r of index.get(k) ?? []) seen.add(r);
    return [...seen];
  };
  const cache = /* @__PURE__ */ new Map();
  let facts;
  const model = {
    resources,
    byKind,
    get facts() {
      return facts ??= gatherFacts(byKind, config);
    },
    memo(key2, compute) {
      const found = cache.get(key2);
      if (found !== void 0 || cache.has(key2)) return found;
      const value = compute(model);
      cache.set(key2, value);
      return value;
    }
  };
  return model;
}
var CONFIG_SOURCE = ".netlint.yaml";
function splitList(v) {
  if (Array.isArray(v)) return v.filter((x) => typeof x === "string").flatMap((s) => s.split(","));
  if (typeof v === "string") return v.split(",");
  return [];
}
function gatherFacts(byKind, config) {
  const podCIDRs = [];
  const serviceCIDRs = [];
  const add = (list, values, source) => {
    for (const cidr of splitList(values).map((s) => s.trim()).filter(Boolean)) list.push({ cidr, source });
  };
  add(podCIDRs, config.podCIDR, { file: CONFIG_SOURCE, what: "cluster.podCIDR" });
  add(serviceCIDRs, config.serviceCIDR, { file: CONFIG_SOURCE, what: "cluster.serviceCIDR" });
  const networkingFact = (r, tool, field, written2) => {
    const where = written2 ? ["networking", field] : isObject(r.value.networking) ? ["networking"] : [];
    return { file: r.file, what: `${tool} ${written2 ? `networking.${field}` : `default ${field}`}`, resource: r, path: where, ...written2 ? {} : { defaulted: true } };
  };
  for (const r of byKind("kind.x-k8s.io/Cluster")) {
    const net = asObject(r.value.networking);
    const defaults = KIND_DEFAULT_SUBNETS[typeof net.ipFamily === "string" && net.ipFamily in KIND_DEFAULT_SUBNETS ? net.ipFamily : "ipv4"];
    add(podCIDRs, net.podSubnet || defaults.pod, networkingFact(r, "kind Cluster", "podSubnet", Boolean(net.podSubnet)));
    add(serviceCIDRs, net.serviceSubnet || defaults.service, networkingFact(r, "kind Cluster", "serviceSubnet", Boolean(net.serviceSubnet)));
  }
  for (const r of byKind("kubeadm.k8s.io/ClusterConfiguration")) {
    const net = asObject(r.value.networking);
    if (net.podSubnet) add(podCIDRs, net.podSubnet, networkingFact(r, "kubeadm ClusterConfiguration", "podSubnet", true));
    add(serviceCIDRs, net.serviceSubnet ?? "10.96.0.0/12", networkingFact(r, "kubeadm ClusterConfiguration", "serviceSubnet", Boolean(net.serviceSubnet)));
  }
  for (const r of byKind("operator.tigera.io/Installation")) {
    const list = asObject(r.value.spec).serviceCIDRs;
    if (!Array.isArray(list)) continue;
    list.forEach((cidr, i) => {
      if (typeof cidr === "string" && cidr.trim() !== "") serviceCIDRs.push({ cidr: cidr.trim(), source: { file: r.file, what: `Installation ${r.name} serviceCIDRs`, resource: r, path: ["spec", "serviceCIDRs", i] } });
    });
  }
  const advertisedServiceCIDRs = [];
  for (const r of byKind("calico/BGPConfiguration")) {
    const list = asObject(r.value.spec).serviceClusterIPs;
    if (r.name !== "default" || !Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const cidr = asObject(entry).cidr;
      if (typeof cidr === "string" && cidr.trim() !== "") advertisedServiceCIDRs.push({ cidr: cidr.trim(), source: { file: r.file, what: "BGPConfiguration default serviceClusterIPs", resource: r, path: ["spec", "serviceClusterIPs", i, "cidr"] } });
    });
  }
  for (const r of byKind("Pod", ...WORKLOAD_KINDS)) {
    const ps = podSpecOf(r);
    if (!ps) continue;
    for (const listKey of ["containers", "initContainers"]) {
      const list = ps.spec[listKey];
      if (!Array.isArray(list)) continue;
      for (let ci = 0; ci < list.length; ci++) {
        const c = list[ci];
        if (!isObject(c)) continue;
        for (const field of ["command", "args"]) {
          const args = c[field];
          if (!Array.isArray(args)) continue;
          for (let ai = 0; ai < args.length; ai++) {
            const a = args[ai];
            if (typeof a !== "string" || !a.includes("--")) continue;
            const m = /^--(cluster-cidr|service-cluster-ip-range)=(.+)$/.exec(a.trim());
            if (!m) continue;
            const source = { file: r.file, what: `${r.kind} ${r.name} flag --${m[1]}`, resource: r, path: [...ps.path, listKey, ci, field, ai] };
            add(m[1] === "cluster-cidr" ? podCIDRs : serviceCIDRs, m[2], source);
          }
        }
      }
    }
  }
  const nodes = /* @__PURE__ */ new Map();
  const mergeNode = (n) => {
    const prev = nodes.get(n.name);
    if (!prev) nodes.set(n.name, n);
    else
      nodes.set(n.name, {
        ...prev,
        labels: { ...prev.labels, ...n.labels },
        annotations: { ...prev.annotations, ...n.annotations },
        addresses: [.../* @__PURE__ */ new Set([...prev.addresses, ...n.addresses])]
      });
  };
  for (const n of config.nodes ?? []) {
    mergeNode({ name: n.name, labels: n.labels ?? {}, annotations: n.annotations ?? {}, addresses: n.addresses ?? [], source: { file: CONFIG_SOURCE, what: "cluster.nodes" } });
  }
  let complete = (config.nodes ?? []).length > 0;
  for (const r of byKind("kind.x-k8s.io/Cluster")) {
    const cluster = typeof r.value.name === "string" && r.value.name !== "" ? r.value.name : "kind";
    const nodes2 = Array.isArray(r.value.nodes) && r.value.nodes.length > 0 ? r.value.nodes.map(asObject) : [{ role: "control-plane" }];
    const seen = {};
    nodes2.forEach((n, i) => {
      const role = n.role === "worker" ? "worker" : "control-plane";
      seen[role] = (seen[role] ?? 0) + 1;
      const name = `${cluster}-${role}${seen[role] > 1 ? seen[role] : ""}`;
      const kubelet = { "kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "beta.kubernetes.io/os": "linux" };
      const kubeadm = role === "control-plane" ? { "node-role.kubernetes.io/control-plane": "", "node.kubernetes.io/exclude-from-external-load-balancers": "" } : {};
      const kubeadmKind = i === nodes2.findIndex((x) => x.role !== "worker") ? "InitConfiguration" : "JoinConfiguration";
      const patched = kubeletNodeLabels([...asArray(r.value.kubeadmConfigPatches), ...asArray(n.kubeadmConfigPatches)], kubeadmKind);
      mergeNode({ name, labels: { ...kubelet, ...kubeadm, ...patched, ...stringMap(n.labels) }, annotations: {}, addresses: [], source: { file: r.file, what: `kind Cluster nodes[${i}]`, resource: r } });
    });
    complete = true;
  }
  for (const r of byKind("Node")) {
    complete = true;
    const md = asObject(r.value.metadata);
    const addresses = (Array.isArray(asObject(r.value.status).addresses) ? asObject(r.value.status).addresses : []).map((a) => asObject(a).address).filter((a) => typeof a === "string");
    mergeNode({ name: r.name, labels: stringMap(md.labels), annotations: stringMap(md.annotations), addresses, source: { file: r.file, what: "Node", resource: r } });
  }
  for (const r of byKind("calico/Node")) {
    const md = asObject(r.value.metadata);
    const bgp = asObject(asObject(r.value.spec).bgp);
    const addresses = [bgp.ipv4Address, bgp.ipv6Address].filter((a) => typeof a === "string").map((a) => a.split("/")[0]);
    mergeNode({ name: r.name, labels: scalarStringMap(md.labels), annotations: stringMap(md.annotations), addresses, source: { file: r.file, what: "Calico Node", resource: r } });
  }
  const nodeList = [...nodes.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const nodesKnown = complete && nodeList.length > 0;
  return {
    podCIDRs,
    serviceCIDRs,
    advertisedServiceCIDRs,
    nodes: nodeList,
    nodesKnown,
    nodeCount: config.nodeCount ?? (nodesKnown ? nodeList.length : null),
    physicalMTU: config.physicalMTU ?? null,
    nodeSubnets: config.nodeSubnets ?? [],
    calicoVersion: config.calicoVersion ?? null,
    kubernetesVersion: config.kubernetesVersion ?? null
  };
}
var podSpecOf = perResource(computePodSpec);
var POD_SPEC_PATH = Object.freeze(["spec"]);
var TEMPLATE_SPEC_PATH = Object.freeze(["spec", "template", "spec"]);
var CRONJOB_SPEC_PATH = Object.freeze(["spec", "jobTemplate", "spec", "template", "spec"]);
function computePodSpec(r) {
  const spec = asObject(r.value.spec);
  switch (r.kind) {
    case "Pod":
      return { spec, path: POD_SPEC_PATH };
    case "CronJob": {
      const t = asObject(asObject(asObject(spec.jobTemplate).spec).template);
      return { spec: asObject(t.spec), path: CRONJOB_SPEC_PATH };
    }
    case "Deployment":
    case "StatefulSet":
    case "DaemonSet":
    case "ReplicaSet":
    case "Job":
    case "ReplicationController":
      return { spec: asObject(asObject(spec.template).spec), path: TEMPLATE_SPEC_PATH };
    default:
      return null;
  }
}
function kubeletNodeLabels(patches, kubeadmKind) {
  const out = {};
  for (const patch of patches) {
    if (typeof patch !== "string") continue;
    for (const doc of parseYamlStream(patch).documents) {
      const v = asObject(doc.value);
      if (v.kind !== kubeadmKind) continue;
      const args = asObject(v.nodeRegistration).kubeletExtraArgs;
      const labels = Array.isArray(args) ? asArray(args).map(asObject).find((a) => a.name === "node-labels")?.value : asObject(args)["node-labels"];
      if (typeof labels !== "string") continue;
      for (const pair of labels.split(",")) {
        const eq = pair.indexOf("=");
        if (eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
      }
    }
  }
  return out;
}
function objectLabel(r) {
  return `${r.kind} ${r.namespace === null ? "" : `${r.namespace}/`}${r.name}`;
}
function sameObject(a, b) {
  return a === b || a.groupKind === b.groupKind && a.name === b.name && (a.namespace === b.namespace || a.namespace === null || b.namespace === null);
}
function severalPodsOf(r, facts) {
  const spec = asObject(r.value.spec);
  if ((r.kind === "Deployment" || r.kind === "ReplicaSet" || r.kind === "StatefulSet") && typeof spec.replicas === "number" && spec.replicas > 1) return `${spec.replicas} replicas`;
  if (r.kind === "Job" && typeof spec.parallelism === "number" && spec.parallelism > 1) return `${spec.parallelism} pods in parallel`;
  if (r.kind === "DaemonSet") {
    const nodes = facts.nodeCount;
    if (nodes === null) return "one pod per node";
    if (nodes > 1) return `one pod on each of ${nodes} nodes`;
  }
  return null;
}
function rollingSurgeOf(r) {
  if (r.kind !== "Deployment") return null;
  const spec = asObject(r.value.spec);
  if (spec.replicas !== void 0 && spec.replicas !== 1) return null;
  const strategy = asObject(spec.strategy);
  if (strategy.type !== void 0 && strategy.type !== "RollingUpdate") return null;
  const surge = asObject(strategy.rollingUpdate).maxSurge ?? "25%";
  if (surge === 0 || typeof surge === "string" && /^0+%?$/.test(surge)) return null;
  return `maxSurge ${String(surge)}${asObject(strategy.rollingUpdate).maxSurge === void 0 ? " (the default)" : ""}`;
}
var podMetadataOf = perResource(computePodMetadata);
var POD_META_PATH = Object.freeze(["metadata"]);
var TEMPLATE_META_PATH = Object.freeze(["spec", "template", "metadata"]);
var CRONJOB_META_PATH = Object.freeze(["spec", "jobTemplate", "spec", "template", "metadata"]);
function computePodMetadata(r) {
  const ps = podSpecOf(r);
  if (!ps) return null;
  if (ps.path === POD_SPEC_PATH) return { metadata: asObject(r.value.metadata), path: POD_META_PATH };
  const spec = asObject(r.value.spec);
  if (ps.path === CRONJOB_SPEC_PATH) {
    const template = asObject(asObject(asObject(spec.jobTemplate).spec).template);
    return { metadata: asObject(template.metadata), path: CRONJOB_META_PATH };
  }
  return { metadata: asObject(asObject(spec.template).metadata), path: TEMPLATE_META_PATH };
}

// src/engine/netpol/unevaluated.ts
var UNEVALUATED_KINDS = /* @__PURE__ */ new Map([
  ["cilium.io/CiliumNetworkPolicy", { enforcer: "Cilium", clusterWide: false }],
  ["cilium.io/CiliumClusterwideNetworkPolicy", { enforcer: "Cilium", clusterWide: true }],
  ["crd.antrea.io/NetworkPolicy", { enforcer: "Antrea", clusterWide: false }],
  ["crd.antrea.io/ClusterNetworkPolicy", { enforcer: "Antrea", clusterWide: true }],
  ["networking.gke.io/FQDNNetworkPolicy", { enforcer: "GKE", clusterWide: false }]
]);
function unevaluatedPoliciesOf(resources) {
  const out = [];
  for (const resource of resources) {
    const kind = UNEVALUATED_KINDS.get(resource.groupKind);
    if (kind !== void 0) out.push({ resource, ...kind });
  }
  return out;
}
var unevaluatedPolicies = derived("netpol/unevaluated-policies", (m) => unevaluatedPoliciesOf(m.resources));
function unevaluatedFor(model, namespaces2) {
  const all = unevaluatedPolicies(model);
  if (all.length === 0) return all;
  const wanted = new Set(namespaces2);
  return all.filter((p) => p.clusterWide || wanted.has(p.resource.namespace ?? DEFAULT_NAMESPACE));
}
function describeUnevaluated(policies) {
  const more = policies.length > 1 ? ` and ${policies.length - 1} more` : "";
  return `${objectLabel(policies[0].resource)}${more}`;
}
function unevaluatedCaveat(model, namespaces2, effect) {
  const policies = unevaluatedFor(model, namespaces2);
  if (policies.length === 0) return null;
  const enforcers = [...new Set(policies.map((p) => p.enforcer))].join(" and ");
  return { caveat: `netlint does not evaluate ${enforcers} policy, and ${describeUnevaluated(policies)} may ${effect}`, severity: "info" };
}

// src/engine/netpol/match.ts
function labelMatchKeys(m) {
  if (m.k === "calico") return m.keys;
  if (m.k === "k8s") return [...Object.keys(m.selector.matchLabels ?? {}), ...(m.selector.matchExpressions ?? []).map((e) => e.key)];
  return [];
}
function readLabelKeys(atoms) {
  const out = /* @__PURE__ */ new Set();
  for (const a of atoms) if (a.k === "pods") for (const k of labelMatchKeys(a.pods)) out.add(k);
  return out;
}
function matchLabels(m, labels, calicoLabels) {
  switch (m.k) {
    case "any":
      return true;
    case "k8s":
      return matchesLabelSelector(m.selector, labels);
    case "calico":
      return m.test(calicoLabels);
  }
}
function matchNamespace(m, ns) {
  if (!ns) return false;
  switch (m.k) {
    case "any":
      return true;
    case "is":
      return ns.name === m.name;
    case "labels":
      return matchLabels(m.match, ns.labels, ns.calicoLabels);
    case "global":
      return false;
  }
}
function matchSet(atom, set, namespaces2) {
  const ns = atom.ns;
  const inScope = set.namespace === null ? coversGlobalSets(ns) : ns.k !== "global" && matchNamespace(ns, namespaces2.get(set.namespace));
  if (!inScope) return false;
  if (atom.k === "pods") return atom.pods.k === "calico" && atom.pods.test(set.labels);
  if (atom.names !== null && !atom.names.includes(set.labels[CALICO_SERVICE_ACCOUNT_LABEL])) return false;
  return atom.selector.k !== "calico" || atom.selector.test(profileView(SERVICE_ACCOUNT_PROFILE_PREFIX, set.labels));
}
var NO_LABELS = {};
function coversGlobalSets(ns) {
  return ns.k === "any" || ns.k === "global" || ns.k === "labels" && ns.match.k === "calico" && ns.match.test(NO_LABELS);
}
var ASSUMED_POD_RANGES = knownCidrs(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"]);
function overlapsPodSpace(cidr, ranges) {
  return (ranges.length > 0 ? ranges : ASSUMED_POD_RANGES).some((r) => overlaps(cidr, r));
}
function blockContains(atom, party) {
  if (party.type === "external") {
    return contains(atom.cidr, party.cidr) && !atom.except.some((x) => contains(x, party.cidr));
  }
  if (party.ips.length === 0) {
    if (party.ranges !== void 0) return party.ranges.some((r) => contains(atom.cidr, r) && !atom.except.some((x) => overlaps(x, r)));
    return ASSUMED_POD_RANGES.every((r) => contains(atom.cidr, r) && !atom.except.some((x) => overlaps(x, r)));
  }
  return party.ips.some((ip) => containsIp(atom.cidr, ip) && !atom.except.some((x) => containsIp(x, ip)));
}
function blockGuessed(atom, party) {
  if (party.type === "external" || party.ips.length > 0) return false;
  const inside = (r) => contains(atom.cidr, r) && !atom.except.some((x) => overlaps(x, r));
  const outside = (r) => !overlaps(atom.cidr, r) || atom.except.some((x) => contains(x, contains(atom.cidr, r) ? r : atom.cidr));
  if (party.ranges !== void 0) return !party.ranges.some(inside) && !party.ranges.every(outside);
  return !ASSUMED_POD_RANGES.every(inside) && !ASSUMED_POD_RANGES.every(outside);
}
function matchAtom(atom, party, namespaces2) {
  if (atom.k === "block") return blockContains(atom, party);
  if (party.type !== "workload") return (party.sets ?? []).some((s) => matchSet(atom, s, namespaces2));
  if (!matchNamespace(atom.ns, namespaces2.get(party.namespace))) return false;
  if (atom.k === "pods") return matchLabels(atom.pods, party.labels, party.calicoLabels);
  if (atom.names !== null && !atom.names.includes(party.serviceAccount)) return false;
  return matchLabels(atom.selector, party.serviceAccountLabels, party.serviceAccountLabels);
}
function evalCond(cond, atomValue) {
  switch (cond.k) {
    case "all":
      return true;
    case "none":
      return false;
    case "and":
      return cond.cs.every((c) => evalCond(c, atomValue));
    case "or":
      return cond.cs.some((c) => evalCond(c, atomValue));
    case "not":
      return !evalCond(cond.c, atomValue);
    default:
      return atomValue(cond);
  }
}
function evalKleene(cond, atomValue) {
  switch (cond.k) {
    case "all":
      return true;
    case "none":
      return false;
    case "and":
    case "or": {
      const decisive = cond.k === "or";
      let unknown = false;
      for (const c of cond.cs) {
        const v = evalKleene(c, atomValue);
        if (v === decisive) return decisive;
        if (v === null) unknown = true;
      }
      return unknown ? null : !decisive;
    }
    case "not": {
      const v = evalKleene(cond.c, atomValue);
      return v === null ? null : !v;
    }
    default:
      return atomValue(cond);
  }
}
function matchCond(cond, party, namespaces2) {
  return evalCond(cond, (atom) => matchAtom(atom, party, namespaces2));
}
function entryMatches(e, cell, dstPorts) {
  if (e.protocol !== void 0 && e.protocol !== cell.protocol) return false;
  if (e.name !== void 0) {
    return dstPorts.some((p) => p.name === e.name && p.port === cell.port && p.protocol === cell.protocol);
  }
  if (e.from === void 0) return true;
  if (cell.protocol === "ICMP") return false;
  return cell.port >= e.from && cell.port <= (e.to ?? e.from);
}
function matchesEcho(m, echo) {
  return (m.type === void 0 || m.type === echo.type) && (m.code === void 0 || m.code === echo.code);
}
function portMatches(pm, cell, dstPorts) {
  if (pm.protocols !== null && !pm.protocols.includes(cell.protocol)) return false;
  if (pm.notProtocols.includes(cell.protocol)) return false;
  if (cell.protocol === "ICMP") {
    const echo = pm.echo ?? ICMP_ECHO;
    if (pm.icmp !== void 0 && !matchesEcho(pm.icmp, echo)) return false;
    if (pm.notIcmp !== void 0 && matchesEcho(pm.notIcmp, echo)) return false;
  }
  if (pm.include !== null && !pm.include.some((e) => entryMatches(e, cell, dstPorts))) return false;
  return !pm.exclude.some((e) => entryMatches(e, cell, dstPorts));
}
var ANY_PORT = { include: null, exclude: [], protocols: null, notProtocols: [] };
function condKey(cond) {
  switch (cond.k) {
    case "all":
      return "*";
    case "none":
      return "0";
    case "and":
      return `&(${cond.cs.map(condKey).join(",")})`;
    case "or":
      return `|(${cond.cs.map(condKey).join(",")})`;
    case "not":
      return `!(${condKey(cond.c)})`;
    default:
      return `a${cond.id}`;
  }
}
function blockAtomsOnly(cond) {
  if (cond.k === "block") return [cond];
  if (cond.k !== "or") return null;
  const out = [];
  for (const c of cond.cs) {
    const part = blockAtomsOnly(c);
    if (part === null) return null;
    out.push(...part);
  }
  return out;
}
function atomsOf(cond, out = []) {
  switch (cond.k) {
    case "all":
    case "none":
      return out;
    case "and":
    case "or":
      for (const c of cond.cs) atomsOf(c, out);
      return out;
    case "not":
      return atomsOf(cond.c, out);
    default:
      out.push(cond);
      return out;
  }
}

// src/engine/netpol/atoms.ts
function labelsKey(labels) {
  let key2 = "";
  for (const k in labels) key2 += `L${k.length}:${k}${labels[k].length}:${labels[k]}`;
  return key2;
}
function labelMatchKey(m) {
  if (m.k === "any") return "*";
  if (m.k === "calico") return `calico:${m.text}`;
  let key2 = "k8s:";
  const labels = m.selector.matchLabels;
  if (labels) key2 += labelsKey(labels);
  const exprs = m.selector.matchExpressions;
  if (exprs) {
    for (const e of exprs) {
      key2 += `E${e.key.length}:${e.key}${e.operator.length}:${e.operator}`;
      if (e.values === void 0) key2 += "-";
      else for (const v of e.values) key2 += `V${v.length}:${v}`;
      key2 += ";";
    }
  }
  return key2;
}
function nsKey(m) {
  return m.k === "any" ? "*" : m.k === "global" ? "global()" : m.k === "is" ? `is:${m.name}` : `labels:${labelMatchKey(m.match)}`;
}
var AtomTable = class {
  atoms = [];
  byKey = /* @__PURE__ */ new Map();
  /** How many atoms the table holds: a mark to {@link rollback} to. */
  get size() {
    return this.atoms.length;
  }
  /** Forgets the atoms interned since `mark` (a policy left out after it was read). */
  rollback(mark) {
    for (const [key2, atom] of this.byKey) if (atom.id >= mark) this.byKey.delete(key2);
    this.atoms.length = mark;
  }
  intern(key2, make) {
    const found = this.byKey.get(key2);
    if (found) return found;
    const atom = make(this.atoms.length);
    this.atoms.push(atom);
    this.byKey.set(key2, atom);
    return atom;
  }
  pods(ns, pods) {
    return this.intern(`pods|${nsKey(ns)}|${labelMatchKey(pods)}`, (id) => ({ k: "pods", id, ns, pods }));
  }
  /**
   * `pods` for Kubernetes selectors as written (`podSelector`, `namespaceSelector`; null for no
   * namespace selector, i.e. the policy's namespace `ownNamespace`). Policies repeat the same
   * selectors: a repeated one is found by its key without building the selector objects.
   */
  kubernetesPods(namespaceSelector, ownNamespace, podSelector) {
    const podKey = rawSelectorKey(podSelector);
    const nsPart = namespaceSelector === null ? `is:${ownNamespace}` : rawSelectorKey(namespaceSelector);
    if (podKey !== null && nsPart !== null) {
      const found = this.byKey.get(`pods|${nsPart === "*" || nsPart.startsWith("is:") ? nsPart : `labels:${nsPart}`}|${podKey}`);
      if (found) return found;
    }
    const nsMatch = namespaceSelector === null ? { k: "is", name: ownNamespace } : anyOrLabels(k8sLabelMatch(namespaceSelector));
    return this.pods(nsMatch, k8sLabelMatch(podSelector));
  }
  serviceAccount(ns, names, selector) {
    return this.intern(`sa|${nsKey(ns)}|${JSON.stringify(names)}|${labelMatchKey(selector)}`, (id) => ({ k: "serviceAccount", id, ns, names, selector }));
  }
  block(cidr, except) {
    return this.intern(`block|${cidr.text}|${except.map((c) => c.text).join(",")}`, (id) => ({ k: "block", id, cidr, except }));
  }
};
function and(cs) {
  const kept = cs.filter((c) => c.k !== "all");
  if (kept.some((c) => c.k === "none")) return { k: "none" };
  if (kept.length === 0) return { k: "all" };
  return kept.length === 1 ? kept[0] : { k: "and", cs: kept };
}
function or(cs) {
  const kept = cs.filter((c) => c.k !== "none");
  if (kept.some((c) => c.k === "all")) return { k: "all" };
  if (kept.length === 0) return { k: "none" };
  return kept.length === 1 ? kept[0] : { k: "or", cs: kept };
}
function not(c) {
  if (c.k === "all") return { k: "none" };
  if (c.k === "none") return { k: "all" };
  return { k: "not", c };
}
function labelSelector(v) {
  const rec = asRecord(v) ?? {};
  const sel = {};
  if (rec.matchLabels !== void 0) sel.matchLabels = labelsOf(rec.matchLabels);
  if (rec.matchExpressions !== void 0) {
    sel.matchExpressions = asArray(rec.matchExpressions).map((e) => {
      const er = asRecord(e) ?? {};
      return {
        key: String(er.key ?? ""),
        operator: String(er.operator ?? ""),
        // A null item decodes as "" in Go's []string.
        values: asArray(er.values).map((x) => x === null ? "" : String(x))
      };
    });
  }
  return sel;
}
function anyOrLabels(match) {
  return match.k === "any" ? { k: "any" } : { k: "labels", match };
}
function rawSelectorKey(raw) {
  if (raw === void 0 || raw === null) return "*";
  if (typeof raw !== "object" || Array.isArray(raw)) return null;
  const sel = raw;
  if (sel.matchExpressions !== void 0) return null;
  const labels = sel.matchLabels;
  if (labels === void 0) return "*";
  if (labels === null || typeof labels !== "object" || Array.isArray(labels)) return null;
  for (const k in labels) {
    if (k === "__proto__" || !Object.prototype.hasOwnProperty.call(labels, k) || typeof labels[k] !== "string") return null;
  }
  const key2 = labelsKey(labels);
  return key2 === "" ? "*" : `k8s:${key2}`;
}
function k8sLabelMatch(v) {
  const selector = labelSelector(v);
  const empty = Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
  return empty ? { k: "any" } : { k: "k8s", selector };
}

// src/engine/netpol/kubernetes.ts
function isKubernetesNetworkPolicy(r) {
  return r.groupKind === "networking.k8s.io/NetworkPolicy" || r.groupKind === "extensions/NetworkPolicy";
}
function cidrAt(text, r, path, problems, parse = parseCidr, rejected = false) {
  const parsed2 = typeof text === "string" ? parse(text) : { ok: false, error: "not a string" };
  if (!parsed2.ok) {
    const message = `invalid CIDR ${JSON.stringify(text)}: ${parsed2.error}`;
    problems.push(rejected ? refusal(message, r, path) : { message: `${message}; the peer matches nothing`, resource: r, path });
    return null;
  }
  return network(parsed2.cidr);
}
function refusal(message, r, path) {
  return { message: `${message}; the API rejects the policy`, resource: r, path, rejected: true };
}
var SELECTOR_OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist"];
function checkSelector(selector, r, path, problems) {
  asArray(getIn(selector, ["matchExpressions"])).forEach((e, i) => {
    const operator = getIn(e, ["operator"]);
    if (!SELECTOR_OPERATORS.includes(operator)) {
      problems.push(refusal(`matchExpressions operator ${JSON.stringify(operator ?? null)} is not In, NotIn, Exists or DoesNotExist`, r, [...path, "matchExpressions", i, "operator"]));
    }
  });
}
function peerCond(peer, ns, atoms, r, path, problems) {
  const p = asRecord(peer) ?? {};
  const hasPods = p.podSelector !== void 0 && p.podSelector !== null;
  const hasNs = p.namespaceSelector !== void 0 && p.namespaceSelector !== null;
  if (p.ipBlock !== void 0 && p.ipBlock !== null) {
    if (hasPods || hasNs) problems.push(refusal("peer sets ipBlock together with a podSelector or namespaceSelector", r, [...path(), "ipBlock"]));
    const cidr = cidrAt(getIn(p, ["ipBlock", "cidr"]), r, [...path(), "ipBlock", "cidr"], problems, parseLegacyCidr, true);
    if (cidr === null) return { k: "none" };
    const except = [];
    asArray(getIn(p, ["ipBlock", "except"])).forEach((x, i) => {
      const at = [...path(), "ipBlock", "except", i];
      const c = cidrAt(x, r, at, problems, parseLegacyCidr, true);
      if (c === null) return;
      if (c.family !== cidr.family || !contains(cidr, c) || c.prefix <= cidr.prefix) problems.push(refusal(`except entry ${String(x)} is not a strict subset of the cidr ${String(getIn(p, ["ipBlock", "cidr"]))}`, r, at));
      except.push(c);
    });
    return atoms.block(cidr, except);
  }
  if (!hasPods && !hasNs) {
    problems.push(refusal("peer sets none of podSelector, namespaceSelector, ipBlock", r, path()));
    return { k: "none" };
  }
  if (hasNs) checkSelector(p.namespaceSelector, r, [...path(), "namespaceSelector"], problems);
  if (hasPods) checkSelector(p.podSelector, r, [...path(), "podSelector"], problems);
  return atoms.kubernetesPods(hasNs ? p.namespaceSelector : null, ns, hasPods ? p.podSelector : void 0);
}
function portMatch(ports, r, path, problems) {
  const list = asArray(ports);
  if (list.length === 0) return ANY_PORT;
  const include = [];
  list.forEach((entry, i) => {
    const e = asRecord(entry) ?? {};
    const protocol = e.protocol ?? "TCP";
    const refused = (message, at) => problems.push(refusal(message, r, [...path(), i, at]));
    if (!PROTOCOLS.includes(protocol)) {
      refused(`protocol ${String(e.protocol)} is not TCP, UDP or SCTP`, "protocol");
      return;
    }
    const port = e.port;
    if (port === void 0 || port === null) include.push({ protocol });
    else if (typeof port === "number") {
      const end = typeof e.endPort === "number" ? e.endPort : port;
      if (!Number.isInteger(port) || port < 1 || port > 65535) refused(`port ${port} is not 1-65535`, "port");
      else if (typeof e.endPort === "number" && (e.endPort < port || e.endPort > 65535)) refused(`endPort ${e.endPort} is not from port ${port} to 65535`, "endPort");
      include.push({ protocol, from: port, to: end });
    } else {
      const name = String(port);
      if (/^\d+$/.test(name)) refused(`port "${name}" is a number written as text, which the API reads as a port name and refuses (write ${name} without quotes); here it names no port`, "port");
      if (e.endPort !== void 0 && e.endPort !== null) refused(`endPort goes only with a numeric port, not the port name "${name}"`, "endPort");
      include.push({ protocol, name });
    }
  });
  return { include, exclude: [], protocols: null, notProtocols: [] };
}
function rules(spec, dir, ns, atoms, r, problems) {
  const peerKey = dir === "ingress" ? "from" : "to";
  return asArray(spec[dir]).map((raw, index) => {
    const path = ["spec", dir, index];
    const peers = asArray(getIn(raw, [peerKey]));
    const peer = peers.length === 0 ? { k: "all" } : or(peers.map((p, i) => peerCond(p, ns, atoms, r, () => [...path, peerKey, i], problems)));
    return { action: "Allow", index, path, peer, local: { k: "all" }, ports: portMatch(getIn(raw, ["ports"]), r, () => [...path, "ports"], problems) };
  });
}
function kubernetesPolicyTypes(spec) {
  if (Array.isArray(spec.policyTypes) && spec.policyTypes.length > 0) {
    const types = [];
    if (spec.policyTypes.includes("Ingress")) types.push("ingress");
    if (spec.policyTypes.includes("Egress")) types.push("egress");
    return types;
  }
  return asArray(spec.egress).length > 0 ? ["ingress", "egress"] : ["ingress"];
}
function kubernetesPolicy(r, atoms, problems) {
  const ns = namespaceOf(r);
  const spec = asRecord(r.value.spec) ?? {};
  const types = kubernetesPolicyTypes(spec);
  asArray(spec.policyTypes).forEach((t, i) => {
    if (t !== "Ingress" && t !== "Egress") problems.push(refusal(`policyTypes entry ${JSON.stringify(t)} is not Ingress or Egress`, r, ["spec", "policyTypes", i]));
  });
  checkSelector(spec.podSelector, r, ["spec", "podSelector"], problems);
  return {
    id: `NetworkPolicy ${ns}/${r.name}`,
    kind: "NetworkPolicy",
    source: "kubernetes",
    namespace: ns,
    name: r.name,
    tier: DEFAULT_TIER,
    order: KUBERNETES_POLICY_ORDER,
    subject: atoms.kubernetesPods(null, ns, spec.podSelector),
    ingress: types.includes("ingress") ? rules(spec, "ingress", ns, atoms, r, problems) : null,
    egress: types.includes("egress") ? rules(spec, "egress", ns, atoms, r, problems) : null,
    resource: r
  };
}

// src/engine/selector/calico.ts
var CALICO_SELECTOR_MAX_NESTING = 512;
function isBlankCalicoSelector(text) {
  return trimCalicoWhitespace(text) === "";
}
function trimCalicoWhitespace(text) {
  return text.replace(/^[ \t]+|[ \t]+$/g, "");
}
var CALICO_LABEL_MAX_LENGTH = 512;
function isLabelChar(ch) {
  if (ch === void 0 || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 45 && c <= 57 || c === 95;
}
function isSpace(ch) {
  return ch === " " || ch === "	";
}
var WORD_OPERATORS = [
  { kind: "contains", words: ["contains"] },
  { kind: "starts with", words: ["starts", "with"] },
  { kind: "ends with", words: ["ends", "with"] },
  { kind: "not in", words: ["not", "in"] },
  { kind: "in", words: ["in"] }
];
var Tokenizer = class {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  /** Tokens up to and including the first `eof` or `error` token. */
  tokenize() {
    const tokens = [];
    for (; ; ) {
      const previous = tokens[tokens.length - 1];
      const token = this.next(previous?.kind === "label");
      tokens.push(token);
      if (token.kind === "eof" || token.kind === "error") return tokens;
    }
  }
  skipSpaces() {
    while (isSpace(this.text[this.pos])) this.pos++;
  }
  token(kind, start, value = "") {
    return { kind, value, start, end: this.pos };
  }
  error(message, start, end = this.pos) {
    return { kind: "error", value: message, start, end };
  }
  next(afterLabel) {
    this.skipSpaces();
    const { text } = this;
    const start = this.pos;
    if (start >= text.length) return this.token("eof", start);
    if (afterLabel) {
      const operator = this.wordOperator();
      if (operator) return operator;
    }
    const ch = text[start];
    const two = text.slice(start, start + 2);
    if (ch === '"' || ch === "'") return this.stringLiteral(ch);
    if ("(){},".includes(ch)) {
      this.pos++;
      return this.token(ch, start);
    }
    for (const op of ["==", "!=", "&&", "||"]) {
      if (two === op) {
        this.pos += 2;
        return this.token(op, start);
      }
    }
    if (ch === "!") {
      this.pos++;
      return this.token("!", start);
    }
    const lone = { "=": "==", "&": "&&", "|": "||" };
    if (ch in lone) {
      this.pos++;
      return this.error(`"${ch}" is not an operator; did you mean "${lone[ch]}"?`, start);
    }
    for (const name of ["has", "all", "global"]) {
      if (text.startsWith(`${name}(`, start)) return this.functionCall(name);
    }
    if (isLabelChar(ch)) return this.label();
    const codePoint = text.codePointAt(start) ?? 0;
    this.pos += codePoint > 65535 ? 2 : 1;
    if (ch === "\n" || ch === "\r") {
      return this.error("line breaks are not allowed in a selector (only spaces and tabs separate tokens)", start);
    }
    return this.error(`unexpected character ${JSON.stringify(String.fromCodePoint(codePoint))}`, start);
  }
  /** Reads a run of label characters; an empty run yields ''. */
  labelChars() {
    const start = this.pos;
    while (isLabelChar(this.text[this.pos])) this.pos++;
    return this.text.slice(start, this.pos);
  }
  label() {
    const start = this.pos;
    const name = this.labelChars();
    if (name.length > CALICO_LABEL_MAX_LENGTH) {
      return this.error(`label is ${name.length} characters long; the limit is ${CALICO_LABEL_MAX_LENGTH}`, start);
    }
    return this.token("label", start, name);
  }
  stringLiteral(quote2) {
    const start = this.pos;
    const close = this.text.indexOf(quote2, start + 1);
    if (close < 0) {
      this.pos = this.text.length;
      return this.error(`unterminated string: no closing ${quote2}`, start);
    }
    this.pos = close + 1;
    return this.token("string", start, this.text.slice(start + 1, close));
  }
  /** `has(label)`, `all()` or `global()`; the "(" is glued to the name, spaces inside are allowed. */
  functionCall(name) {
    const start = this.pos;
    this.pos += name.length + 1;
    this.skipSpaces();
    let argument = "";
    if (name === "has") {
      const labelStart = this.pos;
      argument = this.labelChars();
      if (argument === "") {
        const closed = this.text[this.pos] === ")";
        if (closed) this.pos++;
        return closed ? this.error("has() needs a label name, e.g. has(app)", start) : this.error("has( must be followed by a label name", this.pos, Math.min(this.pos + 1, this.text.length));
      }
      if (argument.length > CALICO_LABEL_MAX_LENGTH) {
        return this.error(
          `label is ${argument.length} characters long; the limit is ${CALICO_LABEL_MAX_LENGTH}`,
          labelStart
        );
      }
      this.skipSpaces();
    }
    if (this.text[this.pos] !== ")") {
      const at = this.pos;
      return this.error(`expected ")" to close ${name}(`, at, Math.min(at + 1, this.text.length));
    }
    this.pos++;
    return this.token(name, start, argument);
  }
  /** Tries `contains`, `starts with`, `ends with`, `not in`, `in` at the current position. */
  wordOperator() {
    const start = this.pos;
    for (const { kind, words } of WORD_OPERATORS) {
      let at = start;
      const matched = words.every((word, i) => {
        if (i > 0) while (isSpace(this.text[at])) at++;
        if (!this.text.startsWith(word, at)) return false;
        at += word.length;
        return true;
      });
      if (matched && !isLabelChar(this.text[at])) {
        this.pos = at;
        return this.token(kind, start);
      }
    }
    return null;
  }
};
var COMPARE_OPS = ["==", "!=", "contains", "starts with", "ends with"];
var SET_OPS = ["in", "not in"];
var TERM_HINT = 'a term (label comparison, has(\u2026), all(), global(), "!" or "(")';
function describe(token) {
  switch (token.kind) {
    case "label":
      return `label "${token.value}"`;
    case "string":
      return `string ${JSON.stringify(token.value)}`;
    case "has":
      return `has(${token.value})`;
    case "all":
    case "global":
      return `${token.kind}()`;
    case "eof":
      return "end of selector";
    default:
      return `"${token.kind}"`;
  }
}
function combine(kind, operands) {
  if (operands.length === 1) return operands[0];
  const flat = operands.flatMap((op) => op.kind === kind ? op.operands : [op]);
  return { kind, operands: flat };
}
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  index = 0;
  nesting = 0;
  error = null;
  parseSelector() {
    if (this.peek().kind === "eof") return { kind: "all" };
    const selector = this.parseOr();
    const rest = this.peek();
    if (rest.kind !== "eof") this.fail(rest, this.trailingMessage(rest));
    return selector;
  }
  peek() {
    return this.tokens[this.index];
  }
  advance() {
    const token = this.tokens[this.index];
    if (token.kind !== "eof" && token.kind !== "error") this.index++;
    return token;
  }
  /** Fails at `token` (the first failure counts); a lexical error token always reports its own, more precise message. */
  fail(token, message) {
    if (this.error === null) this.error = { message: token.kind === "error" ? token.value : message, start: token.start, end: token.end };
    this.index = this.tokens.length - 1;
    return FAILED;
  }
  trailingMessage(token) {
    const previous = this.tokens[this.index - 1];
    if (token.kind === "label" && ["and", "or", "AND", "OR"].includes(token.value)) {
      return `unexpected label "${token.value}" at end of term; combine terms with "${token.value.toLowerCase() === "and" ? "&&" : "||"}"`;
    }
    if (previous?.kind === "string" && previous.value.endsWith("\\")) {
      return `unexpected ${describe(token)}: strings have no escape sequences, so the string ended at the quote after "\\"; use the other quote style to include a quote`;
    }
    return `unexpected ${describe(token)} at end of selector (expected "&&", "||" or the end)`;
  }
  parseOr() {
    return this.parseChain("or");
  }
  /** `operand (sep operand)*`: "||" joins conjunctions, "&&" joins unary terms. */
  parseChain(kind) {
    const separator = kind === "or" ? "||" : "&&";
    const parseOperand = () => kind === "or" ? this.parseChain("and") : this.parseUnary();
    const operands = [parseOperand()];
    while (this.peek().kind === separator) {
      this.advance();
      operands.push(parseOperand());
    }
    return combine(kind, operands);
  }
  /** Any number of "!": only the parity matters. */
  parseUnary() {
    let negations = 0;
    while (this.peek().kind === "!") {
      this.advance();
      negations++;
    }
    const operand = this.parsePrimary();
    return negations % 2 === 1 ? { kind: "not", operand } : operand;
  }
  parsePrimary() {
    const token = this.advance();
    switch (token.kind) {
      case "(": {
        if (++this.nesting > CALICO_SELECTOR_MAX_NESTING) return this.fail(token, `parentheses nested deeper than ${CALICO_SELECTOR_MAX_NESTING} levels`);
        const inner = this.parseOr();
        this.nesting--;
        const close = this.peek();
        if (close.kind !== ")") return this.fail(close, `expected ")" to close the "(" at character ${token.start + 1}, found ${describe(close)}`);
        this.advance();
        return inner;
      }
      case "has":
        return { kind: "has", label: token.value };
      case "all":
        return { kind: "all" };
      case "global":
        return { kind: "global" };
      case "label":
        return this.parseLabelTerm(token);
      case "string":
        return this.fail(token, `expected ${TERM_HINT}, found ${describe(token)}; the label goes on the left: key == "value"`);
      default:
        return this.fail(token, `expected ${TERM_HINT}, found ${describe(token)}`);
    }
  }
  parseLabelTerm(label) {
    const operator = this.advance();
    if (COMPARE_OPS.includes(operator.kind)) {
      const literal = this.advance();
      if (literal.kind !== "string") {
        const hint = literal.kind === "label" ? ` (values must be quoted, e.g. "${literal.value}")` : "";
        return this.fail(literal, `expected a quoted string after "${operator.kind}", found ${describe(literal)}${hint}`);
      }
      return { kind: "compare", label: label.value, op: operator.kind, value: literal.value };
    }
    if (SET_OPS.includes(operator.kind)) {
      return { kind: "set", label: label.value, op: operator.kind, values: this.parseSet(operator.kind) };
    }
    if (operator.kind === "(" && ["has", "all", "global"].includes(label.value)) {
      return this.fail(operator, `no space is allowed between "${label.value}" and "("`);
    }
    return this.fail(
      operator,
      `expected an operator after label "${label.value}" (==, !=, in, not in, contains, starts with, ends with), found ${describe(operator)}`
    );
  }
  /** `{ "a", "b", }`: strings separated by commas, trailing comma and empty set allowed. */
  parseSet(operator) {
    const open = this.advance();
    if (open.kind !== "{") {
      this.fail(open, `expected a set literal like {"a", "b"} after "${operator}", found ${describe(open)}`);
      return [];
    }
    const values = [];
    if (this.peek().kind === "}") {
      this.advance();
      return values;
    }
    for (; ; ) {
      const member = this.advance();
      if (member.kind !== "string") {
        this.fail(member, `expected a quoted string in the set, found ${describe(member)}`);
        return values;
      }
      values.push(member.value);
      const separator = this.advance();
      if (separator.kind === "}") return values;
      if (separator.kind !== ",") {
        this.fail(separator, `expected "," or "}" in the set, found ${describe(separator)}`);
        return values;
      }
      if (this.peek().kind === "}") {
        this.advance();
        return values;
      }
    }
  }
};
function parseCalicoSelector(text) {
  return parsed.get(text, parseUncached);
}
var parsed = new BoundedCache(2e4);
function parseUncached(text) {
  const parser = new Parser(new Tokenizer(text).tokenize());
  const selector = parser.parseSelector();
  return parser.error === null ? { ok: true, selector } : { ok: false, error: parser.error };
}
var FAILED = { kind: "all" };
function labelValue(labels, key2) {
  return Object.prototype.hasOwnProperty.call(labels, key2) ? labels[key2] : void 0;
}
function compare(op, actual, expected) {
  if (actual === void 0) return op === "!=";
  switch (op) {
    case "==":
      return actual === expected;
    case "!=":
      return actual !== expected;
    case "contains":
      return actual.includes(expected);
    case "starts with":
      return actual.startsWith(expected);
    case "ends with":
      return actual.endsWith(expected);
  }
}
function matchesCalicoSelector(sel, labels) {
  switch (sel.kind) {
    case "all":
    case "global":
      return true;
    case "has":
      return labelValue(labels, sel.label) !== void 0;
    case "compare":
      return compare(sel.op, labelValue(labels, sel.label), sel.value);
    case "set": {
      const actual = labelValue(labels, sel.label);
      const member = actual !== void 0 && sel.values.includes(actual);
      return sel.op === "in" ? member : !member;
    }
    case "not":
      return !matchesCalicoSelector(sel.operand, labels);
    case "and":
      return sel.operands.every((op) => matchesCalicoSelector(op, labels));
    case "or":
      return sel.operands.some((op) => matchesCalicoSelector(op, labels));
  }
}
function children(sel) {
  if (sel.kind === "not") return [sel.operand];
  if (sel.kind === "and" || sel.kind === "or") return sel.operands;
  return [];
}
function someNode(sel, test) {
  return test(sel) || children(sel).some((child) => someNode(child, test));
}
function selectorLabelKeys(sel) {
  const keys = /* @__PURE__ */ new Set();
  someNode(sel, (node) => {
    if ("label" in node) keys.add(node.label);
    return false;
  });
  return [...keys].sort();
}
function quote(value) {
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}
function formatChild(sel, parent) {
  const text = formatCalicoSelector(sel);
  const needsParens = parent === "not" ? sel.kind !== "has" && sel.kind !== "all" && sel.kind !== "global" : parent === "and" && sel.kind === "or";
  return needsParens ? `(${text})` : text;
}
function formatCalicoSelector(sel) {
  switch (sel.kind) {
    case "all":
    case "global":
      return `${sel.kind}()`;
    case "has":
      return `has(${sel.label})`;
    case "compare":
      return `${sel.label} ${sel.op} ${quote(sel.value)}`;
    case "set": {
      const members = [...new Set(sel.values)].sort().map(quote);
      return `${sel.label} ${sel.op} {${members.join(", ")}}`;
    }
    case "not":
      return `!${formatChild(sel.operand, "not")}`;
    case "and":
      return sel.operands.map((op) => formatChild(op, "and")).join(" && ");
    case "or":
      return sel.operands.map((op) => formatChild(op, "or")).join(" || ");
  }
}

// src/engine/netpol/services.ts
var PORT_PROTOCOLS = /* @__PURE__ */ new Set(["TCP", "UDP", "SCTP"]);
function servicePorts(service) {
  return asArray(asObject(service.value.spec).ports).flatMap((p, index) => {
    const entry = asObject(p);
    const protocol = entry.protocol ?? "TCP";
    if (typeof entry.port !== "number" || !PORT_PROTOCOLS.has(protocol)) return [];
    const name = typeof entry.name === "string" && entry.name !== "" ? entry.name : void 0;
    return [{ index, port: entry.port, name, nodePort: typeof entry.nodePort === "number" ? entry.nodePort : void 0, protocol, targetPort: entry.targetPort ?? entry.port }];
  });
}
function serviceSelector(service) {
  const selector = asObject(service.value.spec).selector;
  if (typeof selector !== "object" || selector === null || Array.isArray(selector)) return null;
  const pairs = Object.entries(selector).map(([k, v]) => [k, String(v)]);
  return pairs.length === 0 ? null : Object.fromEntries(pairs);
}
function servedOn(pod, targetPort, protocol) {
  if (typeof targetPort === "number") return { port: targetPort, protocol };
  if (typeof targetPort !== "string") return null;
  if (/^\d+$/.test(targetPort)) return { port: Number(targetPort), protocol };
  return pod.ports.find((p) => p.name === targetPort && p.protocol === protocol) ?? null;
}
var serviceKey = (namespace, name) => `${namespace}/${name}`;
var CLUSTER_DNS_PODS = {
  namespace: "kube-system",
  labels: { "k8s-app": "kube-dns" },
  serviceAccount: "coredns",
  ports: [
    { port: 53, protocol: "UDP", name: "dns" },
    { port: 53, protocol: "TCP", name: "dns-tcp" }
  ]
};
var OPENSHIFT_DNS_PODS = {
  namespace: "openshift-dns",
  labels: { "dns.operator.openshift.io/daemonset-dns": "default" },
  serviceAccount: "dns",
  ports: [
    { port: 5353, protocol: "UDP", name: "dns" },
    { port: 5353, protocol: "TCP", name: "dns-tcp" }
  ]
};
var PLATFORM_DNS_PODS = [CLUSTER_DNS_PODS, OPENSHIFT_DNS_PODS];
var CLUSTER_DNS_SERVICE = {
  namespace: CLUSTER_DNS_PODS.namespace,
  selector: CLUSTER_DNS_PODS.labels,
  ports: CLUSTER_DNS_PODS.ports.map((p) => ({ protocol: p.protocol, from: p.port, to: p.port }))
};
function lazyServiceIndex(resources) {
  let index;
  return { get: (key2) => (index ??= serviceIndex(resources)).get(key2) };
}
function serviceIndex(resources) {
  const index = /* @__PURE__ */ new Map([[serviceKey("kube-system", "kube-dns"), CLUSTER_DNS_SERVICE]]);
  for (const r of resources) {
    if (r.group !== "" || r.kind !== "Service") continue;
    const spec = asRecord(r.value.spec) ?? {};
    const selector = asRecord(spec.selector);
    const labels = selector === void 0 ? null : Object.fromEntries(Object.entries(selector).map(([k, v]) => [k, String(v)]));
    const ports = asArray(spec.ports).flatMap((raw) => {
      const p = asRecord(raw) ?? {};
      const protocol = p.protocol ?? "TCP";
      if (!PROTOCOLS.includes(protocol)) return [];
      const target = p.targetPort ?? p.port;
      if (typeof target === "number") return [{ protocol, from: target, to: target }];
      if (typeof target === "string" && /^[0-9]+$/.test(target)) return [{ protocol, from: Number(target), to: Number(target) }];
      return typeof target === "string" ? [{ protocol, name: target }] : [];
    });
    index.set(serviceKey(namespaceOf(r), r.name), { namespace: namespaceOf(r), selector: labels, ports });
  }
  return index;
}

// src/engine/netpol/calico.ts
var CALICO_GROUPS = /* @__PURE__ */ new Set(["projectcalico.org", "crd.projectcalico.org"]);
var ACTIONS = ["Allow", "Deny", "Pass", "Log"];
var PROTOCOL_NUMBERS = { "6": "TCP", "17": "UDP", "132": "SCTP" };
var ECHO_PROTOCOLS = { 4: ["ICMP", "1"], 6: ["ICMPv6", "58"] };
var DEFAULT_TIER_ORDER = 1e6;
function isCalicoPolicy(r) {
  return CALICO_GROUPS.has(r.group) && (r.kind === "NetworkPolicy" || r.kind === "GlobalNetworkPolicy");
}
function validated(r) {
  return r.group === "projectcalico.org";
}
function calicoMatch(text, r, path, problems) {
  if (text === void 0 || text === null) return { k: "any" };
  const source = String(text);
  const trimmed = trimCalicoWhitespace(source);
  if (trimmed === "" || trimmed === "all()") return { k: "any" };
  const parsed2 = parseCalicoSelector(source);
  if (!parsed2.ok) {
    const message = `Calico selector ${JSON.stringify(source)} does not parse (${parsed2.error.message})`;
    problems.push(validated(r) ? { message: `${message}; Calico's validator rejects the policy`, resource: r, path, rejected: true } : { message: `${message}; it matches nothing`, resource: r, path });
    return { k: "calico", text: source, test: () => false, keys: [] };
  }
  const sel = parsed2.selector;
  return { k: "calico", text: source, test: (labels) => matchesCalicoSelector(sel, labels), keys: selectorLabelKeys(sel) };
}
var nonEmpty = (v) => v !== void 0 && v !== null && String(v) !== "";
function blankJoined(text, joined, r, path, problems) {
  if (!joined || !nonEmpty(text) || !isBlankCalicoSelector(String(text))) return null;
  problems.push({
    message: `Calico selector ${JSON.stringify(String(text))} is blank: libcalico-go joins it with the namespace or another selector into one that does not parse, which Felix cannot load; it matches nothing`,
    resource: r,
    path
  });
  return { k: "calico", text: String(text), test: () => false, keys: [] };
}
function protocolOf(v, echoFamily2) {
  if (v === void 0 || v === null) return null;
  const text = String(v);
  if (ECHO_PROTOCOLS[echoFamily2].includes(text)) return ["ICMP"];
  const p = PROTOCOLS.includes(text) ? text : PROTOCOL_NUMBERS[text];
  return p === void 0 ? [] : [p];
}
function echoFamily(scope) {
  return scope.families[0] ?? 4;
}
function icmpOf(v) {
  const rec = asRecord(v);
  if (rec === void 0) return void 0;
  const out = {};
  if (typeof rec.type === "number") out.type = rec.type;
  if (typeof rec.code === "number") out.code = rec.code;
  return out;
}
function portEntries(list, protocol) {
  return asArray(list).map((p) => {
    if (typeof p === "number") return { protocol, from: p, to: p };
    const text = String(p);
    const range = /^(\d+):(\d+)$/.exec(text);
    if (range) return { protocol, from: Number(range[1]), to: Number(range[2]) };
    if (/^\d+$/.test(text)) return { protocol, from: Number(text), to: Number(text) };
    return { protocol, name: text };
  });
}
function byAddress(atom, scope) {
  if (atom.k !== "pods" && atom.k !== "serviceAccount" || scope.setNets === void 0) return atom;
  const nets = scope.setNets(atom);
  return nets.length === 0 ? atom : or([atom, ...nets.map((c) => scope.atoms.block(c, []))]);
}
function ruleNamespaceMatch(text, r, path, problems) {
  const trimmed = trimCalicoWhitespace(text);
  if (trimmed === "all()") return { k: "any" };
  const parsed2 = parseCalicoSelector(text);
  if (!parsed2.ok || !someFunction(parsed2.selector)) return calicoMatch(text, r, path, problems);
  const sel = namespacedOnly(parsed2.selector);
  return { k: "calico", text: formatCalicoSelector(sel), test: (labels) => matchesCalicoSelector(sel, labels), keys: selectorLabelKeys(sel) };
}
var NAMESPACE_NAME_KEY = CALICO_NAME_LABEL;
function someFunction(sel) {
  if (sel.kind === "all" || sel.kind === "global") return true;
  if (sel.kind === "not") return someFunction(sel.operand);
  if (sel.kind === "and" || sel.kind === "or") return sel.operands.some(someFunction);
  return false;
}
function namespacedOnly(sel) {
  switch (sel.kind) {
    case "all":
      return { kind: "has", label: NAMESPACE_NAME_KEY };
    case "global":
      return { kind: "not", operand: { kind: "has", label: NAMESPACE_NAME_KEY } };
    case "not":
      return { kind: "not", operand: namespacedOnly(sel.operand) };
    case "and":
    case "or":
      return { kind: sel.kind, operands: sel.operands.map(namespacedOnly) };
    default:
      return sel;
  }
}
var CALICO_ALL = { k: "calico", text: "all()", test: () => true, keys: [] };
function written(v) {
  return nonEmpty(v) ? String(v) : void 0;
}
function entityCond(e, scope, path) {
  const { atoms, r, problems } = scope;
  const parts = [];
  const selector = written(e.selector);
  const namespaceSelector = written(e.namespaceSelector);
  const notSelector = written(e.notSelector);
  let ns = scope.namespace === null ? { k: "any" } : { k: "is", name: scope.namespace };
  if (namespaceSelector !== void 0) {
    const parsed2 = parseCalicoSelector(namespaceSelector);
    ns = parsed2.ok && parsed2.selector.kind === "global" ? { k: "global" } : { k: "labels", match: ruleNamespaceMatch(namespaceSelector, r, [...path, "namespaceSelector"], problems) };
  }
  const ruleMatch = (text, at) => {
    const trimmed = trimCalicoWhitespace(text);
    return trimmed === "" || trimmed === "all()" ? CALICO_ALL : calicoMatch(text, r, at, problems);
  };
  const sa = asRecord(e.serviceAccounts);
  const saWritten = sa !== void 0 && (nonEmpty(sa.selector) || asArray(sa.names).length > 0);
  const blankSelector = blankJoined(selector, namespaceSelector !== void 0 || scope.namespace !== null || saWritten, r, [...path, "selector"], problems);
  if (selector !== void 0) parts.push(byAddress(atoms.pods(ns, blankSelector ?? ruleMatch(selector, [...path, "selector"])), scope));
  else if (namespaceSelector !== void 0 || notSelector !== void 0 && scope.namespace !== null) parts.push(byAddress(atoms.pods(ns, CALICO_ALL), scope));
  if (sa !== void 0 && saWritten) {
    const names = sa.names === void 0 ? null : asArray(sa.names).map(String);
    const saMatch = calicoMatch(sa.selector, r, [...path, "serviceAccounts", "selector"], problems);
    parts.push(byAddress(atoms.serviceAccount(ns, names, saMatch), scope));
  }
  if (notSelector !== void 0) parts.push(not(byAddress(atoms.pods({ k: "any" }, ruleMatch(notSelector, [...path, "notSelector"])), scope)));
  const blocks = (key2) => or(
    asArray(e[key2]).flatMap((n, i) => {
      const c = cidrAt(n, r, [...path, key2, i], problems, parseCalicoCidrOrIp);
      return c === null ? [] : [atoms.block(c, [])];
    })
  );
  if (e.nets !== void 0) parts.push(blocks("nets"));
  if (e.notNets !== void 0) parts.push(not(blocks("notNets")));
  return and(parts);
}
function calicoRule(raw, dir, index, scope) {
  const { r, problems } = scope;
  const path = ["spec", dir, index];
  const rule = asRecord(raw) ?? {};
  const source = asRecord(rule.source) ?? {};
  const destination = asRecord(rule.destination) ?? {};
  const peerEntity = dir === "ingress" ? source : destination;
  const localEntity = dir === "ingress" ? destination : source;
  const family = echoFamily(scope);
  const protocols = protocolOf(rule.protocol, family);
  const single = protocols !== null && protocols.length === 1 ? protocols[0] : void 0;
  const ports = {
    include: destination.ports === void 0 ? null : portEntries(destination.ports, single),
    exclude: portEntries(destination.notPorts, single),
    protocols,
    notProtocols: protocolOf(rule.notProtocol, family) ?? []
  };
  const icmp = icmpOf(rule.icmp);
  const notIcmp = icmpOf(rule.notICMP);
  if (icmp !== void 0) ports.icmp = icmp;
  if (notIcmp !== void 0) ports.notIcmp = notIcmp;
  if (family === 6 && (icmp !== void 0 || notIcmp !== void 0)) ports.echo = ICMPV6_ECHO;
  let action = rule.action;
  if (!ACTIONS.includes(action)) {
    const message = `rule action ${JSON.stringify(rule.action)} is not Allow, Deny, Pass or Log`;
    problems.push(validated(r) ? { message: `${message}; Calico's validator rejects the policy`, resource: r, path: [...path, "action"], rejected: true } : { message: `${message}; the rule is ignored`, resource: r, path: [...path, "action"] });
    action = "Log";
  }
  const peerPath = [...path, dir === "ingress" ? "source" : "destination"];
  let inert = ACTIONS.includes(rule.action) ? neverMatches(rule, source, destination, localEntity, scope.families) : { why: "invalid action" };
  if (inert?.limit) problems.push({ message: `rule ${inert.why}; it is treated as never matching`, resource: r, path: inert.at === "source" ? [...path, "source"] : path });
  if (rule.http !== void 0 && rule.http !== null && inert === void 0) {
    problems.push({ message: "rule has an http match, which Envoy applies per request with application layer policy; Felix matches the connection without it, and so does reach", resource: r, path: [...path, "http"] });
  }
  let peer;
  const serviceMatch = asRecord(peerEntity.services);
  if (serviceMatch !== void 0 && inert === void 0) {
    const toService = serviceCond(serviceMatch, scope);
    if (typeof toService === "string") {
      inert = { why: toService };
      problems.push({ message: `rule ${toService}; it is treated as never matching`, resource: r, path: [...peerPath, "services"] });
      peer = { k: "none" };
    } else {
      peer = toService.peer;
      if (dir === "egress") ports.include = toService.ports;
    }
  } else peer = entityCond(peerEntity, scope, peerPath);
  const out = {
    action,
    index,
    path,
    peer,
    local: entityCond(localEntity, scope, [...path, dir === "ingress" ? "destination" : "source"]),
    ports
  };
  if (inert !== void 0) out.inert = inert.why;
  return out;
}
function neverMatches(rule, source, destination, local, families) {
  if (!families.some((f) => keptForFamily(rule, source, destination, f))) {
    return { why: `is for IPv${families[0] === 4 ? 6 : 4} only (its ipVersion, protocol or nets), and the pods are IPv${families.join(" and IPv")}` };
  }
  const fromPorts = sourcePorts(source);
  if (fromPorts === "none") return { why: "matches source ports outside 32768-60999, which clients do not use" };
  if (fromPorts === "some") return { why: "matches some of the ephemeral source ports (32768-60999) clients use, which netlint does not model", limit: true, at: "source" };
  if (local.services !== void 0) return { why: `uses a services match on its ${source === local ? "source" : "destination"} (the policy's own pods), which netlint does not model`, limit: true };
  return void 0;
}
function serviceCond(match, scope) {
  const name = String(match.name ?? "");
  if (typeof match.namespace !== "string" || match.namespace === "") {
    return `names Service ${name} without a namespace, which Felix looks up as "/${name}" and finds no endpoint for (the API's comment promises the policy's namespace; Calico v3.32 does not do it): write namespace`;
  }
  const key2 = serviceKey(match.namespace, name);
  const service = scope.services.get(key2);
  if (service === void 0) return `names Service ${key2}, which is not in the input`;
  if (service.selector === null) return `names Service ${key2}, which has no selector (its endpoints are not known here)`;
  return { peer: scope.atoms.kubernetesPods(null, service.namespace, { matchLabels: service.selector }), ports: service.ports };
}
var EPHEMERAL_FROM = 32768;
var EPHEMERAL_TO = 60999;
function sourcePorts(source) {
  if (source.notPorts === void 0 && (source.ports === void 0 || source.ports === null)) return "all";
  const ranges = (list) => portEntries(list, void 0).map((p) => p.name !== void 0 ? null : [p.from ?? 0, p.to ?? 0]).filter((x) => x !== null);
  const overlaps2 = (rs) => rs.some(([a, b]) => a <= EPHEMERAL_TO && b >= EPHEMERAL_FROM);
  const excluded = ranges(source.notPorts);
  if (overlaps2(excluded)) return "some";
  if (source.ports === void 0 || source.ports === null || asArray(source.ports).length === 0) return "all";
  const included = ranges(source.ports).sort((x, y) => x[0] - y[0]);
  if (!overlaps2(included)) return "none";
  let reached = EPHEMERAL_FROM - 1;
  for (const [a, b] of included) if (a <= reached + 1) reached = Math.max(reached, b);
  return reached >= EPHEMERAL_TO ? "all" : "some";
}
function keptForFamily(rule, source, destination, family) {
  const version = rule.ipVersion === 4 || rule.ipVersion === 6 ? rule.ipVersion : protocolIpVersion(rule.protocol);
  if (version !== null && version !== family) return false;
  return netsKeep(source.nets, false, family) && netsKeep(source.notNets, true, family) && netsKeep(destination.nets, false, family) && netsKeep(destination.notNets, true, family);
}
function protocolIpVersion(protocol) {
  if (typeof protocol !== "string") return null;
  const p = protocol.toLowerCase();
  return p === "icmp" ? 4 : p === "icmpv6" ? 6 : null;
}
function netsKeep(list, negated, family) {
  if (!Array.isArray(list) || list.length === 0) return true;
  let ofFamily = false;
  for (let i = 0; i < list.length; i++) {
    const net = felixNet(String(list[i]));
    if (net.family !== family) continue;
    if (negated && net.catchAll) return false;
    ofFamily = true;
  }
  return ofFamily;
}
function felixNet(text) {
  const parsed2 = parseCalicoCidrOrIp(text);
  if (!parsed2.ok) return { family: text.includes(":") ? 6 : 4, catchAll: /\/0$/.test(text) };
  return { family: parsed2.cidr.family, catchAll: parsed2.cidr.prefix === 0 };
}
function calicoPolicyTypes(spec) {
  if (Array.isArray(spec.types) && spec.types.length > 0) {
    const types = [];
    if (spec.types.includes("Ingress")) types.push("ingress");
    if (spec.types.includes("Egress")) types.push("egress");
    return types;
  }
  const hasIngress = asArray(spec.ingress).length > 0;
  const hasEgress = asArray(spec.egress).length > 0;
  if (hasEgress && !hasIngress) return ["egress"];
  return hasEgress ? ["ingress", "egress"] : ["ingress"];
}
function calicoPolicy(r, atoms, problems, services = /* @__PURE__ */ new Map(), families = [4], setNets) {
  const global = r.kind === "GlobalNetworkPolicy";
  const spec = asRecord(r.value.spec) ?? {};
  if (spec.preDNAT === true || spec.doNotTrack === true) {
    problems.push({ message: "preDNAT / doNotTrack policies apply to host endpoints only; not part of the pod matrix", resource: r, path: ["spec"] });
    return null;
  }
  const namespace = global ? null : namespaceOf(r);
  const scope = { namespace, atoms, r, problems, services, families, ...setNets ? { setNets } : {} };
  const nsMatch = namespace !== null ? { k: "is", name: namespace } : spec.namespaceSelector === void 0 ? { k: "any" } : { k: "labels", match: calicoMatch(spec.namespaceSelector, r, ["spec", "namespaceSelector"], problems) };
  const joined = namespace !== null || nonEmpty(spec.namespaceSelector) || nonEmpty(spec.serviceAccountSelector);
  const subject = blankJoined(spec.selector, joined, r, ["spec", "selector"], problems) ?? calicoMatch(spec.selector, r, ["spec", "selector"], problems);
  const subjectParts = [atoms.pods(nsMatch, subject)];
  if (spec.serviceAccountSelector !== void 0) {
    subjectParts.push(atoms.serviceAccount(nsMatch, null, calicoMatch(spec.serviceAccountSelector, r, ["spec", "serviceAccountSelector"], problems)));
  }
  const types = calicoPolicyTypes(spec);
  const order = typeof spec.order === "number" ? spec.order : typeof spec.order === "string" && spec.order.trim() !== "" && !Number.isNaN(Number(spec.order)) ? Number(spec.order) : Infinity;
  const rulesOf = (dir) => types.includes(dir) ? asArray(spec[dir]).map((raw, i) => calicoRule(raw, dir, i, scope)) : null;
  return {
    id: global ? `GlobalNetworkPolicy ${r.name}` : `CalicoNetworkPolicy ${namespace}/${r.name}`,
    kind: r.kind,
    source: "calico",
    namespace,
    name: r.name,
    tier: typeof spec.tier === "string" && spec.tier !== "" ? spec.tier : DEFAULT_TIER,
    order,
    subject: and(subjectParts),
    ingress: rulesOf("ingress"),
    egress: rulesOf("egress"),
    resource: r
  };
}
function calicoTiers(resources, policies, problems, builtin = []) {
  const tiers = new Map([[DEFAULT_TIER, { name: DEFAULT_TIER, order: DEFAULT_TIER_ORDER, defaultAction: "Deny" }], ...builtin.map((t) => [t.name, t])]);
  for (const r of resources) {
    if (!CALICO_GROUPS.has(r.group) || r.kind !== "Tier") continue;
    const order = getIn(r.value, ["spec", "order"]);
    const defaultAction = getIn(r.value, ["spec", "defaultAction"]) === "Pass" ? "Pass" : "Deny";
    tiers.set(r.name, { name: r.name, order: typeof order === "number" ? order : Infinity, defaultAction });
  }
  const missing = /* @__PURE__ */ new Map();
  for (const p of policies) {
    if (tiers.has(p.tier) || missing.has(p.tier)) continue;
    problems.push({ message: `policy ${p.id} names tier ${p.tier}, which is not in the input; it is evaluated after every tier that is, with default action Deny`, ...p.resource ? { resource: p.resource } : {}, path: ["spec", "tier"] });
    missing.set(p.tier, { name: p.tier, order: Infinity, defaultAction: "Deny" });
  }
  const byOrderThenName2 = (a, b) => a.order !== b.order ? a.order < b.order ? -1 : 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  return [...[...tiers.values()].sort(byOrderThenName2), ...[...missing.values()].sort(byOrderThenName2)];
}

// src/engine/netpol/host-endpoints.ts
var hostEndpointLabels = derived("netpol/host-endpoint-labels", (m) => {
  const heps = m.byKind("calico/HostEndpoint");
  if (heps.length === 0) return [];
  const profiles = new Map(m.byKind("calico/Profile").map((p) => [p.name, labelsOf(asRecord(p.value.spec)?.labelsToApply)]));
  return heps.map((h) => {
    const inherited = asArray(asRecord(h.value.spec)?.profiles).map((name) => profiles.get(String(name)) ?? {});
    return Object.assign({}, ...inherited.reverse(), labelsOf(asRecord(h.value.metadata)?.labels));
  });
});
function selectsHostEndpoint(policy, labels) {
  if (policy.source !== "calico" || policy.resource === void 0) return false;
  const selector = calicoPolicySelector(policy.resource);
  return selector !== null && matchesCalicoSelector(selector, labels);
}
function calicoPolicySelector(r) {
  const spec = asRecord(r.value.spec) ?? {};
  const text = (v) => typeof v === "string" ? v : "";
  const parsed2 = (v) => {
    if (v === "") return null;
    const p = parseCalicoSelector(v);
    return p.ok ? p.selector : null;
  };
  let selector = parsed2(text(spec.selector));
  if (selector === null && text(spec.selector) !== "") return null;
  const append = (extra) => selector === null ? extra : { kind: "and", operands: [selector, extra] };
  const global = r.kind.includes("Global");
  if (!global) {
    selector = append({ kind: "compare", label: "projectcalico.org/namespace", op: "==", value: r.namespace ?? "default" });
  } else {
    const ns = parsed2(text(spec.namespaceSelector));
    if (ns !== null) selector = readAll(append(withPrefix(ns, NAMESPACE_PROFILE_PREFIX)), "projectcalico.org/namespace");
  }
  const sa = parsed2(text(spec.serviceAccountSelector));
  if (sa !== null) {
    selector = append(withPrefix(sa, SERVICE_ACCOUNT_PROFILE_PREFIX));
    if (global) selector = readAll(selector, CALICO_SERVICE_ACCOUNT_LABEL);
  }
  return selector ?? { kind: "all" };
}
function withPrefix(sel, prefix) {
  switch (sel.kind) {
    case "all":
    case "global":
      return sel;
    case "has":
    case "compare":
    case "set":
      return { ...sel, label: prefix + sel.label };
    case "not":
      return { kind: "not", operand: withPrefix(sel.operand, prefix) };
    case "and":
    case "or":
      return { kind: sel.kind, operands: sel.operands.map((o) => withPrefix(o, prefix)) };
  }
}
function readAll(sel, label) {
  switch (sel.kind) {
    case "all":
      return { kind: "has", label };
    case "not":
      return { kind: "not", operand: readAll(sel.operand, label) };
    case "and":
    case "or":
      return { kind: sel.kind, operands: sel.operands.map((o) => readAll(o, label)) };
    default:
      return sel;
  }
}
var NODE_LABEL_KEY = /^(?:kubernetes\.io\/(?:hostname|os|arch)$|(?:node-role|node|topology)\.kubernetes\.io\/|beta\.kubernetes\.io\/|failure-domain\.beta\.kubernetes\.io\/|eks\.amazonaws\.com\/|cloud\.google\.com\/|kubernetes\.azure\.com\/|projectcalico\.org\/created-by$)/;
function readsNodeLabelsOnly(subject) {
  const atoms = atomsOf(subject);
  return atoms.length > 0 && atoms.every((a) => a.k === "pods" && a.ns.k === "any" && a.pods.k === "calico" && a.pods.keys.length > 0 && a.pods.keys.every((key2) => NODE_LABEL_KEY.test(key2)));
}
function hostEndpointNote(resources) {
  const heps = resources.filter((r) => CALICO_GROUPS.has(r.group) && r.kind === "HostEndpoint");
  if (heps.length === 0) return null;
  const more = heps.length > 1 ? ` and ${heps.length - 1} more` : "";
  const ips = [...new Set(heps.flatMap((h) => asArray(asRecord(h.value.spec)?.expectedIPs).map(String)))];
  const addresses = ips.length === 0 ? "" : `; ${heps.length > 1 ? "their" : "its"} addresses (${ips.slice(0, 3).join(", ")}${ips.length > 3 ? `, ${ips.length - 3} more` : ""}) are answered as outside addresses with no policy of their own`;
  return `the input holds ${objectLabel(heps[0])}${more}: reach evaluates pods and address ranges, not host endpoints, so what policy on them allows or denies is not in this answer (traffic to or from the hosts, and pod traffic forwarded through them where an applyOnForward or preDNAT policy selects them)${addresses}`;
}

// src/engine/netpol/admin.ts
var ADMIN_GROUP = "policy.networking.k8s.io";
var ADMIN_TIER = { name: "adminnetworkpolicy", order: 1e3, defaultAction: "Pass" };
var BASELINE_TIER = { name: "baselineadminnetworkpolicy", order: 1e7, defaultAction: "Pass" };
var KUBE_ADMIN_TIER = { name: "kube-admin", order: 1e3, defaultAction: "Pass" };
var KUBE_BASELINE_TIER = { name: "kube-baseline", order: 1e7, defaultAction: "Pass" };
var ADMIN_POLICY_TIERS = [ADMIN_TIER, BASELINE_TIER, KUBE_ADMIN_TIER, KUBE_BASELINE_TIER];
var ADMIN_KINDS = /* @__PURE__ */ new Set(["AdminNetworkPolicy", "BaselineAdminNetworkPolicy", "ClusterNetworkPolicy"]);
function isAdminPolicy(r) {
  return r.group === ADMIN_GROUP && ADMIN_KINDS.has(r.kind);
}
function namespaces(selector) {
  const m = k8sLabelMatch(selector);
  return m.k === "any" ? { k: "any" } : { k: "labels", match: m };
}
function podsCond(v, atoms) {
  const rec = asRecord(v) ?? {};
  if (rec.namespaces !== void 0) return atoms.pods(namespaces(rec.namespaces), { k: "any" });
  const pods = asRecord(rec.pods);
  if (pods !== void 0) return atoms.pods(namespaces(pods.namespaceSelector), k8sLabelMatch(pods.podSelector));
  return null;
}
function portMatch2(list, path) {
  if (list === void 0 || list === null) return ANY_PORT;
  const include = [];
  for (const [i, raw] of asArray(list).entries()) {
    const p = asRecord(raw) ?? {};
    const protocolOf2 = (v) => {
      const text = v === void 0 ? "TCP" : String(v);
      return PROTOCOLS.includes(text) ? text : null;
    };
    const number = asRecord(p.portNumber);
    const range = asRecord(p.portRange);
    if (number !== void 0) {
      const protocol = protocolOf2(number.protocol);
      if (protocol !== null && typeof number.port === "number") include.push({ protocol, from: number.port, to: number.port });
    } else if (range !== void 0) {
      const protocol = protocolOf2(range.protocol);
      if (typeof range.start === "number" && typeof range.end === "number" && range.start > range.end) {
        return { why: `port range ${range.start}-${range.end} starts above its end`, path: [...path, i, "portRange"] };
      }
      if (protocol !== null && typeof range.start === "number" && typeof range.end === "number") include.push({ protocol, from: range.start, to: range.end });
    } else if (typeof p.namedPort === "string") include.push({ name: p.namedPort });
  }
  return { include, exclude: [], protocols: null, notProtocols: [] };
}
function failedRule(r, dir, index, path, action, { why, path: at }, problems, out) {
  const failClosed = action === "Deny" || action === "Pass";
  problems.push({ message: `${r.kind} ${r.name}: ${dir} rule ${index}: ${why}; Calico ${failClosed ? "replaces the rule with one that denies all traffic" : "drops the rule"}`, resource: r, path: at });
  if (failClosed) out.push({ action: "Deny", index, path, peer: { k: "all" }, local: { k: "all" }, ports: ANY_PORT });
}
function rules2(spec, dir, atoms, r, problems) {
  if (spec[dir] === void 0) return null;
  const peerKey = dir === "ingress" ? "from" : "to";
  const out = [];
  asArray(spec[dir]).forEach((raw, index) => {
    const rule = asRecord(raw) ?? {};
    const path = ["spec", dir, index];
    const ports = portMatch2(rule.ports, [...path, "ports"]);
    if (isUnconvertible(ports)) return failedRule(r, dir, index, path, rule.action, ports, problems, out);
    const peers = [];
    asArray(rule[peerKey]).forEach((peer, i) => {
      const pods = podsCond(peer, atoms);
      if (pods !== null) return void peers.push(pods);
      const networks = asRecord(peer)?.networks;
      if (dir === "egress" && networks !== void 0) {
        asArray(networks).forEach((n, j) => {
          const c = cidrAt(n, r, [...path, peerKey, i, "networks", j], problems);
          if (c !== null) peers.push(atoms.block(c, []));
        });
        return;
      }
      problems.push({ message: `${r.kind} peer ${Object.keys(asRecord(peer) ?? {}).join(", ") || "(empty)"} is not modelled (only namespaces, pods and networks); it matches nothing here`, resource: r, path: [...path, peerKey, i] });
    });
    const action = rule.action;
    const converted = { action: action === "Allow" || action === "Deny" || action === "Pass" ? action : "Log", index, path, peer: or(peers), local: { k: "all" }, ports };
    if (converted.action === "Log") converted.inert = "invalid action";
    out.push(converted);
  });
  return out;
}
function refusedByTheApi(r, spec, baseline) {
  const out = [];
  const one = (v, what, path) => {
    const keys = Object.keys(asRecord(v) ?? {});
    if (keys.length > 1) out.push({ text: `${what} sets ${keys.join(" and ")}; exactly one is allowed`, path });
  };
  if (!baseline && (typeof spec.priority !== "number" || !Number.isInteger(spec.priority) || spec.priority < 0 || spec.priority > 1e3)) {
    out.push({ text: spec.priority === void 0 ? "priority is missing" : `priority ${JSON.stringify(spec.priority)} is not a whole number from 0 to 1000`, path: ["spec", "priority"] });
  }
  if (baseline && r.name !== "default") out.push({ text: 'a BaselineAdminNetworkPolicy must be named "default"', path: ["metadata", "name"] });
  one(spec.subject, "the subject", ["spec", "subject"]);
  for (const [dir, key2] of [["ingress", "from"], ["egress", "to"]]) {
    asArray(spec[dir]).forEach((raw, i) => {
      const rule = asRecord(raw) ?? {};
      if (Array.isArray(rule[key2]) && rule[key2].length === 0) out.push({ text: `${dir} rule ${i} has an empty ${key2}; at least one peer is required`, path: ["spec", dir, i, key2] });
      asArray(rule[key2]).forEach((peer, j) => one(peer, `${dir} rule ${i} peer ${j}`, ["spec", dir, i, key2, j]));
      asArray(rule.ports).forEach((port, j) => one(port, `${dir} rule ${i} port ${j}`, ["spec", dir, i, "ports", j]));
    });
  }
  return out;
}
function adminPolicy(r, atoms, problems) {
  if (r.kind === "ClusterNetworkPolicy") return clusterNetworkPolicy(r, atoms, problems);
  problems.push({ message: `${r.kind} ${r.name}: Calico v3.32 and later do not enforce ${r.kind} (network-policy-api v0.2.0 replaced it with ClusterNetworkPolicy); evaluated as Calico v3.31 enforced it`, resource: r, path: ["kind"] });
  const spec = asRecord(r.value.spec) ?? {};
  const baseline = r.kind === "BaselineAdminNetworkPolicy";
  for (const why of refusedByTheApi(r, spec, baseline)) problems.push({ message: `${r.kind} ${r.name}: ${why.text}; the API server refuses the policy`, resource: r, path: why.path, rejected: true });
  const subject = podsCond(spec.subject, atoms);
  if (subject === null) problems.push({ message: `${r.kind} subject sets neither namespaces nor pods; it selects nothing here`, resource: r, path: ["spec", "subject"] });
  return {
    id: `${r.kind} ${r.name}`,
    kind: r.kind,
    source: "kubernetes",
    namespace: null,
    name: r.name,
    tier: baseline ? BASELINE_TIER.name : ADMIN_TIER.name,
    order: baseline ? 0 : typeof spec.priority === "number" ? spec.priority : Infinity,
    subject: and([subject ?? { k: "none" }]),
    ingress: rules2(spec, "ingress", atoms, r, problems),
    egress: rules2(spec, "egress", atoms, r, problems),
    resource: r
  };
}
var CNP_ACTIONS = { Accept: "Allow", Deny: "Deny", Pass: "Pass" };
var CNP_PROTOCOLS = [
  ["tcp", "TCP"],
  ["udp", "UDP"],
  ["sctp", "SCTP"]
];
function cnpPorts(list, path) {
  const entries = asArray(list);
  if (entries.length === 0) return ANY_PORT;
  const include = [];
  for (const [i, raw] of entries.entries()) {
    const entry = asRecord(raw) ?? {};
    const set = CNP_PROTOCOLS.find(([key2]) => entry[key2] !== void 0 && entry[key2] !== null);
    if (set !== void 0) {
      const [key2, protocol] = set;
      const port = asRecord(asRecord(entry[key2])?.destinationPort);
      const range = asRecord(port?.range);
      if (typeof port?.number === "number" && port.number !== 0) include.push({ protocol, from: port.number, to: port.number });
      else if (range !== void 0) {
        const { start, end } = range;
        if (typeof start !== "number" || typeof end !== "number" || start > end) {
          return { why: `port range ${JSON.stringify(start)}-${JSON.stringify(end)} is not a range`, path: [...path, i, key2, "destinationPort", "range"] };
        }
        include.push({ protocol, from: start, to: end });
      } else include.push({ protocol });
    } else if (typeof entry.destinationNamedPort === "string" && entry.destinationNamedPort !== "") include.push({ name: entry.destinationNamedPort });
    else return ANY_PORT;
  }
  return { include, exclude: [], protocols: null, notProtocols: [] };
}
function cnpPeer(peer, dir, atoms, r, path) {
  const rec = asRecord(peer) ?? {};
  const parts = [];
  const pods = podsCond(rec, atoms);
  if (pods !== null) parts.push(pods);
  const networks = asArray(rec.networks);
  if (dir === "egress" && networks.length > 0) {
    const blocks = [];
    for (const [j, n] of networks.entries()) {
      const c = cidrAt(n, r, [...path, "networks", j], []);
      if (c === null) return { why: `networks[${j}] ${JSON.stringify(n)} is not a CIDR`, path: [...path, "networks", j] };
      blocks.push(atoms.block(c, []));
    }
    parts.push(or(blocks));
  }
  if (parts.length === 0) {
    const fields = Object.keys(rec).join(", ") || "(empty)";
    return { why: `peer ${fields} has none of the fields Calico converts (namespaces, pods${dir === "egress" ? ", networks" : ""})`, path };
  }
  return and(parts);
}
function isUnconvertible(v) {
  return "why" in v;
}
function cnpRules(spec, dir, atoms, r, problems) {
  if (spec[dir] === void 0) return null;
  const peerKey = dir === "ingress" ? "from" : "to";
  const out = [];
  asArray(spec[dir]).forEach((raw, index) => {
    const rule = asRecord(raw) ?? {};
    const path = ["spec", dir, index];
    const unconvertible = (u) => failedRule(r, dir, index, path, rule.action, u, problems, out);
    const action = typeof rule.action === "string" ? CNP_ACTIONS[rule.action] : void 0;
    if (action === void 0) return unconvertible({ why: `action ${JSON.stringify(rule.action)} is not Accept, Deny or Pass`, path: [...path, "action"] });
    const ports = cnpPorts(rule.protocols, [...path, "protocols"]);
    if (isUnconvertible(ports)) return unconvertible(ports);
    const peers = [];
    for (const [i, peer] of asArray(rule[peerKey]).entries()) {
      const cond = cnpPeer(peer, dir, atoms, r, [...path, peerKey, i]);
      if (isUnconvertible(cond)) return unconvertible(cond);
      peers.push(cond);
    }
    out.push({ action, index, path, peer: or(peers), local: { k: "all" }, ports });
  });
  return out;
}
function clusterNetworkPolicy(r, atoms, problems) {
  const spec = asRecord(r.value.spec) ?? {};
  const tier = spec.tier === "Admin" ? KUBE_ADMIN_TIER : spec.tier === "Baseline" ? KUBE_BASELINE_TIER : null;
  if (tier === null) problems.push({ message: `ClusterNetworkPolicy ${r.name}: tier ${JSON.stringify(spec.tier)} is neither Admin nor Baseline; Calico ignores the policy`, resource: r, path: ["spec", "tier"] });
  const subject = podsCond(spec.subject, atoms);
  if (subject === null) problems.push({ message: `ClusterNetworkPolicy ${r.name}: subject sets neither namespaces nor pods; Calico ignores the policy`, resource: r, path: ["spec", "subject"] });
  return {
    id: `ClusterNetworkPolicy ${r.name}`,
    kind: r.kind,
    source: "kubernetes",
    namespace: null,
    name: r.name,
    tier: (tier ?? KUBE_ADMIN_TIER).name,
    // Calico's order is the priority as written (0 when absent).
    order: typeof spec.priority === "number" ? spec.priority : 0,
    subject: tier === null || subject === null ? { k: "none" } : and([subject]),
    ingress: cnpRules(spec, "ingress", atoms, r, problems),
    egress: cnpRules(spec, "egress", atoms, r, problems),
    resource: r
  };
}

// src/engine/netpol/externals.ts
function key(c) {
  return `${c.family}:${c.addr}/${c.prefix}`;
}
var [ROOT_V4, ROOT_V6] = knownCidrs(["0.0.0.0/0", "::/0"]);
var NAMED_HOLES = 8;
function externalAtoms(blocks, sets = [], moreCuts = []) {
  const all = /* @__PURE__ */ new Map();
  for (const b of blocks) for (const c of [b.cidr, ...b.except]) all.set(key(c), c);
  for (const s of sets) for (const c of s.nets) all.set(key(c), c);
  for (const c of moreCuts) all.set(key(c), c);
  if (all.size === 0) return [];
  for (const family of [4, 6]) {
    if ([...all.values()].some((c) => c.family === family)) {
      const r = family === 4 ? ROOT_V4 : ROOT_V6;
      all.set(key(r), r);
    }
  }
  const cidrs = [...all.values()].sort((a, b) => a.family - b.family || (a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : a.prefix - b.prefix));
  const n = cidrs.length;
  const bounds = cidrs.map(cidrBounds);
  const inside = (outer, j) => bounds[j].family === bounds[outer].family && bounds[j].lo <= bounds[outer].hi;
  const after = new Array(n).fill(n);
  const ancestors = new Array(n);
  const open = [];
  for (let i = 0; i < n; i++) {
    while (open.length > 0 && !inside(open[open.length - 1], i)) after[open.pop()] = i;
    ancestors[i] = [...open];
    open.push(i);
  }
  const ownersOf = /* @__PURE__ */ new Map();
  sets.forEach((s, index) => {
    for (const c of s.nets) {
      const list = ownersOf.get(key(c));
      if (list === void 0) ownersOf.set(key(c), [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  const out = [];
  for (let i = 0; i < n; i++) {
    const c = cidrs[i];
    const maximal = [];
    for (let j = i + 1; j < n && inside(i, j); j = after[j]) maximal.push(cidrs[j]);
    const covered = maximal.reduce((sum, o) => sum + size(o), 0n);
    if (covered === size(c)) continue;
    const text = maximal.length === 0 ? c.text : maximal.length <= NAMED_HOLES ? `${c.text} except ${maximal.map((o) => o.text).join(",")}` : `${c.text} except ${maximal.length} ranges`;
    const x = { type: "external", id: text, cidr: c, holes: maximal };
    const owning = /* @__PURE__ */ new Set();
    for (const a of [...ancestors[i], i]) for (const s of ownersOf.get(key(cidrs[a])) ?? []) owning.add(s);
    if (owning.size > 0) {
      const owners = [...owning].sort((a, b) => a - b).map((s) => sets[s]);
      x.sets = owners;
      const own = owners[0];
      x.id = own.nets.length === 1 && maximal.length === 0 && key(own.nets[0]) === key(c) ? own.id : `${own.id}: ${text}`;
    }
    out.push(x);
  }
  return out;
}

// src/engine/netpol/cluster.ts
function clusterOf(resources, config = {}, endpointsOf) {
  return buildCluster(resources, buildModel(resources, config).facts.podCIDRs.map((f) => f.cidr), endpointsOf, { applied: true });
}
var LEFT_OUT = "so it is left out here: a cluster never holds it";
function podRanges(cidrs) {
  const out = [];
  for (const text of cidrs) {
    const parsed2 = parseCidr(text);
    if (parsed2.ok && !out.some((c) => c.family === parsed2.cidr.family)) out.push(network(parsed2.cidr));
  }
  return out;
}
function isNetworkSet(r) {
  return CALICO_GROUPS.has(r.group) && (r.kind === "NetworkSet" || r.kind === "GlobalNetworkSet");
}
function networkSets(resources, problems, namespaces2) {
  const out = [];
  for (const r of resources) {
    if (!isNetworkSet(r)) continue;
    const spec = asRecord(r.value.spec) ?? {};
    const namespace = r.kind === "NetworkSet" ? r.namespace ?? "default" : null;
    const labels = { ...namespace === null ? {} : namespaceProfileLabels(ensureNamespace(namespaces2, namespace)), ...labelsOf(asRecord(r.value.metadata)?.labels) };
    if (namespace !== null) labels["projectcalico.org/namespace"] = namespace;
    const nets = asArray(spec.nets).flatMap((n, i) => cidrAt(n, r, ["spec", "nets", i], problems, parseCalicoCidrOrIp) ?? []);
    if (asArray(spec.allowedEgressDomains).length > 0) {
      problems.push({ message: `${r.kind} ${r.name}: allowedEgressDomains are not evaluated (reach has no DNS); only nets are`, resource: r, path: ["spec", "allowedEgressDomains"] });
    }
    out.push({ id: namespace === null ? `GlobalNetworkSet ${r.name}` : `NetworkSet ${namespace}/${r.name}`, namespace, labels, nets });
  }
  return out;
}
function setNetsOf(sets, namespaces2, ranges, endpoints) {
  if (sets.length === 0) return void 0;
  const holdsWrittenIp = writtenIpTest(endpoints);
  const holding = sets.map((s) => ({ set: s, nets: s.nets.filter((c) => overlapsPodSpace(c, ranges) || holdsWrittenIp(c)) })).filter((x) => x.nets.length > 0);
  if (holding.length === 0) return void 0;
  const memo = /* @__PURE__ */ new Map();
  return (atom) => {
    let nets = memo.get(atom.id);
    if (nets === void 0) memo.set(atom.id, nets = holding.filter((x) => matchSet(atom, x.set, namespaces2)).flatMap((x) => x.nets));
    return nets;
  };
}
function writtenIpTest(endpoints) {
  const byFamily = /* @__PURE__ */ new Map();
  for (const e of endpoints) for (const ip of e.ips) pushTo(byFamily, ip.family, ip.value);
  for (const values of byFamily.values()) values.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return (c) => {
    const values = byFamily.get(c.family);
    if (values === void 0) return false;
    const { lo, hi } = cidrBounds(c);
    let a = 0;
    let b = values.length;
    while (a < b) {
      const mid = a + b >> 1;
      if (values[mid] < lo) a = mid + 1;
      else b = mid;
    }
    return a < values.length && values[a] <= hi;
  };
}
function buildCluster(resources, podCIDRs = [], endpointsOf = collectEndpoints, options = {}) {
  const { namespaces: namespaces2, endpoints, excluded, problems } = endpointsOf(resources);
  const ranges = podRanges(podCIDRs);
  if (ranges.length > 0) {
    for (const e of endpoints) if (e.ips.length === 0) e.ranges = ranges;
  }
  for (const r of resources) {
    const written2 = r.value.metadata?.namespace;
    if (written2 !== void 0 && written2 !== null && typeof written2 !== "string") {
      problems.push({ message: `metadata.namespace is ${JSON.stringify(written2)}, not a string (quote it); the object is placed in namespace "${r.namespace ?? "default"}" here`, resource: r, path: ["metadata", "namespace"] });
    }
  }
  const setProblems = [];
  const sets = networkSets(resources, setProblems, namespaces2);
  const atoms = new AtomTable();
  const policies = [];
  const services = lazyServiceIndex(resources);
  const setNets = setNetsOf(sets, namespaces2, ranges, endpoints);
  for (const r of resources) {
    const mark = atoms.size;
    const problemsBefore = problems.length;
    let p = null;
    if (isKubernetesNetworkPolicy(r)) p = kubernetesPolicy(r, atoms, problems);
    else if (isAdminPolicy(r)) p = adminPolicy(r, atoms, problems);
    else if (isCalicoPolicy(r)) p = calicoPolicy(r, atoms, problems, services, ranges.length > 0 ? ranges.map((c) => c.family) : [4], setNets);
    if (p === null) continue;
    if (options.applied && problems.some((x, i) => i >= problemsBefore && x.rejected)) {
      const reasons = problems.splice(problemsBefore).filter((x) => x.rejected);
      problems.push(...reasons.map((x) => ({ ...x, message: `${x.message}, ${LEFT_OUT}` })));
      atoms.rollback(mark);
      continue;
    }
    policies.push(p);
  }
  for (const p of policies) if (p.namespace !== null) ensureNamespace(namespaces2, p.namespace);
  const builtin = ADMIN_POLICY_TIERS.filter((t) => policies.some((p) => p.tier === t.name));
  const tiers = calicoTiers(resources, policies, problems, builtin);
  problems.push(...setProblems);
  const blocks = atoms.atoms.filter((a) => a.k === "block");
  return { namespaces: namespaces2, endpoints, externals: externalAtoms(blocks, sets), policies, tiers, excluded, problems, atoms: atoms.atoms, networkSets: sets, podRanges: ranges };
}

// src/engine/netpol/bitset.ts
var Bitset = class _Bitset {
  constructor(size2, words) {
    this.size = size2;
    this.words = words ?? new Uint32Array(size2 + 31 >>> 5);
  }
  size;
  words;
  static full(size2) {
    const b = new _Bitset(size2);
    b.words.fill(4294967295);
    const extra = size2 & 31;
    if (extra !== 0) b.words[b.words.length - 1] = (1 << extra) - 1;
    return b;
  }
  clone() {
    return new _Bitset(this.size, this.words.slice());
  }
  has(i) {
    return (this.words[i >>> 5] & 1 << (i & 31)) !== 0;
  }
  set(i) {
    this.words[i >>> 5] |= 1 << (i & 31);
  }
  /** Sets (or, with `on` false, clears) bits `from` to `to - 1`, a word at a time. */
  fillRange(from, to, on = true) {
    const w = this.words;
    for (let i = from; i < to; ) {
      const wi = i >>> 5;
      const bit = i & 31;
      const n = Math.min(32 - bit, to - i);
      const mask = (n === 32 ? 4294967295 : (1 << n) - 1 << bit) >>> 0;
      w[wi] = on ? w[wi] | mask : w[wi] & ~mask;
      i += n;
    }
  }
  /** this |= (other & mask) when mask is given, else this |= other. */
  orWith(other, mask) {
    const w = this.words;
    const o = other.words;
    if (mask === void 0) for (let i = 0; i < w.length; i++) w[i] |= o[i];
    else for (let i = 0; i < w.length; i++) w[i] |= o[i] & mask.words[i];
  }
  andWith(other) {
    const w = this.words;
    for (let i = 0; i < w.length; i++) w[i] &= other.words[i];
  }
  andNotWith(other) {
    const w = this.words;
    for (let i = 0; i < w.length; i++) w[i] &= ~other.words[i];
  }
  invert() {
    const out = _Bitset.full(this.size);
    out.andNotWith(this);
    return out;
  }
  isEmpty() {
    return this.words.every((x) => x === 0);
  }
  equals(other) {
    return this.words.every((x, i) => x === other.words[i]);
  }
  /** Calls `fn` for every set bit, ascending. */
  forEach(fn) {
    const w = this.words;
    for (let wi = 0; wi < w.length; wi++) {
      let x = w[wi];
      while (x !== 0) {
        const low = x & -x;
        fn((wi << 5) + 31 - Math.clz32(low));
        x ^= low;
      }
    }
  }
  /** The number of set bits. */
  count() {
    let n = 0;
    for (const word of this.words) {
      let x = word - (word >>> 1 & 1431655765);
      x = (x & 858993459) + (x >>> 2 & 858993459);
      n += Math.imul(x + (x >>> 4) & 252645135, 16843009) >>> 24;
    }
    return n;
  }
  /** Clears bits from..to-1. */
  clearRange(from, to) {
    for (let i = from; i < to; i++) this.words[i >>> 5] &= ~(1 << (i & 31));
  }
  /** The sum of `weights[i]` over the set bits i. */
  sumOver(weights) {
    let sum = 0;
    const w = this.words;
    for (let wi = 0; wi < w.length; wi++) {
      let x = w[wi];
      while (x !== 0) {
        const low = x & -x;
        sum += weights[(wi << 5) + 31 - Math.clz32(low)];
        x ^= low;
      }
    }
    return sum;
  }
  /** The set bits, ascending (a loop that must yield cannot take a callback). */
  ones() {
    const out = [];
    this.forEach((i) => out.push(i));
    return out;
  }
  /**
   * The columns of `rows` as rows: bit r of result c is bit c of rows[r]. Every row has `width`
   * bits. Works on 32×32 blocks of words, so it costs rows × width / 32 word operations however
   * many bits are set.
   */
  static transpose(rows, width) {
    const stride = rows.length + 31 >>> 5;
    const all = new Uint32Array(width * stride);
    const out = Array.from({ length: width }, (_, c) => new _Bitset(rows.length, all.subarray(c * stride, (c + 1) * stride)));
    const block = new Uint32Array(32);
    const columnWords = width + 31 >>> 5;
    for (let rw = 0; rw < rows.length + 31 >>> 5; rw++) {
      const rowCount = Math.min(32, rows.length - (rw << 5));
      for (let cw = 0; cw < columnWords; cw++) {
        for (let k = 0; k < 32; k++) block[k] = k < rowCount ? rows[(rw << 5) + k].words[cw] : 0;
        transpose32(block);
        const columnCount = Math.min(32, width - (cw << 5));
        for (let k = 0; k < columnCount; k++) out[(cw << 5) + k].words[rw] = block[k];
      }
    }
    return out;
  }
};
function transpose32(a) {
  for (let j = 16, m = 65535; j !== 0; j >>>= 1, m ^= m << j) {
    for (let k = 0; k < 32; k = (k | j) + 1 & ~j) {
      const t = (a[k] >>> j ^ a[k | j]) & m;
      a[k | j] ^= t;
      a[k] ^= t << j;
    }
  }
}

// src/engine/netpol/label-index.ts
var LabelIndex = class {
  constructor(all, labelsOf2) {
    this.all = all;
    for (const party of all) {
      const labels = labelsOf2(party);
      for (const key2 in labels) {
        pushTo(this.byLabel, `${key2}\0${labels[key2]}`, party);
        pushTo(this.byKey, key2, party);
      }
    }
  }
  all;
  byLabel = /* @__PURE__ */ new Map();
  byKey = /* @__PURE__ */ new Map();
  /**
   * The parties `match` can select: those that satisfy the most selective of its requirements
   * that an index answers (a `matchLabels` pair; an `In` or `Exists` expression), or every party
   * when none does (a Calico selector, only `NotIn`/`DoesNotExist`, an empty selector). A
   * superset: callers still test each candidate with `matchLabels`.
   */
  candidates(match) {
    return this.fewerThan(match, this.all.length) ?? this.all;
  }
  /**
   * The parties a Kubernetes or Calico selector can select, from its most selective indexed
   * requirement (candidates(), calicoCandidates()), or null when none is indexed: callers then test
   * every party. `order` sorts a Calico `in` of several values (see calicoCandidates).
   */
  selectorCandidates(match, order) {
    if (match.k === "k8s") return this.fewerThan(match, this.all.length);
    if (match.k !== "calico") return null;
    const parsed2 = parseCalicoSelector(match.text);
    return parsed2.ok ? this.calicoCandidates(parsed2.selector, order) : null;
  }
  /**
   * The parties a Calico selector can select, from its most selective requirement an index
   * answers (`rack == 'r1'`, `has(route-reflector)`, `rack in {'r1', 'r2'}`, alone or under `&&`;
   * an `||` whose every operand is answered, as the union of their answers), or null when none is
   * (callers then test every party). A superset, in the order given except for an `in` of several
   * values and an `||`: those lists are joined, and `order` sorts them.
   */
  calicoCandidates(sel, order) {
    switch (sel.kind) {
      case "compare":
        return sel.op === "==" ? this.withLabel(sel.label, sel.value) : null;
      case "has":
        return this.withKey(sel.label);
      case "set": {
        if (sel.op !== "in") return null;
        const found = [...new Set(sel.values)].flatMap((v) => this.withLabel(sel.label, v));
        return found.length < 2 ? found : found.sort(order);
      }
      case "and": {
        let best = null;
        for (const operand of sel.operands) {
          const list = this.calicoCandidates(operand, order);
          if (list !== null && (best === null || list.length < best.length)) best = list;
        }
        return best;
      }
      case "or": {
        const found = /* @__PURE__ */ new Set();
        for (const operand of sel.operands) {
          const list = this.calicoCandidates(operand, order);
          if (list === null) return null;
          for (const party of list) found.add(party);
        }
        return found.size < 2 ? [...found] : [...found].sort(order);
      }
      default:
        return null;
    }
  }
  /**
   * candidates(), when its answer holds fewer than `limit` parties, else null: an `In` list is
   * gathered only when it is that small, so a caller that can scan `limit` parties anyway pays no
   * more than that (asked once per peer, gathering a common label's thousands of parties each
   * time cost a 100,000-endpoint lint seconds).
   */
  fewerThan(match, limit) {
    if (match.k !== "k8s") return null;
    let best = null;
    let bound = limit;
    for (const [key2, value] of Object.entries(match.selector.matchLabels ?? {})) {
      if (typeof value !== "string") continue;
      const list = this.withLabel(key2, value);
      if (list.length < bound) [best, bound] = [list, list.length];
    }
    for (const e of match.selector.matchExpressions ?? []) {
      if (e.operator === "Exists") {
        const list = this.withKey(e.key);
        if (list.length < bound) [best, bound] = [list, list.length];
      } else if (e.operator === "In") {
        const lists = [...new Set(e.values ?? [])].map((v) => this.byLabel.get(`${e.key}\0${v}`) ?? NONE);
        const size2 = lists.reduce((n, l) => n + l.length, 0);
        if (size2 < bound) [best, bound] = [lists.flat(), size2];
      }
    }
    return best;
  }
  /** The parties that carry label `key`, whatever its value, in the order given. */
  withKey(key2) {
    return this.byKey.get(key2) ?? NONE;
  }
  /** The parties whose label `key` is `value`, in the order given. */
  withLabel(key2, value) {
    return this.byLabel.get(`${key2}\0${value}`) ?? NONE;
  }
};
var NONE = [];

// src/engine/netpol/evaluate.ts
function byOrderThenName(a, b) {
  if (a.policy.order !== b.policy.order) return a.policy.order < b.policy.order ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
function tieKey(p) {
  return `${p.name}/${p.namespace ?? ""}/${p.source === "kubernetes" ? `Kubernetes${p.kind}` : p.kind}`;
}
function indexPolicies(cluster) {
  const byTier = /* @__PURE__ */ new Map();
  for (const p of cluster.policies) {
    pushTo(byTier, p.tier, { policy: p, key: tieKey(p) });
  }
  return {
    tiers: cluster.tiers.map((tier) => ({ tier, policies: (byTier.get(tier.name) ?? []).sort(byOrderThenName).map((e) => e.policy) }))
  };
}
function indexByNamespace(index, namespaces2) {
  const parts = /* @__PURE__ */ new Map();
  const globalOnly = { tiers: index.tiers.map(({ tier }) => ({ tier, policies: [] })) };
  for (const ns of namespaces2) parts.set(ns, { tiers: index.tiers.map(({ tier }) => ({ tier, policies: [] })) });
  index.tiers.forEach(({ policies }, t) => {
    for (const p of policies) {
      if (p.namespace === null) {
        globalOnly.tiers[t].policies.push(p);
        for (const part of parts.values()) part.tiers[t].policies.push(p);
      } else parts.get(p.namespace)?.tiers[t].policies.push(p);
    }
  });
  return (namespace) => parts.get(namespace) ?? globalOnly;
}
function labelMatcher(cluster, subject, peer) {
  return {
    selects: (p) => matchCond(p.subject, subject, cluster.namespaces),
    local: (c) => matchCond(c, subject, cluster.namespaces),
    peer: (c) => matchCond(c, peer, cluster.namespaces)
  };
}
function firstMatchingRule(rules3, cell, dstPorts, match) {
  for (const r of rules3) {
    if (r.inert !== void 0) continue;
    if (!portMatches(r.ports, cell, dstPorts)) continue;
    if (!match.local(r.local)) continue;
    if (!match.peer(r.peer)) continue;
    if (r.action === "Log") continue;
    return r;
  }
  return null;
}
function decide(cluster, index, direction, subject, peer, cell, dstPorts, matcher = {}) {
  if (subject.type === "external") return { allowed: true, reason: "external" };
  const match = { ...labelMatcher(cluster, subject, peer), ...matcher };
  let passedBy;
  let passedTier = "";
  for (const { tier, policies } of index.tiers) {
    const selecting = policies.filter((p) => p[direction] !== null && match.selects(p));
    if (selecting.length === 0) continue;
    let passed;
    for (const p of selecting) {
      const r = firstMatchingRule(p[direction], cell, dstPorts, match);
      if (r === null) continue;
      if (r.action === "Pass") {
        passed = { policy: p.id, rule: r.index };
        break;
      }
      return { allowed: r.action === "Allow", reason: "rule", policy: p.id, rule: r.index, action: r.action, tier: tier.name };
    }
    if (passed !== void 0) {
      passedBy = passed;
      passedTier = tier.name;
      continue;
    }
    if (tier.defaultAction === "Deny") {
      return {
        allowed: false,
        reason: "tier-default",
        tier: tier.name,
        policy: selecting[0].id,
        selectedBy: selecting.map((p) => p.id)
      };
    }
    passedBy = null;
    passedTier = tier.name;
  }
  if (passedBy !== void 0) return { allowed: true, reason: "pass-to-profile", passedBy, tier: passedTier };
  return { allowed: true, reason: "no-policy" };
}
function decideConnection(cluster, index, src, dst, cell, dstPorts) {
  const egress = decide(cluster, index, "egress", src, dst, cell, dstPorts);
  const ingress = decide(cluster, index, "ingress", dst, src, cell, dstPorts);
  return { allowed: egress.allowed && ingress.allowed, egress, ingress };
}

// src/engine/netpol/matrix.ts
function classSatisfies(cls, cond) {
  return evalCond(cond, (a) => cls.atoms.has(a.id));
}
var MAX_PORT = 65535;
function egressPortCuts(clusters) {
  const cuts = new Map(PROTOCOLS.map((p) => [p, /* @__PURE__ */ new Set([1])]));
  for (const cluster of clusters) {
    for (const policy of cluster.policies) {
      for (const rule of policy.egress ?? []) {
        for (const e of [...rule.ports.include ?? [], ...rule.ports.exclude]) {
          if (e.from === void 0) continue;
          for (const p of e.protocol === void 0 ? PROTOCOLS : [e.protocol]) {
            const set = cuts.get(p);
            if (set === void 0) continue;
            set.add(e.from);
            if ((e.to ?? e.from) < MAX_PORT) set.add((e.to ?? e.from) + 1);
          }
        }
      }
    }
  }
  return new Map([...cuts].map(([p, set]) => [p, [...set].sort((a, b) => a - b)]));
}
function partyCount(m) {
  return m.classes.length + m.externals.length;
}
var NO_LABELS2 = {};
var INDEXED_GROUPS = 32;
function buildClasses(cluster) {
  const endpoints = cluster.endpoints;
  const byNs = /* @__PURE__ */ new Map();
  const groupOf = new Array(endpoints.length);
  const read = readLabelKeys(cluster.atoms);
  const readsNamespace = read.has("projectcalico.org/namespace") || [...read].some(isProfileLabelKey);
  const shapes = /* @__PURE__ */ new Map();
  for (let e = 0; e < endpoints.length; e++) {
    const ep = endpoints[e];
    let groups = byNs.get(ep.namespace);
    if (!groups) byNs.set(ep.namespace, groups = /* @__PURE__ */ new Map());
    let key2 = "";
    for (const k in ep.labels) if (read.has(k)) key2 += `L${k.length}:${k}${ep.labels[k].length}:${ep.labels[k]}`;
    key2 += `|${ep.serviceAccount}`;
    let group = groups.get(key2);
    if (group) group.members.push(e);
    else {
      const shapeKey = readsNamespace ? `${key2}|${ep.namespace}` : key2;
      let shape = shapes.get(shapeKey);
      if (shape === void 0) shapes.set(shapeKey, shape = shapes.size);
      groups.set(key2, group = { members: [e], atoms: [], shape });
    }
    groupOf[e] = group;
  }
  const namespaceGroups = [...byNs];
  const nsIndex = new LabelIndex(namespaceGroups, ([name]) => cluster.namespaces.get(name)?.labels ?? NO_LABELS2);
  const selected = /* @__PURE__ */ new Map();
  const groupsSelectedBy = (m) => {
    if (m.k === "is") return [byNs.get(m.name)];
    const key2 = nsKey(m);
    let found = selected.get(key2);
    if (!found) {
      const pool = m.k === "labels" ? nsIndex.candidates(m.match) : namespaceGroups;
      found = pool.filter(([name]) => matchNamespace(m, cluster.namespaces.get(name))).map(([, groups]) => groups);
      selected.set(key2, found);
    }
    return found;
  };
  const groupIndexes = /* @__PURE__ */ new Map();
  const candidateGroups = (groups, match) => {
    if (match.k === "any" || groups.size < INDEXED_GROUPS) return groups.values();
    let index = groupIndexes.get(groups);
    if (index === void 0) {
      const all = [...groups.values()];
      groupIndexes.set(groups, index = { k8s: new LabelIndex(all, (g) => endpoints[g.members[0]].labels), calico: new LabelIndex(all, (g) => endpoints[g.members[0]].calicoLabels) });
    }
    return (match.k === "k8s" ? index.k8s : index.calico).selectorCandidates(match, () => 0) ?? groups.values();
  };
  const accountIndexes = /* @__PURE__ */ new Map();
  const candidateAccountGroups = (groups, atom) => {
    if (groups.size < INDEXED_GROUPS) return groups.values();
    let index = accountIndexes.get(groups);
    if (index === void 0) {
      const byName = /* @__PURE__ */ new Map();
      for (const g of groups.values()) {
        const name = endpoints[g.members[0]].serviceAccount;
        pushTo(byName, name, g);
      }
      accountIndexes.set(groups, index = { byName, byLabels: new LabelIndex([...groups.values()], (g) => endpoints[g.members[0]].serviceAccountLabels) });
    }
    if (atom.names !== null) return new Set(atom.names.flatMap((n) => index.byName.get(n) ?? []));
    return index.byLabels.selectorCandidates(atom.selector, () => 0) ?? groups.values();
  };
  let blockIds = null;
  const answeredFor = new Int32Array(shapes.size);
  const answer = new Uint8Array(shapes.size);
  const withIps = [];
  const byRanges = /* @__PURE__ */ new Map();
  for (let e = 0; e < endpoints.length; e++) {
    if (endpoints[e].ips.length > 0) withIps.push(e);
    else {
      pushTo(byRanges, endpoints[e].ranges, e);
    }
  }
  const addressGroups = [...byRanges.values()];
  for (const atom of cluster.atoms) {
    if (atom.k === "block") {
      const inside = [...addressGroups.filter((members) => blockContains(atom, endpoints[members[0]])).flat(), ...withIps.filter((e) => blockContains(atom, endpoints[e]))];
      if (inside.length > 0) blockIds ??= endpoints.map(() => []);
      for (const e of inside) blockIds[e].push(atom.id);
      continue;
    }
    const nsMatch = atom.ns;
    for (const groups of groupsSelectedBy(nsMatch)) {
      if (!groups) continue;
      if (atom.k !== "pods") {
        for (const group of candidateAccountGroups(groups, atom)) if (matchAtom(atom, endpoints[group.members[0]], cluster.namespaces)) group.atoms.push(atom.id);
        continue;
      }
      if (nsMatch.k === "is" && !cluster.namespaces.has(nsMatch.name)) continue;
      for (const group of candidateGroups(groups, atom.pods)) {
        if (answeredFor[group.shape] !== atom.id + 1) {
          const rep = endpoints[group.members[0]];
          answeredFor[group.shape] = atom.id + 1;
          answer[group.shape] = matchLabels(atom.pods, rep.labels, rep.calicoLabels) ? 1 : 0;
        }
        if (answer[group.shape] === 1) group.atoms.push(atom.id);
      }
    }
  }
  const groupKeys = /* @__PURE__ */ new Map();
  const classes = [];
  const byKey = /* @__PURE__ */ new Map();
  for (let e = 0; e < endpoints.length; e++) {
    const ep = endpoints[e];
    const group = groupOf[e];
    let key2 = groupKeys.get(group);
    if (key2 === void 0) groupKeys.set(group, key2 = group.atoms.join(","));
    const blocks = blockIds?.[e];
    if (blocks && blocks.length > 0) key2 += `+${blocks.join(",")}`;
    for (const p of ep.ports) key2 += `|${p.port}/${p.protocol}/${p.name === void 0 ? "-" : `${p.name.length}:${p.name}`}`;
    const found = byKey.get(key2);
    if (found) {
      found.members.push(ep);
      continue;
    }
    const cls = { index: classes.length, members: [ep], rep: ep, atoms: new Set(blocks ? [...group.atoms, ...blocks] : group.atoms), cells: portCells(ep.ports) };
    byKey.set(key2, cls);
    classes.push(cls);
  }
  return classes;
}
var CondBits = class {
  constructor(classes, externals, cluster) {
    this.classes = classes;
    this.externals = externals;
    this.cluster = cluster;
  }
  classes;
  externals;
  cluster;
  memo = /* @__PURE__ */ new WeakMap();
  atomMemo = /* @__PURE__ */ new Map();
  byAtom = null;
  /** Per atom id, the classes that satisfy it (one pass over the classes instead of one per atom). */
  classesOf() {
    if (this.byAtom) return this.byAtom;
    const out = /* @__PURE__ */ new Map();
    for (const c of this.classes) {
      for (const id of c.atoms) {
        pushTo(out, id, c.index);
      }
    }
    return this.byAtom = out;
  }
  get size() {
    return this.classes.length + this.externals.length;
  }
  sets = null;
  /** The network sets that name external ranges, by label, and the ranges each holds (made on first use). */
  setIndex() {
    if (this.sets) return this.sets;
    const externalsOf = /* @__PURE__ */ new Map();
    this.externals.forEach((x, i) => {
      for (const s of x.sets ?? []) {
        pushTo(externalsOf, s, i);
      }
    });
    return this.sets = { index: new LabelIndex([...externalsOf.keys()], (s) => s.labels), externalsOf };
  }
  byAddress = null;
  /**
   * The external ranges by address (family, first address, then the larger first), and whether
   * that is already their order (externalAtoms gives them so): then the ranges inside a CIDR are
   * consecutive parties.
   */
  addressOrder() {
    if (this.byAddress) return this.byAddress;
    const sorted = this.externals.map((x, i) => ({ family: x.cidr.family, lo: cidrBounds(x.cidr).lo, prefix: x.cidr.prefix, i })).sort((a, b) => a.family - b.family || (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : a.prefix - b.prefix));
    return this.byAddress = { sorted, inOrder: sorted.every((e, k) => e.i === k) };
  }
  /** Positions in addressOrder of the ranges whose CIDR lies inside `outer`: one run, as CIDRs nest or are disjoint. */
  insideRun(outer) {
    const { sorted } = this.addressOrder();
    const { family, lo, hi } = cidrBounds(outer);
    let [low, high] = [0, sorted.length];
    while (low < high) {
      const mid = low + high >> 1;
      const e = sorted[mid];
      if (e.family < family || e.family === family && e.lo < lo) low = mid + 1;
      else high = mid;
    }
    while (low < sorted.length && sorted[low].family === family && sorted[low].lo === lo && sorted[low].prefix < outer.prefix) low++;
    let end = low;
    while (end < sorted.length && sorted[end].family === family && sorted[end].lo <= hi) end++;
    return [low, end];
  }
  /** Sets (or clears) the parties of the external ranges inside `cidr`. */
  fillInside(b, cidr, on) {
    const { sorted, inOrder } = this.addressOrder();
    const [from, to] = this.insideRun(cidr);
    const first = this.classes.length;
    if (inOrder) b.fillRange(first + from, first + to, on);
    else for (let k = from; k < to; k++) b.fillRange(first + sorted[k].i, first + sorted[k].i + 1, on);
  }
  atom(a) {
    let b = this.atomMemo.get(a.id);
    if (b) return b;
    b = new Bitset(this.size);
    for (const ci of this.classesOf().get(a.id) ?? []) b.set(ci);
    if (a.k === "block") {
      this.fillInside(b, a.cidr, true);
      for (const x of a.except) this.fillInside(b, x, false);
      this.atomMemo.set(a.id, b);
      return b;
    }
    if (a.k === "serviceAccount") {
      const { externalsOf } = this.setIndex();
      for (const [s, xs] of externalsOf) if (matchSet(a, s, this.cluster.namespaces)) for (const i of xs) b.set(this.classes.length + i);
    }
    if (a.k === "pods" && a.pods.k === "calico") {
      const { index, externalsOf } = this.setIndex();
      const candidates = index.selectorCandidates(a.pods, () => 0);
      if (candidates !== null) {
        for (const s of candidates) if (matchSet(a, s, this.cluster.namespaces)) for (const i of externalsOf.get(s) ?? []) b.set(this.classes.length + i);
      } else {
        this.externals.forEach((x, i) => {
          if (matchAtom(a, x, this.cluster.namespaces)) b.set(this.classes.length + i);
        });
      }
    }
    this.atomMemo.set(a.id, b);
    return b;
  }
  of(c) {
    let b = this.memo.get(c);
    if (b) return b;
    switch (c.k) {
      case "all":
        b = Bitset.full(this.size);
        break;
      case "none":
        b = new Bitset(this.size);
        break;
      case "and":
        b = this.of(c.cs[0]).clone();
        for (const x of c.cs.slice(1)) b.andWith(this.of(x));
        break;
      case "or":
        b = new Bitset(this.size);
        for (const x of c.cs) b.orWith(this.of(x));
        break;
      case "not":
        b = this.of(c.c).invert();
        break;
      default:
        b = this.atom(c);
    }
    this.memo.set(c, b);
    return b;
  }
};
function selectingPolicies(index, classes, bits, dir) {
  const out = classes.map(() => []);
  for (const { tier, policies } of index.tiers) {
    const perClass = /* @__PURE__ */ new Map();
    for (const p of policies) {
      if (p[dir] === null) continue;
      bits.of(p.subject).forEach((ci) => {
        if (ci >= classes.length) return;
        pushTo(perClass, ci, p);
      });
    }
    for (const [ci, list] of perClass) out[ci].push({ tier, policies: list });
  }
  return out;
}
function evaluateRow(size2, tiers, dir, applies, peersOf) {
  const allowed = new Bitset(size2);
  let undecided = Bitset.full(size2);
  for (const { tier, policies } of tiers) {
    const passed = new Bitset(size2);
    for (const p of policies) {
      for (const r of p[dir]) {
        if (r.inert !== void 0 || r.action === "Log" || !applies(r)) continue;
        const peers = peersOf(r);
        if (r.action === "Allow") allowed.orWith(peers, undecided);
        else if (r.action === "Pass") passed.orWith(peers, undecided);
        undecided.andNotWith(peers);
      }
    }
    if (tier.defaultAction === "Deny") undecided = passed;
    else undecided.orWith(passed);
  }
  allowed.orWith(undecided);
  return allowed;
}
function rowEvaluator(size2, dir, peersOf) {
  const memo = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  return (tiers, applies) => {
    let key2 = "";
    for (const { policies } of tiers) {
      key2 += "|";
      for (const p of policies) {
        let id = ids.get(p);
        if (id === void 0) ids.set(p, id = ids.size);
        key2 += `${id}:`;
        for (const r of p[dir]) key2 += applies(r) ? "1" : "0";
        key2 += ",";
      }
    }
    let row = memo.get(key2);
    if (row === void 0) memo.set(key2, row = evaluateRow(size2, tiers, dir, applies, peersOf));
    return row;
  };
}
function computeMatrix(cluster, options = {}) {
  const index = indexPolicies(cluster);
  const classes = buildClasses(cluster);
  const externals = options.externals ?? cluster.externals;
  const bits = new CondBits(classes, externals, cluster);
  const parties = classes.length + externals.length;
  const targets = [];
  for (const c of classes) for (const cell of [...c.cells, ICMP_CELL]) targets.push({ index: targets.length, cls: c.index, cell });
  const classHas = (cond, ci) => classSatisfies(classes[ci], cond);
  const holding = (ids) => classes.map((c) => ids === void 0 || c.members.some((e) => ids.has(e.id)));
  const [asSource, asDestination] = [holding(options.only?.sources), holding(options.only?.destinations)];
  const ingressTiers = selectingPolicies(index, classes, bits, "ingress");
  const ingressRow = rowEvaluator(parties, "ingress", (r) => bits.of(r.peer));
  const noParties = new Bitset(parties);
  const ingress = targets.map((t) => {
    const cls = classes[t.cls];
    if (!asDestination[t.cls]) return noParties;
    return ingressRow(ingressTiers[t.cls], (r) => portMatches(r.ports, t.cell, cls.rep.ports) && classHas(r.local, t.cls));
  });
  const firstTarget = [];
  for (const t of targets) if (firstTarget[t.cls] === void 0) firstTarget[t.cls] = t.index;
  const shapes = /* @__PURE__ */ new Map();
  const shapeOf = classes.map((c) => {
    const key2 = c.rep.ports.map((p) => `${p.port}/${p.protocol}/${p.name === void 0 ? "-" : `${p.name.length}:${p.name}`}`).join("|");
    let shape = shapes.get(key2);
    if (shape === void 0) shapes.set(key2, shape = shapes.size);
    return shape;
  });
  const targetMemo = /* @__PURE__ */ new WeakMap();
  const targetsOf = (r) => {
    let b = targetMemo.get(r);
    if (b) return b;
    const out = new Bitset(targets.length);
    const portsByShape = [];
    bits.of(r.peer).forEach((ci) => {
      if (ci >= classes.length) return;
      const cls = classes[ci];
      const first = firstTarget[ci];
      let admits = portsByShape[shapeOf[ci]];
      if (admits === void 0) {
        admits = [];
        for (let t = first; t < targets.length && targets[t].cls === ci; t++) admits.push(portMatches(r.ports, targets[t].cell, cls.rep.ports));
        portsByShape[shapeOf[ci]] = admits;
      }
      for (let k = 0; k < admits.length; k++) if (admits[k]) out.set(first + k);
    });
    targetMemo.set(r, out);
    return out;
  };
  const egressTiers = selectingPolicies(index, classes, bits, "egress");
  const egressRow = rowEvaluator(targets.length, "egress", targetsOf);
  const noTargets = new Bitset(targets.length);
  const egress = classes.map((c) => asSource[c.index] ? egressRow(egressTiers[c.index], (r) => classHas(r.local, c.index)) : noTargets);
  const externalTargets = [];
  if (externals.length > 0) {
    const cuts = options.cuts ?? egressPortCuts([cluster]);
    externals.forEach((_, ext) => {
      for (const protocol of PROTOCOLS) {
        const starts = cuts.get(protocol) ?? [1];
        starts.forEach((from, i) => externalTargets.push({ index: externalTargets.length, ext, protocol, from, to: i + 1 < starts.length ? starts[i + 1] - 1 : MAX_PORT }));
      }
      externalTargets.push({ index: externalTargets.length, ext, protocol: "ICMP", from: ICMP_CELL.port, to: ICMP_CELL.port });
    });
  }
  const columnsOfExternal = externals.map(() => []);
  for (const t of externalTargets) columnsOfExternal[t.ext].push(t);
  const externalMemo = /* @__PURE__ */ new WeakMap();
  const externalTargetsOf = (r) => {
    let b = externalMemo.get(r);
    if (b) return b;
    const out = new Bitset(externalTargets.length);
    bits.of(r.peer).forEach((p) => {
      if (p < classes.length) return;
      for (const t of columnsOfExternal[p - classes.length]) if (portMatches(r.ports, { port: t.from, protocol: t.protocol }, [])) out.set(t.index);
    });
    externalMemo.set(r, out);
    return out;
  };
  const egressExternalRow = rowEvaluator(externalTargets.length, "egress", externalTargetsOf);
  const noColumns = new Bitset(externalTargets.length);
  const egressExternal = classes.map((c) => asSource[c.index] ? egressExternalRow(egressTiers[c.index], (r) => classHas(r.local, c.index)) : noColumns);
  return { cluster, index, classes, externals, targets, ingress, egress, externalTargets, egressExternal, byClass: { bits, tiers: { ingress: ingressTiers, egress: egressTiers } } };
}
function egressToward(cluster, index, classes, columns) {
  const bits = new CondBits(classes, [], cluster);
  const tiers = selectingPolicies(index, classes, bits, "egress");
  const byClass = /* @__PURE__ */ new Map();
  const destinations = new Bitset(classes.length);
  columns.forEach((col, i) => {
    pushTo(byClass, col.cls, i);
    destinations.set(col.cls);
  });
  const memo = /* @__PURE__ */ new WeakMap();
  const columnsOf = (r) => {
    let b = memo.get(r);
    if (b) return b;
    const out = new Bitset(columns.length);
    const met = bits.of(r.peer).clone();
    met.andWith(destinations);
    met.forEach((ci) => {
      for (const i of byClass.get(ci)) if (portMatches(r.ports, columns[i].cell, columns[i].ports)) out.set(i);
    });
    memo.set(r, out);
    return out;
  };
  const row = rowEvaluator(columns.length, "egress", columnsOf);
  const rows = /* @__PURE__ */ new Map();
  return (ci) => {
    let b = rows.get(ci);
    if (b === void 0) rows.set(ci, b = row(tiers[ci], (r) => classSatisfies(classes[ci], r.local)));
    return b;
  };
}
function allowedCell(m, p, t) {
  if (!m.ingress[t].has(p)) return false;
  return p >= m.classes.length || m.egress[p].has(t);
}
function* cells(m, options = {}) {
  const sources = [];
  m.classes.forEach((c) => c.members.forEach((ep) => sources.push({ party: ep, p: c.index })));
  m.externals.forEach((x, i) => sources.push({ party: x, p: m.classes.length + i }));
  const classOf = /* @__PURE__ */ new Map();
  m.classes.forEach((c) => c.members.forEach((ep) => classOf.set(ep, c.index)));
  const targetsByClass = m.classes.map(() => []);
  for (const t of m.targets) targetsByClass[t.cls].push(t);
  const dsts = [...m.cluster.endpoints];
  for (const { party, p } of sources) {
    for (const dst of dsts) {
      if (dst === party) continue;
      for (const t of targetsByClass[classOf.get(dst)]) {
        if (t.cell.protocol === "ICMP" && options.icmp !== true) continue;
        yield { src: party, dst, cell: t.cell, allowed: allowedCell(m, p, t.index) };
      }
    }
  }
}
function explainCell(m, src, dst, cell) {
  const dstPorts = dst.type === "workload" ? dst.ports : [];
  const s = partyIndex(m, src);
  const d = partyIndex(m, dst);
  if (s === void 0 || d === void 0) return decideConnection(m.cluster, m.index, src, dst, cell, dstPorts);
  const egress = decideByClass(m, "egress", src, s, dst, d, cell, dstPorts);
  const ingress = decideByClass(m, "ingress", dst, d, src, s, cell, dstPorts);
  return { allowed: egress.allowed && ingress.allowed, egress, ingress };
}
function decideByClass(m, dir, subject, s, peer, p, cell, dstPorts) {
  const { bits, tiers } = m.byClass;
  const index = { tiers: s < m.classes.length ? tiers[dir][s] : [] };
  return decide(m.cluster, index, dir, subject, peer, cell, dstPorts, {
    selects: () => true,
    local: (c) => bits.of(c).has(s),
    peer: (c) => bits.of(c).has(p)
  });
}
var partyIndexes = /* @__PURE__ */ new WeakMap();
function partyIndex(m, party) {
  let byParty = partyIndexes.get(m);
  if (byParty === void 0) {
    byParty = /* @__PURE__ */ new Map();
    for (const c of m.classes) for (const ep of c.members) byParty.set(ep, c.index);
    m.externals.forEach((x, i) => byParty.set(x, m.classes.length + i));
    partyIndexes.set(m, byParty);
  }
  return byParty.get(party);
}

// src/engine/netpol/dns-stand-ins.ts
function dnsStandIn(pods, name) {
  const serviceAccountLabels = calicoAccountLabels(pods.serviceAccount);
  return {
    type: "workload",
    id: `${pods.namespace}/${name}`,
    namespace: pods.namespace,
    name,
    kind: "Deployment",
    labels: { ...pods.labels },
    calicoLabels: workloadEndpointCalicoLabels(pods.labels, namespaceInfo(pods.namespace, {}), pods.serviceAccount, serviceAccountLabels),
    ports: pods.ports.map((p) => ({ ...p })),
    serviceAccount: pods.serviceAccount,
    serviceAccountLabels,
    ips: []
  };
}
var DNS_STAND_INS = [dnsStandIn(CLUSTER_DNS_PODS, "kube-dns"), dnsStandIn(OPENSHIFT_DNS_PODS, "dns-default")];
function dnsServerPort(ep, p, protocol = "UDP") {
  return p.protocol === protocol && (p.port === 53 || p.port === 5353 && ep.namespace === OPENSHIFT_DNS_PODS.namespace);
}
function servesDns(ep) {
  return ep.ports.some((p) => dnsServerPort(ep, p));
}
function podsOf(standIn) {
  return PLATFORM_DNS_PODS.find((p) => p.namespace === standIn.namespace);
}
function isPlatformDnsPod(standIn, ep) {
  const pods = podsOf(standIn);
  return ep !== standIn && ep.namespace === pods.namespace && Object.entries(pods.labels).every(([k, v]) => ep.labels[k] === v);
}
function standInNames(standIn) {
  if (standIn.namespace !== CLUSTER_DNS_PODS.namespace) return [standIn];
  return [standIn, { ...standIn, id: `${standIn.namespace}/coredns`, name: "coredns" }];
}
function describeDnsStandIn(ep) {
  const pods = podsOf(ep);
  const labels = Object.entries(pods.labels).map(([k, v]) => `${k}=${v}`).join(",");
  const ports = pods.ports.map((p) => `${p.port}/${p.protocol}`).join(" and ");
  return `${ep.namespace} pods labelled ${labels}, service account ${pods.serviceAccount}, serving ${ports}`;
}

export {
  defineRule,
  PLACEHOLDER,
  formatMessage,
  matchKeys,
  describeFactSource,
  derived,
  lastOnly,
  perResource,
  findingsPerResource,
  WORKLOAD_KINDS,
  buildModel,
  podSpecOf,
  objectLabel,
  sameObject,
  severalPodsOf,
  rollingSurgeOf,
  podMetadataOf,
  PROTOCOLS,
  ICMP_CELL,
  DEFAULT_TIER,
  DEFAULT_NAMESPACE,
  NAMESPACE_NAME_LABEL,
  unevaluatedPoliciesOf,
  describeUnevaluated,
  unevaluatedCaveat,
  isBlankCalicoSelector,
  trimCalicoWhitespace,
  parseCalicoSelector,
  matchesCalicoSelector,
  selectorLabelKeys,
  formatCalicoSelector,
  operatorRunsPods,
  podEndpoint,
  CALICO_NAME_LABEL,
  calicoAccountLabels,
  NAMESPACE_PROFILE_PREFIX,
  SERVICE_ACCOUNT_PROFILE_PREFIX,
  isWorkload,
  labelsOf,
  serviceAccountOf,
  namespaceOf,
  namespaceInfo,
  collectEndpoints,
  labelMatchKey,
  labelSelector,
  rawSelectorKey,
  k8sLabelMatch,
  labelMatchKeys,
  readLabelKeys,
  matchLabels,
  matchNamespace,
  blockGuessed,
  matchAtom,
  evalKleene,
  matchCond,
  portMatches,
  condKey,
  blockAtomsOnly,
  atomsOf,
  isKubernetesNetworkPolicy,
  PORT_PROTOCOLS,
  servicePorts,
  serviceSelector,
  servedOn,
  CLUSTER_DNS_PODS,
  OPENSHIFT_DNS_PODS,
  PLATFORM_DNS_PODS,
  CALICO_GROUPS,
  DEFAULT_TIER_ORDER,
  isCalicoPolicy,
  protocolIpVersion,
  calicoPolicyTypes,
  hostEndpointLabels,
  selectsHostEndpoint,
  readsNodeLabelsOnly,
  hostEndpointNote,
  KUBE_ADMIN_TIER,
  KUBE_BASELINE_TIER,
  isAdminPolicy,
  externalAtoms,
  clusterOf,
  podRanges,
  isNetworkSet,
  buildCluster,
  Bitset,
  LabelIndex,
  indexPolicies,
  indexByNamespace,
  decide,
  classSatisfies,
  MAX_PORT,
  egressPortCuts,
  partyCount,
  buildClasses,
  computeMatrix,
  egressToward,
  allowedCell,
  cells,
  explainCell,
  DNS_STAND_INS,
  dnsServerPort,
  servesDns,
  isPlatformDnsPod,
  standInNames,
  describeDnsStandIn,
  plural,
  firstOf,
  andList
};
