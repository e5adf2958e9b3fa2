/** The Calico pack: code rules imported explicitly, data rules compiled from their YAML. */
import type { Rule } from '../../src/engine/rule.js';
import { builtinDataRule } from '../builtin-data-rule.js';
import asnumberFormat from './asnumber-format.js';
import bgpconfigFieldValues from './bgpconfig-field-values.yaml';
import bgppeerExclusiveFields from './bgppeer-exclusive-fields.js';
import bgppeerPeeripFormat from './bgppeer-peerip-format.js';
import bgppeerFieldValues from './bgppeer-field-values.yaml';
import bgppeerSelectorMatchesNothing from './bgppeer-selector-matches-nothing.js';
import crosssubnetFlatNetwork from './crosssubnet-flat-network.js';
import encapFelixPoolMismatch from './encap-felix-pool-mismatch.js';
import envAutodetectionMethod from './env-autodetection-method.js';
import envFelixBool from './env-felix-bool.js';
import envNoDefaultPoolsConflict from './env-no-default-pools-conflict.js';
import envPoolBlocksize from './env-pool-blocksize.js';
import envPoolCidr from './env-pool-cidr.js';
import envPoolEncapValue from './env-pool-encap-value.js';
import envPoolIpipAndVxlan from './env-pool-ipip-and-vxlan.js';
import installationBgpForIpip from './installation-bgp-for-ipip.js';
import installationFieldValues from './installation-field-values.yaml';
import ipaddrsAndNoipam from './ipaddrs-and-noipam.js';
import ipaddrsDuplicate from './ipaddrs-duplicate.js';
import ipaddrsJson from './ipaddrs-json.js';
import ipaddrsNotInPool from './ipaddrs-not-in-pool.js';
import ipaddrsReplicas from './ipaddrs-replicas.js';
import ipaddrsReserved from './ipaddrs-reserved.js';
import ippoolBlocksizeRange from './ippool-blocksize-range.js';
import ippoolCidrLinkLocal from './ippool-cidr-link-local.js';
import ippoolCidrInvalid from './ippool-cidr-invalid.js';
import ippoolDisabledReferenced from './ippool-disabled-referenced.js';
import ippoolEncapModeEnum from './ippool-encap-mode-enum.yaml';
import ippoolFewerBlocksThanNodes from './ippool-fewer-blocks-than-nodes.js';
import ippoolIpipAndVxlan from './ippool-ipip-and-vxlan.js';
import ippoolIpipIpv6 from './ippool-ipip-ipv6.js';
import ippoolNatOutgoingDisabled from './ippool-nat-outgoing-disabled.js';
import ippoolOverlap from './ippool-overlap.js';
import ippoolRackSelectorsOverlap from './ippool-rack-selectors-overlap.js';
import ippoolSelectorMatchesNothing from './ippool-selector-matches-nothing.js';
import ippoolSmallerThanBlock from './ippool-smaller-than-block.js';
import ippoolsAnnotationUnknown from './ippools-annotation-unknown.js';
import meshDisabledWithoutPeers from './mesh-disabled-without-peers.js';
import meshScale from './mesh-scale.js';
import mtuInconsistent from './mtu-inconsistent.js';
import mtuOverhead from './mtu-overhead.js';
import policyFieldValues from './policy-field-values.yaml';
import policyPortRange from './policy-port-range.js';
import policyPortsNeedProtocol from './policy-ports-need-protocol.js';
import rrAsMismatch from './rr-as-mismatch.js';
import rrClusterIdFormat from './rr-cluster-id-format.js';
import rrClusterIdMismatch from './rr-cluster-id-mismatch.js';
import rrMissingClusterId from './rr-missing-cluster-id.js';
import rrSingle from './rr-single.js';
import rrUnpeered from './rr-unpeered.js';
import selectorGlobalMisuse from './selector-global-misuse.js';
import selectorK8sStyle from './selector-k8s-style.js';
import selectorNewline from './selector-newline.js';
import selectorSyntax from './selector-syntax.js';
import selectorYamlBang from './selector-yaml-bang.js';
import typhaMissing from './typha-missing.js';

export const calicoRules: Rule[] = [
  asnumberFormat,
  builtinDataRule(bgpconfigFieldValues, 'rules/calico/bgpconfig-field-values.yaml'),
  bgppeerExclusiveFields,
  bgppeerPeeripFormat,
  builtinDataRule(bgppeerFieldValues, 'rules/calico/bgppeer-field-values.yaml'),
  bgppeerSelectorMatchesNothing,
  crosssubnetFlatNetwork,
  encapFelixPoolMismatch,
  envAutodetectionMethod,
  envFelixBool,
  envNoDefaultPoolsConflict,
  envPoolBlocksize,
  envPoolCidr,
  envPoolEncapValue,
  envPoolIpipAndVxlan,
  installationBgpForIpip,
  builtinDataRule(installationFieldValues, 'rules/calico/installation-field-values.yaml'),
  ipaddrsAndNoipam,
  ipaddrsDuplicate,
  ipaddrsJson,
  ipaddrsNotInPool,
  ipaddrsReplicas,
  ipaddrsReserved,
  ippoolBlocksizeRange,
  ippoolCidrLinkLocal,
  ippoolCidrInvalid,
  ippoolDisabledReferenced,
  builtinDataRule(ippoolEncapModeEnum, 'rules/calico/ippool-encap-mode-enum.yaml'),
  ippoolFewerBlocksThanNodes,
  ippoolIpipAndVxlan,
  ippoolIpipIpv6,
  ippoolNatOutgoingDisabled,
  ippoolOverlap,
  ippoolRackSelectorsOverlap,
  ippoolSelectorMatchesNothing,
  ippoolSmallerThanBlock,
  ippoolsAnnotationUnknown,
  meshDisabledWithoutPeers,
  meshScale,
  mtuInconsistent,
  mtuOverhead,
  builtinDataRule(policyFieldValues, 'rules/calico/policy-field-values.yaml'),
  policyPortRange,
  policyPortsNeedProtocol,
  rrAsMismatch,
  rrClusterIdFormat,
  rrClusterIdMismatch,
  rrMissingClusterId,
  rrSingle,
  rrUnpeered,
  selectorGlobalMisuse,
  selectorK8sStyle,
  selectorNewline,
  selectorSyntax,
  selectorYamlBang,
  typhaMissing,
];
