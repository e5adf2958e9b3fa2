import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-field-values.js';

/** An IPPool with a lower-case ipipMode (line 6) and a vxlanMode no release has had (line 7). */
const lowerCaseAndInvented = `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
          ipipMode: always
          vxlanMode: Enabled
      `;

ruleTester(rule, {
  valid: [
    { name: 'documented modes', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.0.0.0/16, ipipMode: CrossSubnet, vxlanMode: Never }
    ` },
    // A missing cidr is calico/ippool-cidr-invalid's finding ("the IPPool has no spec.cidr"), not said twice.
    { name: 'no cidr', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { ipipMode: Never, vxlanMode: Always }
    ` },
  ],
  invalid: [
    {
      name: 'lower case and an invented value',
      code: lowerCaseAndInvented,
      errors: [
        { messageId: 'violation', line: 6, column: 13, message: /always/ },
        { messageId: 'violation', line: 7, column: 14, message: /Enabled/ },
      ],
    },
    {
      // Calico v3.32 removed the v1 compatibility fields `ipip` and `nat-outgoing` from IPPoolSpec
      // (api/pkg/apis/projectcalico/v3/ippool.go) and from the IPPool CRD
      // (libcalico-go/config/crd/crd.projectcalico.org_ippools.yaml): the API server drops them.
      name: 'the v1 ipip and nat-outgoing fields are no longer fields',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
          ipip: { enabled: true, mode: Always }
          nat-outgoing: true
      `,
      errors: [
        { messageId: 'unknownFieldRemoved', severity: 'warning', line: 6, column: 3, message: 'spec.ipip is not a field of IPPool (Calico 3.32 removed it): a release that has it takes it; from then on calicoctl refuses the resource ("unknown field"), as does kubectl\'s strict field validation' },
        { messageId: 'unknownFieldRemoved', severity: 'warning', line: 7, column: 3, message: /^spec\.nat-outgoing is not a field of IPPool \(Calico 3\.32 removed it; did you mean "natOutgoing"\?\): a release that has it/ },
      ],
    },
    {
      // Before v3.32 the fields were declared but had to be empty (ippool.go: `ipip` mustBeNil,
      // `nat-outgoing` mustBeFalse), so a cluster on 3.31 gains nothing from them either.
      name: 'the v1 fields on a cluster that still runs Calico 3.31',
      config: { cluster: { calicoVersion: '3.31' } },
      code: `
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
          ipip: { enabled: true, mode: Always }
      `,
      errors: [{ messageId: 'unknownFieldRemoved', severity: 'warning', line: 6, column: 3, message: /^spec\.ipip is not a field of IPPool \(Calico 3\.32 removed it\): a release that has it takes it/ }],
    },
    {
      // Neither config nor input says the release: a field that is no near name may be a later release's.
      name: 'an unknown field where the release is not known says how to tell netlint a later one',
      code: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec:\n  cidr: 10.0.0.0/16\n  trafficShaping: {}\n',
      errors: [{ messageId: 'unknownField', severity: 'error', line: 6, column: 3, message: /^spec\.trafficShaping is not a field of IPPool \(netlint knows Calico up to v3\.32\.1: on a later release that has it, set cluster\.calicoVersion in \.netlint\.yaml\): calicoctl refuses/ }],
    },
    {
      // On the release that removed it (cluster.calicoVersion), calicoctl refuses it: an error.
      name: 'the v1 ipip field on a cluster that runs Calico 3.32',
      config: { cluster: { calicoVersion: '3.32' } },
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
          ipip: { enabled: true, mode: Always }
      `,
      errors: [{ messageId: 'unknownFieldRemoved', severity: 'error', line: 6, column: 3, message: /^spec\.ipip is not a field of IPPool \(Calico 3\.32 removed it\)/ }],
    },
    {
      // Calico after v3.32 added enum values (BGPConfiguration programClusterRoutes EnabledIPIPOnly);
      // a value that differs from a known one only in case stays an error.
      name: 'on a Calico newer than the schema pack, a value an enum lacks is info, a case slip an error',
      config: { cluster: { calicoVersion: '3.34' } },
      code: lowerCaseAndInvented,
      errors: [
        { messageId: 'violation', severity: 'error', line: 6, column: 13, message: /always/ },
        {
          messageId: 'enumNewer',
          severity: 'info',
          line: 7,
          column: 14,
          message: 'spec.vxlanMode must be one of "Never", "Always", "CrossSubnet" (got "Enabled") in Calico v3.32.1, the newest release netlint knows: if Calico 3.34 (cluster.calicoVersion) added the value, ignore this; if not, the API server rejects it',
        },
      ],
    },
    {
      // A release newer than the pack may have added a field netlint does not know: info, not a
      // warning; a near-miss of a known field stays a typo.
      name: 'on a Calico newer than the schema pack, an unknown field is info and a typo a warning',
      config: { cluster: { calicoVersion: '3.34' } },
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
          trafficShaping: Fair
          natOutgoin: true
      `,
      errors: [
        { messageId: 'unknownFieldNewer', severity: 'info', line: 6, column: 3, message: 'spec.trafficShaping is not a field of IPPool in Calico v3.32.1, the newest release netlint knows: if Calico 3.34 (cluster.calicoVersion) added it, ignore this; if not, calicoctl and kubectl\'s strict field validation refuse the resource' },
        { messageId: 'unknownField', severity: 'warning', line: 7, column: 3, message: /^spec\.natOutgoin is not a field of IPPool \(did you mean "natOutgoing"\?\)/ },
      ],
    },
    {
      // v3.32's CRD gives allowedUses an enum and blockSize 0–128; calico/ippool-allowed-uses and
      // calico/ippool-blocksize-range report those values, so this rule leaves them alone.
      name: 'allowedUses and blockSize values are the dedicated rules\' findings, not this rule\'s',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
          blockSize: 200
          allowedUses: [Workload, Workload, Pods]
      `,
      errors: [
        { messageId: 'violation', line: 7, column: 3, message: /spec\.allowedUses must NOT have duplicate items/ },
      ],
    },
  ],
});
