/**
 * Quoted scalars whose continuation lines are indented less than their node, and flow
 * collections with such lines or with tabs between their items: libyaml (go-yaml, kubectl) reads
 * them, js-yaml refuses them. The expected values below were produced by libyaml
 * itself (PyYAML 6.0.3 with its C loader, `yaml.load_all(text, Loader=yaml.CLoader)`) and agree
 * with `kubectl kustomize` on the same files; the errors are the ones libyaml raises too.
 */
import { describe, expect, it } from 'vitest';
import { parseYamlStream } from './yaml.js';

const values = (text: string) => {
  const stream = parseYamlStream(text);
  expect(stream.problems).toEqual([]);
  return stream.documents.map((d) => d.value);
};

describe('quoted scalars with short-indented lines, read as kubectl reads them', () => {
  it('a NetworkAttachmentDefinition whose JSON config lines sit at or left of `config`', () => {
    const text = [
      'apiVersion: k8s.cni.cncf.io/v1',
      'kind: NetworkAttachmentDefinition',
      'metadata:',
      '  name: vf-net',
      'spec:',
      "  config: '{",
      '  "cniVersion": "0.3.1",',
      '  "type": "sriov",',
      '  "ipam": {',
      '    "type": "host-local",',
      '    "subnet": "10.56.0.0/24"',
      '  }',
      "}'",
      '',
    ].join('\n');
    const [nad] = values(text) as { spec: { config: string } }[];
    expect(nad.spec.config).toBe('{ "cniVersion": "0.3.1", "type": "sriov", "ipam": { "type": "host-local", "subnet": "10.56.0.0/24" } }');
    expect(JSON.parse(nad.spec.config)).toEqual({ cniVersion: '0.3.1', type: 'sriov', ipam: { type: 'host-local', subnet: '10.56.0.0/24' } });
  });

  it('folds blank lines, escapes and both quote styles as libyaml does, and what follows keeps its place', () => {
    const text = "data:\n  single: '{\n  \"type\": \"sriov\",\n    \"x\": \"it''s\",\n\n \"z\": 1\n}'\n  double: \"first\n second \\\nthird\\tend\n\"\n  after: ok\n";
    const stream = parseYamlStream(text);
    expect(stream.problems).toEqual([]);
    expect(stream.documents[0].value).toEqual({ data: { single: '{ "type": "sriov", "x": "it\'s",\n"z": 1 }', double: 'first second third\tend ', after: 'ok' } });
    // Offsets are the original text's: `after` is found on its own line.
    const span = stream.documents[0].spanOf(['data', 'after']);
    expect(text.slice(span.start, span.end)).toBe('ok');
    expect(stream.documents[0].scalarAt(['data', 'single'])?.style).toBe('single');
  });

  it('with CRLF line breaks and in sequence items', () => {
    expect(values('spec:\r\n  config: \'{\r\n  "type": "macvlan",\r\n"mode": "bridge"\r\n}\'\r\nafter: 1\r\n')).toEqual([{ spec: { config: '{ "type": "macvlan", "mode": "bridge" }' }, after: 1 }]);
    expect(values("- 'one\ntwo'\n- \"three\n  four\"\n")).toEqual([['one two', 'three four']]);
  });

  it('still refuses what libyaml refuses: a document marker inside the scalar, a short-indented plain scalar', () => {
    for (const text of ["a: 'x\n---\n y'\n", "a: 'x\n...\n y'\n", 'a:\n  b: x\n y\n']) {
      const stream = parseYamlStream(text);
      expect(stream.problems.map((p) => p.kind), JSON.stringify(text)).toEqual(['syntax']);
    }
  });

  it('an unclosed quote is reported once, where it opens, and the documents after it are kept (kubectl splits at --- first)', () => {
    const later = Array.from({ length: 300 }, (_, i) => `---\nkind: ConfigMap\nmetadata: {name: c${i}}\n`).join('');
    const text = `# a comment with a "quote\nkind: Pod\nmetadata:\n  name: p\n  annotations: {note: 'it''s fine'}\n  labels:\n    app: "web\n${later}`;
    const stream = parseYamlStream(text);
    expect(stream.problems).toHaveLength(1);
    expect(stream.problems[0].start).toBe(text.indexOf('"web'));
    expect(stream.problems[0].message).toMatch(/^this double-quoted scalar is never closed/);
    expect(stream.documents.map((d) => (d.value as { metadata: { name: string } }).metadata.name)).toEqual(Array.from({ length: 300 }, (_, i) => `c${i}`));
    // Positions of the documents after the broken one are the file's own.
    const last = stream.documents[299];
    expect(text.slice(last.spanOf(['metadata', 'name']).start, last.spanOf(['metadata', 'name']).end)).toBe('c299');
  });

  it('a quote in a block scalar or a comment is not taken for the unclosed one', () => {
    const text = "a: |\n  \"q\n# don't\nb: 'x'\nc: \"it's\n---\nd: 1\n";
    const stream = parseYamlStream(text);
    expect(stream.problems.map((p) => p.start)).toEqual([text.indexOf('"it')]);
    expect(stream.documents.map((d) => d.value)).toEqual([{ d: 1 }]);
  });

  it('reports a later document\'s own error at its place, keeping the documents before it', () => {
    const text = "a: 'x\n y'\n---\nb: [1, 2\n";
    const stream = parseYamlStream(text);
    expect(stream.documents.map((d) => d.value)).toEqual([{ a: 'x y' }]);
    expect(stream.problems).toHaveLength(1);
    expect(stream.problems[0].start).toBeGreaterThan(text.indexOf('b:'));
  });
});

describe('flow collections with short-indented lines, tabs and comments, read as kubectl reads them', () => {
  it('a command list continued at column 1 and an args list whose item line starts with a tab', () => {
    const pod = (field: string, flow: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: busybox\n      ${field}: ${flow}\n`;
    const [a] = values(pod('command', '["sh", "-c",\n"sleep 3600"]')) as { spec: { containers: { command: string[] }[] } }[];
    expect(a.spec.containers[0].command).toEqual(['sh', '-c', 'sleep 3600']);
    const [b] = values(pod('args', '\n        [\n          "sleep",\n\t          "3600",\n        ]')) as { spec: { containers: { args: string[] }[] } }[];
    expect(b.spec.containers[0].args).toEqual(['sleep', '3600']);
  });

  it('folds items, closing brackets, tabs, comments and plain scalars over lines as libyaml does', () => {
    expect(values('a:\n  b: [1,\n 2\n]\n')).toEqual([{ a: { b: [1, 2] } }]);
    expect(values('c: [1,\n\t\t2]\nd: [1, \t2]\n')).toEqual([{ c: [1, 2], d: [1, 2] }]);
    expect(values('a: [1, # c\n2]\n')).toEqual([{ a: [1, 2] }]);
    expect(values("a: {x: 's #t', # c\nz: 2}\n")).toEqual([{ a: { x: 's #t', z: 2 } }]);
    expect(values('a:\n  b: [x\n  y, "p\n q"]\n')).toEqual([{ a: { b: ['x y', 'p q'] } }]);
    expect(values('a:\n  - [1,\n2]\n  - {k: v,\nw: 3}\n')).toEqual([{ a: [[1, 2], { k: 'v', w: 3 }] }]);
    expect(values('top:\n    key: ["a1"\n\t, b2]\n')).toEqual([{ top: { key: ['a1', 'b2'] } }]);
  });

  it('keeps positions on the original lines', () => {
    const text = 'spec:\n  command: ["sh",\n"-c"]\n  after: ok\n';
    const stream = parseYamlStream(text);
    expect(stream.problems).toEqual([]);
    const span = stream.documents[0].spanOf(['spec', 'command', 1]);
    expect(text.slice(span.start, span.end)).toContain('-c');
    const after = stream.documents[0].spanOf(['spec', 'after']);
    expect(text.slice(after.start, after.end)).toBe('ok');
  });

  it('still refuses what libyaml refuses: a tab left of the block indentation right after a plain scalar, a document marker, a short plain scalar in block context', () => {
    for (const text of ['top:\n    key: [a1\n\t, b2]\n', 'a:\n  b: [1,\n---\n2]\n', 'a:\n  b: x\n y\n']) {
      const stream = parseYamlStream(text);
      expect(stream.problems.map((p) => p.kind), JSON.stringify(text)).toEqual(['syntax']);
    }
  });
});

describe('a large document with many such quoted scalars', () => {
  it('a CRD whose hundreds of descriptions continue at their key\'s column (controller-gen 0.6) parses, with libyaml\'s values', () => {
    const fields = Array.from({ length: 600 }, (_, i) =>
      [
        `          field${i}:`,
        `            description: 'Field ${i} is documented over several lines with the continuation`,
        `            lines at the same column as the key. It''s from the API conventions:`,
        `            https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md'`,
        '            type: string',
      ].join('\n'),
    );
    const text = ['apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition', 'spec:', '  versions:', '  - schema:', '      openAPIV3Schema:', '        properties:', ...fields, ''].join('\n');
    const [crd] = values(text) as { spec: { versions: { schema: { openAPIV3Schema: { properties: Record<string, { description: string }> } } }[] } }[];
    const props = crd.spec.versions[0].schema.openAPIV3Schema.properties;
    expect(Object.keys(props)).toHaveLength(600);
    expect(props.field599.description).toBe(
      "Field 599 is documented over several lines with the continuation lines at the same column as the key. It's from the API conventions: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md",
    );
  });
});
