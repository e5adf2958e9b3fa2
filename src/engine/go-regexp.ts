/**
 * Whether a regular expression compiles in Go's RE2 (regexp/syntax), judged with JavaScript's
 * engine where the two agree: Go refuses lookaround and backreferences, which JavaScript takes;
 * Go takes flag groups (`(?i)`), `\pL` classes, `[[:alpha:]]`, `\z` and `\Q…\E`, which JavaScript
 * refuses; both take named groups, Go writing them `(?P<name>…)` or (Go 1.22 on) `(?<name>…)`.
 */

/** JavaScript syntax RE2 rejects: lookaround and backreferences. */
const JS_ONLY = /\(\?<?[=!]|\\[1-9]/;
/** RE2 syntax JavaScript lacks: flag groups, \pL classes, [[:alpha:]], \z, \Q…\E. */
const RE2_ONLY = /\(\?[imsU]+[):]|\\[pP][A-Za-z{]|\[\[:|\\z|\\Q/;

/** Why Go would not compile `pattern`, or null when it would. */
export function goRegexpProblem(pattern: string): string | null {
  if (JS_ONLY.test(pattern)) return "uses lookaround or a backreference, which Go's RE2 engine does not support";
  if (RE2_ONLY.test(pattern)) return null;
  try {
    new RegExp(pattern.replace(/\(\?P</g, '(?<'));
    return null;
  } catch (e) {
    return (e instanceof Error ? e.message : String(e)).replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
  }
}
