import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { KIND_10_244, netConf } from './lib/fixtures.js';
import rule from './network-pod-cidr.js';

ruleTester(rule, {
  valid: [
    { name: 'Network equals the pod CIDR', code: { 'kind.yaml': KIND_10_244, 'flannel.yaml': netConf('{"Network": "10.244.0.0/16"}') } },
    { name: 'no pod CIDR known', code: netConf('{"Network": "10.244.0.0/16"}') },
  ],
  invalid: [
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
