import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { docs } from './lib/fixtures.js';
import rule from './sriov-resource.js';

const OP_NS = 'sriov-ops';

/** A SriovNetworkNodePolicy (namespace null: none written). */
const policy = (name: string, ns: string | null, resourceName: string) => `
  apiVersion: sriovnetwork.openshift.io/v1
  kind: SriovNetworkNodePolicy
  metadata: { name: ${name}${ns === null ? '' : `, namespace: ${ns}`} }
  spec: { resourceName: ${resourceName}, numVfs: 4, nodeSelector: { node-role.kubernetes.io/worker: "" }, nicSelector: { pfNames: [ens2f0] } }
`;

/** A network object of the operator: `spec.resourceName` is on line 7, its value at column 17. */
const network = (kind: string, name: string, ns: string, resourceName: string) => `
  apiVersion: sriovnetwork.openshift.io/v1
  kind: ${kind}
  metadata:
    name: ${name}
    namespace: ${ns}
  spec:
    resourceName: ${resourceName}
    ipam: '{"type": "whereabouts", "range": "10.56.217.0/24"}'
`;

const operatorConfig = (ns: string) => `
  apiVersion: sriovnetwork.openshift.io/v1
  kind: SriovOperatorConfig
  metadata: { name: default, namespace: ${ns} }
  spec: { enableInjector: true }
`;

/** A Deployment whose container has the given `resources` body (YAML lines at 14 spaces). */
const deployment = (resources: string) => `
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: cnf, namespace: apps }
  spec:
    selector: { matchLabels: { app: cnf } }
    template:
      metadata: { labels: { app: cnf } }
      spec:
        containers:
          - name: dpdk
            image: registry.example/dpdk:1
            resources:
              ${resources}
`;

const intelPolicy = policy('intel-ens2f0', OP_NS, 'intelnics');
const mlxPolicy = policy('mlx-ens3f0', OP_NS, 'mlxnics');

ruleTester(rule, {
  valid: [
    {
      name: 'no SriovNetworkNodePolicy in the input: the policies live elsewhere, nothing is said',
      code: {
        'net.yaml': network('SriovNetwork', 'uplink', OP_NS, 'nosuchnics'),
        'app.yaml': deployment('limits: { openshift.io/nosuchnics: "1" }'),
      },
    },
    {
      name: 'every network and pod request names a resource a policy creates (a network outside the operator namespace too)',
      code: {
        'policies.yaml': docs(intelPolicy, mlxPolicy, operatorConfig(OP_NS)),
        'nets.yaml': docs(
          network('SriovNetwork', 'uplink', OP_NS, 'intelnics'),
          network('SriovIBNetwork', 'ib', OP_NS, 'mlxnics'),
          network('OVSNetwork', 'ovs', OP_NS, 'mlxnics'),
          network('SriovNetwork', 'tenant', 'apps', 'intelnics'),
        ),
        'app.yaml': deployment('requests: { openshift.io/intelnics: "1" }\n              limits: { openshift.io/intelnics: "1" }'),
      },
    },
    {
      name: "other device plugins' prefixes are not the SR-IOV operator's",
      code: { 'policies.yaml': intelPolicy, 'app.yaml': deployment('limits: { nvidia.com/gpu: "1", intel.com/intel_sriov_netdevice: "2", cpu: "2" }') },
    },
    {
      name: 'operator namespace not known from the input: a policy in any namespace counts',
      code: { 'policies.yaml': policy('intel', 'elsewhere', 'intelnics'), 'net.yaml': network('SriovNetwork', 'uplink', 'elsewhere', 'intelnics') },
    },
    {
      name: 'operator namespace known, policy written without a namespace: it counts where it is applied',
      code: { 'policies.yaml': docs(operatorConfig(OP_NS), policy('intel', null, 'intelnics')), 'net.yaml': network('SriovNetwork', 'uplink', OP_NS, 'intelnics') },
    },
  ],
  invalid: [
    {
      name: 'a misspelt resourceName: error at the value, the names the policies create and a did-you-mean',
      code: { 'policies.yaml': docs(intelPolicy, mlxPolicy), 'net.yaml': network('SriovNetwork', 'uplink', OP_NS, 'intelnic') },
      errors: [
        {
          messageId: 'unknownResource',
          file: 'net.yaml',
          line: 7,
          column: 17,
          endColumn: 25,
          severity: 'error',
          message:
            'no SriovNetworkNodePolicy of the input creates resource "intelnic" (did you mean "intelnics"?): the operator still makes the NetworkAttachmentDefinition, asking for openshift.io/intelnic, which no device plugin advertises, so pods on this network stay Pending (Insufficient openshift.io/intelnic); the policies create "intelnics", "mlxnics"',
        },
      ],
    },
    {
      name: 'a SriovIBNetwork naming an unrelated resource: no guess',
      code: { 'policies.yaml': intelPolicy, 'net.yaml': network('SriovIBNetwork', 'ib', OP_NS, 'mellanoxib') },
      errors: [{ messageId: 'unknownResource', line: 7, column: 17, message: /creates resource "mellanoxib": .* the policies create "intelnics"$/ }],
    },
    {
      name: 'resourceName written with the prefix: the operator adds it again',
      code: { 'policies.yaml': intelPolicy, 'net.yaml': network('OVSNetwork', 'ovs', OP_NS, 'openshift.io/intelnics') },
      errors: [{ messageId: 'unknownResource', line: 7, column: 17, message: /"openshift\.io\/intelnics" \(write "intelnics": the operator adds the prefix itself\)/ }],
    },
    {
      name: 'a policy outside the operator namespace creates nothing: warning on it, error on the network that needs it',
      code: {
        'policies.yaml': docs(operatorConfig(OP_NS), intelPolicy, policy('mlx', 'apps', 'mlxnics')),
        'net.yaml': network('SriovNetwork', 'fronthaul', 'apps', 'mlxnics'),
      },
      errors: [
        { messageId: 'unknownResource', file: 'net.yaml', line: 7, column: 17, severity: 'error', message: /"mlxnics" \(SriovNetworkNodePolicy apps\/mlx names it, but the operator ignores that policy: it is outside the operator namespace sriov-ops\)/ },
        { messageId: 'policyIgnored', file: 'policies.yaml', line: 13, column: 35, severity: 'warning', message: /^SriovNetworkNodePolicy outside the operator namespace sriov-ops .*advertises its resource "mlxnics"$/ },
      ],
    },
    {
      name: 'the deprecated policy named default creates nothing',
      code: { 'policies.yaml': docs(intelPolicy, policy('default', OP_NS, 'legacynics')), 'net.yaml': network('SriovNetwork', 'uplink', OP_NS, 'legacynics') },
      errors: [{ messageId: 'unknownResource', line: 7, column: 17, message: /\(SriovNetworkNodePolicy sriov-ops\/default names it, but the operator ignores that policy: a policy named "default" is the deprecated default policy/ }],
    },
    {
      name: 'a pod template asking for an openshift.io resource no policy creates: at the key, once per container',
      code: {
        'policies.yaml': docs(intelPolicy, mlxPolicy),
        'app.yaml': deployment('requests: { openshift.io/intelnic: "1", nvidia.com/gpu: "1" }\n              limits: { openshift.io/intelnic: "1", openshift.io/mlxnic: "1" }'),
      },
      errors: [
        { messageId: 'unknownRequest', file: 'app.yaml', line: 13, column: 25, endColumn: 46, message: /^no SriovNetworkNodePolicy of the input creates resource "intelnic" \(did you mean "intelnics"\?\): the SR-IOV device plugin never advertises openshift\.io\/intelnic/ },
        { messageId: 'unknownRequest', file: 'app.yaml', line: 14, column: 51, message: /"mlxnic" \(did you mean "mlxnics"\?\)/ },
      ],
    },
  ],
});
