/**
 * The tigera-operator's pool checks against BGP and the IPAM plugin: validateCustomResource in
 * tigera/operator pkg/controller/installation/validation.go at v1.42.3, the operator Calico v3.32.1
 * installs (charts/tigera-operator/values.yaml `tigeraOperator.version`); v1.43.0 has the same
 * checks. With the Calico CNI plugin:
 * - Calico IPAM: an `IPIP`/`IPIPCrossSubnet` or `None` pool is rejected when BGP is off, unless
 *   `calicoNetwork.clusterRoutingMode` is `Felix` (felixProgramsClusterRoutes in
 *   pkg/controller/installation/core_controller.go); VXLAN pools need no BGP.
 * - HostLocal IPAM: no BGP check at all; a `VXLAN`/`VXLANCrossSubnet` pool is rejected, since the
 *   host-local IPAM plugin does not support VXLAN.
 * The operator validates after filling defaults, so unset fields count with their defaults.
 */
import { parseGoCidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject, getIn } from '../../src/engine/values.js';
import { installationCniType } from './lib/installation.js';
import { poolsIn } from './lib/pools.js';

export default defineRule({
  meta: {
    id: 'calico/installation-bgp-for-ipip',
    description:
      'With the operator, Calico CNI and Calico IPAM, IPIP and unencapsulated (`None`) pools rely on BGP to distribute routes: `calicoNetwork.bgp: Disabled` with such a pool is rejected by the operator unless `clusterRoutingMode` is `Felix`; VXLAN does not need BGP. With `cni.ipam.type: HostLocal` the BGP check does not apply, but the operator rejects VXLAN pools (host-local IPAM does not support VXLAN).',
    severity: 'error',
    remediation:
      'Set `bgp: Enabled` (or `clusterRoutingMode: Felix`), or switch the pools to `VXLAN` / `VXLANCrossSubnet`; with HostLocal IPAM use `IPIP`, `IPIPCrossSubnet` or `None` pools.',
    kinds: ['operator.tigera.io/Installation'],
    messages: {
      needsBgp: 'pool {{pool}} uses {{encap}}, which needs BGP, but calicoNetwork.bgp {{bgp}}',
      vxlanHostLocal: 'pool {{pool}} uses {{encap}}, which the operator rejects with Calico CNI and HostLocal IPAM: the host-local IPAM plugin does not support VXLAN',
      defaultPool: 'calicoNetwork.bgp is Disabled and no ipPools are written: on a cluster without IP pools the operator creates its default pool (192.168.0.0/16 or the kubeadm pod subnet) with IPIP, which needs BGP, and refuses the Installation',
    },
    docs: 'Defaults are read from what the file says: an unset `cni.type` is Calico unless `kubernetesProvider` is AKS, EKS or GKE; an unset `cni.ipam.type` is Calico; an unset `bgp` is Enabled, or Disabled with `kubernetesProvider: EKS`; an unset IPv4 pool `encapsulation` is IPIP and an IPv6 one None. A provider the operator detects in the cluster is not known here.',
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const net = asObject(spec.calicoNetwork);
    const cni = asObject(spec.cni);
    const provider = typeof spec.kubernetesProvider === 'string' ? spec.kubernetesProvider : '';
    const cniType = installationCniType(spec);
    // validation.go checks pool encapsulation against IPAM only `if instance.Spec.CNI.Type == operatorv1.PluginCalico`.
    if (cniType !== 'Calico') return;
    const ipam = asObject(cni.ipam).type ?? 'Calico';
    // fillDefaults (core_controller.go): with Calico CNI, a nil BGP (unset, or null, which decodes to
    // nil) defaults to Disabled on EKS and to Enabled elsewhere.
    const bgpUnset = net.bgp === undefined || net.bgp === null;
    const bgpOff = net.bgp === 'Disabled' || (bgpUnset && provider === 'EKS');
    const bgpText = bgpUnset ? 'is not set and defaults to Disabled with kubernetesProvider EKS' : 'is Disabled';
    // felixProgramsClusterRoutes: only `Felix` hands the routes to Felix. A value the CRD's enum
    // (BIRD, Felix) rejects is calico/installation-field-values' finding, not judged here.
    const birdRoutes = net.clusterRoutingMode === undefined || net.clusterRoutingMode === null || net.clusterRoutingMode === 'BIRD';
    // ippool/defaults.go fillDefaults: with Calico IPAM and no ipPools written, a cluster without
    // pools gets a default pool (VXLAN on EKS, else IPIP); with pools already there, none.
    if (ipam === 'Calico' && bgpOff && birdRoutes && provider !== 'EKS' && (net.ipPools === undefined || net.ipPools === null)) {
      ctx.report({ path: ['spec', 'calicoNetwork', 'bgp'], messageId: 'defaultPool', severity: 'warning' });
    }
    for (const p of poolsIn(ctx.model, resource)) {
      const written = getIn(resource.value, [...p.path, 'encapsulation']);
      const at = [...p.path, 'encapsulation'];
      let encap: string;
      if (typeof written === 'string') encap = written;
      else {
        // pkg/controller/ippool/defaults.go: IPv4 pools default to IPIP with Calico CNI, IPv6 pools
        // to None; a pool whose CIDR Go's net.ParseCIDR does not read as written (no trimming, so
        // a space too) gets no default and passes this check (ippool/validation.go refuses the CIDR).
        const cidr = getIn(resource.value, [...p.path, 'cidr']);
        const parsed = typeof cidr === 'string' ? parseGoCidr(cidr) : null;
        if (!parsed?.ok) continue;
        encap = parsed.cidr.family === 6 ? 'None' : 'IPIP';
      }
      const shown = typeof written === 'string' ? encap : `${encap} (the default)`;
      if (ipam === 'Calico') {
        if (!bgpOff || !birdRoutes) continue;
        if (encap === 'IPIP' || encap === 'IPIPCrossSubnet' || encap === 'None') {
          ctx.report({ path: at, messageId: 'needsBgp', data: { pool: p.name, encap: shown, bgp: bgpText } });
        }
      } else if (ipam === 'HostLocal') {
        if (encap === 'VXLAN' || encap === 'VXLANCrossSubnet') ctx.report({ path: at, messageId: 'vxlanHostLocal', data: { pool: p.name, encap: shown } });
      }
    }
  },
});
