/**
 * The tigera-operator's check of the Installation's CNI plugin against the provider, the IPAM
 * plugin and the Calico networking settings (tigera/operator pkg/controller/installation/
 * validation.go validateCustomResource, v1.42.3, after fillDefaults): a refused Installation
 * renders nothing.
 */
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asObject, objectItems } from '../../src/engine/values.js';
import { installationCniType } from './lib/installation.js';

/** Per CNI plugin: the providers it runs on ('' for any cluster the operator does not recognise) and the IPAM plugins it takes. */
const PLUGINS: Record<string, { providers: string[] | null; ipam: string[] }> = {
  Calico: { providers: null, ipam: ['Calico', 'HostLocal'] },
  GKE: { providers: ['GKE', ''], ipam: ['HostLocal'] },
  AmazonVPC: { providers: ['EKS', ''], ipam: ['AmazonVPC'] },
  AzureVNET: { providers: ['AKS', ''], ipam: ['AzureVNET'] },
};

export default defineRule({
  meta: {
    id: 'calico/installation-cni-combination',
    description: 'The tigera-operator refuses an Installation whose CNI plugin does not run on its provider (GKE on GKE, AmazonVPC on EKS, AzureVNET on AKS), whose IPAM plugin does not go with the CNI plugin, or that asks a non-Calico CNI plugin for Calico networking (pool encapsulation, BGP, host ports, multiInterfaceMode, containerIPForwarding).',
    severity: 'error',
    remediation: 'Match `cni.type` to the provider and leave `cni.ipam` to its default; with a non-Calico CNI plugin use `encapsulation: None` pools and leave BGP, hostPorts, multiInterfaceMode and containerIPForwarding unset.',
    kinds: ['operator.tigera.io/Installation'],
    messages: {
      provider: 'spec.kubernetesProvider {{provider}} is not compatible with spec.cni.type {{cni}}: the operator refuses the Installation',
      ipam: 'spec.cni.ipam.type {{ipam}} is not compatible with spec.cni.type {{cni}} (valid: {{valid}}): the operator refuses the Installation',
      calicoOnly: '{{field}} {{what}} with the {{cni}} CNI plugin: the operator refuses the Installation ({{why}})',
    },
    docs: 'An unset `cni.type` is the provider\'s plugin (AKS AzureVNET, EKS AmazonVPC, GKE GKE) or Calico, and an unset `cni.ipam.type` the plugin\'s own, as the operator fills them. Source: tigera/operator pkg/controller/installation/validation.go `validateCustomResource` (v1.42.3).',
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const cni = installationCniType(spec);
    const plugin = PLUGINS[cni];
    if (plugin === undefined) return; // an unknown plugin is calico/installation-field-values'
    const provider = typeof spec.kubernetesProvider === 'string' ? spec.kubernetesProvider : '';
    if (plugin.providers !== null && !plugin.providers.includes(provider)) ctx.report({ path: ['spec', 'kubernetesProvider'], messageId: 'provider', data: { provider, cni } });
    const ipam = asObject(asObject(spec.cni).ipam).type;
    if (typeof ipam === 'string' && !plugin.ipam.includes(ipam)) ctx.report({ path: ['spec', 'cni', 'ipam', 'type'], messageId: 'ipam', data: { ipam, cni, valid: plugin.ipam.join(', ') } });
    if (cni === 'Calico') return;
    const net = asObject(spec.calicoNetwork);
    const refuse = (field: Path, what: string, why: string) => ctx.report({ path: ['spec', 'calicoNetwork', ...field], messageId: 'calicoOnly', data: { field: ['calicoNetwork', ...field].join('.').replace(/\.(\d+)\./g, '[$1].'), what, cni, why } });
    for (const [i, pool] of objectItems(net.ipPools)) {
      if (typeof pool.encapsulation === 'string' && pool.encapsulation !== '' && pool.encapsulation !== 'None') refuse(['ipPools', i, 'encapsulation'], `is ${pool.encapsulation}`, 'encapsulation must be None when using non-Calico CNI');
    }
    // validation.go checks BGP inside its loop over the pools, and no pool is defaulted without
    // Calico IPAM (ippool/defaults.go): without a pool written, BGP is not refused.
    if (net.bgp === 'Enabled' && objectItems(net.ipPools).length > 0) refuse(['bgp'], 'is Enabled', 'BGP is not supported when using non-Calico CNI');
    if (net.hostPorts === 'Enabled') refuse(['hostPorts'], 'is Enabled', 'hostPorts is supported only for Calico CNI');
    if (net.multiInterfaceMode !== undefined && net.multiInterfaceMode !== null) refuse(['multiInterfaceMode'], 'is set', 'multiInterfaceMode is supported only for Calico CNI');
    if (net.containerIPForwarding !== undefined && net.containerIPForwarding !== null) refuse(['containerIPForwarding'], 'is set', 'containerIPForwarding is supported only for Calico CNI');
  },
});
