import { describe, expect, it } from 'vitest';
import { compileDataRules, deferredDataRule, parseDataRule, readDataRule } from './data-rule.js';
import type { DataRuleRead } from './data-rule.js';
import { lint } from './run.js';

const RULE = `id: team/replicas-limit
description: Deployments in this repo run at most 10 replicas.
severity: warning
remediation: Scale with an HPA instead.
match:
  group: apps
  kind: Deployment
message: "{{path}} {{error}} (got {{value}})"
assert:
  properties:
    spec:
      required: [replicas]
      properties:
        replicas: { type: integer, maximum: 10 }
`;

/** Rule files read, then compiled as one set, in the order given; a file refused on reading keeps its errors. */
function compileSet(files: readonly [string, string][]) {
  const reads = files.map(([text, file]) => readDataRule(text, file));
  const ok = reads.filter((r): r is { read: DataRuleRead } => 'read' in r).map((r) => r.read);
  const refused = reads.flatMap((r, i) => ('errors' in r && r.assert !== undefined ? [{ file: files[i][1], assert: r.assert }] : []));
  const compiled = compileDataRules(ok, refused);
  let next = 0;
  return reads.map((r) => ('errors' in r ? { errors: r.errors } : compiled[next++]));
}

describe('data rules', () => {
  it('compiles a user rule and reports ajv errors at the instancePath, or the parent of a missing field', () => {
    const parsed = parseDataRule(RULE, 'policies/team/replicas-limit.yaml', 'team/replicas-limit');
    if (!('rule' in parsed)) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.rule.meta.kinds).toEqual(['apps/Deployment']);
    const manifest = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 50\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec: {}\n';
    const { findings } = lint({ files: [{ path: 'd.yaml', content: manifest }], rules: [parsed.rule] });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['5:13 spec.replicas must be <= 10 (got 50)', '10:1 spec.replicas is required (got (missing))']);
    expect(findings[0].path).toEqual(['spec', 'replicas']);
  });

  it('reports a malformed rule file with positions inside that file', () => {
    const broken = parseDataRule(RULE.replace('severity: warning', 'severity: loud').replace('kind: Deployment', 'kinds: Deployment'), 'r.yaml');
    expect('errors' in broken && broken.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '3:11 severity must be one of "error", "warning", "info"',
      '7:10 match.kinds must be array',
    ]);
    const badSchema = parseDataRule(RULE.replace('type: integer', 'type: whole-number'), 'r.yaml');
    expect('errors' in badSchema && badSchema.errors[0]).toMatchObject({ line: 14, column: 27, message: expect.stringContaining('assert.properties.spec.properties.replicas.type must be') });
    const wrongId = parseDataRule(RULE, 'r.yaml', 'team/other');
    expect('errors' in wrongId && wrongId.errors[0]).toMatchObject({ line: 1, column: 5, message: expect.stringContaining('expected "team/other"') });
  });

  it('tells every problem of a rule file in one read: the file schema, match, message placeholders and assert together', () => {
    const text = [
      'id: team/svc',
      'severity: warning',
      'match:',
      '  kinds: [v1/Service]',
      'message: "{{path}} {{eror}}"',
      'assert:',
      '  properties:',
      '    metadata:',
      '      requird: [labels]',
      '',
    ].join('\n');
    const read = parseDataRule(text, 'svc.yaml', 'team/other');
    expect('errors' in read && read.errors.map((e) => `${e.line}:${e.column} ${e.message.split(':')[0].split(' (')[0]}`)).toEqual([
      '1:1 description is required',
      '1:1 remediation is required',
      '1:5 id "team/svc" does not match the file\'s location',
      '4:11 match.kinds[0] "v1/Service" matches nothing',
      '5:20 message placeholder {{eror}} is not one netlint fills; it fills {{path}}, {{error}}, {{value}}',
      '9:7 assert.properties.metadata.requird is not a JSON Schema keyword, so it would constrain nothing',
    ]);
  });

  it('reports each key propertyNames refuses at that key with all it fails, and a not beside an error below it as well', () => {
    const rule = parseDataRule(
      'id: team/labels\ndescription: d\nseverity: warning\nremediation: r\nmatch: { kinds: [Service] }\nassert:\n  properties:\n    metadata:\n      properties:\n        labels:\n          propertyNames: { pattern: "^[a-z]+$", maxLength: 5 }\n      not: { required: [annotations] }\n',
      'r.yaml',
    );
    if (!('rule' in rule)) throw new Error(JSON.stringify(rule.errors));
    const manifest = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  labels:\n    good: x\n    Bad_Key: "y"\n    toolongkey: "z"\n  annotations:\n    a: b\n';
    const { findings } = lint({ files: [{ path: 's.yaml', content: manifest }], rules: [rule.rule] });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '7:5 metadata.labels.Bad_Key is a key that must NOT have more than 5 characters; and must match pattern "^[a-z]+$" (propertyNames)',
      '8:5 metadata.labels.toolongkey is a key that must NOT have more than 5 characters (propertyNames)',
      '9:3 metadata.annotations must not be set',
    ]);
  });

  it('places a keyword that constrains nothing where it stands (if alone, then or else without if, additionalItems beside one items schema) at that keyword, saying so', () => {
    const withAssert = (body: string) => parseDataRule(RULE.replace(/assert:\n[\s\S]*$/, `assert:\n${body}`), 'r.yaml');
    const cases: [string, string][] = [
      ['  properties:\n    spec:\n      if: { required: [replicas] }\n', '12:7 assert.properties.spec.if has neither then nor else beside it, so it would constrain nothing: add then (what must hold when if matches) or else'],
      ['  properties:\n    spec:\n      then: { required: [replicas] }\n', '12:7 assert.properties.spec.then has no if beside it, so it would constrain nothing: add the if it depends on, or write its schema without then'],
      ['  else: { required: [spec] }\n', '10:3 assert.else has no if beside it, so it would constrain nothing: add the if it depends on, or write its schema without else'],
      ['  properties:\n    spec:\n      properties:\n        containers: { items: { type: object }, additionalItems: false }\n', '13:48 assert.properties.spec.properties.containers.additionalItems applies only beside items written as a list of schemas (one per position), so it would constrain nothing here: write items (one schema for every item) instead'],
    ];
    for (const [body, said] of cases) {
      const parsed = withAssert(body);
      expect('errors' in parsed && parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([said]);
    }
    // With then beside it, if is fine.
    expect('rule' in withAssert('  if: { required: [spec] }\n  then: { required: [metadata] }\n')).toBe(true);
  });

  it('finds a keyword ajv refuses where a schema stands, never at a property of that name, and tells every one', () => {
    const withAssert = (body: string) => {
      const parsed = parseDataRule(RULE.replace(/assert:\n[\s\S]*$/, `assert:\n${body}`), 'r.yaml');
      return 'errors' in parsed ? parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`) : [];
    };
    // A field called propertiez, if or additionalItems is no keyword: the keyword below metadata is.
    expect(withAssert('  properties:\n    spec:\n      properties:\n        propertiez: { type: string }\n        if: { type: string }\n        additionalItems: { type: string }\n    metadata:\n      propertiez: {}\n      if: { required: [name] }\n      properties:\n        finalizers: { additionalItems: false }\n')).toEqual([
      '17:7 assert.properties.metadata.propertiez is not a JSON Schema keyword, so it would constrain nothing (did you mean properties?)',
      '18:7 assert.properties.metadata.if has neither then nor else beside it, so it would constrain nothing: add then (what must hold when if matches) or else',
      '20:23 assert.properties.metadata.properties.finalizers.additionalItems applies only beside items written as a list of schemas (one per position), so it would constrain nothing here: write items (one schema for every item) instead',
    ]);
    // ajv's own keywords that are not draft-07's: $async would make validating return a promise
    // (every resource passing), id is draft-04's, nullable without a type is refused by ajv.
    expect(withAssert('  $async: true\n  properties:\n    spec:\n      id: replicas\n      properties:\n        replicas: { nullable: true }\n        paused: { type: boolean, nullable: true }\n')).toEqual([
      "10:3 assert.$async is ajv's keyword for asynchronous validation, not JSON Schema's; netlint validates synchronously, so remove it",
      "13:7 assert.properties.spec.id is draft-04's name for a schema's identifier; draft-07 writes $id (a property called id belongs under properties)",
      '15:21 assert.properties.spec.properties.replicas.nullable needs a type beside it: nullable (OpenAPI\'s, as in a CRD schema) allows null besides that type; to allow null alone write type: "null"',
    ]);
    // Annotations and $defs, which ajv reads in draft-07, are fine.
    expect(withAssert('  title: t\n  $comment: c\n  deprecated: false\n  examples: [{}]\n  $defs: { r: { required: [spec] } }\n  allOf: [{ $ref: "#/$defs/r" }]\n')).toEqual([]);
  });

  it('defers a built-in rule\'s checks and compile to its first check, with the same metadata and findings', () => {
    const eager = parseDataRule(RULE, 'rules/team/replicas-limit.yaml', 'team/replicas-limit');
    if (!('rule' in eager)) throw new Error(JSON.stringify(eager.errors));
    const deferred = deferredDataRule(RULE, 'rules/team/replicas-limit.yaml', 'team/replicas-limit');
    expect(deferred.meta).toEqual(eager.rule.meta);
    const manifest = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 50\n';
    const findings = (rule: typeof deferred) => lint({ files: [{ path: 'd.yaml', content: manifest }], rules: [rule] }).findings.map((f) => `${f.line}:${f.column} ${f.message}`);
    expect(findings(deferred)).toEqual(findings(eager.rule));
    expect(findings(deferred)).toEqual(['5:13 spec.replicas must be <= 10 (got 50)']);
  });

  it('builds a broken built-in rule without compiling it, and fails on its first check with the file position', () => {
    const broken = deferredDataRule(RULE.replace('type: integer', 'type: whole-number'), 'rules/team/replicas-limit.yaml', 'team/replicas-limit');
    expect(broken.meta.id).toBe('team/replicas-limit');
    const run = () => lint({ files: [{ path: 'd.yaml', content: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n' }], rules: [broken] });
    expect(run).toThrow(/rules\/team\/replicas-limit\.yaml:14:27/);
  });
});

describe('data rule assert schemas', () => {
  const rule = (assert: string) => `id: team/r1\ndescription: x\nseverity: error\nremediation: y\nmatch: { kinds: [calico/IPPool] }\nassert:\n${assert}`;
  const errors = (text: string, file = 'r.yaml') => {
    const parsed = parseDataRule(text, file);
    return 'errors' in parsed ? parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`) : [];
  };
  /** Each file's errors when read and compiled as one set, as the files of the rule packs of a run are. */
  const setErrors = (...files: [string, string][]) => compileSet(files).map((r) => ('errors' in r ? r.errors.map((e) => `${e.file} ${e.line}:${e.column} ${e.message}`) : []));

  it('refuses a $schema other than draft-07 at its value, and reads draft-07 ones', () => {
    for (const draft of ['https://json-schema.org/draft/2020-12/schema', 'https://json-schema.org/draft/2019-09/schema', 'http://json-schema.org/draft-04/schema#', 'foo']) {
      expect(errors(rule(`  $schema: "${draft}"\n  required: [spec]\n`))).toEqual([
        `7:12 assert.$schema "${draft}" is not draft-07: netlint reads assert as JSON Schema draft-07; remove $schema or set it to "http://json-schema.org/draft-07/schema#" (write definitions for $defs, and items as a list for prefixItems)`,
      ]);
    }
    for (const draft of ['http://json-schema.org/draft-07/schema#', 'http://json-schema.org/draft-07/schema']) expect(errors(rule(`  $schema: "${draft}"\n  required: [spec]\n`))).toEqual([]);
  });

  it('refuses a $ref that recurses without descending into the value, at the $ref', () => {
    expect(errors(rule('  allOf:\n    - $ref: "#"\n'))).toEqual(['8:13 assert.allOf[0].$ref "#" leads back to the whole schema without descending into a property or item, so validating any value would recurse without end']);
    expect(errors(rule('  definitions:\n    node: { $ref: "#/definitions/node" }\n  $ref: "#/definitions/node"\n'))).toEqual([
      '8:19 assert.definitions.node.$ref "#/definitions/node" leads back to assert.definitions.node without descending into a property or item, so validating any value would recurse without end',
    ]);
    expect(errors(rule('  properties:\n    spec:\n      anyOf: [{ type: string }, { not: { $ref: "#/properties/spec" } }]\n'))).toEqual([
      '9:48 assert.properties.spec.anyOf[1].not.$ref "#/properties/spec" leads back to assert.properties.spec without descending into a property or item, so validating any value would recurse without end',
    ]);
    // A tree: the recursion descends into a property each time, and ends with the value.
    expect(errors(rule('  definitions:\n    node:\n      properties:\n        children: { items: { $ref: "#/definitions/node" } }\n  $ref: "#/definitions/node"\n'))).toEqual([]);
  });

  it('resolves a local $ref in an assert whose $id has a fragment, and a plain-name $id ("#name"), as ajv does', () => {
    expect(errors(rule('  $id: "https://example.com/pool#main"\n  properties:\n    spec: { $ref: "#/definitions/spec" }\n  definitions:\n    spec: { required: [cidr] }\n'))).toEqual([]);
    expect(errors(rule('  properties:\n    spec: { $ref: "#spec" }\n  definitions:\n    spec: { $id: "#spec", required: [cidr] }\n'))).toEqual([]);
    expect(errors(rule('  properties:\n    spec: { $ref: "#nothing" }\n'))).toEqual(['8:19 assert.properties.spec.$ref "#nothing" points at no schema in assert']);
  });

  it('points at a bad regular expression, a local $ref to nothing and an unknown format', () => {
    expect(errors(rule('  properties:\n    spec:\n      properties:\n        cidr: { pattern: "^(10\\\\." }\n'))).toEqual([
      '10:26 assert.properties.spec.properties.cidr.pattern is not a regular expression (read as JavaScript reads it with the u flag, as ajv does): Unterminated group',
    ]);
    expect(errors(rule('  patternProperties:\n    "^(a": { type: string }\n'))).toEqual([
      '8:5 assert.patternProperties.^(a key is not a regular expression (read as JavaScript reads it with the u flag, as ajv does): Unterminated group',
    ]);
    expect(errors(rule('  properties:\n    spec:\n      $ref: "#/definitions/pool"\n'))).toEqual(['9:13 assert.properties.spec.$ref "#/definitions/pool" points at no schema in assert']);
    expect(errors(rule('  properties:\n    spec:\n      properties:\n        cidr: { format: ipv-4 }\n'))[0]).toBe(
      '10:25 assert.properties.spec.properties.cidr.format "ipv-4" is not a format netlint checks (did you mean ipv4?); it checks date-time, date, time, email, hostname, ipv4, ipv6, uri, uri-reference, json-pointer, relative-json-pointer, regex, uuid and netlint\'s calico-* formats (use pattern for any other)',
    );
    // A property named "pattern" or "format" is no keyword.
    expect(errors(rule('  properties:\n    pattern: { type: string }\n    format: { type: string }\n'))).toEqual([]);
  });

  it('names the file that already declared a schema $id, in one set of rule files', () => {
    const withId = rule('  $id: "https://example.com/dup-test.json"\n  required: [spec]\n');
    expect(errors(withId, 'policy/team/a.yaml')).toEqual([]);
    // Each parse is a set of its own: a file parsed before is not in it.
    expect(errors(withId, 'policy/team/b.yaml')).toEqual([]);
    expect(setErrors([withId, 'policy/team/a.yaml'], [withId.replace('[spec]', '[metadata]'), 'policy/team/b.yaml'])).toEqual([
      [],
      ['policy/team/b.yaml 7:8 assert.$id "https://example.com/dup-test.json" is also the $id of the assert of policy/team/a.yaml; each schema $id must be unique (give this one its own, or drop it)'],
    ]);
  });

  it("reaches another file's $id, a pointer into it or an $id inside it, whichever file comes first", () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ClusterIP\n';
    const head = (id: string) => `id: team/${id}\ndescription: x\nseverity: error\nremediation: y\nmatch: { kinds: [Service] }\nassert:\n`;
    const shared = [`${head('shared')}  $id: "https://example.com/shared"\n  definitions:\n    labelled: { required: [labels] }\n    typed: { $id: "https://example.com/typed", properties: { type: { const: LoadBalancer } } }\n    named: { $id: "#named", required: [namespace] }\n`, 'policy/team/shared.yaml'] as [string, string];
    const uses = [`${head('uses')}  properties:\n    metadata: { $ref: "https://example.com/shared#/definitions/labelled" }\n    spec: { $ref: "https://example.com/typed" }\n  allOf: [{ properties: { metadata: { $ref: "https://example.com/shared#named" } } }]\n`, 'policy/team/uses.yaml'] as [string, string];
    for (const order of [[uses, shared], [shared, uses]]) {
      const results = compileSet(order);
      const rules = results.map((r) => {
        if (!('rule' in r)) throw new Error(JSON.stringify(r.errors));
        return r.rule;
      });
      const findings = lint({ files: [{ path: 's.yaml', content: svc }], rules }).findings.filter((f) => f.ruleId === 'team/uses');
      expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['3:1 metadata.labels is required', '3:1 metadata.namespace is required', '6:9 spec.type must be "LoadBalancer"']);
    }
  });

  it("refuses a $ref to another file's schema that is not there, is refused, or has no $id for its root, saying which", () => {
    const head = (id: string) => `id: team/${id}\ndescription: x\nseverity: error\nremediation: y\nmatch: { kinds: [Service] }\nassert:\n`;
    const uses = (ref: string) => [`${head('uses')}  properties:\n    metadata: { $ref: "${ref}" }\n`, 'p/team/uses.yaml'] as [string, string];
    const shared = [`${head('shared')}  $id: "https://example.com/shared"\n  definitions: { labelled: { required: [labels] } }\n`, 'p/team/shared.yaml'] as [string, string];
    expect(setErrors(uses('https://example.com/shared#/definitions/nothing'), shared)[0]).toEqual(['p/team/uses.yaml 8:23 assert.properties.metadata.$ref "https://example.com/shared#/definitions/nothing" points at no schema in the assert of p/team/shared.yaml']);
    expect(setErrors(uses('https://example.com/other'), shared)[0]).toEqual([
      'p/team/uses.yaml 8:23 assert.properties.metadata.$ref "https://example.com/other" points at no schema netlint has read (a $ref reaches the definitions of this assert, "#/definitions/…", or the $id of another rule\'s assert)',
    ]);
    // The file it reaches has a problem of its own: both are said.
    const broken = [shared[0].replace('required: [labels]', 'requird: [labels]'), shared[1]] as [string, string];
    expect(setErrors(uses('https://example.com/shared#/definitions/labelled'), broken)).toEqual([
      ['p/team/uses.yaml 8:23 assert.properties.metadata.$ref "https://example.com/shared#/definitions/labelled" points at the assert of p/team/shared.yaml, which is refused (its own error says why)'],
      ['p/team/shared.yaml 8:30 assert.definitions.labelled.requird is not a JSON Schema keyword, so it would constrain nothing (did you mean required?)'],
    ]);
    // ajv reaches a schema inside another file's assert through that assert's own $id.
    const unnamed = [`${head('shared')}  definitions: { labelled: { $id: "https://example.com/labelled", required: [labels] } }\n`, 'p/team/shared.yaml'] as [string, string];
    expect(setErrors(uses('https://example.com/labelled'), unnamed)[0]).toEqual([
      'p/team/uses.yaml 8:23 assert.properties.metadata.$ref "https://example.com/labelled" is the $id of a schema inside the assert of p/team/shared.yaml, which has no $id of its own, so that schema cannot be reached from another file: give that assert a $id',
    ]);
  });

  it('compiles a long chain of files that refer each to the next, whatever the order', () => {
    // Compiled head first, ajv compiled each next file inside the one before and ran out of stack
    // (the CLI at 300 files; here 1,500, as vitest's stack is deeper).
    const files = Array.from({ length: 1500 }, (_, i) => {
      const ref = i === 1499 ? '' : `    metadata: { $ref: "https://example.com/r${i + 1}" }\n`;
      return [`id: team/r${i}\ndescription: x\nseverity: error\nremediation: y\nmatch: { kinds: [Service] }\nassert:\n  $id: "https://example.com/r${i}"\n  properties:\n${ref}    spec: { required: [x${i}] }\n`, `p/team/r${i}.yaml`] as [string, string];
    });
    expect(setErrors(...files).flat()).toEqual([]);
  });

  it('refuses $refs between files that lead back without descending, and runs those that descend', () => {
    const head = (id: string) => `id: team/${id}\ndescription: x\nseverity: error\nremediation: y\nmatch: { kinds: [Service] }\nassert:\n`;
    const a = [`${head('a')}  $id: "https://example.com/a"\n  allOf: [{ $ref: "https://example.com/b" }]\n`, 'p/team/a.yaml'] as [string, string];
    const b = [`${head('b')}  $id: "https://example.com/b"\n  anyOf: [{ $ref: "https://example.com/a" }, { required: [spec] }]\n`, 'p/team/b.yaml'] as [string, string];
    expect(setErrors(a, b)).toEqual([
      ['p/team/a.yaml 8:19 assert.allOf[0].$ref "https://example.com/b" reaches the assert of p/team/b.yaml, which is refused (its own error says why)'],
      ['p/team/b.yaml 8:19 assert.anyOf[0].$ref "https://example.com/a" leads back to the assert of p/team/a.yaml without descending into a property or item, so validating any value would recurse without end'],
    ]);
    expect(setErrors(b, a).flat()).toHaveLength(2);
    // Through a property each time: it ends with the value.
    const tree = [`${head('a')}  $id: "https://example.com/a"\n  properties: { spec: { $ref: "https://example.com/b" } }\n`, 'p/team/a.yaml'] as [string, string];
    const leaf = [`${head('b')}  $id: "https://example.com/b"\n  required: [type]\n  properties: { selector: { $ref: "https://example.com/a" } }\n`, 'p/team/b.yaml'] as [string, string];
    const rules = compileSet([tree, leaf]).map((r) => ('rule' in r ? r.rule : null));
    expect(rules.every((r) => r !== null)).toBe(true);
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  selector: { spec: { type: x } }\n';
    expect(lint({ files: [{ path: 's.yaml', content: svc }], rules: [rules[0]!] }).findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['4:1 spec.type is required']);
  });

  it('checks the draft-07 formats and netlint\'s calico-* formats', () => {
    const parsed = parseDataRule(rule('  properties:\n    spec:\n      properties:\n        a: { format: ipv4 }\n        b: { format: ipv6 }\n        c: { format: hostname }\n        d: { format: date-time }\n        e: { format: uri }\n        f: { format: uuid }\n        g: { format: calico-cidr }\n        h: { format: email }\n'), 'r.yaml');
    if (!('rule' in parsed)) throw new Error(JSON.stringify(parsed.errors));
    const pool = (spec: string) => lint({ files: [{ path: 'p.yaml', content: `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec: ${spec}\n` }], rules: [parsed.rule] }).findings.map((f) => f.message);
    expect(pool('{ a: 10.0.0.1, b: "fd00::1", c: node-1.example.com, d: "2024-02-29T12:00:00Z", e: "https://example.com/x?y=1", f: 123e4567-e89b-12d3-a456-426614174000, g: 10.0.0.0/16, h: ops@example.com }')).toEqual([]);
    expect(pool('{ a: 10.0.0.256, b: "fd00::1::2", c: "-node", d: "2023-02-29T12:00:00Z", e: "no scheme", f: 123, g: 10.0.0.0/33, h: ops }')).toEqual([
      'spec.a must be an IPv4 address (format ipv4)',
      'spec.b must be an IPv6 address (format ipv6)',
      'spec.c must be a host name (RFC 1123) (format hostname)',
      'spec.d must be an RFC 3339 date-time such as 2024-05-01T12:00:00Z (format date-time)',
      'spec.e must be a URI with a scheme (RFC 3986) (format uri)',
      'spec.g must be an IP address or CIDR (format calico-cidr)',
      'spec.h must be an email address (format email)',
    ]);
  });
});

describe('data rule messages', () => {
  it('refuses a placeholder netlint does not fill, at the placeholder', () => {
    const text = RULE.replace('message: "{{path}} {{error}} (got {{value}})"', 'message: "pool {{name}}: {{path}} {{ eror }} (got {{value}})"');
    const parsed = parseDataRule(text, 'r.yaml');
    expect('errors' in parsed && parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '8:16 message placeholder {{name}} is not one netlint fills; it fills {{path}}, {{error}}, {{value}}',
      '8:35 message placeholder {{ eror }} is not one netlint fills; it fills {{path}}, {{error}}, {{value}}',
    ]);
  });
});

describe('data rule match', () => {
  const errors = (match: string) => {
    const parsed = parseDataRule(`id: team/r1\ndescription: x\nseverity: error\nremediation: y\nmatch:\n${match}assert: { required: [spec] }\n`, 'r.yaml');
    return 'errors' in parsed ? parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`) : [];
  };
  const singular = "(kinds are written as in a manifest's kind: field, singular and case-sensitive)";

  it('refuses a match that selects nothing, at the entry, with the kind meant', () => {
    expect(errors('  kind: IPPool\n')).toEqual(['6:9 match.kind "IPPool" matches nothing: a kind: without group: is a core kind, and the core group has no IPPool; did you mean calico/IPPool?']);
    expect(errors('  kinds: [NetworkPolicy]\n')).toEqual([
      '6:11 match.kinds[0] "NetworkPolicy" matches nothing: a kind without a group is a core kind, and the core group has no NetworkPolicy; did you mean networking.k8s.io/NetworkPolicy or calico/NetworkPolicy?',
    ]);
    expect(errors('  kinds: [Service, calico/IPpool]\n')).toEqual([`6:20 match.kinds[1] "calico/IPpool" matches nothing: Calico has no kind IPpool ${singular}; did you mean calico/IPPool?`]);
    expect(errors('  kinds: [calico/*]\n')).toEqual(['6:11 match.kinds[0] "calico/*" matches nothing: netlint reads * only alone (every resource), not inside a group or kind; list the kinds (calico/BGPConfiguration, calico/BGPFilter, calico/BGPPeer, …)']);
    expect(errors('  kinds: [v1/Service]\n')).toEqual(['6:11 match.kinds[0] "v1/Service" matches nothing: v1 is a version, not a group (a kind is matched in every version; a core kind has no group); did you mean Service?']);
    expect(errors('  kinds: [core/Service]\n')).toEqual(['6:11 match.kinds[0] "core/Service" matches nothing: a core kind is written without a group; did you mean Service?']);
    expect(errors('  kinds: [networking.k8s.io/v1/NetworkPolicy]\n')).toEqual([
      '6:11 match.kinds[0] "networking.k8s.io/v1/NetworkPolicy" matches nothing: an entry is group/Kind, without a version (a kind is matched in every version); did you mean networking.k8s.io/NetworkPolicy?',
    ]);
    expect(errors('  kinds: [apps/deployment]\n')).toEqual([`6:11 match.kinds[0] "apps/deployment" matches nothing: apps has no kind deployment ${singular}; did you mean apps/Deployment?`]);
    expect(errors('  group: projectcalico.org\n  kind: GlobalNetworkPolicies\n')).toEqual([
      `7:9 match.kind "GlobalNetworkPolicies" matches nothing: Calico has no kind GlobalNetworkPolicies ${singular}; did you mean projectcalico.org/GlobalNetworkPolicy?`,
    ]);
    expect(errors('  group: [apps, core]\n  kind: [Deployment, Service]\n')).toEqual(['6:17 match.group[1] "core" matches nothing: the core group is written as "" (or group: left out)']);
    expect(errors('  kinds: [example.com/widget]\n')).toEqual(['6:11 match.kinds[0] "example.com/widget" matches nothing: a kind starts with a capital letter, as a manifest\'s kind: does']);
    // Misspelt kinds of groups netlint knows; the core group and apps are known whole.
    expect(errors('  kinds: [Serivce, apps/Deploymnet, calico/IPPol, networking.k8s.io/NetworkPolcy, Widget]\n')).toEqual([
      '6:11 match.kinds[0] "Serivce" matches nothing: the core group has no kind Serivce; did you mean Service?',
      '6:20 match.kinds[1] "apps/Deploymnet" matches nothing: apps has no kind Deploymnet; did you mean apps/Deployment?',
      '6:37 match.kinds[2] "calico/IPPol" matches nothing: Calico has no kind IPPol; did you mean calico/IPPool?',
      '6:51 match.kinds[3] "networking.k8s.io/NetworkPolcy" matches nothing: networking.k8s.io has no kind NetworkPolcy; did you mean networking.k8s.io/NetworkPolicy?',
      '6:83 match.kinds[4] "Widget" matches nothing: the core group has no kind Widget',
    ]);
    // Lists are read item by item.
    expect(errors('  kinds: [List, ServiceList]\n')).toEqual([
      '6:11 match.kinds[0] "List" matches nothing: List objects are read item by item, so a rule sees the items\' kinds, never a List',
      '6:17 match.kinds[1] "ServiceList" matches nothing: ServiceList objects are read item by item, so a rule sees the items\' kinds, never a ServiceList',
    ]);
  });

  it('takes kinds of groups netlint does not know, and every known kind, as written', () => {
    for (const match of ['  kinds: ["*"]\n', '  kinds: [cert-manager.io/Certificate, Pod, ConfigMap, PersistentVolumeClaim]\n', '  kinds: [calico/IPPool, crd.projectcalico.org/IPPool, k8s.cni.cncf.io/NetworkAttachmentDefinition, apps/DaemonSet]\n', '  group: ""\n  kind: Service\n', '  group: [projectcalico.org, crd.projectcalico.org]\n  kind: [LicenseKey, GlobalAlert]\n']) {
      expect(errors(match)).toEqual([]);
    }
  });
});

describe('data rule findings of anyOf and not', () => {
  const netpol = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p, namespace: shop }\nspec:\n  podSelector: {}\n  ingress:\n    - from:\n        - podSelector: {}\n    - ports: [{ port: 80 }]\n';
  const findings = (assert: string) => {
    const parsed = parseDataRule(`id: team/r1\ndescription: x\nseverity: error\nremediation: y\nmatch: { kinds: [networking.k8s.io/NetworkPolicy] }\nassert:\n${assert}`, 'r.yaml');
    if (!('rule' in parsed)) throw new Error(JSON.stringify(parsed.errors));
    return lint({ files: [{ path: 'n.yaml', content: netpol }], rules: [parsed.rule] }).findings.map((f) => `${f.line}:${f.column} ${f.message}`);
  };

  it('reports a failed anyOf once, at its value, naming what each alternative misses', () => {
    const assert = '  properties:\n    spec:\n      properties:\n        ingress:\n          items:\n            anyOf:\n              - required: [ports]\n              - required: [from]\n                properties:\n                  from:\n                    items: { not: { properties: { podSelector: { maxProperties: 0 } }, required: [podSelector] } }\n';
    expect(findings(assert)).toEqual([
      '7:7 spec.ingress[0] matches none of the alternatives (anyOf): (1) ports is required; (2) from[0].podSelector must not match {maxProperties: 0}',
    ]);
    expect(findings('  properties:\n    spec:\n      properties:\n        ingress:\n          items: { anyOf: [{ required: [ports] }, { required: [to] }] }\n')).toEqual([
      '7:7 spec.ingress[0] matches none of the alternatives (anyOf): (1) ports is required; (2) to is required',
    ]);
  });

  it('says what a failed not forbids', () => {
    expect(findings('  properties:\n    spec:\n      properties:\n        podSelector: { not: { maxProperties: 0 } }\n')).toEqual(['5:3 spec.podSelector must not match {maxProperties: 0}']);
  });

  it('says a field a not forbids must not be set, at that field', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  type: ClusterIP\n  clusterIP: 10.0.0.1\n  ports: [{ port: 80 }]\n';
    const found = (assert: string, content = svc) => {
      const parsed = parseDataRule(`id: team/r1\ndescription: x\nseverity: error\nremediation: y\nmatch: { kinds: [Service] }\nmessage: "{{path}} {{error}} (got {{value}})"\nassert:\n${assert}`, 'r.yaml');
      if (!('rule' in parsed)) throw new Error(JSON.stringify(parsed.errors));
      return lint({ files: [{ path: 's.yaml', content }], rules: [parsed.rule] }).findings.map((f) => `${f.line}:${f.column} ${f.message}`);
    };
    expect(found('  properties:\n    spec: { not: { required: [clusterIP] } }\n')).toEqual(['6:3 spec.clusterIP must not be set (got 10.0.0.1)']);
    // Several keys: forbidden together, said at the first.
    expect(found('  properties:\n    spec: { not: { required: [clusterIP, ports] } }\n')).toEqual(['6:3 spec.clusterIP must not be set together with spec.ports (got 10.0.0.1)']);
    // None of them: each that is set.
    expect(found('  properties:\n    spec: { not: { anyOf: [{ required: [clusterIP] }, { required: [externalName] }, { required: [ports] }] } }\n')).toEqual([
      '6:3 spec.clusterIP must not be set (got 10.0.0.1)',
      '7:3 spec.ports must not be set (got [{"port":80}])',
    ]);
    // The field's value must not match: at the value.
    expect(found('  properties:\n    spec: { not: { required: [clusterIP], properties: { clusterIP: { pattern: "^10\\\\." } } } }\n')).toEqual(['6:14 spec.clusterIP must not match {pattern: "^10\\\\."} (got 10.0.0.1)']);
    // Anything else the not holds: said of the value as a whole, as before.
    expect(found('  properties:\n    spec: { not: { required: [clusterIP], minProperties: 2 } }\n')).toEqual(['4:1 spec must not match {required: [clusterIP], minProperties: 2} (got {"type":"ClusterIP","clusterIP":"10.0.0.1","ports":[{"port":80}]})']);
    // A not reached through a $ref, in this file or another, names what it forbids too.
    expect(found('  definitions: { noIP: { not: { required: [clusterIP] } } }\n  properties:\n    spec: { $ref: "#/definitions/noIP" }\n')).toEqual(['6:3 spec.clusterIP must not be set (got 10.0.0.1)']);
  });

  it("says what a not reached in another file's schema forbids (ajv names it by that file's $id)", () => {
    const head = (id: string) => `id: team/${id}\ndescription: x\nseverity: error\nremediation: y\nmatch: { kinds: [Service] }\nassert:\n`;
    const uses = [`${head('uses')}  properties:\n    spec: { $ref: "https://example.com/b#/definitions/x" }\n    metadata: { $ref: "https://example.com/n" }\n`, 'p/team/uses.yaml'] as [string, string];
    const shared = [`${head('b')}  $id: "https://example.com/b"\n  definitions:\n    x: { not: { required: [clusterIP], minProperties: 2 } }\n    n: { $id: "https://example.com/n", not: { required: [name] } }\n`, 'p/team/b.yaml'] as [string, string];
    const [rule] = compileSet([uses, shared]).map((r) => ('rule' in r ? r.rule : null));
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  clusterIP: 10.0.0.1\n  ports: [{ port: 80 }]\n';
    expect(lint({ files: [{ path: 's.yaml', content: svc }], rules: [rule!] }).findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '3:13 metadata.name must not be set',
      '4:1 spec must not match {required: [clusterIP], minProperties: 2}',
    ]);
  });

  it('reports a failed oneOf as a whole: none of the alternatives, or more than one and which', () => {
    // Both alternatives' fields set: not "from is required" (the failing third's error), but which matched.
    expect(findings('  properties:\n    spec:\n      oneOf: [{ required: [podSelector] }, { required: [egress] }, { required: [ingress] }]\n    metadata:\n      properties:\n        name: { minLength: 2 }\n')).toEqual([
      '3:19 metadata.name must NOT have fewer than 2 characters',
      '4:1 spec matches more than one of the alternatives (oneOf), which must be exactly one: (1) {required: [podSelector]} and (3) {required: [ingress]}',
    ]);
    expect(findings('  properties:\n    spec:\n      oneOf: [{ required: [egress] }, { required: [policyTypes] }]\n')).toEqual(['4:1 spec matches none of the alternatives (oneOf): (1) egress is required; (2) policyTypes is required']);
  });

  it('points a failed dependencies, additionalItems: false and uniqueItems at the field or item, even beside a failure below', () => {
    const ports = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p }\nspec:\n  podSelector: {}\n  ingress:\n    - ports: [{ port: 80 }, { port: 80 }, { port: 443 }]\n';
    const found = (assert: string) => {
      const parsed = parseDataRule(`id: team/r1\ndescription: x\nseverity: error\nremediation: y\nmatch: { kinds: [networking.k8s.io/NetworkPolicy] }\nassert:\n${assert}`, 'r.yaml');
      if (!('rule' in parsed)) throw new Error(JSON.stringify(parsed.errors));
      return lint({ files: [{ path: 'n.yaml', content: ports }], rules: [parsed.rule] }).findings.map((f) => `${f.line}:${f.column} ${f.message}`);
    };
    // The array form, beside a schema form that fails below spec: both told (the first was dropped as its consequence).
    expect(found('  properties:\n    spec:\n      dependencies:\n        ingress: [policyTypes, egress]\n        podSelector: { required: [policyTypes] }\n')).toEqual([
      '4:1 spec.policyTypes is required',
      '6:3 spec.ingress is set, so spec.policyTypes and spec.egress are required beside it (dependencies)',
    ]);
    const item = '  properties:\n    spec:\n      properties:\n        ingress:\n          items:\n            properties:\n              ports:\n';
    expect(found(`${item}                items: [{ required: [protocol] }, {}]\n                additionalItems: false\n`)).toEqual([
      '7:15 spec.ingress[0].ports[0].protocol is required',
      '7:43 spec.ingress[0].ports[2] is past the 2 items items describes, and additionalItems is false',
    ]);
    expect(found(`${item}                uniqueItems: true\n`)).toEqual(['7:29 spec.ingress[0].ports[1] is the same as spec.ingress[0].ports[0] (uniqueItems)']);
    // The same inside the then branch of an if: told once, without a "must match \"then\" schema" at the root.
    expect(found(`  if: { properties: { kind: { const: NetworkPolicy } } }\n  then:\n${item.replace(/^/gm, '  ')}                  uniqueItems: true\n`)).toEqual([
      '7:29 spec.ingress[0].ports[1] is the same as spec.ingress[0].ports[0] (uniqueItems)',
    ]);
    expect(found('  if: { properties: { kind: { const: NetworkPolicy } } }\n  then:\n    properties:\n      spec:\n        dependencies: { ingress: [policyTypes] }\n')).toEqual([
      '6:3 spec.ingress is set, so spec.policyTypes is required beside it (dependencies)',
    ]);
  });

  it('names every constraint one field fails, in one finding', () => {
    expect(findings('  properties:\n    metadata:\n      properties:\n        name: { minLength: 8, pattern: "^team-" }\n')).toEqual(['3:19 metadata.name must NOT have fewer than 8 characters; and must match pattern "^team-"']);
  });

  it('reports a failed contains once, at the array, saying what no item matches (not once per item)', () => {
    // Two ingress rules, neither naming port 443: one finding, not "ingress[0] … ingress[1] …".
    expect(findings('  properties:\n    spec:\n      properties:\n        ingress: { contains: { required: [to] } }\n')).toEqual(['6:3 spec.ingress holds no item that matches {required: [to]} (contains)']);
    // A long subschema is shortened.
    expect(findings('  properties:\n    spec:\n      properties:\n        ingress: { contains: { required: [ports], properties: { ports: { items: { properties: { port: { const: 443 } } } } } } }\n')[0]).toMatch(/^6:3 spec\.ingress holds no item that matches \{required: \[ports\], .{20,}… \(contains\)$/);
  });
});
