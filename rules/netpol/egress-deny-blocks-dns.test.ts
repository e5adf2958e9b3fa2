import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './egress-deny-blocks-dns.js';

const pod = `apiVersion: v1
kind: Pod
metadata: {name: app, namespace: shop, labels: {app: shop}}
spec: {containers: [{name: c}]}
---
`;
const policy = (egress: string) => `${pod}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
${egress}`;

/** OpenShift's DNS pods, which answer on 5353 behind the Service's 53 (openshift/cluster-dns-operator assets/dns/daemonset.yaml). */
const OPENSHIFT_DNS_PODS = `---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: dns-default, namespace: openshift-dns}
spec:
  template:
    metadata: {labels: {dns.operator.openshift.io/daemonset-dns: default}}
    spec: {containers: [{name: dns, ports: [{containerPort: 5353, name: dns, protocol: UDP}, {containerPort: 5353, name: dns-tcp, protocol: TCP}]}]}
`;

/** A Calico policy on every pod of the namespace whose one egress rule allows UDP 53 to `nets`. */
const calicoDnsTo = (nets: string) => `${pod}apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: dns-by-address, namespace: shop}
spec:
  selector: all()
  types: [Egress]
  egress:
  - action: Allow
    protocol: UDP
    destination: {nets: [${nets}], ports: [53]}
`;

/** The node-local-dns ConfigMap of Kubernetes' NodeLocal DNSCache manifest, binding `binds`. */
const nodeLocalDns = (binds: string) => `---
apiVersion: v1
kind: ConfigMap
metadata: {name: node-local-dns, namespace: kube-system}
data:
  Corefile: |
    cluster.local:53 {
        errors
        cache 30
        bind ${binds}
        forward . __PILLAR__CLUSTER__DNS__ {
                force_tcp
        }
    }
`;

ruleTester(rule, {
  valid: [
    {
      // Calico endpoints carry their namespace's labels under pcns. (libcalico-go k8s/conversion), the cluster DNS pods too.
      name: "a Calico rule selecting the DNS pods by their namespace's inherited label",
      code: `${pod}apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: dns, namespace: shop}\nspec:\n  selector: all()\n  types: [Egress]\n  egress:\n  - action: Allow\n    protocol: UDP\n    destination: {namespaceSelector: all(), selector: \"pcns.projectcalico.org/name == 'kube-system' && k8s-app == 'kube-dns'\", ports: [53]}\n`,
    },
    {
      name: 'UDP 53 to kube-dns in a namespace selected by a label that the input\'s kube-system Namespace carries',
      code: `${policy(`  egress:
  - to: [{namespaceSelector: {matchLabels: {contains: coredns}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{port: 53, protocol: UDP}]
`)}---\napiVersion: v1\nkind: Namespace\nmetadata: {name: kube-system, labels: {contains: coredns}}\n`,
    },
    {
      name: 'DNS allowed to kube-system kube-dns',
      code: policy(`  egress:
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
`),
    },
    { name: 'UDP 53 to anywhere', code: policy('  egress: [{ports: [{port: 53, protocol: UDP}]}]\n') },
    {
      // metallb's controller policy (config/networkpolicies/controller.yaml): out only to the API
      // server's port, which client-go reaches by IP.
      name: 'egress only to TCP 6443, the API server',
      code: policy('  egress: [{ports: [{protocol: TCP, port: 6443}]}]\n'),
    },
    {
      name: 'egress only to TCP 6443 on the API server address, in two rules',
      code: policy('  egress:\n  - to: [{ipBlock: {cidr: 10.0.0.1/32}}]\n    ports: [{port: 6443}]\n  - to: [{ipBlock: {cidr: 10.0.0.2/32}}]\n    ports: [{port: 6443}]\n'),
    },
    {
      // Calico's own "allow DNS" example (docs: network-policy/policy-rules/service-policy).
      name: 'a Calico rule allowing egress to the kube-dns Service',
      code: `${pod}apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: allow-dns}
spec:
  selector: all()
  types: [Egress]
  egress:
  - action: Allow
    destination: {services: {name: kube-dns, namespace: kube-system}}
`,
    },
    {
      // OpenShift's CoreDNS listens on 5353 behind the Service's 53 (openshift/cluster-dns-operator
      // assets/dns/daemonset.yaml); StackRox-generated policies allow exactly that.
      name: 'UDP 5353 to the openshift-dns namespace (OpenShift DNS)',
      code: policy(`  egress:
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: openshift-dns}}}]
    ports: [{protocol: UDP, port: 5353}, {protocol: TCP, port: 5353}]
`),
    },
    {
      name: "UDP 5353 to the input's own openshift-dns pods",
      code: `${policy(`  egress:
  - to: [{namespaceSelector: {}}]
    ports: [{protocol: UDP, port: 5353}]
`)}${OPENSHIFT_DNS_PODS}`,
    },
    {
      // NodeLocal DNSCache answers on 169.254.20.10 on every node (kubernetes.io/docs/tasks/administer-cluster/nodelocaldns/).
      name: 'UDP 53 to NodeLocal DNSCache at 169.254.20.10',
      code: policy('  egress:\n  - to: [{ipBlock: {cidr: 169.254.20.10/32}}]\n    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]\n'),
    },
    {
      name: 'a Calico rule allowing UDP 53 to the link-local range',
      code: calicoDnsTo('169.254.0.0/16'),
    },
    {
      // The platforms' DNS pods stand in with addresses from the input's pod CIDR, like its own pods.
      name: 'UDP 53 to the whole pod CIDR, which the configuration gives',
      config: { cluster: { podCIDR: '10.244.0.0/16' } },
      code: policy('  egress:\n  - to: [{ipBlock: {cidr: 10.244.0.0/16}}]\n    ports: [{port: 53, protocol: UDP}]\n'),
    },
    {
      // kube-proxy in iptables mode: the cache also answers on the kube-dns Service address, which its Corefile binds.
      name: "UDP 53 to the kube-dns Service address when the input's NodeLocal DNSCache binds it",
      code: `${policy('  egress:\n  - to: [{ipBlock: {cidr: 10.96.0.10/32}}]\n    ports: [{port: 53, protocol: UDP}]\n')}${nodeLocalDns('169.254.20.10 10.96.0.10')}`,
    },
    {
      // With the cache taking every query, a rule that lets UDP 53 out anywhere reaches it.
      name: 'UDP 53 to 0.0.0.0/0 when the input\'s NodeLocal DNSCache takes every query',
      code: `${policy('  egress:\n  - to: [{ipBlock: {cidr: 0.0.0.0/0}}]\n    ports: [{port: 53, protocol: UDP}]\n')}${nodeLocalDns('169.254.20.10 10.96.0.10')}`,
    },
    {
      // A range too wide to be written for the cache (see namesCacheBlock) still holds where every query goes.
      name: 'UDP 53 to the Service range holding the address the input\'s NodeLocal DNSCache takes every query on',
      code: `${policy('  egress:\n  - to: [{ipBlock: {cidr: 10.96.0.0/12}}]\n    ports: [{port: 53, protocol: UDP}]\n')}${nodeLocalDns('169.254.20.10 10.96.0.10')}`,
    },
    {
      name: 'UDP 53 to the link-local cache address when the input\'s NodeLocal DNSCache takes every query',
      code: `${policy('  egress:\n  - to: [{ipBlock: {cidr: 169.254.20.10/32}}]\n    ports: [{port: 53, protocol: UDP}]\n')}${nodeLocalDns('169.254.20.10 10.96.0.10')}`,
    },
    {
      // kube-proxy in IPVS mode: the cache binds only its link-local address, and pods use it only
      // if the kubelet is told to, which the input does not say: the DNS pods still count.
      name: 'UDP 53 to kube-dns pods when the input\'s NodeLocal DNSCache binds only its link-local address',
      code: `${policy(`  egress:
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{port: 53, protocol: UDP}]
`)}${nodeLocalDns('169.254.20.10')}`,
    },
    {
      // The manifest as published, its addresses not filled in: which ones the cache binds is not known.
      name: 'UDP 53 to kube-dns pods when the NodeLocal DNSCache ConfigMap is not rendered',
      code: `${policy(`  egress:
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{port: 53, protocol: UDP}]
`)}${nodeLocalDns('__PILLAR__LOCAL__DNS__ __PILLAR__DNS__SERVER__')}`,
    },
    {
      // A cache run as an ordinary pod behind Cilium's Local Redirect Policy listens on every
      // address of its own network namespace: no address pods are sent to.
      name: 'UDP 53 to kube-dns pods when the NodeLocal DNSCache binds 0.0.0.0',
      code: `${policy(`  egress:
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{port: 53, protocol: UDP}]
`)}${nodeLocalDns('0.0.0.0')}`,
    },
    { name: 'an ingress-only policy', code: `${pod}apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: i, namespace: shop}\nspec: {podSelector: {}}\n` },
  ],
  invalid: [
    { name: 'a plain egress deny', code: policy(''), errors: [{ messageId: 'blocked', line: 11, column: 3, message: 'egress of shop/app is restricted and no rule allows UDP 53 to cluster DNS' }] },
    {
      // Cilium adds the allows of its own policies to NetworkPolicy's (docs.cilium.io, "Policy
      // Enforcement Modes"): its cluster-wide policy may let DNS out, which netlint cannot tell.
      name: 'a Cilium policy in the input may allow DNS: info, saying so',
      code: `${policy('')}---
apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: {name: allow-dns}
spec:
  endpointSelector: {}
  egress: [{toEndpoints: [{matchLabels: {k8s:io.kubernetes.pod.namespace: kube-system, k8s-app: kube-dns}}], toPorts: [{ports: [{port: '53', protocol: ANY}]}]}]
`,
      errors: [
        {
          messageId: 'blocked',
          line: 11,
          column: 3,
          severity: 'info',
          message: 'egress of shop/app is restricted and no rule allows UDP 53 to cluster DNS; but netlint does not evaluate Cilium policy, and CiliumClusterwideNetworkPolicy allow-dns may allow their DNS',
        },
      ],
    },
    {
      // A namespaced Antrea policy of another namespace applies to none of these pods.
      name: 'an Antrea policy of another namespace changes nothing: still a warning',
      code: `${policy('')}---
apiVersion: crd.antrea.io/v1beta1
kind: NetworkPolicy
metadata: {name: allow-dns, namespace: other}
spec:
  appliedTo: [{podSelector: {}}]
  egress: [{action: Allow, ports: [{protocol: UDP, port: 53}]}]
`,
      errors: [{ messageId: 'blocked', line: 11, column: 3, severity: 'warning', message: 'egress of shop/app is restricted and no rule allows UDP 53 to cluster DNS' }],
    },
    {
      // 5353 counts as DNS only where OpenShift runs its DNS: kube-dns in the input listens on 53.
      name: 'UDP 5353 when the input holds kube-dns on 53',
      code: `${policy('  egress: [{ports: [{port: 5353, protocol: UDP}]}]\n')}---
apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: kube-system}
spec:
  template:
    metadata: {labels: {k8s-app: kube-dns}}
    spec: {containers: [{name: coredns, ports: [{containerPort: 53, name: dns, protocol: UDP}]}]}
`,
      errors: [{ messageId: 'blocked', line: 11, column: 3 }],
    },
    {
      // The finding belongs to the policy that restricts egress: an ingress-only policy on the same pods is not reported.
      name: 'an egress deny beside an ingress-only policy on the same pods: the egress policy only',
      code: `${policy('')}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ingress-only, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
`,
      errors: [{ messageId: 'blocked', line: 11, column: 3 }],
    },
    {
      // One workload, one mistake: a second policy restricting the same pods' egress is not told again.
      name: 'two egress policies on the same pods, neither allowing DNS: the first only',
      code: `${policy('')}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-to-db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: shop}}
  policyTypes: [Egress]
  egress: [{to: [{podSelector: {matchLabels: {app: db}}}], ports: [{port: 5432}]}]
`,
      errors: [{ messageId: 'blocked', line: 11, column: 3 }],
    },
    {
      // The later policy wrote a rule for DNS that misses it: that rule is the one to fix.
      name: 'two egress policies on the same pods, the second with a rule for DNS to the wrong pods: the second only',
      code: `${policy('')}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: dns-wrong, namespace: shop}
spec:
  podSelector: {matchLabels: {app: shop}}
  policyTypes: [Egress]
  egress:
  - to: [{namespaceSelector: {matchLabels: {name: kube-system}}}]
    ports: [{port: 53, protocol: UDP}]
`,
      errors: [{ messageId: 'toOtherPods', line: 20, column: 5 }],
    },
    {
      // Each policy reports the pods no earlier policy reported: the second selects one more.
      name: 'a second policy on more pods reports only those the first did not',
      code: `${pod}apiVersion: v1
kind: Pod
metadata: {name: worker, namespace: shop, labels: {app: worker}}
spec: {containers: [{name: c}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: shop-egress, namespace: shop}
spec:
  podSelector: {matchLabels: {app: shop}}
  policyTypes: [Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: all-egress, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
`,
      errors: [
        { messageId: 'blocked', line: 16, column: 3, message: 'egress of shop/app is restricted and no rule allows UDP 53 to cluster DNS' },
        { messageId: 'blocked', line: 23, column: 3, message: 'egress of shop/worker is restricted and no rule allows UDP 53 to cluster DNS' },
      ],
    },
    {
      // A Deny rule on UDP 53 is no rule written to let DNS out: the finding is the plain one, on the policy.
      name: 'a Calico rule denying UDP 53',
      code: `${pod}apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: no-dns, namespace: shop}
spec:
  selector: all()
  types: [Egress]
  egress:
  - action: Deny
    protocol: UDP
    destination: {ports: [53]}
`,
      errors: [{ messageId: 'blocked', line: 11, column: 3 }],
    },
    {
      name: 'only TCP 53 is allowed',
      code: policy('  egress: [{ports: [{port: 53, protocol: TCP}]}]\n'),
      errors: [{ messageId: 'blocked', line: 11, column: 3 }],
    },
    {
      // HTTPS out to anywhere is how apps call external APIs, by name.
      name: 'egress only to TCP 443',
      code: policy('  egress: [{ports: [{protocol: TCP, port: 443}]}]\n'),
      errors: [{ messageId: 'blocked', line: 11, column: 3 }],
    },
    {
      name: 'the API server port and another',
      code: policy('  egress: [{ports: [{port: 6443}, {port: 5432}]}]\n'),
      errors: [{ messageId: 'blocked', line: 11, column: 3 }],
    },
    {
      name: 'the API server port in one rule, anything to a database range in another',
      code: policy('  egress:\n  - ports: [{port: 6443}]\n  - to: [{ipBlock: {cidr: 10.9.0.0/16}}]\n'),
      errors: [{ messageId: 'blocked', line: 11, column: 3 }],
    },
    {
      // The cache's address sits inside 0.0.0.0/0, but a wide range is not written for the cache:
      // without one, the pods' queries go to CoreDNS's pods, which this rule leaves out.
      name: 'UDP 53 to the internet only (0.0.0.0/0 except the private ranges)',
      code: policy('  egress:\n  - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16]}}]\n    ports: [{port: 53, protocol: UDP}]\n'),
      errors: [
        {
          // 100.64.0.0/10 (RFC 6598), where some clusters put pods, is not cut out.
          messageId: 'toAddressesGuessed',
          severity: 'info',
          line: 13,
          column: 5,
          message: "egress of shop/app is restricted, and spec.egress[0] lets UDP 53 out to 0.0.0.0/0 except 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16: that reaches cluster DNS only if its pods' addresses lie there, which netlint cannot tell without the pod CIDR (give it as cluster.podCIDR in .netlint.yaml)",
        },
      ],
    },
    {
      name: 'UDP 53 to the internet only, the pod CIDR known',
      config: { cluster: { podCIDR: '10.244.0.0/16' } },
      code: policy('  egress:\n  - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16]}}]\n    ports: [{port: 53, protocol: UDP}]\n'),
      errors: [{ messageId: 'toAddresses', severity: 'warning', line: 13, column: 5 }],
    },
    {
      name: 'UDP 53 to a private /8 without the pod CIDR: a guess, said at info level',
      code: policy('  egress:\n  - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n    ports: [{port: 53, protocol: UDP}]\n'),
      errors: [{ messageId: 'toAddressesGuessed', severity: 'info', line: 13, column: 5 }],
    },
    {
      name: 'UDP 53 to the kube-dns Service cluster IP: the finding names that rule',
      code: policy('  egress:\n  - to: [{ipBlock: {cidr: 10.96.0.10/32}}]\n    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]\n'),
      errors: [
        {
          messageId: 'toAddresses',
          line: 13,
          column: 5,
          message: "egress of shop/app is restricted and no rule allows UDP 53 to cluster DNS: spec.egress[0] lets it out to 10.96.0.10/32, but policy matches the DNS pods' own addresses (kube-proxy translates a Service's cluster IP to them first), and netlint does not find them there",
        },
      ],
    },
    {
      name: 'a Calico rule letting UDP 53 out to the Service cluster IP',
      code: calicoDnsTo('10.96.0.10/32'),
      errors: [{ messageId: 'toAddresses', line: 13, column: 5, message: /spec\.egress\[0\] lets it out to 10\.96\.0\.10\/32, but/ }],
    },
    {
      // Namespaces carry kubernetes.io/metadata.name, not `name` (unless someone labels them so).
      name: 'UDP 53 to kube-dns selected in a namespace labelled `name: kube-system`',
      code: policy(`  egress:
  - to: [{namespaceSelector: {matchLabels: {name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
`),
      errors: [
        {
          messageId: 'toOtherPods',
          line: 13,
          column: 5,
          message:
            'egress of shop/app is restricted and no rule allows UDP 53 to cluster DNS: spec.egress[0] lets it out, but its peers do not select kube-system/kube-dns (pod labels k8s-app=kube-dns; namespace labels kubernetes.io/metadata.name=kube-system)',
        },
      ],
    },
    {
      // A tutorial's `kubectl label ns kube-system contains=coredns`: the input does not hold kube-system, so its labels are unknown.
      name: 'UDP 53 to kube-dns in a namespace selected by a label the input does not show for kube-system: info',
      code: {
        'a.yaml': policy(`  egress:
  - to: [{namespaceSelector: {matchLabels: {contains: coredns}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{port: 53, protocol: UDP}]
`),
      },
      errors: [
        {
          file: 'a.yaml',
          messageId: 'dnsNamespaceUnknown',
          line: 13,
          column: 5,
          severity: 'info',
          message: 'egress of shop/app is restricted, and spec.egress[0] lets UDP 53 out to the DNS pods only if namespace kube-system carries the labels its namespaceSelector asks for: the input does not hold that Namespace, so netlint cannot tell (add it to the input, or select it by kubernetes.io/metadata.name)',
        },
      ],
    },
    {
      // networkpolicy/examples' getting-started steps: a deny for one app, and a policy for every pod
      // letting them out (any port) to kube-dns in a namespace labelled by the tutorial.
      name: 'pods restricted by one policy, let out to kube-dns by another through a namespace label the input does not show: info',
      code: `${policy('  egress: []\n')}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-dns, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to: [{namespaceSelector: {matchLabels: {contains: coredns}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
`,
      errors: [
        {
          messageId: 'dnsNamespaceUnknownElsewhere',
          line: 11,
          column: 3,
          severity: 'info',
          message: 'egress of shop/app is restricted, and NetworkPolicy shop/allow-dns egress rule 1 lets it reach the DNS pods only if namespace kube-system carries the labels its namespaceSelector asks for: the input does not hold that Namespace, so netlint cannot tell (add it to the input, or select it by kubernetes.io/metadata.name)',
        },
      ],
    },
    {
      name: "UDP 53 to the platform's DNS labels when the input's own CoreDNS carries others",
      code: `${policy(`  egress:
  - to: [{namespaceSelector: {}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{port: 53, protocol: UDP}]
`)}---
apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: dns}
spec:
  template:
    metadata: {labels: {app: coredns}}
    spec: {containers: [{name: coredns, ports: [{containerPort: 53, name: dns, protocol: UDP}]}]}
`,
      errors: [{ messageId: 'toOtherPods', line: 13, column: 5, message: /but its peers do not select dns\/coredns \(pod labels app=coredns; namespace labels kubernetes\.io\/metadata\.name=dns\)$/ }],
    },
    {
      // A GlobalNetworkPolicy of lower order denies all egress; the one allowing DNS to kube-dns comes
      // after it (Calico evaluates policies of a tier by order): its peers do select CoreDNS.
      name: 'a rule that does select cluster DNS, reached only after a policy that denies it',
      code: `${pod}apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: kube-system}
spec:
  template:
    metadata: {labels: {k8s-app: kube-dns}}
    spec: {containers: [{name: coredns, ports: [{containerPort: 53, protocol: UDP}]}]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-egress-shop}
spec:
  order: 100
  namespaceSelector: projectcalico.org/name == 'shop'
  types: [Egress]
  egress: [{action: Deny, destination: {nets: [0.0.0.0/0]}}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: allow-dns}
spec:
  order: 200
  selector: all()
  types: [Egress]
  egress: [{action: Allow, protocol: UDP, destination: {selector: k8s-app == 'kube-dns', ports: [53]}}]
`,
      errors: [
        { messageId: 'deniedFirst', line: 30, column: 12, message: 'egress of shop/app to cluster DNS on UDP 53 is denied before spec.egress[0], which allows it, is reached: an earlier rule, a policy of lower order or an earlier tier denies it first (`netlint reach --from shop/app --to kube-system/coredns --port 53/UDP --explain` names it)' },
      ],
    },
    {
      // The Service dns-default takes 53 and its pods answer on 5353 (openshift/cluster-dns-operator
      // assets/dns): a rule naming 53 selects the DNS pods and lets nothing through to them.
      name: "UDP 53 to the input's own openshift-dns pods, which answer on 5353",
      code: `${policy(`  egress:
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: openshift-dns}}}]
    ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]
`)}${OPENSHIFT_DNS_PODS}`,
      errors: [
        {
          messageId: 'podPort',
          line: 13,
          column: 5,
          message:
            "egress of shop/app is restricted and no rule allows cluster DNS on UDP 53: spec.egress[0] lets UDP 53 out to openshift-dns/dns-default, whose pods answer on UDP 5353, and policy sees the pod's port (kube-proxy translates the Service's 53 to it first): allow UDP 5353 (and TCP 5353)",
        },
      ],
    },
    {
      name: "UDP 53 to another Service address than the ones the input's NodeLocal DNSCache binds",
      code: `${policy('  egress:\n  - to: [{ipBlock: {cidr: 10.96.0.11/32}}]\n    ports: [{port: 53, protocol: UDP}]\n')}${nodeLocalDns('169.254.20.10 10.96.0.10')}`,
      errors: [{ messageId: 'cacheMissed', line: 13, column: 5, message: /lets it out, but not to 169\.254\.20\.10, 10\.96\.0\.10, where the cache answers their DNS on each node \(ConfigMap kube-system\/node-local-dns\)/ }],
    },
    {
      // NodeLocal DNSCache in kube-proxy's iptables mode answers every pod's queries on its node,
      // past kube-proxy's DNAT (kubernetes.io/docs/tasks/administer-cluster/nodelocaldns/): the
      // DNS pods' own addresses are never what the pods send to.
      name: "UDP 53 to kube-dns pods when the input's NodeLocal DNSCache takes every query",
      code: `${policy(`  egress:
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
`)}${nodeLocalDns('169.254.20.10 10.96.0.10')}`,
      errors: [
        {
          messageId: 'cacheMissed',
          line: 13,
          column: 5,
          message:
            "egress of shop/app is restricted and no rule allows UDP 53 to NodeLocal DNSCache: spec.egress[0] lets it out, but not to 169.254.20.10, 10.96.0.10, where the cache answers their DNS on each node (ConfigMap kube-system/node-local-dns); their queries never reach the DNS pods' own addresses, so allow UDP 53 to those addresses as ipBlocks",
        },
      ],
    },
    {
      name: "a plain egress deny when the input's NodeLocal DNSCache takes every query",
      code: `${policy('')}${nodeLocalDns('169.254.20.10 10.96.0.10')}`,
      errors: [
        {
          messageId: 'cacheBlocked',
          line: 11,
          column: 3,
          message: 'egress of shop/app is restricted and no rule allows UDP 53 to NodeLocal DNSCache, which answers their DNS on each node at 169.254.20.10, 10.96.0.10 (ConfigMap kube-system/node-local-dns): allow UDP 53 to those addresses as ipBlocks',
        },
      ],
    },
    {
      name: 'UDP 53 to NodeLocal DNSCache is denied first by a Calico policy',
      code: `${policy('  egress:\n  - to: [{ipBlock: {cidr: 169.254.20.10/32}}]\n    ports: [{port: 53, protocol: UDP}]\n')}---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: no-link-local, namespace: shop}
spec:
  order: 10
  selector: all()
  types: [Egress]
  egress:
  - action: Deny
    destination: {nets: [169.254.0.0/16]}
`,
      // The Kubernetes policy's rule to the cache is right; the Calico policy denying it first is told.
      errors: [{ messageId: 'blocked', line: 22, column: 3 }],
    },
    {
      name: 'a port range covering 6443',
      code: policy('  egress: [{ports: [{port: 6000, endPort: 7000}]}]\n'),
      errors: [{ messageId: 'blocked', line: 11, column: 3 }],
    },
  ],
});
