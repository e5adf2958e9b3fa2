import { parseGoCidr } from '../../src/engine/cidr.js';
import { goRegexpProblem } from '../../src/engine/go-regexp.js';
import { defineRule } from '../../src/engine/rule.js';
import { calicoNodeInstalls } from './lib/calico-node-env.js';
import type { EnvValue } from './lib/calico-node-env.js';
import { ENV_KINDS, checkEnv } from './lib/env-rule.js';

/**
 * Why a method is not one calico-node knows, or null when it is fine (autodetection_methods.go
 * AutoDetectCIDR, Calico v3.32: prefixes tried in turn, lists split on commas with the spaces
 * around them, interface patterns compiled as Go regular expressions).
 */
export function autodetectionError(text: string): string | null {
  const t = text.trim();
  if (t === '' || t === 'first-found' || t.startsWith('kubernetes-internal-ip')) return null;
  const m = /^(interface|skip-interface|can-reach|cidr)=(.*)$/.exec(t);
  if (!m) return `"${t}" is not a method (first-found, kubernetes-internal-ip, interface=, skip-interface=, can-reach=, cidr=)`;
  if (m[2].trim() === '') return `${m[1]}= needs a value`;
  const items = m[2].split(/\s*,\s*/);
  if (m[1] === 'cidr') {
    for (const c of items) {
      const r = parseGoCidr(c); // cnet.ParseCIDR
      if (!r.ok) return r.error;
    }
  }
  if (m[1] === 'interface' || m[1] === 'skip-interface') {
    for (const re of items) {
      const problem = goRegexpProblem(re);
      if (problem !== null) return `"${re}" is not a Go regular expression: ${problem}`;
    }
  }
  return null;
}

export default defineRule({
  meta: {
    id: 'calico/env-autodetection-method',
    description:
      '`IP_AUTODETECTION_METHOD` / `IP6_AUTODETECTION_METHOD` must be `first-found`, `kubernetes-internal-ip`, or `interface=`, `skip-interface=` (regular expressions), `can-reach=` (a destination) or `cidr=` (CIDRs); an unknown method makes calico-node exit.',
    severity: 'error',
    remediation: 'Use one of the documented methods, e.g. `interface=eth0` or `cidr=10.0.0.0/16`.',
    kinds: [...ENV_KINDS],
    messages: { invalid: '{{name}}: {{error}}' },
    docs: 'A method is only judged where calico-node reads it: IP_AUTODETECTION_METHOD when `IP` is unset, empty or `autodetect`, IP6_AUTODETECTION_METHOD when `IP6` is `autodetect`, and neither with `CALICO_NETWORKING_BACKEND=none`, which configures no node address (node/pkg/lifecycle/startup/startup.go, Calico v3.32); kops, for one, writes `IP6_AUTODETECTION_METHOD: none` beside `IP6: none`. Interface patterns are Go (RE2) regular expressions: `(?i)eth0` is one, `(?!docker)` is not.',
  },
  check(resource, ctx) {
    checkEnv(resource, ctx, ['IP_AUTODETECTION_METHOD', 'IP6_AUTODETECTION_METHOD'], (v) => {
      if (!methodIsRead(ctx.model, v)) return;
      const error = autodetectionError(v.value);
      if (error) ctx.report({ path: v.path, messageId: 'invalid', data: { name: v.label, error } });
    });
  },
});

/**
 * Whether calico-node reads the method `v` (startup.go `configureIPsAndSubnets`, Calico v3.32):
 * IPv4 autodetects when `IP` is `autodetect`, or unset or empty while the node has no address yet;
 * IPv6 only when `IP6` is `autodetect`. A value netlint cannot see (a fieldRef) counts as read.
 */
function methodIsRead(model: Parameters<typeof calicoNodeInstalls>[0], v: EnvValue): boolean {
  const install = calicoNodeInstalls(model).find((i) => i.env.get(v.name) === v);
  if (!install) return true;
  // Policy-only Calico configures no node address at all (configureAndCheckIPAddressSubnetsErr).
  if (install.env.get('CALICO_NETWORKING_BACKEND')?.value === 'none') return false;
  const v6 = v.name.startsWith('IP6');
  const address = install.env.get(v6 ? 'IP6' : 'IP');
  if (address === undefined) return !v6;
  if (address.value === null) return true;
  const text = address.value.trim();
  return text === 'autodetect' || (!v6 && text === '');
}
