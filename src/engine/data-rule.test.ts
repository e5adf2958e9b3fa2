import { describe, expect, it } from 'vitest';
import { deferredDataRule, parseDataRule } from './data-rule.js';
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
