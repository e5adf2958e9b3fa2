import { defineRule } from '../../src/engine/rule.js';
import { POLICY_KINDS } from './lib/selectors.js';
import { policyRules } from './lib/policy.js';
import { portRangeProblem } from './lib/ports.js';

export default defineRule({
  meta: {
    id: 'calico/policy-port-range',
    description: 'A Calico port range is written `min:max` with a colon, both ends 1–65535 and min ≤ max; `8000-8080` is read as a (non-existent) named port and matches nothing.',
    severity: 'error',
    remediation: 'Write the range with a colon and the smaller port first, e.g. `"8000:8080"`.',
    kinds: [...POLICY_KINDS],
    messages: {
      reversed: 'port range "{{value}}" starts above its end',
      outOfRange: 'port range "{{value}}" has an end outside 1–65535',
      dash: 'ports entry "{{value}}" looks like a range written with "-": Calico reads it as a named port, which matches nothing; write "{{fixed}}"',
    },
  },
  check(resource, ctx) {
    for (const { sides } of policyRules(resource)) {
      for (const { entity, path } of sides) {
        for (const list of ['ports', 'notPorts'] as const) {
          (Array.isArray(entity[list]) ? (entity[list] as unknown[]) : []).forEach((port, j) => {
            if (typeof port !== 'string') return;
            const at = [...path, list, j];
            const dash = /^(\d+)-(\d+)$/.exec(port);
            const problem = portRangeProblem(port);
            if (problem !== null) ctx.report({ path: at, messageId: problem, data: { value: port } });
            else if (dash) ctx.report({ path: at, messageId: 'dash', data: { value: port, fixed: `${dash[1]}:${dash[2]}` } });
          });
        }
      }
    }
  },
});
