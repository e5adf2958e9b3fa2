import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { docs, nad, sriovNetwork } from './lib/fixtures.js';
import rule from './nad-config.js';

/** A NAD whose spec.config is written as given (quotes included), its later lines indented 12 spaces as here. */
const nadWritten = (config: string) => `
        apiVersion: k8s.cni.cncf.io/v1
        kind: NetworkAttachmentDefinition
        metadata: { name: b }
        spec:
          config: ${config}
      `;

ruleTester(rule, {
  valid: [
    {
      name: 'SriovNetworks as the operator renders them: IPAM in a block, capabilities, a metaPlugins list; and a template whose fields are left empty',
      code: docs(
        sriovNetwork('vf-net', 'sriov-ops', 'networkNamespace: apps\nvlan: 100\nspoofChk: "on"\ncapabilities: \'{ "mac": true, "ips": true }\'\nipam: |\n  {\n    "type": "whereabouts",\n    "range": "10.56.217.0/24"\n  }\nmetaPlugins: |\n  {\n    "type": "tuning",\n    "sysctl": { "net.ipv4.conf.IFNAME.accept_redirects": "1" }\n  }'),
        sriovNetwork('ztp-net', 'sriov-ops', 'vlan: ""\nspoofChk: ""\nipam: ""\nlinkState: ""\nmaxTxRate: ""\ncapabilities: ""'),
        sriovNetwork('ovs-net', 'apps', 'bridge: br-ex\nipam: \'{"type": "static"}\'', 'OVSNetwork'),
      ),
    },
    // Go matches keys in any case: Multus and libcni read "Type" as type (pkg/types/conf.go LoadDelegateNetConf).
    { name: 'a type written "Type"', code: nad('m', null, '{"cniVersion": "0.3.1", "Type": "macvlan", "master": "eth0", "ipam": {"type": "dhcp"}}') },
    { name: 'macvlan with a plugin list', code: nad('macvlan-conf', null, '{"cniVersion": "0.3.1", "plugins": [{"type": "macvlan", "master": "eth0"}, {"type": "tuning"}]}') },
    // LoadDelegateNetConf reads the list only when type is empty.
    { name: 'a type beside an empty plugins list: one plugin to Multus', code: nad('macvlan-conf', null, '{"cniVersion": "0.3.1", "type": "macvlan", "plugins": []}') },
    { name: 'flannel block scalar', code: `
      apiVersion: k8s.cni.cncf.io/v1
      kind: NetworkAttachmentDefinition
      metadata: { name: flannel-net }
      spec:
        config: |
          { "cniVersion": "0.3.1", "name": "flannel-secondary", "type": "flannel",
            "delegate": { "isDefaultGateway": false } }
    ` },
  ],
  invalid: [
    { name: 'a config of JSON null (Multus itself fails on it)', code: nadWritten(`'null'`), errors: [{ messageId: 'notObject', line: 5, column: 12, message: 'spec.config must be a JSON object, not null' }] },
    {
      name: 'a SriovNetwork whose spec.ipam is not JSON: the operator never makes its NAD; points at the character in the block',
      code: sriovNetwork('vf-net', 'sriov-ops', 'networkNamespace: apps\nipam: |\n  {\n    "type": "host-local",\n    "subnet": "10.56.217.0/24",\n  }'),
      errors: [
        {
          messageId: 'sriovRender',
          line: 11,
          column: 5,
          message:
            'sriov-network-operator cannot write the CNI config of NetworkAttachmentDefinition apps/vf-net from this SriovNetwork: spec.ipam, once the operator has removed its white space, is not JSON: unexpected character "}" after a comma (trailing commas are not JSON). It retries without end and never creates or updates the NAD: while it is missing, pods that attach the network fail to start, and an existing one keeps its old config',
        },
      ],
    },
    {
      name: 'a single quote in a SriovIBNetwork\'s capabilities ends the YAML string of the template',
      code: sriovNetwork('ib-net', 'apps', 'capabilities: "{\\"infinibandGUID\\": true, \'x\': 1}"', 'SriovIBNetwork'),
      errors: [{ messageId: 'sriovRender', line: 6, column: 45, message: /from this SriovIBNetwork: spec\.capabilities holds a single quote/ }],
    },
    {
      name: 'a metaPlugins plugin without a type: the check of a NAD\'s plugin list, at the plugin in spec.metaPlugins',
      code: sriovNetwork('vf-net', 'apps', 'metaPlugins: \'{"type": "tuning"}, {"vrfname": "blue"}\''),
      errors: [{ messageId: 'pluginNoType', line: 6, column: 37, endColumn: 56, message: /^plugins\[2\] has no "type"/ }],
    },
    {
      name: 'a config name libcni refuses ("my net")',
      code: nad('m', null, '{"cniVersion": "0.3.1", "name": "my net", "type": "bridge"}'),
      errors: [{ messageId: 'badName', line: 5, column: 44, message: /^network name the string "my net" is not one libcni runs/ }],
    },
    {
      name: 'a plugin list whose name is a number and disableCheck a quoted "true": libcni fails on the name; Multus decodes disableCheck into a boolean',
      code: nad('m', null, '{"cniVersion": "0.3.1", "name": 1, "disableCheck": "true", "plugins": [{"type": "bridge"}]}'),
      errors: [
        { messageId: 'badName', line: 5, column: 44, message: /^network name the number 1 is not one libcni runs/ },
        { messageId: 'multusListBool', line: 5, column: 63, message: /^"disableCheck" is the string "true": Multus decodes a plugin list's disableCheck into a boolean/ },
      ],
    },
    {
      name: 'no type and no plugins: points at the config',
      code: nad('m', null, '{"cniVersion": "0.3.1", "master": "eth1"}'),
      errors: [{ messageId: 'multusNoType', line: 5, column: 12, endColumn: 53, message: /Multus fails with "delegate must have the 'type' or 'plugin' field"/ }],
    },
    {
      // Multus decodes the list itself first (pkg/types/conf.go LoadDelegateNetConfList): an empty one
      // reaches Plugins[0], a first plugin without type is its error; later ones are libcni's.
      name: 'an empty plugin list, and a first plugin without type: Multus fails before libcni (a null list is no list)',
      code: docs(nad('e', null, '{"cniVersion": "0.3.1", "plugins": []}'), nad('f', null, '{"cniVersion": "0.3.1", "plugins": [{"master": "eth0"}]}')),
      errors: [
        { messageId: 'multusPluginsEmpty', line: 5, column: 47, message: /^"plugins" is empty: Multus reads the first plugin .* and panics/ },
        { messageId: 'multusFirstNoType', line: 11, column: 48, message: /^plugins\[0\] has no "type": Multus fails with "a plugin delegate must have the 'type' field"/ },
      ],
    },
    {
      name: 'plugins null: Multus reads no list',
      code: nad('g', null, '{"cniVersion": "0.3.1", "plugins": null}'),
      errors: [{ messageId: 'multusNoType', line: 5, column: 12, message: /Multus fails with "delegate must have the 'type' or 'plugin' field"/ }],
    },
    {
      name: 'JSON syntax error at the column',
      code: nad('m', null, '{"cniVersion": "0.3.1", "type": macvlan}'),
      errors: [{ messageId: 'syntax', line: 5, column: 44 }],
    },
    {
      name: 'missing or empty cniVersion is a warning (read as 0.1.0); bad version an error',
      code: docs(nad('a', null, '{"type": "bridge"}'), nad('b', null, '{"cniVersion": "1.0", "type": "bridge"}'), nad('c', null, '{"cniVersion": "", "type": "bridge"}')),
      errors: [
        { messageId: 'noVersion', line: 5, column: 12, severity: 'warning' },
        { messageId: 'badVersion', line: 11, column: 27, endColumn: 32 },
        { messageId: 'noVersion', line: 17, column: 27, severity: 'warning' },
      ],
    },
    {
      name: 'multi-line single-quoted config: exact position past folded lines and a doubled quote',
      code: nadWritten(`'{
            "name": "it''s mine", "type": "bridge",

            "cniVersion": "1.0"
            }'`),
      // The name has a space and a quote: libcni refuses it too.
      errors: [{ messageId: 'badName', line: 6, column: 13 }, { messageId: 'badVersion', line: 8, column: 19, endLine: 8, endColumn: 24 }],
    },
    {
      name: 'multi-line double-quoted config: exact position past escaped quotes and an escaped line break',
      code: nadWritten(`"{ \\"name\\": \\"b\\", \\"type\\": \\
            \\"bridge\\",
            \\"cniVersion\\": \\"1.0\\" }"`),
      errors: [{ messageId: 'badVersion', line: 7, column: 21, endLine: 7, endColumn: 28 }],
    },
    {
      name: 'one-line double-quoted config: exact position past \\u and \\" escapes',
      code: nadWritten(`"{\\"name\\": \\"caf\\u00e9\\", \\"type\\": \\"bridge\\", \\"cniVersion\\": \\"1.0\\"}"`),
      // "café" is not a name libcni runs (ASCII letters, digits, _ . - only).
      errors: [{ messageId: 'badName', line: 5, column: 23 }, { messageId: 'badVersion', line: 5, column: 76, endLine: 5, endColumn: 83 }],
    },
    {
      name: 'no spec.config: file fallback, warning',
      code: `
        apiVersion: k8s.cni.cncf.io/v1
        kind: NetworkAttachmentDefinition
        metadata: { name: sriov-net }
        spec: {}
      `,
      // network-attachment-definition-client v1.7.6 pkg/utils/cniconfig.go GetCNIConfigFromFile: the file whose JSON "name" matches.
      errors: [{ messageId: 'noConfig', line: 4, column: 1, severity: 'info', message: /^the NAD has no spec\.config: Multus then uses the CNI config whose "name" is "[^"]+" among the files of its conf dir/ }],
    },
    {
      // The NAD CRD's schema has only spec.config (multus-cni deployments/multus-daemonset.yml): `Config` is pruned (an OVN-Kubernetes doc snippet).
      name: 'spec.Config in another case',
      code: `
        apiVersion: k8s.cni.cncf.io/v1
        kind: NetworkAttachmentDefinition
        metadata: { name: ovs-net }
        spec:
          Config: '{"cniVersion": "0.4.0", "name": "ovs-net", "type": "ovn-k8s-cni-overlay"}'
      `,
      errors: [{ messageId: 'miscasedConfig', line: 5, column: 3, message: 'spec.Config is not spec.config (field names are case-sensitive): the API server drops it, and the NAD has no config' }],
    },
  ],
});
