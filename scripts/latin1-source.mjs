// Used by scripts/build.mjs on every bundle it writes; tested in test/latin1-source.test.ts.
import ts from 'typescript';

/**
 * The bundle's text with each character beyond Latin-1 written as a \u escape. `charset: 'ascii'`
 * escapes strings, untagged templates and names, but leaves comments, regular-expression literals
 * and the raw text of tagged templates as written, and one `–` in a comment made V8 hold the whole
 * 2.3 MB rules chunk as UTF-16 (V8 keeps a source one-byte only when every character fits in
 * Latin-1): a one-file lint on Node 24 took 98 ms of CPU against 92 ms with the chunk one-byte, the
 * clean 10,000-document lint 558 ms against 542 (perf stat, 10 and 5 runs, twice in turns). In a
 * comment the escape is text; in a regular expression it is the same character (an astral one as
 * its two surrogates, which a /u pattern reads as one code point). In a tagged template it is not:
 * the tag sees the raw text (ECMA-262 TRV keeps `\u2013` as six characters; String.raw returns
 * them), so such a character stops the build, found with TypeScript's parser, as does one after a
 * backslash or a raw line separator.
 */
export function latin1Source(file, text) {
  if (!/[^\u0000-\u00ff]/.test(text)) return text;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const raw = text.slice(node.template.getStart(sf), node.template.end);
      const wide = raw.search(/[^\u0000-\u00ff]/);
      if (wide >= 0) throw new Error(`${file}: U+${raw.charCodeAt(wide).toString(16)} in the raw text of a tagged template at offset ${node.template.getStart(sf) + wide}: escaping it would change what the tag sees; write it as \\u in the source`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return text.replace(/[^\u0000-\u00ff]/g, (c, at) => {
    if (c === '\u2028' || c === '\u2029' || text[at - 1] === '\\') throw new Error(`${file}: a character U+${c.charCodeAt(0).toString(16)} at offset ${at} cannot be escaped safely; write it as \\u in the source`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

