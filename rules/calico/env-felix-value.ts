/**
 * calico-node's FELIX_* variables, read the way Felix reads them: the parameter table comes from
 * the `config:"…"` tags of felix/config/config_params.go at Calico v3.32.1 (extracted by
 * scripts/gen-felix-params.mjs into rules/calico/generated/felix-params.json), the parsing from
 * felix/config/param_types.go. Felix takes the part after FELIX_ case-insensitively
 * (env_var_loader.go), ignores an unknown name and an empty value, reads `none` as the field's
 * zero value (refused for non-zero fields), and on a value it cannot parse either fails to start
 * (die-on-fail parameters) or falls back to the default (config_params.go resolve). A FELIX_VXLANPORT that parses but is no
 * 16-bit port is taken modulo 65536 (lib/felix-value-effects.ts).
 */
import { defineRule } from '../../src/engine/rule.js';
import { didYouMean } from './lib/crd-schema.js';
import felix from './generated/felix-params.json' with { type: 'json' };
import { ENV_KINDS } from './lib/env-rule.js';
import { calicoNodeInstalls } from './lib/calico-node-env.js';
import type { EnvValue } from './lib/calico-node-env.js';
import { FELIX_PARSERS, goInt } from './lib/felix-param-types.js';
import { UNUSABLE_INTS } from './lib/felix-value-effects.js';
import { calicoRelease, felixOptionSince, felixParamHistory, minorOf, NEWEST_KNOWN_MINOR } from './lib/field-history.js';
import type { FelixParam } from './lib/felix-param-types.js';

const PARAMS = new Map((felix.params as FelixParam[]).map((p) => [p.name.toLowerCase(), p]));
const UNUSABLE = new Map(UNUSABLE_INTS.map((u) => [u.param, u.effect]));
const NAMES = (felix.params as FelixParam[]).map((p) => `FELIX_${p.name.toUpperCase()}`);
/** FELIX_* variables Felix's own code reads by their exact name (scripts/gen-felix-params.mjs `directEnv`). */
const DIRECT_ENV = new Map(felix.directEnv.map((d) => [d.name.toLowerCase(), d]));

/** Why Felix cannot parse `raw` for `p` (param_types.go), or null; kinds netlint does not model pass. */
function parseProblem(p: FelixParam, raw: string): string | null {
  return FELIX_PARSERS[p.kind]?.(raw, p) ?? null;
}

/** The Typha TLS settings: Felix's Validate (config_params.go) wants the files all set, and a CN or a URI SAN, once any is set. */
const TYPHA_FILES = ['FELIX_TYPHAKEYFILE', 'FELIX_TYPHACERTFILE', 'FELIX_TYPHACAFILE'];
const TYPHA_NAMES = ['FELIX_TYPHACN', 'FELIX_TYPHAURISAN'];

/**
 * The first Typha TLS setting written and what the others lack, or null. A setting is unset when
 * absent, empty or `none` (the zero value); one whose value netlint cannot see (a fieldRef) is
 * neither set nor missing.
 */
function typhaTlsProblem(env: ReadonlyMap<string, EnvValue>): { first: EnvValue; missing: string } | null {
  const byName = new Map<string, EnvValue>();
  for (const v of env.values()) if (/^felix_typha/i.test(v.name)) byName.set(v.name.toUpperCase(), v);
  const state = (name: string): 'set' | 'unset' | 'unknown' => {
    const v = byName.get(name);
    if (v === undefined) return 'unset';
    if (v.value === null) return 'unknown';
    return v.value === '' || v.value.toLowerCase() === 'none' ? 'unset' : 'set';
  };
  const first = [...TYPHA_FILES, ...TYPHA_NAMES].map((n) => byName.get(n)).find((v) => v !== undefined && state(v.name.toUpperCase()) === 'set');
  if (first === undefined) return null;
  const missing = TYPHA_FILES.filter((n) => state(n) === 'unset');
  if (TYPHA_NAMES.every((n) => state(n) === 'unset')) missing.push(TYPHA_NAMES.join(' or '));
  return missing.length === 0 ? null : { first, missing: `${missing.join(', ')} ${missing.length === 1 && !missing[0].includes(' or ') ? 'is' : 'are'} not` };
}

export default defineRule({
  meta: {
    id: 'calico/env-felix-value',
    description:
      "calico-node's `FELIX_*` variables must name a Felix parameter and hold a value Felix parses for it (integers and their ranges, seconds, one of the listed options, CIDR and port lists, addresses, interface names and /regex/ lists, key=value lists, route table ranges, an OpenStack region): an unknown name is ignored, a bad value makes Felix fail to start or fall back to the default. A `FELIX_VXLANPORT` above 65535 is taken as 16 bits, and Felix also re-creates the VXLAN device every 10 seconds (an error where the input\'s pools use VXLAN), while one of 0 or less leaves the device on the kernel\'s default port 8472 instead of 4789 (warning); a `FELIX_VXLANVNI` outside 0–16777215 makes the kernel refuse the VXLAN device (not judged on the eBPF dataplane); a mark mask (`FELIX_IPTABLESMARKMASK`, or `FELIX_NFTABLESMARKMASK` with nftables Enabled) with fewer bits than Felix's marks need (5, 6 with WireGuard, beside the eBPF programs' 0x1ff00000, which it must hold) stops Felix at start.",
    severity: 'error',
    remediation: 'Check the name and value against the Felix configuration reference (docs.tigera.io, Felix configuration), e.g. `FELIX_DEFAULTENDPOINTTOHOSTACTION: ACCEPT`.',
    kinds: [...ENV_KINDS],
    messages: {
      unknown: '{{name}}: Felix has no parameter {{param}}{{hint}} and ignores the variable',
      unknownNewer: '{{name}}: Felix has no parameter {{param}} in Calico {{known}}, the newest release netlint knows: if Calico {{target}} ({{source}}) added it, ignore this; if not, Felix ignores the variable',
      newer: '{{name}}: Felix has parameter {{param}} from Calico {{since}} on; Calico {{target}} ({{source}}) ignores the variable',
      newerOption: '{{name}} "{{value}}": Felix takes {{option}} for {{param}} from Calico {{since}} on; Calico {{target}} ({{source}}) {{outcome}}',
      fatal: '{{name}} "{{value}}" {{problem}}: Felix refuses it and does not start',
      fallback: '{{name}} "{{value}}" {{problem}}: Felix ignores it and uses the default{{default}}',
      noneNonZero: '{{name}} is "none", but {{param}} cannot be zero: Felix does not start',
      unusable: '{{name}} "{{value}}" {{effect}}',
      typhaTls: '{{name}} is set, but {{missing}}: Felix takes the Typha TLS settings all together (key, certificate and CA files, and TYPHACN or TYPHAURISAN) or none, and does not start',
    },
    docs: 'Parameters and their types come from the `config:"…"` tags of felix/config/config_params.go at Calico v3.32.1 (scripts/gen-felix-params.mjs); values are parsed as param_types.go does (Go strconv.ParseInt with base 0, ParseFloat, options compared case-insensitively, the interface-name and /regex/ patterns of config_params.go, felix/stringutils ParseKeyValueList, time.ParseDuration), one parser per kind in rules/calico/lib/felix-param-types.ts. Where the cluster\'s release is known (`cluster.calicoVersion`, else the calico/node image the input installs), a parameter a later release added is reported (Felix ignores it), as is an option a later release added to a parameter\'s options (Felix refuses it as unknown), one a later release removed is left alone on the releases that had it, and on a release newer than v3.32.1 an unknown name that is no near-miss is info; when each parameter and option came and went is read from config_params.go of every minor since v3.21 (rules/calico/generated/field-history.json). Variables Felix\'s own code reads by name (os.Getenv: FELIX_DebugSkipCTLBCleanup, FELIX_EARLYLOGSEVERITYSCREEN, FELIX_DBG_WGBOOTSTRAP at v3.32.1) are accepted when written in exactly that case. Booleans are calico/env-felix-bool\'s; file paths and free strings are not judged. The Typha TLS settings must come all together or not at all (config_params.go Validate: the key, certificate and CA files, and TYPHACN or TYPHAURISAN), else Felix does not start.',
  },
  check(resource, ctx) {
    for (const install of calicoNodeInstalls(ctx.model)) {
      for (const v of install.env.values()) {
        if (v.resource !== resource || !/^felix_/i.test(v.name) || v.value === null) continue;
        judge(v as EnvValue & { value: string });
      }
      const tls = typhaTlsProblem(install.env);
      if (tls !== null && tls.first.resource === resource) ctx.report({ path: tls.first.path, messageId: 'typhaTls', data: { name: tls.first.label, missing: tls.missing } });
    }

    function judge(v: EnvValue & { value: string }): void {
      const key = v.name.slice('FELIX_'.length).toLowerCase();
      const p = PARAMS.get(key);
      const { since, until } = felixParamHistory(key);
      const release = calicoRelease(ctx.model);
      const target = release?.minor ?? null;
      if (p === undefined) {
        // A parameter a later release dropped is still Felix's on the releases before.
        if (until !== null && target !== null && target < minorOf(until)!) return;
        // A debug switch Felix's code reads itself (os.Getenv: this exact name) works beside the loader's "unknown".
        const direct = DIRECT_ENV.get(v.name.toLowerCase());
        if (direct?.name === v.name) return;
        const guess = direct !== undefined ? null : didYouMean(v.name.toUpperCase(), NAMES);
        const hint =
          direct !== undefined
            ? ` (Felix's code reads ${direct.name} itself, in exactly that case: ${direct.source})`
            : guess !== null
              ? ` (${until !== null ? `Calico ${until} removed it; ` : ''}did you mean ${guess}?)`
              : until !== null
                ? ` (Calico ${until} removed it)`
                : '';
        if (hint === '' && target !== null && target > NEWEST_KNOWN_MINOR) {
          ctx.report({ path: v.path, messageId: 'unknownNewer', severity: 'info', data: { name: v.label, param: key, known: felix.tag, target: `3.${target}`, source: release!.source } });
          return;
        }
        ctx.report({ path: v.path, messageId: 'unknown', severity: 'warning', data: { name: v.label, param: key, hint } });
        return;
      }
      if (since !== null && target !== null && target < minorOf(since)!) {
        ctx.report({ path: v.path, messageId: 'newer', severity: 'warning', data: { name: v.label, param: p.name, since, target: `3.${target}`, source: release!.source } });
        return;
      }
      if (v.value === '' || p.kind === 'bool' || p.kind === '*bool') return;
      if (v.value.toLowerCase() === 'none') {
        if (p.flags.includes('non-zero')) ctx.report({ path: v.path, messageId: 'noneNonZero', data: { name: v.label, param: p.name } });
        return;
      }
      const problem = parseProblem(p, v.value);
      const effectOf = problem === null ? UNUSABLE.get(p.name) : undefined;
      if (effectOf !== undefined) {
        // Parsed as Felix's int (base 0), then used as 16 bits, or refused by the kernel above 24 (lib/felix-value-effects.ts).
        const n = goInt(v.value);
        const found = n === null ? null : effectOf(n, ctx.model);
        if (found !== null) {
          ctx.report({ path: v.path, messageId: 'unusable', severity: found.severity, data: { name: v.label, value: v.value, effect: found.effect } });
          return;
        }
      }
      if (problem === null) {
        // An option a later release added is an unknown option to this one's Felix.
        const added = felixOptionSince(key, v.value);
        if (added === null || target === null || target >= minorOf(added.since)!) return;
        const fatal = p.flags.includes('die-on-fail');
        const outcome = fatal ? 'refuses it and does not start' : 'ignores it and keeps the default';
        ctx.report({ path: v.path, messageId: 'newerOption', severity: fatal ? 'error' : 'warning', data: { name: v.label, value: v.value, option: added.option, param: p.name, since: added.since, target: `3.${target}`, source: release!.source, outcome } });
        return;
      }
      if (p.flags.includes('die-on-fail')) ctx.report({ path: v.path, messageId: 'fatal', data: { name: v.label, value: v.value, problem } });
      else ctx.report({ path: v.path, messageId: 'fallback', severity: 'warning', data: { name: v.label, value: v.value, problem, default: p.default === '' ? '' : ` (${p.default})` } });
    }
  },
});
