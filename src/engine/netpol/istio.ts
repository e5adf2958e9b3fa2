/**
 * The labels Istio's sidecar injector adds to the pods it injects, which policies select by
 * (`service.istio.io/canonical-name: trainer`) though no manifest writes them on the pod.
 *
 * Which pods: the injector's MutatingWebhookConfiguration (istio 1.30
 * manifests/charts/istio-control/istio-discovery/templates/mutatingwebhook.yaml) injects a pod
 * whose namespace is labelled `istio-injection: enabled`, or (without that label) `istio.io/rev`,
 * or, in a namespace with neither label, a pod labelled `istio.io/rev` or
 * `sidecar.istio.io/inject: "true"`; never one labelled `sidecar.istio.io/inject: "false"`, nor a
 * namespace labelled `istio-injection: disabled`. The injector leaves kube-system and kube-public
 * alone (pkg/kube/inject/inject.go IgnoredNamespaces).
 *
 * What labels: files/injection-template.yaml of the same chart sets, where the pod has none of its
 * own, `security.istio.io/tlsMode: istio`, `service.istio.io/canonical-name` from
 * `app.kubernetes.io/name`, else `app`, else the workload's name (cut to 63 characters, a trailing
 * `-` dropped), and `service.istio.io/canonical-revision` from `app.kubernetes.io/version`, else
 * `version`, else `latest`.
 */
import type { Labels } from './model.js';

const NEVER_INJECTED_NAMESPACES = new Set(['kube-system', 'kube-public']);

/** Whether Istio's injector injects a pod with `labels` in a namespace with `namespaceLabels`. */
export function istioInjects(namespace: string, labels: Labels, namespaceLabels: Labels): boolean {
  if (NEVER_INJECTED_NAMESPACES.has(namespace) || labels['sidecar.istio.io/inject'] === 'false') return false;
  const injection = namespaceLabels['istio-injection'];
  if (injection !== undefined) return injection === 'enabled';
  if (namespaceLabels['istio.io/rev'] !== undefined) return true;
  return labels['istio.io/rev'] !== undefined || labels['sidecar.istio.io/inject'] === 'true';
}

/** `labels` with those the injector adds when it injects the pod (the same object when it does not). */
export function withIstioLabels(namespace: string, labels: Labels, namespaceLabels: Labels, workloadName: string): Labels {
  if (!istioInjects(namespace, labels, namespaceLabels)) return labels;
  const name = (labels['app.kubernetes.io/name'] || labels.app || workloadName).slice(0, 63).replace(/-$/, '');
  return {
    ...labels,
    'security.istio.io/tlsMode': labels['security.istio.io/tlsMode'] || 'istio',
    'service.istio.io/canonical-name': labels['service.istio.io/canonical-name'] || name,
    'service.istio.io/canonical-revision': labels['service.istio.io/canonical-revision'] || labels['app.kubernetes.io/version'] || labels.version || 'latest',
  };
}
