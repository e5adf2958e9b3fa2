import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './external-service-unreachable.js';

/** shop/web serving 8080 (named http) behind Service `spec` (its first port entry on line 10), then `policies`. */
const web = (spec: string, policies = '') => `{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, namespace: shop}, spec: {selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, ports: [{containerPort: 8080, name: http}]}]}}}}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
${spec}
${policies}`;
const LB = '  type: LoadBalancer\n  selector: {app: web}\n  ports:\n  - {port: 80, targetPort: http}';
/** A policy isolating shop/web's ingress with `ingress` as its rules. */
const isolate = (ingress: string) => `---
{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: web-in, namespace: shop}, spec: {podSelector: {matchLabels: {app: web}}, policyTypes: [Ingress], ingress: ${ingress}}}
`;

ruleTester(rule, {
  valid: [
    { name: 'no policy: every address gets in', code: web(LB) },
    { name: 'a rule with the port and no from', code: web(LB, isolate('[{ports: [{port: 8080}]}]')) },
    { name: "an ipBlock holding the clients' addresses", code: web(LB, isolate('[{from: [{ipBlock: {cidr: 203.0.113.0/24}}], ports: [{port: http}]}]')) },
    // The except leaves the rest of the address space in: one region of the pod's own policies.
    { name: 'an ipBlock of everything but a range', code: web(LB, isolate('[{from: [{ipBlock: {cidr: 0.0.0.0/0, except: [198.51.100.0/24]}}]}]')) },
    { name: 'a ClusterIP Service takes no outside connection', code: web('  selector: {app: web}\n  ports:\n  - {port: 80, targetPort: http}', isolate('[{from: [{podSelector: {}}]}]')) },
    { name: 'a Service without a selector', code: web('  type: NodePort\n  ports:\n  - {port: 80}', isolate('[]')) },
  ],
  invalid: [
    {
      name: 'pods that admit pods only',
      code: web(LB, isolate('[{from: [{podSelector: {}}]}]')),
      errors: [
        {
          messageId: 'dropped',
          line: 10,
          column: 5,
          message:
            "Service shop/web (LoadBalancer) takes connections from outside the cluster on port 80/TCP, but its pods (shop/web) let no address outside the cluster's pods in on 8080/TCP (http) (NetworkPolicy shop/web-in isolates them and no rule admits it): those connections are dropped",
        },
      ],
    },
    {
      // The policy opens the Service's port, where the pods listen on 8080.
      name: "a NodePort whose pods' policy names another port",
      code: web('  type: NodePort\n  selector: {app: web}\n  ports:\n  - {port: 80, targetPort: 8080, nodePort: 30080}', isolate('[{ports: [{port: 80}]}]')),
      errors: [{ messageId: 'dropped', line: 10, column: 5, message: /^Service shop\/web \(NodePort\) takes connections from outside the cluster on port 80\/TCP, but .* on 8080\/TCP \(NetworkPolicy/ }],
    },
    {
      name: 'a Calico policy that denies every address outside the pods',
      code: `${web(LB)}---
{apiVersion: projectcalico.org/v3, kind: NetworkPolicy, metadata: {name: deny-outside, namespace: shop}, spec: {selector: app == 'web', ingress: [{action: Deny, source: {nets: [0.0.0.0/0]}}]}}
`,
      errors: [{ messageId: 'dropped', line: 10, column: 5, message: /\(CalicoNetworkPolicy shop\/deny-outside denies it\): those connections are dropped$/ }],
    },
    {
      // Addresses inside the pod CIDR are pods': a block of it admits no client from outside.
      name: 'an ipBlock of the pod CIDR only',
      code: web(LB, isolate('[{from: [{ipBlock: {cidr: 10.244.0.0/16}}]}]')) + '---\n{apiVersion: kind.x-k8s.io/v1alpha4, kind: Cluster, networking: {podSubnet: 10.244.0.0/16}}\n',
      errors: [{ messageId: 'dropped', line: 10, column: 5 }],
    },
  ],
});
