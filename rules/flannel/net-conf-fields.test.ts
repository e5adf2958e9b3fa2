// The Config struct fields below were read from flannel's own source at each tag (git show
// vX:pkg/subnet/config.go, subnet/config.go before v0.21): v0.14.1 has Network, SubnetMin,
// SubnetMax, SubnetLen, BackendType (json:"-") and Backend; v0.15.1 adds EnableIPv4, EnableIPv6,
// IPv6Network, IPv6SubnetMin/Max and IPv6SubnetLen; v0.20.2 to v0.24.4 have Networks and
// IPv6Networks; v0.25.7 has EnableNFTables and no Networks.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { netConf } from './lib/fixtures.js';
import rule from './net-conf-fields.js';

/**
 * A flanneld DaemonSet `name` running `image` and mounting ConfigMap `cfg` as kube-flannel.yml
 * does (lines 1–15; `mount` false leaves the volume out), then the ConfigMap (net-conf.json on line 21).
 */
const withImage = (image: string, json: string, name = 'kube-flannel-ds', cfg = 'kube-flannel-cfg', mount = true) =>
  [
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    `metadata: { name: ${name}, namespace: kube-flannel }`,
    'spec:',
    '  template:',
    '    spec:',
    '      initContainers:',
    "        - { name: install-cni-plugin, image: 'ghcr.io/flannel-io/flannel-cni-plugin:v1.5.1-flannel1' }",
    '      containers:',
    '        - name: kube-flannel',
    `          image: ${image}`,
    '          command: [/opt/bin/flanneld]',
    '          args: [--ip-masq, --kube-subnet-mgr]',
    '      volumes:',
    `        - { name: flannel-cfg, configMap: { name: ${mount ? cfg : 'elsewhere'} } }`,
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    `metadata: { name: ${cfg}, namespace: kube-flannel }`,
    'data:',
    `  net-conf.json: '${json}'`,
    '',
  ].join('\n');

ruleTester(rule, {
  valid: [
    // kube-flannel.yml (flannel v0.28.9 Documentation/kube-flannel.yml) writes these.
    { name: 'the official manifest\'s keys', code: netConf('{"Network": "10.244.0.0/16", "EnableNFTables": false, "Backend": {"Type": "vxlan"}}') },
    { name: 'every field, in any case', code: netConf('{"network": "10.244.0.0/16", "subnetMin": "10.244.1.0", "SUBNETMAX": "10.244.200.0", "SubnetLen": 24, "EnableIPv4": true, "EnableIPv6": true, "IPv6Network": "fc00::/48", "IPv6SubnetMin": "fc00:0:0:1::", "IPv6SubnetMax": "fc00:0:0:ff::", "IPv6SubnetLen": 64, "Backend": {"Type": "host-gw"}}') },
    { name: 'EnableNFTables on flannel v0.25', code: withImage('docker.io/flannel/flannel:v0.25.7', '{"Network": "10.244.0.0/16", "EnableNFTables": true}') },
    { name: 'Networks on flannel v0.22, when it read it', code: withImage('quay.io/coreos/flannel:v0.22.3', '{"Networks": ["10.244.0.0/16"]}') },
    { name: 'a suffixed mirror tag', code: withImage('rancher/mirrored-flannelcni-flannel:v0.19.2-amd64', '{"Network": "10.244.0.0/16", "EnableIPv6": false}') },
  ],
  invalid: [
    {
      name: 'a misspelt key, and the backend given as BackendType',
      code: netConf('{"Network": "10.244.0.0/16", "SubnetLength": 26, "BackendType": "vxlan"}'),
      errors: [
        { messageId: 'unknown', line: 5, column: 64, message: 'flanneld does not read "SubnetLength" (did you mean "SubnetLen"?): it has no effect' },
        { messageId: 'backendType', line: 5, column: 83, message: /^flanneld does not read "BackendType" \(its Config field is tagged json:"-"\)/ },
      ],
    },
    {
      name: 'Networks with no flannel image in the input',
      code: netConf('{"Networks": ["10.244.0.0/16"], "Backend": {"Type": "vxlan"}}'),
      errors: [{ messageId: 'removed', line: 5, column: 32, message: '"Networks" was removed in flannel v0.25.0 (v0.20–v0.24 read it): flanneld does not read it, so it has no effect' }],
    },
    {
      name: 'EnableNFTables on flannel v0.24',
      code: withImage('ghcr.io/flannel-io/flannel:v0.24.4', '{"Network": "10.244.0.0/16", "EnableNFTables": true}'),
      errors: [{ messageId: 'newer', line: 21, column: 66, message: '"EnableNFTables" was added in flannel v0.25.0: flannel v0.24.4 (image ghcr.io/flannel-io/flannel:v0.24.4 of DaemonSet kube-flannel/kube-flannel-ds) does not read it, so it has no effect' }],
    },
    {
      // rke2's canal chart runs Rancher's build of flannel, tagged with flannel's release and a build suffix.
      name: "EnableNFTables on Rancher's hardened flannel v0.24",
      code: withImage('rancher/hardened-flannel:v0.24.3-build20240910', '{"Network": "10.244.0.0/16", "EnableNFTables": true}'),
      errors: [{ messageId: 'newer', line: 21, column: 66, message: /^"EnableNFTables" was added in flannel v0\.25\.0: flannel v0\.24\.3 \(image rancher\/hardened-flannel:v0\.24\.3-build20240910 of DaemonSet/ }],
    },
    {
      name: 'two flannel installs: each net-conf.json is judged by the flanneld that mounts it',
      code: `${withImage('quay.io/coreos/flannel:v0.14.0', '{"Network": "10.244.0.0/16", "EnableIPv6": true}')}---\n${withImage('ghcr.io/flannel-io/flannel:v0.26.1', '{"Networks": ["10.244.0.0/16"]}', 'new-ds', 'new-cfg')}`,
      errors: [
        { messageId: 'newer', line: 21, column: 62, message: /^"EnableIPv6" was added in flannel v0\.15\.0: flannel v0\.14\.0/ },
        { messageId: 'removed', line: 43, column: 32, message: /^"Networks" was removed in flannel v0\.25\.0, and the input runs v0\.26\.1 \(image ghcr\.io\/flannel-io\/flannel:v0\.26\.1 of DaemonSet kube-flannel\/new-ds\)/ },
      ],
    },
    {
      // realworld: canal.yaml (flannel v0.24.4, canal-config) beside kube-flannel.yml (v0.28.9).
      name: 'two releases and a ConfigMap no flanneld mounts: judged without a release',
      code: `${withImage('quay.io/coreos/flannel:v0.14.0', '{"Network": "10.244.0.0/16", "EnableIPv6": true, "Networks": []}', 'a', 'a-cfg', false)}---\n${withImage('ghcr.io/flannel-io/flannel:v0.26.1', '{"Network": "10.244.0.0/16"}', 'b', 'b-cfg')}`,
      errors: [{ messageId: 'removed', line: 21, column: 80, message: '"Networks" was removed in flannel v0.25.0 (v0.20–v0.24 read it): flanneld does not read it, so it has no effect' }],
    },
    {
      name: 'Networks on flannel v0.26',
      code: withImage('ghcr.io/flannel-io/flannel:v0.26.1', '{"Networks": ["10.244.0.0/16"], "Backend": {"Type": "vxlan"}}'),
      errors: [{ messageId: 'removed', line: 21, column: 32, message: '"Networks" was removed in flannel v0.25.0, and the input runs v0.26.1 (image ghcr.io/flannel-io/flannel:v0.26.1 of DaemonSet kube-flannel/kube-flannel-ds): flanneld does not read it, so it has no effect' }],
      allowInputFindings: true,
    },
  ],
});
