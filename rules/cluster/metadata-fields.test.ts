// ObjectMeta's json fields are those of k8s.io/apimachinery pkg/apis/meta/v1/types.go at v0.36.3
// (clusterName only as a tombstone comment there). The misplaced annotation below is the one
// OpenShift's docs wrote (modules/nw-multus-ipam-object.adoc, fast IPAM pod): the annotation key
// sits right under metadata, beside an empty `annotations:`.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './metadata-fields.js';

ruleTester(rule, {
  valid: [
    {
      name: 'every ObjectMeta field an object carries, as kubectl get -o yaml prints them',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: c
          namespace: default
          uid: 5444ba1a-03a5-11e9-9b53-de4858112ad7
          resourceVersion: "1"
          generation: 1
          creationTimestamp: "2026-01-01T00:00:00Z"
          labels: { app: c }
          annotations: { note: x }
          ownerReferences: []
          finalizers: []
          managedFields: []
        data: {}
      `,
    },
    {
      name: 'a pod template with labels and annotations',
      code: `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: d }
        spec:
          selector: { matchLabels: { app: d } }
          template:
            metadata:
              labels: { app: d }
              annotations: { k8s.v1.cni.cncf.io/networks: macvlan-conf }
            spec: { containers: [{ name: c, image: busybox }] }
      `,
    },
    // kind's cluster config and kubeadm's are read by their tools, not stored by an API server.
    { name: 'tool configuration is no API object', code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nmetadata: { name: c, extra: 1 }\n' },
  ],
  invalid: [
    {
      name: "an annotation written one level too shallow (OpenShift's fast IPAM example)",
      code: `
        apiVersion: v1
        kind: Pod
        metadata:
          name: pod
          annotations:
          k8s.v1.cni.cncf.io/networks: whereabouts-shared
        spec: { containers: [{ name: c, image: busybox }] }
      `,
      errors: [
        {
          messageId: 'annotationKey',
          line: 6,
          column: 3,
          message: 'metadata has no field "k8s.v1.cni.cncf.io/networks": it looks like an annotation or label key written one level too shallow; kubectl refuses the object (unknown field) and other clients have it dropped, so put it under metadata.annotations (or .labels)',
        },
      ],
    },
    {
      name: "a pod template's label written under metadata, and a field in the wrong case",
      code: `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: d, Labels: { app: d } }
        spec:
          selector: { matchLabels: { app: d } }
          template:
            metadata:
              app.kubernetes.io/name: d
            spec: { containers: [{ name: c, image: busybox }] }
      `,
      errors: [
        { messageId: 'unknown', line: 3, column: 22, message: 'metadata has no field "Labels" (did you mean "labels"?): kubectl refuses the object (unknown field) and other clients have it dropped' },
        { messageId: 'annotationKey', line: 8, column: 7, message: /^metadata has no field "app\.kubernetes\.io\/name": .* so put it under spec\.template\.metadata\.annotations \(or \.labels\)$/ },
      ],
    },
    {
      // A `//` comment in a JSON file is no JSON; read as YAML it becomes a key, which is no annotation.
      name: 'a key that is no annotation key, nor close to a field',
      code: '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "a", //"b",\n "uid": "x"}}\n',
      errors: [{ messageId: 'unknown', line: 1, column: 87, message: 'metadata has no field "//"b"": kubectl refuses the object (unknown field) and other clients have it dropped' }],
    },
    {
      // clusterName was removed from ObjectMeta in Kubernetes 1.25 (types.go keeps it as a tombstone).
      name: 'the removed clusterName',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c, clusterName: "" }\n',
      errors: [{ messageId: 'unknown', line: 3, column: 22 }],
    },
  ],
});
