import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'documented modes', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.0.0.0/16, ipipMode: CrossSubnet, vxlanMode: Never }
    ` },
  ],
  invalid: [
    {
      name: 'lower case and an invented value',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
          ipipMode: always
          vxlanMode: Enabled
      `,
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
        { messageId: 'unknownField', severity: 'warning', line: 6, column: 3, message: /spec\.ipip is not a field of IPPool/ },
        { messageId: 'unknownField', severity: 'warning', line: 7, column: 3, message: /spec\.nat-outgoing is not a field of IPPool/ },
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
