import { defineRule } from '../../src/engine/rule.js';
import { asObject, objectItems } from '../../src/engine/values.js';

/** libcalico-go validator.go htoNameRegex. */
const NAME = /^[a-zA-Z0-9_ -]+$/;

export default defineRule({
  meta: {
    id: 'calico/felix-health-timeout-overrides',
    description: 'Each FelixConfiguration `healthTimeoutOverrides` entry names a health reporter (letters, digits, `_`, `-`, spaces) and has a timeout that is not negative (libcalico-go validator).',
    severity: 'error',
    remediation: 'Name the reporter as Felix logs it (e.g. `InternalDataplaneMainLoop`) and give a duration such as `60s`.',
    kinds: ['calico/FelixConfiguration'],
    messages: {
      name: 'healthTimeoutOverrides[{{i}}].name {{value}} must match {{regex}}',
      negative: 'healthTimeoutOverrides[{{i}}].timeout {{value}} is negative',
    },
  },
  check(resource, ctx) {
    for (const [i, o] of objectItems(asObject(resource.value.spec).healthTimeoutOverrides)) {
      if (typeof o.name !== 'string' || !NAME.test(o.name)) ctx.report({ path: ['spec', 'healthTimeoutOverrides', i, 'name'], messageId: 'name', data: { i: String(i), value: JSON.stringify(o.name ?? ''), regex: String(NAME) } });
      if (typeof o.timeout === 'string' && o.timeout.trim().startsWith('-')) ctx.report({ path: ['spec', 'healthTimeoutOverrides', i, 'timeout'], messageId: 'negative', data: { i: String(i), value: o.timeout } });
    }
  },
});
