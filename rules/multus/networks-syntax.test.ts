import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './networks-syntax.js';

const pod = (value: string) => `
  apiVersion: v1
  kind: Pod
  metadata:
    name: app
    namespace: apps
    annotations:
      k8s.v1.cni.cncf.io/networks: ${value}
  spec:
    containers: [{ name: c, image: busybox }]
`;

ruleTester(rule, {
  valid: [
    { name: 'comma form with namespace and interface', code: pod('infra/flannel-net@net1, macvlan-conf') },
    // Multus trims each part (pkg/k8sclient/k8sclient.go parsePodNetworkObjectName).
    { name: 'spaces around the parts', code: pod('"macvlan-conf @ net1, other / flannel-net"') },
    // An empty annotation is no network (GetPodNetwork: NoK8sNetworkError); Helm charts emit it.
    { name: 'an empty annotation', code: pod('""') },
    // k8sclient.go parses "mac" only when it is not empty.
    { name: 'JSON form with an empty mac (a template left it blank)', code: pod(`'[{"name": "macvlan-conf", "mac": ""}]'`) },
    { name: 'JSON form with ips, mac and default-route', code: pod(`'[{"name": "macvlan-conf", "ips": ["10.1.1.101/24"], "mac": "c2:b0:57:49:47:f1", "default-route": ["10.1.1.1"]}]'`) },
    // An object name may hold dots (a DNS-1123 subdomain); the JSON form checks nothing before the lookup.
    { name: 'JSON form with a dotted name and its namespace', code: pod(`'[{"name": "sriov.net-a", "namespace": "infra"}]'`) },
    // k8sclient.go reads an ips entry with a "/" with net.ParseCIDR, whose dtoi takes /024 for /24.
    { name: 'ips with a prefix length with a leading zero', code: pod(`'[{"name": "macvlan-conf", "ips": ["10.1.1.101/024"]}]'`) },
    { name: 'Deployment template', code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: d }
      spec:
        selector: { matchLabels: { app: d } }
        template:
          metadata:
            labels: { app: d }
            annotations: { k8s.v1.cni.cncf.io/networks: flannel-net }
          spec: { containers: [{ name: c, image: busybox }] }
    ` },
  ],
  invalid: [
    {
      name: 'a namespace with no name ("infra/"), an interface with no name ("@net1")',
      code: pod(`'infra/, @net1'`),
      errors: [
        { messageId: 'emptyName', line: 7, column: 35, message: /"infra\/" names no network/ },
        { messageId: 'emptyName', line: 7, column: 43, message: /"@net1" names no network/ },
      ],
    },
    {
      name: 'a MAC mixing ":" and "-" (net.ParseMAC wants one separator)',
      code: pod(`'[{"name": "macvlan-conf", "mac": "02:00-00:00:00:01"}]'`),
      errors: [{ messageId: 'badMac', line: 7, column: 68 }],
    },
    { name: 'blank, not empty', code: pod('"   "'), errors: [{ messageId: 'empty', line: 7, column: 35, message: /holds only white space: Multus reads it as one network with an empty name/ }] },
    {
      // default-route is a []net.IP (net.IP.UnmarshalText refuses a CIDR); CheckGatewayConfig refuses two per family.
      name: 'a gateway with a prefix length, two IPv4 default routes',
      code: pod(`'[{"name": "a", "default-route": ["10.1.1.1/24"]}, {"name": "b", "default-route": ["10.2.2.1"]}, {"name": "c", "default-route": ["10.3.3.1", "fd00::1"]}]'`),
      errors: [
        { messageId: 'badGateway', line: 7, column: 68, message: /"default-route" entry "10.1.1.1\/24" is not an IP address/ },
        { messageId: 'ecmp', line: 7, column: 163, message: /a second IPv4 default route \(10.3.3.1\)/ },
      ],
    },
    {
      // CheckGatewayConfig counts ::ffff:10.2.2.1 as IPv4 (To4), a second IPv4 default route.
      name: 'an IPv4 default route and an IPv4-mapped one',
      code: pod(`'[{"name": "a", "default-route": ["10.1.1.1"]}, {"name": "b", "default-route": ["::ffff:10.2.2.1"]}]'`),
      errors: [{ messageId: 'ecmp', line: 7, column: 114, message: /a second IPv4 default route \(::ffff:10.2.2.1\)/ }],
    },
    {
      name: 'upper case and underscore in a name: points at the item',
      code: pod('flannel-net, Macvlan_Net'),
      errors: [{ messageId: 'badName', line: 7, column: 47, endColumn: 58 }],
    },
    {
      name: 'trailing comma',
      code: pod('flannel-net,'),
      errors: [{ messageId: 'emptyItem', line: 7, column: 45, message: /item 2/ }],
    },
    {
      name: 'two slashes and two @',
      code: pod('a/b/c, x@y@z'),
      errors: [
        { messageId: 'tooManySlashes', line: 7, column: 37 },
        { messageId: 'tooManyAts', line: 7, column: 44 },
      ],
    },
    {
      name: 'a JSON object instead of a list',
      code: pod(`'{"name": "macvlan"}'`),
      errors: [{ messageId: 'jsonNotList', line: 7, column: 35, endColumn: 54 }],
    },
    {
      name: 'JSON syntax error points at the column',
      code: pod(`'[{"name": macvlan}]'`),
      errors: [{ messageId: 'jsonSyntax', line: 7, column: 45, message: /unexpected word "macvlan"/ }],
    },
    {
      // k8sclient.go (Multus v4.3.0) parsePodNetworkAnnotation: the JSON form is unmarshalled as
      // written (no "/" split, no name check) and getKubernetesDelegate looks the name up in the
      // namespace ("cannot find a network-attachment-definition"); kube-ovn's docs wrote this one.
      name: 'a JSON name with the namespace in it, and a namespace that is no label',
      code: pod(`'[{"name": "default/public-network"}, {"name": "macvlan-conf", "namespace": "Infra"}]'`),
      errors: [
        { messageId: 'badJsonName', line: 7, column: 45, message: 'network name "default/public-network" is no object name (a DNS-1123 subdomain: lower-case letters, digits, "-" and ".") (the JSON form names the namespace in its own "namespace" key): Multus finds no NetworkAttachmentDefinition of that name and the pod never starts' },
        { messageId: 'badNamespace', line: 7, column: 110 },
      ],
    },
    {
      name: 'unknown key "gateway" is a warning; bad ip and mac are errors',
      code: pod(`'[{"name": "m", "gateway": ["10.1.1.1"], "ips": ["10.1.1.300/24"], "mac": "zz"}]'`),
      errors: [
        { messageId: 'unknownKey', line: 7, column: 50, severity: 'warning', message: /use.*default-route|requested with "default-route"/ },
        { messageId: 'badIp', line: 7, column: 83 },
        { messageId: 'badMac', line: 7, column: 108 },
      ],
    },
    {
      name: 'wrong type and missing name in a block scalar point inside the annotation',
      code: `
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
          annotations:
            k8s.v1.cni.cncf.io/networks: |
              [ { "name": "a", "ips": "10.1.1.5" },
                { "interface": "net2" } ]
        spec: { containers: [{ name: c, image: busybox }] }
      `,
      errors: [
        { messageId: 'wrongType', line: 7, column: 31 },
        { messageId: 'missingName', line: 8, column: 9 },
      ],
    },
    {
      name: 'port mappings and bandwidth whose fields are not the Go ints and strings Multus decodes (PortMapEntry, BandwidthEntry)',
      code: `
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
          annotations:
            k8s.v1.cni.cncf.io/networks: |
              [ { "name": "a", "portMappings": [{ "hostPort": "8080", "containerPort": 80, "protocol": 6 }] },
                { "name": "b", "bandwidth": { "ingressRate": "10M", "egressRate": 1.5, "egressBurst": 1000 } } ]
        spec: { containers: [{ name: c, image: busybox }] }
      `,
      errors: [
        { messageId: 'wrongType', line: 7, column: 55, message: /^"portMappings\.hostPort" must be a whole number, not a string: / },
        { messageId: 'wrongType', line: 7, column: 96, message: /^"portMappings\.protocol" must be a string, not a number: / },
        { messageId: 'wrongType', line: 8, column: 54, message: /^"bandwidth\.ingressRate" must be a whole number, not a string: / },
        { messageId: 'wrongType', line: 8, column: 75, message: /^"bandwidth\.egressRate" must be a whole number, not the fraction 1\.5: / },
      ],
    },
    {
      // Go stores a number into an int with strconv.ParseInt of its literal (multus-cni v4.3.0
      // pkg/types PortMapEntry, BandwidthEntry): JavaScript reads all three as whole numbers.
      name: 'whole numbers Go cannot store into an int: an exponent, a fraction of zero, more than 64 bits',
      code: `
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
          annotations:
            k8s.v1.cni.cncf.io/networks: |
              [ { "name": "a", "portMappings": [{ "hostPort": 8080.0, "containerPort": 80 }] },
                { "name": "b", "bandwidth": { "ingressRate": 1e6, "egressRate": 99999999999999999999, "egressBurst": 9223372036854775807 } } ]
        spec: { containers: [{ name: c, image: busybox }] }
      `,
      errors: [
        { messageId: 'wrongType', line: 7, column: 55, message: /^"portMappings\.hostPort" must be a whole number, not 8080\.0 \(Go reads an int from digits only\): / },
        { messageId: 'wrongType', line: 8, column: 54, message: /^"bandwidth\.ingressRate" must be a whole number, not 1e6 \(Go reads an int from digits only\): / },
        { messageId: 'wrongType', line: 8, column: 73, message: /^"bandwidth\.egressRate" must be a whole number, not 99999999999999999999, beyond 64 bits: / },
      ],
    },
    {
      name: 'a list whose items are of the wrong kind says what it holds',
      code: pod(`'[{"name": "a", "ips": [5]}]'`),
      errors: [{ messageId: 'wrongType', line: 7, column: 57, message: /^"ips" must be a list of strings, not a list holding a number: / }],
    },
    {
      name: 'an infiniband-guid Go cannot read as a hardware address',
      code: pod(`'[{"name": "a", "infiniband-guid": "xyz"}, {"name": "b", "infiniband-guid": "00:11:22:33:44:55:66:77"}]'`),
      errors: [{ messageId: 'badMac', line: 7, column: 69, message: /^infiniband-guid "xyz" is not an InfiniBand GUID as Go's net\.ParseMAC reads one/ }],
    },
    {
      name: 'an object where a string is wanted says "an object"',
      code: `
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
          annotations:
            k8s.v1.cni.cncf.io/networks: '[{ "name": "a", "mac": {} }]'
        spec: { containers: [{ name: c, image: busybox }] }
      `,
      errors: [{ messageId: 'wrongType', line: 6, column: 58, message: /^"mac" must be a string, not an object: / }],
    },
  ],
});
