/**
 * What the tigera-operator fills in on an Installation before validating it (tigera/operator
 * pkg/controller/installation/core_controller.go fillDefaults, v1.42.3), as far as the file tells.
 */
import { asObject } from '../../../src/engine/values.js';

/** The CNI plugin a provider implies when `cni.type` is not written. */
const CNI_BY_PROVIDER: Record<string, string> = { AKS: 'AzureVNET', EKS: 'AmazonVPC', GKE: 'GKE' };

/** The Installation's CNI plugin: `cni.type`, else the provider's, else Calico. */
export function installationCniType(spec: Record<string, unknown>): string {
  const written = asObject(spec.cni).type;
  if (typeof written === 'string') return written;
  return CNI_BY_PROVIDER[typeof spec.kubernetesProvider === 'string' ? spec.kubernetesProvider : ''] ?? 'Calico';
}

/**
 * The Installation's overrides of the components the operator runs, which validateCustomResource
 * checks (pkg/controller/installation/validation.go → pkg/common/validation/overrides.go
 * ValidateReplicatedPodResourceOverrides, v1.42.3).
 */
export const INSTALLATION_OVERRIDES: readonly string[] = ['calicoNodeDaemonSet', 'calicoNodeWindowsDaemonSet', 'calicoKubeControllersDeployment', 'typhaDeployment', 'csiNodeDriverDaemonSet'];
