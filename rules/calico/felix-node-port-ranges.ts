import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asArray, asObject } from '../../src/engine/values.js';
import { portRangeProblem } from './lib/ports.js';

export default defineRule({
  meta: {
    id: 'calico/felix-node-port-ranges',
    description: 'FelixConfiguration `kubeNodePortRanges` holds at most 7 port numbers or `min:max` ranges, never named ports; each of them, `natPortRange` and `bpfPSNATPorts` have both ends from 1 to 65535 and the smaller first (libcalico-go validator).',
    severity: 'error',
    remediation: 'List the node port range as numbers, e.g. `kubeNodePortRanges: ["30000:32767"]`, with at most 7 entries.',
    kinds: ['calico/FelixConfiguration'],
    messages: {
      tooLong: 'kubeNodePortRanges has {{count}} entries; Calico allows at most 7',
      named: 'kubeNodePortRanges entry {{value}} is a named port; node port ranges take numbers',
      outOfRange: '{{field}} {{value}} has an end outside 1–65535: Calico rejects the FelixConfiguration',
      reversed: '{{field}} {{value}} starts above its end: Calico rejects the FelixConfiguration',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    // Single ports are calico/felixconfig-field-values' (the CRD's schema); ranges are judged here.
    const range = (value: unknown, path: Path, field: string) => {
      const problem = portRangeProblem(value);
      if (problem !== null) ctx.report({ path, messageId: problem, data: { field, value: JSON.stringify(value) } });
    };
    const ranges = asArray(spec.kubeNodePortRanges);
    for (const field of ['natPortRange', 'bpfPSNATPorts']) range(spec[field], ['spec', field], field);
    ranges.forEach((r, i) => range(r, ['spec', 'kubeNodePortRanges', i], 'kubeNodePortRanges entry'));
    if (ranges.length > 7) ctx.report({ path: ['spec', 'kubeNodePortRanges'], messageId: 'tooLong', data: { count: String(ranges.length) } });
    ranges.forEach((r, i) => {
      if (typeof r === 'string' && !/^\d+(:\d+)?$/.test(r)) ctx.report({ path: ['spec', 'kubeNodePortRanges', i], messageId: 'named', data: { value: JSON.stringify(r) } });
    });
  },
});
