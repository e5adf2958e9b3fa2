// The shape of multus-cni#1339: ipvlan NADs on ens20, and one turned into macvlan on ens20
// ("device or resource busy" from netlink); `ip link add link em1 type macvlan` after an ipvlan
// on em1 fails the same way (containernetworking/cni#7).
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { docs, nad, podWith } from './lib/fixtures.js';
import rule from './master-conflict.js';

const conf = (type: string, extra = '') => `{"cniVersion": "0.3.1", "type": "${type}"${extra}, "ipam": {"type": "whereabouts", "range": "192.168.15.0/24"}}`;

ruleTester(rule, {
  valid: [
    { name: 'macvlan and ipvlan on different devices', code: { 'a.yaml': nad('a', 'phoenix', conf('macvlan', ', "master": "ens20"')), 'b.yaml': nad('b', 'phoenix', conf('ipvlan', ', "master": "ens21"')) } },
    { name: 'macvlan and macvtap share one device; two ipvlans too', code: {
      'a.yaml': nad('a', 'phoenix', conf('macvlan', ', "master": "ens20"')),
      'b.yaml': nad('b', 'phoenix', conf('macvtap', ', "master": "ens20"')),
      'c.yaml': nad('c', 'phoenix', conf('ipvlan', ', "master": "ens21", "mode": "l2"')),
      'd.yaml': nad('d', 'phoenix', conf('ipvlan', ', "master": "ens21", "mode": "l2"')),
    } },
    { name: 'one NAD object written twice, macvlan in one file and ipvlan in the other (whichever is applied last)', code: {
      'base/br.yaml': nad('br-n6', 'phoenix', conf('macvlan', ', "master": "ens20"')),
      'overlay/br.yaml': nad('br-n6', 'phoenix', conf('ipvlan', ', "master": "ens20"')),
    } },
    { name: 'an ipvlan chained after another plugin takes its interface; a master inside the pod is no host device', code: {
      'a.yaml': nad('a', 'phoenix', conf('macvlan')),
      'b.yaml': nad('b', 'phoenix', '{"cniVersion": "0.4.0", "name": "b", "plugins": [{"type": "host-device", "device": "ens30"}, {"type": "ipvlan"}]}'),
      'c.yaml': nad('c', 'phoenix', conf('ipvlan', ', "linkInContainer": true')),
    } },
  ],
  invalid: [
    {
      name: 'macvlan and ipvlan on ens20, both attached by the input\'s workloads (multus-cni#1339)',
      code: {
        'a.yaml': nad('br-n6', 'phoenix', conf('ipvlan', ', "master": "ens20", "mode": "l2"')),
        'b.yaml': nad('br-n3', 'phoenix', conf('macvlan', ', "master": "ens20", "mode": "bridge"')),
        'gw.yaml': docs(
          podWith('k8s.v1.cni.cncf.io/networks: phoenix/br-n3').replace('name: app', 'name: gateway'),
          podWith('k8s.v1.cni.cncf.io/networks: \'[{"name": "br-n6", "namespace": "phoenix"}]\'').replace('name: app', 'name: tunnel'),
        ),
      },
      errors: [
        { messageId: 'conflict', file: 'a.yaml', line: 5, column: 64, severity: 'warning', message: /^ipvlan on ens20 here, and macvlan on the same device in NetworkAttachmentDefinition phoenix\/br-n3 \(b\.yaml:1\)/ },
        { messageId: 'conflict', file: 'b.yaml', line: 5, column: 65, severity: 'warning', message: /^macvlan on ens20 here, and ipvlan on the same device in NetworkAttachmentDefinition phoenix\/br-n6 \(a\.yaml:1\)/ },
      ],
    },
    {
      name: 'both left to the default-route interface, the ipvlan in a plugin list; no pod of the input attaches them: info',
      code: {
        'a.yaml': nad('mv', 'apps', conf('macvtap')),
        'b.yaml': nad('iv', 'edge', '{"cniVersion": "0.4.0", "name": "iv", "plugins": [{"type": "ipvlan", "ipam": {"type": "dhcp"}}, {"type": "tuning"}]}'),
      },
      errors: [
        { messageId: 'conflict', file: 'a.yaml', line: 5, column: 44, severity: 'info', message: /^macvtap on the node's default-route interface here, and ipvlan on the same device in NetworkAttachmentDefinition edge\/iv/ },
        { messageId: 'conflict', file: 'b.yaml', line: 5, column: 71, severity: 'info', message: /^ipvlan on the node's default-route interface here, and macvtap on the same device in NetworkAttachmentDefinition apps\/mv/ },
      ],
    },
  ],
});
