/**
 * FelixConfiguration fields the API takes as written and only Felix parses (Calico v3.32.1):
 * `interfaceExclude`, `interfacePrefix`, `bpfCTLBLogFilter`, `metadataAddr`, `healthHost` and
 * `debugHost`, free strings (no validator tag, no CRD pattern:
 * api/pkg/apis/projectcalico/v3/felixconfig.go), and `istioDSCPMark`, a numorstring.DSCP whose
 * range and names the API server does not check. Felix reads each value's text as it reads the
 * FELIX_* variable (felix/config/config_params.go kinds `iface-list-regexp`, `iface-list`,
 * `oneof(all)`, `hostname`, `host-address`, `dscp`;
 * the field's String() text, libcalico-go updateprocessors/configurationprocessor.go), with the
 * parsers of rules/calico/lib/felix-param-types.ts. A value it cannot read falls back to the
 * default (interfaceExclude, istioDSCPMark, bpfCTLBLogFilter, healthHost, debugHost) or stops
 * Felix (interfacePrefix, metadataAddr: die-on-fail). The fields with a pattern or format in the
 * CRD are calico/felixconfig-field-values'.
 *
 * Values Felix parses but cannot use as written (lib/felix-value-effects.ts): a `vxlanPort`
 * above 65535, which Felix wraps to 16 bits (and re-creates vxlan.calico every 10 s over), or of 0
 * or less, which leaves the device on the kernel's default port 8472; a `vxlanVNI` of 24 bits or
 * more, with which the kernel refuses to create vxlan.calico; integers Felix takes in a range the
 * API does not check (healthPort, metadataPort, prometheusMetricsPort: `int(0:65535)`); mark
 * masks with too few bits for Felix's marks; and `failsafeInboundHostPorts` /
 * `failsafeOutboundHostPorts` entries its port-list
 * parser refuses (a protocol other than TCP or UDP, none at all, a net that is no address or CIDR),
 * which stops Felix, since the parameter is die-on-fail. The API takes all of them: the entries'
 * protocol and net are free strings in the CRD, and the validator's ProtoPort check (TCP, UDP or
 * SCTP) never runs on them, the list field having no `dive` (api/pkg/apis/projectcalico/v3/felixconfig.go,
 * libcalico-go/lib/validator/v3/validator.go validateProtoPort). A failsafe entry for port 0 (written
 * so, or with no port through the v3 API, which writes ProtoPort's `port` without omitempty) is a
 * warning: no service uses port 0, so it lets nothing through.
 *
 * Where the cluster's release is known, an option a later Felix added to a `oneof` parameter is
 * reported too when the API takes it on that release (v3.31's CRD lists nftablesMode `Auto`, which
 * only v3.32's Felix reads): Felix reads the field as the parameter and refuses the option as
 * unknown (param_types.go OneofListParam). Values the CRD or Calico's validator of that release
 * refuses are calico/field-not-in-version's.
 */
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asObject, objectItems } from '../../src/engine/values.js';
import { typedRoundTrip } from './lib/crd-schema.js';
import { failsafeEntryProblem, UNUSABLE_INTS } from './lib/felix-value-effects.js';
import { specFields } from './lib/crd-parts.js';
import felix from './generated/felix-params.json' with { type: 'json' };
import { calicoRelease, felixOptionSince, fieldsNewerThan, minorOf } from './lib/field-history.js';
import { FELIX_PARSERS } from './lib/felix-param-types.js';
import type { FelixParam } from './lib/felix-param-types.js';

const PARAMS = new Map((felix.params as FelixParam[]).map((p) => [p.name.toLowerCase(), p]));

/**
 * FelixConfiguration integer fields whose Felix parameter takes a range (`int(0:65535)` in
 * felix/config/config_params.go) while the API stores any integer (no minimum or maximum in the
 * CRD nor the validator: healthPort, metadataPort and prometheusMetricsPort at v3.32.1; those the
 * schema bounds are calico/felixconfig-field-values'). Felix replaces a value outside the range
 * with the default, or does not start for a die-on-fail parameter (metadataPort): config_params.go
 * UpdateFrom. Worked out on the first FelixConfiguration linted.
 */
let ranged: { field: string; param: FelixParam }[] | undefined;
function rangedInts(): { field: string; param: FelixParam }[] {
  if (ranged !== undefined) return ranged;
  const fields = specFields('FelixConfiguration');
  const byName = new Map(Object.keys(fields).map((f) => [f.toLowerCase(), f]));
  const bounded = (schema: unknown) => /"(minimum|maximum|exclusiveMinimum|exclusiveMaximum)"/.test(JSON.stringify(schema));
  ranged = (felix.params as FelixParam[]).flatMap((param) => {
    const field = byName.get(param.name.toLowerCase());
    return param.kind === 'int' && param.args !== null && field !== undefined && !bounded(fields[field]) ? [{ field, param }] : [];
  });
  return ranged;
}
const FIELDS = ['interfaceExclude', 'interfacePrefix', 'istioDSCPMark', 'bpfCTLBLogFilter', 'metadataAddr', 'healthHost', 'debugHost'].map((field) => ({ field, param: (felix.params as FelixParam[]).find((p) => p.name.toLowerCase() === field.toLowerCase())! }));

export default defineRule({
  meta: {
    id: 'calico/felixconfig-felix-values',
    description: 'FelixConfiguration values only Felix reads: `interfaceExclude` is a comma-separated list of interface names and `/regex/` patterns (Go regular expressions), `interfacePrefix` a comma-separated list of interface names, `istioDSCPMark` a DSCP value 0–63 or name (DF, EF, AF11–AF43, CS0–CS6), `bpfCTLBLogFilter` `all` or nothing, `metadataAddr` a host name or IPv4 address (no scheme, port or IPv6), `healthHost` and `debugHost` host addresses. Felix ignores an `interfaceExclude`, `istioDSCPMark`, `bpfCTLBLogFilter`, `healthHost` or `debugHost` it cannot read (and uses the default), and does not start with such an `interfacePrefix` or `metadataAddr`. The API also stores values Felix cannot use as written: each `failsafeInboundHostPorts` / `failsafeOutboundHostPorts` entry needs protocol TCP or UDP (not SCTP, ICMP or none) and a `net` that is an address or CIDR, else Felix does not start; a failsafe entry for port 0 (or, through the v3 API, with no port) lets nothing through (warning); a `vxlanPort` above 65535 is taken as 16 bits, and Felix also re-creates the VXLAN device every 10 seconds (an error where the input\'s pools use VXLAN), while one of 0 or less leaves the device on the kernel\'s default port 8472 instead of 4789 and Felix\'s VXLAN rules on another (warning); a `vxlanVNI` outside 0–16777215 (24 bits) makes the kernel refuse the VXLAN device, so VXLAN never comes up (an error where the pools use VXLAN; not judged on the eBPF dataplane); `healthPort`, `prometheusMetricsPort` and `metadataPort` outside 0–65535, which the API stores, Felix replaces with the default, and for `metadataPort` does not start; an `iptablesMarkMask` or `nftablesMarkMask` (the one Felix uses: nftables with nftablesMode Enabled) with fewer bits than Felix takes its marks from (2 for its parser; 5 for accept, pass, drop and two scratch marks, one more with WireGuard and one more where the input runs kube-proxy in IPVS mode, beside 0x1ff00000 on the eBPF dataplane, which the mask must hold) stops Felix at start. Where the cluster\'s Calico release is known, an option a later Felix added to a field the API already takes (nftablesMode `Auto` before 3.32) is reported too: Felix refuses it as unknown.',
    severity: 'error',
    remediation: 'Write interface names of 1–15 letters, digits, `_` and `-`, or `/regex/` patterns without spaces, separated by commas with no spaces (e.g. `kube-ipvs0,/^veth.*/`); a DSCP as a number 0–63 or a name such as `AF41`; failsafe ports as `{protocol: TCP, port: 22}` (UDP for DNS and DHCP); a VXLAN port from 1 to 65535 (4789 by default), a VXLAN identifier below 16777216 (4096 by default), ports 0–65535.',
    kinds: ['calico/FelixConfiguration'],
    messages: {
      fallback: '{{field}} "{{value}}" {{problem}}: Felix ignores it and uses the default{{default}}',
      fatal: '{{field}} "{{value}}" {{problem}}: Felix refuses it and does not start',
      newerOption: '{{field}} "{{value}}": Felix takes {{option}} for {{param}} from Calico {{since}} on; the API of Calico {{target}} ({{source}}) stores it, but its Felix {{outcome}}',
      unusable: '{{field}} {{value}} {{effect}}',
      failsafeNoProtocol: '{{path}} has no protocol: Calico takes the entry (its reference calls TCP the default), but it reaches Felix as "{{text}}", and Felix, which takes only tcp or udp there, refuses the list and does not start: write protocol: TCP',
      failsafeProtocol: '{{path}}.protocol {{protocol}}: Calico takes it, but Felix\'s failsafe ports are TCP or UDP only, so Felix refuses the list (the entry reaches it as "{{text}}") and does not start',
      failsafeNet: '{{path}}.net "{{net}}" is not an address or CIDR: Calico takes it, but Felix refuses the list (the entry reaches it as "{{text}}") and does not start',
      failsafeOther: '{{path}} reaches Felix as "{{text}}", which it refuses ({{problem}}): Felix does not start',
      failsafePortZero: '{{path}} {{how}}: a failsafe rule for port 0, which no service uses, so it lets no traffic through',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    for (const { field, effect } of UNUSABLE_INTS) {
      const value = spec[field];
      const found = typeof value === 'number' ? effect(value, ctx.model, spec) : null;
      if (found !== null) ctx.report({ path: ['spec', field], messageId: 'unusable', severity: found.severity, data: { field, value: String(value), effect: found.effect } });
    }
    // Integers the API stores unbounded and Felix takes in a range only (ParamForField's int(min:max)).
    for (const { field, param } of rangedInts()) {
      const value = spec[field];
      if (typeof value !== 'number' || !Number.isInteger(value)) continue;
      judge(field, String(value), param);
    }
    const typed = typedRoundTrip(resource, ctx.model);
    for (const field of ['failsafeInboundHostPorts', 'failsafeOutboundHostPorts']) {
      for (const [i, entry] of objectItems(spec[field])) {
        const at: Path = ['spec', field, i];
        const path = `${field}[${i}]`;
        const problem = failsafeEntryProblem(entry);
        if (problem?.kind === 'noProtocol') ctx.report({ path: at, messageId: 'failsafeNoProtocol', data: { path, text: problem.text } });
        else if (problem?.kind === 'protocol') ctx.report({ path: [...at, 'protocol'], messageId: 'failsafeProtocol', data: { path, protocol: String(entry.protocol), text: problem.text } });
        else if (problem?.kind === 'net') ctx.report({ path: [...at, 'net'], messageId: 'failsafeNet', data: { path, net: String(entry.net), text: problem.text } });
        else if (problem !== null) ctx.report({ path: at, messageId: 'failsafeOther', data: { path, text: problem.text, problem: problem.problem } });
        else if (entry.port === 0) ctx.report({ path: [...at, 'port'], messageId: 'failsafePortZero', severity: 'warning', data: { path, how: 'has port 0' } });
        // Through the v3 API the missing port is written as 0; for the CRD as written it is missing (the schema's error).
        else if (entry.port === undefined && typed) ctx.report({ path: at, messageId: 'failsafePortZero', severity: 'warning', data: { path, how: "has no port, which calicoctl and Calico's API server write as 0" } });
      }
    }
    for (const { field, param } of FIELDS) {
      // Felix receives the field's text: a number (istioDSCPMark) as its decimal digits.
      const written = spec[field];
      const value = typeof written === 'number' && Number.isInteger(written) && written >= 0 ? String(written) : written;
      if (typeof value !== 'string' || value === '' || value.toLowerCase() === 'none') continue;
      judge(field, value, param);
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

    /** Felix reads `value` (the field's text) with its parser: a value it cannot read stops it (die-on-fail) or gives way to the default. */
    function judge(field: string, value: string, param: FelixParam): void {
      const problem = FELIX_PARSERS[param.kind](value, param);
      if (problem === null) return;
      if (param.flags.includes('die-on-fail')) ctx.report({ path: ['spec', field], messageId: 'fatal', data: { field, value, problem } });
      else ctx.report({ path: ['spec', field], messageId: 'fallback', severity: 'warning', data: { field, value, problem, default: param.default === '' ? '' : ` (${param.default})` } });
    }
  },
});
