// Restates multus-cni v4.3.0's isolation cases (pkg/k8sclient/k8sclient_test.go: a pod in `test`
// referring to `kube-system/net1` is refused with isolation on, allowed when kube-system is a
// global namespace) in manifests: the config a thick or thin Multus reads, or the thin
// entrypoint's flags.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { docs, podWith } from './lib/fixtures.js';
import rule from './namespace-isolation.js';

const daemonConfig = (json: string) => `
  apiVersion: v1
  kind: ConfigMap
  metadata: { name: multus-daemon-config, namespace: kube-system }
  data:
    daemon-config.json: '${json}'
`;
const thinDaemonSet = (args: string) => `
  apiVersion: apps/v1
  kind: DaemonSet
  metadata: { name: kube-multus-ds, namespace: kube-system }
  spec:
    selector: { matchLabels: { app: multus } }
    template:
      metadata: { labels: { app: multus } }
      spec:
        containers:
          - name: kube-multus
            image: ghcr.io/k8snetworkplumbingwg/multus-cni:v4.3.0
            command: ["/thin_entrypoint"]
            args: [${args}]
`;
const pod = (networks: string) => podWith(`k8s.v1.cni.cncf.io/networks: '${networks}'`);

ruleTester(rule, {
  valid: [
    { name: 'isolation off (the default): any namespace', code: docs(daemonConfig('{"chrootDir": "/hostroot", "cniVersion": "0.3.1"}'), pod('kube-system/net1')) },
    { name: 'isolation on: the pod\'s own namespace, an unqualified name, and "default"', code: docs(daemonConfig('{"namespaceIsolation": true}'), pod('apps/net1, net2, default/net3')) },
    { name: 'isolation on with kube-system global (the list replaces "default")', code: docs(daemonConfig('{"namespaceIsolation": true, "globalNamespaces": " kube-system , donkey-kong"}'), pod('kube-system/net1, donkey-kong/net2')) },
    { name: 'a boolean flag needs "=" to take a value: `--namespace-isolation false` leaves it on, `=false` off', code: docs(thinDaemonSet('"--namespace-isolation=false"'), pod('kube-system/net1')) },
    { name: 'a pod without a namespace (applied with -n) is not judged', code: docs(daemonConfig('{"namespaceIsolation": true}'), podWith("k8s.v1.cni.cncf.io/networks: 'kube-system/net1'").replace('      namespace: apps\n', '')) },
  ],
  invalid: [
    {
      name: 'isolation on in the thick daemon config: a pod refers to kube-system (k8sclient_test.go)',
      code: docs(daemonConfig('{"namespaceIsolation": true}'), pod('kube-system/net1')),
      errors: [
        {
          messageId: 'isolated',
          line: 13,
          column: 35,
          message:
            'network "kube-system/net1" is in another namespace than the pod ("apps"), and Multus runs with namespace isolation (daemon-config.json of ConfigMap kube-system/multus-daemon-config (test.yaml:1)), which lets a pod use only networks of its own namespace and of "default": it refuses the pod ("namespace isolation enabled, annotation violates permission")',
        },
      ],
    },
    {
      name: "the thin entrypoint's flags; the JSON form's namespace",
      code: docs(thinDaemonSet('"--multus-conf-file=auto", "--namespace-isolation", "--global-namespaces=default,shared"'), pod('[{"name": "net1", "namespace": "shared"}, {"name": "net2", "namespace": "other"}]')),
      errors: [
        {
          messageId: 'isolated',
          line: 21,
          column: 107,
          message:
            'network "other/net2" is in another namespace than the pod ("apps"), and Multus runs with namespace isolation (--namespace-isolation of DaemonSet kube-system/kube-multus-ds (test.yaml:1)), which lets a pod use only networks of its own namespace and of "default", "shared": it refuses the pod ("namespace isolation enabled, annotation violates permission")',
        },
      ],
    },
  ],
});
