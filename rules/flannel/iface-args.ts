import { goRegexpProblem } from '../../src/engine/go-regexp.js';
import { WORKLOAD_KINDS } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { RuleContext } from '../../src/engine/rule.js';
import { flanneldArgs } from './lib/flanneld.js';
import type { Arg } from './lib/flanneld.js';


/** A value wrapped in matching quotes, as a shell would have stripped them. */
const QUOTED = /^(["'])(.*)\1$/s;

/** Interface flags, whose value may also follow as the next argument (`--iface`, `"eth0"`). */
const SPLIT_VALUE_FLAG = /^-{1,2}(iface|iface-regex|iface-can-reach)$/;

/** Reports a flanneld flag whose value carries quotes; true when it did. */
function reportQuoted(a: Arg, next: Arg | undefined, ctx: RuleContext): boolean {
  const joined = /^(-{1,2}[\w-]+)=(.*)$/s.exec(a.text);
  const [flag, value, at] = joined ? [joined[1], joined[2], a] : SPLIT_VALUE_FLAG.test(a.text) && next ? [a.text, next.text, next] : [null, '', a];
  const q = flag === null ? null : QUOTED.exec(value);
  if (flag === null || !q) return false;
  const inner = q[2];
  const meaning = /iface-regex$/.test(flag) ? `interfaces whose name matches ${value}, quotes included` : `${value}, quotes included`;
  ctx.report({ path: at.path, messageId: 'quoted', data: { flag, value, meaning, fixed: joined ? `${flag}=${inner}` : inner } });
  return true;
}

export default defineRule({
  meta: {
    id: 'flannel/iface-args',
    description: 'flanneld\'s `--iface` / `--iface-regex` arguments must be written `--iface=eth1` (no spaces around `=`, no quotes: an args list reaches flanneld without a shell, so `--iface-regex="eth.*"` keeps its quotes and matches no interface; the same holds for every flanneld flag), a regex must compile, and when both are given `--iface` wins.',
    severity: 'error',
    remediation: 'Write each flag as one argument without spaces or quotes (`--iface=eth1`, `--iface-regex=^ens[0-9]+$`; quote the whole YAML item if needed: `"--iface-regex=eth.*"`) and keep only the form you mean.',
    kinds: ['Pod', ...WORKLOAD_KINDS],
    messages: {
      spaces: 'argument "{{arg}}" has a space around "=": flanneld reads {{reading}} and fails to start',
      badRegex: '--iface-regex "{{pattern}}" is not a valid regular expression: {{error}}',
      quoted: '{{flag}} value {{value}} keeps its quotes: no shell runs an args list, so flanneld looks for {{meaning}}; write {{fixed}}',
      both: '--iface and --iface-regex are both given: flanneld tries the --iface interfaces first and uses the regex only when none of them exists',
    },
    docs: 'Source: flannel `main.go` flag handling and `Documentation/configuration.md` (`--iface` is checked before `--iface-regex`, then `--iface-can-reach`). Regexes are Go RE2: lookaround and backreferences are errors; RE2-only syntax is accepted. Values in env vars (`FLANNELD_IFACE`) are not checked.',
  },
  check(resource, ctx) {
    for (const argv of flanneldArgs(resource)) {
      let iface: Arg | null = null;
      let regex: Arg | null = null;
      argv.forEach((a, i) => {
        if (reportQuoted(a, argv[i + 1], ctx)) return;
        const m = /^(-{1,2})(iface-regex|iface)(?![\w-])(\s*)(=?)(\s*)(.*)$/s.exec(a.text);
        if (!m) return;
        const [, , name, before, eq, after, rest] = m;
        if (before || (eq && after)) {
          const reading = before ? `a flag named "${name}${before}" that does not exist` : `the value "${after}${rest}" with a leading space`;
          ctx.report({ path: a.path, messageId: 'spaces', data: { arg: a.text, reading } });
          return;
        }
        const value = eq ? rest : (argv[i + 1]?.text ?? '');
        if (!eq && rest) return; // e.g. --iface-can-reach
        if (name === 'iface') iface ??= a;
        else {
          regex ??= a;
          const problem = goRegexpProblem(value);
          if (problem) ctx.report({ path: eq ? a.path : argv[i + 1].path, messageId: 'badRegex', data: { pattern: value, error: problem } });
        }
      });
      if (iface && regex) ctx.report({ path: (regex as Arg).path, messageId: 'both', severity: 'info' });
    }
  },
});
