/**
 * The addresses a pod asks for (`ips` in the JSON form of `k8s.v1.cni.cncf.io/networks`) against
 * the IPAM of the network they are for. Multus hands them to the delegate as the CNI_ARGS `IP` and,
 * with the `ips` capability, as the runtime config `ips` (multus-cni pkg/multus/multus.go
 * DelegateAdd, pkg/types/conf.go, v4.3.0); the IPAM plugin then decides (containernetworking/plugins
 * v1.9.1):
 * - `static` parses each with net.ParseCIDR and fails on a bare address ("the 'ip' field is
 *   expected to be in CIDR notation", plugins/ipam/static/main.go);
 * - `host-local` gives each requested address from the range set that contains it and fails when
 *   none does ("failed to allocate all requested IPs", plugins/ipam/host-local/main.go), or when it
 *   is that range's gateway ("requested ip … is subnet's gateway", backend/allocator/allocator.go).
 */
import { cidrBounds, parseGoCidr, parseGoIp } from '../../src/engine/cidr.js';
import type { Ip } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject, goJsonField, isObject } from '../../src/engine/values.js';
import type { Obj } from '../../src/engine/values.js';
import { IPAM_PASSED_AS_WRITTEN } from '../cni/lib/plugins.js';
import { NETWORKS_ANNOTATION, podAnnotations } from './lib/annotation.js';
import { ipamRanges } from './lib/ipam.js';
import { annotationOf } from './lib/messages.js';
import { POD_KINDS, findNads, pluginsOf } from './lib/nads.js';

/** The IPAM types of a config's plugins that hand their ipam section to the IPAM plugin as written. */
function ipamTypes(conf: Obj): Set<string> {
  const out = new Set<string>();
  for (const { plugin } of pluginsOf(conf)) {
    if (typeof plugin.type !== 'string' || !IPAM_PASSED_AS_WRITTEN.has(plugin.type)) continue;
    const type = goJsonField(asObject(plugin.ipam), 'type');
    if (typeof type === 'string') out.add(type);
  }
  return out;
}

/** Each host-local range's gateway: as written, else the subnet's first address (allocator/range.go Canonicalize). */
function hostLocalGateways(conf: Obj): Ip[] {
  return pluginsOf(conf).flatMap(({ plugin }) => {
    const ipam = asObject(plugin.ipam);
    if (goJsonField(ipam, 'type') !== 'host-local') return [];
    const ranges = [ipam, ...asArray(goJsonField(ipam, 'ranges')).flatMap((set) => asArray(set).filter(isObject))];
    return ranges.flatMap((r): Ip[] => {
      const gw = goJsonField(r as Obj, 'gateway');
      if (typeof gw === 'string' && gw !== '') return [parseGoIp(gw)].filter((g): g is Ip => g !== null);
      const subnet = goJsonField(r as Obj, 'subnet');
      const c = typeof subnet === 'string' ? parseGoCidr(subnet.trim()) : null;
      return c?.ok ? [{ family: c.cidr.family, value: cidrBounds(c.cidr).lo + 1n }] : [];
    });
  });
}

export default defineRule({
  meta: {
    id: 'multus/requested-ip',
    description:
      'An address a pod asks for (`ips` in the JSON form of `k8s.v1.cni.cncf.io/networks`) must suit the IPAM of its NetworkAttachmentDefinition: `static` takes it only in CIDR form (`10.1.0.5/24`), `host-local` only inside one of its ranges (between `rangeStart` and `rangeEnd`) and not a range\'s gateway. Otherwise the IPAM plugin fails and the pod never starts.',
    severity: 'error',
    remediation: 'Write the address with its prefix length for static IPAM (`"ips": ["10.1.0.5/24"]`), or pick one inside the host-local range the NetworkAttachmentDefinition gives (and not its gateway).',
    kinds: POD_KINDS,
    messages: {
      staticCidr: '"{{ip}}" has no prefix length, and network "{{network}}" (NetworkAttachmentDefinition {{nad}}) uses static IPAM, which takes a requested address only in CIDR form ("expected to be in CIDR notation"): write it like {{ip}}/24',
      outsideRange: '{{ip}} is in no range of network "{{network}}" (NetworkAttachmentDefinition {{nad}}: host-local {{ranges}}): host-local fails with "failed to allocate all requested IPs"',
      gateway: '{{ip}} is the gateway of network "{{network}}" (NetworkAttachmentDefinition {{nad}}): host-local refuses it ("requested ip … is subnet\'s gateway")',
    },
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (!a || podAnnotations(resource)?.hostNetwork) return;
    for (const s of a.parsed.selections) {
      const key = s.element ? Object.keys(s.element).find((k) => k.toLowerCase() === 'ips') : undefined;
      const ips = key === undefined ? [] : asArray(s.element![key]);
      if (ips.length === 0) continue;
      const nads = findNads(ctx.model, s.name, s.namespace ?? resource.namespace);
      // One definition to judge by (several of one name may differ: the cluster holds one of them).
      if (nads.length !== 1 || !nads[0].conf) continue;
      const nad = nads[0];
      const conf = nad.conf!;
      const nadName = nad.namespace ? `${nad.namespace}/${nad.name}` : nad.name;
      const types = ipamTypes(conf);
      if (types.size !== 1) continue;
      const ranges = ipamRanges(conf).filter((r) => r.hostLocalDataDir !== undefined);
      const gateways = hostLocalGateways(conf);
      ips.forEach((ip, j) => {
        if (typeof ip !== 'string' || ip === '') return;
        const at = { path: a.path, span: s.spanOf([key!, j]) };
        const address = parseGoIp(ip.split('/')[0]);
        if (address === null) return; // multus/networks-syntax reports it
        if (types.has('static')) {
          if (!ip.includes('/')) ctx.report({ ...at, messageId: 'staticCidr', data: { ip, network: s.name, nad: nadName } });
          return;
        }
        if (!types.has('host-local') || ranges.length === 0) return;
        if (!ranges.some((r) => r.family === address.family && address.value >= r.lo && address.value <= r.hi)) {
          ctx.report({ ...at, messageId: 'outsideRange', data: { ip, network: s.name, nad: nadName, ranges: ranges.map((r) => r.text).join(', ') } });
        } else if (gateways.some((g) => g.family === address.family && g.value === address.value)) {
          ctx.report({ ...at, messageId: 'gateway', data: { ip, network: s.name, nad: nadName } });
        }
      });
    }
  },
});
