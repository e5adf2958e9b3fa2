import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgpconfig-field-values.js';

ruleTester(rule, {
  valid: [
    // calicoctl drops an unset (zero) `omitempty` field before the CRD's schema runs: listenPort 0 is none.
    { name: 'listenPort 0 through calicoctl', code: 'apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata: { name: default }\nspec:\n  listenPort: 0\n' },
    // calicoctl drops an empty `cidr,omitempty` before the CRD's format: cidr runs.
    { name: 'an empty service CIDR', code: 'apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata: { name: default }\nspec:\n  serviceClusterIPs: [{ cidr: "" }]\n' },
    { name: 'typical default BGPConfiguration', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPConfiguration
      metadata: { name: default }
      spec:
        logSeverityScreen: Info
        nodeToNodeMeshEnabled: false
        asNumber: 64512
        listenPort: 179
        serviceClusterIPs:
          - cidr: 10.96.0.0/12
    ` },
  ],
  invalid: [
    {
      // BGPConfiguration's CRD declares these cidrs `format: cidr` (kube-openapi IsCIDR): a bare address is refused.
      name: 'a service address without its prefix length',
      code: 'apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata: { name: default }\nspec:\n  serviceClusterIPs: [{ cidr: 10.96.0.10 }]\n',
      errors: [{ messageId: 'violation', line: 5, column: 31, message: /^spec\.serviceClusterIPs\[0\]\.cidr must be a CIDR with its prefix length/ }],
    },
    {
      // Calico's validator tests reject "info" and "INFO": log levels are case-sensitive.
      // Through calicoctl (v3) listenPort 0 is the unset uint16 `omitempty` field and never reaches the
      // CRD; applied to the CRD as written (v1) it meets its `minimum: 1`.
      name: 'listenPort 0 through the CRD, lower-case log level, a misspelt field',
      code: `
        apiVersion: crd.projectcalico.org/v1
        kind: BGPConfiguration
        metadata: { name: default }
        spec:
          listenPort: 0
          logSeverityScreen: info
          nodeToNodeMeshEnable: false
      `,
      errors: [
        { messageId: 'violation', line: 5, column: 15 },
        { messageId: 'violation', line: 6, column: 22, message: /Info/ },
        { messageId: 'unknownFieldKubectl', line: 7, column: 3, severity: 'error', message: 'spec.nodeToNodeMeshEnable is not a field of BGPConfiguration (did you mean "nodeToNodeMeshEnabled"?): kubectl\'s strict field validation refuses the resource ("unknown field"), and with --validate=false the API server drops the field, as the CRD keeps no unknown fields' },
      ],
    },
    {
      // The mesh password's secretKeyRef is the same core/v1 SecretKeySelector as a BGPPeer's: through
      // the v3 API a missing key is written as "", Calico takes it, and confd renders the mesh with no
      // password. With the mesh off the field itself is refused (calico/bgpconfig-mesh-off-settings):
      // no warning there.
      name: 'a mesh password reference without key through the v3 API, and with the mesh off',
      code: {
        'on.yaml': 'apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata: { name: default }\nspec:\n  nodeMeshPassword:\n    secretKeyRef:\n      name: mesh-auth\n',
        'off.yaml': 'apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata: { name: default }\nspec:\n  nodeToNodeMeshEnabled: false\n  nodeMeshPassword:\n    secretKeyRef: { name: mesh-auth }\n',
      },
      errors: [{ file: 'on.yaml', messageId: 'passwordRefIncomplete', line: 6, column: 5, severity: 'warning', message: /^spec\.nodeMeshPassword\.secretKeyRef names no key: .*BIRD runs the node-to-node mesh sessions without one .*; name the key of Secret "mesh-auth"/ }],
    },
    {
      name: 'mesh flag as a string',
      code: `
        apiVersion: crd.projectcalico.org/v1
        kind: BGPConfiguration
        metadata: { name: default }
        spec:
          nodeToNodeMeshEnabled: "false"
      `,
      errors: [{ messageId: 'violation', line: 5, column: 26 }],
    },
  ],
});
