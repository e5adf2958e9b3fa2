import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './cni-ipam-pools.js';

const conf = (ipam: object) => JSON.stringify({ cniVersion: '0.3.1', name: 'k8s-pod-network', plugins: [{ type: 'calico', ipam: { type: 'calico-ipam', ...ipam } }] });
const pool = (name: string, cidr: string, extra = '') => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: ${name} }\nspec: { cidr: "${cidr}"${extra} }\n`;
const CONF = 'net.d/10-calico.conflist';

ruleTester(rule, {
  valid: [
    { name: 'IPv4 by default from an IPv4 pool', code: { [CONF]: conf({}), 'pools.yaml': pool('v4', '10.0.0.0/16') } },
    { name: 'dual stack, pools named by name and by CIDR', code: { [CONF]: conf({ assign_ipv6: 'true', ipv4_pools: ['v4'], ipv6_pools: ['fd00::/64'] }), 'pools.yaml': pool('v4', '10.0.0.0/16') + '---\n' + pool('v6', 'fd00::/64') } },
    { name: 'IPv6 only, IPv4 turned off', code: { [CONF]: conf({ assign_ipv4: 'false', assign_ipv6: 'true' }), 'pools.yaml': pool('v6', 'fd00::/64') } },
    { name: 'no pool in the input: not judged', code: { [CONF]: conf({ assign_ipv6: 'true', ipv4_pools: ['missing'] }) } },
    { name: 'host-local IPAM is not calico-ipam', code: { [CONF]: JSON.stringify({ cniVersion: '0.3.1', name: 'n', plugins: [{ type: 'calico', ipam: { type: 'host-local', subnet: 'usePodCidr' } }] }), 'pools.yaml': pool('v6', 'fd00::/64') } },
  ],
  invalid: [
    {
      // calico_cni_ipam_test.go (Calico v3.32.1) 198, 235, 371: no pool of an assigned family, a pool that does not exist.
      name: 'IPv6 assigned without an IPv6 pool, a missing and a disabled pool named',
      code: { [CONF]: conf({ assign_ipv6: 'true', ipv4_pools: ['v4', '192.169.1.0/24', 'stopped'] }), 'pools.yaml': pool('v4', '10.0.0.0/16') + '---\n' + pool('stopped', '10.1.0.0/16', ', disabled: true') },
      errors: [
        { file: CONF, messageId: 'noPool', line: 1, column: 119, message: /^calico-ipam assigns an IPv6 address \(assign_ipv6 is "true"\) but the input has no enabled IPv6 pool/ },
        { file: CONF, messageId: 'unknownPool', line: 1, column: 145, message: 'ipam.ipv4_pools names "192.169.1.0/24", which is no pool of the input: calico-ipam fails every pod ("does not exist, or is not enabled")' },
        { file: CONF, messageId: 'unknownPool', line: 1, column: 162, message: /^ipam\.ipv4_pools names "stopped", which is IPPool stopped \(10\.1\.0\.0\/16\), which is disabled/ },
      ],
    },
    {
      name: 'IPv4 by default with only an IPv6 pool',
      code: { [CONF]: conf({}), 'pools.yaml': pool('v6', 'fd00::/64') },
      errors: [{ file: CONF, messageId: 'noPool', line: 1, column: 76, message: /^calico-ipam assigns an IPv4 address \(assign_ipv4 is not set, and IPv4 is assigned by default\)/ }],
    },
  ],
});
