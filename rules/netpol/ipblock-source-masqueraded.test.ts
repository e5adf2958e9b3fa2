import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipblock-source-masqueraded.js';

/** Pods of shop/web serving 8080 behind Service `service` (its spec); the policy's first line is line 5. */
const web = (service: string) => `{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, namespace: shop}, spec: {selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, ports: [{containerPort: 8080, name: http}]}]}}}}
---
{apiVersion: v1, kind: Service, metadata: {name: web, namespace: shop}, spec: ${service}}
---
`;
const LB = "{type: LoadBalancer, selector: {app: web}, ports: [{port: 80, targetPort: http}]}";
/** A Kubernetes policy letting `cidr` into shop/web on `port`: its `from` list is on line 12, column 7. */
const from = (cidr: string, port = 8080) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
  ingress:
    - from: [{ipBlock: {cidr: ${cidr}}}]
      ports: [{port: ${port}}]
`;
const nodes = (...addresses: string[]) => addresses.map((a, i) => `---\n{apiVersion: v1, kind: Node, metadata: {name: n${i}}, status: {addresses: [{type: InternalIP, address: ${a}}]}}\n`).join('');

ruleTester(rule, {
  valid: [
    { name: 'externalTrafficPolicy Local keeps the client address', code: web("{type: LoadBalancer, externalTrafficPolicy: Local, selector: {app: web}, ports: [{port: 80, targetPort: http}]}") + from('203.0.113.0/24') },
    { name: 'a ClusterIP Service takes no outside connection', code: web('{selector: {app: web}, ports: [{port: 80, targetPort: http}]}') + from('203.0.113.0/24') },
    { name: 'the whole address space admits the nodes too', code: web(LB) + from('0.0.0.0/0') },
    // Without node addresses, a private block may be the nodes' own network.
    { name: 'a private block where the nodes are not known', code: web(LB) + from('10.0.0.0/8') },
    { name: 'a block holding a node of the input', code: web(LB) + from('203.0.113.0/24') + nodes('203.0.113.5', '203.0.113.6') },
    { name: 'a link-local block (NodeLocal DNSCache)', code: web(LB) + from('169.254.20.10/32') },
    { name: 'a port the Service does not serve', code: web(LB) + from('203.0.113.0/24', 9090) },
    { name: 'one node: every pod runs on the node that receives', code: web(LB) + from('203.0.113.0/24') + nodes('198.51.100.5') },
    { name: "an AWS load balancer that targets the pods' addresses", code: web("{type: LoadBalancer, selector: {app: web}, ports: [{port: 80, targetPort: http}]}").replace('metadata: {name: web, namespace: shop}, spec: {type', "metadata: {name: web, namespace: shop, annotations: {service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip}}, spec: {type") + from('203.0.113.0/24') },
    // Calico's eBPF dataplane tunnels the connection to the pod's node with the client's address.
    { name: "Calico's eBPF dataplane", code: `${web(LB)}${from('203.0.113.0/24')}---\n{apiVersion: projectcalico.org/v3, kind: FelixConfiguration, metadata: {name: default}, spec: {bpfEnabled: true}}\n` },
  ],
  invalid: [
    {
      name: 'a public block into pods behind a LoadBalancer Service',
      code: web(LB) + from('203.0.113.0/24'),
      errors: [
        {
          messageId: 'masqueraded',
          line: 12,
          column: 7,
          message:
            "clients in 203.0.113.0/24 reach shop/web through Service shop/web (LoadBalancer, externalTrafficPolicy Cluster): a node that receives such a connection for a pod on another node sends it on from its own address, so this rule admits those clients only on the pod's own node; set externalTrafficPolicy: Local, or admit the nodes' addresses",
        },
      ],
    },
    {
      name: "a block whose except leaves out the input's nodes",
      code: web(LB) + from('203.0.113.0/24, except: [203.0.113.0/28]') + nodes('203.0.113.5', '203.0.113.6'),
      errors: [{ messageId: 'masqueraded', line: 12, column: 7 }],
    },
    {
      name: 'a private block where the nodes are known elsewhere, into a NodePort Service, in a Calico policy',
      code: `${web("{type: NodePort, externalTrafficPolicy: Cluster, selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}")}{apiVersion: projectcalico.org/v3, kind: NetworkPolicy, metadata: {name: c, namespace: shop}, spec: {selector: app == 'web', ingress: [{action: Allow, protocol: TCP, source: {nets: [10.20.0.0/16]}, destination: {ports: [8080]}}]}}
${nodes('192.168.1.10', '192.168.1.11')}`,
      errors: [{ messageId: 'masqueraded', line: 5, column: 176, message: /^clients in 10\.20\.0\.0\/16 reach shop\/web through Service shop\/web \(NodePort, externalTrafficPolicy Cluster\)/ }],
    },
  ],
});
