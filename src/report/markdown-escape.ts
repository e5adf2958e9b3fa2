import { singleLine, wellFormed } from './text.js';

/**
 * Escaping for untrusted text (messages, file paths, object names: a PR controls all of them) in
 * GitHub-flavoured markdown: PR comments and job summaries. Shared by the lint and reach reporters
 * and the Action. Every helper returns one line: line breaks become spaces, since a table row or
 * a heading cannot span lines and a blank line would end an HTML block.
 */

/** U+200D ZERO WIDTH JOINER: invisible, and breaks GitHub's `@mention`, `#123` and URL detection. */
const ZWJ = '\u200d';

/**
 * Text rendered literally, safe anywhere inline, table cells included:
 * - markdown punctuation is backslash-escaped (`\` itself too, so `\|` cannot unescape a pipe and
 *   split a table cell), `$` included (GitHub renders `$…$` as math);
 * - `&`, `<`, `>` become entities, so `<img src=x>` is text, not HTML;
 * - `@` and `#` get a zero-width joiner after them, so `@everyone` and `#123` notify and link
 *   nobody; `://`, `www.` and `GH-123` get one too, so an untrusted URL or issue reference is not
 *   turned into a link.
 */
export function escapeMarkdown(text: string): string {
  // `GH-123` is an issue reference too (GitHub docs, "Autolinked references and URLs").
  return replaceAscii(
    singleLine(wellFormed(text))
      .replace(/:\/\//g, `:${ZWJ}//`)
      .replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWJ}.`)
      .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}${ZWJ}-`),
    MARKDOWN_REPLACEMENT,
  );
}

/** Replacements of the ASCII characters `escapeMarkdown` rewrites, by character code. */
const MARKDOWN_REPLACEMENT: readonly (string | undefined)[] = (() => {
  const table: (string | undefined)[] = [];
  for (const c of '\\`*_{}[]()#+-.!|~$<>&@=') table[c.charCodeAt(0)] = `\\${c}`;
  table['&'.charCodeAt(0)] = '&amp;';
  table['<'.charCodeAt(0)] = '&lt;';
  table['>'.charCodeAt(0)] = '&gt;';
  table['@'.charCodeAt(0)] = `@${ZWJ}`;
  table['#'.charCodeAt(0)] = `\\#${ZWJ}`;
  return table;
})();

/** `text` with each ASCII character that `table` names replaced, in one pass over the code units. */
function replaceAscii(text: string, table: readonly (string | undefined)[]): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const replacement = code < 128 ? table[code] : undefined;
    if (replacement === undefined) continue;
    out += text.slice(copied, i) + replacement;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * A code span showing `text` verbatim. The fence is one backtick longer than the longest run of
 * backticks inside, and the content is padded with a space when it starts or ends with a backtick
 * or would lose its own outer spaces (CommonMark strips exactly one space on each side unless
 * the content is all spaces). Nothing inside a code span is markdown, HTML, a mention or a link.
 * The empty string stays empty: CommonMark has no empty code span.
 *
 * `inTable`: GitHub splits table cells on `|` even inside code spans, so pipes are written `\|`;
 * a backslash right before a pipe gets a zero-width joiner so it cannot pair with that escape.
 */
export function escapeInlineCode(text: string, options: { inTable?: boolean } = {}): string {
  let content = singleLine(wellFormed(text));
  if (options.inTable) content = content.replace(/\\(?=\|)/g, `\\${ZWJ}`).replace(/\|/g, '\\|');
  let longestRun = 0;
  for (const run of content.match(/`+/g) ?? []) longestRun = Math.max(longestRun, run.length);
  const fence = '`'.repeat(longestRun + 1);
  if (content === '') return '';
  const strippable = /^ .* $/.test(content) && !/^ +$/.test(content);
  const pad = content.startsWith('`') || content.endsWith('`') || strippable;
  return pad ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}

/** Text inside raw HTML (e.g. `<summary>`): `&`, `<`, `>`, `"` and `'` become entities. */
export function escapeHtml(text: string): string {
  return singleLine(wellFormed(text)).replace(/[&<>"']/g, (c) => HTML_ENTITY[c]);
}

const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A link destination for `[text](url)`: characters that would end the destination, break a table
 * cell or leave the URL grammar (spaces, parentheses, `|`, `<`, `>`, `"`, backslashes, control
 * and non-ASCII characters) are percent-encoded. `%` is kept, so an already encoded URL stays as is.
 */
export function escapeUrl(url: string): string {
  // `u`: a character outside the Basic Multilingual Plane is one match, encoded whole (its two
  // UTF-16 halves apart would make encodeURIComponent throw).
  return wellFormed(url).replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]/gu, (c) =>
    c === '(' || c === ')' ? `%${c.charCodeAt(0).toString(16).toUpperCase()}` : encodeURIComponent(c),
  );
}
