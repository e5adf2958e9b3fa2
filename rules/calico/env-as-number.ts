import { defineRule } from '../../src/engine/rule.js';
import { parseAsNumber } from './asnumber-format.js';
import { installOf } from './lib/calico-node-env.js';
import { ENV_KINDS, checkEnv } from './lib/env-rule.js';

/**
 * calico-node's `AS`: the node's own BGP AS number. startup.go (configureASNumber, Calico v3.32)
 * reads a non-empty value with numorstring.ASNumberFromString (0–4294967295, or dotted `X.Y` with
 * halves 0–65535) and terminates when it does not parse; with `CALICO_NETWORKING_BACKEND=none` it
 * is not read.
 */
export default defineRule({
  meta: {
    id: 'calico/env-as-number',
    description: 'calico-node\'s `AS` must be an AS number (0–4294967295, or `X.Y` with halves 0–65535); any other non-empty value makes calico-node exit at start-up.',
    severity: 'error',
    remediation: 'Write the AS number as digits, e.g. `AS: "64512"`, or leave `AS` unset to use the global AS number of the BGPConfiguration.',
    kinds: [...ENV_KINDS],
    messages: { invalid: '{{name}} "{{value}}" is not an AS number (0–4294967295, or X.Y with halves 0–65535): calico-node exits ("The AS number specified in the environment … is not valid")' },
    docs: 'Sources: node/pkg/lifecycle/startup/startup.go `configureASNumber` (Calico v3.32), which parses a non-empty `AS` with `numorstring.ASNumberFromString` (api/pkg/lib/numorstring/asnumber.go: strconv.ParseUint of the digits, else two 16-bit halves around one dot) and terminates on an error; it returns before reading `AS` with `CALICO_NETWORKING_BACKEND=none`. A value built from other variables (`$(NODE_AS)`) is not judged.',
  },
  check(resource, ctx) {
    checkEnv(resource, ctx, ['AS'], (v) => {
      if (v.value === '' || v.value.includes('$(')) return;
      if (installOf(ctx.model, v)?.env.get('CALICO_NETWORKING_BACKEND')?.value === 'none') return;
      if (parseAsNumber(v.value) === null) ctx.report({ path: v.path, messageId: 'invalid', data: { name: v.label, value: v.value } });
    });
  },
});
