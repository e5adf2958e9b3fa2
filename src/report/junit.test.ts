import { describe, expect, it } from 'vitest';
import type { LintResult } from '../engine/types.js';
import { renderJunit, xmlAttribute, xmlText } from './junit.js';
import { clean, finding, hostileWarning, poolError, result } from './test-fixtures.js';

/**
 * A small well-formedness check, enough for our output: one root, balanced tags, quoted
 * attributes without raw `<` or `&`, text without raw `<`, every `&` an entity or character
 * reference, and no character XML 1.0 forbids.
 */
function checkWellFormed(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('\n') + 1);
  expect(body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  expect(body.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toContain('&');
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z][A-Za-z-]*)((?:\s+[A-Za-z]+="[^"<&]*(?:&[^;"]+;[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
  let consumed = 0;
  for (const m of body.matchAll(token)) {
    consumed += m[0].length;
    const [, closing, name, , selfClosing, text] = m;
    if (text !== undefined) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    }
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

/** Decodes what `xmlAttribute` encodes, to check that escaping loses nothing. */
function decode(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#\d+|\w+);/g, (_, e: string) => (e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : named[e]));
}

describe('renderJunit', () => {
  it('(the well-formedness check itself rejects broken XML)', () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
    expect(() => checkWellFormed(`${head}<a><b></a>\n`)).toThrow();
    expect(() => checkWellFormed(`${head}<a x="1 & 2"/>\n`)).toThrow();
    expect(() => checkWellFormed(`${head}<a>1 < 2</a>\n`)).toThrow();
    expect(() => checkWellFormed(`${head}<a/><b/>\n`)).toThrow();
    expect(() => checkWellFormed(`${head}<a x="&lt;">ok &amp; fine</a>\n`)).not.toThrow();
  });

  it('writes one suite per file and one failing case per rule × object', () => {
    const out = renderJunit(result, 'info');
    checkWellFormed(out);
    expect(out).toContain('<testsuites name="netlint" tests="3" failures="3" errors="0">');
    expect(out).toContain('<testsuite name="manifests/pools.yaml" tests="1" failures="1" errors="0" skipped="0">');
    expect(out).toContain('<testsuite name="nets/a%b,c:d.yaml" tests="2" failures="2" errors="0" skipped="0">');
    expect(out).toContain('<testcase classname="manifests/pools.yaml" name="calico/ippool-block-size-range IPPool/rack-0">');
    expect(out).toContain('<testcase classname="nets/a%b,c:d.yaml" name="netpol/explicit-policy-types">');
    expect(out.match(/<failure type="(\w+)"/g)).toEqual(['<failure type="error"', '<failure type="warning"', '<failure type="info"']);
  });

  it('fails only the cases at or above --fail-on: info advice is a passing case with its findings in system-out', () => {
    const out = renderJunit(result);
    checkWellFormed(out);
    expect(out).toContain('<testsuites name="netlint" tests="3" failures="1" errors="0">');
    expect(out).toContain('<testsuite name="nets/a%b,c:d.yaml" tests="2" failures="0" errors="0" skipped="0">');
    expect(out.match(/<failure type="(\w+)"/g)).toEqual(['<failure type="error"']);
    expect(out).toMatch(/<testcase classname="nets\/a%b,c:d.yaml" name="netpol\/explicit-policy-types">\n {6}<system-out>nets\/a%b,c:d.yaml:20:1 info /);
    expect(renderJunit(result, 'warning').match(/<failure type="(\w+)"/g)).toEqual(['<failure type="error"', '<failure type="warning"']);
    expect(renderJunit(result, 'never')).toContain('failures="0"');
  });

  it('escapes hostile text in attributes and bodies without losing it', () => {
    const out = renderJunit(result, 'warning');
    const message = /<failure type="warning" message="([^"]*)">/.exec(out)![1];
    expect(decode(message)).toBe(hostileWarning.message);
    expect(out).toContain('&lt;img src=x&gt;');
    expect(out).not.toContain('<img');
  });

  it('folds several findings of one rule on one object into one case', () => {
    const second = finding(poolError, { line: 9, severity: 'warning', message: 'second' });
    const worse = finding(poolError, { line: 11, message: 'worst' });
    const out = renderJunit({ findings: [second, worse], summary: result.summary });
    checkWellFormed(out);
    expect(out.match(/<testcase /g)).toHaveLength(1);
    expect(out).toContain('<failure type="error" message="2 problems: worst">');
    expect(out).toContain('manifests/pools.yaml:9:14 warning second [calico/ippool-block-size-range]');
    expect(out).toContain('manifests/pools.yaml:11:14 error worst [calico/ippool-block-size-range]');
  });

  it('keeps objects of different API groups with the same kind and name apart', () => {
    const other = finding(poolError, { resource: { ...poolError.resource!, apiVersion: 'crd.projectcalico.org/v1' } });
    expect(renderJunit({ findings: [poolError, other], summary: result.summary }).match(/<testcase /g)).toHaveLength(2);
  });

  it('writes a passing suite for a clean run', () => {
    const out = renderJunit(clean);
    checkWellFormed(out);
    expect(out).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<testsuites name="netlint" tests="1" failures="0" errors="0">\n' +
        '  <testsuite name="netlint" tests="1" failures="0" errors="0" skipped="0">\n' +
        '    <testcase classname="netlint" name="lint (3 files, 12 resources)"/>\n' +
        '  </testsuite>\n' +
        '</testsuites>\n',
    );
  });

  it('replaces characters XML 1.0 cannot carry and keeps the rest well-formed', () => {
    const nasty = finding(poolError, { message: 'a\u0000b\u001bc\ud800d\r\ne"\'<&>', file: 'f\u0001"<>.yaml' });
    const r: LintResult = { findings: [nasty], summary: result.summary };
    const out = renderJunit(r);
    checkWellFormed(out);
    expect(out).toContain('message="a\ufffdb\ufffdc\ufffdd&#13;&#10;e&quot;&apos;&lt;&amp;&gt;"');
    expect(out).toContain('<testsuite name="f\ufffd&quot;&lt;&gt;.yaml"');
  });
});

describe('xml escaping', () => {
  it('keeps line breaks in text but not in attributes', () => {
    expect(xmlText('a\nb\tc\rd<&>"')).toBe('a\nb\tc&#13;d&lt;&amp;&gt;"');
    expect(xmlAttribute('a\nb\tc"\'')).toBe('a&#10;b&#9;c&quot;&apos;');
  });
});
