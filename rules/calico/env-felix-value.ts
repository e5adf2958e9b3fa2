/**
 * calico-node's FELIX_* variables, read the way Felix reads them: the parameter table comes from
 * the `config:"…"` tags of felix/config/config_params.go at Calico v3.32.1 (extracted by
 * scripts/gen-felix-params.mjs into rules/calico/generated/felix-params.json), the parsing from
 * felix/config/param_types.go. Felix takes the part after FELIX_ case-insensitively
 * (env_var_loader.go), ignores an unknown name and an empty value, reads `none` as the field's
 * zero value (refused for non-zero fields), and on a value it cannot parse either fails to start
 * (die-on-fail parameters) or falls back to the default (config_params.go resolve).
 */
import { parseCalicoCidrOrIp } from '../../src/engine/calico-formats.js';
import { parseGoIp } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { didYouMean } from './lib/crd-schema.js';
import felix from './generated/felix-params.json' with { type: 'json' };
import { ENV_KINDS } from './lib/env-rule.js';
import { calicoNodeInstalls } from './lib/calico-node-env.js';
import type { EnvValue } from './lib/calico-node-env.js';

interface FelixParam {
  name: string;
  kind: string;
  args: string | null;
  default: string;
  flags: string[];
}

const PARAMS = new Map((felix.params as FelixParam[]).map((p) => [p.name.toLowerCase(), p]));
const NAMES = (felix.params as FelixParam[]).map((p) => `FELIX_${p.name.toUpperCase()}`);

/** Go strconv.ParseInt with base 0: decimal, 0x, 0o or 0 (octal), 0b, underscores between digits. */
function goInt(text: string): number | null {
  const m = /^([+-]?)(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0[bB][01](_?[01])*|0[oO]?[0-7](_?[0-7])*|[1-9](_?[0-9])*|0)$/.exec(text);
  if (!m) return null;
  const body = m[2].replace(/_/g, '');
  const value = /^0[0-7]/.test(body) ? Number.parseInt(body.slice(1), 8) : /^0[oO]/.test(body) ? Number.parseInt(body.slice(2), 8) : Number(body);
  return m[1] === '-' ? -value : value;
}

/** Go strconv.ParseFloat: decimal or hexadecimal floats, inf and nan in any case. */
function goFloat(text: string): number | null {
  if (/^[+-]?(inf(inity)?|nan)$/i.test(text)) return /nan/i.test(text) ? Number.NaN : text.startsWith('-') ? -Infinity : Infinity;
  if (!/^[+-]?((\d(_?\d)*)?\.?\d(_?\d)*([eE][+-]?\d+)?|0[xX][0-9a-fA-F.]+[pP][+-]?\d+)$/.test(text)) return null;
  const n = Number(text.replace(/_/g, ''));
  return Number.isNaN(n) ? null : n;
}

/** Why Felix cannot parse `raw` for `p` (param_types.go), or null; kinds netlint does not model pass. */
function parseProblem(p: FelixParam, raw: string): string | null {
  switch (p.kind) {
    case 'int': {
      const n = goInt(raw);
      if (n === null) return 'is not an integer';
      const ranges = (p.args ?? '').split(',').filter((r) => r !== '').map((r) => {
        const [lo, hi] = r.split(':');
        return { min: lo.trim() === '' ? -Infinity : Number(lo), max: hi === undefined || hi.trim() === '' ? Infinity : Number(hi) };
      });
      if (ranges.length > 0 && !ranges.some((r) => n >= r.min && n <= r.max)) return `is outside ${ranges.map((r) => `${r.min}–${r.max === Infinity ? '' : r.max}`).join(' or ')}`;
      return null;
    }
    case 'seconds':
    case 'millis': {
      const n = goFloat(raw);
      if (n === null) return `is not a number (of ${p.kind === 'seconds' ? 'seconds' : 'milliseconds'})`;
      if (p.kind === 'seconds' && p.args) {
        const [lo, hi] = p.args.split(':').map(Number);
        if (Math.trunc(n) < lo || Math.trunc(n) > hi) return `is outside ${lo}–${hi} seconds`;
      }
      return null;
    }
    case 'oneof': {
      const options = (p.args ?? '').split(',');
      return options.some((o) => o.toLowerCase() === raw.toLowerCase()) ? null : `is not one of ${options.join(', ')} (in any case)`;
    }
    case 'cidr-list': {
      for (const part of raw.split(',')) {
        const v = part.trim();
        if (v === '') continue;
        if (!parseCalicoCidrOrIp(v).ok) return `holds "${v}", which is not a CIDR or an address`;
      }
      return null;
    }
    case 'ipv4':
    case 'ipv6': {
      // net.ParseIP, the family by To4() (node/pkg/lifecycle/utils IsIPv4 / IsIPv6).
      const ip = parseGoIp(raw);
      if (ip === null) return 'is not an IP address';
      return ip.family === (p.kind === 'ipv4' ? 4 : 6) ? null : `is not an IPv${p.kind === 'ipv4' ? 4 : 6} address`;
    }
    default:
      return null;
  }
}

export default defineRule({
  meta: {
    id: 'calico/env-felix-value',
    description: "calico-node's `FELIX_*` variables must name a Felix parameter and hold a value Felix parses for it (integers and their ranges, seconds, one of the listed options, CIDR lists, addresses): an unknown name is ignored, a bad value makes Felix fail to start or fall back to the default.",
    severity: 'error',
    remediation: 'Check the name and value against the Felix configuration reference (docs.tigera.io, Felix configuration), e.g. `FELIX_DEFAULTENDPOINTTOHOSTACTION: ACCEPT`.',
    kinds: [...ENV_KINDS],
    messages: {
      unknown: '{{name}}: Felix has no parameter {{param}}{{hint}} and ignores the variable',
      fatal: '{{name}} "{{value}}" {{problem}}: Felix refuses it and does not start',
      fallback: '{{name}} "{{value}}" {{problem}}: Felix ignores it and uses the default{{default}}',
      noneNonZero: '{{name}} is "none", but {{param}} cannot be zero: Felix does not start',
    },
    docs: 'Parameters and their types come from the `config:"…"` tags of felix/config/config_params.go at Calico v3.32.1 (scripts/gen-felix-params.mjs); values are parsed as param_types.go does (Go strconv.ParseInt with base 0, ParseFloat, options compared case-insensitively). Booleans are calico/env-felix-bool\'s; file paths, regular expressions, interface names and the like are not judged.',
  },
  check(resource, ctx) {
    for (const install of calicoNodeInstalls(ctx.model)) {
      for (const v of install.env.values()) {
        if (v.resource !== resource || !/^felix_/i.test(v.name) || v.value === null) continue;
        judge(v as EnvValue & { value: string });
      }
    }

    function judge(v: EnvValue & { value: string }): void {
      const key = v.name.slice('FELIX_'.length).toLowerCase();
      const p = PARAMS.get(key);
      if (p === undefined) {
        const guess = didYouMean(v.name.toUpperCase(), NAMES);
        ctx.report({ path: v.path, messageId: 'unknown', severity: 'warning', data: { name: v.label, param: key, hint: guess === null ? '' : ` (did you mean ${guess}?)` } });
        return;
      }
      if (v.value === '' || p.kind === 'bool' || p.kind === '*bool') return;
      if (v.value.toLowerCase() === 'none') {
        if (p.flags.includes('non-zero')) ctx.report({ path: v.path, messageId: 'noneNonZero', data: { name: v.label, param: p.name } });
        return;
      }
      const problem = parseProblem(p, v.value);
      if (problem === null) return;
      if (p.flags.includes('die-on-fail')) ctx.report({ path: v.path, messageId: 'fatal', data: { name: v.label, value: v.value, problem } });
      else ctx.report({ path: v.path, messageId: 'fallback', severity: 'warning', data: { name: v.label, value: v.value, problem, default: p.default === '' ? '' : ` (${p.default})` } });
    }
  },
});
