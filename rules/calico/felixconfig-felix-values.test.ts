import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './felixconfig-felix-values.js';

const felix = (spec: string) => `apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: { name: default }\nspec: { ${spec} }\n`;

ruleTester(rule, {
  valid: [
    // config_params.go (Calico v3.32.1): names of 1–15 letters, digits, "_", "-", or /regex/ items without spaces.
    { name: 'names and patterns Felix reads', code: felix('interfaceExclude: "kube-ipvs0,/^veth[0-9a-f]+$/", interfacePrefix: "cali,tap"') },
    // numorstring dscp.go: a DSCP value 0-63 or a name in any case; written as a number or a string.
    { name: 'DSCP values and names', code: [felix('istioDSCPMark: 0'), felix('istioDSCPMark: 63'), felix('istioDSCPMark: af41'), felix('istioDSCPMark: "40"')].join('---\n') },
    // HostnameRegexp and HostAddressRegexp (config_params.go): names and IPv4 addresses; host addresses take ":" too.
    { name: 'metadata, health and debug hosts Felix reads', code: felix('metadataAddr: nova-api.cloud.local, healthHost: "::1", debugHost: 0.0.0.0') + '---\n' + felix('metadataAddr: none').replace('name: default', 'name: node.a') },
    // config_params.go BPFCTLBLogFilter oneof(all), compared in any case.
    { name: 'bpfCTLBLogFilter all', code: felix('bpfCTLBLogFilter: all') + '---\n' + felix('bpfCTLBLogFilter: ALL') },
    { name: 'nftablesMode Auto on 3.32, whose Felix added it', code: felix('nftablesMode: Auto'), config: { cluster: { calicoVersion: 'v3.32.1' } } },
    { name: 'nftablesMode Auto with no release known', code: felix('nftablesMode: Auto') },
    // v3.29.7's validator refuses Trace (logLevelRegex): calico/field-not-in-version says so, not this rule.
    { name: 'a value the API of that release refuses is not this rule\'s', code: felix('logSeverityScreen: Trace'), config: { cluster: { calicoVersion: '3.29' } } },
    { name: 'empty or none (the zero value), and a field not written', code: felix('interfaceExclude: "", interfacePrefix: none') + '---\n' + felix('bpfEnabled: true') },
    // PortListParam takes tcp and udp in any case, and an IPv6 net, which the update processor brackets.
    { name: 'failsafe ports Felix takes', code: felix('failsafeInboundHostPorts: [{ protocol: TCP, port: 22 }, { protocol: udp, port: 68, net: "10.0.0.0/8" }, { protocol: UDP, port: 53, net: "fd00:10::/64" }], failsafeOutboundHostPorts: []') },
    // 1 and 65535 are ports netlink gives the device (addVxlanAttrs writes a port above 0).
    { name: 'VXLAN ports at the ends of the range', code: felix('vxlanPort: 65535') + '---\n' + felix('vxlanPort: 1').replace('name: default', 'name: node.a') },
    // The kernel takes identifiers below 2^24 (vxlan_validate); ports 0–65535 are Felix's int(0:65535).
    { name: 'VXLAN identifiers and ports at the ends of their ranges', code: felix('vxlanVNI: 16777215, healthPort: 65535, metadataPort: 0, prometheusMetricsPort: 9091') + '---\n' + felix('vxlanVNI: 0') },
    // The eBPF dataplane's device is flow-based: the programs set the identifier per packet.
    { name: 'vxlanVNI beyond 24 bits on the eBPF dataplane is not judged', code: felix('vxlanVNI: 16777216, bpfEnabled: true') },
    {
      name: 'vxlanVNI beyond 24 bits where an operator Installation runs the eBPF dataplane',
      code: felix('vxlanVNI: 16777216') + '---\napiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec: { calicoNetwork: { linuxDataplane: BPF } }\n',
    },
    // Felix's default mask (0xffff0000), five bits (accept, pass, drop, two scratch), six with
    // WireGuard; on the eBPF dataplane the default still leaves 7 beside the programs' 0x1ff00000;
    // the nftables mask is read only with nftablesMode Enabled, so 2 bits pass Felix's parser there.
    {
      name: 'mark masks with the bits Felix needs',
      code: [
        felix('iptablesMarkMask: 4294901760'),
        felix('iptablesMarkMask: 31, nftablesMarkMask: 3'),
        felix('iptablesMarkMask: 63, wireguardEnabled: true').replace('name: default', 'name: node.wg'),
      ].join('---\n'),
    },
    { name: 'the default mark mask on the eBPF dataplane', code: felix('iptablesMarkMask: 4294901760, bpfEnabled: true') },
    // kube-proxy in iptables mode, or IPVS with a sixth bit; on the eBPF dataplane Felix ignores kube-ipvs0.
    {
      name: 'five mark bits with kube-proxy in iptables mode, six with IPVS, five with IPVS on the eBPF dataplane',
      code: {
        'a.yaml': felix('iptablesMarkMask: 31') + '---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ""\n',
      },
    },
    {
      name: 'six mark bits with IPVS',
      code: felix('iptablesMarkMask: 63') + '---\nkind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnetworking: { kubeProxyMode: ipvs }\n',
    },
    {
      name: 'five mark bits beside the eBPF programs\' with IPVS',
      code: felix('iptablesMarkMask: 535822367, bpfEnabled: true') + '---\nkind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnetworking: { kubeProxyMode: ipvs }\n',
    },
    // debugPort's range is in the CRD (calico/felixconfig-field-values' finding, not this rule's).
    { name: 'a ranged integer the schema bounds itself', code: felix('debugPort: 70000') },
    // For the CRD as written a missing port is the schema's error (calico/felixconfig-field-values), not this rule's warning.
    { name: 'through the CRD, a failsafe entry without port', code: felix('failsafeInboundHostPorts: [{ protocol: TCP }]').replace('projectcalico.org/v3', 'crd.projectcalico.org/v1') },
  ],
  invalid: [
    {
      // The API stores these (protocol and net are free strings; validateProtoPort never runs on the
      // list's elements), protoPortSliceToString writes them as icmp:22, sctp:9899, :179, tcp:foo:6443,
      // and PortListParam refuses each: the parameter is die-on-fail.
      name: 'failsafe entries Felix refuses: ICMP, SCTP, no protocol, a net that is no CIDR',
      code: `
        apiVersion: projectcalico.org/v3
        kind: FelixConfiguration
        metadata: { name: default }
        spec:
          failsafeInboundHostPorts:
            - { protocol: ICMP, port: 22 }
            - { port: 179 }
          failsafeOutboundHostPorts:
            - { protocol: SCTP, port: 9899 }
            - { protocol: TCP, port: 6443, net: foo }
      `,
      errors: [
        { messageId: 'failsafeProtocol', severity: 'error', line: 6, column: 19, message: 'failsafeInboundHostPorts[0].protocol ICMP: Calico takes it, but Felix\'s failsafe ports are TCP or UDP only, so Felix refuses the list (the entry reaches it as "icmp:22") and does not start' },
        { messageId: 'failsafeNoProtocol', severity: 'error', line: 7, column: 7, message: /^failsafeInboundHostPorts\[1\] has no protocol: .* reaches Felix as ":179", .* refuses the list and does not start: write protocol: TCP$/ },
        { messageId: 'failsafeProtocol', severity: 'error', line: 9, column: 19, message: /^failsafeOutboundHostPorts\[0\]\.protocol SCTP: .*"sctp:9899"/ },
        { messageId: 'failsafeNet', severity: 'error', line: 10, column: 41, message: 'failsafeOutboundHostPorts[1].net "foo" is not an address or CIDR: Calico takes it, but Felix refuses the list (the entry reaches it as "tcp:foo:6443") and does not start' },
      ],
    },
    {
      // ProtoPort writes `port` without omitempty: through the v3 API a missing one is 0.
      name: 'failsafe entries for port 0, written or left out through the v3 API',
      code: felix('failsafeInboundHostPorts: [{ protocol: TCP, port: 0 }, { protocol: UDP }]'),
      errors: [
        { messageId: 'failsafePortZero', severity: 'warning', line: 4, column: 59, message: 'failsafeInboundHostPorts[0] has port 0: a failsafe rule for port 0, which no service uses, so it lets no traffic through' },
        { messageId: 'failsafePortZero', severity: 'warning', line: 4, column: 64, message: /^failsafeInboundHostPorts\[1\] has no port, which calicoctl and Calico's API server write as 0:/ },
      ],
    },
    {
      // Felix's VXLANPort is a plain int (config_params.go) used as uint16 by netlink, the rules and BPF;
      // above 65535 vxlanLinksIncompat sees the device's port differ and Felix re-creates it.
      name: 'vxlanPort beyond 16 bits, with a VXLAN pool (error) and with none in the input (warning), and a negative one',
      code: {
        'pool.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: pods }\nspec: { cidr: 10.244.0.0/16, vxlanMode: Always, ipipMode: Never }\n',
        'felix.yaml': felix('vxlanPort: 70000'),
      },
      errors: [{ file: 'felix.yaml', messageId: 'unusable', severity: 'error', line: 4, column: 20, message: 'vxlanPort 70000 is not a UDP port (0–65535): Felix takes it, but as 16 bits, so VXLAN runs on UDP port 4464, and, finding vxlan.calico on port 4464 rather than 70000, Felix deletes and re-creates the device every 10 seconds, dropping the routes through it each time' }],
    },
    {
      // VXLANVNI is a plain int (config_params.go); netlink sends it as a uint32 and the kernel
      // refuses 2^24 and above (ERANGE), so vxlan.calico is never created.
      name: 'vxlanVNI beyond 24 bits with a VXLAN pool (error), with none in the input (warning), and a negative one',
      code: {
        'pool.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: pods }\nspec: { cidr: 10.244.0.0/16, vxlanMode: CrossSubnet, ipipMode: Never }\n',
        'felix.yaml': felix('vxlanVNI: 16777216') + '---\n' + felix('vxlanVNI: -1').replace('name: default', 'name: node.worker-1'),
      },
      errors: [
        { file: 'felix.yaml', messageId: 'unusable', severity: 'error', line: 4, column: 19, message: 'vxlanVNI 16777216 is not a VXLAN network identifier (0–16777215, 24 bits): Felix takes it, but the kernel refuses to create vxlan.calico with it ("VXLAN ID must be lower than 16777216"), so Felix retries every second and no traffic crosses between nodes over VXLAN' },
        { file: 'felix.yaml', messageId: 'unusable', severity: 'error', line: 9, column: 19, message: /^vxlanVNI -1 is not a VXLAN network identifier/ },
      ],
    },
    {
      // MarkBitmaskParam takes at least 2 bits (die-on-fail); driver.go then takes five marks from
      // the mask in use and panics when they are not there.
      name: 'mark masks Felix refuses or cannot take its marks from',
      code: felix('iptablesMarkMask: 1') + '---\n' + felix('iptablesMarkMask: 15').replace('name: default', 'name: node.a'),
      errors: [
        { messageId: 'unusable', severity: 'error', line: 4, column: 27, message: 'iptablesMarkMask 1 has 1 bit set: Felix takes a mark mask of at least 2, refuses it and does not start' },
        { messageId: 'unusable', severity: 'error', line: 9, column: 27, message: 'iptablesMarkMask 15 leaves 4 bits for Felix\'s marks, which need 5 (accept, pass, drop, two scratch bits): Felix panics at start ("Not enough mark bits available")' },
      ],
    },
    {
      name: 'a mark mask one bit short with WireGuard, and the nftables mask when nftablesMode is Enabled',
      code: felix('iptablesMarkMask: 31, wireguardEnabled: true') + '---\n' + felix('nftablesMode: Enabled, nftablesMarkMask: 15, iptablesMarkMask: 15').replace('name: default', 'name: node.a'),
      errors: [
        { messageId: 'unusable', severity: 'error', line: 4, column: 27, message: /^iptablesMarkMask 31 leaves 5 bits for Felix's marks, which need 6 \(accept, pass, drop, two scratch bits, WireGuard\)/ },
        { messageId: 'unusable', severity: 'error', line: 9, column: 50, message: /^nftablesMarkMask 15 leaves 4 bits for Felix's marks, which need 6/ },
      ],
    },
    {
      // driver.go: with kube-ipvs0 present (kube-proxy in IPVS mode) the endpoint mark needs a bit of its own.
      name: 'five mark bits with kube-proxy in IPVS mode (kind config, kubeadm KubeProxyConfiguration, kube-proxy ConfigMap)',
      code: {
        'felix.yaml': felix('iptablesMarkMask: 31'),
        'kind.yaml': 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnetworking: { kubeProxyMode: ipvs }\n',
      },
      errors: [{ file: 'felix.yaml', messageId: 'unusable', severity: 'error', line: 4, column: 27, message: "iptablesMarkMask 31 leaves 5 bits for Felix's marks, which need 6 (accept, pass, drop, two scratch bits, an endpoint mark for kube-proxy's IPVS mode (kind config kind.yaml)): Felix panics at start (\"Not enough mark bits available\")" }],
    },
    {
      name: 'five mark bits with kube-proxy in IPVS mode by kubeadm\'s KubeProxyConfiguration',
      code: { 'felix.yaml': felix('iptablesMarkMask: 31'), 'kubeadm.yaml': 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\n' },
      errors: [{ file: 'felix.yaml', messageId: 'unusable', severity: 'error', line: 4, column: 27, message: /need 6 \(.*IPVS mode \(KubeProxyConfiguration in kubeadm\.yaml\)\)/ }],
    },
    {
      name: 'five mark bits with kube-proxy in IPVS mode by its ConfigMap',
      code: { 'felix.yaml': felix('iptablesMarkMask: 31'), 'kube-proxy.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: kube-proxy, namespace: kube-system }\ndata:\n  config.conf: |\n    apiVersion: kubeproxy.config.k8s.io/v1alpha1\n    kind: KubeProxyConfiguration\n    mode: "ipvs"\n' },
      errors: [{ file: 'felix.yaml', messageId: 'unusable', severity: 'error', line: 4, column: 27, message: /IPVS mode \(ConfigMap kube-system\/kube-proxy in kube-proxy\.yaml\)/ }],
    },
    {
      name: 'a mark mask without the eBPF programs\' bits, and one that leaves too few beside them',
      code: felix('bpfEnabled: true, iptablesMarkMask: 65535') + '---\n' + felix('iptablesMarkMask: 535822351').replace('name: default', 'name: node.a'),
      errors: [
        { messageId: 'unusable', severity: 'error', line: 4, column: 45, message: 'iptablesMarkMask 65535 lacks mark bits the eBPF programs use (0x1ff00000): Felix panics at start' },
        { messageId: 'unusable', severity: 'error', line: 9, column: 27, message: /^iptablesMarkMask 535822351 leaves 4 bits for Felix's marks beside the eBPF programs' 0x1ff00000, which need 5/ },
      ],
    },
    {
      name: 'vxlanVNI beyond 24 bits with no VXLAN pool in the input',
      code: felix('vxlanVNI: 20000000'),
      errors: [{ messageId: 'unusable', severity: 'warning', line: 4, column: 19, message: /^vxlanVNI 20000000 .* so Felix retries every second and, where VXLAN is in use, no traffic crosses between nodes over VXLAN$/ }],
    },
    {
      // A free string in the API (felixconfig.go, validate:"omitempty"); Felix's oneof(all) refuses
      // anything else and keeps the default (unset).
      name: 'bpfCTLBLogFilter other than all',
      code: felix('bpfCTLBLogFilter: debug'),
      errors: [{ messageId: 'fallback', severity: 'warning', line: 4, column: 27, message: 'bpfCTLBLogFilter "debug" is not one of all (in any case): Felix ignores it and uses the default' }],
    },
    {
      // Free strings in the API; Felix's MetadataAddr is die-on-fail, HealthHost falls back to localhost.
      name: 'a metadata address with a scheme and port, and a health host with a space',
      code: felix('metadataAddr: "http://169.254.169.254:80", healthHost: "0.0.0.0 "'),
      errors: [
        { messageId: 'fatal', severity: 'error', line: 4, column: 23, message: 'metadataAddr "http://169.254.169.254:80" is not a host name or IPv4 address (letters, digits, ".", "_", "-"): Felix refuses it and does not start' },
        { messageId: 'fallback', severity: 'warning', line: 4, column: 64, message: 'healthHost "0.0.0.0 " is not a host address (1–64 letters, digits and ":", ".", "_", "+", "-"): Felix ignores it and uses the default (localhost)' },
      ],
    },
    {
      // The API stores any integer there (felixconfig.go *int, no bound in the CRD); Felix's params
      // are int(0:65535) and replace a value outside with the default, or, die-on-fail, do not start.
      name: 'ports Felix takes in 0–65535 only: health and metrics fall back, the metadata port stops Felix',
      code: felix('healthPort: 70000, prometheusMetricsPort: -1, metadataPort: 80800'),
      errors: [
        { messageId: 'fallback', severity: 'warning', line: 4, column: 21, message: 'healthPort "70000" is outside 0–65535: Felix ignores it and uses the default (9099)' },
        { messageId: 'fallback', severity: 'warning', line: 4, column: 51, message: 'prometheusMetricsPort "-1" is outside 0–65535: Felix ignores it and uses the default (9091)' },
        { messageId: 'fatal', severity: 'error', line: 4, column: 69, message: 'metadataPort "80800" is outside 0–65535: Felix refuses it and does not start' },
      ],
    },
    {
      name: 'vxlanPort beyond 16 bits with no VXLAN pool in the input, and a negative one',
      code: felix('vxlanPort: 70000') + '---\n' + felix('vxlanPort: -5'),
      errors: [
        { messageId: 'unusable', severity: 'warning', line: 4, column: 20, message: /^vxlanPort 70000 .* UDP port 4464, and where VXLAN is in use, finding vxlan\.calico/ },
        { messageId: 'unusable', severity: 'warning', line: 9, column: 20, message: "vxlanPort -5 is not a port netlink gives the VXLAN device: it leaves it out, so vxlan.calico runs on the kernel's default UDP port 8472, not 4789 (a firewall opened for Calico's 4789 drops it), and Felix's rules that admit VXLAN only from the cluster's hosts name port 65531, so they match none of it" },
      ],
    },
    {
      // netlink writes the port only when above 0; the kernel's default is 8472 (drivers/net/vxlan vxlan_port).
      name: 'vxlanPort 0, meant as the default, is the kernel\'s 8472',
      code: felix('vxlanPort: 0'),
      errors: [{ messageId: 'unusable', severity: 'warning', line: 4, column: 20, message: /^vxlanPort 0 is not a port netlink gives the VXLAN device: .* UDP port 8472, not 4789 .* name port 0, so they match none of it$/ }],
    },
    {
      // v3.31.7's and v3.24.6's APIs store these (the FelixConfiguration CRD lists nftablesMode Auto
      // from v3.30; bpfEnforceRPF is a free string in v3.24), but their Felix's oneof parameters lack
      // them (felix/config/config_params.go: NFTablesMode gains Auto in v3.32.1, BPFEnforceRPF Loose
      // in v3.25.2), and OneofListParam refuses an unknown option: Felix keeps the default.
      name: 'nftablesMode Auto on 3.31',
      code: felix('nftablesMode: Auto'),
      config: { cluster: { calicoVersion: '3.31' } },
      errors: [{ messageId: 'newerOption', severity: 'warning', line: 4, column: 23, message: 'nftablesMode "Auto": Felix takes Auto for NFTablesMode from Calico 3.32 on; the API of Calico 3.31 (cluster.calicoVersion) stores it, but its Felix refuses it as unknown and keeps the default' }],
    },
    {
      // On 3.24 nftablesMode itself is newer (v3.29): calico/field-not-in-version reports the field.
      name: 'bpfEnforceRPF Loose on 3.24, and nftablesMode left to the field check',
      code: felix('bpfEnforceRPF: Loose') + '---\n' + felix('nftablesMode: Auto'),
      config: { cluster: { calicoVersion: '3.24' } },
      errors: [{ messageId: 'newerOption', severity: 'warning', line: 4, column: 24, message: /^bpfEnforceRPF "Loose": Felix takes Loose for BPFEnforceRPF from Calico 3\.25 on; the API of Calico 3\.24/ }],
    },
    {
      // config_params_test.go:841 and :844: Felix uses the default kube-ipvs0 for either value.
      name: 'an interface name with @ and !, and a pattern Go does not compile',
      code: felix('interfaceExclude: "not.a.valid.interf@e!!"') + '---\n' + felix('interfaceExclude: "/^kube\\\\K/"'),
      errors: [
        { messageId: 'fallback', severity: 'warning', line: 4, column: 27, message: 'interfaceExclude "not.a.valid.interf@e!!" holds "not.a.valid.interf@e!!", which is neither an interface name (1–15 letters, digits, "_", "-") nor a /regex/: Felix ignores it and uses the default (kube-ipvs0)' },
        { messageId: 'fallback', severity: 'warning', line: 9, column: 27, message: /^interfaceExclude "\/\^kube\\K\/" holds the pattern \/\^kube\\K\/, which Go cannot compile/ },
      ],
    },
    {
      // interfacePrefix is an iface-list with die-on-fail (config_params.go).
      name: 'an interface prefix list with a space: Felix does not start',
      code: felix('interfacePrefix: "cali, tap"'),
      errors: [{ messageId: 'fatal', line: 4, column: 26, message: /^interfacePrefix "cali, tap" is not a comma-separated list of interface names.*: Felix refuses it and does not start$/ }],
    },
    {
      // Felix's DSCPParam refuses these and keeps its default 23 (felix/config/param_types.go, config_params.go).
      name: 'a DSCP above 63 and an unknown DSCP name: Felix keeps its default',
      code: felix('istioDSCPMark: 64') + '---\n' + felix('istioDSCPMark: CS9'),
      errors: [
        { messageId: 'fallback', severity: 'warning', line: 4, column: 24, message: 'istioDSCPMark "64" is above 63, the largest DSCP value: Felix ignores it and uses the default (23)' },
        { messageId: 'fallback', severity: 'warning', line: 9, column: 24, message: /^istioDSCPMark "CS9" is neither a DSCP value from 0 to 63 nor a DSCP name/ },
      ],
    },
  ],
});
