// The shape of Kubeflow's llmisvc webhook (its namespace-wide "allow same namespace" policy also
// selects the webhook's pods), and the ways a policy does let the API server in.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './webhook-unreachable.js';

const SAME_NAMESPACE = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-allow-same-namespace, namespace: kubeflow}
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress: [{from: [{podSelector: {}}]}]
`;
const MANAGER = `apiVersion: apps/v1
kind: Deployment
metadata: {name: llmisvc-controller-manager, namespace: kubeflow}
spec:
  selector: {matchLabels: {control-plane: llmisvc-controller-manager}}
  template:
    metadata: {labels: {control-plane: llmisvc-controller-manager}}
    spec:
      containers: [{name: manager, image: kserve/llmisvc-controller, ports: [{containerPort: 9443, name: webhook-server}]}]
`;
const service = (targetPort = 'webhook-server') => `apiVersion: v1
kind: Service
metadata: {name: llmisvc-webhook-server-service, namespace: kubeflow}
spec:
  selector: {control-plane: llmisvc-controller-manager}
  ports: [{port: 443, targetPort: ${targetPort}}]
`;
const webhook = (kind = 'ValidatingWebhookConfiguration', extra = '  failurePolicy: Fail\n') => `apiVersion: admissionregistration.k8s.io/v1
kind: ${kind}
metadata: {name: llminferenceservice.serving.kserve.io}
webhooks:
- name: llminferenceservice.kserve-webhook-server.validator
  clientConfig:
    service: {name: llmisvc-webhook-server-service, namespace: kubeflow, path: /validate}
${extra}  sideEffects: None
  admissionReviewVersions: [v1]
`;
const allowWebhookPort = (peer: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: webhook, namespace: kubeflow}
spec:
  podSelector: {matchLabels: {control-plane: llmisvc-controller-manager}}
  ingress: [{${peer}ports: [{port: 9443}]}]
`;
const all = (...docs: string[]) => docs.join('---\n');

ruleTester(rule, {
  valid: [
    { name: 'no policy selects the webhook pods', code: all(MANAGER, service(), webhook()) },
    { name: 'a rule lets anyone in on the webhook port', code: all(SAME_NAMESPACE, MANAGER, service(), webhook(), allowWebhookPort('')) },
    { name: 'a rule lets an address range in on the webhook port (the control plane may lie there)', code: all(SAME_NAMESPACE, MANAGER, service(), webhook(), allowWebhookPort('from: [{ipBlock: {cidr: 10.0.0.0/16}}], ')) },
    { name: 'the Service or its pods are not in the input', code: { 'a.yaml': all(SAME_NAMESPACE, webhook()), 'b.yaml': all(SAME_NAMESPACE, service(), webhook('MutatingWebhookConfiguration')) } },
    {
      // Istio's injector labels injected pods with service.istio.io/canonical-name (from app.kubernetes.io/name):
      // Kubeflow's trainer-webhook policy selects by it.
      name: 'a rule selecting the pods by the label Istio injection gives them',
      code: all(
        'apiVersion: v1\nkind: Namespace\nmetadata: {name: kubeflow, labels: {istio-injection: enabled}}\n',
        SAME_NAMESPACE,
        MANAGER.replace('{labels: {control-plane: llmisvc-controller-manager}}', '{labels: {control-plane: llmisvc-controller-manager, app.kubernetes.io/name: llmisvc}}'),
        service(),
        webhook(),
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: webhook, namespace: kubeflow}\nspec:\n  podSelector: {matchLabels: {service.istio.io/canonical-name: llmisvc}}\n  ingress: [{ports: [{port: 9443}]}]\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'Kubeflow llmisvc: the namespace-wide policy admits pods only',
      code: all(SAME_NAMESPACE, MANAGER, service(), webhook()),
      errors: [
        {
          messageId: 'dropped',
          line: 32,
          column: 5,
          message:
            "webhook llminferenceservice.kserve-webhook-server.validator calls Service kubeflow/llmisvc-webhook-server-service port 443, served by kubeflow/llmisvc-controller-manager on 9443/TCP (webhook-server), whose ingress lets in no address outside the cluster's pods (NetworkPolicy kubeflow/default-allow-same-namespace isolates them and no rule admits it): the API server's calls are dropped, and with failurePolicy Fail every request it matches is refused",
        },
      ],
    },
    {
      name: 'a mutating webhook with failurePolicy Ignore (skipped without a word), the port opened to pods only, numeric targetPort',
      code: all(SAME_NAMESPACE, MANAGER, service('9443'), webhook('MutatingWebhookConfiguration', '  failurePolicy: Ignore\n'), allowWebhookPort('from: [{namespaceSelector: {}}], ')),
      errors: [{ messageId: 'dropped', line: 32, column: 5, message: /served by kubeflow\/llmisvc-controller-manager on 9443\/TCP, whose ingress .* and with failurePolicy Ignore the webhook is skipped without a word$/ }],
    },
    {
      // apache/apisix-ingress-controller#2812: the policy opened 443, the Service's port; the pod listens on 9443.
      name: 'a policy opens the Service port, not the pod port it is translated to',
      code: all(SAME_NAMESPACE, MANAGER, service(), webhook(), allowWebhookPort('').replace('port: 9443', 'port: 443')),
      errors: [{ messageId: 'servicePort', line: 32, column: 5, message: /served by kubeflow\/llmisvc-controller-manager on 9443\/TCP \(webhook-server\): a policy lets port 443 in, but policies see the pod's port after the Service's translation, and on 9443\/TCP/ }],
    },
    {
      name: 'a CRD conversion webhook',
      code: all(
        SAME_NAMESPACE,
        MANAGER,
        service(),
        'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: llminferenceservices.serving.kserve.io}\nspec:\n  group: serving.kserve.io\n  conversion:\n    strategy: Webhook\n    webhook:\n      clientConfig:\n        service: {name: llmisvc-webhook-server-service, namespace: kubeflow, path: /convert}\n      conversionReviewVersions: [v1]\n',
      ),
      errors: [{ messageId: 'dropped', line: 35, column: 9, message: /^the conversion webhook of CustomResourceDefinition llminferenceservices\.serving\.kserve\.io calls .* the custom resources cannot be converted between versions$/ }],
    },
  ],
});
