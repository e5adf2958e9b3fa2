import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { KIND_10_244, netConf } from './lib/fixtures.js';
import rule from './network-pod-cidr.js';

ruleTester(rule, {
  valid: [
    { name: 'Network equals the pod CIDR', code: { 'kind.yaml': KIND_10_244, 'flannel.yaml': netConf('{"Network": "10.244.0.0/16"}') } },
    { name: 'no pod CIDR known', code: netConf('{"Network": "10.244.0.0/16"}') },
    // A dual-stack cluster with flannel on IPv4 only: the IPv6 pod CIDR is no business of the IPv4 Network.
    {
      name: 'dual-stack pod CIDRs, an IPv4-only Network that holds the IPv4 one',
      code: { 'kind.yaml': KIND_10_244.replace('podSubnet: 10.244.0.0/16', 'podSubnet: "10.244.0.0/16,fd00:10:244::/56", ipFamily: dual'), 'flannel.yaml': netConf('{"Network": "10.244.0.0/16"}') },
    },
    // Two sources name the pod CIDR (a kind config and .netlint.yaml, say): one that the Network holds is enough.
    {
      name: 'two IPv4 pod CIDRs known, the Network holds one of them',
      code: { 'kind.yaml': KIND_10_244, 'kind-b.yaml': KIND_10_244.replace('10.244.0.0/16', '10.200.0.0/16'), 'flannel.yaml': netConf('{"Network": "10.244.0.0/16"}') },
    },
  ],
  invalid: [
    {
      // flannel's own repository: e2e/kind-config.yaml, whose suite rewrites Documentation/kube-flannel.yml's Network.
      name: 'disjoint, pod CIDR from a kind config in another folder: info',
      code: { 'e2e/kind.yaml': KIND_10_244, 'Documentation/flannel.yaml': netConf('{"Network": "10.42.0.0/16"}') },
      errors: [{ messageId: 'outside', line: 5, column: 31, severity: 'info', file: 'Documentation/flannel.yaml', message: /kind Cluster networking.podSubnet in e2e\/kind\.yaml/ }],
    },
    {
      name: 'disjoint, pod CIDR from a manifest: warning',
      code: { 'kind.yaml': KIND_10_244, 'flannel.yaml': netConf('{"Network": "10.42.0.0/16"}') },
      errors: [{ messageId: 'outside', line: 5, column: 31, severity: 'warning', message: /kind Cluster networking.podSubnet in kind.yaml/ }],
    },
    {
      name: 'disjoint, the Network written with a leading zero in its prefix length',
      code: { 'kind.yaml': KIND_10_244, 'flannel.yaml': netConf('{"Network": "10.42.0.0/016"}') },
      errors: [{ messageId: 'outside', line: 5, column: 31, severity: 'warning', message: /^flannel Network 10\.42\.0\.0\/016 does not overlap the pod CIDR 10\.244\.0\.0\/16/ }],
    },
    {
      name: 'disjoint, pod CIDR from .netlint.yaml: error',
      code: netConf('{"Network": "10.42.0.0/16"}'),
      config: { cluster: { podCIDR: '10.244.0.0/16' } },
      errors: [{ messageId: 'outside', line: 5, column: 31, severity: 'error' }],
    },
    {
      name: 'inside the pod CIDR: info',
      code: { 'kind.yaml': KIND_10_244, 'flannel.yaml': netConf('{"Network": "10.244.0.0/17"}') },
      errors: [{ messageId: 'partial', line: 5, column: 31, severity: 'info' }],
    },
  ],
});
