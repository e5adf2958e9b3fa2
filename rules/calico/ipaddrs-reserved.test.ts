import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipaddrs-reserved.js';
import { deployment } from './lib/test-manifests.js';

const ADDRS = 'cni.projectcalico.org/ipAddrs';
const POOL = `
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: default-ipv4-ippool }
  spec: { cidr: 10.250.0.0/16 }
`;
const RESERVATION = `
  apiVersion: projectcalico.org/v3
  kind: IPReservation
  metadata: { name: fixed-ips }
  spec:
    reservedCIDRs: [10.250.0.1, 10.250.0.128/28]
`;

ruleTester(rule, {
  valid: [
    // The documented setup: reservations only stop automatic assignment, the annotated pod still gets the address.
    { name: 'a fixed IP listed in an IPReservation', code: { 'pool.yaml': POOL, 'r.yaml': RESERVATION, 'db.yaml': deployment('db', 1, { [ADDRS]: '["10.250.0.1"]' }) } },
    { name: 'a fixed IP inside a reserved range', code: { 'pool.yaml': POOL, 'r.yaml': RESERVATION, 'db.yaml': deployment('db', 1, { [ADDRS]: '["10.250.0.130"]' }) } },
    {
      name: 'a fixed IP in a pool that never assigns automatically',
      code: { 'pool.yaml': POOL.replace('{ cidr: 10.250.0.0/16 }', '{ cidr: 10.250.0.0/16, nodeSelector: "!all()" }'), 'db.yaml': deployment('db', 1, { [ADDRS]: '["10.250.0.5"]' }) },
    },
    { name: 'no pool holds it (calico/ipaddrs-not-in-pool)', code: { 'db.yaml': deployment('db', 1, { [ADDRS]: '["10.250.0.5"]' }) } },
  ],
  invalid: [
    {
      name: 'a fixed IP in an automatic pool with no reservation',
      code: { 'pool.yaml': POOL, 'r.yaml': RESERVATION, 'db.yaml': deployment('db', 1, { [ADDRS]: '["10.250.0.5"]' }) },
      errors: [{ messageId: 'unreserved', file: 'db.yaml', line: 11, column: 42, severity: 'info', message: '10.250.0.5 is in IPPool default-ipv4-ippool (10.250.0.0/16), which assigns addresses automatically, and no IPReservation covers it: another pod may get it first' }],
    },
  ],
});
