/**
 * Files that start with `{`, read as kubectl's YAMLOrJSONDecoder reads them (apimachinery
 * pkg/util/yaml decoder.go, v0.33+): JSON values one after another, then YAML. The cases are the
 * decoder's own rules restated as manifests: a stream of JSON objects needs no `---`; after one JSON
 * object the rest may be YAML; after two, a JSON error stands.
 */
import { describe, expect, it } from 'vitest';
import { loadSources } from './load.js';
import { MAX_JSON_VALUES } from './kubectl-json-stream.js';
import type { Finding } from './types.js';

const load = (content: string, path = 'm.json', discovered = false) => loadSources([{ path, content, ...(discovered ? { discovered } : {}) }]);
const ids = (findings: readonly Finding[]) => findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`);
const cm = (name: string, extra = '') => `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "${name}"}${extra}}`;

describe('a file that starts with {, read as kubectl reads it', () => {
  it('takes JSON objects one after another as a stream, one a line or run together, with positions in the file', () => {
    const { resources, findings } = load(`${cm('a')}\n  ${cm('b', ', "data": {"k": 5}')}${cm('c')}\n`);
    expect(findings).toEqual([]);
    expect(resources.map((r) => r.name)).toEqual(['a', 'b', 'c']);
    expect(resources.map((r) => r.doc)).toEqual([0, 1, 2]);
    // "data": {"k": 5} on line 2, after two spaces of indentation.
    const line2 = `  ${cm('b', ', "data": {"k": 5}')}`;
    expect(resources[1].locate(['data', 'k'])).toEqual({ line: 2, column: line2.indexOf('5') + 1, endLine: 2, endColumn: line2.indexOf('5') + 2 });
    expect(resources[1].locateKey!(['data', 'k'])).toEqual({ line: 2, column: line2.indexOf('"k"') + 1, endLine: 2, endColumn: line2.indexOf('"k"') + 4 });
    expect(resources[2].locate(['metadata', 'name'])).toEqual({ line: 2, column: line2.length + cm('c').indexOf('"c"') + 1, endLine: 2, endColumn: line2.length + cm('c').indexOf('"c"') + 4 });
    expect(resources[1].scalar(['data', 'k'])).toEqual({ source: '5', style: 'plain', tag: null });
  });

  it('reads YAML after one JSON object, from the line after it, without ---', () => {
    const { resources, findings } = load(`${cm('a')}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n  x: "1"\n`, 'm.yaml');
    expect(findings).toEqual([]);
    expect(resources.map((r) => r.name)).toEqual(['a', 'b']);
    expect(resources[1].locate(['data', 'x'])).toEqual({ line: 7, column: 6, endLine: 7, endColumn: 9 });
  });

  it('reports a JSON error after two or more objects, in JSON terms at its place, and keeps the objects before it', () => {
    const bad = '{"apiVersion": "v1", "kind": "ConfigMap" "metadata": {}}';
    const { resources, findings } = load(`${cm('a')}\n${cm('b')}\n${bad}\n`);
    expect(resources.map((r) => r.name)).toEqual(['a', 'b']);
    expect(ids(findings)).toEqual([`input/yaml-syntax@3:${bad.indexOf('"metadata"') + 1}`]);
    expect(findings[0].message).toMatch(/^not valid JSON: unexpected character "\\"" after an object value/);
  });

  it('says what JSON refuses in a .json that neither JSON nor YAML reads, and keeps YAML\'s words for a .yaml', () => {
    const text = '{\n  "apiVersion": "v1",\n  "kind": "ConfigMap"\n  "metadata": {"name": "x"}\n}\n';
    const json = load(text, 'cm.json').findings;
    expect(ids(json)).toEqual(['input/yaml-syntax@4:3']);
    expect(json[0].message).toMatch(/^not valid JSON: unexpected character/);
    const yaml = load(text, 'cm.yaml').findings;
    expect(ids(yaml)).toEqual(['input/yaml-syntax@4:3']);
    expect(yaml[0].message).not.toMatch(/JSON/);
  });

  it('reads a single object YAML accepts and JSON does not (a trailing comma) as YAML, as kubectl 1.33 and later do', () => {
    const { resources, findings } = load('{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x",},}\n');
    expect(findings).toEqual([]);
    expect(resources.map((r) => r.name)).toEqual(['x']);
  });

  it('leaves a CNI config list alone: libcni reads one JSON object, so two are an error, in JSON terms', () => {
    const conf = '{"cniVersion": "1.0.0", "name": "n", "plugins": [{"type": "bridge"}]}';
    const { findings, resources } = load(`${conf}\n${conf}\n`, 'net.conflist');
    expect(resources).toEqual([]);
    expect(ids(findings)).toEqual(['input/yaml-syntax@2:1']);
    expect(findings[0].message).toBe('not valid JSON, which libcni requires: unexpected character "{" after the end of the JSON value');
    // A missing comma: libcni's error, at its place, not YAML's.
    const missing = load('{\n  "cniVersion": "1.0.0",\n  "name": "n"\n  "type": "bridge"\n}\n', '10-br.conf').findings;
    expect(ids(missing)).toEqual(['input/yaml-syntax@4:3']);
    expect(missing[0].message).toMatch(/^not valid JSON, which libcni requires: unexpected character "\\"" after an object value/);
  });

  it('counts a JSON Lines file found by a walk as not Kubernetes, with no finding', () => {
    const out = load('{"a": 1}\n{"b": 2}\n', 'data.json', true);
    expect(out.findings).toEqual([]);
    expect(out.resources).toEqual([]);
    expect(out.files[0].skipped).toBe('not-kubernetes');
  });

  it('ends a number or literal where Go\'s JSON scanner does: `true:` after an object is a second value, then an error that stands', () => {
    for (const tail of ['true: x', '1: x', '01']) {
      const { resources, findings } = load(`${cm('a')}\n${tail}\n`, 'm.yaml');
      expect(resources.map((r) => r.name)).toEqual(['a']);
      // `01` is two values (0 and 1), then nothing: three values, a number is no object.
      if (tail === '01') expect(ids(findings)).toEqual(['input/not-kubernetes@2:1', 'input/not-kubernetes@2:2']);
      // The second value (true, 1) is no object, as kubectl says too ("cannot unmarshal bool"), then the `:` stops the stream.
      else expect(ids(findings).sort()).toEqual(['input/not-kubernetes@2:1', `input/yaml-syntax@2:${tail.indexOf(':') + 1}`]);
    }
    // A number of any length is one value.
    const long = load(`${cm('a')}\n${'7'.repeat(600)}\n`, 'm.yaml');
    expect(ids(long.findings)).toEqual(['input/not-kubernetes@2:1']);
  });

  it('keeps the JSON error when fewer than 4 bytes follow the first value (kubectl never makes its YAML decoder then), and reads YAML after one when more do', () => {
    expect(ids(load(`${cm('a')}\nx\n`, 'm.yaml').findings)).toEqual(['input/yaml-syntax@2:1']);
    const yaml = load(`${cm('a')}\nxyz: 1\n`, 'm.yaml');
    expect(ids(yaml.findings)).toEqual(['input/not-kubernetes@2:1']);
    expect(yaml.resources.map((r) => r.name)).toEqual(['a']);
  });

  it('reads no more than MAX_JSON_VALUES values from one file, and says so where it stopped; a walk skips a JSON Lines file before reading it as values', () => {
    const many = '{}'.repeat(MAX_JSON_VALUES + 5);
    const { findings } = load(many, 'm.json');
    const stop = findings.filter((f) => f.ruleId === 'input/yaml-syntax');
    expect(stop.map((f) => `${f.line}:${f.column}`)).toEqual([`1:${2 * MAX_JSON_VALUES + 1}`]);
    expect(stop[0].message).toBe('more than 100,000 JSON values in one file: netlint reads no further (kubectl reads on); split the file');
    expect(findings.length).toBe(MAX_JSON_VALUES + 1);
  });

  it('does not change a YAML file that reads whole, JSON or not', () => {
    const { resources, findings } = load(`${cm('a')}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n`, 'm.yaml');
    expect(findings).toEqual([]);
    expect(resources.map((r) => `${r.name}@${r.doc}`)).toEqual(['a@0', 'b@1']);
  });
});
