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
 *   nobody; `://` and `www.` get one too, so an untrusted URL is not turned into a link.
 */
export function escapeMarkdown(text: string): string {
  return singleLine(wellFormed(text))
    .replace(/:\/\//g, `:${ZWJ}//`)
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWJ}.`)
    .replace(/[\\`*_{}[\]()#+\-.!|~$<>&@=]/g, (c) => MARKDOWN_REPLACEMENT[c] ?? `\\${c}`);
}

const MARKDOWN_REPLACEMENT: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': `@${ZWJ}`,
  '#': `\\#${ZWJ}`,
};

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
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
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
