import { defineRule } from '../../src/engine/rule.js';
import { goJsonField, isObject } from '../../src/engine/values.js';
import type { Obj } from '../../src/engine/values.js';
import { NETWORKS_ANNOTATION } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { findNads, pluginsOf, POD_KINDS } from './lib/nads.js';

/**
 * The requests of a network selection element that Multus hands to the delegate as CNI
 * capability arguments (`CreateCNIRuntimeConf` in multus-cni pkg/types/conf.go), by the
 * element's key (lower case: Go matches JSON keys case-insensitively) and the capability name.
 */
const CAPABILITY_OF: Record<string, string> = {
  ips: 'ips',
  mac: 'mac',
  portmappings: 'portMappings',
  bandwidth: 'bandwidth',
  'infiniband-guid': 'infinibandGUID',
};

/** Whether some plugin of the config declares `capabilities: {<name>: true}`. */
function declares(conf: Obj, capability: string): boolean {
  return pluginsOf(conf).some(({ plugin }) => isObject(plugin.capabilities) && plugin.capabilities[capability] === true);
}

/**
 * Plugins that serve `ips` or `mac` without the capability:
 * - from CNI_ARGS: Multus also hands `ips` and `mac` to every delegate as the CNI_ARGS `IP` and
 *   `MAC` (DelegateAdd in multus-cni pkg/multus/multus.go, v4.3.0, with IgnoreUnknown), and these
 *   plugins read them (containernetworking/plugins v1.9.1): the `static` and `host-local` IPAM
 *   plugins read `IP` (plugins/ipam/static/main.go, plugins/ipam/host-local/backend/allocator/
 *   config.go), and so does whereabouts (pkg/config/config.go handleEnvArgs, at 3a262bd0); macvlan,
 *   bridge, tuning and tap read `MAC`, and so do sriov-cni (pkg/cnicommands/cni.go envArgs, at
 *   1b7acc5b) and ovs-cni (pkg/types/types.go EnvArgs, at 19262a0c);
 * - from the pod's network selection element, which their controllers read themselves:
 *   OVN-Kubernetes (`ovn-k8s-cni-overlay`) takes `ips` and `mac` (allocatePodAnnotationWithRollback
 *   in go-controller/pkg/allocator/pod/pod_annotation.go, allocatePodAnnotation in
 *   pkg/ovn/base_network_controller_pods.go, at 6c366bb4); kube-ovn takes both for a `kube-ovn`
 *   plugin and `ips` for `kube-ovn` IPAM, writing them into the pod's ip_address and mac_address
 *   annotations it allocates from (getPodAttachmentNet and syncKubeOvnNet in pkg/controller/pod.go,
 *   at 1533681d); Antrea takes `mac` for an `antrea` network of networkType `vlan` and ignores it
 *   for `sriov` (configurePodSecondaryNetwork in pkg/agent/secondarynetwork/podwatch/
 *   controller.go, at fc70f2bb).
 * A request such a plugin serves is not dropped.
 */
const SERVED_WITHOUT_CAPABILITY: Record<string, (plugin: Obj) => boolean> = {
  ips: (plugin) => IPS_PLUGINS.has(typeOf(plugin)) || IPS_IPAMS.has(typeOf(plugin.ipam)),
  mac: (plugin) => MAC_PLUGINS.has(typeOf(plugin)) || (plugin.type === 'antrea' && goJsonField(plugin, 'networkType') === 'vlan'),
};
/** A plugin's or IPAM's `type`, '' when it has none. */
const typeOf = (o: unknown): string => (isObject(o) && typeof o.type === 'string' ? o.type : '');
const IPS_PLUGINS = new Set(['ovn-k8s-cni-overlay', 'kube-ovn']);
const IPS_IPAMS = new Set(['static', 'host-local', 'whereabouts', 'kube-ovn']);
const MAC_PLUGINS = new Set(['macvlan', 'bridge', 'tuning', 'tap', 'sriov', 'ovs', 'ovn-k8s-cni-overlay', 'kube-ovn']);

/** Whether some plugin of the config serves the request `key` without the capability. */
function servedWithoutCapability(conf: Obj, key: string): boolean {
  const serves = SERVED_WITHOUT_CAPABILITY[key];
  return serves !== undefined && pluginsOf(conf).some(({ plugin }) => serves(plugin));
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

export default defineRule({
  meta: {
    id: 'multus/runtime-request-ignored',
    description:
      'A pod asks for `ips`, `mac`, `portMappings`, `bandwidth` or `infiniband-guid` on a network whose NetworkAttachmentDefinition declares no plugin with that capability: Multus passes these requests as CNI capability arguments, and libcni gives a plugin only the ones its config declares, so the request is dropped without an error and the pod gets whatever the NAD\'s IPAM or the plugin picks. Not reported when a plugin reads the request from CNI_ARGS, where Multus also puts `ips` and `mac` (the `static`, `host-local` and whereabouts IPAM plugins read `IP`; macvlan, bridge, tuning, tap, sriov and ovs read `MAC`), or when its controller reads it from the annotation itself (OVN-Kubernetes `ovn-k8s-cni-overlay`: `ips` and `mac`; kube-ovn: `ips` and `mac` for a `kube-ovn` plugin, `ips` for `kube-ovn` IPAM; Antrea: `mac` for an `antrea` network of networkType `vlan`).',
    severity: 'warning',
    remediation: 'Declare the capability on the plugin that serves it, e.g. `"capabilities": {"ips": true}` next to `"type": "macvlan"` with `"ipam": {"type": "static"}` (or `{"mac": true}` for `mac`), or drop the request from the annotation.',
    kinds: POD_KINDS,
    messages: {
      ignored: '"{{key}}" is requested on network "{{network}}", but no plugin in NetworkAttachmentDefinition {{nad}} declares the "{{capability}}" capability: libcni drops the request',
    },
    docs: 'Only reported when the NAD is in the input and its `spec.config` parses, or when it is the NAD sriov-network-operator makes from a SriovNetwork, SriovIBNetwork or OVSNetwork of the input, whose config carries `spec.capabilities` as written (api/v1/helper.go `RenderNetAttDef`, at 249e200): a SriovNetwork without `{"ips": true}` drops `ips` unless its `spec.ipam` is static, host-local or whereabouts, which read CNI_ARGS; every plugin of a conflist is looked at. Sources: multus-cni `pkg/types/conf.go` (`CreateCNIRuntimeConf` puts the element\'s requests in `CapabilityArgs`), containernetworking/cni `libcni/api.go` (`injectRuntimeConfig` passes a capability argument only when `capabilities` declares it), CNI `CONVENTIONS.md` (the `ips` and `mac` capabilities).',
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (!a) return;
    for (const s of a.parsed.selections) {
      if (!s.element) continue;
      const element = s.element;
      // Multus passes a request only when it holds something (an empty list or string is none).
      const requested = Object.keys(element).filter((k) => CAPABILITY_OF[k.toLowerCase()] !== undefined && !isEmpty(element[k]));
      if (requested.length === 0) continue;
      const nads = findNads(ctx.model, s.name, s.namespace ?? resource.namespace);
      // The NAD Multus would use is the first match; without one (or with a config that does not
      // parse) other rules speak.
      const conf = nads[0]?.conf;
      if (!conf) continue;
      for (const key of requested) {
        const capability = CAPABILITY_OF[key.toLowerCase()];
        if (declares(conf, capability) || servedWithoutCapability(conf, key.toLowerCase())) continue;
        const nad = `${nads[0].namespace ? `${nads[0].namespace}/` : ''}${nads[0].name}`;
        ctx.report({ path: a.path, span: s.spanOf(key), messageId: 'ignored', data: { key, network: s.name, nad, capability } });
      }
    }
  },
});
