/**
 * Calico keeps one KubeControllersConfiguration and one IPAMConfiguration, both named `default`:
 * libcalico-go/lib/clientv3/kubecontrollersconfig.go (Create: "Cannot create a Kube Controllers
 * Configuration resource with a name other than \"default\"") and clientv3/ipamconfig.go
 * (validateMetadata, GlobalIPAMConfigName), Calico v3.32.1. The Kubernetes datastore stores the
 * latter as the crd.projectcalico.org/v1 IPAMConfig of the same name.
 */
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'calico/singleton-name',
    description: 'A KubeControllersConfiguration or IPAMConfiguration (IPAMConfig) is named `default`: Calico keeps one of each and refuses any other name, so the settings would never apply.',
    severity: 'error',
    remediation: 'Name it `default` and edit that one object.',
    kinds: ['calico/KubeControllersConfiguration', 'calico/IPAMConfiguration', 'calico/IPAMConfig'],
    messages: { name: '{{kind}} must be named "default" (got "{{name}}"): Calico refuses any other' },
  },
  check(resource, ctx) {
    if (resource.name !== 'default') ctx.report({ path: ['metadata', 'name'], messageId: 'name', data: { kind: resource.kind, name: resource.name } });
  },
});
