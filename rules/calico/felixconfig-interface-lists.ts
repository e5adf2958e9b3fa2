/**
 * FelixConfiguration `interfaceExclude` and `interfacePrefix` are free strings to the API (no
 * validator tag, no CRD pattern: api/pkg/apis/projectcalico/v3/felixconfig.go, Calico v3.32.1);
 * Felix parses them as it parses FELIX_INTERFACEEXCLUDE and FELIX_INTERFACEPREFIX
 * (felix/config/config_params.go kinds `iface-list-regexp` and `iface-list`,
 * rules/calico/lib/felix-param-types.ts). A value it cannot read falls back to the default
 * (interfaceExclude) or stops Felix (interfacePrefix, die-on-fail). The FelixConfiguration fields
 * with a pattern or format in the CRD are calico/felixconfig-field-values'.
 */
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import felix from './generated/felix-params.json' with { type: 'json' };
import { FELIX_PARSERS } from './lib/felix-param-types.js';
import type { FelixParam } from './lib/felix-param-types.js';

const FIELDS = ['interfaceExclude', 'interfacePrefix'].map((field) => ({ field, param: (felix.params as FelixParam[]).find((p) => p.name.toLowerCase() === field.toLowerCase())! }));

export default defineRule({
  meta: {
    id: 'calico/felixconfig-interface-lists',
    description: 'FelixConfiguration `interfaceExclude` is a comma-separated list of interface names and `/regex/` patterns (Go regular expressions), and `interfacePrefix` a comma-separated list of interface names: Felix ignores an `interfaceExclude` it cannot read (and excludes only kube-ipvs0), and does not start with such an `interfacePrefix`.',
    severity: 'error',
    remediation: 'Write names of 1–15 letters, digits, `_` and `-`, or `/regex/` patterns without spaces, separated by commas with no spaces (e.g. `kube-ipvs0,/^veth.*/`).',
    kinds: ['calico/FelixConfiguration'],
    messages: {
      fallback: '{{field}} "{{value}}" {{problem}}: Felix ignores it and uses the default ({{default}})',
      fatal: '{{field}} "{{value}}" {{problem}}: Felix refuses it and does not start',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    for (const { field, param } of FIELDS) {
      const value = spec[field];
      if (typeof value !== 'string' || value === '' || value.toLowerCase() === 'none') continue;
      const problem = FELIX_PARSERS[param.kind](value, param);
      if (problem === null) continue;
      if (param.flags.includes('die-on-fail')) ctx.report({ path: ['spec', field], messageId: 'fatal', data: { field, value, problem } });
      else ctx.report({ path: ['spec', field], messageId: 'fallback', severity: 'warning', data: { field, value, problem, default: param.default } });
    }
  },
});
