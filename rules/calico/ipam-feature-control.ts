/**
 * Pod annotations the calico CNI plugin honours only when its config turns the feature on
 * (cni-plugin/pkg/k8s/k8s.go, Calico v3.32.1): `cni.projectcalico.org/floatingIPs` needs
 * `feature_control.floating_ips`, `cni.projectcalico.org/ipAddrsNoIpam` needs
 * `feature_control.ip_addrs_no_ipam`; otherwise the plugin fails the pod ("requested feature is not
 * enabled"; calico_cni_k8s_test.go 1762, 1903). Judged when the input holds the Calico CNI config.
 */
import { podMetadataOf } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject, goJsonField } from '../../src/engine/values.js';
import { calicoCniConfigs } from './lib/calico-cni.js';
import { IP_ADDRS_NO_IPAM, POD_ANNOTATION_KINDS } from './lib/ipam-annotations.js';

const FEATURES: readonly { annotation: string; flag: string }[] = [
  { annotation: 'cni.projectcalico.org/floatingIPs', flag: 'floating_ips' },
  { annotation: IP_ADDRS_NO_IPAM, flag: 'ip_addrs_no_ipam' },
];

export default defineRule({
  meta: {
    id: 'calico/ipam-feature-control',
    description: 'A pod asking for floating IPs (`cni.projectcalico.org/floatingIPs`) or addresses outside IPAM (`cni.projectcalico.org/ipAddrsNoIpam`) needs the Calico CNI config to enable the feature (`feature_control.floating_ips` / `ip_addrs_no_ipam`); otherwise the CNI plugin fails the pod and it never starts.',
    severity: 'error',
    remediation: 'Set `"feature_control": {"floating_ips": true}` (or `"ip_addrs_no_ipam": true`) in the calico plugin of the CNI config (calico-config `cni_network_config`), or drop the annotation.',
    kinds: POD_ANNOTATION_KINDS,
    messages: { disabled: '{{key}} asks for a feature that no Calico CNI config of the input enables (feature_control.{{flag}}): the plugin fails the pod ("requested feature is not enabled: {{flag}}")' },
    docs: 'Judged only when the input holds a Calico CNI config (a CNI file with a `calico` plugin, or calico-config\'s `cni_network_config`); with several, one that enables the feature is enough.',
  },
  check(resource, ctx) {
    const md = podMetadataOf(resource);
    if (!md) return;
    const annotations = asObject(md.metadata.annotations);
    for (const { annotation, flag } of FEATURES) {
      const value = annotations[annotation];
      if (typeof value !== 'string' || value === '') continue;
      const configs = calicoCniConfigs(ctx.model);
      // The plugin decodes feature_control into a struct of bools (cni-plugin pkg/types FeatureControl).
      if (configs.length === 0 || configs.some((c) => goJsonField(asObject(goJsonField(c.plugin, 'feature_control')), flag) === true)) continue;
      ctx.report({ path: [...md.path, 'annotations', annotation], messageId: 'disabled', data: { key: annotation, flag } });
    }
  },
});
