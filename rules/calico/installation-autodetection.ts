/**
 * The tigera-operator's check of node address autodetection (validateNodeAddressDetection in
 * tigera/operator pkg/controller/installation/validation.go at v1.42.3, the operator Calico v3.32.1
 * installs; v1.43.0 has the same): per family, at most one method among `interface`,
 * `skipInterface`, `canReach`, `firstFound: true`, `cidrs` and `kubernetes`, and every `cidrs`
 * entry a CIDR Go's net.ParseCIDR reads. The operator refuses the Installation otherwise.
 */
import { parseCalicoCidr } from '../../src/engine/calico-formats.js';
import { parseGoIp } from '../../src/engine/cidr.js';
import { andList } from '../../src/engine/plural.js';
import { defineRule } from '../../src/engine/rule.js';
import { asArray, getIn, isObject } from '../../src/engine/values.js';
import { autodetectionError } from './env-autodetection-method.js';

const FAMILIES = ['nodeAddressAutodetectionV4', 'nodeAddressAutodetectionV6'] as const;

/** The methods an autodetection object turns on, as the operator counts them (a `false` firstFound is none). */
function methodsOf(ad: Record<string, unknown>): string[] {
  const set = (v: unknown) => (typeof v === 'string' ? v.length > 0 : Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null);
  return [
    set(ad.interface) && 'interface',
    set(ad.skipInterface) && 'skipInterface',
    set(ad.canReach) && 'canReach',
    ad.firstFound === true && 'firstFound',
    set(ad.cidrs) && 'cidrs',
    set(ad.kubernetes) && 'kubernetes',
  ].filter((m): m is string => typeof m === 'string');
}

export default defineRule({
  meta: {
    id: 'calico/installation-autodetection',
    description: "An Installation's `nodeAddressAutodetectionV4`/`V6` turns on at most one method (`interface`, `skipInterface`, `canReach`, `firstFound`, `cidrs`, `kubernetes`), and its `cidrs` are CIDRs; the operator refuses the Installation otherwise. The method it hands calico-node must work there: Go regular expressions, CIDRs and a `canReach` address of the family.",
    severity: 'error',
    remediation: 'Keep one method per family, e.g. `nodeAddressAutodetectionV4: { kubernetes: NodeInternalIP }` or `{ cidrs: [10.0.0.0/8] }`.',
    kinds: ['operator.tigera.io/Installation'],
    messages: {
      several: '{{family}} turns on {{methods}}: the operator allows no more than one autodetection method per family',
      cidr: 'autodetection cidrs entry {{error}}: the operator refuses it',
      method: '{{family}}.{{field}}: {{error}}; the operator passes it to calico-node as IP{{v6}}_AUTODETECTION_METHOD, which exits',
      cidrFamily: '{{family}}.cidrs holds no IPv{{want}} network ({{cidrs}}): calico-node finds no address of the family and exits',
      canReach: '{{family}}.canReach "{{value}}" {{why}}: calico-node cannot autodetect by it and exits',
    },
    docs: 'The operator copies the method into calico-node\'s IP_AUTODETECTION_METHOD / IP6_AUTODETECTION_METHOD (tigera/operator pkg/render/node.go getAutodetectionMethod, v1.42.3): `interface` and `skipInterface` are comma-separated Go regular expressions, `cidrs` joined with commas, `canReach` an address or host name (calico-node dials it on port 80, so no port of its own; node/pkg/lifecycle/startup/autodetection). An autodetection object with no method gives IP=none (or IP6=none): the documented way to set node addresses by hand on the Node resource, so it is not judged.',
  },
  check(resource, ctx) {
    for (const family of FAMILIES) {
      const ad = getIn(resource.value, ['spec', 'calicoNetwork', family]);
      if (!isObject(ad)) continue;
      const path = ['spec', 'calicoNetwork', family];
      const v6 = family.endsWith('V6');
      const methods = methodsOf(ad);
      if (methods.length > 1) ctx.report({ path, messageId: 'several', data: { family, methods: andList(methods) } });
      const cidrs = asArray(ad.cidrs);
      const parsedCidrs = cidrs.map((c, i) => {
        // The operator checks it with Go's net.ParseCIDR; calico-node's cidr= method matches
        // addresses with cnet.ParseCIDR's IPNet (autodetection_methods.go, filtered.go matchCIDRs).
        const parsed = typeof c === 'string' ? parseCalicoCidr(c) : { ok: false as const, error: 'must be a CIDR string' };
        if (!parsed.ok) ctx.report({ path: [...path, 'cidrs', i], messageId: 'cidr', data: { error: parsed.error } });
        return parsed;
      });
      if (parsedCidrs.length > 0 && parsedCidrs.every((p) => p.ok) && !parsedCidrs.some((p) => p.ok && p.cidr.family === (v6 ? 6 : 4))) {
        ctx.report({ path: [...path, 'cidrs'], messageId: 'cidrFamily', data: { family, want: v6 ? '6' : '4', cidrs: cidrs.join(', ') } });
      }
      for (const field of ['interface', 'skipInterface'] as const) {
        const value = ad[field];
        if (typeof value !== 'string' || value === '') continue;
        const error = autodetectionError(`${field === 'interface' ? 'interface' : 'skip-interface'}=${value}`);
        if (error !== null) ctx.report({ path: [...path, field], messageId: 'method', data: { family, field, error, v6: v6 ? '6' : '' } });
      }
      if (typeof ad.canReach === 'string' && ad.canReach !== '') {
        const why = canReachProblem(ad.canReach, v6 ? 6 : 4);
        if (why !== null) ctx.report({ path: [...path, 'canReach'], messageId: 'canReach', data: { family, value: ad.canReach, why } });
      }
    }
  },
});

/**
 * Why calico-node's can-reach would fail for this destination, or null (a host name is resolved
 * there). It dials udp4 or udp6 (reachaddr.go ReachDestination), and Go's net takes an
 * IPv4-mapped address for udp4 only (ipv4only / ipv6only in src/net/ipsock.go ask To4()).
 */
function canReachProblem(text: string, family: 4 | 6): string | null {
  const ip = parseGoIp(text);
  if (ip !== null) return ip.family === family ? null : `is an IPv${ip.family} address, not IPv${family}`;
  if (/^[^:]+:\d+$/.test(text) || /^\[.*\]:\d+$/.test(text)) return 'carries a port (calico-node dials port 80 itself)';
  return null;
}

