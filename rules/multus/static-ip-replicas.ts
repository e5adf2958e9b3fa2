import { rollingSurgeOf, severalPodsOf } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';
import type { Span } from '../../src/engine/strict-json.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { NETWORKS_ANNOTATION, podAnnotations } from './lib/annotation.js';
import type { Selection } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { POD_KINDS, findNads, pluginsOf } from './lib/nads.js';
import { asArray, asObject, goJsonField, isObject } from '../../src/engine/values.js';
import type { Obj } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'multus/static-ip-replicas',
    description:
      'A static address (`"ips"` in the JSON form of `k8s.v1.cni.cncf.io/networks`, or the `addresses` of the network\'s `static` IPAM) or a fixed `"mac"` in the pod template of a workload that runs several pods (Deployment, ReplicaSet or StatefulSet with `replicas` > 1, a DaemonSet on more than one node, a Job with `parallelism` > 1): every pod asks for the same address on the secondary network, so they collide on its segment (or IPAM refuses all but one).',
    severity: 'error',
    remediation: 'Give each pod its own address: one workload per static IP, or let the NetworkAttachmentDefinition\'s IPAM (host-local ranges, whereabouts) hand out addresses and drop `"ips"`.',
    kinds: POD_KINDS,
    messages: {
      many: 'static IP {{ips}} on network "{{network}}" is in the pod template of a {{kind}} that runs {{count}}; every pod asks for the same address',
      manyMac: 'MAC {{mac}} on network "{{network}}" is in the pod template of a {{kind}} that runs {{count}}; every pod asks for the same MAC (on one node, macvlan refuses the second: address in use)',
      nadStatic: 'network "{{network}}" is NetworkAttachmentDefinition {{nad}}, whose static IPAM gives every pod {{ips}}, and a {{kind}} that runs {{count}} asks for it; every pod gets the same address',
      surge:
        'static IP {{ips}} on network "{{network}}" is in the pod template of a Deployment of one pod that rolls out with {{surge}}: each rollout starts the new pod beside the old one asking for the same address (the static IPAM gives it to both, host-local and whereabouts refuse the new pod and the rollout stalls)',
    },
    docs: 'A Deployment of one pod is reported too, as a warning, when it rolls out by surging (strategy RollingUpdate, the default, with maxSurge other than 0): during each rollout two pods ask for the address (k8s.io/api apps/v1 RollingUpdateDeployment defaults); `strategy: {type: Recreate}` or `maxSurge: 0` avoids it, as OpenAirInterface\'s manifests do. The same reasoning as `calico/ipaddrs-replicas` for the secondary network: Multus passes `ips` to the delegate plugin as a runtime config (the `static` IPAM or a plugin with the `ips` capability), which assigns it to every pod that asks. A NetworkAttachmentDefinition whose `static` IPAM writes the `addresses` (and the selection asks for no `ips` of its own) does the same: the static plugin keeps no state and hands those addresses to every pod (containernetworking/plugins plugins/ipam/static).',
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    // A host-network pod runs no CNI plugin, so it asks for no address (multus/hostnetwork-annotation says so).
    if (!a || podAnnotations(resource)?.hostNetwork) return;
    if (a.parsed.selections.length === 0) return;
    const count = severalPodsOf(resource, ctx.model.facts);
    const surge = count === null ? rollingSurgeOf(resource) : null;
    if (count === null && surge === null) return;
    for (const s of a.parsed.selections) {
      if (count !== null) {
        const macKey = s.element ? Object.keys(s.element).find((k) => k.toLowerCase() === 'mac') : undefined;
        const mac = macKey === undefined ? undefined : s.element![macKey];
        if (typeof mac === 'string' && mac !== '') ctx.report({ path: a.path, span: s.spanOf(macKey!), messageId: 'manyMac', data: { mac, network: s.name, kind: resource.kind, count } });
      }
      const fixed = fixedAddresses(ctx.model, resource, s);
      if (fixed === null) continue;
      const ips = fixed.ips.join(', ');
      if (count === null) ctx.report({ path: a.path, span: fixed.span, messageId: 'surge', severity: 'warning', data: { ips, network: s.name, surge } });
      else if (fixed.nad) ctx.report({ path: a.path, span: fixed.span, messageId: 'nadStatic', data: { network: s.name, nad: fixed.nad, ips, kind: resource.kind, count } });
      else ctx.report({ path: a.path, span: fixed.span, messageId: 'many', data: { ips, network: s.name, kind: resource.kind, count } });
    }
  },
});

/**
 * The static addresses a selection gets: its own `ips`, else those its NAD's static IPAM writes
 * (when every definition the name may be writes some: one per cluster, or one written twice),
 * with where to point and the NAD's name in the second case; null for none.
 */
function fixedAddresses(model: ClusterModel, resource: Resource, s: Selection): { ips: string[]; span: Span; nad: string | null } | null {
  const ips = staticIps(s.element);
  if (ips.length > 0) return { ips, span: s.spanOf('ips'), nad: null };
  const nads = findNads(model, s.name, s.namespace ?? resource.namespace);
  const fixed = nads.map((n) => (n.conf ? staticAddresses(n.conf) : []));
  if (nads.length === 0 || fixed.some((f) => f.length === 0)) return null;
  return { ips: fixed[0], span: s.nameSpan, nad: nads[0].namespace ? `${nads[0].namespace}/${nads[0].name}` : nads[0].name };
}

/** The addresses a config's `static` IPAM sections write (plugins/ipam/static: `addresses[].address`). */
function staticAddresses(conf: Obj): string[] {
  return pluginsOf(conf).flatMap(({ plugin }) => {
    const ipam = asObject(goJsonField(plugin, 'ipam'));
    if (goJsonField(ipam, 'type') !== 'static') return [];
    return asArray(goJsonField(ipam, 'addresses')).flatMap((a) => {
      const address = isObject(a) ? goJsonField(a, 'address') : undefined;
      return typeof address === 'string' && address !== '' ? [address] : [];
    });
  });
}

/** The `ips` of a JSON selection element (Multus matches the key case-insensitively). */
function staticIps(element: Record<string, unknown> | null): string[] {
  if (!element) return [];
  const key = Object.keys(element).find((k) => k.toLowerCase() === 'ips');
  const v = key === undefined ? undefined : element[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}
