/**
 * `--to svc:NS/NAME` (or `service:`): a query side that names a Kubernetes Service. It selects the
 * pods the Service's `selector` picks in its namespace, and on the `--to` side `--port` may be one
 * of the Service's ports (its number, or its name), which is answered as the pods' `targetPort`:
 * kube-proxy translates a ClusterIP's (or a node port's) address and port to a pod's before the
 * connection reaches the pod's policy, so policy decides on the target port (the Kubernetes
 * Service page, "Defining a Service": targetPort; projectcalico/calico#8049). A headless Service
 * (`clusterIP: None`) has no virtual address: clients connect to the pods themselves, on the port
 * they dial, and the port is asked as given.
 */
import type { Resource } from '../types.js';
import { asObject, isObject } from '../values.js';
import { namespaceOf } from './endpoints.js';
import type { Party } from './model.js';
import { servicePorts, type ServicePort } from './services.js';
import { parsePortQuery, ReachQueryError, type ReachQuery } from './reach.js';

const SERVICE_PREFIX = /^(?:svc|service):/i;

/** Whether a query side names a Service (`svc:web`, `service:shop/web`). */
export const namesService = (text: string | undefined): text is string => text !== undefined && SERVICE_PREFIX.test(text.trim());

/**
 * The query with its `svc:` sides turned into the pods behind the Service (`fromParty`/`toParty`,
 * the text kept for messages) and a Service port given with `--port` on the `--to` side turned into
 * the pods' target port, with a note saying so; a ReachQueryError when a side names no Service of
 * the input, one that sends no connection to pods, or a port the Service does not have.
 */
export function withServiceSides(resources: readonly Resource[], query: ReachQuery): { query: ReachQuery; notes: string[] } {
  if (!namesService(query.from) && !namesService(query.to)) return { query, notes: [] };
  const out: ReachQuery = { ...query };
  const notes: string[] = [];
  if (namesService(query.from)) out.fromParty = selectedBy(serviceNamed(resources, query.from, '--from'));
  if (namesService(query.to)) {
    const service = serviceNamed(resources, query.to, '--to');
    out.toParty = selectedBy(service);
    const label = serviceLabel(service);
    if (query.port !== undefined) {
      const asked = servicePortAsked(service, query.port);
      const headless = asObject(service.value.spec).clusterIP === 'None';
      const target = typeof asked.targetPort === 'number' || typeof asked.targetPort === 'string' ? String(asked.targetPort) : String(asked.port);
      if (headless) notes.push(`${label} is headless (clusterIP: None): clients connect to its pods directly, on the port they dial, so the answer is for ${asked.port}/${asked.protocol} on the pods`);
      else {
        out.port = `${target}/${asked.protocol}`;
        if (target !== String(asked.port)) notes.push(`${label} port ${asked.port}/${asked.protocol} goes to its pods' targetPort ${target}: kube-proxy translates the Service's address and port to a pod's before policy sees the connection (the client's egress and the pod's ingress), so the answer is for ${target}/${asked.protocol}`);
      }
    }
  }
  return { query: out, notes };
}

/** The Service a `svc:` side names: `NS/NAME`, or a `NAME` one namespace of the input has. */
function serviceNamed(resources: readonly Resource[], text: string, flag: string): Resource {
  const ref = text.trim().replace(SERVICE_PREFIX, '');
  const slash = ref.indexOf('/');
  const [namespace, name] = slash < 0 ? [null, ref] : [ref.slice(0, slash), ref.slice(slash + 1)];
  const fail = (why: string): never => {
    throw new ReachQueryError(`${flag} ${JSON.stringify(text)}: ${why}`);
  };
  if (name === '' || namespace === '') fail('give the Service as svc:NAMESPACE/NAME or svc:NAME');
  const services = resources.filter((r) => r.group === '' && r.kind === 'Service' && r.name === name && (namespace === null || namespaceOf(r) === namespace));
  const namespaces = [...new Set(services.map(namespaceOf))];
  if (services.length === 0) {
    const dns = name === 'kube-dns' && (namespace === null || namespace === 'kube-system') ? `; for the cluster DNS pods netlint stands in for, ask ${flag} kube-system/kube-dns` : '';
    fail(`the input holds no Service ${namespace === null ? name : `${namespace}/${name}`}${dns}`);
  }
  if (namespaces.length > 1) fail(`Services named ${name} are in namespaces ${namespaces.join(', ')}: give svc:NAMESPACE/${name}`);
  const service = services[services.length - 1];
  const spec = asObject(service.value.spec);
  if (spec.type === 'ExternalName') fail(`${serviceLabel(service)} is an ExternalName Service (a DNS name for ${String(spec.externalName)}): it sends no connection to pods`);
  if (!isObject(spec.selector) || Object.keys(spec.selector).length === 0) fail(`${serviceLabel(service)} has no selector: its endpoints are written by hand (EndpointSlices), which netlint does not read`);
  return service;
}

/** The Service's pods: workloads of its namespace with every label of its selector. */
function selectedBy(service: Resource): (p: Party) => boolean {
  const namespace = namespaceOf(service);
  const pairs = Object.entries(asObject(asObject(service.value.spec).selector)).map(([k, v]) => [k, String(v)] as const);
  return (p) => p.type === 'workload' && p.namespace === namespace && pairs.every(([k, v]) => p.labels[k] === v);
}

/** The Service port `--port` names: by number (and protocol; TCP first when not given) or by the port's name. */
function servicePortAsked(service: Resource, text: string): ServicePort {
  const asked = parsePortQuery(text);
  const ports = servicePorts(service);
  const listed = ports.map((p) => `${p.port}/${p.protocol}${p.name ? ` (${p.name})` : ''}`).join(', ') || 'none';
  if (asked.protocol === 'ICMP') {
    throw new ReachQueryError(`--port ${JSON.stringify(text)}: ping to a Service's address does not reach its pods (kube-proxy forwards its ports only); ask --to with the pods (their namespace/name or labels) instead`);
  }
  const candidates = ports.filter((p) => (asked.port !== null ? p.port === asked.port : p.name === asked.name) && (asked.protocol === null || p.protocol === asked.protocol));
  const found = candidates.find((p) => p.protocol === 'TCP') ?? candidates[0];
  if (found === undefined) throw new ReachQueryError(`--port ${JSON.stringify(text)}: ${serviceLabel(service)} has no such port (its ports: ${listed})`);
  return found;
}

const serviceLabel = (service: Resource): string => `Service ${namespaceOf(service)}/${service.name}`;
