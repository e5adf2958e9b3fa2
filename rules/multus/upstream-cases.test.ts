/**
 * What Multus' own tests (k8snetworkplumbingwg/multus-cni v4.3.0) feed to its parsers, retold in
 * our words as manifests: pod network annotations, NetworkAttachmentDefinitions, and the Multus
 * CNI config itself (a `.conf` in a CNI folder). The whole built-in rule set runs, as `netlint
 * lint` does; only the Multus and CNI packs and the loader's input checks are judged.
 *
 * ACCEPTED upstream: no error from `multus/*`, `cni/*` or `input/*` (warnings are allowed: e.g.
 * a NAD config without cniVersion, which Multus accepts and netlint flags as a warning).
 * REFUSED upstream: an error from the given rule at the given path.
 *
 * Left out, with the reason: k8sclient_test.go L354, a `.conf` in Multus' conf folder that is not
 * JSON at all, which netlint skips in a folder walk (src/engine/load.ts: many `.conf` files are not
 * CNI configs); and the cases that depend on the node or the cluster at run time (files Multus
 * finds, kubeconfig, network status, CNI_ARGS).
 */
import { describeUpstreamCases, type UpstreamCase } from '../../src/engine/testing/upstream-cases.js';
import { multusTestPod, nadWithMetadata } from './lib/fixtures.js';
import { dedent } from '../../src/engine/testing/rule-tester.js';
import { BUILTIN_RULES } from '../index.js';
import { docs } from './lib/fixtures.js';

type Case = UpstreamCase;

const ANNOTATIONS = ['metadata', 'annotations'];
const NETWORKS = [...ANNOTATIONS, 'k8s.v1.cni.cncf.io/networks'];

/** Multus' fake pod (pkg/testing NewFakePod). */
const pod = multusTestPod;

/** A NAD (pkg/testing NewFakeNetAttachDef); `config` null leaves spec.config out. */
function nad(namespace: string, name: string, config: string | null, annotations = ''): string {
  return nadWithMetadata(`{ name: ${name}, namespace: ${namespace}${annotations ? `, annotations: { ${annotations} }` : ''} }`, config);
}

/** The NADs k8sclient_test.go sets up for most of its pods. */
const NADS = [
  nad('test', 'net1', '{"name": "net1", "type": "mynet", "cniVersion": "0.2.0"}'),
  nad('test', 'net2', '{"name": "net2", "type": "mynet2", "cniVersion": "0.2.0"}'),
  nad('test', 'net3', '{"name": "net3", "type": "mynet3", "cniVersion": "0.2.0"}'),
  nad('other-ns', 'net3', '{"name": "net3", "type": "mynet3", "cniVersion": "0.2.0"}'),
  nad('default', 'net1', '{"name": "net1", "type": "mynet", "cniVersion": "0.2.0"}'),
  nad('kube-system', 'net1', '{"name": "net1", "type": "mynet", "cniVersion": "0.2.0"}'),
];

const manifest = (...parts: string[]) => ({ 'case.yaml': docs(...parts) });
const withNets = (value: string) => manifest(pod({ 'k8s.v1.cni.cncf.io/networks': value }), ...NADS);
const accepted = (name: string, files: Record<string, string>): Case => ({ name, files });
const refused = (name: string, files: Record<string, string>, rule: string, path: (string | number)[], file?: string): Case => ({ name, files, refused: { rule, path, file } });

// pkg/k8sclient/k8sclient_test.go: the k8s.v1.cni.cncf.io/networks annotation (GetPodNetwork, parsePodNetworkAnnotation).
const ANNOTATION: Case[] = [
  accepted('comma form "net1,net2" (L88 "retrieves delegates ... using simple format annotation")', withNets('net1,net2')),
  accepted('JSON form with a namespace, and keys Multus drops (ipRequest, macRequest) (L164 "... using JSON format annotation")', withNets('[{"name":"net1"},{"name":"net2","ipRequest":"1.2.3.4","macRequest":"aa:bb:cc:dd:ee:ff"},{"name":"net3","namespace":"other-ns"}]')),
  refused('JSON form that is not JSON (L219 "fails when the JSON format annotation is invalid")', withNets('[adsfasdfasdfasf]'), 'multus/networks-syntax', NETWORKS),
  accepted('a default-route on one network (L234 "can set the default-gateway on an additional interface")', withNets('[{"name":"net1"},{"name":"net2","default-route":["192.168.2.2"]},{"name":"net3","namespace":"other-ns"}]')),
  accepted('a namespace-qualified name (L867 "Properly allows a specified namespace reference ...")', withNets('kube-system/net1')),
  // DescribeTable "fails to get podnetwork given bad annotation values" (L1005).
  refused('three "/"-separated parts (L1011)', withNets('root@someIP/root@someOtherIP/root@thirdIP'), 'multus/networks-syntax', NETWORKS),
  refused('three "@"-separated parts (L1012)', withNets('root@someIP/root@someOtherIP@garbagevalue'), 'multus/networks-syntax', NETWORKS),
  refused('a namespace that is no DNS-1123 label (L1013 "not matching comma-delimited format")', withNets('root@someIP/root@someOtherIP'), 'multus/networks-syntax', NETWORKS),
  refused('a space in the interface name (L1014)', withNets('default/net1@myIfc Name'), 'multus/interface-name', NETWORKS),
  refused('an interface name over 15 characters (L1015)', withNets('default/net1@very_long_interface_name'), 'multus/interface-name', NETWORKS),
  // DescribeTable "gets pod network successfully from annotation values" (L1018).
  accepted('a bare name (L1024)', withNets('net1')),
  accepted('namespace/name (L1025)', withNets('default/net1')),
  accepted('name@interface with an underscore (L1026)', withNets('net1@my_interface')),
  accepted('namespace/name@interface (L1027)', withNets('default/net1@my_interface')),
  refused(
    'names with no NAD where the namespace has another (L137 "fails when the network does not exist")',
    manifest(pod({ 'k8s.v1.cni.cncf.io/networks': 'net1,net2' }), nad('test', 'net3', '{"name": "net3", "type": "mynet3", "cniVersion": "0.2.0"}')),
    'multus/nad-missing',
    NETWORKS,
  ),
  accepted(
    'default-network annotation resolved in Multus\' namespace (L601 "overwrite cluster network when Pod annotation is set")',
    manifest(pod({ 'v1.multus-cni.io/default-network': 'net1' }), nad('kube-system', 'net1', '{"type": "mynet1"}'), nad('kube-system', 'net2', '{"type": "mynet2"}')),
  ),
];

// pkg/types/conf_test.go: NetworkSelectionElement as decoded from the annotation, then LoadDelegateNetConf / CheckGatewayConfig.
const SELECTION: Case[] = [
  accepted('a name only, no default-route (L913 "keeps without GatewayRequest")', withNets('[{ "name": "net1" }]')),
  accepted('an empty default-route list (L940 "keeps empty GatewayRequest")', withNets('[{"name":"net1","default-route":[]}]')),
  accepted('one IPv4 default-route (L968 "keeps GatewayRequest")', withNets('[{"name":"net1","default-route":["10.1.1.1"]}]')),
  accepted('one IPv4 and one IPv6 default-route (L996 "keeps dual GatewayRequest")', withNets('[{"name":"net1","default-route":["10.1.1.1","fc00::1"]}]')),
  accepted(
    'interface, mac, an 8-byte infiniband GUID, ips, bandwidth and portMappings (L747 "verify the network selection elements goes into delegateconf")',
    withNets('[{"name":"net1","interface":"testIF1","mac":"c2:11:22:33:44:66","infiniband-guid":"24:8a:07:03:00:8d:ae:2e","ips":["10.0.0.1/24"],"bandwidth":{"ingressRate":100,"ingressBurst":200,"egressRate":100,"egressBurst":200},"portMappings":[{"hostPort":8080,"containerPort":80,"protocol":"tcp","hostIP":"10.0.0.1"}]}]'),
  ),
  accepted('cni-args (L492 "add cni-args in config")', withNets('[{"name":"net1","cni-args":{"args1":"val1"}}]')),
];

// pkg/types/conf_test.go (LoadDelegateNetConf) and k8sclient_test.go: NAD configs Multus loads.
const SHARED_NAD = 'k8s.v1.cni.cncf.io/resourceName: intel.com/sriov';
const NAD_CONFIG: Case[] = [
  accepted('a config with only a type (k8sclient L330 "injects network name into minimal thick plugin CNI config")', manifest(nad('test', 'net1', '{"type": "mynet"}'))),
  accepted('sriov with a device ID from the resource (conf L340 "assigns deviceID in delegated conf")', manifest(nad('test', 'net1', '{"name": "second-network", "type": "sriov"}', SHARED_NAD))),
  accepted('a list of one sriov plugin (conf L359)', manifest(nad('test', 'net1', '{"name": "second-network", "plugins": [{"type": "sriov"}]}', SHARED_NAD))),
  accepted('a list of sriov and another plugin (conf L385)', manifest(nad('test', 'net1', '{"name": "second-network", "plugins": [{"type": "sriov"}, {"type": "other-cni"}]}', SHARED_NAD))),
  accepted('host-device whose PCI address comes from the resource (conf L416 "assigns pciBusID in delegated conf")', manifest(nad('test', 'net1', '{"name": "second-network", "type": "host-device"}', SHARED_NAD))),
  accepted('a list of one host-device plugin (conf L435)', manifest(nad('test', 'net1', '{"name": "second-network", "plugins": [{"type": "host-device"}]}', SHARED_NAD))),
  accepted('a list of host-device and another plugin (conf L461)', manifest(nad('test', 'net1', '{"name": "second-network", "plugins": [{"type": "host-device"}, {"type": "other-cni"}]}', SHARED_NAD))),
  accepted('bridge with only a name and a type (conf L492)', manifest(nad('test', 'net1', '{"name": "second-network", "type": "bridge"}'))),
  accepted('bridge with args.cni (conf L522 "... merge case")', manifest(nad('test', 'net1', '{"name": "second-network", "type": "bridge", "args": {"cni": {"args0": "val0", "args1": "val1"}}}'))),
  accepted('a list of one bridge (conf L559 "add cni-args in conflist")', manifest(nad('test', 'net1', '{"name": "second-network", "plugins": [{"type": "bridge"}]}'))),
  accepted('a 0.2.0 single plugin (conf L747, L836)', manifest(nad('test', 'net1', '{"name": "weave1", "cniVersion": "0.2.0", "type": "weave-net"}'))),
  accepted('a named list of one plugin (conf L896 "test DelegateConfList Name is delivered")', manifest(nad('test', 'net1', '{"name": "weave-list", "plugins": [{"type": "weave"}]}'))),
  accepted(
    'NADs without spec.config and their files in Multus\' conf dir (k8sclient L289 "... using on-disk config files")',
    {
      'case.yaml': docs(pod({ 'k8s.v1.cni.cncf.io/networks': 'net1,net2' }), nad('test', 'net1', null), nad('test', 'net2', null)),
      'multus/net.d/10-net1.conf': '{"name": "net1", "type": "mynet", "cniVersion": "0.2.0"}\n',
      'multus/net.d/20-net2.conf': '{"name": "net2", "type": "mynet2", "cniVersion": "0.2.0"}\n',
    },
  ),
];

// pkg/types/conf_test.go (LoadNetConf) and k8sclient_test.go: the Multus config itself.
const multusConf = (json: string) => ({ 'net.d/00-multus.conf': `${json}\n` });
const MULTUS_CONF: Case[] = [
  // conf_test.go checks LoadNetConf only, which takes a delegate without a name; adding it fails, since libcni's addNetwork
  // checks the network name first (ValidateNetworkName; multus_cni100_test.go L505 expects "missing network name").
  refused('delegates, kubeconfig and runtimeConfig port mappings (conf L65 "parses a valid multus configuration"); it loads, but its delegate has no name, which libcni refuses when Multus adds it', multusConf('{"name": "node-cni-network", "type": "multus", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml", "delegates": [{"type": "weave-net"}], "runtimeConfig": {"portMappings": [{"hostPort": 8080, "containerPort": 80, "protocol": "tcp"}]}}'), 'cni/multus-delegate', ['delegates', 0], 'net.d/00-multus.conf'),
  refused('a Multus config missing its closing brace (conf L88 "fails to load invalid multus configuration (bad json)")', multusConf('{"name": "node-cni-network", "type": "multus", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml", "delegates": [{"type": "weave-net"}], "runtimeConfig": {"portMappings": [{"hostPort": 8080, "containerPort": 80, "protocol": "tcp"}]}'), 'input/yaml-syntax', [], 'net.d/00-multus.conf'),
  refused('logLevel and logFile (conf L115); it loads, but its delegate has no name, which libcni refuses when Multus adds it', multusConf('{"name": "node-cni-network", "type": "multus", "logLevel": "debug", "logFile": "/var/log/multus.log", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml", "delegates": [{"type": "weave-net"}]}'), 'cni/multus-delegate', ['delegates', 0], 'net.d/00-multus.conf'),
  refused('logOptions (conf L137); it loads, but its delegate has no name, which libcni refuses when Multus adds it', multusConf('{"name": "node-cni-network", "type": "multus", "logOptions": {"maxAge": 5, "maxSize": 100, "maxBackups": 5, "compress": true}, "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml", "delegates": [{"type": "weave-net"}]}'), 'cni/multus-delegate', ['delegates', 0], 'net.d/00-multus.conf'),
  refused('namespaceIsolation with globalNamespaces padded with spaces (conf L165, L184); it loads, but its delegate has no name, which libcni refuses when Multus adds it', multusConf('{"name": "node-cni-network", "type": "multus", "namespaceIsolation": true, "globalNamespaces": " foo,bar ,default", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml", "delegates": [{"type": "weave-net"}]}'), 'cni/multus-delegate', ['delegates', 0], 'net.d/00-multus.conf'),
  refused('a prevResult (conf L206 "prevResult with no errors"); it loads, but its delegate has no name, which libcni refuses when Multus adds it', multusConf('{"name": "node-cni-network", "type": "multus", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml", "prevResult": {"ips": [{"version": "4", "address": "10.0.0.5/32", "interface": 2}]}, "delegates": [{"type": "weave-net"}]}'), 'cni/multus-delegate', ['delegates', 0], 'net.d/00-multus.conf'),
  refused('neither delegates nor kubeconfig (conf L252 "fails if no kubeconfig or delegates are set")', multusConf('{"name": "node-cni-network", "type": "multus"}'), 'cni/multus-delegate', [], 'net.d/00-multus.conf'),
  refused('a kubeconfig but no delegates (conf L261 "fails if kubeconfig is present but no delegates are set")', multusConf('{"name": "node-cni-network", "type": "multus", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml"}'), 'cni/multus-delegate', [], 'net.d/00-multus.conf'),
  refused('a delegate whose type key is misnamed (conf L271 "fails when delegate field exists but fields are named incorrectly")', multusConf('{"name": "node-cni-network", "type": "multus", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml", "delegates": [{"_not_type": "weave-net"}]}'), 'cni/multus-delegate', ['delegates', 0], 'net.d/00-multus.conf'),
  refused('two delegates and no kubeconfig (conf L233 "succeeds if only delegates are set"); it loads, but its delegate has no name, which libcni refuses when Multus adds it', multusConf('{"name": "node-cni-network", "type": "multus", "delegates": [{"type": "weave-net"}, {"type": "foobar"}]}'), 'cni/multus-delegate', ['delegates', 0], 'net.d/00-multus.conf'),
  accepted('a flannel delegate and readinessindicatorfile (conf L298, L315)', multusConf('{"name": "defaultnetwork", "type": "multus", "readinessindicatorfile": "/etc/cni/net.d/foo", "kubeconfig": "/etc/kubernetes/kubelet.conf", "delegates": [{"cniVersion": "0.3.0", "name": "defaultnetwork", "type": "flannel", "isDefaultGateway": true}]}')),
  accepted('a named delegate (conf L879 "test DelegateConf Name is delivered")', multusConf('{"name": "node-cni-network", "type": "multus", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml", "delegates": [{"name": "weave", "type": "weave-net"}]}')),
  accepted('a delegate that is a plugin list (conf L896)', multusConf('{"name": "node-cni-network", "type": "multus", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml", "delegates": [{"name": "weave-list", "plugins": [{"type": "weave"}]}]}')),
  accepted('defaultnetworkwaitseconds and two named delegates (conf L596 "creates a valid CNI runtime config")', multusConf('{"name": "node-cni-network", "type": "multus", "readinessindicatorfile": "/tmp/foo.multus.conf", "defaultnetworkwaitseconds": 3, "delegates": [{"name": "weave1", "cniVersion": "0.2.0", "type": "weave-net"}, {"name": "other1", "cniVersion": "0.2.0", "type": "other-plugin"}]}')),
  accepted('clusterNetwork and defaultNetworks instead of delegates (k8sclient L413 "retrieves default networks from CRD")', multusConf('{"name": "node-cni-network", "type": "multus", "clusterNetwork": "myCRD1", "defaultNetworks": ["myCRD2"], "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml"}')),
  accepted('clusterNetwork with multusNamespace (k8sclient L601)', multusConf('{"name": "node-cni-network", "type": "multus", "clusterNetwork": "net2", "multusNamespace": "kube-system", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml"}')),
];

describeUpstreamCases(
  [
    ['pod network annotation (k8sclient_test.go)', ANNOTATION],
    ['network selection elements (conf_test.go)', SELECTION],
    ['NAD configs', NAD_CONFIG],
    ['the Multus config', MULTUS_CONF],
  ],
  { rules: BUILTIN_RULES, concerned: (id) => id.startsWith('multus/') || id.startsWith('cni/') || id.startsWith('input/'), content: (path, text) => (path.endsWith('.yaml') ? dedent(text) : text) },
);
