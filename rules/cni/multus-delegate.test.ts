import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './multus-delegate.js';

const calico = '{ "name": "k8s-pod-network", "cniVersion": "1.0.0", "plugins": [ { "type": "calico" } ] }';

ruleTester(rule, {
  valid: [
    { name: 'delegate copied from the Calico conflist', code: {
      'etc/cni/net.d/00-multus.conf': '{ "name": "multus-cni-network", "type": "multus", "delegates": [ { "name": "k8s-pod-network", "cniVersion": "1.0.0", "plugins": [ { "type": "calico" } ] } ] }',
      'etc/cni/net.d/10-calico.conflist': calico,
    } },
    { name: 'clusterNetwork path to a file that is there (thick auto mode)', code: {
      'etc/cni/net.d/00-multus.conf': '{ "name": "multus-cni-network", "type": "multus-shim", "clusterNetwork": "/host/etc/cni/net.d/10-calico.conflist" }',
      'etc/cni/net.d/10-calico.conflist': calico,
    } },
    { name: 'a lone Multus file cannot be judged', code: {
      'etc/cni/net.d/00-multus.conf': '{ "name": "multus-cni-network", "type": "multus", "delegates": [ { "name": "gone", "type": "bridge" } ] }',
    } },
    // Multus v4.3.0 pkg/types/conf_test.go: "succeeds if only delegates are set" (no kubeconfig), clusterNetwork without delegates
    // (k8sclient_test.go "retrieves default networks from CRD"), and the thick plugin's shim, whose daemon holds the delegates.
    { name: 'delegates alone; clusterNetwork alone; keys in other case; the thick shim without delegates', code: {
      'a/00-multus.conf': '{ "name": "node-cni-network", "type": "multus", "delegates": [ { "name": "weave", "type": "weave-net" }, { "name": "foo.bar_1", "type": "foobar" } ] }',
      'b/00-multus.conf': '{ "name": "node-cni-network", "type": "multus", "clusterNetwork": "myCRD1", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml" }',
      'c/00-multus.conf': '{ "name": "node-cni-network", "type": "multus", "Delegates": [ { "name": "br", "Plugins": [ { "Type": "bridge" } ] } ], "x": [ { "Name": "in-any-case", "Type": "bridge" } ] }',
      'e/00-multus.conf': '{ "name": "node-cni-network", "type": "multus", "delegates": [ { "Name": "weave", "Type": "weave-net" } ] }',
      'd/00-multus.conf': '{ "name": "multus-cni-network", "type": "multus-shim", "cniVersion": "0.3.1", "socketDir": "/host/run/multus/" }',
    } },
  ],
  invalid: [
    {
      // Multus v4.3.0 pkg/types/conf_test.go "fails if no kubeconfig or delegates are set", "fails if kubeconfig is present but
      // no delegates are set", "fails when delegate field exists but fields are named incorrectly"; and a list delegate
      // whose first plugin has no type, or that has no plugin (LoadDelegateNetConfList reads Plugins[0]).
      name: 'a thin Multus config Multus refuses',
      code: {
        'a/00-multus.conf': '{"name": "node-cni-network", "type": "multus"}',
        'b/00-multus.conf': '{"name": "node-cni-network", "type": "multus", "kubeconfig": "/etc/kubernetes/node-kubeconfig.yaml", "delegates": []}',
        'c/00-multus.conf': '{"name": "node-cni-network", "type": "multus", "delegates": [{"_not_type": "weave-net"}]}',
        'd/00-multus.conf': '{"name": "node-cni-network", "type": "multus", "delegates": [{"type": "flannel"}, {"plugins": [{"name": "x"}]}, {"plugins": []}]}',
      },
      errors: [
        { messageId: 'noDelegates', file: 'a/00-multus.conf', line: 1, column: 1, severity: 'error' },
        { messageId: 'noDelegates', file: 'b/00-multus.conf', line: 1, column: 102, severity: 'error' },
        { messageId: 'delegateNoType', file: 'c/00-multus.conf', line: 1, column: 62, severity: 'error', message: /^delegate 0 has neither "type" nor "plugins"/ },
        { messageId: 'delegateListNoType', file: 'd/00-multus.conf', line: 1, column: 96, severity: 'error', message: /^the first plugin of delegate 1 has no "type"/ },
        { messageId: 'delegateListEmpty', file: 'd/00-multus.conf', line: 1, column: 114, severity: 'error', message: /^delegate 2 has an empty "plugins" list/ },
      ],
    },
    {
      // libcni v1.3.0 addNetwork → ValidateNetworkName, reached for each delegate Multus v4.3.0 adds
      // (multus_cni100_test.go L505 expects "missing network name"); a list is named by its exact `name` key.
      name: 'delegates without a name, with an empty one, with one libcni refuses, and a list named Name',
      code: {
        'a/00-multus.conf': '{"name": "node-cni-network", "type": "multus", "delegates": [{"type": "flannel"}, {"name": "", "type": "weave-net"}, {"name": "-weave", "type": "weave-net"}, {"Name": "l", "plugins": [{"type": "bridge"}]}]}',
      },
      errors: [
        { messageId: 'delegateName', file: 'a/00-multus.conf', line: 1, column: 62, severity: 'error', message: 'delegate 0 has no "name": libcni refuses to add it ("missing network name"), so Multus fails every pod on the node' },
        { messageId: 'delegateName', file: 'a/00-multus.conf', line: 1, column: 92, severity: 'error', message: /^delegate 1 has an empty "name"/ },
        { messageId: 'delegateName', file: 'a/00-multus.conf', line: 1, column: 127, severity: 'error', message: /^delegate 2 is named "-weave", which is not a CNI network name: libcni refuses to add it \("invalid characters found in network name"\)/ },
        { messageId: 'delegateName', file: 'a/00-multus.conf', line: 1, column: 159, severity: 'error', message: /^delegate 3 has no "name"/ },
      ],
    },
    {
      name: 'delegate names a network that is not installed',
      code: {
        'etc/cni/net.d/00-multus.conf': `
          {
            "name": "multus-cni-network",
            "type": "multus",
            "delegates": [ { "name": "cbr0", "cniVersion": "0.3.1", "plugins": [ { "type": "flannel" } ] } ]
          }
        `,
        'etc/cni/net.d/10-calico.conflist': calico,
      },
      errors: [{ messageId: 'staleDelegate', line: 4, column: 28, file: 'etc/cni/net.d/00-multus.conf', message: /"cbr0" matches no other config in etc\/cni\/net.d \(k8s-pod-network\)/ }],
    },
    {
      name: 'clusterNetwork path to a missing file',
      code: {
        'etc/cni/net.d/00-multus.conf': `
          { "name": "multus-cni-network", "type": "multus-shim",
            "clusterNetwork": "/host/etc/cni/net.d/10-flannel.conflist" }
        `,
        'etc/cni/net.d/10-calico.conflist': calico,
      },
      errors: [{ messageId: 'missingFile', line: 2, column: 21, message: /names 10-flannel.conflist/ }],
    },
  ],
});
