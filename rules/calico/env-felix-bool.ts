import { defineRule } from '../../src/engine/rule.js';
import { parseFelixBool } from './lib/calico-node-env.js';
import { ENV_KINDS, checkEnv } from './lib/env-rule.js';

/** Boolean Felix parameters commonly set through the calico-node env. */
const BOOLEAN_FELIX_ENV = [
  'FELIX_IPINIPENABLED',
  'FELIX_VXLANENABLED',
  'FELIX_WIREGUARDENABLED',
  'FELIX_WIREGUARDENABLEDV6',
  'FELIX_IPV6SUPPORT',
  'FELIX_HEALTHENABLED',
  'FELIX_BPFENABLED',
  'FELIX_PROMETHEUSMETRICSENABLED',
  'FELIX_USEINTERNALDATAPLANEDRIVER',
];

export default defineRule({
  meta: {
    id: 'calico/env-felix-bool',
    description:
      'Boolean `FELIX_*` variables (e.g. `FELIX_IPINIPENABLED`) accept only true/false, 1/0, yes/no, y/n, t/f (any case, no spaces around), or `none` for the zero value; Felix replaces anything else with the parameter\'s default (no boolean stops Felix), so the setting silently does not apply. An empty value is skipped.',
    severity: 'warning',
    remediation: 'Write `"true"` or `"false"`.',
    kinds: [...ENV_KINDS],
    messages: { invalid: '{{name}} is "{{value}}", which Felix does not read as a boolean: it uses the default instead' },
    docs: 'Source: felix/config/param_types.go BoolParam.Parse and config_params.go (Calico v3.32.1): a value that does not parse is replaced with the default ("Replacing invalid value with default") unless the parameter is die-on-fail, which no boolean parameter is.',
  },
  check(resource, ctx) {
    checkEnv(resource, ctx, BOOLEAN_FELIX_ENV, (v) => {
      // Felix skips an empty value (Config.UpdateFrom), reads `none` in any case as the zero value,
      // and parses the rest as written, spaces included (param_types.go BoolParam.Parse).
      if (v.value === '' || v.value.toLowerCase() === 'none') return;
      if (v.value !== v.value.trim() || parseFelixBool(v.value) === null) ctx.report({ path: v.path, messageId: 'invalid', data: { name: v.label, value: v.value } });
    });
  },
});
