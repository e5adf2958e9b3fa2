import { parseCalicoCidrOrIp } from '../../src/engine/calico-formats.js';
import { defineRule } from '../../src/engine/rule.js';
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

export default defineRule({
  meta: {
    id: 'calico/env-node-address',
    description: 'calico-node\'s `IP` must be an IPv4 address (or network), `autodetect` or `none`, and `IP6` the same for IPv6; any other value makes calico-node exit at start-up.',
    severity: 'error',
    remediation: 'Write `autodetect` (with IP_AUTODETECTION_METHOD), `none`, or the node\'s address, e.g. from `fieldRef: status.hostIP`.',
    kinds: [...ENV_KINDS],
    messages: { invalid: '{{name}} "{{value}}" {{error}}: calico-node exits' },
    docs: 'Sources: node/pkg/lifecycle/startup/startup.go `configureIPsAndSubnets` and `parseIPEnvironment` (Calico v3.32), which compare with `autodetect` and `none` exactly and parse the rest with cnet.IPNet, terminating on a bad value or the wrong family; `configureAndCheckIPAddressSubnetsErr` returns before reading them with `CALICO_NETWORKING_BACKEND=none`. A value built from other variables (`$(NODE_IP)`) is not judged.',
  },
  check(resource, ctx) {
    checkEnv(resource, ctx, ['IP', 'IP6'], (v) => {
      if (installOf(ctx.model, v)?.env.get('CALICO_NETWORKING_BACKEND')?.value === 'none') return;
      if (v.value.includes('$(')) return;
      const error = addressError(v.value.trim(), v.name === 'IP6' ? 6 : 4);
      if (error !== null) ctx.report({ path: v.path, messageId: 'invalid', data: { name: v.label, value: v.value, error } });
    });
  },
});
