/**
 * What calico-ipam asks of the IP pools (cni-plugin/pkg/ipamplugin/ipam_plugin.go and libcalico-go
 * lib/ipam, Calico v3.32.1): one IPv4 address unless `assign_ipv4` is "false", one IPv6 address when
 * `assign_ipv6` is "true", from the pools `ipv4_pools` / `ipv6_pools` name (by name or CIDR; each must
 * be an enabled pool: "does not exist, or is not enabled") or else from every enabled pool of the
 * family, and none of the family fails every pod but those asking for fixed addresses
 * (calico_cni_ipam_test.go 198, 235, 371; calico_cni_k8s_test.go 1978 starts a pod with ipAddrs).
 * Judged when the input declares pools.
 */
import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject, goJsonField, goJsonKey } from '../../src/engine/values.js';
import { reportIn } from '../cni/lib/json-source.js';
import { CNI_CONFIG_KIND } from '../cni/lib/sources.js';
import { findPool } from './ippools-annotation-unknown.js';
import { calicoCniConfigs } from './lib/calico-cni.js';
import { describePool, poolsOf } from './lib/pools.js';

export default defineRule({
  meta: {
    id: 'calico/cni-ipam-pools',
    description: 'The calico-ipam section of a Calico CNI config must find its pools: each `ipv4_pools` / `ipv6_pools` entry names an enabled pool of the input, and a family it assigns (IPv4 unless `assign_ipv4` is "false", IPv6 when `assign_ipv6` is "true") has an enabled pool; otherwise the CNI plugin fails every pod.',
    severity: 'error',
    remediation: 'Name pools that exist and are enabled (by name or exact CIDR), or add a pool of the family, or set `assign_ipv4` / `assign_ipv6` to match the pools.',
    kinds: [CNI_CONFIG_KIND],
    messages: {
      unknownPool: 'ipam.{{list}} names "{{entry}}", which is {{why}}: calico-ipam fails every pod ("does not exist, or is not enabled")',
      noPool: 'calico-ipam assigns an {{family}} address ({{why}}) but the input has no enabled {{family}} pool: every pod that asks for no fixed address (cni.projectcalico.org/ipAddrs) fails',
    },
    docs: 'Judged only when the input declares IP pools (IPPools, an Installation\'s pools, or calico-node\'s default pool settings); the pools\' node selectors are not matched against nodes.',
  },
  check(resource, ctx) {
    const pools = poolsOf(ctx.model).filter((p) => p.cidr !== null && !p.loadBalancerOnly);
    if (pools.length === 0) return;
    const enabled = pools.filter((p) => !p.disabled);
    for (const c of calicoCniConfigs(ctx.model)) {
      if (c.resource !== resource || c.path === null || c.source === null) continue;
      const ipamKey = goJsonKey(c.plugin, 'ipam');
      const ipam = asObject(ipamKey === undefined ? undefined : c.plugin[ipamKey]);
      if (goJsonField(ipam, 'type') !== 'calico-ipam') continue;
      const at = [...c.path, ipamKey!];
      for (const [family, list, assign, assigns] of [
        [4, 'ipv4_pools', 'assign_ipv4', goJsonField(ipam, 'assign_ipv4') !== 'false'],
        [6, 'ipv6_pools', 'assign_ipv6', goJsonField(ipam, 'assign_ipv6') === 'true'],
      ] as const) {
        const listKey = goJsonKey(ipam, list);
        const entries = listKey === undefined ? [] : asArray(ipam[listKey]);
        entries.forEach((entry, i) => {
          if (typeof entry !== 'string') return;
          const pool = findPool(pools, entry);
          if (pool === undefined || pool.disabled) reportIn(ctx, c.source!, [...at, listKey!, i], { messageId: 'unknownPool', data: { list, entry, why: pool === undefined ? 'no pool of the input' : `${describePool(pool)}, which is disabled` } });
        });
        if (assigns && entries.length === 0 && !enabled.some((p) => p.cidr!.family === family)) {
          const assignKey = goJsonKey(ipam, assign);
          reportIn(ctx, c.source!, assignKey === undefined ? at : [...at, assignKey], { messageId: 'noPool', data: { family: `IPv${family}`, why: assignKey === undefined ? `${assign} is not set, and IPv4 is assigned by default` : `${assign} is "${String(ipam[assignKey])}"` } });
        }
      }
    }
  },
});
