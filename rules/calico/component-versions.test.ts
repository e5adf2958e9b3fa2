// The shape of microk8s' tests/unit/yamls/cni.yaml (d099c907): calico/node v3.21.1 beside
// calico/kube-controllers v3.17.3 in one manifest.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './component-versions.js';

const node = (image: string, cni = image.replace('/node:', '/cni:')) => `
  apiVersion: apps/v1
  kind: DaemonSet
  metadata: { name: calico-node, namespace: kube-system }
  spec:
    template:
      spec:
        initContainers:
          - { name: install-cni, image: ${cni} }
        containers:
          - { name: calico-node, image: ${image} }
`;
const controllers = (image: string) => `
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: calico-kube-controllers, namespace: kube-system }
  spec:
    template:
      spec:
        containers:
          - { name: calico-kube-controllers, image: ${image} }
`;
const manifest = (...docs: string[]) => docs.join('---\n');

ruleTester(rule, {
  valid: [
    { name: 'one release; patch releases of one minor; calicoctl at its own version', code: manifest(node('docker.io/calico/node:v3.28.1', 'docker.io/calico/cni:v3.28.2'), controllers('quay.io/calico/kube-controllers:v3.28.1@sha256:0123'), 'apiVersion: v1\nkind: Pod\nmetadata: { name: calicoctl }\nspec:\n  containers: [{ name: c, image: calico/ctl:v3.25.0 }]\n') },
    { name: 'two releases in two files (one repository, two installs)', code: { 'v3.21/calico.yaml': manifest(node('calico/node:v3.21.1'), controllers('calico/kube-controllers:v3.21.1')), 'v3.17/calico.yaml': manifest(node('calico/node:v3.17.3'), controllers('calico/kube-controllers:v3.17.3')) } },
    { name: 'tags without a release, and images not of Calico', code: manifest(node('calico/node:latest', 'calico/cni:master'), controllers('quay.io/k0sproject/calico-kube-controllers:v3.17.1-0')) },
  ],
  invalid: [
    {
      name: 'calico/node and cni v3.21 beside kube-controllers v3.17 (microk8s unit-test manifest)',
      code: manifest(node('docker.io/calico/node:v3.21.1'), controllers('docker.io/calico/kube-controllers:v3.17.3')),
      errors: [
        {
          messageId: 'skew',
          line: 20,
          column: 53,
          message: "docker.io/calico/kube-controllers:v3.17.3 is Calico 3.17, while this manifest's other Calico components are 3.21 (docker.io/calico/cni:v3.21.1 of DaemonSet kube-system/calico-node): a Calico release ships every component at one version",
        },
      ],
    },
  ],
});
