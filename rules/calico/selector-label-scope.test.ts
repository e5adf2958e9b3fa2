// libcalico-go k8s/conversion (v3.32.1): workload endpoints get projectcalico.org/namespace, namespace
// profiles and service accounts projectcalico.org/name. tigera-cs/quickstart-self-service wrote the
// namespaceSelector below; Calico's NetworkPolicy reference selects namespaces by projectcalico.org/name.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './selector-label-scope.js';

const policy = (spec: string) => `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: bookinfo}
spec:
${spec}`;

ruleTester(rule, {
  valid: [
    { name: 'namespaces selected by projectcalico.org/name', code: policy('  namespaceSelector: projectcalico.org/name == "bookinfo"\n  selector: projectcalico.org/namespace == "bookinfo"\n  types: [Ingress]\n') },
    { name: 'an endpoint selector on projectcalico.org/namespace in a rule', code: policy('  selector: all()\n  types: [Ingress]\n  ingress: [{action: Allow, source: {selector: projectcalico.org/namespace == "istio-system"}}]\n') },
  ],
  invalid: [
    {
      name: "a policy's and a rule's namespaceSelector on the endpoints' label",
      code: policy('  namespaceSelector: projectcalico.org/namespace == "bookinfo"\n  types: [Ingress]\n  ingress:\n  - action: Allow\n    source:\n      namespaceSelector: \'projectcalico.org/namespace in {"a", "b"}\'\n'),
      errors: [
        { messageId: 'namespaceLabel', line: 5, column: 22, message: "spec.namespaceSelector tests projectcalico.org/namespace, which Calico puts on workload endpoints, not on namespaces: it matches no namespace; a namespace's name is projectcalico.org/name" },
        { messageId: 'namespaceLabel', line: 10, column: 27, endColumn: 54, message: /^spec\.ingress\[0\]\.source\.namespaceSelector tests projectcalico\.org\/namespace/ },
      ],
    },
    {
      // The finding points at the label, not at the start of the selector.
      name: 'the label after another term',
      code: policy('  namespaceSelector: has(team) && projectcalico.org/namespace == "bookinfo"\n  types: [Ingress]\n'),
      errors: [{ messageId: 'namespaceLabel', line: 5, column: 35, endColumn: 62 }],
    },
  ],
});
