import { releaseBefore } from '../../../src/engine/kubernetes-release.js';
import type { RuleContext } from '../../../src/engine/rule.js';

/**
 * The release whose API server refuses an ipBlock CIDR with host bits, leading zeros or an
 * IPv4-mapped IPv6 range: the StrictIPCIDRValidation gate is on by default from Kubernetes 1.36
 * (beta; pkg/features/kube_features.go). Earlier releases accept such a value with a warning
 * (apimachinery pkg/util/validation/ip.go GetWarningsForCIDR).
 */
export const STRICT_CIDR_RELEASE = '1.36';

/** A warning rather than an error when `cluster.kubernetesVersion` names a release before {@link STRICT_CIDR_RELEASE}. */
export function strictCidrSeverity(ctx: RuleContext): { severity?: 'warning' } {
  return releaseBefore(ctx.model.facts.kubernetesVersion, STRICT_CIDR_RELEASE) ? { severity: 'warning' } : {};
}
