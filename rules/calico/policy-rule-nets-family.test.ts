import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-rule-nets-family.js';
import { calicoPolicy } from './lib/test-manifests.js';

const policy = (rule: string) => calicoPolicy('GlobalNetworkPolicy', 'ingress', `action: Allow
${rule}`);

ruleTester(rule, {
  valid: [
    { name: 'IPv4 on both sides with ipVersion 4', code: policy('ipVersion: 4\nsource: { nets: [10.0.0.0/8] }\ndestination: { notNets: [10.1.0.0/16] }') },
    { name: 'IPv6 only', code: policy('source: { nets: ["fd00::/8"], notNets: ["fd00:1::/32"] }') },
    // Only a catch-all notNets is refused (validator.go): nets 0.0.0.0/0 matches everything, and notNets 0.0.0.0/1 is no catch-all.
    { name: 'nets 0.0.0.0/0, notNets 0.0.0.0/1', code: policy('ipVersion: 4\nsource: { nets: [0.0.0.0/0] }\ndestination: { notNets: [0.0.0.0/1] }') },
    // scanNets: cnet.ParseCIDR and the IPNet's Version: ::ffff:10.1.0.0/112 is 10.1.0.0/16.
    { name: 'ICMP from IPv4 nets without ipVersion', code: policy('protocol: ICMP\nsource: { nets: [10.0.0.0/8] }') },
    { name: 'ICMPv6 to IPv6 nets without ipVersion', code: policy('protocol: ICMPv6\ndestination: { nets: ["fd00::/8"] }') },
    { name: 'TCP from IPv6 nets without ipVersion (rendered for both versions)', code: policy('protocol: TCP\nsource: { nets: ["fd00::/8"] }') },
    // Felix infers a version from the protocol's name only: protocol 1 is rendered for both.
    { name: 'protocol 1 from IPv6 nets without ipVersion', code: policy('protocol: 1\nsource: { nets: ["fd00::/8"] }') },
    { name: 'an IPv4-mapped network in an IPv4 rule', code: policy('ipVersion: 4\nsource: { nets: [10.0.0.0/8] }\ndestination: { nets: ["::ffff:10.1.0.0/112"] }') },
  ],
  invalid: [
    {
      name: 'IPv4 and IPv6 in one rule',
      code: policy('source: { nets: [10.0.0.0/8] }\ndestination: { nets: ["fd00::/8"] }'),
      errors: [{ messageId: 'mixed', line: 8, column: 29, message: 'destination.nets has an IPv6 CIDR in a rule that already matches IPv4; one rule matches one IP family' }],
    },
    {
      name: 'a prefix length with a leading zero is read, and the rule mixes families',
      code: policy('source: { nets: [10.0.0.0/08] }\ndestination: { nets: ["fd00::/8"] }'),
      errors: [{ messageId: 'mixed', line: 8, column: 29 }],
    },
    {
      name: 'ping allowed from IPv6 nets with protocol ICMP and no ipVersion',
      code: policy('protocol: ICMP\nsource: { nets: ["fd00::/8"] }'),
      errors: [
        {
          messageId: 'protocolVersion',
          line: 8,
          column: 17,
          message: "source.nets holds IPv6 CIDRs, but with no ipVersion Felix takes the rule's IP version from protocol ICMP (IPv4) and drops the rule for IPv6, so it matches no traffic; for IPv6 write protocol ICMPv6",
        },
      ],
    },
    {
      name: 'ICMPv6 to IPv4 nets without ipVersion, said once for the rule',
      code: policy('protocol: ICMPv6\nsource: { nets: [10.0.0.0/8] }\ndestination: { nets: [10.1.0.0/16] }'),
      errors: [{ messageId: 'protocolVersion', line: 8, column: 17, message: /holds IPv4 CIDRs.*protocol ICMPv6 \(IPv6\).*for IPv4 write protocol ICMP$/ }],
    },
    {
      name: 'ipVersion disagrees with the CIDRs',
      code: policy('ipVersion: 6\nsource: { nets: [10.0.0.0/8] }'),
      errors: [{ messageId: 'version', line: 8, column: 17, message: 'source.nets holds IPv4 CIDRs but the rule has ipVersion 6' }],
    },
    {
      // The field's format takes a bare address; validateRule's net.ParseCIDR does not.
      name: 'a bare address in nets and in notNets',
      code: policy('destination: { nets: [10.0.0.1], notNets: ["fd00::1"] }'),
      errors: [
        { messageId: 'bareAddress', line: 7, column: 29, message: 'destination.nets entry 10.0.0.1 has no prefix length: Calico parses rule nets as CIDRs and rejects it ("invalid CIDR"); write 10.0.0.1/32' },
        { messageId: 'bareAddress', line: 7, column: 50, message: /write fd00::1\/128$/ },
      ],
    },
    {
      // Applied as crd.projectcalico.org/v1 with kubectl, only the CRD's schema checks it, and Felix reads a /32.
      name: 'a bare address in a crd.projectcalico.org/v1 policy is a warning',
      code: policy('destination: { nets: [169.254.169.254] }').replace('projectcalico.org/v3', 'crd.projectcalico.org/v1'),
      errors: [{ messageId: 'bareAddressCrd', severity: 'warning', line: 7, column: 29, message: 'destination.nets entry 169.254.169.254 has no prefix length: Felix reads it as 169.254.169.254/32, but Calico\'s validator (calicoctl, the Calico API server) rejects it ("invalid CIDR"); write 169.254.169.254/32' }],
    },
    {
      name: 'catch-all in notNets',
      code: policy('destination: { notNets: [0.0.0.0/0] }'),
      errors: [{ messageId: 'catchAll', line: 7, column: 32, message: /matches no traffic/ }],
    },
  ],
});
