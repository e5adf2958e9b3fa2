import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  BoundedCache
} from "./chunk-GFV5YE54.js";
import {
  asObject,
  isObject,
  stringMap
} from "./chunk-UVMVSI5T.js";

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
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
  for (const m of template.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)) {
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
function derived(key, compute) {
  return (model) => model.memo(key, compute);
}
function lastOnly(compute) {
  let last;
  let value;
  return (key, ...rest) => {
    if (key !== last) {
      value = compute(key, ...rest);
      last = key;
    }
    return value;
  };
}
function perResource(compute) {
  return lastOnly(compute);
}
function findingsPerResource(key, collect) {
  const all = derived(key, (model) => {
    const byResource = /* @__PURE__ */ new Map();
    collect(model, (resource, descriptor) => {
      const list = byResource.get(resource);
      if (list) list.push(descriptor);
      else byResource.set(resource, [descriptor]);
    });
    return byResource;
  });
  return (model, resource) => all(model).get(resource) ?? NO_FINDINGS;
}
var NO_FINDINGS = [];
var WORKLOAD_KINDS = ["apps/Deployment", "apps/StatefulSet", "apps/DaemonSet", "apps/ReplicaSet", "batch/Job", "batch/CronJob"];
function buildModel(resources, config = {}) {
  const index = /* @__PURE__ */ new Map();
  const keysOfKind = /* @__PURE__ */ new Map();
  for (const r of resources) {
    let keys = keysOfKind.get(r.groupKind);
    if (!keys) keysOfKind.set(r.groupKind, keys = matchKeys(r));
    for (const key of keys) {
      let list = index.get(key);
      if (!list) index.set(key, list = []);
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
    memo(key, compute) {
      const found = cache.get(key);
      if (found !== void 0 || cache.has(key)) return found;
      const value = compute(model);
      cache.set(key, value);
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
  const networkingFact = (r, tool, field, written) => {
    const where = written ? ["networking", field] : isObject(r.value.networking) ? ["networking"] : [];
    return { file: r.file, what: `${tool} ${written ? `networking.${field}` : `default ${field}`}`, resource: r, path: where, ...written ? {} : { defaulted: true } };
  };
  for (const r of byKind("kind.x-k8s.io/Cluster")) {
    const net = asObject(r.value.networking);
    add(podCIDRs, net.podSubnet ?? "10.244.0.0/16", networkingFact(r, "kind Cluster", "podSubnet", Boolean(net.podSubnet)));
    add(serviceCIDRs, net.serviceSubnet ?? "10.96.0.0/16", networkingFact(r, "kind Cluster", "serviceSubnet", Boolean(net.serviceSubnet)));
  }
  for (const r of byKind("kubeadm.k8s.io/ClusterConfiguration")) {
    const net = asObject(r.value.networking);
    if (net.podSubnet) add(podCIDRs, net.podSubnet, networkingFact(r, "kubeadm ClusterConfiguration", "podSubnet", true));
    add(serviceCIDRs, net.serviceSubnet ?? "10.96.0.0/12", networkingFact(r, "kubeadm ClusterConfiguration", "serviceSubnet", Boolean(net.serviceSubnet)));
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
      mergeNode({ name, labels: stringMap(n.labels), annotations: {}, addresses: [], source: { file: r.file, what: `kind Cluster nodes[${i}]`, resource: r } });
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
    mergeNode({ name: r.name, labels: stringMap(md.labels), annotations: stringMap(md.annotations), addresses, source: { file: r.file, what: "Calico Node", resource: r } });
  }
  const nodeList = [...nodes.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const nodesKnown = complete && nodeList.length > 0;
  return {
    podCIDRs,
    serviceCIDRs,
    nodes: nodeList,
    nodesKnown,
    nodeCount: config.nodeCount ?? (nodesKnown ? nodeList.length : null),
    physicalMTU: config.physicalMTU ?? null,
    nodeSubnets: config.nodeSubnets ?? [],
    calicoVersion: config.calicoVersion ?? null
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

export {
  defineRule,
  formatMessage,
  matchKeys,
  derived,
  lastOnly,
  perResource,
  findingsPerResource,
  WORKLOAD_KINDS,
  buildModel,
  podSpecOf,
  severalPodsOf,
  podMetadataOf
};
