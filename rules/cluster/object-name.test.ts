import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './object-name.js';

ruleTester(rule, {
  valid: [
    // Accepted from 1.36 (RelaxedServiceNameValidation on by default).
    { name: 'a Service name starting with a digit on 1.36', config: { cluster: { kubernetesVersion: 'v1.36.0' } }, code: 'apiVersion: v1\nkind: Service\nmetadata: { name: 1st-svc }\n' },
    {
      // istioctl's install configuration (Istio's manifests/profiles/default.yaml): no name.
      name: 'an IstioOperator without a name',
      code: `
      apiVersion: install.istio.io/v1alpha1
      kind: IstioOperator
      metadata:
        namespace: istio-system
      spec:
        profile: default
      `,
    },
    { name: 'subdomain names with dots for most kinds, a label for a Namespace', code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: calico.config-1, namespace: kube-system }
      ---
      apiVersion: v1
      kind: Namespace
      metadata: { name: team-a }
    ` },
    { name: 'RBAC names are path segments (colons and upper case allowed)', code: `
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: { name: "system:Calico-Node" }
    ` },
    { name: 'generateName may end in "-"', code: `
      apiVersion: batch/v1
      kind: Job
      metadata: { generateName: probe- }
    ` },
    { name: 'a generateName of 64 ending in "-" (masked to 63) and of 254 on a subdomain kind: the generated names keep 58 characters', code: `
      apiVersion: v1
      kind: Namespace
      metadata: { generateName: ${'a'.repeat(63)}- }
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: { generateName: ${'b'.repeat(253)}- }
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { generateName: ${'c'.repeat(47)} }
    ` },
    { name: 'a namespace written on a cluster-scoped object is ignored by the API server', code: `
      apiVersion: v1
      kind: Namespace
      metadata: { name: team-a, namespace: Team_A }
      ---
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkPolicy
      metadata: { name: deny-all, namespace: Not_Used }
      spec: { selector: all() }
    ` },
    { name: 'tool configuration has no API name', code: `
      apiVersion: kind.x-k8s.io/v1alpha4
      kind: Cluster
      name: My_Cluster
    ` },
    { name: "eksctl's ClusterConfig: eksctl allows upper case in its name", code: `
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: MyCluster, region: us-west-2 }
      managedNodeGroups: [{ name: ng-1, instanceType: m5.large }]
    ` },
    { name: 'names of the kinds with their own rule: the core APIService v1., any CSR name, a signer-prefixed ClusterTrustBundle', code: `
      apiVersion: apiregistration.k8s.io/v1
      kind: APIService
      metadata: { name: v1. }
      spec: { version: v1, groupPriorityMinimum: 18000, versionPriority: 1 }
      ---
      apiVersion: certificates.k8s.io/v1
      kind: CertificateSigningRequest
      metadata: { name: My_CSR }
      spec: { signerName: kubernetes.io/kube-apiserver-client, usages: [client auth], request: LS0t }
      ---
      apiVersion: certificates.k8s.io/v1beta1
      kind: ClusterTrustBundle
      metadata: { name: "example.com:mysigner:foo" }
      spec: { signerName: example.com/mysigner, trustBundle: "" }
    ` },
    { name: "kops' InstanceGroup lives in kops' state store, not the API", code: `
      apiVersion: kops.k8s.io/v1alpha2
      kind: InstanceGroup
      metadata:
        name: Nodes_A
        labels: { kops.k8s.io/cluster: this.is.truly.a.really.really.long.cluster-name.minimal.example.com }
      spec: { role: Node }
    ` },
    // A CronJob name may have exactly 52 characters (kubernetes pkg/apis/batch/validation ValidateCronJob).
    { name: 'a CronJob name of 52 characters', code: `
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: ${'c'.repeat(52)} }
    ` },
    // With a name set the server generates nothing, so only the prefix itself is checked (apiserver rest.BeforeCreate).
    { name: 'a name beside a generateName whose generated names would be invalid', code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: web, generateName: web.- }
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: nightly, generateName: ${'c'.repeat(48)} }
    ` },
    // An empty name with a generateName is what the server fills in (apiserver rest.BeforeCreate, ValidateObjectMetaAccessor).
    { name: 'an empty name with a generateName', code: `
      apiVersion: batch/v1
      kind: Job
      metadata: { name: "", generateName: probe- }
    ` },
    // An empty namespace is unset: the request's namespace is used, so there is nothing to check.
    { name: 'an empty namespace on a namespaced kind', code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: web, namespace: "" }
    ` },
  ],
  invalid: [
    {
      name: 'upper case and "_" in a Deployment name',
      code: `
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: Web_Frontend
      `,
      errors: [{ messageId: 'badName', line: 4, column: 9, message: /name "Web_Frontend" is not a valid Deployment \(DNS-1123 subdomain\) name: it must be a DNS-1123 subdomain/ }],
    },
    {
      name: 'a Service name starting with a digit (only 1.36 and later accept it), a Namespace with a dot, a Service name with a dot',
      code: `
        apiVersion: v1
        kind: Service
        metadata: { name: 1st-svc }
        ---
        apiVersion: v1
        kind: Namespace
        metadata: { name: team.a }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: web.a }
      `,
      errors: [
        { messageId: 'serviceNameBefore136', severity: 'warning', line: 3, column: 19, message: /"1st-svc" starts with a digit: Kubernetes 1.36 and later accept it/ },
        { messageId: 'badName', line: 7, column: 19, message: /DNS-1123 label/ },
        { messageId: 'badName', severity: 'error', line: 11, column: 19, message: /DNS-1035 label/ },
      ],
    },
    {
      // With cluster.kubernetesVersion the release decides (RelaxedServiceNameValidation, on by default from 1.36).
      name: 'a Service name starting with a digit on a known release: refused before 1.36',
      config: { cluster: { kubernetesVersion: '1.35' } },
      code: 'apiVersion: v1\nkind: Service\nmetadata: { name: 1st-svc }\n',
      errors: [{ messageId: 'serviceNameBefore136', severity: 'error', line: 3, column: 19 }],
    },
    {
      name: 'generated names: "web.-" makes "web.-x2k9q"; a CronJob prefix of 48 makes 53 characters; an empty name without generateName; a CSR name with "/"',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata: { generateName: web.- }
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { generateName: ${'c'.repeat(48)} }
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: "" }
        ---
        apiVersion: certificates.k8s.io/v1
        kind: CertificateSigningRequest
        metadata: { name: node/csr }
      `,
      errors: [
        { messageId: 'badGeneratedName', line: 3, column: 27, message: /makes names like "web.-x2k9q"/ },
        { messageId: 'generatedTooLong', line: 7, column: 27, message: /makes names of 53 characters .*at most 52/ },
        { messageId: 'nameRequired', line: 11, column: 19 },
        { messageId: 'badName', line: 15, column: 19, message: /may not contain "\/"/ },
      ],
    },
    {
      name: 'a Calico IPPool and a NetworkAttachmentDefinition (custom resources) follow the subdomain rule',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: Pool_A }
        spec: { cidr: 10.0.0.0/16 }
        ---
        apiVersion: k8s.cni.cncf.io/v1
        kind: NetworkAttachmentDefinition
        metadata: { name: macvlan.conf., namespace: Apps }
      `,
      errors: [
        { messageId: 'badName', line: 3, column: 19, message: /IPPool/ },
        { messageId: 'badName', line: 8, column: 19 },
        { messageId: 'badNamespace', line: 8, column: 45, message: 'namespace "Apps" must be a DNS-1123 label: lower-case letters, digits and \'-\', starting and ending with a letter or digit' },
      ],
    },
    {
      name: 'a StatefulSet name longer than 63, a CronJob name longer than 52',
      code: `
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: ${'s'.repeat(64)} }
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: ${'c'.repeat(53)} }
      `,
      errors: [
        { messageId: 'badName', line: 3, column: 19, message: /must be no more than 63 characters \(it has 64\)/ },
        { messageId: 'tooLong', line: 7, column: 19, message: /is 53 characters: a CronJob name may have at most 52/ },
      ],
    },
    {
      name: 'a Role name with "/"',
      code: `
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: { name: a/b, namespace: x }
      `,
      errors: [{ messageId: 'badName', line: 3, column: 19, message: /may not contain "\/"/ }],
    },
    {
      // An empty name counts as no name: the names generated from generateName are checked (apiserver rest.BeforeCreate).
      name: 'an empty name with a generateName whose generated names are invalid',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: "", generateName: web.- }
      `,
      errors: [{ messageId: 'badGeneratedName', line: 3, column: 37, path: ['metadata', 'generateName'], message: /makes names like "web.-x2k9q"/ }],
    },
    {
      // An empty generateName is no generateName: an empty name then needs one (ValidateObjectMetaAccessor "name or generateName is required").
      name: 'an empty name and an empty generateName',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: "", generateName: "" }
      `,
      errors: [{ messageId: 'nameRequired', line: 3, column: 19, path: ['metadata', 'name'] }],
    },
    {
      // No name at all, or a null one (Go decodes it as ""), and no generateName: "name or generateName is required".
      name: 'a name left out, and a null name',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata: { namespace: x }
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: null }
      `,
      errors: [
        { messageId: 'nameRequired', line: 3, column: 1, path: ['metadata'], message: 'the object has no name and no generateName: the API server requires one of them' },
        { messageId: 'nameRequired', line: 7, column: 19, path: ['metadata', 'name'] },
      ],
    },
    {
      // The 1.36-only warning for a Service generateName is on the generateName (RelaxedServiceNameValidation).
      name: 'a Service generateName starting with a digit',
      code: `
        apiVersion: v1
        kind: Service
        metadata: { generateName: 1st- }
      `,
      errors: [{ messageId: 'serviceNameBefore136', severity: 'warning', line: 3, column: 27, path: ['metadata', 'generateName'] }],
    },
    {
      // A name too long for its kind is reported on metadata.name (ValidateCronJob: at most 52).
      name: 'a CronJob name of 53 characters, on metadata.name',
      code: `
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: ${'c'.repeat(53)} }
      `,
      errors: [{ messageId: 'tooLong', line: 3, column: 19, path: ['metadata', 'name'] }],
    },
  ],
});
