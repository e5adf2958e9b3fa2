import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipaddrs-and-noipam.js';
import { deployment } from './lib/test-manifests.js';

const ADDRS = 'cni.projectcalico.org/ipAddrs';
const NO_IPAM = 'cni.projectcalico.org/ipAddrsNoIpam';

ruleTester(rule, {
  valid: [
    { name: 'ipAddrs alone', code: deployment('db', 1, { [ADDRS]: '["10.250.0.5"]' }) },
    { name: 'ipAddrsNoIpam alone', code: deployment('db', 1, { [NO_IPAM]: '["10.250.0.5"]' }) },
  ],
  invalid: [
    {
      name: 'both on one pod template',
      code: deployment('db', 1, { [ADDRS]: '["10.250.0.5"]', [NO_IPAM]: '["10.250.0.6"]' }),
      errors: [{ messageId: 'both', line: 12, column: 46, message: 'ipAddrs and ipAddrsNoIpam are both set; the Calico CNI plugin accepts only one of them' }],
    },
  ],
});
