import type { Rule } from '../../src/engine/rule.js';
import { builtinDataRule } from '../builtin-data-rule.js';
import adminPolicyFieldValues from './admin-policy-field-values.yaml';
import adminPolicyProtocol from './admin-policy-protocol.yaml';
import adminPolicyReplaced from './admin-policy-replaced.js';
import andVsOrSelector from './and-vs-or-selector.js';
import betaIsolationAnnotation from './beta-isolation-annotation.js';
import clusterPolicyFieldValues from './cluster-policy-field-values.yaml';
import clusterPolicyNamedPort from './cluster-policy-named-port.js';
import clusterPolicyNetworkCidr from './cluster-policy-network-cidr.js';
import clusterPolicyPortRange from './cluster-policy-port-range.js';
import defaultDenyMissing from './default-deny-missing.js';
import dnsIngressBlocked from './dns-ingress-blocked.js';
import dnsTcpBlocked from './dns-tcp-blocked.js';
import egressDenyBlocksDns from './egress-deny-blocks-dns.js';
import endport from './endport.js';
import externalServiceUnreachable from './external-service-unreachable.js';
import fieldType from './field-type.js';
import ipblockCoversPods from './ipblock-covers-pods.js';
import ipblockCidr from './ipblock-cidr.js';
import ipblockExcept from './ipblock-except.js';
import ipblockExclusive from './ipblock-exclusive.js';
import ipblockSourceMasqueraded from './ipblock-source-masqueraded.js';
import ipblockServiceCidr from './ipblock-service-cidr.js';
import labelSelector from './label-selector.js';
import namedPort from './named-port.js';
import namedPortUndeclared from './named-port-undeclared.js';
import peerEmpty from './peer-empty.js';
import peerSelectsNothing from './peer-selects-nothing.js';
import policytypes from './policytypes.js';
import rulesIgnoredByPolicytypes from './rules-ignored-by-policytypes.js';
import portNumber from './port-number.js';
import protocol from './protocol.js';
import servicePortNotPodPort from './service-port-not-pod-port.js';
import policySelectsNothing from './policy-selects-nothing.js';
import shadowedRule from './shadowed-rule.js';
import unknownField from './unknown-field.yaml';
import webhookUnreachable from './webhook-unreachable.js';

export const netpolRules: Rule[] = [
  builtinDataRule(adminPolicyFieldValues, 'rules/netpol/admin-policy-field-values.yaml'),
  builtinDataRule(adminPolicyProtocol, 'rules/netpol/admin-policy-protocol.yaml'),
  adminPolicyReplaced,
  andVsOrSelector,
  betaIsolationAnnotation,
  builtinDataRule(clusterPolicyFieldValues, 'rules/netpol/cluster-policy-field-values.yaml'),
  clusterPolicyNamedPort,
  clusterPolicyNetworkCidr,
  clusterPolicyPortRange,
  defaultDenyMissing,
  dnsIngressBlocked,
  dnsTcpBlocked,
  egressDenyBlocksDns,
  endport,
  externalServiceUnreachable,
  fieldType,
  ipblockCoversPods,
  ipblockCidr,
  ipblockExcept,
  ipblockExclusive,
  ipblockSourceMasqueraded,
  ipblockServiceCidr,
  labelSelector,
  namedPort,
  namedPortUndeclared,
  peerEmpty,
  peerSelectsNothing,
  policytypes,
  rulesIgnoredByPolicytypes,
  portNumber,
  protocol,
  policySelectsNothing,
  servicePortNotPodPort,
  shadowedRule,
  builtinDataRule(unknownField, 'rules/netpol/unknown-field.yaml'),
  webhookUnreachable,
];
