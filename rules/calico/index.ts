/** The Calico pack: code rules imported explicitly, data rules compiled from their YAML. */
import type { Rule } from '../../src/engine/rule.js';
import { builtinDataRule } from '../builtin-data-rule.js';
import asnumberFormat from './asnumber-format.js';
import bgpconfigCommunities from './bgpconfig-communities.js';
import bgpconfigDefaultOnly from './bgpconfig-default-only.js';
import bgpconfigMeshOffSettings from './bgpconfig-mesh-off-settings.js';
import bgppeerKeepNextHop from './bgppeer-keep-next-hop.yaml';
import bgppeerLocalWorkload from './bgppeer-local-workload.js';
import bgppeerOneSided from './bgppeer-one-sided.js';
import bgppeerReachableBy from './bgppeer-reachable-by.js';
import builtinTier from './builtin-tier.js';
import felixAddressFamily from './felix-address-family.js';
import fieldNotInVersion from './field-not-in-version.js';
import felixHealthTimeoutOverrides from './felix-health-timeout-overrides.js';
import felixNodePortRanges from './felix-node-port-ranges.js';
import felixNodeSelector from './felix-node-selector.js';
import felixOpenstackRegion from './felix-openstack-region.js';
import felixRouteTableRanges from './felix-route-table-ranges.js';
import gnpPrednatDonottrack from './gnp-prednat-donottrack.js';
import ipamFeatureControl from './ipam-feature-control.js';
import ippoolAllowedUses from './ippool-allowed-uses.js';
import nodeBgpEmpty from './node-bgp-empty.js';
import policyName from './policy-name.js';
import policyRuleHttp from './policy-rule-http.js';
import policyRuleIcmp from './policy-rule-icmp.js';
import policyRuleNetsFamily from './policy-rule-nets-family.js';
import policyRuleServices from './policy-rule-services.js';
import policyRuleServiceAccountsEmpty from './policy-rule-service-accounts-empty.js';
import policyTypesDuplicate from './policy-types-duplicate.js';
import bgpfilterFieldValues from './bgpfilter-field-values.js';
import felixconfigFieldValues from './felixconfig-field-values.js';
import felixconfigFelixValues from './felixconfig-felix-values.js';
import hostendpointFieldValues from './hostendpoint-field-values.js';
import ippoolFieldValues from './ippool-field-values.js';
import ipreservationFieldValues from './ipreservation-field-values.js';
import kubecontrollersconfigFieldValues from './kubecontrollersconfig-field-values.js';
import networksetFieldValues from './networkset-field-values.js';
import nodeFieldValues from './node-field-values.js';
import passToProfiles from './pass-to-profiles.js';
import selectorLabelScope from './selector-label-scope.js';
import tierFieldValues from './tier-field-values.js';
import tierName from './tier-name.js';
import singletonName from './singleton-name.js';
import stagedDeleteFields from './staged-delete-fields.js';
import networksetNamespaceLabel from './networkset-namespace-label.js';
import hostendpointPortProtocol from './hostendpoint-port-protocol.js';
import installationAutodetection from './installation-autodetection.js';
import bgpconfigFieldValues from './bgpconfig-field-values.js';
import bgpfilterRuleFields from './bgpfilter-rule-fields.js';
import bgppeerExclusiveFields from './bgppeer-exclusive-fields.js';
import bgppeerFilterMissing from './bgppeer-filter-missing.js';
import bgppeerPeeripFormat from './bgppeer-peerip-format.js';
import bgppeerFieldValues from './bgppeer-field-values.js';
import bgppeerSelectorMatchesNothing from './bgppeer-selector-matches-nothing.js';
import crosssubnetFlatNetwork from './crosssubnet-flat-network.js';
import encapFelixPoolMismatch from './encap-felix-pool-mismatch.js';
import envAutodetectionMethod from './env-autodetection-method.js';
import envFelixBool from './env-felix-bool.js';
import envNoDefaultPoolsConflict from './env-no-default-pools-conflict.js';
import envPoolBlocksize from './env-pool-blocksize.js';
import cniIpamPools from './cni-ipam-pools.js';
import cniNetworkConfig from './cni-network-config.js';
import componentVersions from './component-versions.js';
import envFelixValue from './env-felix-value.js';
import envAsNumber from './env-as-number.js';
import envNodeAddress from './env-node-address.js';
import installationCniCombination from './installation-cni-combination.js';
import installationPoolChecks from './installation-pool-checks.js';
import installationSettings from './installation-settings.js';
import envPoolCidr from './env-pool-cidr.js';
import envPoolNatOutgoing from './env-pool-nat-outgoing.js';
import vxlanBackendPools from './vxlan-backend-pools.js';
import envPoolEncapValue from './env-pool-encap-value.js';
import envPoolIpipAndVxlan from './env-pool-ipip-and-vxlan.js';
import hostendpointNodeInterface from './hostendpoint-node-interface.js';
import hwaddrAnnotation from './hwaddr-annotation.js';
import installationBgpForIpip from './installation-bgp-for-ipip.js';
import installationFieldValues from './installation-field-values.js';
import installationName from './installation-name.js';
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
import policyFieldValues from './policy-field-values.js';
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
  bgpconfigCommunities,
  bgpconfigDefaultOnly,
  bgpconfigMeshOffSettings,
  builtinDataRule(bgppeerKeepNextHop, 'rules/calico/bgppeer-keep-next-hop.yaml'),
  bgppeerLocalWorkload,
  bgppeerOneSided,
  bgppeerReachableBy,
  builtinTier,
  felixAddressFamily,
  fieldNotInVersion,
  felixHealthTimeoutOverrides,
  felixNodePortRanges,
  felixNodeSelector,
  felixOpenstackRegion,
  felixRouteTableRanges,
  gnpPrednatDonottrack,
  ipamFeatureControl,
  ippoolAllowedUses,
  nodeBgpEmpty,
  policyName,
  policyRuleHttp,
  policyRuleIcmp,
  policyRuleNetsFamily,
  policyRuleServices,
  policyRuleServiceAccountsEmpty,
  policyTypesDuplicate,
  bgpfilterFieldValues,
  felixconfigFieldValues,
  felixconfigFelixValues,
  hostendpointFieldValues,
  ippoolFieldValues,
  ipreservationFieldValues,
  kubecontrollersconfigFieldValues,
  networksetFieldValues,
  nodeFieldValues,
  passToProfiles,
  selectorLabelScope,
  tierFieldValues,
  tierName,
  singletonName,
  stagedDeleteFields,
  networksetNamespaceLabel,
  hostendpointPortProtocol,
  installationAutodetection,
  asnumberFormat,
  bgpconfigFieldValues,
  bgpfilterRuleFields,
  bgppeerExclusiveFields,
  bgppeerFilterMissing,
  bgppeerPeeripFormat,
  bgppeerFieldValues,
  bgppeerSelectorMatchesNothing,
  crosssubnetFlatNetwork,
  encapFelixPoolMismatch,
  envAutodetectionMethod,
  envFelixBool,
  envNoDefaultPoolsConflict,
  envPoolBlocksize,
  cniIpamPools,
  cniNetworkConfig,
  componentVersions,
  envFelixValue,
  envAsNumber,
  envNodeAddress,
  installationCniCombination,
  installationPoolChecks,
  installationSettings,
  envPoolCidr,
  envPoolNatOutgoing,
  vxlanBackendPools,
  envPoolEncapValue,
  envPoolIpipAndVxlan,
  hostendpointNodeInterface,
  hwaddrAnnotation,
  installationBgpForIpip,
  installationFieldValues,
  installationName,
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
  policyFieldValues,
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
