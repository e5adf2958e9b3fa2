/**
 * FelixConfiguration fields the API takes as written and only Felix parses (Calico v3.32.1):
 * `interfaceExclude` and `interfacePrefix`, free strings (no validator tag, no CRD pattern:
 * api/pkg/apis/projectcalico/v3/felixconfig.go), and `istioDSCPMark`, a numorstring.DSCP whose
 * range and names the API server does not check. Felix reads each value's text as it reads the
 * FELIX_* variable (felix/config/config_params.go kinds `iface-list-regexp`, `iface-list`, `dscp`;
 * the field's String() text, libcalico-go updateprocessors/configurationprocessor.go), with the
 * parsers of rules/calico/lib/felix-param-types.ts. A value it cannot read falls back to the
 * default (interfaceExclude, istioDSCPMark) or stops Felix (interfacePrefix, die-on-fail). The
 * fields with a pattern or format in the CRD are calico/felixconfig-field-values'.
 *
 * Where the cluster's release is known, an option a later Felix added to a `oneof` parameter is
 * reported too when the API takes it on that release (v3.31's CRD lists nftablesMode `Auto`, which
 * only v3.32's Felix reads): Felix reads the field as the parameter and refuses the option as
 * unknown (param_types.go OneofListParam). Values the CRD or Calico's validator of that release
 * refuses are calico/field-not-in-version's.
 */
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import felix from './generated/felix-params.json' with { type: 'json' };
import { calicoRelease, felixOptionSince, fieldsNewerThan, minorOf } from './lib/field-history.js';
import { FELIX_PARSERS } from './lib/felix-param-types.js';
import type { FelixParam } from './lib/felix-param-types.js';

const PARAMS = new Map((felix.params as FelixParam[]).map((p) => [p.name.toLowerCase(), p]));
const FIELDS = ['interfaceExclude', 'interfacePrefix', 'istioDSCPMark'].map((field) => ({ field, param: (felix.params as FelixParam[]).find((p) => p.name.toLowerCase() === field.toLowerCase())! }));

export default defineRule({
  meta: {
    id: 'calico/felixconfig-felix-values',
    description: 'FelixConfiguration values only Felix reads: `interfaceExclude` is a comma-separated list of interface names and `/regex/` patterns (Go regular expressions), `interfacePrefix` a comma-separated list of interface names, `istioDSCPMark` a DSCP value 0–63 or name (DF, EF, AF11–AF43, CS0–CS6). Felix ignores an `interfaceExclude` or `istioDSCPMark` it cannot read (and uses the default), and does not start with such an `interfacePrefix`. Where the cluster\'s Calico release is known, an option a later Felix added to a field the API already takes (nftablesMode `Auto` before 3.32) is reported too: Felix refuses it as unknown.',
    severity: 'error',
    remediation: 'Write interface names of 1–15 letters, digits, `_` and `-`, or `/regex/` patterns without spaces, separated by commas with no spaces (e.g. `kube-ipvs0,/^veth.*/`); a DSCP as a number 0–63 or a name such as `AF41`.',
    kinds: ['calico/FelixConfiguration'],
    messages: {
      fallback: '{{field}} "{{value}}" {{problem}}: Felix ignores it and uses the default ({{default}})',
      fatal: '{{field}} "{{value}}" {{problem}}: Felix refuses it and does not start',
      newerOption: '{{field}} "{{value}}": Felix takes {{option}} for {{param}} from Calico {{since}} on; the API of Calico {{target}} ({{source}}) stores it, but its Felix {{outcome}}',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    for (const { field, param } of FIELDS) {
      // Felix receives the field's text: a number (istioDSCPMark) as its decimal digits.
      const written = spec[field];
      const value = typeof written === 'number' && Number.isInteger(written) && written >= 0 ? String(written) : written;
      if (typeof value !== 'string' || value === '' || value.toLowerCase() === 'none') continue;
      const problem = FELIX_PARSERS[param.kind](value, param);
      if (problem === null) continue;
      if (param.flags.includes('die-on-fail')) ctx.report({ path: ['spec', field], messageId: 'fatal', data: { field, value, problem } });
      else ctx.report({ path: ['spec', field], messageId: 'fallback', severity: 'warning', data: { field, value, problem, default: param.default } });
    }
    const release = calicoRelease(ctx.model);
    if (release === null) return;
    for (const [field, value] of Object.entries(spec)) {
      if (typeof value !== 'string') continue;
      const added = felixOptionSince(field, value);
      if (added === null || release.minor >= minorOf(added.since)!) continue;
      if (fieldsNewerThan('FelixConfiguration', { spec: { [field]: value } }, release.minor).length > 0) continue;
      const param = PARAMS.get(field.toLowerCase());
      const fatal = param?.flags.includes('die-on-fail') === true;
      const outcome = fatal ? 'refuses it and does not start' : 'refuses it as unknown and keeps the default';
      ctx.report({ path: ['spec', field], messageId: 'newerOption', severity: fatal ? 'error' : 'warning', data: { field, value, option: added.option, param: param?.name ?? field, since: added.since, target: `3.${release.minor}`, source: release.source, outcome } });
    }
  },
});
