import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeInlineCode, escapeMarkdown, escapeUrl } from './markdown-escape.js';

const ZWJ = '\u200d';
/** Strings without our marker character or half surrogate pairs, which escaping replaces. */
const text = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.replace(/\u200d/g, '').replace(/[\ud800-\udfff]/g, 'x'));
const oneLine = (s: string) => s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');

/** What CommonMark makes of escaped text: backslash escapes and entities resolved, our joiners gone. */
function renderText(md: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>' };
  return md.replaceAll(ZWJ, '').replace(/\\([!-/:-@[-`{-~])|&(amp|lt|gt);/g, (_, c?: string, e?: string) => c ?? entities[e!]);
}

/** GitHub's table-row splitter (cmark-gfm): a backslash pairs with the next character; other `|` split. */
function splitCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && i + 1 < row.length) {
      cell += row[i] + row[++i];
    } else if (row[i] === '|') {
      cells.push(cell);
      cell = '';
    } else cell += row[i];
  }
  return [...cells, cell];
}

/** The content a CommonMark code span shows. */
function codeSpanContent(span: string): string {
  const fence = /^`+/.exec(span)![0];
  expect(span.endsWith(fence)).toBe(true);
  const inner = span.slice(fence.length, span.length - fence.length);
  for (const run of inner.match(/`+/g) ?? []) expect(run.length).not.toBe(fence.length);
  return /^ .* $/.test(inner) && !/^ +$/.test(inner) ? inner.slice(1, -1) : inner;
}

describe('escapeMarkdown', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src\\=x onerror\\=alert\\(1\\)&gt;'],
    ['@everyone', `@${ZWJ}everyone`],
    ['fixes #123 and org/repo#4', `fixes \\#${ZWJ}123 and org/repo\\#${ZWJ}4`],
    ['| pipes |', '\\| pipes \\|'],
    ['`code` ``x``', '\\`code\\` \\`\\`x\\`\\`'],
    ['line one\nline two\r\nthree', 'line one line two three'],
    ['**bold** _it_ [a](b) ~~s~~ $x$', '\\*\\*bold\\*\\* \\_it\\_ \\[a\\]\\(b\\) \\~\\~s\\~\\~ \\$x\\$'],
    ['see https://evil.example and www.evil.example', `see https:${ZWJ}//evil\\.example and www${ZWJ}\\.evil\\.example`],
    ['a\\|b', 'a\\\\\\|b'],
    ['&#64;everyone &amp;', `&amp;\\#${ZWJ}64;everyone &amp;amp;`],
    ['user@example.com', `user@${ZWJ}example\\.com`],
    ['Ünïcödé 🚀', 'Ünïcödé 🚀'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('renders back to the original text, on one line', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(renderText(escapeMarkdown(s))).toBe(oneLine(s));
      }),
    );
  });

  it('leaves no active markdown, HTML, mention or issue reference, and never splits a table cell', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
        const bare = out.replace(/\\[\s\S]|&(amp|lt|gt);/g, '');
        expect(bare).not.toMatch(/[\\`*_{}[\]()#+\-.!|~$<>&=]/);
        expect(out).not.toMatch(/[@#](?!\u200d)/);
        expect(out).not.toMatch(/\bGH\\?-\d/i);
        expect(splitCells(`| ${out} |`)).toHaveLength(3);
      }),
    );
  });

  it('breaks a GH-123 issue reference, as #123', () => {
    expect(escapeMarkdown('fixes GH-123 and gh-7')).toBe('fixes GH\u200d\\-123 and gh\u200d\\-7');
  });
});

describe('escapeInlineCode', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['``x`', '``` ``x` ```'],
    ['`', '`` ` ``'],
    [' both ', '`  both  `'],
    ['<img src=x> @everyone #1', '`<img src=x> @everyone #1`'],
    ['two\nlines', '`two lines`'],
    ['  ', '`  `'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(escapeInlineCode(input)).toBe(expected);
  });

  it('escapes pipes in tables, and keeps a backslash before a pipe from eating the escape', () => {
    expect(escapeInlineCode('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(escapeInlineCode('a\\|b', { inTable: true })).toBe(`\`a\\${ZWJ}\\|b\``);
    expect(escapeInlineCode('a|b')).toBe('`a|b`');
  });

  it('always shows the text verbatim', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = escapeInlineCode(s);
        expect(out === '' ? '' : codeSpanContent(out)).toBe(oneLine(s));
      }),
    );
  });

  it('always stays inside one table cell and shows the text verbatim there', () => {
    fc.assert(
      fc.property(text, (s) => {
        fc.pre(s !== '');
        const cells = splitCells(`| ${escapeInlineCode(s, { inTable: true })} |`);
        expect(cells).toHaveLength(3);
        const unescaped = cells[1].trim().replace(/\\\|/g, '|');
        expect(codeSpanContent(unescaped).replaceAll(ZWJ, '')).toBe(oneLine(s));
      }),
    );
  });
});

describe('escapeHtml', () => {
  it('turns markup into entities on one line', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>\nz`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt; z');
  });
});

describe('escapeUrl', () => {
  it('percent-encodes what would end a link or split a table cell, and keeps URL syntax', () => {
    expect(escapeUrl('https://x.test/blob/abc/dir (1)/a|b <c> "d".yaml#L7-L9')).toBe(
      'https://x.test/blob/abc/dir%20%281%29/a%7Cb%20%3Cc%3E%20%22d%22.yaml#L7-L9',
    );
    expect(escapeUrl('https://x.test/ä\\`')).toBe('https://x.test/%C3%A4%5C%60');
    expect(escapeUrl('https://x.test/a%20b?q=1&r=[2]')).toBe('https://x.test/a%20b?q=1&r=[2]');
  });

  it('encodes a character outside the Basic Multilingual Plane (an emoji in a file name) as its UTF-8 bytes, and a lone surrogate as U+FFFD', () => {
    expect(escapeUrl('https://x.test/blob/abc/🚀 deploy.yaml#L1')).toBe('https://x.test/blob/abc/%F0%9F%9A%80%20deploy.yaml#L1');
    expect(escapeUrl('https://x.test/\ud800.yaml')).toBe('https://x.test/%EF%BF%BD.yaml');
  });
});
