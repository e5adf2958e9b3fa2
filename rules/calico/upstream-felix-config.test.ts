/**
 * Felix's own configuration tests, retold as manifests. Source: github.com/projectcalico/calico at
 * tag v3.32.1, felix/config/config_params_test.go, felix/config/param_types_test.go and
 * felix/config/env_var_loader_test.go. Each case names the line of its upstream `Entry(` (or the
 * `UpdateFrom` call of a `BeforeEach`/`It`) in the file it comes from.
 *
 * How Felix treats a value (config_params.go at v3.32.1): an empty value is dropped before parsing
 * (UpdateFrom, 664-673), so the default stays; a name Felix does not know is ignored (resolve,
 * 777-787); `none` gives the field's zero value, and is an error on a `non-zero` field (800-811);
 * a value its param type cannot parse is logged and replaced by the default (824-829), or is an
 * error on a `die-on-fail` parameter (820-823); Validate (985-1021) adds cross-field checks. An
 * error from the env source or from Validate keeps Felix in its start-up retry loop
 * (felix/daemon/daemon.go 193-198 and 259-264): Felix does not start.
 *
 * netlint's answer for each (rules/calico/env-felix-value.ts): "Felix ignores it and uses the
 * default" is a warning (messageId fallback), "Felix refuses it and does not start" an error
 * (fatal, noneNonZero), an unknown name a warning. So:
 *  - parsed   → no error or warning from the env/felix rules (calico/env-felix-*, calico/felix*);
 *  - default  → a warning, and no error, at the env entry (or FelixConfiguration field);
 *  - refused  → an error at the env entry (or field);
 *  - ignored  → a warning, and no error, at the env entry (an unknown parameter);
 *  - invalid  → (FelixConfiguration only) Calico's validator refuses the resource before Felix
 *               reads it: an error at the field.
 * Env entries a case does not point at must carry no error or warning from any rule.
 *
 * Upstream's tests name the Go field (`IpInIpMtu`); as a manifest that is the calico-node
 * container's `FELIX_IPINIPMTU` env entry (Felix lower-cases the name after `felix_`,
 * env_var_loader.go). The param_types_test.go tables test a param type on a made-up name; here the
 * value goes to a real parameter of that type: endpoint-list → EtcdEndpoints, cidr-list →
 * ExternalNodesCIDRList, keyvaluelist → FeatureDetectOverride, ipv4 → DeviceRouteSourceAddress,
 * ipv6 → DeviceRouteSourceAddressIPv6, iface-filter-slice → BPFForceTrackPacketsFromIfaces. The
 * "Config validation" table feeds the config-file source; the parsing and Validate are the same
 * for the env source, so it is told as env entries. Where a case is about the FelixConfiguration
 * source (159, 203), or the field has a FelixConfiguration equivalent that Calico passes to Felix
 * as the same string (libcalico-go updateprocessors/configurationprocessor.go and
 * felixconfigprocessor.go) and the resource adds something — a FelixConfiguration-only rule of
 * netlint, or Calico's validator — the case is told as that resource too. The OpenStack heuristic
 * table is told only for its values being parsed: whether Felix then thinks OpenStack is present
 * is not something netlint judges.
 *
 * Left out, with the reason:
 *  - config_params_test.go 96 and 114 (parity of the Config and FelixConfigurationSpec Go
 *    structs), 948-1003 (ParamForField, parsing of the `config:` tags), 902-946
 *    (SafeParamsEqual) and 849-900 (copying a Config, directly and through protobuf): metadata
 *    and internals, no value a manifest writes.
 *  - 150, 163, 175 and 191: OverrideParam, Felix's internal highest-priority source, which no
 *    manifest sets; 175 is an env value losing to such an override (source priority, not parsing).
 *  - 199 and 210: the defaults with nothing set; a manifest has nothing to write.
 *  - 591-610 (KubernetesProvider): the test sets the field directly, nothing is parsed.
 *  - 612-721 (DatastoreConfig): how Felix assembles its datastore connection from libcalico-go's
 *    client config and its own etcd parameters — datastore sources, not a value's parsing.
 *  - param_types_test.go 143-149 (StringSliceParam with InterfaceRegex): no Felix parameter at
 *    v3.32.1 has that type (`interface-name-slice`), so no env entry or field reaches it.
 *  - env_var_loader_test.go 30 (an environment entry without `=`): a container env entry always
 *    has a name and a value, so a manifest cannot write it.
 *  - FelixConfiguration forms of HealthTimeoutOverrides, FailsafeInbound/OutboundHostPorts and
 *    of RouteTableRanges "abcde" (805): the resource holds typed lists (name/timeout, protocol/
 *    port, min/max numbers) that the API server decodes before Felix sees a string.
 *
 * Every built-in rule runs. When restated, 28 cases disagreed with netlint, all misses (interface
 * lists and names, failsafe ports, key=value lists, partial Typha TLS settings, and the env forms of
 * the OpenStack region and route table ranges); netlint now judges them and they are among the
 * cases, each with the Felix code that decides it.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/run.js';
import type { Finding } from '../../src/engine/types.js';
import { BUILTIN_RULES } from '../index.js';
import { calicoNode, calicoResource } from './lib/test-manifests.js';

type Source = 'config_params_test.go' | 'param_types_test.go' | 'env_var_loader_test.go';
type Outcome = 'parsed' | 'default' | 'refused' | 'ignored' | 'invalid';

interface Case {
  src: Source;
  /** The line of upstream's `Entry(` (or `UpdateFrom` call). */
  line: number;
  /** What upstream checks, in our words. */
  name: string;
  /** The calico-node container's env entries, in order … */
  env?: Record<string, string>;
  /** … or a FelixConfiguration (its name and spec). */
  fc?: { name: string; spec: string };
  /** What Felix (or, for `invalid`, Calico's API) does with the value. */
  felix: Outcome;
  /** The env entries the finding belongs at (any of them; default: the first). */
  entries?: number[];
  /** The FelixConfiguration field the finding belongs at. */
  field?: (string | number)[];
}

const ENV: (string | number)[] = ['spec', 'template', 'spec', 'containers', 0, 'env'];
const FELIX_RULE = /^calico\/(env-felix-|felix)/;

const cp = (line: number, name: string, env: Record<string, string>, felix: Outcome = 'parsed', entries?: number[]): Case => ({ src: 'config_params_test.go', line, name, env, felix, entries });
const pt = (line: number, name: string, env: Record<string, string>, felix: Outcome = 'parsed'): Case => ({ src: 'param_types_test.go', line, name, env, felix });
const el = (line: number, name: string, env: Record<string, string>, felix: Outcome = 'parsed', entries?: number[]): Case => ({ src: 'env_var_loader_test.go', line, name, env, felix, entries });
const fc = (line: number, name: string, spec: string, felix: Outcome = 'parsed', field?: (string | number)[], fcName = 'default'): Case => ({ src: 'config_params_test.go', line, name, fc: { name: fcName, spec }, felix, field });

const CASES: Case[] = [
  // env_var_loader_test.go "Environment parameter parsing".
  el(29, 'no FELIX_ variable at all', { DATASTORE_TYPE: 'kubernetes' }),
  el(31, 'a mixed-case FeLIX_ prefix and name is read; an unknown FeLIX_FOO is kept but ignored; PATH is not Felix\'s', { FeLIX_LoGSEVERITYSCREEN: 'INFO', FeLIX_FOO: 'bar=baz', PATH: '/usr/bin:/bin/sbin' }, 'ignored', [1]),

  // config_params_test.go "Config override empty": values from the per-host FelixConfiguration and the env.
  fc(159, 'bpfEnabled true on the per-host FelixConfiguration', 'bpfEnabled: true', 'parsed', undefined, 'node.node-1'),
  cp(185, 'FELIX_BPFENABLED true from the env', { FELIX_BPFENABLED: 'true' }),
  fc(203, 'iptablesBackend Auto on the per-host FelixConfiguration, read as auto', 'iptablesBackend: Auto', 'parsed', undefined, 'node.node-1'),
  cp(216, 'EndpointStatusPathPrefix none: the zero value, status files off', { FELIX_ENDPOINTSTATUSPATHPREFIX: 'none' }),

  // config_params_test.go "Config parsing" (env source).
  cp(250, 'NetlinkTimeoutSecs empty: the default 10s', { FELIX_NETLINKTIMEOUTSECS: '' }),
  cp(252, 'EndpointStatusPathPrefix empty: the default', { FELIX_ENDPOINTSTATUSPATHPREFIX: '' }),
  cp(254, 'FelixHostname a short name', { FELIX_FELIXHOSTNAME: 'hostname' }),
  cp(255, 'FelixHostname an FQDN', { FELIX_FELIXHOSTNAME: 'hostname.foo.bar.com' }),
  cp(256, 'FelixHostname an IP', { FELIX_FELIXHOSTNAME: '1.2.3.4' }),
  cp(258, 'EtcdAddr IP:port', { FELIX_ETCDADDR: '10.0.0.1:1234' }),
  cp(259, 'EtcdAddr empty: the default', { FELIX_ETCDADDR: '' }),
  cp(260, 'EtcdAddr host:port', { FELIX_ETCDADDR: 'host:1234' }),
  cp(261, 'EtcdScheme https', { FELIX_ETCDSCHEME: 'https' }),
  cp(265, 'EtcdEndpoints two http URLs, a space after the comma', { FELIX_ETCDENDPOINTS: 'http://127.0.0.1:1234, http://host:2345' }),
  cp(268, 'EtcdEndpoints two https URLs, one with a slash', { FELIX_ETCDENDPOINTS: 'https://127.0.0.1:1234/, https://host:2345' }),
  cp(272, 'TyphaAddr empty', { FELIX_TYPHAADDR: '' }),
  cp(273, 'TyphaAddr host:port', { FELIX_TYPHAADDR: 'foo:1234' }),
  cp(274, 'TyphaK8sServiceName empty', { FELIX_TYPHAK8SSERVICENAME: '' }),
  cp(275, 'TyphaK8sServiceName calico-typha', { FELIX_TYPHAK8SSERVICENAME: 'calico-typha' }),
  cp(276, 'TyphaK8sNamespace empty: kube-system', { FELIX_TYPHAK8SNAMESPACE: '' }),
  cp(277, 'TyphaK8sNamespace default', { FELIX_TYPHAK8SNAMESPACE: 'default' }),
  cp(278, 'TyphaK8sNamespace none on a non-zero field: an error', { FELIX_TYPHAK8SNAMESPACE: 'none' }, 'refused'),
  cp(280, 'InterfacePrefix tap', { FELIX_INTERFACEPREFIX: 'tap' }),
  cp(281, 'InterfacePrefix a list', { FELIX_INTERFACEPREFIX: 'tap,cali' }),
  cp(283, 'InterfaceExclude one name', { FELIX_INTERFACEEXCLUDE: 'kube-ipvs0' }),
  cp(286, 'InterfaceExclude two names', { FELIX_INTERFACEEXCLUDE: 'kube-ipvs0,dummy' }),
  cp(290, 'InterfaceExclude one /regexp/', { FELIX_INTERFACEEXCLUDE: '/kube-ipvs/' }),
  cp(293, 'InterfaceExclude names and a /regexp/', { FELIX_INTERFACEEXCLUDE: 'kube-ipvs0,dummy,/^veth.*$/' }),
  cp(298, 'InterfaceExclude two /regexps/', { FELIX_INTERFACEEXCLUDE: '/^kube.*/,/veth/' }),
  cp(312, 'ChainInsertMode append', { FELIX_CHAININSERTMODE: 'append' }),
  cp(313, 'ChainInsertMode Append, any case', { FELIX_CHAININSERTMODE: 'Append' }),
  cp(315, 'IptablesPostWriteCheckIntervalSecs fractional seconds', { FELIX_IPTABLESPOSTWRITECHECKINTERVALSECS: '1.5' }),
  cp(317, 'IptablesLockProbeIntervalMillis 123', { FELIX_IPTABLESLOCKPROBEINTERVALMILLIS: '123' }),
  cp(319, 'IptablesLockProbeIntervalMillis garbage: the default 50ms', { FELIX_IPTABLESLOCKPROBEINTERVALMILLIS: 'garbage' }, 'default'),
  cp(322, 'DefaultEndpointToHostAction RETURN', { FELIX_DEFAULTENDPOINTTOHOSTACTION: 'RETURN' }),
  cp(324, 'DefaultEndpointToHostAction ACCEPT', { FELIX_DEFAULTENDPOINTTOHOSTACTION: 'ACCEPT' }),
  cp(327, 'IptablesFilterAllowAction RETURN', { FELIX_IPTABLESFILTERALLOWACTION: 'RETURN' }),
  cp(329, 'IptablesMangleAllowAction RETURN', { FELIX_IPTABLESMANGLEALLOWACTION: 'RETURN' }),
  cp(332, 'IptablesFilterDenyAction DROP', { FELIX_IPTABLESFILTERDENYACTION: 'DROP' }),
  cp(333, 'IptablesFilterDenyAction REJECT', { FELIX_IPTABLESFILTERDENYACTION: 'REJECT' }),
  cp(335, 'LogFilePath a path', { FELIX_LOGFILEPATH: '/tmp/felix.log' }),
  cp(337, 'LogSeverityFile debug', { FELIX_LOGSEVERITYFILE: 'debug' }),
  cp(338, 'LogSeverityFile warning', { FELIX_LOGSEVERITYFILE: 'warning' }),
  cp(339, 'LogSeverityFile error', { FELIX_LOGSEVERITYFILE: 'error' }),
  cp(340, 'LogSeverityFile fatal', { FELIX_LOGSEVERITYFILE: 'fatal' }),
  cp(342, 'LogSeverityScreen debug', { FELIX_LOGSEVERITYSCREEN: 'debug' }),
  cp(343, 'LogSeverityScreen warning', { FELIX_LOGSEVERITYSCREEN: 'warning' }),
  cp(344, 'LogSeverityScreen error', { FELIX_LOGSEVERITYSCREEN: 'error' }),
  cp(345, 'LogSeverityScreen fatal', { FELIX_LOGSEVERITYSCREEN: 'fatal' }),
  cp(347, 'LogSeveritySys debug', { FELIX_LOGSEVERITYSYS: 'debug' }),
  cp(348, 'LogSeveritySys warning', { FELIX_LOGSEVERITYSYS: 'warning' }),
  cp(349, 'LogSeveritySys error', { FELIX_LOGSEVERITYSYS: 'error' }),
  cp(350, 'LogSeveritySys fatal', { FELIX_LOGSEVERITYSYS: 'fatal' }),
  cp(352, 'LogDebugFilenameRegex empty: no filter', { FELIX_LOGDEBUGFILENAMEREGEX: '' }),
  cp(353, 'LogDebugFilenameRegex .*', { FELIX_LOGDEBUGFILENAMEREGEX: '.*' }),
  cp(355, 'IpInIpEnabled true', { FELIX_IPINIPENABLED: 'true' }),
  cp(356, 'IpInIpEnabled y', { FELIX_IPINIPENABLED: 'y' }),
  cp(357, 'IpInIpEnabled True', { FELIX_IPINIPENABLED: 'True' }),
  cp(359, 'IpInIpMtu 1234', { FELIX_IPINIPMTU: '1234' }),
  cp(360, 'IpInIpTunnelAddr an IPv4 address', { FELIX_IPINIPTUNNELADDR: '10.0.0.1' }),
  cp(363, 'ReportingIntervalSecs 31', { FELIX_REPORTINGINTERVALSECS: '31' }),
  cp(364, 'ReportingTTLSecs 91', { FELIX_REPORTINGTTLSECS: '91' }),
  cp(366, 'EndpointReportingEnabled true', { FELIX_ENDPOINTREPORTINGENABLED: 'true' }),
  cp(368, 'EndpointReportingEnabled yes', { FELIX_ENDPOINTREPORTINGENABLED: 'yes' }),
  cp(370, 'EndpointReportingDelaySecs 10', { FELIX_ENDPOINTREPORTINGDELAYSECS: '10' }),
  cp(373, 'MaxIpsetSize 12345', { FELIX_MAXIPSETSIZE: '12345' }),
  cp(374, 'IptablesMarkMask 0xf0f0, a hex mask with 8 bits', { FELIX_IPTABLESMARKMASK: '0xf0f0' }),
  cp(376, 'HealthEnabled true', { FELIX_HEALTHENABLED: 'true' }),
  cp(377, 'HealthHost 127.0.0.1', { FELIX_HEALTHHOST: '127.0.0.1' }),
  cp(378, 'HealthPort 1234', { FELIX_HEALTHPORT: '1234' }),
  cp(380, 'PrometheusMetricsEnabled true', { FELIX_PROMETHEUSMETRICSENABLED: 'true' }),
  cp(381, 'PrometheusMetricsHost 10.0.0.1', { FELIX_PROMETHEUSMETRICSHOST: '10.0.0.1' }),
  cp(382, 'PrometheusMetricsPort 1234', { FELIX_PROMETHEUSMETRICSPORT: '1234' }),
  cp(383, 'PrometheusGoMetricsEnabled false', { FELIX_PROMETHEUSGOMETRICSENABLED: 'false' }),
  cp(384, 'PrometheusProcessMetricsEnabled false', { FELIX_PROMETHEUSPROCESSMETRICSENABLED: 'false' }),
  cp(386, 'FailsafeInboundHostPorts bare port numbers (tcp)', { FELIX_FAILSAFEINBOUNDHOSTPORTS: '1,2,3,4' }),
  cp(393, 'FailsafeOutboundHostPorts bare port numbers (tcp)', { FELIX_FAILSAFEOUTBOUNDHOSTPORTS: '1,2,3,4' }),
  cp(400, 'FailsafeInboundHostPorts protocol:port', { FELIX_FAILSAFEINBOUNDHOSTPORTS: 'tcp:1,udp:2' }),
  cp(405, 'FailsafeOutboundHostPorts protocol:port', { FELIX_FAILSAFEOUTBOUNDHOSTPORTS: 'tcp:1,udp:2' }),
  cp(410, 'FailsafeInboundHostPorts protocol:cidr:port', { FELIX_FAILSAFEINBOUNDHOSTPORTS: 'tcp:0.0.0.0/0:1,udp:0.0.0.0/0:2' }),
  cp(415, 'FailsafeOutboundHostPorts protocol:cidr:port', { FELIX_FAILSAFEOUTBOUNDHOSTPORTS: 'tcp:0.0.0.0/0:1,udp:0.0.0.0/0:2' }),
  cp(420, 'FailsafeInboundHostPorts an IPv6 CIDR in brackets', { FELIX_FAILSAFEINBOUNDHOSTPORTS: 'tcp:[::/0]:1,udp:[::/0]:2' }),
  cp(425, 'FailsafeOutboundHostPorts an IPv6 CIDR in brackets', { FELIX_FAILSAFEOUTBOUNDHOSTPORTS: 'tcp:[::/0]:1,udp:[::/0]:2' }),
  cp(430, 'FailsafeInboundHostPorts a bare port and protocol:port', { FELIX_FAILSAFEINBOUNDHOSTPORTS: '1,udp:2' }),
  cp(435, 'FailsafeOutboundHostPorts a bare port and protocol:port', { FELIX_FAILSAFEOUTBOUNDHOSTPORTS: '1,udp:2' }),
  cp(440, 'FailsafeInboundHostPorts a bare port and protocol:cidr:port', { FELIX_FAILSAFEINBOUNDHOSTPORTS: '1,udp:0.0.0.0/0:2' }),
  cp(445, 'FailsafeOutboundHostPorts a bare port and protocol:cidr:port', { FELIX_FAILSAFEOUTBOUNDHOSTPORTS: '1,udp:0.0.0.0/0:2' }),
  cp(479, 'FailsafeInboundHostPorts none: no failsafe ports', { FELIX_FAILSAFEINBOUNDHOSTPORTS: 'none' }),
  cp(480, 'FailsafeOutboundHostPorts none: no failsafe ports', { FELIX_FAILSAFEOUTBOUNDHOSTPORTS: 'none' }),
  cp(482, 'FailsafeInboundHostPorts empty: the default list', { FELIX_FAILSAFEINBOUNDHOSTPORTS: '' }),
  cp(495, 'FailsafeOutboundHostPorts empty: the default list', { FELIX_FAILSAFEOUTBOUNDHOSTPORTS: '' }),
  cp(509, 'GoMaxProcs empty: -1', { FELIX_GOMAXPROCS: '' }),
  cp(510, 'GoMaxProcs -2, below the minimum -1: the default', { FELIX_GOMAXPROCS: '-2' }, 'default'),
  cp(511, 'GoMaxProcs 1000', { FELIX_GOMAXPROCS: '1000' }),
  cp(513, 'KubeNodePortRanges empty: 30000:32767', { FELIX_KUBENODEPORTRANGES: '' }),
  cp(518, 'KubeNodePortRanges three ranges', { FELIX_KUBENODEPORTRANGES: '30001:30002,30030:30040,30500:30600' }),
  cp(526, 'IptablesNATOutgoingInterfaceFilter cali-123', { FELIX_IPTABLESNATOUTGOINGINTERFACEFILTER: 'cali-123' }),
  fc(526, 'iptablesNATOutgoingInterfaceFilter cali-123', 'iptablesNATOutgoingInterfaceFilter: cali-123'),
  fc(527, 'iptablesNATOutgoingInterfaceFilter cali@123: the validator refuses the resource', 'iptablesNATOutgoingInterfaceFilter: cali@123', 'invalid', ['spec', 'iptablesNATOutgoingInterfaceFilter']),
  cp(529, 'HealthTimeoutOverrides empty', { FELIX_HEALTHTIMEOUTOVERRIDES: '' }),
  cp(530, 'HealthTimeoutOverrides one name=duration', { FELIX_HEALTHTIMEOUTOVERRIDES: 'a=90s' }),
  cp(531, 'HealthTimeoutOverrides two, a space after the comma', { FELIX_HEALTHTIMEOUTOVERRIDES: 'a=90s, b=10ms' }),
  cp(533, 'HealthTimeoutOverrides a zero duration', { FELIX_HEALTHTIMEOUTOVERRIDES: 'a=0' }),
  cp(538, 'BPFForceTrackPacketsFromIfaces empty: docker+', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: '' }),
  cp(539, 'BPFForceTrackPacketsFromIfaces docker0', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'docker0' }),
  cp(540, 'BPFForceTrackPacketsFromIfaces cali-123', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'cali-123' }),
  cp(541, 'BPFForceTrackPacketsFromIfaces the wildcard docker+', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'docker+' }),
  fc(541, 'bpfForceTrackPacketsFromIfaces the wildcard docker+', 'bpfForceTrackPacketsFromIfaces: ["docker+"]'),
  cp(542, 'BPFForceTrackPacketsFromIfaces two names', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'docker0,docker1' }),
  fc(543, 'bpfForceTrackPacketsFromIfaces cali@123: the validator refuses the resource', 'bpfForceTrackPacketsFromIfaces: ["cali@123"]', 'invalid', ['spec', 'bpfForceTrackPacketsFromIfaces']),
  fc(544, 'bpfForceTrackPacketsFromIfaces cali-123 and cali@123: the validator refuses the resource', 'bpfForceTrackPacketsFromIfaces: [cali-123, "cali@123"]', 'invalid', ['spec', 'bpfForceTrackPacketsFromIfaces']),
  cp(546, 'RequireMTUFile true', { FELIX_REQUIREMTUFILE: 'true' }),
  cp(547, 'RequireMTUFile y', { FELIX_REQUIREMTUFILE: 'y' }),
  cp(548, 'RequireMTUFile True', { FELIX_REQUIREMTUFILE: 'True' }),

  // config_params_test.go "OpenStack heuristic tests": every value parses (no error upstream).
  cp(571, 'OpenStack heuristic: nothing set', { DATASTORE_TYPE: 'kubernetes' }),
  cp(573, 'ClusterType openstack', { FELIX_CLUSTERTYPE: 'openstack' }),
  cp(574, 'ClusterType openstack,k8s', { FELIX_CLUSTERTYPE: 'openstack,k8s' }),
  cp(575, 'ClusterType k8s,openstack', { FELIX_CLUSTERTYPE: 'k8s,openstack' }),
  cp(576, 'ClusterType k8s,openstack,k8s', { FELIX_CLUSTERTYPE: 'k8s,openstack,k8s' }),
  cp(578, 'MetadataAddr 10.0.0.1', { FELIX_METADATAADDR: '10.0.0.1' }),
  cp(579, 'MetadataAddr none: empty', { FELIX_METADATAADDR: 'none' }),
  cp(580, 'MetadataAddr empty: the default', { FELIX_METADATAADDR: '' }),
  cp(582, 'MetadataPort 1234', { FELIX_METADATAPORT: '1234' }),
  cp(583, 'MetadataPort none: 0', { FELIX_METADATAPORT: 'none' }),
  cp(585, 'InterfacePrefix tap', { FELIX_INTERFACEPREFIX: 'tap' }),
  cp(586, 'InterfacePrefix cali,tap', { FELIX_INTERFACEPREFIX: 'cali,tap' }),
  cp(587, 'InterfacePrefix tap,cali', { FELIX_INTERFACEPREFIX: 'tap,cali' }),
  cp(588, 'InterfacePrefix cali', { FELIX_INTERFACEPREFIX: 'cali' }),

  // config_params_test.go "Config validation" (parse, then Validate).
  cp(739, 'nothing set', { DATASTORE_TYPE: 'kubernetes' }),
  cp(748, 'Typha TLS key, cert, CA and CN', { FELIX_TYPHAKEYFILE: '/usr', FELIX_TYPHACERTFILE: '/usr', FELIX_TYPHACAFILE: '/usr', FELIX_TYPHACN: 'typha-peer' }),
  cp(754, 'Typha TLS key, cert, CA and URI SAN', { FELIX_TYPHAKEYFILE: '/usr', FELIX_TYPHACERTFILE: '/usr', FELIX_TYPHACAFILE: '/usr', FELIX_TYPHAURISAN: 'spiffe://k8s.example.com/typha-peer' }),
  cp(760, 'all Typha TLS parameters', { FELIX_TYPHAKEYFILE: '/usr', FELIX_TYPHACERTFILE: '/usr', FELIX_TYPHACAFILE: '/usr', FELIX_TYPHACN: 'typha-peer', FELIX_TYPHAURISAN: 'spiffe://k8s.example.com/typha-peer' }),
  cp(767, 'OpenstackRegion region1', { FELIX_OPENSTACKREGION: 'region1' }),
  fc(767, 'openstackRegion region1', 'openstackRegion: region1'),
  fc(770, 'openstackRegion with capitals', 'openstackRegion: RegionOne', 'refused', ['spec', 'openstackRegion']),
  fc(773, 'openstackRegion with a slash', 'openstackRegion: us/east', 'refused', ['spec', 'openstackRegion']),
  fc(776, 'openstackRegion with an underscore', 'openstackRegion: my_region', 'refused', ['spec', 'openstackRegion']),
  fc(779, 'openstackRegion longer than 46', 'openstackRegion: my-region-has-a-very-long-and-extremely-interesting-name', 'refused', ['spec', 'openstackRegion']),
  cp(782, 'RouteTableRange 1-250', { FELIX_ROUTETABLERANGE: '1-250' }),
  fc(782, 'routeTableRange 1–250', 'routeTableRange: { min: 1, max: 250 }'),
  fc(785, 'routeTableRange up to 255', 'routeTableRange: { min: 1, max: 255 }', 'refused', ['spec', 'routeTableRange']),
  cp(788, 'RouteTableRanges 1-10000', { FELIX_ROUTETABLERANGES: '1-10000' }),
  fc(788, 'routeTableRanges 1–10000', 'routeTableRanges: [{ min: 1, max: 10000 }]'),
  fc(792, 'routeTableRanges past 2^32-1', 'routeTableRanges: [{ min: 4294967295, max: 4294967296 }]', 'refused', ['spec', 'routeTableRanges']),
  fc(796, 'routeTableRanges of 100000000 tables', 'routeTableRanges: [{ min: 1, max: 100000000 }]', 'refused', ['spec', 'routeTableRanges']),
  fc(799, 'routeTableRanges of 65536 tables, one over', 'routeTableRanges: [{ min: 1, max: 65535 }, { min: 99999, max: 99999 }]', 'refused', ['spec', 'routeTableRanges']),
  fc(802, 'routeTableRanges whose count wraps a 32-bit int', 'routeTableRanges: [{ min: 1, max: 65535 }, { min: 1, max: 2147483647 }]', 'refused', ['spec', 'routeTableRanges']),

  // config_params_test.go "Config InterfaceExclude" (env source).
  cp(819, 'InterfaceExclude empty: kube-ipvs0', { FELIX_INTERFACEEXCLUDE: '' }),
  cp(822, 'InterfaceExclude one name', { FELIX_INTERFACEEXCLUDE: 'kube-ipvs0' }),
  cp(825, 'InterfaceExclude two names', { FELIX_INTERFACEEXCLUDE: 'kube-ipvs0,veth1' }),
  cp(829, 'InterfaceExclude one /regexp/', { FELIX_INTERFACEEXCLUDE: '/^veth.*/' }),
  cp(832, 'InterfaceExclude two /regexps/', { FELIX_INTERFACEEXCLUDE: '/veth/,/^kube.*/' }),
  cp(836, 'InterfaceExclude a name and two /regexps/', { FELIX_INTERFACEEXCLUDE: 'kube-ipvs0,/veth/,/^kube.*/' }),
  fc(836, 'interfaceExclude a name and two /regexps/', 'interfaceExclude: "kube-ipvs0,/veth/,/^kube.*/"'),

  // param_types_test.go "Endpoint list parameter parsing", as EtcdEndpoints.
  pt(35, 'endpoint list empty', { FELIX_ETCDENDPOINTS: '' }),
  pt(36, 'one URL', { FELIX_ETCDENDPOINTS: 'http://10.0.0.1:1234/' }),
  pt(37, 'one URL without the slash', { FELIX_ETCDENDPOINTS: 'http://10.0.0.1:1234' }),
  pt(38, 'two URLs', { FELIX_ETCDENDPOINTS: 'http://etcd:1234,http://etcd2:2345' }),
  pt(40, 'two URLs among empty items', { FELIX_ETCDENDPOINTS: ',http://etcd:1234,,http://etcd2:2345,' }),
  // "CIDR list parameter parsing", as ExternalNodesCIDRList.
  pt(57, 'CIDR list empty', { FELIX_EXTERNALNODESCIDRLIST: '' }),
  pt(58, 'a bare IPv4 address', { FELIX_EXTERNALNODESCIDRLIST: '1.1.1.1' }),
  pt(59, 'a /32', { FELIX_EXTERNALNODESCIDRLIST: '1.1.1.1/32' }),
  pt(60, 'a /24 with host bits, masked', { FELIX_EXTERNALNODESCIDRLIST: '1.1.1.1/24' }),
  pt(61, 'a CIDR and an address, a space after the comma', { FELIX_EXTERNALNODESCIDRLIST: '1.1.1.1/24, 2.2.2.2' }),
  // "KeyValue list parameter parsing", as FeatureDetectOverride.
  pt(77, 'key=value list of blanks only: empty', { FELIX_FEATUREDETECTOVERRIDE: '  ' }),
  pt(78, 'one key=value', { FELIX_FEATUREDETECTOVERRIDE: 'key=value' }),
  pt(82, 'leading spaces, a spaced value and empty items', { FELIX_FEATUREDETECTOVERRIDE: '  key=value,  v2= x ,,,,' }),
  // "IPv4 list parameter parsing", as DeviceRouteSourceAddress.
  pt(103, 'IPv4 param a blank: the default', { FELIX_DEVICEROUTESOURCEADDRESS: ' ' }, 'default'),
  pt(104, 'IPv4 param an IPv4 address', { FELIX_DEVICEROUTESOURCEADDRESS: '10.1.1.2' }),
  pt(105, 'IPv4 param an IPv6 address: the default', { FELIX_DEVICEROUTESOURCEADDRESS: 'aabc::1111' }, 'default'),
  // "IPv6 list parameter parsing", as DeviceRouteSourceAddressIPv6.
  pt(123, 'IPv6 param a blank: the default', { FELIX_DEVICEROUTESOURCEADDRESSIPV6: ' ' }, 'default'),
  pt(124, 'IPv6 param an IPv4 address: the default', { FELIX_DEVICEROUTESOURCEADDRESSIPV6: '10.1.1.2' }, 'default'),
  pt(125, 'IPv6 param an IPv6 address', { FELIX_DEVICEROUTESOURCEADDRESSIPV6: 'aabc::1111' }),
  // "String Slice parameter with IfaceParamRegexp parsing", as BPFForceTrackPacketsFromIfaces.
  pt(167, 'interface filter list empty', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: '' }),
  pt(168, 'docker0', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'docker0' }),
  pt(169, 'cali-123', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'cali-123' }),
  pt(170, 'the wildcard docker+', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'docker+' }),
  pt(171, 'two names', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'docker0,docker1' }),
  // Misses the restatement found, now judged (calico/env-felix-value, calico/felixconfig-felix-values); the Felix code that decides each is named.
  // InterfaceExclude (iface-list-regexp): an element that is neither a plain name nor a /regexp/ that compiles makes Felix use the default.
  // felix/config/param_types.go:354-380 (RegexpPatternListParam.Parse), config_params.go:48,52 (element regexps), 334 (no die-on-fail), 824-829
  cp(302, 'InterfaceExclude with an empty // regexp: the default kube-ipvs0', { FELIX_INTERFACEEXCLUDE: 'kube,//' }, 'default'),
  // felix/config/param_types.go:354-380, config_params.go:48,52,334,824-829
  cp(305, 'InterfaceExclude with a comma inside /…/: the default', { FELIX_INTERFACEEXCLUDE: '/kube,/,dummy' }, 'default'),
  // felix/config/param_types.go:363-367, config_params.go:334,824-829
  cp(308, 'InterfaceExclude /^kube\\K/, which Go regexp does not compile: the default', { FELIX_INTERFACEEXCLUDE: '/^kube\\K/' }, 'default'),
  // felix/config/param_types.go:375-377, config_params.go:52,334,824-829
  cp(841, 'InterfaceExclude a name with @ and !: the default', { FELIX_INTERFACEEXCLUDE: 'not.a.valid.interf@e!!' }, 'default'),
  // felix/config/param_types.go:363-367, config_params.go:334,824-829
  cp(844, 'InterfaceExclude /^kube\\K/: the default', { FELIX_INTERFACEEXCLUDE: '/^kube\\K/' }, 'default'),
  // The same strings in FelixConfiguration: no validator tag or CRD pattern (felixconfig.go:310), passed to Felix as written.
  // felix/config/param_types.go:375-377, config_params.go:824-829; api/pkg/apis/projectcalico/v3/felixconfig.go:310
  fc(841, 'interfaceExclude a name with @ and !: accepted by the API, Felix uses the default', 'interfaceExclude: "not.a.valid.interf@e!!"', 'default', ['spec', 'interfaceExclude']),
  // felix/config/param_types.go:363-367, config_params.go:824-829; api/pkg/apis/projectcalico/v3/felixconfig.go:310
  fc(844, 'interfaceExclude /^kube\\K/: accepted by the API, Felix uses the default', 'interfaceExclude: "/^kube\\\\K/"', 'default', ['spec', 'interfaceExclude']),
  // FailsafeInboundHostPorts (port-list, die-on-fail).
  // felix/config/param_types.go:544-546 (unknown protocol), config_params.go:425 (die-on-fail), 820-823; felix/daemon/daemon.go:193-198
  cp(450, 'FailsafeInboundHostPorts protocol foo: Felix does not start', { FELIX_FAILSAFEINBOUNDHOSTPORTS: 'foo:1' }, 'refused'),
  // felix/config/param_types.go:527-531 (more than 3 parts), config_params.go:425,820-823; felix/daemon/daemon.go:193-198
  cp(464, 'FailsafeInboundHostPorts with four parts: Felix does not start', { FELIX_FAILSAFEINBOUNDHOSTPORTS: 'tcp:0.0.0.0/0:1:bar' }, 'refused'),
  // iface-param and iface-filter-slice.
  // felix/config/param_types.go:298-305 (RegexpParam), config_params.go:57 (IfaceParamRegexp), 479, 824-829
  cp(527, 'IptablesNATOutgoingInterfaceFilter cali@123: the default (empty)', { FELIX_IPTABLESNATOUTGOINGINTERFACEFILTER: 'cali@123' }, 'default'),
  // felix/config/param_types.go:1053-1059 (StringSliceParam), config_params.go:57,227,824-829
  cp(543, 'BPFForceTrackPacketsFromIfaces cali@123: the default docker+', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'cali@123' }, 'default'),
  // felix/config/param_types.go:1053-1059, config_params.go:57,227,824-829
  cp(544, 'BPFForceTrackPacketsFromIfaces cali-123,cali@123: the default docker+', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'cali-123,cali@123' }, 'default'),
  // felix/config/param_types.go:1053-1059, config_params.go:57,227,824-829
  pt(172, 'interface filter list cali@123: the default', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'cali@123' }, 'default'),
  // felix/config/param_types.go:1053-1059, config_params.go:57,227,824-829
  pt(173, 'interface filter list cali-123,cali@123: the default', { FELIX_BPFFORCETRACKPACKETSFROMIFACES: 'cali-123,cali@123' }, 'default'),
  // keydurationlist and keyvaluelist.
  // felix/stringutils/parse_keyvalue_list.go:65 (time.ParseDuration), felix/config/param_types.go:1026-1029, config_params.go:411,824-829
  cp(536, 'HealthTimeoutOverrides foo=bar, not a duration: the default (none)', { FELIX_HEALTHTIMEOUTOVERRIDES: 'foo=bar' }, 'default'),
  // felix/stringutils/parse_keyvalue_list.go:27,43-50, felix/config/param_types.go:1013-1016, config_params.go:318,824-829
  pt(81, 'key=value list with an item without =: the default', { FELIX_FEATUREDETECTOVERRIDE: 'key=value,malformed' }, 'default'),
  // Validate: partial Typha TLS settings.
  // felix/config/config_params.go:1001-1014 (Validate); felix/daemon/daemon.go:259-264
  cp(740, 'only FELIX_TYPHAKEYFILE of the Typha TLS settings: Felix does not start', { FELIX_TYPHAKEYFILE: '/usr' }, 'refused', [0]),
  // felix/config/config_params.go:1001-1014 (Validate); felix/daemon/daemon.go:259-264
  cp(743, 'Typha TLS key, cert and CA but neither CN nor URI SAN: Felix does not start', { FELIX_TYPHAKEYFILE: '/usr', FELIX_TYPHACERTFILE: '/usr', FELIX_TYPHACAFILE: '/usr' }, 'refused', [0, 1, 2]),
  // OpenstackRegion (region, die-on-fail): calico/felix-openstack-region judges only FelixConfiguration.
  // felix/config/param_types.go:886-894 (RegionParam: DNS-1123 label), config_params.go:331 (die-on-fail), 820-823; felix/daemon/daemon.go:193-198
  cp(770, 'OpenstackRegion with capitals: Felix does not start', { FELIX_OPENSTACKREGION: 'RegionOne' }, 'refused'),
  // felix/config/param_types.go:886-894, config_params.go:331,820-823
  cp(773, 'OpenstackRegion with a slash: Felix does not start', { FELIX_OPENSTACKREGION: 'us/east' }, 'refused'),
  // felix/config/param_types.go:886-894, config_params.go:331,820-823
  cp(776, 'OpenstackRegion with an underscore: Felix does not start', { FELIX_OPENSTACKREGION: 'my_region' }, 'refused'),
  // felix/config/param_types.go:877-885 (63 minus "openstack-region-"), config_params.go:331,820-823
  cp(779, 'OpenstackRegion longer than 46: Felix does not start', { FELIX_OPENSTACKREGION: 'my-region-has-a-very-long-and-extremely-interesting-name' }, 'refused'),
  // RouteTableRange / RouteTableRanges (die-on-fail): calico/felix-route-table-ranges judges only FelixConfiguration.
  // felix/config/param_types.go:911-930 (within 1-250), config_params.go:467 (die-on-fail), 820-823; felix/daemon/daemon.go:193-198
  cp(785, 'RouteTableRange 1-255: Felix does not start', { FELIX_ROUTETABLERANGE: '1-255' }, 'refused'),
  // felix/config/param_types.go:970-973, config_params.go:468,820-823
  cp(792, 'RouteTableRanges past 2^32-1: Felix does not start', { FELIX_ROUTETABLERANGES: '4294967295-4294967296' }, 'refused'),
  // felix/config/param_types.go:975-983 (at most 65535 tables), config_params.go:468,820-823
  cp(796, 'RouteTableRanges of 100000000 tables: Felix does not start', { FELIX_ROUTETABLERANGES: '1-100000000' }, 'refused'),
  // felix/config/param_types.go:975-983, config_params.go:468,820-823
  cp(799, 'RouteTableRanges of 65536 tables: Felix does not start', { FELIX_ROUTETABLERANGES: '1-65535,99999-99999' }, 'refused'),
  // felix/config/param_types.go:975-983, config_params.go:468,820-823
  cp(802, 'RouteTableRanges whose count wraps a 32-bit int: Felix does not start', { FELIX_ROUTETABLERANGES: '1-65535,1-2147483647' }, 'refused'),
  // felix/config/param_types.go:944-948, config_params.go:468,820-823
  cp(805, 'RouteTableRanges abcde, no n-m at all: Felix does not start', { FELIX_ROUTETABLERANGES: 'abcde' }, 'refused'),
];


const within = (f: Finding, prefix: readonly (string | number)[]) => prefix.every((p, i) => f.path[i] === p);
const describeFinding = (f: Finding) => `${f.ruleId} ${f.severity}`;

function manifest(c: Case): string {
  if (c.env) return calicoNode(c.env);
  if (c.fc) return calicoResource('FelixConfiguration', c.fc.spec, `{ name: ${c.fc.name} }`);
  throw new Error('a case needs env or fc');
}

/** Error and warning findings of every built-in rule on the case's manifest. */
function findings(c: Case): Finding[] {
  return lint({ files: [{ path: 'case.yaml', content: manifest(c) }], rules: BUILTIN_RULES }).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

/** Where the case's finding belongs: its env entries, or its FelixConfiguration field. */
function targets(c: Case): (string | number)[][] {
  return c.env ? (c.entries ?? [0]).map((k) => [...ENV, k]) : [c.field ?? ['spec']];
}

interface Verdict {
  /** Error/warning findings of the env/felix rules anywhere. */
  felixRules: Finding[];
  /** Findings (any rule) at the case's entries or field. */
  at: Finding[];
  /** Findings (any rule) at the other env entries. */
  elsewhere: Finding[];
}

function verdict(c: Case): Verdict {
  const found = findings(c);
  const t = targets(c);
  const others = c.env ? Object.keys(c.env).map((_, k) => k).filter((k) => !t.some((p) => p[ENV.length] === k)) : [];
  return {
    felixRules: found.filter((f) => FELIX_RULE.test(f.ruleId)),
    at: found.filter((f) => t.some((p) => within(f, p))),
    elsewhere: found.filter((f) => others.some((k) => within(f, [...ENV, k]))),
  };
}

/** Whether netlint says what the case's outcome calls for. */
function agrees(c: Case, v: Verdict): boolean {
  const sev = v.at.map((f) => f.severity);
  if (c.felix === 'parsed') return v.felixRules.length === 0;
  if (v.elsewhere.length > 0) return false;
  if (c.felix === 'refused' || c.felix === 'invalid') return sev.includes('error');
  return sev.includes('warning') && !sev.includes('error');
}

const title = (c: Case) => `${c.src}:${c.line} ${c.env ? Object.keys(c.env).join('+') || 'env' : `FelixConfiguration ${c.fc?.name}`}: ${c.name} → ${c.felix}`;

describe('Felix configuration tests from upstream (v3.32.1)', () => {
  for (const c of CASES) {
    it(title(c), () => {
      const v = verdict(c);
      if (c.felix === 'parsed') {
        expect(v.felixRules.map((f) => `${describeFinding(f)}: ${f.message}`)).toEqual([]);
        return;
      }
      expect(v.elsewhere.map((f) => `${describeFinding(f)}: ${f.message}`)).toEqual([]);
      const sev = v.at.map((f) => f.severity);
      const why = v.at.map((f) => `${describeFinding(f)}: ${f.message}`).join('\n');
      if (c.felix === 'refused' || c.felix === 'invalid') {
        expect(sev, why).toContain('error');
      } else {
        // default (Felix logs and uses the default) and ignored (an unknown name): a warning, not an error.
        expect(sev, why).toContain('warning');
        expect(sev, why).not.toContain('error');
      }
      expect(agrees(c, v)).toBe(true);
    });
  }

  it('names each upstream entry once per form', () => {
    const keys = CASES.map((c) => `${c.src}:${c.line}:${c.env ? 'env' : 'fc'}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
