import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'calico/felix-node-port-ranges',
    description: 'FelixConfiguration `kubeNodePortRanges` holds at most 7 port numbers or `min:max` ranges, never named ports (libcalico-go validator).',
    severity: 'error',
    remediation: 'List the node port range as numbers, e.g. `kubeNodePortRanges: ["30000:32767"]`, with at most 7 entries.',
    kinds: ['calico/FelixConfiguration'],
    messages: {
      tooLong: 'kubeNodePortRanges has {{count}} entries; Calico allows at most 7',
      named: 'kubeNodePortRanges entry {{value}} is a named port; node port ranges take numbers',
    },
  },
  check(resource, ctx) {
    const ranges = asArray(asObject(resource.value.spec).kubeNodePortRanges);
    if (ranges.length > 7) ctx.report({ path: ['spec', 'kubeNodePortRanges'], messageId: 'tooLong', data: { count: String(ranges.length) } });
    ranges.forEach((r, i) => {
      if (typeof r === 'string' && !/^\d+(:\d+)?$/.test(r)) ctx.report({ path: ['spec', 'kubeNodePortRanges', i], messageId: 'named', data: { value: JSON.stringify(r) } });
    });
  },
});
