/**
 * macvlan and ipvlan sub-interfaces on one host device. Each kind hooks the device's receive path
 * with a handler of its own (macvlan_port_create in drivers/net/macvlan.c, ipvlan_port_create in
 * drivers/net/ipvlan/ipvlan_main.c), and the kernel keeps one handler per device
 * (netdev_rx_handler_register in net/core/dev.c returns EBUSY). So once a node's pod holds a
 * macvlan on eth1, an ipvlan on eth1 cannot be made there, and the other way round: the pod that
 * comes second fails with "device or resource busy" (`ip link add link em1 type macvlan` after an
 * ipvlan in containernetworking/cni#7; the same error in multus-cni#1339). macvtap (kubevirt's
 * macvtap-cni) shares macvlan's handler.
 */
import type { ClusterModel } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { goJsonField } from '../../src/engine/values.js';
import { reportIn } from '../cni/lib/json-source.js';
import { NETWORKS_ANNOTATION } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { NAD_KIND, nadOf, nadsOf, pluginsOf, secondaryAttachments } from './lib/nads.js';
import { SRIOV_NETWORK_KINDS } from './lib/sriov-render.js';
import type { NadView } from './lib/nads.js';

/** The receive handler each plugin type puts on its master. */
const HANDLER: Record<string, 'macvlan' | 'ipvlan'> = { macvlan: 'macvlan', macvtap: 'macvlan', ipvlan: 'ipvlan' };

/** The master a macvlan or ipvlan plugin takes, when it is a host device known from the config. */
interface Lower {
  nad: NadView;
  type: string;
  handler: 'macvlan' | 'ipvlan';
  /** The device name, or '' for the host's default-route interface (the plugins' default when `master` is empty). */
  device: string;
  /** Where to point: the `master` value, else the plugin's `type`. */
  at: Path;
}

/** The host devices the input's NADs put macvlan or ipvlan sub-interfaces on. */
function lowers(nad: NadView): Lower[] {
  if (!nad.conf) return [];
  return pluginsOf(nad.conf).flatMap(({ plugin, path }, i) => {
    const type = goJsonField(plugin, 'type');
    const handler = typeof type === 'string' ? HANDLER[type] : undefined;
    // A master inside the pod's namespace (`linkInContainer`) is not a host device.
    if (handler === undefined || typeof type !== 'string' || goJsonField(plugin, 'linkInContainer') === true) return [];
    const master = goJsonField(plugin, 'master');
    if (master !== undefined && typeof master !== 'string') return [];
    // Without a master, a plugin after another takes the previous result's interface (plugins/main/ipvlan
    // loadConf), one that comes first the default-route interface (getDefaultRouteInterfaceName).
    if (!master && i > 0) return [];
    const at = master ? [...path, 'master'] : [...path, 'type'];
    return [{ nad, type, handler, device: master ?? '', at }];
  });
}

/** Two definitions of one object of the cluster (the same NAD in two files, or one written without a namespace). */
const sameObject = (a: NadView, b: NadView) => a.name === b.name && (a.namespace === b.namespace || a.namespace === null || b.namespace === null);

/** For each NAD, its lowers with the first lower of another handler on the same device, in another NAD object. */
const conflicts = (model: ClusterModel) =>
  model.memo('multus/master-conflicts', (m) => {
    const all = nadsOf(m).flatMap(lowers);
    // Per handler and device, the first lowers of two different objects: enough to find one in another object.
    const firsts = new Map<string, Lower[]>();
    for (const l of all) {
      const key = `${l.handler}\0${l.device}`;
      const list = firsts.get(key) ?? firsts.set(key, []).get(key)!;
      if (list.length < 2 && !list.some((f) => sameObject(f.nad, l.nad))) list.push(l);
    }
    const out = new Map<NadView, { mine: Lower; other: Lower }[]>();
    for (const mine of all) {
      const other = firsts.get(`${mine.handler === 'macvlan' ? 'ipvlan' : 'macvlan'}\0${mine.device}`)?.find((o) => !sameObject(o.nad, mine.nad));
      if (other === undefined) continue;
      const list = out.get(mine.nad) ?? out.set(mine.nad, []).get(mine.nad)!;
      list.push({ mine, other });
    }
    return out;
  });

export default defineRule({
  meta: {
    id: 'multus/master-conflict',
    description:
      'A macvlan (or macvtap) network and an ipvlan network on the same host device (`master`, or both left to the default-route interface): the kernel lets a device carry one kind of sub-interface only, so on a node where pods attach both, the second pod fails to start with "device or resource busy".',
    severity: 'warning',
    remediation: 'Put both networks on one kind of sub-interface (all macvlan or all ipvlan), or give each its own host device (`master`).',
    kinds: [NAD_KIND, ...SRIOV_NETWORK_KINDS],
    messages: {
      conflict:
        '{{type}} on {{device}} here, and {{otherType}} on the same device in NetworkAttachmentDefinition {{other}} ({{where}}): a device carries macvlan or ipvlan sub-interfaces, not both, so on a node where pods attach both networks the second fails with "device or resource busy"',
    },
    docs: 'A warning when pods or workloads of the input attach both networks (`k8s.v1.cni.cncf.io/networks`), not an error: they may never share a node (node pools with their own NICs under one name). When the input shows no pod attaching one of them (definitions kept apart from their workloads, or tested one at a time), an info. A master written nowhere is the node\'s default-route interface for both plugins (containernetworking/plugins plugins/main/macvlan and ipvlan); a plugin chained after another, without a master, takes the previous plugin\'s interface and is left out, as is a master inside the pod (`linkInContainer`). The NAD sriov-network-operator makes from a SriovNetwork, SriovIBNetwork or OVSNetwork counts too, as the operator renders it (only plugins its `spec.metaPlugins` chains could be macvlan or ipvlan).',
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    if (!nad?.config?.ok) return;
    const list = conflicts(ctx.model).get(nad);
    if (list === undefined) return;
    const parse = (r: typeof resource) => annotationOf(ctx.model, r, NETWORKS_ANNOTATION)?.parsed.selections ?? [];
    const attached = ctx.model.memo('multus/attached-nads', (m) => new Set(secondaryAttachments(m, parse).map((a) => a.nad)));
    for (const { mine, other } of list) {
      const name = `${other.nad.namespace ? `${other.nad.namespace}/` : ''}${other.nad.name}`;
      const device = mine.device === '' ? "the node's default-route interface" : mine.device;
      reportIn(ctx, nad.config.source, mine.at, {
        messageId: 'conflict',
        severity: attached.has(mine.nad) && attached.has(other.nad) ? 'warning' : 'info',
        data: { type: mine.type, device, otherType: other.type, other: name, where: `${other.nad.resource.file}:${other.nad.resource.locate([]).line}` },
      });
    }
  },
});
