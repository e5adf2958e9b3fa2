import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgppeer-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'route-reflector peering', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: peer-with-route-reflectors }
      spec:
        nodeSelector: all()
        peerSelector: route-reflector == 'true'
    ` },
    { name: 'external peer with options', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: tor }
      spec:
        peerIP: 192.0.2.1
        asNumber: 64513
        sourceAddress: None
        ttlSecurity: 1
        maxRestartTime: 1m30s
        keepaliveTime: "0"
    ` },
    { name: 'a password from a named key of a Secret', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: rack-a-tor }
      spec:
        peerIP: 198.51.100.7
        asNumber: 65010
        password:
          secretKeyRef: { name: tor-auth, key: md5-secret }
    ` },
    { name: 'a password reference that is not optional', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: { name: rack-a-tor }
      spec:
        peerIP: 198.51.100.7
        password: { secretKeyRef: { name: tor-auth, key: md5-secret, optional: false } }
    ` },
  ],
  invalid: [
    {
      // Through calicoctl or Calico's API server the Go type writes the missing key as key: "" (core/v1
      // SecretKeySelector has no omitempty on it), so the CRD's `required` is met and Calico takes
      // the peer; confd then finds no such key and BIRD peers with no password.
      name: 'through the v3 API, a secretKeyRef without key is taken and the peering runs without a password',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: { name: rack-a-tor }
        spec:
          peerIP: 198.51.100.7
          asNumber: 65010
          password:
            secretKeyRef:
              name: tor-auth
      `,
      errors: [{ messageId: 'passwordRefIncomplete', line: 8, column: 5, severity: 'warning', message: /^spec\.password\.secretKeyRef names no key: Calico takes it \(calicoctl and Calico's API server write the missing key as key: ""\), but confd finds no password there \(a Secret has no empty key\), so BIRD runs the peering without one .*TCP MD5.*; name the key of Secret "tor-auth" that holds the password/ }],
    },
    {
      // kubectl applies a crd.projectcalico.org/v1 object to the CRD as written: its `required: [key]` refuses it.
      name: 'through the CRD, a secretKeyRef without key stays an error',
      code: `
        apiVersion: crd.projectcalico.org/v1
        kind: BGPPeer
        metadata: { name: rack-a-tor }
        spec:
          peerIP: 198.51.100.7
          password:
            secretKeyRef:
              name: tor-auth
      `,
      errors: [{ messageId: 'violation', line: 7, column: 5, severity: 'error', message: 'spec.password.secretKeyRef.key is required (got (missing))' }],
    },
    {
      // A v3 object applied with kubectl to Calico's own projectcalico.org CRDs is not re-encoded either.
      name: 'a v3 object where the input installs the projectcalico.org CRDs: the missing key stays an error',
      code: {
        'crd.yaml': 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: bgppeers.projectcalico.org }\nspec:\n  group: projectcalico.org\n  names: { kind: BGPPeer, plural: bgppeers }\n  scope: Cluster\n  versions: [{ name: v3, served: true, storage: true, schema: { openAPIV3Schema: { type: object } } }]\n',
        'peer.yaml': 'apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: { name: rack-a-tor }\nspec:\n  peerIP: 198.51.100.7\n  password: { secretKeyRef: { name: tor-auth } }\n',
      },
      errors: [{ messageId: 'violation', file: 'peer.yaml', line: 6, column: 15, severity: 'error', message: 'spec.password.secretKeyRef.key is required (got (missing))' }],
    },
    {
      // An empty key passes the CRD on either path; no Secret has an empty name either.
      name: 'an empty key, and a reference with no Secret name',
      code: {
        'a.yaml': 'apiVersion: crd.projectcalico.org/v1\nkind: BGPPeer\nmetadata: { name: a }\nspec:\n  peerIP: 198.51.100.7\n  password: { secretKeyRef: { name: tor-auth, key: "" } }\n',
        'b.yaml': 'apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: { name: b }\nspec:\n  peerIP: 198.51.100.8\n  password:\n    secretKeyRef: { key: md5-secret }\n',
      },
      errors: [
        { messageId: 'passwordRefIncomplete', file: 'a.yaml', line: 6, column: 15, severity: 'warning', message: /^spec\.password\.secretKeyRef names no key: Calico takes it, but confd/ },
        { messageId: 'passwordRefIncomplete', file: 'b.yaml', line: 7, column: 5, severity: 'warning', message: /^spec\.password\.secretKeyRef names no Secret: .*no Secret has an empty name.*; name the Secret that holds the password/ },
      ],
    },
    {
      // calicoctl matches field names in any case: `Key` sets the key, so the only finding is its spelling.
      name: 'through the v3 API, a key written in another case still names the key',
      code: 'apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: { name: a }\nspec:\n  peerIP: 198.51.100.7\n  password:\n    secretKeyRef: { name: tor-auth, Key: md5-secret }\n',
      errors: [{ messageId: 'fieldCase', line: 7, column: 37, severity: 'warning' }],
    },
    {
      // metav1.Duration decodes with Go's time.ParseDuration: "5x" and "30" (no unit) fail.
      name: 'durations Go does not parse',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: { name: tor }
        spec:
          peerIP: 192.0.2.1
          maxRestartTime: 5x
          keepaliveTime: "30"
      `,
      errors: [
        { messageId: 'violation', line: 6, column: 19, message: 'spec.maxRestartTime must be a duration such as 90s, 1m30s or 250ms (got "5x")' },
        { messageId: 'violation', line: 7, column: 18, message: /keepaliveTime must be a duration/ },
      ],
    },
    {
      name: 'lower-case enum and ttlSecurity out of range',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: { name: tor }
        spec:
          peerIP: 192.0.2.1
          nextHopMode: self
          ttlSecurity: 256
      `,
      errors: [
        { messageId: 'violation', line: 6, column: 16 },
        { messageId: 'violation', line: 7, column: 16 },
      ],
    },
  ],
});
