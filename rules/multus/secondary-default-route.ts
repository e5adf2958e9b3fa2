import { reportIn } from '../cni/lib/json-source.js';
import { defineRule } from '../../src/engine/rule.js';
import { objectLabel } from '../../src/engine/model.js';
import type { Path } from '../../src/engine/types.js';
import { asArray, asObject, isObject } from '../../src/engine/values.js';
import type { Obj } from '../../src/engine/values.js';
import { NETWORKS_ANNOTATION } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { NAD_KIND, nadOf, pluginsOf, secondaryAttachments } from './lib/nads.js';
import { SRIOV_NETWORK_KINDS } from './lib/sriov-render.js';

/** Where a config installs a default route: bridge/flannel `isDefaultGateway`, IPAM routes to 0/0. */
/**
 * Plugins that give the pod no kernel interface, so nothing they or their IPAM return becomes a
 * route in the pod: the userspace CNI (a memif or vhost-user socket; `cmdAdd` in
 * intel/userspace-cni-network-plugin userspace/cni/cni.go runs the IPAM plugin for its result
 * only, clears the gateway and never configures an interface, at ab5409c).
 */
const NO_KERNEL_INTERFACE = new Set(['userspace']);

function defaultRoutes(conf: Obj): Path[] {
  const out: Path[] = [];
  for (const { plugin, path } of pluginsOf(conf)) {
    if (typeof plugin.type === 'string' && NO_KERNEL_INTERFACE.has(plugin.type)) continue;
    if (plugin.isDefaultGateway === true) out.push([...path, 'isDefaultGateway']);
    if (isObject(plugin.delegate) && plugin.delegate.isDefaultGateway === true) out.push([...path, 'delegate', 'isDefaultGateway']);
    asArray(asObject(plugin.ipam).routes).forEach((r, i) => {
      const dst = asObject(r).dst;
      if (dst === '0.0.0.0/0' || dst === '::/0') out.push([...path, 'ipam', 'routes', i, 'dst']);
    });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'multus/secondary-default-route',
    description: 'A NetworkAttachmentDefinition attached as a secondary network should not install a default route: it competes with eth0\'s (the cluster network), so traffic to Services and other pods may leave by the wrong interface.',
    severity: 'warning',
    remediation: 'Drop the default route from the NAD (`isDefaultGateway`, a `0.0.0.0/0` route) and, where a pod really needs it, request it in the annotation: `[{"name": "macvlan-conf", "default-route": ["10.1.1.1"]}]`.',
    kinds: [NAD_KIND, ...SRIOV_NETWORK_KINDS],
    messages: {
      competes: 'this NAD installs a default route and {{pod}} attaches it as a secondary network without asking for "default-route": the plugin adds it without replacing eth0\'s, in front of it for IPv4 (the pod\'s default traffic, Services\' included, leaves by this network) and beside it for IPv6',
    },
    docs: 'Only reported when a pod in the input attaches the NAD through `k8s.v1.cni.cncf.io/networks` and requests `default-route` on none of its networks (with one requested, Multus removes the other networks\' default routes: `CheckGatewayConfig`, pkg/types/conf.go); a NAD used as `v1.multus-cni.io/default-network` needs its default route. A plugin that gives the pod no kernel interface (the userspace CNI) installs no route. A SriovNetwork, SriovIBNetwork or OVSNetwork counts as the NAD sriov-network-operator makes from it: a `0.0.0.0/0` or `::/0` route in its `spec.ipam` is reported there. Why it matters: since containernetworking/plugins v1.0.0 (commit 76ef07eb, \"Enables ECMP\") the IPAM routes are added by `ConfigureIface` (pkg/ipam/ipam_linux.go) with netlink\'s `RouteAddEcmp`, a request with NLM_F_CREATE but not NLM_F_EXCL (iproute2\'s `ip route prepend`): the kernel keeps eth0\'s default route and puts the new one in front of it for IPv4, where the first usable route of equal metric wins, and next to it as a multipath route for IPv6. Older plugins used an exclusive add and skipped the \"file exists\" error, so comments in older examples say the first default route wins. Sources: Multus `docs/how-to-use.md` (default-route), flannel cni-plugin README (`isDefaultGateway`).',
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    if (!nad?.conf || !nad.config?.ok) return;
    const routes = defaultRoutes(nad.conf);
    if (routes.length === 0) return;
    const parse = (r: typeof resource) => annotationOf(ctx.model, r, NETWORKS_ANNOTATION)?.parsed.selections ?? [];
    const user = secondaryAttachments(ctx.model, parse).find((a) => a.nad === nad && !a.defaultRouteRequested);
    if (!user) return;
    const pod = objectLabel(user.pod);
    reportIn(ctx, nad.config.source, routes[0], { messageId: 'competes', data: { pod } });
  },
});
