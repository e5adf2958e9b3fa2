import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './gnp-prednat-donottrack.js';
import { calicoResource } from './lib/test-manifests.js';

const gnp = (spec: string) => calicoResource('GlobalNetworkPolicy', spec, '{ name: g }');

ruleTester(rule, {
  valid: [
    { name: 'pre-DNAT ingress policy applied on forward', code: gnp('preDNAT: true\napplyOnForward: true\ntypes: [Ingress]\ningress: [{ action: Deny }]') },
    { name: 'untracked policy applied on forward', code: gnp('doNotTrack: true\napplyOnForward: true') },
    { name: 'an ordinary policy', code: gnp('selector: all()') },
  ],
  invalid: [
    {
      name: 'both flags, without applyOnForward',
      code: gnp('preDNAT: true\ndoNotTrack: true'),
      errors: [
        { messageId: 'forward', line: 4, column: 1, message: 'applyOnForward must be true when preDNAT is true' },
        { messageId: 'both', line: 5, column: 12 },
      ],
    },
    {
      name: 'pre-DNAT with egress rules and type, applyOnForward false',
      code: gnp('preDNAT: true\napplyOnForward: false\ntypes: [Ingress, Egress]\negress: [{ action: Allow }]'),
      errors: [
        { messageId: 'forward', line: 6, column: 19 },
        { messageId: 'egressType', line: 7, column: 20 },
        { messageId: 'egress', line: 8, column: 3 },
      ],
    },
  ],
});
