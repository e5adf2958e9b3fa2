import { parseCalicoCidrOrIp } from '../../src/engine/calico-formats.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { derived } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import { installOf } from './lib/calico-node-env.js';
import { ENV_KINDS, checkEnv } from './lib/env-rule.js';

/**
 * calico-node's `IP` and `IP6`: the node's own address for BGP and tunnels. startup.go
 * (configureIPsAndSubnets, Calico v3.32) takes `autodetect` and `none` in lower case only, and reads
 * anything else as an address or network of the family (parseIPEnvironment, cnet.IPNet), exiting
 * when it is not one. With `CALICO_NETWORKING_BACKEND=none` neither is read. cnet.IPNet's
 * UnmarshalJSON keeps the address as written, so its Version is the address's (`To4()`).
 */
function addressError(text: string, family: 4 | 6): string | null {
  if (text === '' || text === 'autodetect' || text === 'none') return null;
  if (text.toLowerCase() === 'autodetect' || text.toLowerCase() === 'none') return `is not "${text.toLowerCase()}", which calico-node knows only in lower case, nor an address`;
  const r = parseCalicoCidrOrIp(text);
  const what = text.includes('/') ? 'network' : 'address';
  if (!r.ok) return what === 'network' ? `is not a network (${r.error})` : 'is not an IP address, a network, autodetect or none';
  return r.ip.family === family ? null : `is an IPv${r.ip.family} ${what} where calico-node wants IPv${family}`;
}

/** Whether the input holds a Calico Node resource with a BGP address, which calico-node keeps when IP and IP6 are none. */
const calicoNodeWithAddress: (model: ClusterModel) => boolean = derived('calico/node-with-bgp-address', (m) =>
  m.byKind('calico/Node').some((r) => ['ipv4Address', 'ipv6Address'].some((k) => { const a = asObject(asObject(r.value.spec).bgp)[k]; return typeof a === 'string' && a !== ''; })),
);

export default defineRule({
  meta: {
    id: 'calico/env-node-address',
    description: 'calico-node\'s `IP` must be an IPv4 address (or network), `autodetect` or `none`, and `IP6` the same for IPv6; any other value makes calico-node exit at start-up, and so does `IP: none` without an IPv6 address when Calico does the networking.',
    severity: 'error',
    remediation: 'Write `autodetect` (with IP_AUTODETECTION_METHOD), `none`, or the node\'s address, e.g. from `fieldRef: status.hostIP`.',
    kinds: [...ENV_KINDS],
    messages: {
      invalid: '{{name}} "{{value}}" {{error}}: calico-node exits',
      noAddress:
        '{{name}} is "none" and IP6 {{ip6}}, so calico-node takes no address for the node and, with networking backend {{backend}}, exits ("no IPv4 or IPv6 addresses configured or detected, required for Calico networking") on every node whose Calico Node resource holds none, a new node included',
    },
    docs: 'Sources: node/pkg/lifecycle/startup/startup.go `configureIPsAndSubnets` and `parseIPEnvironment` (Calico v3.32), which compare with `autodetect` and `none` exactly and parse the rest with cnet.IPNet, terminating on a bad value or the wrong family; `configureAndCheckIPAddressSubnetsErr` returns before reading them with `CALICO_NETWORKING_BACKEND=none`. A value built from other variables (`$(NODE_IP)`) is not judged. `IP: none` with `IP6` unset, empty or `none` leaves the node without an address, which calico-node refuses unless the networking backend is `none` (startup.go `configureAndCheckIPAddressSubnetsErr`; startup_test.go line 155); when the input holds a Calico Node resource with a BGP address, which calico-node keeps, the finding is a warning.',
  },
  check(resource, ctx) {
    checkEnv(resource, ctx, ['IP', 'IP6'], (v) => {
      const install = installOf(ctx.model, v);
      const backend = install?.env.get('CALICO_NETWORKING_BACKEND');
      if (backend?.value === 'none') return;
      if (v.value.includes('$(')) return;
      // configureIPsAndSubnets reads no IPv4 address for `none`, and none for IPv6 when IP6 is unset,
      // empty or `none`; configureAndCheckIPAddressSubnetsErr then terminates unless the stored Node
      // had an address (startup.go, Calico v3.32.1; startup_test.go:155 expects the exit).
      if (v.name === 'IP' && v.value === 'none' && install !== undefined && (backend === undefined || backend.value !== null)) {
        const ip6 = install.env.get('IP6');
        if (ip6 === undefined || ip6.value === '' || ip6.value === 'none') {
          const data = { name: v.label, ip6: ip6 === undefined ? 'is not set' : `is "${ip6.value}"`, backend: backend?.value ?? 'bird (the default)' };
          ctx.report({ path: v.path, messageId: 'noAddress', data, ...(calicoNodeWithAddress(ctx.model) ? { severity: 'warning' as const } : {}) });
        }
      }
      const error = addressError(v.value.trim(), v.name === 'IP6' ? 6 : 4);
      if (error !== null) ctx.report({ path: v.path, messageId: 'invalid', data: { name: v.label, value: v.value, error } });
    });
  },
});
