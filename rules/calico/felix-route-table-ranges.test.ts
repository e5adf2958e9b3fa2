import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { calicoResource } from './lib/test-manifests.js';
import rule from './felix-route-table-ranges.js';

const felix = (spec: string) => calicoResource('FelixConfiguration', spec);

ruleTester(rule, {
  valid: [
    { name: 'legacy range with min == max', code: felix('routeTableRange: { min: 8, max: 8 }') },
    { name: 'several ranges', code: felix('routeTableRanges: [{ min: 8, max: 8 }, { min: 7, max: 7 }, { min: 1, max: 10000 }]') },
    // validator.go: at most 0xffff designated tables, indices up to 0xffffffff, the legacy range up to 250: each end is in.
    { name: 'exactly 65535 tables, the last index, and the legacy range at 1–250', code: felix('routeTableRanges: [{ min: 1, max: 65534 }, { min: 4294967295, max: 4294967295 }]') + '---\n' + felix('routeTableRange: { min: 1, max: 250 }') },
  ],
  invalid: [
    {
      name: 'legacy range beyond 250, and both fields',
      code: felix('routeTableRange: { min: 1, max: 253 }\nrouteTableRanges: [{ min: 1, max: 10 }]'),
      errors: [
        { messageId: 'legacy', line: 5, column: 3, message: 'routeTableRange 1–253 must be a range of route table indices within 1..250' },
        { messageId: 'both', line: 5, column: 3 },
      ],
    },
    {
      name: 'reversed, zero-based and too many tables',
      code: felix('routeTableRanges:\n  - { min: 50, max: 45 }\n  - { min: 0, max: 250 }\n  - { min: 300, max: 65836 }'),
      errors: [
        { messageId: 'tooMany', line: 5, column: 3, message: 'routeTableRanges name 65537 tables; Calico allows at most 65535' },
        { messageId: 'range', line: 6, column: 7, message: 'routeTableRanges[0] has min greater than max' },
        { messageId: 'range', line: 7, column: 7, message: 'routeTableRanges[1] cannot target indices < 1' },
      ],
    },
    {
      // RouteTableRange and RouteTableIDRange write min and max without omitempty: through the v3 API
      // a missing one reaches the validator as 0 (Calico: "cannot target indices < 1"). Through the
      // CRD as written, the CRD's `required` refuses it (calico/felixconfig-field-values), not this rule.
      name: 'through the v3 API, a missing min is 0',
      code: {
        'v3.yaml': felix('routeTableRange: { max: 250 }\nrouteTableRanges: [{ max: 250 }]'),
        'v1.yaml': felix('routeTableRanges: [{ max: 250 }]').replace('projectcalico.org/v3', 'crd.projectcalico.org/v1'),
      },
      errors: [
        { file: 'v3.yaml', messageId: 'legacy', line: 5, column: 3, message: 'routeTableRange 0–250 must be a range of route table indices within 1..250' },
        { file: 'v3.yaml', messageId: 'both', line: 5, column: 3 },
        { file: 'v3.yaml', messageId: 'range', line: 6, column: 22, message: 'routeTableRanges[0] cannot target indices < 1' },
      ],
    },
  ],
});
