import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { describeValue, isObject } from '../../src/engine/values.js';

type Expect = 'list' | 'map' | 'string' | 'int-or-string' | 'integer';
const WORDS: Record<Expect, string> = { list: 'a list', map: 'an object', string: 'a string', 'int-or-string': 'a number or a port name', integer: 'a whole number' };

/** Go's encoding/json into the NetworkPolicy types: null decodes into anything (its zero value). */
function fits(value: unknown, expect: Expect): boolean {
  if (value === null || value === undefined) return true;
  switch (expect) {
    case 'list':
      return Array.isArray(value);
    case 'map':
      return isObject(value);
    case 'string':
      return typeof value === 'string';
    case 'int-or-string':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
  }
}

export default defineRule({
  meta: {
    id: 'netpol/field-type',
    description:
      'Each NetworkPolicy field has the JSON type of its Go field: `policyTypes`, `ingress`, `egress`, `from`, `to`, `ports` and `except` are lists (`policyTypes: Ingress` is not), rules, peers, ports and `ipBlock` are maps, `port` is a number or a port name, `endPort` a whole number. The API server cannot decode anything else and rejects the object; a `null` peer decodes as an empty one, which it rejects too ("must specify a peer").',
    severity: 'error',
    remediation: 'Write the field with its type: a list as `[a, b]` or `- a` items (`policyTypes: [Ingress]`), a map as `key: value` pairs, `port: 80` or `port: http`.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: {
      wrongType: '{{field}} must be {{expected}}, not {{got}}: the API server cannot decode the policy',
      nullPeer: 'a null {{key}} peer decodes as an empty one, which sets none of podSelector, namespaceSelector and ipBlock: the API server rejects the policy ("must specify a peer")',
    },
    docs: 'Source: k8s.io/api networking/v1 types.go (NetworkPolicySpec, NetworkPolicyIngressRule, NetworkPolicyEgressRule, NetworkPolicyPeer, IPBlock, NetworkPolicyPort: `port` is an IntOrString, `endPort` an *int32), decoded by Go\'s encoding/json; Kubernetes `ValidateNetworkPolicyPeer` for the empty peer. Selectors are `netpol/label-selector`\'s, `cidr` and `except` entries `netpol/ipblock-cidr`\'s and `netpol/ipblock-except`\'s, `protocol` `netpol/protocol`\'s.',
  },
  check(resource, ctx) {
    const check = (value: unknown, expect: Expect, path: Path): boolean => {
      if (fits(value, expect)) return value !== null && value !== undefined;
      const last = path[path.length - 1];
      const field = typeof last === 'number' ? `${String(path[path.length - 2])}[${last}]` : last;
      ctx.report({ path, messageId: 'wrongType', data: { field, expected: WORDS[expect], got: describeValue(value) } });
      return false;
    };
    const spec = resource.value.spec;
    if (!check(spec, 'map', ['spec'])) return;
    const s = spec as Record<string, unknown>;
    if (check(s.policyTypes, 'list', ['spec', 'policyTypes'])) {
      (s.policyTypes as unknown[]).forEach((t, i) => check(t, 'string', ['spec', 'policyTypes', i]));
    }
    for (const [dir, key] of [['ingress', 'from'], ['egress', 'to']] as const) {
      if (!check(s[dir], 'list', ['spec', dir])) continue;
      (s[dir] as unknown[]).forEach((rule, i) => {
        if (!check(rule, 'map', ['spec', dir, i])) return;
        const r = rule as Record<string, unknown>;
        if (check(r[key], 'list', ['spec', dir, i, key])) {
          (r[key] as unknown[]).forEach((peer, j) => {
            const at = ['spec', dir, i, key, j];
            if (peer === null) ctx.report({ path: at, messageId: 'nullPeer', data: { key } });
            else if (check(peer, 'map', at) && check((peer as Record<string, unknown>).ipBlock, 'map', [...at, 'ipBlock'])) {
              check(((peer as Record<string, unknown>).ipBlock as Record<string, unknown>).except, 'list', [...at, 'ipBlock', 'except']);
            }
          });
        }
        if (check(r.ports, 'list', ['spec', dir, i, 'ports'])) {
          (r.ports as unknown[]).forEach((port, j) => {
            const at = ['spec', dir, i, 'ports', j];
            if (!check(port, 'map', at)) return;
            check((port as Record<string, unknown>).port, 'int-or-string', [...at, 'port']);
            check((port as Record<string, unknown>).endPort, 'integer', [...at, 'endPort']);
          });
        }
      });
    }
  },
});
