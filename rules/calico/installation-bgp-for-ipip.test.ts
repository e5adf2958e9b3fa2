/**
 * Expectations follow validateCustomResource in tigera/operator
 * pkg/controller/installation/validation.go at v1.42.3 (the operator Calico v3.32.1 installs) and
 * the defaults it validates after (pkg/controller/installation/core_controller.go fillDefaults,
 * pkg/controller/ippool/defaults.go fillDefaults). The quoted lines are from those files.
 */
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './installation-bgp-for-ipip.js';

const installation = (bgp: string, encapsulation: string) => `
  apiVersion: operator.tigera.io/v1
  kind: Installation
  metadata: { name: default }
  spec:
    calicoNetwork:
      bgp: ${bgp}
      ipPools:
        - cidr: 192.168.0.0/16
          ${encapsulation}
`;

/** An Installation with the lines of `spec` written out. */
const withSpec = (spec: string) => `
  apiVersion: operator.tigera.io/v1
  kind: Installation
  metadata: { name: default }
  spec:
${spec.replace(/^/gm, '    ')}
`;

const hostLocal = (bgp: string, encapsulation: string) =>
  withSpec(`cni: { type: Calico, ipam: { type: HostLocal } }
calicoNetwork:
  bgp: ${bgp}
  ipPools:
    - cidr: 192.168.0.0/16
      encapsulation: ${encapsulation}`);

ruleTester(rule, {
  valid: [
    {
      // ippool/defaults.go:170-171 reads the CIDR with net.ParseCIDR as written: with a space it gets no default
      // encapsulation, which validation.go:169-183 passes; ippool/validation.go refuses the CIDR itself.
      name: 'a pool CIDR with a space gets no default encapsulation, so BGP is not asked for',
      code: withSpec(`calicoNetwork:
  bgp: Disabled
  ipPools: [{ cidr: " 10.0.0.0/16" }]`),
    },
    // With ipPools: [] the operator creates no pool; on EKS its default pool is VXLAN.
    { name: 'BGP off with an explicitly empty pool list, or on EKS with the Calico plugin', code: `${withSpec('calicoNetwork: { bgp: Disabled, ipPools: [] }')}---${withSpec('kubernetesProvider: EKS\ncni: { type: Calico }\ncalicoNetwork: { bgp: Disabled }')}` },
    // `case operatorv1.EncapsulationVXLAN, operatorv1.EncapsulationVXLANCrossSubnet:` has no BGP check.
    { name: 'VXLAN without BGP', code: installation('Disabled', 'encapsulation: VXLAN') },
    { name: 'IPIP with BGP', code: installation('Enabled', 'encapsulation: IPIP') },
    // The BGP checks sit under `case operatorv1.IPAMPluginCalico:`; `case operatorv1.IPAMPluginHostLocal:`
    // only rejects VXLAN. (The old rule reported these two.)
    { name: 'HostLocal IPAM: IPIP without BGP', code: hostLocal('Disabled', 'IPIP') },
    { name: 'HostLocal IPAM: unencapsulated without BGP', code: hostLocal('Disabled', 'None') },
    {
      // ippool defaults.go: an IPv6 pool's encapsulation defaults to `operator.EncapsulationNone`.
      name: 'HostLocal IPAM: IPv6 pool with the default encapsulation, BGP off',
      code: withSpec(`cni: { type: Calico, ipam: { type: HostLocal } }
calicoNetwork:
  bgp: Disabled
  ipPools: [{ cidr: "fd00:10::/64" }]`),
    },
    {
      // `if !felixClusterRoutingMode && (... BGPDisabled)`; felixProgramsClusterRoutes is true for
      // `ClusterRoutingMode == operatorv1.ClusterRoutingModeFelix` (core_controller.go).
      name: 'Felix cluster routing mode: IPIP without BGP',
      code: withSpec(`calicoNetwork:
  bgp: Disabled
  clusterRoutingMode: Felix
  ipPools: [{ cidr: 192.168.0.0/16, encapsulation: IPIP }]`),
    },
    {
      // The pool/IPAM checks run only `if instance.Spec.CNI.Type == operatorv1.PluginCalico`; the
      // non-Calico branch checks other things (its encapsulation must be None).
      name: 'non-Calico CNI: unencapsulated without BGP',
      code: withSpec(`cni: { type: AmazonVPC, ipam: { type: AmazonVPC } }
calicoNetwork:
  bgp: Disabled
  ipPools: [{ cidr: 192.168.0.0/16, encapsulation: None }]`),
    },
    {
      // core_controller.go fillDefaults: `case operatorv1.ProviderAKS: instance.Spec.CNI.Type = operatorv1.PluginAzureVNET`.
      name: 'AKS without cni: the CNI defaults to AzureVNET, not Calico',
      code: withSpec(`kubernetesProvider: AKS
calicoNetwork:
  bgp: Disabled
  ipPools: [{ cidr: 192.168.0.0/16, encapsulation: None }]`),
    },
    {
      // A value the CRD enum (BIRD, Felix) rejects is calico/installation-field-values' finding.
      name: 'clusterRoutingMode outside the enum is left to the field-values rule',
      code: withSpec(`calicoNetwork:
  bgp: Disabled
  clusterRoutingMode: FelixIPIPOnly
  ipPools: [{ cidr: 192.168.0.0/16, encapsulation: IPIP }]`),
    },
    {
      // core_controller.go:591-593 fillDefaults: an unset BGP is Enabled off EKS; ippool defaults.go:130-135
      // and :173-175 give the default pool, and an IPv4 pool without encapsulation, IPIP.
      name: 'nothing written off EKS: BGP defaults to Enabled, so the default pool and a default-IPIP pool are fine',
      code: `${withSpec('variant: Calico')}---${withSpec('calicoNetwork:\n  ipPools: [{ cidr: 10.0.0.0/16 }]')}`,
    },
    {
      // core_controller.go:582 defaults BGP only `if instance.Spec.CalicoNetwork.BGP == nil`.
      name: 'EKS with the Calico plugin and BGP written Enabled: the EKS default (Disabled) does not apply',
      code: withSpec(`kubernetesProvider: EKS
cni: { type: Calico }
calicoNetwork:
  bgp: Enabled
  ipPools: [{ cidr: 172.16.0.0/16, encapsulation: IPIP }]`),
    },
    {
      // ippool defaults.go:111-113: the default pool is made only with Calico IPAM (`poolsUnspecified && calicoIPAM`).
      name: 'HostLocal IPAM, BGP off and no pools written: the operator creates no default pool',
      code: withSpec(`cni: { type: Calico, ipam: { type: HostLocal } }
calicoNetwork: { bgp: Disabled }`),
    },
    {
      // ippool defaults.go:170-171: `addr, _, err := net.ParseCIDR(pool.CIDR); if err == nil && ...` - a pool whose
      // CIDR does not parse keeps an empty encapsulation, which validation.go:169-183 lets through (ValidatePools refuses the CIDR).
      name: 'pools with no CIDR, a number for a CIDR or a CIDR Go does not read get no default encapsulation to judge',
      code: withSpec(`calicoNetwork:
  bgp: Disabled
  ipPools: [{ name: a }, { name: b, cidr: 10 }, { name: c, cidr: 10.0.0.0/33 }]`),
    },
    {
      // validation.go:51-63 refuses an IPAM plugin other than Calico or HostLocal with the Calico CNI before the pool
      // checks (that is calico/installation-cni-combination's finding); only `case operatorv1.IPAMPluginHostLocal:` rejects VXLAN.
      name: 'Calico CNI with AmazonVPC IPAM: a VXLAN pool is not reported as a HostLocal one',
      code: withSpec(`cni: { type: Calico, ipam: { type: AmazonVPC } }
calicoNetwork:
  ipPools: [{ cidr: 10.0.0.0/16, encapsulation: VXLAN }]`),
    },
  ],
  invalid: [
    {
      // A null bgp decodes to nil, which fillDefaults (core_controller.go:582-590) sets to Disabled on EKS.
      name: 'bgp null on EKS with the Calico CNI plugin is BGP off',
      code: withSpec(`kubernetesProvider: EKS
cni: { type: Calico }
calicoNetwork:
  bgp: null
  ipPools: [{ cidr: 10.0.0.0/16, encapsulation: IPIP }]`),
      errors: [{ messageId: 'needsBgp', line: 9, column: 51, message: 'pool default-ipv4-ippool uses IPIP, which needs BGP, but calicoNetwork.bgp is not set and defaults to Disabled with kubernetesProvider EKS' }],
    },
    {
      // ippool/defaults.go fillDefaults: no ipPools and Calico IPAM → 192.168.0.0/16, then IPIP.
      name: 'BGP off and no pools written: the default pool needs BGP',
      code: withSpec('calicoNetwork: { bgp: Disabled }'),
      errors: [{ messageId: 'defaultPool', line: 5, column: 25, severity: 'warning', message: /the operator creates its default pool \(192\.168\.0\.0\/16 or the kubeadm pod subnet\) with IPIP/ }],
    },
    {
      // `return fmt.Errorf("with BIRD cluster routing mode, IPIP encapsulation requires that BGP is enabled")`
      name: 'IPIP without BGP',
      code: installation('Disabled', 'encapsulation: IPIPCrossSubnet'),
      errors: [{ messageId: 'needsBgp', line: 9, column: 24, message: 'pool default-ipv4-ippool uses IPIPCrossSubnet, which needs BGP, but calicoNetwork.bgp is Disabled' }],
    },
    {
      // The operator reads the pool with Go's net.ParseCIDR, which takes /016 for /16, and defaults it.
      name: 'default encapsulation of a pool written with a leading zero in its prefix length',
      code: withSpec(`calicoNetwork:
  bgp: Disabled
  ipPools: [{ cidr: 10.10.0.0/016 }]`),
      errors: [{ messageId: 'needsBgp', line: 7, column: 15, message: /uses IPIP \(the default\)/ }],
    },
    {
      // ippool defaults.go: an IPv4 pool with Calico CNI gets `pool.Encapsulation = operator.EncapsulationIPIP`.
      name: 'default encapsulation is IPIP: points at the pool',
      code: installation('Disabled', 'natOutgoing: Enabled'),
      errors: [{ messageId: 'needsBgp', line: 8, column: 9, message: /uses IPIP \(the default\)/ }],
    },
    {
      // `return fmt.Errorf("with BIRD cluster routing mode, unencapsulated IP pools require that BGP is enabled")`
      name: 'unencapsulated with Calico IPAM written out, BIRD mode written out',
      code: withSpec(`cni: { type: Calico, ipam: { type: Calico } }
calicoNetwork:
  bgp: Disabled
  clusterRoutingMode: BIRD
  ipPools: [{ cidr: 10.10.0.0/16, encapsulation: None }]`),
      errors: [{ messageId: 'needsBgp', line: 9, column: 52, message: 'pool default-ipv4-ippool uses None, which needs BGP, but calicoNetwork.bgp is Disabled' }],
    },
    {
      // The loop covers every pool of `instance.Spec.CalicoNetwork.IPPools`, LoadBalancer ones too.
      name: 'a LoadBalancer pool is an unencapsulated pool too',
      code: withSpec(`calicoNetwork:
  bgp: Disabled
  ipPools: [{ name: lb, cidr: 10.20.0.0/24, encapsulation: None, allowedUses: [LoadBalancer] }]`),
      errors: [{ messageId: 'needsBgp', line: 7, column: 62, message: /^pool lb uses None/ }],
    },
    {
      // core_controller.go fillDefaults: with Calico CNI, `case operatorv1.ProviderEKS: instance.Spec.CalicoNetwork.BGP = &disabled`.
      name: 'EKS with Calico CNI: BGP defaults to Disabled',
      code: withSpec(`kubernetesProvider: EKS
cni: { type: Calico }
calicoNetwork:
  ipPools: [{ cidr: 172.16.0.0/16, encapsulation: IPIP }]`),
      errors: [{ messageId: 'needsBgp', line: 8, column: 53, message: 'pool default-ipv4-ippool uses IPIP, which needs BGP, but calicoNetwork.bgp is not set and defaults to Disabled with kubernetesProvider EKS' }],
    },
    {
      // `case operatorv1.IPAMPluginHostLocal:` / `// The host-local IPAM plugin doesn't support VXLAN.` /
      // `return fmt.Errorf("%s is invalid for ipPool.encapsulation with %s CNI and %s IPAM", ...)`;
      // BGP plays no part. (The old rule was silent here.)
      name: 'HostLocal IPAM: VXLAN, BGP on',
      code: hostLocal('Enabled', 'VXLAN'),
      errors: [
        {
          messageId: 'vxlanHostLocal',
          line: 10,
          column: 24,
          message: 'pool default-ipv4-ippool uses VXLAN, which the operator rejects with Calico CNI and HostLocal IPAM: the host-local IPAM plugin does not support VXLAN',
        },
      ],
    },
    {
      name: 'HostLocal IPAM: VXLANCrossSubnet, BGP off: only the VXLAN finding',
      code: hostLocal('Disabled', 'VXLANCrossSubnet'),
      errors: [{ messageId: 'vxlanHostLocal', line: 10, column: 24, message: /uses VXLANCrossSubnet, which the operator rejects/ }],
    },
    {
      // ippool defaults.go:110 `poolsUnspecified := ... IPPools == nil`: a null list is no list (the API server drops the
      // null, and Go decodes it to a nil slice), so the default IPIP pool is made.
      name: 'ipPools: null is no pools written: the default pool needs BGP',
      code: withSpec('calicoNetwork: { bgp: Disabled, ipPools: null }'),
      errors: [{ messageId: 'defaultPool', line: 5, column: 25, severity: 'warning' }],
    },
    {
      // core_controller.go:2126-2130 felixProgramsClusterRoutes needs ClusterRoutingMode non-nil and Felix; null is unset (BIRD).
      name: 'clusterRoutingMode: null is the BIRD default: an IPIP pool still needs BGP',
      code: withSpec(`calicoNetwork:
  bgp: Disabled
  clusterRoutingMode: null
  ipPools: [{ cidr: 10.10.0.0/16, encapsulation: IPIP }]`),
      errors: [{ messageId: 'needsBgp', line: 8, column: 52, message: 'pool default-ipv4-ippool uses IPIP, which needs BGP, but calicoNetwork.bgp is Disabled' }],
    },
    {
      // ippool defaults.go:189-192: an IPv6 pool's encapsulation defaults to None, and validation.go:177-182
      // `case operatorv1.EncapsulationNone:` needs BGP in BIRD mode.
      name: 'an IPv6 pool with the default encapsulation (None) needs BGP too',
      code: withSpec(`calicoNetwork:
  bgp: Disabled
  ipPools: [{ cidr: "fd00:10::/64" }]`),
      errors: [{ messageId: 'needsBgp', line: 7, column: 15, message: 'pool default-ipv6-ippool uses None (the default), which needs BGP, but calicoNetwork.bgp is Disabled' }],
    },
  ],
});
