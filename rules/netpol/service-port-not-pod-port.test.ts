import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './service-port-not-pod-port.js';

/**
 * Namespace shop: web serves Service web's port 80 on 8080 (`targetPort: http`), front calls it;
 * `service` replaces the Service. Eight lines, so a policy's first line is line 9.
 */
const base = (service = '{selector: {app: web}, ports: [{port: 80, targetPort: http}]}', webPorts = '[{containerPort: 8080, name: http}]') => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, ports: ${webPorts}}]}}}
---
{apiVersion: v1, kind: Service, metadata: {name: web, namespace: shop}, spec: ${service}}
---
{apiVersion: apps/v1, kind: Deployment, metadata: {name: front, namespace: shop}, spec: {selector: {matchLabels: {app: front}}, template: {metadata: {labels: {app: front}}, spec: {containers: [{name: c}]}}}}
`;
/** A Kubernetes policy on `pods` with one rule: its ports list is on line 15, the first port value at column 22. */
const k8s = (dir: 'ingress' | 'egress', pods: string, ports: string, peers = '{podSelector: {matchLabels: {app: front}}}') => `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: shop}
spec:
  podSelector: {matchLabels: {app: ${pods}}}
  ${dir}:
  - ports: [${ports}]
${peers === '' ? '' : `    ${dir === 'ingress' ? 'from' : 'to'}: [${peers}]\n`}`;
const webIn = (ports: string) => base() + k8s('ingress', 'web', ports);

ruleTester(rule, {
  valid: [
    { name: 'ingress on the pods\' own port', code: webIn('{port: 8080}') },
    { name: 'ingress on the target port\'s name', code: webIn('{port: http}') },
    { name: 'both ports in one rule', code: webIn('{port: 80}, {port: 8080}') },
    { name: 'a Service whose port is its target port', code: base('{selector: {app: web}, ports: [{port: 8080, targetPort: 8080}]}') + k8s('ingress', 'web', '{port: 8080}') },
    { name: 'a Service without targetPort', code: base('{selector: {app: web}, ports: [{port: 80}]}', '[{containerPort: 80}]') + k8s('ingress', 'web', '{port: 80}') },
    { name: 'pods that declare the Service port too', code: base(undefined, '[{containerPort: 8080, name: http}, {containerPort: 80}]') + k8s('ingress', 'web', '{port: 80}') },
    // Nothing translates a headless Service's port: clients reach the pods directly.
    { name: 'a headless Service', code: base('{clusterIP: None, selector: {app: web}, ports: [{port: 80, targetPort: http}]}') + k8s('ingress', 'web', '{port: 80}') },
    { name: 'a named targetPort the pods do not declare', code: base('{selector: {app: web}, ports: [{port: 80, targetPort: web}]}') + k8s('ingress', 'web', '{port: 80}') },
    { name: 'a UDP rule beside a TCP Service port', code: webIn('{port: 80, protocol: UDP}') },
    { name: "a nodePort whose Service leaves targetPort to its port", code: base('{type: NodePort, selector: {app: web}, ports: [{port: 8080, nodePort: 30080}]}') + k8s('ingress', 'web', '{port: 8080}') },
    { name: 'a port range', code: webIn('{port: 80, endPort: 90}') },
    // Any destination: port 80 may be meant for addresses outside the cluster.
    { name: 'egress without to', code: base() + k8s('egress', 'front', '{port: 80}', '') },
    // Front is behind no Service on port 80: the rule may be meant for it.
    { name: 'egress to every pod of the namespace', code: base() + k8s('egress', 'front', '{port: 80}', '{podSelector: {}}') },
    {
      name: 'another rule of the policy lets the pods\' port in',
      code: `${webIn('{port: 80}')}  - ports: [{port: 8080}]\n    from: [{podSelector: {}}]\n`,
    },
    {
      name: 'a Calico rule naming the pods\' port',
      code: `${base()}---
{apiVersion: projectcalico.org/v3, kind: NetworkPolicy, metadata: {name: c, namespace: shop}, spec: {selector: app == 'web', ingress: [{action: Allow, protocol: TCP, destination: {ports: [8080]}}]}}
`,
    },
  ],
  invalid: [
    {
      name: 'ingress on the Service port',
      code: webIn('{port: 80}'),
      errors: [
        {
          messageId: 'servicePort',
          line: 16,
          column: 20,
          message:
            "port 80/TCP is Service shop/web's port; its pods (shop/web) listen on 8080/TCP (http), and policy sees a connection after kube-proxy has translated the Service's address and port to a pod's, so this rule does not match connections through the Service; write 8080 (or the name http)",
        },
      ],
    },
    {
      name: 'egress to the pods on the Service port, a numeric targetPort',
      code: base('{selector: {app: web}, ports: [{port: 443, targetPort: 8443}]}', '[{containerPort: 8443}]') + k8s('egress', 'front', '{port: 443, protocol: TCP}', '{podSelector: {matchLabels: {app: web}}}'),
      errors: [{ messageId: 'servicePort', line: 16, column: 20, message: /^port 443\/TCP is Service shop\/web's port; its pods \(shop\/web\) listen on 8443\/TCP, .*; write 8443$/ }],
    },
    {
      name: 'a Calico rule on the Service port, written as a string',
      code: `${base()}---
{apiVersion: projectcalico.org/v3, kind: NetworkPolicy, metadata: {name: c, namespace: shop}, spec: {selector: app == 'web', ingress: [{action: Allow, protocol: TCP, destination: {ports: ['80']}}]}}
`,
      errors: [{ messageId: 'servicePort', line: 10, column: 189, message: /listen on 8080\/TCP \(http\).*; write 8080$/ }],
    },
    {
      // projectcalico/felix#2836: an ingress rule on the nodePort, where kube-proxy sends node traffic to the pods' 8080.
      name: "ingress on the Service's nodePort",
      code: base('{type: NodePort, selector: {app: web}, ports: [{port: 80, targetPort: http, nodePort: 30644}]}') + k8s('ingress', 'web', '{port: 30644}'),
      errors: [
        {
          messageId: 'nodePort',
          line: 16,
          column: 20,
          message:
            "port 30644/TCP is Service shop/web's nodePort; its pods (shop/web) listen on 8080/TCP (http), and policy sees a connection after kube-proxy has translated the node's address and port to a pod's, so this rule does not match connections through the nodePort; write 8080 (or the name http)",
        },
      ],
    },
    {
      name: 'a UDP Service port served on another port',
      code: base('{selector: {app: web}, ports: [{port: 53, targetPort: 5353, protocol: UDP}]}', '[{containerPort: 5353, protocol: UDP}]') + k8s('egress', 'front', '{port: 53, protocol: UDP}', '{podSelector: {matchLabels: {app: web}}}'),
      errors: [{ messageId: 'servicePort', line: 16, column: 20, message: /^port 53\/UDP is Service shop\/web's port; its pods \(shop\/web\) listen on 5353\/UDP,/ }],
    },
  ],
});
