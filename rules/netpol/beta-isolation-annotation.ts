/**
 * A Namespace annotated `net.beta.kubernetes.io/network-policy` (`{"ingress": {"isolation":
 * "DefaultDeny"}}`): that is how the beta NetworkPolicy API (extensions/v1beta1, Kubernetes
 * 1.3–1.6) isolated a namespace. From networking.k8s.io/v1 (Kubernetes 1.7) a pod is isolated by
 * the policies that select it, and network plugins dropped the annotation (Calico v2.4.0 release
 * notes, "Changes to k8s-policy"; the Kubernetes 1.7 NetworkPolicy page no longer names it), so
 * the namespace is not isolated at all.
 */
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

export const BETA_ISOLATION_ANNOTATION = 'net.beta.kubernetes.io/network-policy';

export default defineRule({
  meta: {
    id: 'netpol/beta-isolation-annotation',
    description:
      'A Namespace carries the `net.beta.kubernetes.io/network-policy` annotation (`DefaultDeny` isolation) of the beta NetworkPolicy API of Kubernetes 1.3–1.6. Since networking.k8s.io/v1 (1.7) nothing reads it: the namespace\'s pods accept whatever no policy selecting them forbids.',
    severity: 'warning',
    remediation: 'Replace the annotation with a default-deny NetworkPolicy in the namespace (`podSelector: {}`, `policyTypes: [Ingress]`, no `ingress`), then allow what each workload needs.',
    kinds: ['Namespace'],
    messages: {
      obsolete: 'annotation {{annotation}} ({{value}}) was the beta NetworkPolicy API\'s namespace isolation (Kubernetes 1.3–1.6); nothing reads it since networking.k8s.io/v1, so namespace {{namespace}} is not isolated by it',
    },
  },
  check(resource, ctx) {
    const annotations = asObject(asObject(resource.value.metadata).annotations);
    if (!(BETA_ISOLATION_ANNOTATION in annotations)) return;
    const value = annotations[BETA_ISOLATION_ANNOTATION];
    ctx.report({
      path: ['metadata', 'annotations', BETA_ISOLATION_ANNOTATION],
      at: 'key',
      messageId: 'obsolete',
      data: { annotation: BETA_ISOLATION_ANNOTATION, value: typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : JSON.stringify(value), namespace: resource.name },
    });
  },
});
