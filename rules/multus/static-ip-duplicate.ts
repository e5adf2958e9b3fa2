/**
 * The same static address (`ips` in the JSON form of `k8s.v1.cni.cncf.io/networks`) asked for by two
 * workloads or pods on one network: the `static` IPAM keeps no state and hands each its address
 * (containernetworking/plugins plugins/ipam/static), and host-local or whereabouts refuse the
 * second pod ("requested IP address … is not available"): two pods answer for one address, or one
 * never starts. One workload with several replicas is multus/static-ip-replicas'. The same goes for
 * a fixed `mac`: macvlan refuses to bring up a second interface with an address its master already
 * carries (macvlan_open in drivers/net/macvlan.c: EADDRINUSE), and on separate nodes the two
 * interfaces share one address on the segment.
 */
import { parseGoIp } from '../../src/engine/cidr.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { derived, sameObject } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path, Resource } from '../../src/engine/types.js';
import { asArray } from '../../src/engine/values.js';
import { isGoMac } from '../cni/lib/plugin-fields.js';
import { NETWORKS_ANNOTATION, podAnnotations } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { POD_KINDS, findNads } from './lib/nads.js';

interface Request {
  resource: Resource;
  network: string;
  /** The address as written, and whether it is a MAC rather than an IP. */
  address: string;
  mac: boolean;
  /** Where the address is written in the annotation. */
  at: { path: Path; span: { start: number; end: number } };
}

/** Every static address request of the input, by network (the NAD's namespace/name) and address. */
const staticRequests = derived('multus/static-ip-requests', (m: ClusterModel) => {
  const out = new Map<string, Request[]>();
  const byResource = new Map<Resource, string[]>();
  for (const resource of m.byKind(...POD_KINDS)) {
    const a = annotationOf(m, resource, NETWORKS_ANNOTATION);
    if (!a || podAnnotations(resource)?.hostNetwork) continue;
    for (const s of a.parsed.selections) {
      const keyOf = (name: string) => (s.element ? Object.keys(s.element).find((k) => k.toLowerCase() === name) : undefined);
      const ipsKey = keyOf('ips');
      const macKey = keyOf('mac');
      if (ipsKey === undefined && macKey === undefined) continue;
      const namespace = s.namespace ?? resource.namespace;
      const nad = findNads(m, s.name, namespace)[0];
      const network = nad ? `${nad.namespace ?? namespace ?? 'default'}/${nad.name}` : `${namespace ?? 'default'}/${s.name}`;
      const add = (k: string, request: Omit<Request, 'resource' | 'network'>) => {
        const list = out.get(k) ?? out.set(k, []).get(k)!;
        list.push({ resource, network, ...request });
        (byResource.get(resource) ?? byResource.set(resource, []).get(resource)!).push(k);
      };
      if (ipsKey !== undefined) {
        asArray(s.element![ipsKey]).forEach((ip, j) => {
          const address = typeof ip === 'string' ? parseGoIp(ip.split('/')[0]) : null;
          if (address !== null) add(`${network}\0${address.family}\0${address.value}`, { address: ip as string, mac: false, at: { path: a.path, span: s.spanOf([ipsKey, j]) } });
        });
      }
      const mac = macKey === undefined ? undefined : s.element![macKey];
      // net.ParseMAC reads `0a:58:…`, `0A-58-…` and `0a58.…` alike: the hex digits are the address.
      if (typeof mac === 'string' && isGoMac(mac)) add(`${network}\0mac\0${mac.replace(/[^0-9a-f]/gi, '').toLowerCase()}`, { address: mac, mac: true, at: { path: a.path, span: s.spanOf(macKey!) } });
    }
  }
  return { byKey: out, byResource };
});

export default defineRule({
  meta: {
    id: 'multus/static-ip-duplicate',
    description:
      'Two workloads or pods ask for the same static address (`ips` in the JSON form of `k8s.v1.cni.cncf.io/networks`) or the same `mac` on one network: the static IPAM gives both of them the address, host-local and whereabouts refuse the second pod; macvlan refuses a second interface with one MAC on a node, and on two nodes the segment sees one MAC twice. (Several replicas of one workload are multus/static-ip-replicas\'.)',
    severity: 'error',
    remediation: 'Give each workload its own address (and MAC) on the network, or let the NetworkAttachmentDefinition\'s IPAM hand addresses out and the plugin pick MACs.',
    kinds: POD_KINDS,
    messages: {
      duplicate: 'static IP {{ip}} on network {{network}} is also asked for by {{other}}: two pods would hold one address (static IPAM) or the second would not start (host-local, whereabouts)',
      duplicateMac: 'MAC {{ip}} on network {{network}} is also asked for by {{other}}: two interfaces with one MAC on one segment (on one node, macvlan refuses the second: address in use)',
    },
  },
  check(resource, ctx) {
    const { byKey, byResource } = staticRequests(ctx.model);
    for (const k of new Set(byResource.get(resource) ?? [])) {
      const requests = byKey.get(k)!;
      const mine = requests.filter((r) => r.resource === resource);
      // One pod written in several files (an example applied one step after another) is one object.
      const other = requests.find((r) => !sameObject(r.resource, resource));
      if (mine.length === 0 || other === undefined) continue;
      const at = other.resource.locate([]);
      for (const r of mine) {
        ctx.report({ ...r.at, messageId: r.mac ? 'duplicateMac' : 'duplicate', data: { ip: r.address, network: r.network, other: `${other.resource.kind} ${other.resource.namespace ?? 'default'}/${other.resource.name} (${other.resource.file}:${at.line})` } });
      }
    }
  },
});
