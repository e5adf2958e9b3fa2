import { defineRule } from '../../src/engine/rule.js';
import type { Path, Resource } from '../../src/engine/types.js';
import { asArray, asObject, getIn, objectItems } from '../../src/engine/values.js';

const MAX_AS = 4294967295;

/** Parses an AS number as Calico does: 0–4294967295, or dotted `X.Y` (each half 0–65535). */
export function parseAsNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= MAX_AS ? value : null;
  if (typeof value !== 'string') return null;
  const plain = /^\d+$/.exec(value);
  if (plain) {
    const n = Number(value);
    return n <= MAX_AS ? n : null;
  }
  const dotted = /^(\d+)\.(\d+)$/.exec(value);
  if (!dotted) return null;
  const hi = Number(dotted[1]);
  const lo = Number(dotted[2]);
  return hi <= 65535 && lo <= 65535 ? hi * 65536 + lo : null;
}

const FIELDS: Record<string, Path[]> = {
  BGPConfiguration: [['spec', 'asNumber']],
  BGPPeer: [['spec', 'asNumber'], ['spec', 'localASNumber']],
  Node: [['spec', 'bgp', 'asNumber']],
};

/**
 * A BGPFilter's AS numbers (api/pkg/apis/projectcalico/v3/bgpfilter.go, Calico v3.32.1: each
 * rule's `asPathPrefix` and its operations' `prependASPath.prefix`, lists of numorstring.ASNumber).
 */
function filterAsPaths(resource: Resource): Path[] {
  const spec = asObject(resource.value.spec);
  const out: Path[] = [];
  for (const list of ['exportV4', 'importV4', 'exportV6', 'importV6']) {
    for (const [i, rule] of objectItems(spec[list])) {
      asArray(rule.asPathPrefix).forEach((_, j) => out.push(['spec', list, i, 'asPathPrefix', j]));
      for (const [k, op] of objectItems(rule.operations)) asArray(asObject(op.prependASPath).prefix).forEach((_, j) => out.push(['spec', list, i, 'operations', k, 'prependASPath', 'prefix', j]));
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'calico/asnumber-format',
    description: 'AS numbers (BGPConfiguration, BGPPeer, Node, and a BGPFilter\'s `asPathPrefix` and `prependASPath.prefix`) must be integers 0–4294967295 or dotted `X.Y` with both halves 0–65535; CRD-backed manifests (`crd.projectcalico.org/v1`) accept integers only for the single AS number fields.',
    severity: 'error',
    remediation: 'Write the AS number as a plain unquoted integer, e.g. `asNumber: 64512`.',
    kinds: ['calico/BGPConfiguration', 'calico/BGPPeer', 'calico/Node', 'calico/BGPFilter'],
    messages: {
      invalid: '{{field}} {{value}} is not a valid AS number (0–4294967295, or X.Y with halves 0–65535)',
      crdString: '{{field}} is a string ({{value}}); the crd.projectcalico.org/v1 schema types it as an integer, so the API server rejects it',
    },
  },
  check(resource, ctx) {
    const filter = resource.kind === 'BGPFilter';
    for (const path of filter ? filterAsPaths(resource) : (FIELDS[resource.kind] ?? [])) {
      const value = getIn(resource.value, path);
      if (value === undefined || value === null) continue;
      const field = path.join('.');
      if (parseAsNumber(value) === null) {
        ctx.report({ path, messageId: 'invalid', data: { field, value: JSON.stringify(value) } });
      } else if (!filter && resource.group === 'crd.projectcalico.org' && typeof value === 'string') {
        ctx.report({ path, messageId: 'crdString', data: { field, value: JSON.stringify(value) } });
      }
    }
  },
});
