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
import { asObject } from '../values.js';
import { namespaceOf } from './endpoints.js';
import type { Party } from './model.js';
import { servicePorts, serviceSelector, type ServicePort } from './services.js';
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
      const asked = servicePortsAsked(service, query.port);
      const headless = asObject(service.value.spec).clusterIP === 'None';
      // A port asked without a protocol is asked for each protocol the Service serves it on, as reach asks a bare port for every protocol.
      const protocols = asked.length === 1 ? `/${asked[0].protocol}` : '';
      const served = asked.map((p) => `${p.port}/${p.protocol}`).join(' and ');
      // servicePorts gives targetPort as written, or the port when it is not.
      const targets = [...new Set(asked.map((p) => String(p.targetPort)))];
      if (targets.length > 1) {
        throw new ReachQueryError(`--port ${JSON.stringify(query.port)}: ${label} sends ${asked.map((p) => `${p.port}/${p.protocol} to targetPort ${String(p.targetPort)}`).join(' and ')}: give the protocol (${asked.map((p) => `${p.port}/${p.protocol}`).join(' or ')})`);
      }
      if (headless) {
        out.port = `${asked[0].port}${protocols}`;
        notes.push(`${label} is headless (clusterIP: None): clients connect to its pods directly, on the port they dial, so the answer is for ${served} on the pods`);
      } else {
        out.port = `${targets[0]}${protocols}`;
        if (targets[0] !== String(asked[0].port)) notes.push(`${label} port ${served} goes to its pods' targetPort ${targets[0]}: kube-proxy translates the Service's address and port to a pod's before policy sees the connection (the client's egress and the pod's ingress), so the answer is for ${targets[0]}${protocols}`);
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
    // The same name in another namespace (a kustomization's `namespace` moves a whole folder).
    const elsewhere = [...new Set(resources.filter((r) => r.group === '' && r.kind === 'Service' && r.name === name).map(namespaceOf))];
    const hint = elsewhere.length > 0 ? ` (did you mean ${elsewhere.map((ns) => `svc:${ns}/${name}`).join(' or ')}?)` : '';
    fail(`the input holds no Service ${namespace === null ? name : `${namespace}/${name}`}${hint}${dns}`);
  }
  if (namespaces.length > 1) fail(`Services named ${name} are in namespaces ${namespaces.join(', ')}: give svc:NAMESPACE/${name}`);
  const service = services[services.length - 1];
  const spec = asObject(service.value.spec);
  if (spec.type === 'ExternalName') fail(`${serviceLabel(service)} is an ExternalName Service (a DNS name for ${String(spec.externalName)}): it sends no connection to pods`);
  if (serviceSelector(service) === null) fail(`${serviceLabel(service)} has no selector: its endpoints are written by hand (EndpointSlices), which netlint does not read`);
  return service;
}

/** The Service's pods: workloads of its namespace with every label of its selector. */
function selectedBy(service: Resource): (p: Party) => boolean {
  const namespace = namespaceOf(service);
  const pairs = Object.entries(serviceSelector(service) ?? {});
  return (p) => p.type === 'workload' && p.namespace === namespace && pairs.every(([k, v]) => p.labels[k] === v);
}

/** The Service ports `--port` names: by number or by the port's name, on its protocol when given, else on every protocol the Service has it on. */
function servicePortsAsked(service: Resource, text: string): ServicePort[] {
  const asked = parsePortQuery(text);
  const ports = servicePorts(service);
  const listed = ports.map((p) => `${p.port}/${p.protocol}${p.name ? ` (${p.name})` : ''}`).join(', ') || 'none';
  if (asked.protocol === 'ICMP') {
    throw new ReachQueryError(`--port ${JSON.stringify(text)}: ping to a Service's address does not reach its pods (kube-proxy forwards its ports only); ask --to with the pods (their namespace/name or labels) instead`);
  }
  const found = ports.filter((p) => (asked.port !== null ? p.port === asked.port : p.name === asked.name) && (asked.protocol === null || p.protocol === asked.protocol));
  if (found.length === 0) throw new ReachQueryError(`--port ${JSON.stringify(text)}: ${serviceLabel(service)} has no such port (its ports: ${listed})`);
  return found;
}

const serviceLabel = (service: Resource): string => `Service ${namespaceOf(service)}/${service.name}`;

/**
 * For `diff`: when a `svc:` side's Service selects other pods or sends the asked port elsewhere in
 * base than in head, the note saying that the answer follows head's (a connection through the
 * Service in base's sense is not listed as closed), or null.
 */
export function serviceChangedNote(base: readonly Resource[], head: readonly Resource[], query: ReachQuery): string | null {
  if (!namesService(query.from) && !namesService(query.to)) return null;
  const on = (resources: readonly Resource[]) => {
    try {
      const { query: q } = withServiceSides(resources, query);
      const side = (text: string | undefined) => (namesService(text) ? JSON.stringify(serviceSelector(serviceNamed(resources, text, ''))) : '');
      return `${side(query.from)} ${side(query.to)} ${q.port ?? ''}`;
    } catch {
      return null;
    }
  };
  const [before, after] = [on(base), on(head)];
  if (before === null || after === null || before === after) return null;
  const named = [query.from, query.to].filter(namesService).map((t) => t.trim().replace(SERVICE_PREFIX, '')).join(' and ');
  return `Service ${named} selects other pods or sends the port elsewhere in base than in head: connections through it are answered as head has it`;
}
