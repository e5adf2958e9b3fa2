/**
 * An admission or conversion webhook served by pods whose ingress policy lets in no address from
 * outside the cluster's pods on the webhook's port. The API server calls the webhook's Service
 * from its own node (or, on managed clusters, from the provider's control plane), not from a pod,
 * so a policy that admits pods only (`podSelector`, `namespaceSelector`) drops the call: with
 * `failurePolicy: Fail`, the default of admissionregistration.k8s.io/v1, every request the
 * webhook matches is refused; with `Ignore`, the webhook is silently skipped. Kubeflow fixed the
 * same slip for its pipelines webhook ("Admission webhook calls come directly from kube-apiserver
 * … silently dropped", kubeflow/community-distribution#3580, #3581), Bitnami for the RabbitMQ
 * operator's (bitnami/charts#23181); apache/apisix-ingress-controller#2812 opened the Service's
 * port 443 where the pod listens on 9443 (policies see the port after the Service's translation).
 */
import type { ClusterModel } from '../../src/engine/model.js';
import { derived } from '../../src/engine/model.js';
import type { ContainerPort, WorkloadEndpoint } from '../../src/engine/netpol/model.js';
import { ingressFromOutside } from '../../src/engine/netpol/rule-support.js';
import { firstOf } from '../../src/engine/plural.js';
import { unevaluatedCaveat } from '../../src/engine/netpol/unevaluated.js';
import { defineRule } from '../../src/engine/rule.js';
import { podsBehind, refusedFromOutside, servedOn } from './lib/service-pods.js';
import type { Path, Resource } from '../../src/engine/types.js';
import { asArray, asObject, objectItems } from '../../src/engine/values.js';

const WEBHOOK_KINDS = ['admissionregistration.k8s.io/ValidatingWebhookConfiguration', 'admissionregistration.k8s.io/MutatingWebhookConfiguration'];
const CRD_KIND = 'apiextensions.k8s.io/CustomResourceDefinition';

/** A webhook that names a Service, where it is written, and what happens when it cannot be called. */
interface WebhookRef {
  name: string;
  service: { namespace: string; name: string; port: number };
  path: Path;
  failure: 'Fail' | 'Ignore' | null;
}

/** The webhooks of a configuration (`webhooks[].clientConfig.service`) or a CRD's conversion webhook. */
function webhooksOf(resource: Resource): WebhookRef[] {
  const serviceRef = (clientConfig: unknown, path: Path) => {
    const service = asObject(asObject(clientConfig).service);
    if (typeof service.name !== 'string' || typeof service.namespace !== 'string') return null;
    // admissionregistration.k8s.io/v1 ServiceReference and apiextensions.k8s.io/v1: port defaults to 443.
    const port = typeof service.port === 'number' ? service.port : 443;
    return { service: { namespace: service.namespace, name: service.name, port }, path: [...path, 'service'] };
  };
  if (resource.kind === 'CustomResourceDefinition') {
    const webhook = asObject(asObject(asObject(resource.value.spec).conversion).webhook);
    const ref = serviceRef(webhook.clientConfig, ['spec', 'conversion', 'webhook', 'clientConfig']);
    return ref ? [{ name: `the conversion webhook of CustomResourceDefinition ${resource.name}`, ...ref, failure: null }] : [];
  }
  return objectItems(resource.value.webhooks).flatMap(([i, w]) => {
    const ref = serviceRef(w.clientConfig, ['webhooks', i, 'clientConfig']);
    if (ref === null) return [];
    // failurePolicy defaults to Fail in admissionregistration.k8s.io/v1 (Ignore in v1beta1).
    const failure = w.failurePolicy === 'Ignore' ? 'Ignore' : w.failurePolicy === 'Fail' || !resource.apiVersion.endsWith('v1beta1') ? 'Fail' : 'Ignore';
    return [{ name: `webhook ${typeof w.name === 'string' ? w.name : i}`, ...ref, failure }];
  });
}

/** Services of the input by namespace/name: their selector and ports. */
const servicesByName = derived('netpol/services-by-name', (m: ClusterModel) => {
  const out = new Map<string, Resource>();
  for (const r of m.byKind('Service')) out.set(`${r.namespace ?? 'default'}/${r.name}`, r);
  return out;
});

/** The pods behind a Service port and the port they serve it on (a number, or a name each pod resolves). */
function backends(model: ClusterModel, service: Resource, port: number): { pod: WorkloadEndpoint; cell: ContainerPort }[] {
  const entry = asArray(asObject(service.value.spec).ports).map(asObject).find((p) => p.port === port && (p.protocol ?? 'TCP') === 'TCP');
  if (entry === undefined) return [];
  return podsBehind(model, service).flatMap((pod) => {
    const cell = servedOn(pod, entry.targetPort ?? port, 'TCP');
    return cell === null ? [] : [{ pod, cell }];
  });
}

export default defineRule({
  meta: {
    id: 'netpol/webhook-unreachable',
    description:
      'An admission webhook (Validating/MutatingWebhookConfiguration) or a CRD conversion webhook calls a Service whose pods\' ingress policy lets in no address from outside the cluster\'s pods on the webhook port: the API server calls from its node or the provider\'s control plane, not from a pod, so its calls are dropped and (with the default `failurePolicy: Fail`) every request the webhook matches is refused.',
    severity: 'warning',
    remediation:
      'Let the webhook port in from outside the pods: an ingress rule with the port and no `from` (any source), or an `ipBlock` holding the control plane\'s addresses (in Calico, a rule with `nets` or no source selector).',
    kinds: [...WEBHOOK_KINDS, CRD_KIND],
    messages: {
      dropped:
        '{{webhook}} calls Service {{service}} port {{port}}, served by {{pods}} on {{target}}, whose ingress lets in no address outside the cluster\'s pods ({{why}}): the API server\'s calls are dropped, {{consequence}}',
      servicePort:
        '{{webhook}} calls Service {{service}} port {{port}}, served by {{pods}} on {{target}}: a policy lets port {{port}} in, but policies see the pod\'s port after the Service\'s translation, and on {{target}} the ingress lets in no address outside the cluster\'s pods ({{why}}): the API server\'s calls are dropped, {{consequence}}',
    },
    docs: 'Pods are the Service\'s selector matched in its namespace, the port its `targetPort` (a name resolves on each pod). An ingress rule that names any address range (an `ipBlock`, Calico `nets`) on the port counts as letting the API server in: netlint does not know the control plane\'s addresses. A warning, not an error: where the API server runs on the webhook pod\'s own node, the node\'s traffic to its pods is allowed whatever the policy (the Kubernetes NetworkPolicy page), so a single-node cluster works.',
  },
  check(resource, ctx) {
    const refs = webhooksOf(resource);
    if (refs.length === 0) return;
    const services = servicesByName(ctx.model);
    for (const ref of refs) {
      const service = services.get(`${ref.service.namespace}/${ref.service.name}`);
      if (service === undefined) continue;
      const served = backends(ctx.model, service, ref.service.port);
      // Every pod behind the Service must refuse: one that lets the call in serves it.
      const first = refusedFromOutside(ctx.model, served);
      if (first === null) continue;
      const consequence = ref.failure === 'Ignore' ? 'and with failurePolicy Ignore the webhook is skipped without a word' : ref.failure === 'Fail' ? 'and with failurePolicy Fail every request it matches is refused' : 'and the custom resources cannot be converted between versions';
      // The slip of opening the Service's port rather than the pod's: said when that port would let the call in.
      const servicePortOpen = first.cell.port !== ref.service.port && ingressFromOutside(ctx.model, first.pod, { port: ref.service.port, protocol: 'TCP' }).allowed;
      // Policies of another enforcer (Cilium, Antrea) may let the call in: said, and info.
      const unsure = unevaluatedCaveat(ctx.model, served.map((r) => r.pod.namespace), 'let the call in');
      ctx.report({
        ...unsure,
        path: ref.path,
        messageId: servicePortOpen ? 'servicePort' : 'dropped',
        data: {
          webhook: ref.name,
          service: `${ref.service.namespace}/${ref.service.name}`,
          port: String(ref.service.port),
          pods: firstOf([...new Set(served.map((r) => r.pod.id))], 3),
          target: first.cell.name ? `${first.cell.port}/TCP (${first.cell.name})` : `${first.cell.port}/TCP`,
          why: first.why,
          consequence,
        },
      });
    }
  },
});
