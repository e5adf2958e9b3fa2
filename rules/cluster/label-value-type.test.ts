import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './label-value-type.js';

ruleTester(rule, {
  valid: [
    // Only a ConfigMap's `data` is a map of strings (core/v1 ConfigMap); another kind's `data` field is its own schema's.
    { name: 'a number under data in a custom resource', code: `
      apiVersion: example.com/v1
      kind: Widget
      metadata: { name: w }
      data: { replicas: 3, enabled: true }
    ` },
    // kind decodes its config with yaml v3 into map[string]string: the label is "true" (metrics-server's test/kind-config.yaml).
    { name: 'a kind cluster config with an unquoted node label', code: `
      kind: Cluster
      apiVersion: kind.x-k8s.io/v1alpha4
      nodes:
        - role: control-plane
        - role: worker
          labels: {metrics-server-skip: true, tier: 2}
    ` },
    { name: 'quoted values', code: `
      apiVersion: v1
      kind: Node
      metadata:
        name: rr-1
        labels: { route-reflector: "true", rack: "0" }
    ` },
    { name: 'a CRD schema with a labels property is not a label map', code: `
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata: { name: things.example.com }
      spec:
        versions:
          - name: v1
            schema:
              openAPIV3Schema:
                properties:
                  labels: { type: object }
    ` },
    { name: 'quoted ConfigMap data, names and env values', code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: "on", namespace: kube-system }
      data: { veth_mtu: "1440", FEATURE: "yes", empty: }
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: calico-node }
      spec:
        template:
          spec:
            containers:
              - name: calico-node
                env:
                  - { name: FELIX_IPINIPENABLED, value: "false" }
                  - { name: NODENAME, valueFrom: { fieldRef: { fieldPath: spec.nodeName } } }
    ` },
    { name: 'a nodeSelector that is a LabelSelector or a NodeSelector outside a pod spec', code: `
      apiVersion: sriovnetwork.openshift.io/v1
      kind: SriovNetworkPoolConfig
      metadata: { name: workers, namespace: sriov-network-operator }
      spec:
        maxUnavailable: 1
        nodeSelector:
          matchLabels: { node-role.kubernetes.io/worker: "" }
      ---
      apiVersion: resource.k8s.io/v1
      kind: ResourceSlice
      metadata: { name: gpu-slice }
      spec:
        driver: gpu.example.com
        pool: { name: pool-a, generation: 1, resourceSliceCount: 1 }
        nodeSelector:
          nodeSelectorTerms:
            - matchExpressions: [{ key: topology.kubernetes.io/zone, operator: In, values: [zone-a] }]
      ---
      apiVersion: egressgateway.spidernet.io/v1beta1
      kind: EgressGateway
      metadata: { name: default }
      spec:
        ippools: { ipv4: ["10.6.168.201-10.6.168.205"] }
        nodeSelector:
          policy: doing
          selector:
            matchLabels: { egressgateway: "true" }
    ` },
  ],
  invalid: [
    {
      // sigs.k8s.io/yaml turns a YAML 1.1 boolean key into its text: the label key is "false".
      name: 'a key YAML 1.1 reads as a boolean is named as written, and as read; a quoted key as written',
      code: `
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          labels: { n: 5, "on": 7 }
      `,
      errors: [
        { messageId: 'notString', line: 5, column: 16, message: 'labels value of "n" (a key YAML 1.1 reads as "false") is the number 5 (5 unquoted): Kubernetes needs a string; write "5"' },
        { messageId: 'notString', line: 5, column: 25, message: 'labels value of "on" is the number 7 (7 unquoted): Kubernetes needs a string; write "7"' },
      ],
    },
    {
      // Calico's confd tests apply such Nodes with calicoctl (calico v3.32.1 confd/tests/mock_data):
      // sigs.k8s.io/yaml stores `true` and YAML 1.1's `yes` as "true" in the typed label map.
      name: 'a Calico v3 resource: calicoctl stores the Go text, kubectl through the API server refuses (warning); crd.projectcalico.org stays an error',
      code: `
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata:
          name: kube-master
          labels: { routeReflector: true, global-peer: yes, rack: 7 }
        spec:
          bgp: { ipv4Address: 10.192.0.2/16 }
        ---
        apiVersion: crd.projectcalico.org/v1
        kind: Node
        metadata:
          name: kube-worker
          labels: { routeReflector: true }
      `,
      errors: [
        { messageId: 'calicoctl', severity: 'warning', line: 5, column: 29, message: 'labels value of "routeReflector" is the boolean true (true unquoted): calicoctl stores it as the string "true", and kubectl through Calico\'s API server refuses it; write "true"' },
        { messageId: 'calicoctl', severity: 'warning', line: 5, column: 48, message: /^labels value of "global-peer" is the boolean true \(yes unquoted\): calicoctl stores it as the string "true".*; write "true"$/ },
        { messageId: 'calicoctl', severity: 'warning', line: 5, column: 59, message: /^labels value of "rack" is the number 7 \(7 unquoted\): calicoctl stores it as the string "7"/ },
        { messageId: 'notString', severity: 'error', line: 13, column: 29, message: /^labels value of "routeReflector" is the boolean true/ },
      ],
    },
    {
      name: 'a LabelSelector written as a pod spec nodeSelector, and a number in a string-map nodeSelector outside a pod spec',
      code: `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          template:
            spec:
              nodeSelector:
                matchLabels: { disk: ssd }
        ---
        apiVersion: example.com/v1
        kind: Agent
        metadata: { name: a }
        spec:
          nodeSelector:
            rack: 7
      `,
      errors: [
        { messageId: 'notStringCollection', line: 8, column: 9, message: 'nodeSelector value of "matchLabels" is a mapping (1 key): Kubernetes needs a string; quote it, or for many lines write a block scalar (`"matchLabels": |` with the lines indented below)' },
        { messageId: 'notString', line: 15, column: 11, message: /nodeSelector value of "rack" is the number 7/ },
      ],
    },
    {
      // The collection is not repeated as JSON: it may be a whole config file (an OpenTelemetry collector's).
      name: 'a ConfigMap data value written as a mapping',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: collector }
        data:
          collector.yaml:
            receivers: { otlp: { protocols: [grpc, http] } }
            exporters: { debug: {} }
      `,
      errors: [{ messageId: 'fieldNotStringCollection', line: 5, column: 3, message: 'ConfigMap data "collector.yaml" is a mapping (2 keys): Kubernetes needs a string; quote it, or for many lines write a block scalar (`collector.yaml: |` with the lines indented below)' }],
    },
    {
      name: 'ConfigMap data values YAML turns into a number and a boolean',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: calico-config }
        data:
          veth_mtu: 1440
          FEATURE: yes
      `,
      errors: [
        { messageId: 'fieldNotString', line: 5, column: 13, message: 'ConfigMap data "veth_mtu" is the number 1440 (1440 unquoted): Kubernetes needs a string; write "1440"' },
        { messageId: 'fieldNotString', line: 6, column: 12, message: /ConfigMap data "FEATURE" is the boolean true \(yes unquoted\)/ },
      ],
    },
    {
      name: 'metadata.name: on, and an env value: true in a container',
      code: `
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: on
        spec:
          template:
            spec:
              initContainers:
                - name: init
                  env:
                    - name: DEBUG
                      value: true
      `,
      errors: [
        { messageId: 'fieldNotString', line: 4, column: 9, message: 'metadata.name is the boolean true (on unquoted): Kubernetes needs a string; write "on"' },
        { messageId: 'fieldNotString', line: 12, column: 22, message: 'env DEBUG value is the boolean true (true unquoted): Kubernetes needs a string; write "true"' },
      ],
    },
    {
      name: 'unquoted boolean label and numeric nodeSelector value',
      code: `
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            route-reflector: true
        spec:
          template:
            spec:
              nodeSelector:
                rack: 0
      `,
      errors: [
        { messageId: 'notString', line: 6, column: 22, message: 'labels value of "route-reflector" is the boolean true (true unquoted): Kubernetes needs a string; write "true"' },
        { messageId: 'notString', line: 11, column: 15, message: /the number 0/ },
      ],
    },
    {
      name: 'an unquoted commit id of digits and one e is a number to kubectl (go-yaml v2 yamlStyleFloat)',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: build
          labels: { commit: 1234e56, short: 5e4a2b }
      `,
      errors: [{ messageId: 'notString', line: 5, column: 21, message: 'labels value of "commit" is the number 1.234e+59 (1234e56 unquoted): Kubernetes needs a string; write "1234e56"' }],
    },
    {
      name: 'YAML 1.1 "on" in an annotation',
      code: `
        apiVersion: v1
        kind: Namespace
        metadata:
          name: x
          annotations:
            feature: on
      `,
      errors: [{ messageId: 'notString', line: 6, column: 14, message: /boolean true \(on unquoted\)/ }],
    },
    {
      name: 'the items of a kind: List, each checked on its own',
      code: `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Namespace
            metadata: { name: a, labels: { tier: "1" } }
          - apiVersion: v1
            kind: Namespace
            metadata: { name: b, labels: { tier: 2 } }
      `,
      errors: [{ messageId: 'notString', line: 9, column: 42, message: /the number 2/ }],
    },
    {
      name: 'a document with an alias (read by the bounded builder) is walked',
      code: `
        apiVersion: v1
        kind: Namespace
        metadata:
          name: &n x
          labels: { owner: *n, enabled: yes }
      `,
      errors: [{ messageId: 'notString', line: 5, column: 33, message: /boolean true \(yes unquoted\)/ }],
    },
  ],
});
