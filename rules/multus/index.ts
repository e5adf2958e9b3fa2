/** The Multus pack: pod network annotations and NetworkAttachmentDefinitions. */
import type { Rule } from '../../src/engine/rule.js';
import defaultNetworkAnnotation from './default-network-annotation.js';
import duplicateInterface from './duplicate-interface.js';
import duplicateNetwork from './duplicate-network.js';
import flannelDelegate from './flannel-delegate.js';
import flannelNadNames from './flannel-nad-names.js';
import hostLocalAcrossNodes from './host-local-across-nodes.js';
import hostnetworkAnnotation from './hostnetwork-annotation.js';
import interfaceName from './interface-name.js';
import masterConflict from './master-conflict.js';
import multiPolicyFor from './multi-policy-for.js';
import nadConfig from './nad-config.js';
import nadIpamOverlap from './nad-ipam-overlap.js';
import nadMissing from './nad-missing.js';
import namespaceIsolation from './namespace-isolation.js';
import networksSyntax from './networks-syntax.js';
import requestedIp from './requested-ip.js';
import runtimeRequestIgnored from './runtime-request-ignored.js';
import secondaryDefaultRoute from './secondary-default-route.js';
import sriovResource from './sriov-resource.js';
import staticIpDuplicate from './static-ip-duplicate.js';
import staticIpReplicas from './static-ip-replicas.js';

export const multusRules: Rule[] = [
  defaultNetworkAnnotation,
  duplicateInterface,
  duplicateNetwork,
  flannelDelegate,
  flannelNadNames,
  hostLocalAcrossNodes,
  hostnetworkAnnotation,
  interfaceName,
  masterConflict,
  multiPolicyFor,
  nadConfig,
  nadIpamOverlap,
  nadMissing,
  namespaceIsolation,
  networksSyntax,
  requestedIp,
  runtimeRequestIgnored,
  secondaryDefaultRoute,
  sriovResource,
  staticIpDuplicate,
  staticIpReplicas,
];
