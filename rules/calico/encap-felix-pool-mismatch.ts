import { findingsPerResource } from '../../src/engine/model.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { calicoNodeInstalls } from './lib/calico-node-env.js';
import { felixValue } from './lib/dataplane.js';
import { describePool, podPools, poolsOf } from './lib/pools.js';

export default defineRule({
  meta: {
    id: 'calico/encap-felix-pool-mismatch',
    description:
      'Felix and the pools must agree on encapsulation. IPIP (or VXLAN) disabled in Felix (`FELIX_IPINIPENABLED=false`, `FELIX_VXLANENABLED=false`, FelixConfiguration `ipipEnabled: false`) while a pool uses it (an IPPool, or, with no pool declared, the default pool calico-node creates from `CALICO_IPV4POOL_IPIP`/`_VXLAN`) means no tunnel device and dropped traffic (error). Felix IPIP forced on, or calico-node\'s `CALICO_IPV4POOL_IPIP`/`_VXLAN` still set, while every declared pool is in BGP mode (`Never`) is a half-finished switch: the default pool would come back encapsulated if re-created (warning).',
    severity: 'error',
    remediation: 'Switch modes in both places: the pools\' `ipipMode`/`vxlanMode` and the calico-node env (`CALICO_IPV4POOL_IPIP`, `CALICO_IPV4POOL_VXLAN`, `FELIX_IPINIPENABLED`) or FelixConfiguration.',
    kinds: ['calico/FelixConfiguration', 'apps/DaemonSet', 'ConfigMap'],
    messages: {
      felixOff: '{{setting}} disables {{encap}} in Felix, but {{pool}} uses {{encap}} ({{mode}}): the tunnel is not created and pod traffic between nodes is dropped',
      felixOn: '{{setting}} forces {{encap}} on in Felix, but every declared pool has {{field}}: Never (BGP mode)',
      envStale: '{{setting}} is "{{value}}", but the declared IPv4 pools all use {{field}}: Never; a re-created default pool would be encapsulated again',
    },
  },
  check(resource, ctx) {
    for (const d of findings(ctx.model, resource)) ctx.report(d);
  },
});

/** The CALICO_IPV4POOL_IPIP / _VXLAN env that asks for encapsulation in calico-node's default pool, if any. */
function envDefaultPoolMode(m: ClusterModel, name: string): { label: string; value: string } | null {
  for (const install of calicoNodeInstalls(m)) {
    const v = install.env.get(name);
    if (v?.value && /^(always|crosssubnet|cross-subnet)$/i.test(v.value.trim())) return { label: v.label, value: v.value.trim() };
  }
  return null;
}

/** The rule's findings for the whole input, worked out once and filed under their resource. */
const findings = findingsPerResource('calico/encap-felix-pool-mismatch', (m, report) => {
  // Only IPPool resources: an operator Installation runs its own calico-node, not a manifest's DaemonSet.
  const declared = poolsOf(m).filter((p) => p.origin === 'IPPool' && !p.disabled && !p.loadBalancerOnly);
  const pools = podPools(m);
  // A pool with a mode Calico rejects says nothing reliable about intent (ippool-encap-mode-enum reports it).
  if (pools.some((p) => p.invalidEncap)) return;
  for (const [param, encap, field] of [
    ['ipipEnabled', 'IPIP', 'ipipMode'],
    ['vxlanEnabled', 'VXLAN', 'vxlanMode'],
  ] as const) {
    const setting = felixValue(m, param);
    if (!setting) continue;
    const using = pools.find((p) => (encap === 'IPIP' ? p.ipip : p.vxlan) !== 'Never');
    if (setting.value === false && using) {
      report(setting.resource, { path: setting.path, messageId: 'felixOff', data: { setting: setting.label, encap, pool: describePool(using), mode: encap === 'IPIP' ? using.ipip : using.vxlan } });
    } else if (setting.value === false && !pools.some((p) => p.cidr?.family === 4)) {
      // No IPv4 pool is declared: calico-node creates the default one from its env, in the env's mode.
      const asked = envDefaultPoolMode(m, encap === 'IPIP' ? 'CALICO_IPV4POOL_IPIP' : 'CALICO_IPV4POOL_VXLAN');
      if (asked) report(setting.resource, { path: setting.path, messageId: 'felixOff', data: { setting: setting.label, encap, pool: `the default pool calico-node creates (${asked.label}=${asked.value})`, mode: asked.value } });
    } else if (setting.value === true && declared.length > 0 && !using) {
      report(setting.resource, { path: setting.path, messageId: 'felixOn', severity: 'warning', data: { setting: setting.label, encap, field } });
    }
  }
  const v4 = declared.filter((p) => p.cidr?.family === 4);
  if (v4.length === 0) return;
  for (const install of calicoNodeInstalls(m)) {
    for (const [name, field, key] of [
      ['CALICO_IPV4POOL_IPIP', 'ipipMode', 'ipip'],
      ['CALICO_IPV4POOL_VXLAN', 'vxlanMode', 'vxlan'],
    ] as const) {
      const v = install.env.get(name);
      if (!v?.value || !/^(always|crosssubnet|cross-subnet)$/i.test(v.value.trim())) continue;
      if (v4.every((p) => p[key] === 'Never')) report(v.resource, { path: v.path, messageId: 'envStale', severity: 'warning', data: { setting: v.label, value: v.value, field } });
    }
  }
});
