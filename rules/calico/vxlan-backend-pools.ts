import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import { calicoNodeInstalls } from './lib/calico-node-env.js';
import { POOL_KINDS, describePool, isPodPool, poolsIn } from './lib/pools.js';
import type { PoolView } from './lib/pools.js';

/**
 * With `CALICO_NETWORKING_BACKEND=vxlan` (the `calico_backend: vxlan` of manifests/calico-vxlan.yaml)
 * calico-node runs no BGP daemon (node/filesystem/etc/rc.local, Calico v3.32). Felix then programs
 * the routes of VXLAN pools itself, but those of IPIP and unencapsulated pools only with
 * `programClusterRoutes: Enabled` (felix/dataplane/linux/ipip_mgr.go; config_params.go defaults it
 * to Disabled): without it such a pool's pods cannot reach pods on other nodes.
 */
function needsBgp(p: PoolView): boolean {
  return p.ipip !== 'Never' || p.vxlan === 'Never';
}

export default defineRule({
  meta: {
    id: 'calico/vxlan-backend-pools',
    description: 'With the VXLAN backend (`calico_backend: vxlan`, no BGP daemon), an IPIP or unencapsulated pool gets no routes between nodes unless Felix programs them (`programClusterRoutes: Enabled`): its pods cannot reach pods on other nodes.',
    severity: 'error',
    remediation: 'Use VXLAN on the pool (`vxlanMode: Always` or `CrossSubnet`, `ipipMode: Never`), run the BGP backend (`calico_backend: bird`), or set FelixConfiguration `programClusterRoutes: Enabled`.',
    kinds: [...POOL_KINDS],
    messages: { noRoutes: '{{pool}} uses {{encap}} while calico-node runs the VXLAN backend (CALICO_NETWORKING_BACKEND=vxlan, no BGP): no routes to its pods on other nodes' },
    docs: 'Sources: Calico node/filesystem/etc/rc.local (no BIRD with the vxlan backend), felix/dataplane/linux/ipip_mgr.go and config_params.go `ProgramClusterRoutes` (v3.32). Operator installs are calico/installation-bgp-for-ipip\'s.',
  },
  check(resource, ctx) {
    const pools = poolsIn(ctx.model, resource).filter((p) => p.origin !== 'Installation' && !p.disabled && isPodPool(ctx.model, p) && needsBgp(p));
    if (pools.length === 0) return;
    const vxlanBackend = calicoNodeInstalls(ctx.model).some((i) => i.env.get('CALICO_NETWORKING_BACKEND')?.value?.trim() === 'vxlan');
    if (!vxlanBackend || felixProgramsRoutes(ctx.model)) return;
    for (const p of pools) {
      const encap = p.ipip !== 'Never' ? `IPIP (${p.ipip})` : 'no encapsulation';
      ctx.report({ path: p.cidrPath, messageId: 'noRoutes', data: { pool: describePool(p), encap } });
    }
  },
});

/** FelixConfiguration `programClusterRoutes: Enabled`, or FELIX_PROGRAMCLUSTERROUTES=Enabled on calico-node. */
function felixProgramsRoutes(model: Parameters<typeof calicoNodeInstalls>[0]): boolean {
  if (model.byKind('calico/FelixConfiguration').some((f) => asObject(f.value.spec).programClusterRoutes === 'Enabled')) return true;
  return calicoNodeInstalls(model).some((i) => i.env.get('FELIX_PROGRAMCLUSTERROUTES')?.value?.trim().toLowerCase() === 'enabled');
}
