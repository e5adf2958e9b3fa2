// containernetworking/plugins v1.9.1 plugins/ipam/static keeps no state (each pod gets what it asks
// for); host-local's allocator refuses an address it already reserved ("requested IP address … is
// not available in range set", backend/allocator/allocator.go). The pair below is the shape of
// niloysh/open5gs-k8s's two UPFs with one N3 address.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './static-ip-duplicate.js';

const upf = (name: string, networks: string, namespace = 'core') => `
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: ${name}, namespace: ${namespace} }
  spec:
    replicas: 1
    template:
      metadata:
        annotations:
          k8s.v1.cni.cncf.io/networks: '${networks}'
      spec:
        containers: [{ name: upf, image: open5gs }]
`;

ruleTester(rule, {
  valid: [
    {
      name: "one pod written in three files, applied one after another (multus-dynamic-networks-controller's examples)",
      code: { 'setup.yaml': upf('upf1', '[{"name": "n3network", "ips": ["10.10.3.1/24"]}]'), 'add.yaml': upf('upf1', '[{"name": "n3network", "ips": ["10.10.3.1/24"]}, {"name": "n4network"}]'), 'remove.yaml': upf('upf1', '[{"name": "n3network", "ips": ["10.10.3.1/24"]}]') },
    },
    { name: 'two workloads with their own addresses', code: { 'a.yaml': upf('upf1', '[{"name": "n3network", "ips": ["10.10.3.1/24"]}]'), 'b.yaml': upf('upf2', '[{"name": "n3network", "ips": ["10.10.3.2/24"]}]') } },
    { name: 'one address on two networks, and on one NAD name in two namespaces', code: { 'a.yaml': upf('upf1', '[{"name": "n3network", "ips": ["10.10.3.1/24"]}]'), 'b.yaml': upf('upf2', '[{"name": "n4network", "ips": ["10.10.3.1/24"]}]'), 'c.yaml': upf('upf3', '[{"name": "n3network", "ips": ["10.10.3.1/24"]}]', 'edge') } },
    { name: 'one MAC on two networks; different MACs on one', code: { 'a.yaml': upf('upf1', '[{"name": "n3network", "mac": "0a:58:0a:0a:03:01"}]'), 'b.yaml': upf('upf2', '[{"name": "n4network", "mac": "0a:58:0a:0a:03:01"}, {"name": "n3network", "mac": "0a:58:0a:0a:03:02"}]') } },
  ],
  invalid: [
    {
      name: 'two UPFs asking for one N3 address (prefix written or not)',
      code: { 'a.yaml': upf('upf1', '[{"name": "n3network", "ips": ["10.10.3.1/24"]}]'), 'b.yaml': upf('upf2', '[{"name": "n3network", "interface": "n3", "ips": ["10.10.3.1"]}]') },
      errors: [
        { messageId: 'duplicate', file: 'a.yaml', line: 9, column: 70, message: /^static IP 10\.10\.3\.1\/24 on network core\/n3network is also asked for by Deployment core\/upf2 \(b\.yaml:1\)/ },
        { messageId: 'duplicate', file: 'b.yaml', line: 9, column: 89, message: /^static IP 10\.10\.3\.1 on network core\/n3network is also asked for by Deployment core\/upf1 \(a\.yaml:1\)/ },
      ],
    },
    {
      name: 'one MAC written in two of the forms net.ParseMAC reads',
      code: { 'a.yaml': upf('upf1', '[{"name": "n3network", "mac": "0a:58:0a:0a:03:01"}]'), 'b.yaml': upf('upf2', '[{"name": "n3network", "mac": "0A-58-0A-0A-03-01"}]') },
      errors: [
        { messageId: 'duplicateMac', file: 'a.yaml', line: 9, column: 69, message: /^MAC 0a:58:0a:0a:03:01 on network core\/n3network is also asked for by Deployment core\/upf2 \(b\.yaml:1\)/ },
        { messageId: 'duplicateMac', file: 'b.yaml', line: 9, column: 69, message: /^MAC 0A-58-0A-0A-03-01 on network core\/n3network is also asked for by Deployment core\/upf1/ },
      ],
    },
  ],
});
