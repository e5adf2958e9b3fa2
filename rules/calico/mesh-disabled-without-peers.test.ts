import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './mesh-disabled-without-peers.js';
import { MESH_OFF, RR_PEER, calicoNode, calicoResource } from './lib/test-manifests.js';

const pool = (name: string, spec: string) => calicoResource('IPPool', spec, `{ name: ${name} }`);
const VXLAN_POOL = pool('vxlan', 'cidr: 10.244.0.0/16\nvxlanMode: Always\nipipMode: Never');
const IPIP_POOL = pool('ipip', 'cidr: 10.245.0.0/16\nipipMode: Always');
const operator = (calicoNetwork: string) => `apiVersion: operator.tigera.io/v1
kind: Installation
metadata: { name: default }
spec:
  calicoNetwork:
${calicoNetwork.replace(/^/gm, '    ')}
`;

ruleTester(rule, {
  valid: [
    { name: 'mesh off with reflector peering', code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_PEER } },
    { name: 'mesh on', code: MESH_OFF.replace('false', 'true') },
    // Felix programs the routes of VXLAN pools (bgpconfig.go, programClusterRoutes).
    { name: 'mesh off with only VXLAN pools', code: { 'bgp.yaml': MESH_OFF, 'pool.yaml': VXLAN_POOL } },
    { name: 'mesh off with a VXLANCrossSubnet pool', code: { 'bgp.yaml': MESH_OFF, 'pool.yaml': pool('x', 'cidr: 10.244.0.0/16\nvxlanMode: CrossSubnet') } },
    { name: 'mesh off, BIRD told not to program cluster routes', code: { 'bgp.yaml': `${MESH_OFF}  programClusterRoutes: Disabled\n`, 'pool.yaml': IPIP_POOL } },
    { name: 'mesh off, Felix programs cluster routes', code: { 'bgp.yaml': MESH_OFF, 'pool.yaml': IPIP_POOL, 'felix.yaml': calicoResource('FelixConfiguration', 'programClusterRoutes: Enabled') } },
    { name: 'mesh off, Felix told by its env to program cluster routes', code: { 'bgp.yaml': MESH_OFF, 'pool.yaml': IPIP_POOL, 'node.yaml': calicoNode({ FELIX_PROGRAMCLUSTERROUTES: 'Enabled' }) } },
    { name: 'mesh off, the operator runs no BGP', code: { 'bgp.yaml': MESH_OFF, 'install.yaml': operator('bgp: Disabled\nipPools:\n- cidr: 10.244.0.0/16\n  encapsulation: VXLAN') } },
    { name: 'mesh off, the operator hands routes to Felix', code: { 'bgp.yaml': MESH_OFF, 'install.yaml': operator('clusterRoutingMode: Felix') } },
  ],
  invalid: [
    {
      name: 'mesh off alone',
      code: MESH_OFF,
      errors: [{ messageId: 'noPeers', line: 6, column: 26 }],
    },
    {
      name: 'mesh off with an IPIP pool',
      code: { 'bgp.yaml': MESH_OFF, 'pool.yaml': IPIP_POOL },
      errors: [{ messageId: 'noPeers', line: 6, column: 26 }],
    },
    {
      name: 'mesh off with a VXLAN pool and an unencapsulated one',
      code: { 'bgp.yaml': MESH_OFF, 'a.yaml': VXLAN_POOL, 'b.yaml': pool('plain', 'cidr: 10.246.0.0/16\nipipMode: Never\nvxlanMode: Never') },
      errors: [{ messageId: 'noPeers', line: 6, column: 26 }],
    },
    {
      name: 'mesh off, Felix left to its default (BIRD programs the routes)',
      code: { 'bgp.yaml': `${MESH_OFF}  programClusterRoutes: Enabled\n`, 'pool.yaml': IPIP_POOL, 'felix.yaml': calicoResource('FelixConfiguration', 'programClusterRoutes: Disabled') },
      errors: [{ messageId: 'noPeers', line: 6, column: 26 }],
    },
    {
      // Felix ranks its env above FelixConfiguration.
      name: 'mesh off, the env overrides FelixConfiguration back to BIRD',
      code: { 'bgp.yaml': MESH_OFF, 'pool.yaml': IPIP_POOL, 'node.yaml': calicoNode({ FELIX_PROGRAMCLUSTERROUTES: 'Disabled' }), 'felix.yaml': calicoResource('FelixConfiguration', 'programClusterRoutes: Enabled') },
      errors: [{ messageId: 'noPeers', line: 6, column: 26 }],
    },
  ],
});
