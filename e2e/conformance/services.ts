import { namespaceOf } from '../../src/engine/netpol/endpoints.js';
import type { WorkloadEndpoint } from '../../src/engine/netpol/model.js';
import { servedOn, servicePorts, serviceSelector } from '../../src/engine/netpol/services.js';
import type { Resource } from '../../src/engine/types.js';
import { predictedCell, type ExpectedMatrix, type PlannedCell } from './reach.js';
import type { ShadowPod } from './shadow.js';

/**
 * Services of a scenario, probed through their ClusterIP: a connection to a Service's port is
 * translated by kube-proxy to one of its pods on the port's `targetPort` before either end's policy
 * sees it, so the cell is predicted from reach's pod cells on the target port (`netlint reach --to
 * svc:NS/NAME --port P` answers the same way), and the probe proves that on the cluster. This is
 * the claim `netpol/service-port-not-pod-port` rests on.
 */
type Obj = Record<string, unknown>;

export interface ShadowServicePort {
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  name?: string;
  /** As the Service writes it (a number or a container port's name; the port when not written). */
  targetPort: unknown;
  /** Per backing shadow pod id, the port number the Service sends to (its targetPort resolved on that pod). */
  targets: Map<string, number>;
}

export interface ShadowService {
  /** `svc:ns/name`: the column label of its cells, as reach's query names it. */
  id: string;
  namespace: string;
  name: string;
  /** Shadow pod ids its selector picks. */
  backends: string[];
  ports: ShadowServicePort[];
  /** As applied: a ClusterIP Service with the input's selector and probed ports. */
  manifest: Obj;
}

/**
 * The Services the shadow run can probe: a selector that picks at least one shadow pod, not
 * headless or ExternalName, and the ports whose targetPort every backing shadow pod declares (a
 * port nothing listens on would be refused, which says nothing about policy). What is left out
 * is said in `notes`.
 */
export function shadowServices(resources: readonly Resource[], pods: readonly ShadowPod[], endpoints: ReadonlyMap<string, WorkloadEndpoint>, notes: string[], keptNamespace: (ns: string) => boolean): ShadowService[] {
  const out: ShadowService[] = [];
  for (const r of resources) {
    if (r.group !== '' || r.kind !== 'Service') continue;
    const spec = (r.value.spec ?? {}) as Obj;
    const label = `Service ${namespaceOf(r)}/${r.name}`;
    const selector = serviceSelector(r);
    if (spec.type === 'ExternalName' || selector === null) continue;
    // A namespace the run keeps holds the cluster's own Services (kube-system/kube-dns, default/kubernetes): one of the same name would be replaced, then deleted.
    if (keptNamespace(namespaceOf(r))) {
      notes.push(`${label} is not probed: the run creates no Service in the cluster's own namespace ${namespaceOf(r)}, where it could replace one the cluster runs`);
      continue;
    }
    if (spec.clusterIP === 'None') {
      notes.push(`${label} is headless: clients dial its pods directly, as the pod cells probe them; it is not probed through an address of its own`);
      continue;
    }
    const namespace = namespaceOf(r);
    const pairs = Object.entries(selector);
    const backends = pods.filter((p) => p.namespace === namespace && pairs.every(([k, v]) => endpoints.get(p.id)?.labels[k] === v));
    if (backends.length === 0) continue;
    const ports: ShadowServicePort[] = [];
    for (const sp of servicePorts(r)) {
      const targets = new Map<string, number>();
      for (const b of backends) {
        // Declared by the pod: a number it serves, or a name it gives a port.
        const served = servedOn(b, sp.targetPort, sp.protocol);
        if (served && b.ports.some((p) => p.port === served.port && p.protocol === sp.protocol)) targets.set(b.id, served.port);
      }
      if (targets.size < backends.length) {
        notes.push(`${label} port ${sp.port}/${sp.protocol} is not probed: not every pod behind it declares its targetPort ${String(sp.targetPort)}, so a probe could meet a port nothing listens on`);
        continue;
      }
      ports.push({ port: sp.port, protocol: sp.protocol, ...(sp.name ? { name: sp.name } : {}), targetPort: sp.targetPort, targets });
    }
    if (ports.length === 0) continue;
    const manifest = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: r.name, namespace },
      spec: {
        type: 'ClusterIP',
        selector,
        ports: ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), port: p.port, protocol: p.protocol, targetPort: p.targetPort })),
      },
    };
    out.push({ id: `svc:${namespace}/${r.name}`, namespace, name: r.name, backends: backends.map((b) => b.id), ports, manifest });
  }
  return out;
}

/**
 * One cell per shadow pod (not behind the Service: a pod calling its own Service may be sent to
 * itself) × Service port, predicted from reach's cells toward each backing pod on its target port:
 * allowed when all are, blocked when none is. A port whose pods reach tells apart (one admits the
 * source, another does not) is left out with a note: kube-proxy picks a pod at random.
 */
export function serviceCells(services: readonly ShadowService[], pods: readonly ShadowPod[], expected: ExpectedMatrix, notes: string[]): PlannedCell[] {
  const out: PlannedCell[] = [];
  for (const s of services) {
    for (const p of s.ports) {
      for (const src of pods) {
        if (s.backends.includes(src.id)) continue;
        const cells = s.backends.map((b) => predictedCell(expected, src.id, b, p.targets.get(b)!, p.protocol));
        if (cells.some((c) => c === undefined)) continue;
        const first = cells[0]!;
        if (cells.some((c) => c!.allowed !== first.allowed)) {
          notes.push(`${src.id} → ${s.id} ${p.port}/${p.protocol} is not probed: reach admits it to some of the Service's pods and not others, and kube-proxy picks one at random`);
          continue;
        }
        out.push({ from: src.id, to: s.id, port: p.port, protocol: p.protocol, ...(p.name ? { portName: p.name } : {}), allowed: first.allowed, egress: first.egress, ingress: first.ingress });
      }
    }
  }
  return out;
}

/** ClusterIP per Service name from `kubectl get services -o json`; a Service without one is absent. */
export function clusterIps(json: string): Map<string, string> {
  const out = new Map<string, string>();
  try {
    for (const i of ((JSON.parse(json) as { items?: { metadata?: { name?: string }; spec?: { clusterIP?: string } }[] }).items ?? [])) {
      const ip = i.spec?.clusterIP;
      if (i.metadata?.name && ip && ip !== 'None') out.set(i.metadata.name, ip);
    }
  } catch {
    // Not JSON: no addresses, which fails the scenario naming the Services.
  }
  return out;
}
