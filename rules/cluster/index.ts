/** The cluster pack: cross-resource checks (pod, service and pool ranges). */
import type { Rule } from '../../src/engine/rule.js';
import ippoolOutsidePodCidr from './ippool-outside-pod-cidr.js';
import ippoolServiceOverlap from './ippool-service-overlap.js';
import labelValueType from './label-value-type.js';
import podServiceOverlap from './pod-service-overlap.js';
import serviceSubnetSize from './service-subnet-size.js';

export const clusterRules: Rule[] = [
  ippoolOutsidePodCidr,
  ippoolServiceOverlap,
  labelValueType,
  podServiceOverlap,
  serviceSubnetSize,
];
