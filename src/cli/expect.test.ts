import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { main } from './main.js';
import { memoryIo } from './testing/memory-io.js';

const APP = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: c, image: nginx, ports: [{ containerPort: 80 }] }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: db, namespace: shop }
spec:
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: c, image: postgres, ports: [{ containerPort: 5432 }] }] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db-from-web, namespace: shop }
spec:
  podSelector: { matchLabels: { app: db } }
  ingress:
    - from: [{ podSelector: { matchLabels: { app: web } } }]
      ports: [{ port: 5432 }]
`;

describe('connectivity assertions (expect: in .netlint.yaml)', () => {
  it('passes when they hold and reports a violated one at its line in the config', async () => {
    const config = ['expect:', '  - { from: shop/web, to: shop/db, port: 5432, allowed: true }', '  - name: db stays private', '    from: shop/db', '    to: shop/web', '    port: 80', '    allowed: false', ''].join('\n');
    const io = memoryIo({ 'app.yaml': APP, '.netlint.yaml': config });
    expect(await main(['lint', 'app.yaml', '--format', 'json'], io, { builtinRules: BUILTIN_RULES })).toBe(1);
    const findings = JSON.parse(io.stdoutText).findings.filter((f: { ruleId: string }) => f.ruleId === 'netpol/expect');
    expect(findings.map((f: { file: string; line: number; column: number; message: string }) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      '.netlint.yaml:3:5 assertion "db stays private" expects denied but 1 of 1 connection is allowed: shop/db → shop/web 80/TCP',
    ]);
    const off = memoryIo({ 'app.yaml': APP, '.netlint.yaml': `${config}rules:\n  netpol/expect: off\n` });
    await main(['lint', 'app.yaml', '--format', 'json'], off, { builtinRules: BUILTIN_RULES });
    expect(JSON.parse(off.stdoutText).findings.filter((f: { ruleId: string }) => f.ruleId === 'netpol/expect')).toEqual([]);
  });

  it('are held against the cluster as applied: a policy the API server refuses is not there to deny', async () => {
    const refused = `${APP.slice(0, APP.indexOf('---\napiVersion: networking.k8s.io/v1'))}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db-private, namespace: shop }
spec:
  podSelector: { matchLabels: { app: db } }
  ingress:
    - from: [{ podSelector: { matchLabels: { app: nobody } } }]
      ports: [{ port: 5432, endPort: 5400 }]
`;
    const io = memoryIo({ 'app.yaml': refused, '.netlint.yaml': 'expect:\n  - { from: shop/web, to: shop/db, port: 5432, allowed: false }\n' });
    expect(await main(['lint', 'app.yaml', '--format', 'json'], io, { builtinRules: BUILTIN_RULES })).toBe(1);
    const findings = JSON.parse(io.stdoutText).findings as { ruleId: string; message: string }[];
    // The endPort error says why the policy is refused; the assertion fails since db is open.
    expect(findings.map((f) => f.ruleId)).toContain('netpol/endport');
    expect(findings.filter((f) => f.ruleId === 'netpol/expect').map((f) => f.message)).toEqual([
      'assertion "shop/web → shop/db 5432" expects denied but 1 of 1 connection is allowed: shop/web → shop/db 5432/TCP',
    ]);
  });

  it('on part of the input (a file named alone) an assertion that matches nothing there is not reported; on a folder it is', async () => {
    const config = 'expect:\n  - { from: billing/api, to: shop/db, port: 5432, allowed: false }\n';
    const files = { 'apps/app.yaml': APP, '.netlint.yaml': config };
    const messages = async (...paths: string[]) => {
      const io = memoryIo(files);
      await main(['lint', ...paths, '--format', 'json'], io, { builtinRules: BUILTIN_RULES });
      return JSON.parse(io.stdoutText).findings.filter((f: { ruleId: string }) => f.ruleId === 'netpol/expect').map((f: { message: string }) => f.message);
    };
    expect(await messages('apps/app.yaml')).toEqual([]);
    expect(await messages('.')).toEqual(['assertion "billing/api → shop/db 5432" matches no connection (from "billing/api" matches no endpoint or external range)']);
  });

  it('on a folder below the config\'s, an assertion that matches nothing there is a warning naming the folder; the whole tree keeps the error', async () => {
    const config = 'expect:\n  - { from: billing/api, to: billing/db, port: 5432, allowed: false }\n  - { from: shop/web, to: shop/db, port: 5432, allowed: true }\n';
    const files = { 'apps/shop/app.yaml': APP, '.netlint.yaml': config };
    const run = async (...paths: string[]) => {
      const io = memoryIo(files);
      const code = await main(['lint', ...paths, '--format', 'json'], io, { builtinRules: BUILTIN_RULES });
      return { code, found: JSON.parse(io.stdoutText).findings.filter((f: { ruleId: string }) => f.ruleId === 'netpol/expect').map((f: { severity: string; message: string }) => `${f.severity} ${f.message}`) };
    };
    expect(await run('apps/shop')).toEqual({
      code: 0,
      found: ['warning assertion "billing/api → billing/db 5432" matches no connection in apps/shop (from "billing/api" matches no endpoint or external range), which is part of the tree .netlint.yaml is for: lint that folder to check it'],
    });
    const whole = await run('.');
    expect(whole.code).toBe(1);
    expect(whole.found).toEqual(['error assertion "billing/api → billing/db 5432" matches no connection (from "billing/api" matches no endpoint or external range)']);
  });
});
