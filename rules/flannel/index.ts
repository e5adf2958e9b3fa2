/** The flannel pack: net-conf.json, flanneld arguments, flannel beside Calico. */
import type { Rule } from '../../src/engine/rule.js';
import backendFields from './backend-fields.js';
import backendMissing from './backend-missing.js';
import backendType from './backend-type.js';
import calicoCoexistence from './calico-coexistence.js';
import ifaceArgs from './iface-args.js';
import ipFamily from './ip-family.js';
import netConfFields from './net-conf-fields.js';
import netConfJson from './net-conf-json.js';
import networkCidr from './network-cidr.js';
import networkOverlap from './network-overlap.js';
import networkPodCidr from './network-pod-cidr.js';
import subnetRange from './subnet-range.js';
import subnetlen from './subnetlen.js';
import vxlanMtu from './vxlan-mtu.js';
import windowsVxlan from './windows-vxlan.js';

export const flannelRules: Rule[] = [backendFields, backendMissing, backendType, calicoCoexistence, ifaceArgs, ipFamily, netConfFields, netConfJson, networkCidr, networkOverlap, networkPodCidr, subnetRange, subnetlen, vxlanMtu, windowsVxlan];
