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

/**
 * Letters Go's parser takes after a backslash (regexp/syntax parse.go parseEscape and the
 * perl/unicode class escapes): any other letter is "invalid escape sequence", where JavaScript
 * reads `\Z` or `\y` as the letter itself.
 */
const GO_LETTER_ESCAPES = new Set('aftnrvxpPdDsSwWbBAzQE');
/** The largest count Go takes in `{n}` / `{n,m}` (regexp/syntax parse.go: a larger one is ErrInvalidRepeatSize). */
const MAX_REPEAT = 1000;

/** What RE2 refuses that JavaScript accepts, found by reading the pattern's escapes and counted repeats. */
function re2OnlyRefuses(pattern: string): string | null {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (next === 'Q') {
        // \Q…\E is literal text.
        const end = pattern.indexOf('\\E', i + 2);
        i = end < 0 ? pattern.length : end + 1;
        continue;
      }
      if (/[A-Za-z]/.test(next) && !GO_LETTER_ESCAPES.has(next)) return `\\${next} is not an escape Go knows (invalid escape sequence)`;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      // A ']' first in the class is literal.
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++;
      continue;
    }
    if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(pattern.slice(i));
      if (m && (Number(m[1]) > MAX_REPEAT || (m[2] !== undefined && m[2] !== '' && Number(m[2]) > MAX_REPEAT))) return `the repeat count in ${m[0]} is over Go's limit of ${MAX_REPEAT} (invalid repeat count)`;
    }
  }
  return null;
}

/** Why Go would not compile `pattern`, or null when it would. */
export function goRegexpProblem(pattern: string): string | null {
  if (JS_ONLY.test(pattern)) return "uses lookaround or a backreference, which Go's RE2 engine does not support";
  const refused = re2OnlyRefuses(pattern);
  if (refused !== null) return refused;
  if (RE2_ONLY.test(pattern)) return null;
  try {
    new RegExp(pattern.replace(/\(\?P</g, '(?<'));
    return null;
  } catch (e) {
    return (e instanceof Error ? e.message : String(e)).replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
  }
}
