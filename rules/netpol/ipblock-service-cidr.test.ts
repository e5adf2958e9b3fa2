import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipblock-service-cidr.js';

/** kind's default Service range is 10.96.0.0/16 (kind pkg/apis/config/v1alpha4 default.go). */
const kind = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
networking: {disableDefaultCNI: true}
`;

const egressTo = (cidr: string, ports: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: operator, namespace: ops}
spec:
  podSelector: {matchLabels: {app: operator}}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: ${cidr}}}]
    ports: ${ports}
`;

const calicoEgressTo = (nets: string, ports: string) => `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: operator, namespace: ops}
spec:
  selector: app == 'operator'
  types: [Egress]
  egress:
  - action: Allow
    protocol: TCP
    destination: {nets: [${nets}], ports: ${ports}}
`;

ruleTester(rule, {
  valid: [
    { name: 'no Service CIDR in the input', code: egressTo('10.96.0.1/32', '[{port: 443}]') },
    { name: 'an address outside the Service CIDR', code: { 'kind.yaml': kind, 'policy.yaml': egressTo('192.0.2.10/32', '[{port: 443}]') } },
    { name: 'a block holding the whole Service CIDR', code: { 'kind.yaml': kind, 'policy.yaml': egressTo('10.0.0.0/8', '[{port: 443}]') } },
    {
      // NodeLocal DNSCache (iptables mode) answers on the kube-dns Service address itself.
      name: 'the kube-dns Service address on port 53 alone',
      code: { 'kind.yaml': kind, 'policy.yaml': egressTo('10.96.0.10/32', '[{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]') },
    },
    {
      // tigera/operator's node-local-dns policy (pkg/render/testutils/expected_policies/node_local_dns_ipv4.json).
      name: 'a Calico rule to the kube-dns Service address on port "53" alone',
      code: { 'kind.yaml': kind, 'policy.yaml': calicoEgressTo('10.96.0.10/32', '["53"]') },
    },
    { name: 'a Calico rule to an external range', code: { 'kind.yaml': kind, 'policy.yaml': calicoEgressTo('203.0.113.0/24', '[443]') } },
  ],
  invalid: [
    {
      name: 'the kubernetes Service cluster IP on 443 for the API server',
      code: { 'kind.yaml': kind, 'policy.yaml': egressTo('10.96.0.1/32', '[{port: 443}]') },
      errors: [
        {
          messageId: 'serviceIp',
          file: 'policy.yaml',
          line: 8,
          column: 27,
          message:
            "ipBlock 10.96.0.1/32 lies in the Service CIDR 10.96.0.0/16 (kind Cluster default serviceSubnet in kind.yaml): policy sees a Service's pods, or the API server's own addresses, after kube-proxy translates the cluster IP, so this peer matches no connection",
        },
      ],
    },
    {
      name: 'an ingress rule from a cluster IP, under the Service CIDR of .netlint.yaml',
      config: { cluster: { serviceCIDR: '172.20.0.0/16' } },
      code: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: data}
spec:
  podSelector: {}
  ingress:
  - from: [{ipBlock: {cidr: 172.20.14.3/32}}]
`,
      errors: [{ messageId: 'serviceIp', line: 7, column: 29, message: /^ipBlock 172\.20\.14\.3\/32 lies in the Service CIDR 172\.20\.0\.0\/16 \(cluster\.serviceCIDR in \.netlint\.yaml\)/ }],
    },
    {
      name: 'a Calico rule with a cluster IP among its destination nets',
      code: { 'kind.yaml': kind, 'policy.yaml': calicoEgressTo('203.0.113.0/24, 10.96.0.1/32', '[443]') },
      errors: [{ messageId: 'serviceIp', file: 'policy.yaml', line: 10, column: 42, message: /^destination\.nets entry 10\.96\.0\.1\/32 lies in the Service CIDR 10\.96\.0\.0\/16/ }],
    },
  ],
});
