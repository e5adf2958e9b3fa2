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
    // The inherited labels under their prefixes belong in the endpoint selector (Calico docs, bgp-to-workload.mdx).
    {
      name: 'pcns. and pcsa. keys in endpoint selectors; the bare keys in namespace and service account selectors',
      code: policy("  selector: pcns.team == 'red' && pcsa.role == 'web'\n  namespaceSelector: team == 'red'\n  serviceAccountSelector: role == 'web'\n  types: [Ingress]\n  ingress: [{action: Allow, source: {selector: pcsa.role == 'db', namespaceSelector: has(team), serviceAccounts: {selector: role == 'db'}}}]\n"),
    },
    {
      name: "a label in Calico's domain that is no typo of Calico's own, or one the input's objects carry",
      code: `${policy("  selector: projectcalico.org/zone == 'a' || projectcalico.org/namespaces == 'b'\n  types: [Ingress]\n")}---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: eth0, labels: {projectcalico.org/namespaces: b}}
spec: {node: n1, interfaceName: eth0}
`,
    },
  ],
  invalid: [
    {
      name: "a default deny whose namespace test is mistyped selects kube-system too",
      code: policy("  selector: projectcalico.org/namespce not in {'kube-system', 'calico-system'}\n  types: [Ingress, Egress]\n  egress: [{action: Allow, destination: {selector: pcns.projectcalico.org/nme == 'kube-system'}}]\n"),
      errors: [
        { messageId: 'mistyped', line: 5, column: 13, endColumn: 39, message: "spec.selector tests projectcalico.org/namespce, a label Calico never sets and nothing in the input carries: did you mean projectcalico.org/namespace? As written it is absent everywhere, so has() and == on it match nothing and != and not in match everything" },
        { messageId: 'mistyped', line: 7, column: 52, message: /tests pcns\.projectcalico\.org\/nme, .* did you mean pcns\.projectcalico\.org\/name\?/ },
      ],
    },
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
    {
      // libcalico-go puts pcns. before each namespaceSelector key and pcsa. before each service account selector key.
      name: 'a namespaceSelector on a pcns. key, service account selectors on pcsa. keys',
      code: policy("  namespaceSelector: pcns.team == 'red'\n  serviceAccountSelector: pcsa.role == 'web'\n  types: [Ingress]\n  ingress:\n  - action: Allow\n    source:\n      namespaceSelector: has(pcns.projectcalico.org/name)\n      serviceAccounts: {selector: has(app) && pcsa.role == 'db'}\n"),
      errors: [
        { messageId: 'prefixTwice', line: 5, column: 22, endColumn: 31, message: "spec.namespaceSelector tests pcns.team, but Calico puts pcns. before every key of spec.namespaceSelector itself and looks for pcns.pcns.team, which no endpoint carries: write team here, or pcns.team in the endpoint selector" },
        { messageId: 'prefixTwice', line: 6, column: 27, endColumn: 36 },
        { messageId: 'prefixTwice', line: 11, column: 30, message: /^spec\.ingress\[0\]\.source\.namespaceSelector tests pcns\.projectcalico\.org\/name, .* write projectcalico\.org\/name here/ },
        { messageId: 'prefixTwice', line: 12, column: 47, endColumn: 56 },
      ],
    },
  ],
});
