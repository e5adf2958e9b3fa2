import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import felix from './generated/felix-params.json' with { type: 'json' };
import rule from './env-felix-value.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

describe('the extracted Felix parameter table', () => {
  it('comes from config_params.go at the targeted tag, with its types and flags', () => {
    expect(felix).toMatchObject({ repository: 'https://github.com/projectcalico/calico', tag: 'v3.32.1', source: 'felix/config/config_params.go' });
    expect(felix.params.length).toBeGreaterThan(150);
    const byName = new Map(felix.params.map((p) => [p.name, p]));
    expect(byName.get('DefaultEndpointToHostAction')).toMatchObject({ kind: 'oneof', args: 'DROP,RETURN,ACCEPT', flags: expect.arrayContaining(['die-on-fail']) });
    expect(byName.get('HealthPort')).toMatchObject({ kind: 'int', args: '0:65535', default: '9099' });
    // Pointer types too: FELIX_IPINIPENABLED is *bool (unset means "decide from the pools").
    expect(byName.get('IpInIpEnabled')).toMatchObject({ kind: '*bool' });
  });
});

ruleTester(rule, {
  valid: [
    // manifests/calico.yaml (v3.32.1) writes these.
    { name: 'FELIX_VXLANPORT 4789 and 65535', code: calicoNode({ FELIX_VXLANPORT: '4789' }) + '---\n' + calicoNode({ FELIX_VXLANPORT: '65535' }).replace('name: calico-node,', 'name: calico-node-b,') },
    { name: 'the official manifest values', code: calicoNode({ FELIX_DEFAULTENDPOINTTOHOSTACTION: 'ACCEPT', FELIX_IPV6SUPPORT: 'false', FELIX_HEALTHENABLED: 'true', FELIX_IPINIPMTU: '0', FELIX_LOGSEVERITYSCREEN: 'info' }) },
    { name: 'options in any case, Go integer literals, fractional seconds, a name in lower case', code: calicoNode({ FELIX_CHAININSERTMODE: 'Append', FELIX_HEALTHPORT: '0x2383', FELIX_IPTABLESREFRESHINTERVAL: '90.5', felix_ipinipmtu: '1_440' }) },
    // felix/bpf/nat/connecttime.go and felix/logutils/logutils.go (v3.32.1) read these with os.Getenv;
    // k0s' calico-node manifest sets the first.
    { name: "variables Felix's code reads itself, by their exact names", code: calicoNode({ FELIX_DebugSkipCTLBCleanup: 'true', FELIX_EARLYLOGSEVERITYSCREEN: 'info' }) },
    { name: 'options on the releases that added them', code: calicoNode({ FELIX_NFTABLESMODE: 'Auto', FELIX_LOGSEVERITYSCREEN: 'Trace' }), config: { cluster: { calicoVersion: '3.32' } } },
    { name: 'FELIX_IPTABLESMARKMASK at Felix\'s default and at five bits', code: calicoNode({ FELIX_IPTABLESMARKMASK: '0xffff0000' }) + '---\n' + calicoNode({ FELIX_IPTABLESMARKMASK: '0x1f' }).replace('name: calico-node,', 'name: calico-node-b,') },
    { name: 'FELIX_VXLANVNI at the top of 24 bits, and beyond them on the eBPF dataplane', code: calicoNode({ FELIX_VXLANVNI: '16777215' }) + '---\n' + calicoNode({ FELIX_VXLANVNI: '16777216', FELIX_BPFENABLED: 'true' }).replace('name: calico-node,', 'name: calico-node-b,') },
    { name: 'TRACE on 3.30', code: calicoNode({ FELIX_LOGSEVERITYSCREEN: 'TRACE' }), config: { cluster: { calicoVersion: '3.30' } } },
    { name: 'Auto with no release known (an image tag that names none)', code: calicoNode({ FELIX_NFTABLESMODE: 'Auto' }).replace('quay.io/calico/node:v3.32.1', 'quay.io/calico/node:latest') },
    { name: 'empty (ignored) and none (the zero value)', code: calicoNode({ FELIX_HEALTHPORT: '', FELIX_EXTERNALNODESCIDRLIST: 'none' }) },
    // param_types.go: CIDRListParam uses cnet.ParseCIDROrIP, Ipv4Param net.ParseIP and To4().
    { name: 'a prefix length with a leading zero, an IPv4-mapped IPv4 address', code: calicoNode({ FELIX_EXTERNALNODESCIDRLIST: '10.0.0.0/08', FELIX_NATOUTGOINGADDRESS: '::ffff:192.0.2.1' }) },
    {
      // param_types.go PortListParam (an IPv6 net in brackets), RegexpPatternListParam, StringSliceParam, KeyValueListParam,
      // KeyDurationListParam (time.ParseDuration), RouteTableRange(s)Param, RegionParam (Calico v3.32.1).
      name: 'port lists, interface lists and patterns, key=value and key=duration lists, route tables, a region',
      code: calicoNode({
        FELIX_FAILSAFEINBOUNDHOSTPORTS: 'tcp:22, udp:68,179,tcp:10.0.0.0/8:6443,udp:[fd00::/64]:53',
        FELIX_INTERFACEEXCLUDE: 'kube-ipvs0,/^veth.*/,/cali[0-9]+/',
        FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'docker+, cni0,',
        FELIX_IPTABLESNATOUTGOINGINTERFACEFILTER: 'eth0:1',
        FELIX_FEATUREDETECTOVERRIDE: 'ChecksumOffloadBroken=true,',
        FELIX_HEALTHTIMEOUTOVERRIDES: 'InternalDataplaneMainLoop=30s, CalculationGraph=1m30s',
        FELIX_ROUTETABLERANGES: '1-250 300-400',
        FELIX_ROUTETABLERANGE: '1-250',
        FELIX_OPENSTACKREGION: 'region-one',
      }),
    },
    // felix/config/config_params.go: NFTablesMode first in v3.29.7's Config struct (not in
    // v3.28.5's); IptablesLockFilePath in v3.31.7's and no longer in v3.32.1's.
    { name: 'a parameter on the release that added it', code: calicoNode({ FELIX_NFTABLESMODE: 'Enabled' }), config: { cluster: { calicoVersion: '3.29' } } },
    { name: 'a parameter a later release removed, on a release that has it', code: calicoNode({ FELIX_IPTABLESLOCKFILEPATH: '/run/xtables.lock' }), config: { cluster: { calicoVersion: 'v3.31.4' } } },
    // param_types.go DSCPParam: a 6-bit number or a DSCP name in any case (numorstring dscp.go).
    { name: 'DSCP values for FELIX_ISTIODSCPMARK', code: calicoNode({ FELIX_ISTIODSCPMARK: '63' }) + '---\n' + calicoNode({ FELIX_ISTIODSCPMARK: 'af41' }) },
    // config_params.go Validate: the Typha TLS settings together, with a CN or a URI SAN; or a setting netlint cannot see.
    { name: 'every Typha TLS setting, or one from a fieldRef', code: calicoNode({ FELIX_TYPHAKEYFILE: '/k', FELIX_TYPHACERTFILE: '/c', FELIX_TYPHACAFILE: '/ca', FELIX_TYPHAURISAN: 'spiffe://typha' }) },
  ],
  invalid: [
    {
      // Felix parses the int (base 0: 0x11170 is 70000) and uses it as 16 bits (lib/felix-value-effects.ts).
      name: 'FELIX_VXLANPORT beyond 16 bits',
      code: calicoNode({ FELIX_VXLANPORT: '0x11170', CALICO_IPV4POOL_VXLAN: 'Always' }),
      errors: [{ messageId: 'unusable', severity: 'error', line: envLine(0), column: 22, message: /^FELIX_VXLANPORT "0x11170" is not a UDP port \(0–65535\): Felix takes it, but as 16 bits, so VXLAN runs on UDP port 4464, and, finding vxlan\.calico on port 4464 rather than 70000, Felix deletes and re-creates the device every 10 seconds/ }],
    },
    {
      // The kernel refuses a VXLAN identifier of 2^24 or more (vxlan_validate): vxlan.calico is never made.
      name: 'FELIX_VXLANVNI beyond 24 bits',
      code: calicoNode({ FELIX_VXLANVNI: '0x1000000', CALICO_IPV4POOL_VXLAN: 'Always' }),
      errors: [{ messageId: 'unusable', severity: 'error', line: envLine(0), column: 22, message: 'FELIX_VXLANVNI "0x1000000" is not a VXLAN network identifier (0–16777215, 24 bits): Felix takes it, but the kernel refuses to create vxlan.calico with it ("VXLAN ID must be lower than 16777216"), so Felix retries every second and no traffic crosses between nodes over VXLAN' }],
    },
    {
      // HostnameRegexp (config_params.go) has no ":": an IPv6 metadata address stops Felix (die-on-fail).
      name: 'FELIX_METADATAADDR as an IPv6 address',
      code: calicoNode({ FELIX_METADATAADDR: 'fd00::1' }),
      errors: [{ messageId: 'fatal', severity: 'error', line: envLine(0), column: 22, message: 'FELIX_METADATAADDR "fd00::1" is not a host name or IPv4 address (letters, digits, ".", "_", "-"): Felix refuses it and does not start' }],
    },
    {
      // MarkBitmaskParam (ParseUint base 0, at least 2 bits, die-on-fail), then driver.go's five marks.
      name: 'FELIX_IPTABLESMARKMASK with too few bits for the parser, and for the marks',
      code: calicoNode({ FELIX_IPTABLESMARKMASK: '0x1' }) + '---\n' + calicoNode({ FELIX_IPTABLESMARKMASK: '0xf' }).replace('name: calico-node,', 'name: calico-node-b,'),
      errors: [
        { messageId: 'fatal', severity: 'error', line: envLine(0), column: 22, message: 'FELIX_IPTABLESMARKMASK "0x1" has 1 bit set, and Felix takes a mark mask of at least 2: Felix refuses it and does not start' },
        { messageId: 'unusable', severity: 'error', line: 25, column: 22, message: /^FELIX_IPTABLESMARKMASK "0xf" leaves 4 bits for Felix's marks, which need 5/ },
      ],
    },
    {
      name: 'values Felix refuses to start with, and one it replaces with the default',
      code: calicoNode({ FELIX_DEFAULTENDPOINTTOHOSTACTION: 'ALLOW', FELIX_INTERFACEPREFIX: 'none', FELIX_EXTERNALNODESCIDRLIST: '10.0.0.0/8, bogus', FELIX_PROMETHEUSMETRICSPORT: '70000' }),
      errors: [
        { messageId: 'fatal', line: envLine(0), column: 22, severity: 'error', message: 'FELIX_DEFAULTENDPOINTTOHOSTACTION "ALLOW" is not one of DROP, RETURN, ACCEPT (in any case): Felix refuses it and does not start' },
        { messageId: 'noneNonZero', line: envLine(1), column: 22, severity: 'error' },
        { messageId: 'fatal', line: envLine(2), column: 22, message: /holds "bogus"/ },
        { messageId: 'fallback', line: envLine(3), column: 22, severity: 'warning', message: 'FELIX_PROMETHEUSMETRICSPORT "70000" is outside 0–65535: Felix ignores it and uses the default (9091)' },
      ],
    },
    {
      name: 'an IPv4-mapped address where an IPv6 address is wanted',
      code: calicoNode({ FELIX_DEVICEROUTESOURCEADDRESSIPV6: '::ffff:192.0.2.1' }),
      errors: [{ messageId: 'fallback', line: envLine(0), column: 22, message: /is not an IPv6 address/ }],
    },
    {
      name: 'a misspelt parameter',
      code: calicoNode({ FELIX_IPINIPMTUU: '1440' }),
      errors: [{ messageId: 'unknown', line: envLine(0), column: 22, severity: 'warning', message: /no parameter ipinipmtuu \(did you mean FELIX_IPINIPMTU\?\)/ }],
    },
    {
      name: 'a failsafe port with an unknown protocol and a route table range past 250: Felix does not start; a bad interface pattern: the default',
      code: calicoNode({ FELIX_FAILSAFEINBOUNDHOSTPORTS: 'tcp:22,sctp:9', FELIX_ROUTETABLERANGE: '1-251', FELIX_INTERFACEEXCLUDE: 'kube-ipvs0,/(?=x)/' }),
      errors: [
        { messageId: 'fatal', line: envLine(0), column: 22, message: /^FELIX_FAILSAFEINBOUNDHOSTPORTS "tcp:22,sctp:9" holds "sctp:9", whose protocol sctp is neither tcp nor udp: Felix refuses it and does not start$/ },
        { messageId: 'fatal', line: envLine(1), column: 22, message: /^FELIX_ROUTETABLERANGE "1-251" is not a range of route table indices within 1-250/ },
        { messageId: 'fallback', severity: 'warning', line: envLine(2), column: 22, message: /^FELIX_INTERFACEEXCLUDE "kube-ipvs0,\/\(\?=x\)\/" holds the pattern \/\(\?=x\)\/, which Go cannot compile \(uses lookaround .*\): Felix ignores it and uses the default \(kube-ipvs0\)$/ },
      ],
    },
    {
      name: 'Typha TLS files without a CN or URI SAN',
      code: calicoNode({ FELIX_TYPHACAFILE: '/ca', FELIX_TYPHAKEYFILE: '/k', FELIX_TYPHACERTFILE: '/c' }),
      errors: [{ messageId: 'typhaTls', line: envLine(1), column: 22, message: /^FELIX_TYPHAKEYFILE is set, but FELIX_TYPHACN or FELIX_TYPHAURISAN are not: Felix takes the Typha TLS settings all together/ }],
    },
    {
      name: 'a parameter newer than the cluster\'s Calico',
      code: calicoNode({ FELIX_NFTABLESMODE: 'Enabled' }),
      config: { cluster: { calicoVersion: '3.28' } },
      errors: [{ messageId: 'newer', severity: 'warning', line: envLine(0), column: 22, message: 'FELIX_NFTABLESMODE: Felix has parameter NFTablesMode from Calico 3.29 on; Calico 3.28 (cluster.calicoVersion) ignores the variable' }],
    },
    {
      // felix/config/config_params.go: LogSeverityScreen is oneof(DEBUG,INFO,WARNING,ERROR,FATAL) at
      // v3.29.7 and adds TRACE at v3.30.7; NFTablesMode is oneof(Enabled,Disabled) until v3.31.7 and
      // adds Auto at v3.32.1. OneofListParam compares in any case and refuses other options.
      name: 'options a later Felix added, written in lower case, on 3.29',
      code: calicoNode({ FELIX_NFTABLESMODE: 'auto', FELIX_LOGSEVERITYSCREEN: 'trace', FELIX_LOGSEVERITYFILE: 'debug' }),
      config: { cluster: { calicoVersion: 'v3.29.7' } },
      errors: [
        { messageId: 'newerOption', severity: 'warning', line: envLine(0), column: 22, message: 'FELIX_NFTABLESMODE "auto": Felix takes Auto for NFTablesMode from Calico 3.32 on; Calico 3.29 (cluster.calicoVersion) ignores it and keeps the default' },
        { messageId: 'newerOption', severity: 'warning', line: envLine(1), column: 22, message: 'FELIX_LOGSEVERITYSCREEN "trace": Felix takes TRACE for LogSeverityScreen from Calico 3.30 on; Calico 3.29 (cluster.calicoVersion) ignores it and keeps the default' },
      ],
    },
    {
      // os.Getenv is case-sensitive, and the configuration loader knows no such parameter.
      name: "a debug switch Felix's code reads, in another case",
      code: calicoNode({ FELIX_DEBUGSKIPCTLBCLEANUP: 'true' }),
      errors: [{ messageId: 'unknown', severity: 'warning', line: envLine(0), column: 22, message: "FELIX_DEBUGSKIPCTLBCLEANUP: Felix has no parameter debugskipctlbcleanup (Felix's code reads FELIX_DebugSkipCTLBCleanup itself, in exactly that case: felix/bpf/nat/connecttime.go) and ignores the variable" }],
    },
    {
      name: 'a parameter Calico removed, and an unknown one on a release newer than netlint knows',
      code: calicoNode({ FELIX_IPTABLESLOCKFILEPATH: '/run/xtables.lock', FELIX_QUANTUMROUTING: 'true' }),
      config: { cluster: { calicoVersion: '3.34' } },
      errors: [
        { messageId: 'unknown', severity: 'warning', line: envLine(0), column: 22, message: 'FELIX_IPTABLESLOCKFILEPATH: Felix has no parameter iptableslockfilepath (Calico 3.32 removed it) and ignores the variable' },
        { messageId: 'unknownNewer', severity: 'info', line: envLine(1), column: 22, message: 'FELIX_QUANTUMROUTING: Felix has no parameter quantumrouting in Calico v3.32.1, the newest release netlint knows: if Calico 3.34 (cluster.calicoVersion) added it, ignore this; if not, Felix ignores the variable' },
      ],
    },
    {
      // DSCPParam refuses 64 (more than 6 bits) and an unknown name; Felix keeps its default 23.
      name: 'a DSCP above 63 and an unknown DSCP name: Felix keeps the default',
      code: calicoNode({ FELIX_ISTIODSCPMARK: '64' }) + '---\n' + calicoNode({ FELIX_ISTIODSCPMARK: 'CS7' }),
      errors: [
        { messageId: 'fallback', severity: 'warning', line: envLine(0), column: 22, message: 'FELIX_ISTIODSCPMARK "64" is above 63, the largest DSCP value: Felix ignores it and uses the default (23)' },
        { messageId: 'fallback', severity: 'warning', line: 25, column: 22, message: /^FELIX_ISTIODSCPMARK "CS7" is neither a DSCP value from 0 to 63 nor a DSCP name/ },
      ],
    },
  ],
});
