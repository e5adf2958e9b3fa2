/** The cluster pack: cross-resource checks (pod, service and pool ranges). */
import type { Rule } from '../../src/engine/rule.js';
import annotationFormat from './annotation-format.js';
import apiVersion from './api-version.js';
import duplicateObject from './duplicate-object.js';
import ippoolOutsidePodCidr from './ippool-outside-pod-cidr.js';
import ippoolServiceOverlap from './ippool-service-overlap.js';
import kindNetworking from './kind-networking.js';
import kubeadmNetworking from './kubeadm-networking.js';
import labelFormat from './label-format.js';
import labelValueType from './label-value-type.js';
import metadataFields from './metadata-fields.js';
import objectName from './object-name.js';
import podServiceOverlap from './pod-service-overlap.js';
import serviceSubnetSize from './service-subnet-size.js';

export const clusterRules: Rule[] = [
  annotationFormat,
  apiVersion,
  duplicateObject,
  ippoolOutsidePodCidr,
  ippoolServiceOverlap,
  kindNetworking,
  kubeadmNetworking,
  labelFormat,
  labelValueType,
  metadataFields,
  objectName,
  podServiceOverlap,
  serviceSubnetSize,
];
