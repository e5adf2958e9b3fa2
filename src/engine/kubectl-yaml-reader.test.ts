/**
 * The text as kubectl cuts it at `---` lines and go-yaml reads each part (kubectl-yaml-reader.ts).
 * The expectations follow apimachinery's YAMLReader.Read (pkg/util/yaml decoder.go) and go-yaml
 * v2 (the parser reads one document per Unmarshal; the reader refuses control characters).
 */
import { describe, expect, it } from 'vitest';
import { loadSources } from './load.js';
import type { Finding } from './types.js';
import { OWN_FILE_YAML_LIMITS, parseYamlStream } from './yaml.js';

const svc = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  ports:\n  - port: 80\n`;
const names = (text: string) => parseYamlStream(text).documents.map((d) => (d.value as { metadata?: { name?: string } } | null)?.metadata?.name ?? d.value);
const problems = (text: string) => parseYamlStream(text).problems.map((p) => ({ kind: p.kind, at: text.slice(p.start, p.end) }));
const load = (content: string, path = 'svc.yaml') => loadSources([{ path, content }]);
const where = (findings: Finding[]) => findings.map((f) => `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);

describe('separator lines, as kubectl splits a file', () => {
  it('`---` right before a comment is a separator, with LF or CRLF line breaks', () => {
    const text = `${svc('front')}---#backend follows\n${svc('back')}`;
    expect(problems(text)).toEqual([]);
    expect(names(text)).toEqual(['front', 'back']);
    expect(names(text.replaceAll('\n', '\r\n'))).toEqual(['front', 'back']);
    // Blanks of other kinds after the dashes (a vertical tab, a no-break space) are trimmed too.
    expect(names(`${svc('front')}---\u00a0# next\n${svc('back')}`)).toEqual(['front', 'back']);
  });

  it('positions after such a separator are the file\'s own', () => {
    const text = `${svc('front')}---#x\n${svc('back')}`;
    const back = parseYamlStream(text).documents[1];
    const span = back.spanOf(['spec', 'ports', 0, 'port']);
    expect(span.start).toBe(text.lastIndexOf('80'));
  });

  it('a line that starts with `---` and goes on with anything but a comment is refused where it stands', () => {
    for (const line of ['--- {kind: Service}', '--- >', '-----', '---svc', '--- x # y']) {
      const text = `${svc('front')}${line}\n  folded text\n`;
      const stream = parseYamlStream(text);
      expect(stream.problems.map((p) => [p.kind, p.start, text.slice(p.start, p.end)]), line).toEqual([['syntax', svc('front').length, line]]);
      expect(stream.problems[0].message).toContain('invalid Yaml document separator: ');
      expect(stream.problems[0].message).toMatch(/splits a file into documents at every line that starts with ---/);
      // The document before it is still checked.
      expect(names(text)[0]).toBe('front');
    }
  });

  it('also on the first line, and with a carriage return kept out of the span', () => {
    const text = '--- {apiVersion: v1, kind: Namespace, metadata: {name: ns}}\r\n';
    expect(problems(text)).toEqual([{ kind: 'syntax', at: '--- {apiVersion: v1, kind: Namespace, metadata: {name: ns}}' }]);
    expect(parseYamlStream(text).documents.filter((d) => d.value != null)).toEqual([]);
  });

  it('inside a string that spans lines too: a PEM line at column 0 is one error, not a broken string', () => {
    const text = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\nstringData:\n  ca.crt: "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----"\n';
    const stream = parseYamlStream(text);
    expect(stream.problems.map((p) => text.slice(p.start, p.end))).toEqual(['-----END CERTIFICATE-----"']);
    expect(stream.problems[0].message).toContain('invalid Yaml document separator: --END CERTIFICATE-----"');
  });

  it('a document after a refused separator is still read, as its own', () => {
    const text = `${svc('front')}----\n${svc('back')}`;
    expect(names(text)).toEqual(['front', 'back']);
  });

  it('the reader of netlint\'s own files is YAML\'s, not kubectl\'s', () => {
    const text = 'severity: warning\n--- # two\nseverity: error\n';
    expect(parseYamlStream(text, OWN_FILE_YAML_LIMITS).problems).toEqual([]);
    expect(parseYamlStream('a: "x\x7fy"\n', OWN_FILE_YAML_LIMITS).problems).toEqual([]);
  });
});

describe('`...` document ends: go-yaml reads one document from each part between separators', () => {
  it('what follows a `...` up to the next separator is never read, and is a warning', () => {
    const text = `${svc('front')}... # done\n${svc('ignored')}---\n${svc('back')}`;
    const stream = parseYamlStream(text);
    expect(stream.documents.map((d) => (d.value as { metadata: { name: string } } | null)?.metadata.name).filter(Boolean)).toEqual(['front', 'back']);
    expect(stream.problems.map((p) => p.kind)).toEqual(['ignored']);
    expect(text.slice(stream.problems[0].start, stream.problems[0].end)).toBe(svc('ignored').trimEnd());
    expect(stream.problems[0].message).toMatch(/^kubectl never applies this/);
  });

  it('text after it that is not YAML at all is no syntax error', () => {
    const text = `${svc('front')}...\nthis: is: [not yaml\n`;
    expect(problems(text)).toEqual([{ kind: 'ignored', at: 'this: is: [not yaml' }]);
    expect(names(text)).toEqual(['front']);
  });

  it('nothing is ignored when only comments and blank lines, or a separator, follow it', () => {
    expect(problems(`${svc('front')}...\n\n# the end\n`)).toEqual([]);
    const text = `${svc('front')}...\n---\n${svc('back')}`;
    expect(problems(text)).toEqual([]);
    expect(names(text).filter((n) => n !== null)).toEqual(['front', 'back']);
  });

  it('a part that ends before any content is refused (did not find expected node content)', () => {
    const text = `${svc('front')}---\n# nothing here\n...\n`;
    const stream = parseYamlStream(text);
    expect(stream.problems.map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([['syntax', '...']]);
    expect(stream.problems[0].message).toContain('did not find expected node content');
    expect(names(`...\n${svc('lost')}`)).toEqual([]);
    expect(problems(`...\n${svc('lost')}`)).toEqual([{ kind: 'syntax', at: '...' }]);
  });

  it('a part kubectl opens with `---` (the first line, or one right after a separator) holds an empty document', () => {
    expect(problems('---\n...\n')).toEqual([]);
    expect(problems(`${svc('front')}---\n---\n...\n`)).toEqual([]);
  });

  it('with carriage returns alone for line breaks, kubectl sees one line and go-yaml one document: the rest is never read', () => {
    const text = `${svc('front')}---\n${svc('back')}`.replaceAll('\n', '\r');
    const stream = parseYamlStream(text);
    expect(stream.documents.map((d) => (d.value as { metadata: { name: string } }).metadata.name)).toEqual(['front']);
    expect(stream.problems.map((p) => [p.kind, p.start])).toEqual([['ignored', svc('front').length]]);
    expect(stream.problems[0].message).toContain('kubectl splits at line feeds only');
  });

  it('as a finding: a warning of input/not-kubernetes on the lines kubectl never reads', () => {
    const { findings, resources } = load(`${svc('front')}...\n${svc('ignored')}`);
    expect(resources.map((r) => r.name)).toEqual(['front']);
    expect(where(findings)).toEqual(['input/not-kubernetes@9:1-15:13']);
    expect(findings[0].severity).toBe('warning');
  });
});

describe('directives', () => {
  it('a %YAML or %TAG directive is left in a part of its own, which go-yaml refuses', () => {
    for (const directive of ['%YAML 1.1', '%TAG !k8s! tag:k8s.io,2024:']) {
      const text = `# generated\n${directive}\n---\n${svc('after')}`;
      const stream = parseYamlStream(text);
      expect(stream.problems.map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([['syntax', directive]]);
      expect(stream.problems[0].message).toContain('did not find expected <document start>');
      expect(names(text).filter((n) => n !== null)).toEqual(['after']);
    }
  });

  it('several directives are one error', () => {
    const text = `%YAML 1.1\n%TAG ! tag:example.com,2000:\n---\n${svc('after')}`;
    expect(problems(text)).toEqual([{ kind: 'syntax', at: '%YAML 1.1' }]);
  });
});

describe('characters go-yaml refuses', () => {
  it('C0 controls but tab and line breaks, DEL and C1 controls but NEL: one error at the first of each document', () => {
    for (const c of ['\x01', '\x1b', '\x7f', '\u0086', '\u009f', '\ufffe']) {
      const text = `${svc('a')}  name: "x${c}y${c}"\n---\n${svc('b')}# ${c}\n`;
      const stream = parseYamlStream(text);
      const at = text.indexOf(c);
      expect(stream.problems.map((p) => [p.kind, p.start, p.end]), JSON.stringify(c)).toEqual([
        ['syntax', at, at + 1],
        ['syntax', text.lastIndexOf(c), text.lastIndexOf(c) + 1],
      ]);
      expect(stream.problems[0].message).toContain('control characters are not allowed');
    }
  });

  it('in a plain scalar, js-yaml\'s own error is not reported beside it', () => {
    const text = `${svc('a')}  value: x\x7fy\n`;
    expect(problems(text)).toEqual([{ kind: 'syntax', at: '\x7f' }]);
  });

  it('tab, NEL, U+FEFF and other printable characters are fine', () => {
    expect(problems(`${svc('a')}  text: "a\tb\u0085c\ufeffd\u00a0e"\n`)).toEqual([]);
  });

  it('a JSON manifest is read by encoding/json, which takes DEL and C1 controls in strings', () => {
    const { findings, resources } = load('{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"k": "a\x7fb\u0086"}}\n', 'cm.json');
    expect(findings).toEqual([]);
    expect(resources.map((r) => r.name)).toEqual(['c']);
  });

  it('but a YAML manifest is go-yaml\'s', () => {
    const { findings } = load('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  k: "a\x7fb"\n');
    expect(where(findings)).toEqual(['input/yaml-syntax@6:8-6:9']);
  });
});
