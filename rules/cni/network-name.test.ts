import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './network-name.js';

ruleTester(rule, {
  valid: [
    { name: 'dotted and dashed name', code: { 'net.d/10-a.conflist': '{ "name": "k8s-pod-network.v1", "cniVersion": "1.0.0", "plugins": [ { "type": "calico" } ] }' } },
    { name: 'flannel ConfigMap', code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: kube-flannel-cfg }
      data: { cni-conf.json: '{"name":"cbr0","cniVersion":"0.3.1","plugins":[{"type":"flannel"}]}' }
    ` },
    {
      // rancher/rke2-charts rke2-multus (v4.3.0): Multus' options under cni-conf.json, mounted for a thin
      // entrypoint run with --multus-conf-file=auto, which never reads it (cmd/thin_entrypoint/main.go).
      name: "Multus' own options under cni-conf.json are no network config",
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: rke2-multus-config, namespace: kube-system }
      data:
        cni-conf.json: '{"confDir":"/etc/cni/net.d","binDir":"/opt/cni/bin","multusConfFile":"auto","multusAutoconfigDir":"/etc/cni/net.d","cleanupConfigOnExit":true}'
    `,
    },
    { name: 'a plugin file in the plugin folder of a list (libcni v1.3.0) has no name of its own', code: {
      'net.d/50-some-network.conflist': '{ "name": "some-network", "cniVersion": "1.1.0" }',
      'net.d/some-network/10-bridge.conf': '{ "type": "bridge", "bridge": "cni0" }',
    } },
    {
      // libcni conf_test.go (v1.3.0) "for loadOnlyInlinedPlugins": the list loads, and the file in its plugin folder is not read
      // at all (cni/plugins warns about it); libcni's ConfFiles lists no subfolder, so it is no network either.
      name: 'a plugin file of a list that sets loadOnlyInlinedPlugins is still no network of its own',
      code: {
        'net.d/50-a.conflist': '{ "name": "a", "cniVersion": "0.4.0", "loadOnlyInlinedPlugins": true, "plugins": [ { "type": "host-local", "subnet": "10.0.0.1/24" } ] }',
        'net.d/a/funky-second-plugin.conf': '{ "type": "bro-check-out-my-plugin", "subnet": "10.0.0.1/24" }',
      },
    },
  ],
  invalid: [
    {
      // A folder named after no list of the input may be a conf folder of its own (Multus' /etc/cni/multus/net.d).
      name: 'a .conf without a name in a folder named after no list',
      code: {
        'net.d/50-a.conflist': '{ "name": "a", "cniVersion": "1.1.0", "plugins": [ { "type": "ptp" } ] }',
        'net.d/b/10-bridge.conf': '{ "type": "bridge" }',
      },
      errors: [{ messageId: 'missing', line: 1, column: 1, file: 'net.d/b/10-bridge.conf' }],
    },
    {
      name: 'missing name points at the document',
      code: { 'net.d/10-a.conflist': `
        {
          "cniVersion": "1.0.0",
          "plugins": [ { "type": "calico" } ]
        }
      ` },
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'space and leading dash',
      code: { 'net.d/10-a.conf': '{ "name": "-pod net", "cniVersion": "1.0.0", "type": "bridge" }' },
      errors: [{ messageId: 'invalid', line: 1, column: 11, endColumn: 21 }],
    },
    {
      name: 'empty name in a ConfigMap value',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: m }
        data: { cni-conf.json: '{"name":"","type":"bridge"}' }
      `,
      errors: [{ messageId: 'missing', line: 4, column: 33, endColumn: 35 }],
    },
    {
      name: 'name is a number',
      code: { 'net.d/10-a.conf': '{ "name": 7, "type": "bridge" }' },
      errors: [{ messageId: 'notString', line: 1, column: 11 }],
    },
  ],
});
