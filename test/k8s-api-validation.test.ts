/**
 * Kubernetes API validation, held against the API server's own test tables (kubernetes
 * `pkg/apis/networking/validation` NetworkPolicy tests; apimachinery `pkg/util/validation` name,
 * qualified-name and label-value tests), restated here as manifests: every value the API server
 * rejects is flagged at its field by the rule that owns it, and every value it accepts lints
 * without an error from any built-in rule.
 */
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../rules/index.js';
import { lint } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';

function lintYaml(doc: unknown): Finding[] {
  const content = dump(doc, { lineWidth: -1 });
  return lint({ files: [{ path: 'case.yaml', content }], rules: BUILTIN_RULES }).findings;
}

const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.path.join('.')}`);

/** True when a finding of `ruleId` sits at `path` (or below it). */
function flaggedAt(findings: Finding[], ruleId: string, path: (string | number)[]): boolean {
  return findings.some((f) => f.ruleId === ruleId && f.severity === 'error' && path.every((seg, i) => f.path[i] === seg));
}

const long = (c: string, n: number) => c.repeat(n);

describe('object names (apimachinery IsDNS1123Label / IsDNS1123Subdomain / IsDNS1035Label)', () => {
  // Each format is exercised through a kind whose name uses it.
  const tables = [
    {
      format: 'DNS-1123 label (Namespace)',
      object: (name: string) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }),
      good: ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-a', '1--a--b--2', long('a', 63)],
      bad: ['A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1', '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2', '.', 'a.', '.a', 'a.b', '1.', '.1', '1.2', ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2', long('a', 64)],
    },
    {
      format: 'DNS-1123 subdomain (ConfigMap)',
      object: (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'x' } }),
      good: ['a', 'a--1--2--b', '0', '1--a--b--2', 'a.a', 'a--1--2--b.a', 'a.1', 'abc.1', '0.a', '012.a', '0.1', '1-a.1', 'a.b.c.d.e', 'aa.bb.cc.dd.ee', '1.2.3.4.5', '11.22.33.44.55', long('a', 253)],
      bad: ['A', 'aBc', '1-A', '-', 'a-', '-a', '_', 'a_b', '.', 'a.', '.a', 'a..b', '1..2', ' ', 'a b', 'A.a', 'aB.a', 'ab.A', 'A.1', '0.A', '1a.A', 'A.B.C.D.E', 'a.B.c.d.e', 'a@b', 'a,b', 'a;b', 'a:b', 'a%b', 'a?b', 'a$b', long('a', 254)],
    },
    {
      format: 'DNS-1035 label (Service)',
      object: (name: string) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'x' } }),
      good: ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', long('a', 63)],
      bad: ['A', 'aBc', 'A-1', '-', 'a-', '-a', '_', 'a_b', '.', 'a.b', ' ', 'a b', long('a', 64)],
      // DNS-1123 labels that are not DNS-1035 labels: refused before Kubernetes 1.36, accepted from
      // 1.36 (RelaxedServiceNameValidation, on by default): a warning.
      before136: ['0', '01', '012', '1a', '1-a', '1--a--b--2'],
    },
  ];
  for (const t of tables) {
    it(`${t.format}: accepted names lint clean`, () => {
      for (const name of t.good) expect(errorsOf(lintYaml(t.object(name))), name).toEqual([]);
    });
    it(`${t.format}: rejected names are flagged at metadata.name`, () => {
      for (const name of t.bad) expect(flaggedAt(lintYaml(t.object(name)), 'cluster/object-name', ['metadata', 'name']), JSON.stringify(name)).toBe(true);
    });
  }

  it('Service names only Kubernetes 1.36 and later accept are warnings at metadata.name', () => {
    for (const name of tables[2].before136 ?? []) {
      const findings = lintYaml(tables[2].object(name));
      expect(errorsOf(findings), name).toEqual([]);
      expect(findings.filter((f) => f.ruleId === 'cluster/object-name' && f.severity === 'warning' && f.path.join('.') === 'metadata.name'), name).toHaveLength(1);
    }
  });

  it('generateName may end in "-" (a suffix follows), a name may not', () => {
    expect(errorsOf(lintYaml({ apiVersion: 'v1', kind: 'Pod', metadata: { generateName: 'web-', namespace: 'x' } }))).toEqual([]);
    expect(flaggedAt(lintYaml({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-', namespace: 'x' } }), 'cluster/object-name', ['metadata', 'name'])).toBe(true);
  });
});

describe('label keys and values (apimachinery IsQualifiedName / IsValidLabelValue)', () => {
  const node = (labels: Record<string, string>, annotations?: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels, ...(annotations ? { annotations } : {}) } });
  const goodKeys = ['simple', 'now-with-dashes', '1-starts-with-num', '1234', 'simple/simple', 'now-with-dashes/simple', 'now-with-dashes/now-with-dashes', 'now.with.dots/simple', 'now-with.dashes-and.dots/simple', '1-num.2-num/3-num', '1234/5678', '1.2.3.4/5678', 'Uppercase_Is_OK_123', 'example.com/Uppercase_Is_OK_123', 'requests.storage-foo', long('a', 63), `${long('a', 253)}/${long('b', 63)}`];
  const badKeys = ['nospecialchars%^=@', 'cantendwithadash-', '-cantstartwithadash-', 'only/one/slash', 'Example.com/abc', 'example_com/abc', 'example.com/', '/simple', long('a', 64), `${long('a', 254)}/abc`];
  const goodValues = ['simple', 'now-with-dashes', '1-starts-with-num', 'end-with-num-1', '1234', long('a', 63), ''];
  const badValues = ['nospecialchars%^=@', 'Tama-nui-te-rā.is.Māori.sun', '\\backslashes\\are\\bad', '-starts-with-dash', 'ends-with-dash-', '.starts.with.dot', 'ends.with.dot.', long('a', 64)];

  it('accepted keys and values lint clean', () => {
    for (const key of goodKeys) expect(errorsOf(lintYaml(node({ [key]: 'v' }))), key).toEqual([]);
    for (const value of goodValues) expect(errorsOf(lintYaml(node({ k: value }))), value).toEqual([]);
  });
  it('rejected keys and values are flagged at the label', () => {
    for (const key of badKeys) expect(flaggedAt(lintYaml(node({ [key]: 'v' })), 'cluster/label-format', ['metadata', 'labels', key]), key).toBe(true);
    for (const value of badValues) expect(flaggedAt(lintYaml(node({ k: value })), 'cluster/label-format', ['metadata', 'labels', 'k']), value).toBe(true);
  });
  it('annotation keys follow the same rule, except that case does not matter', () => {
    expect(errorsOf(lintYaml(node({}, { 'Example.com/abc': 'v' })))).toEqual([]);
    for (const key of badKeys.filter((k) => k !== 'Example.com/abc')) {
      expect(flaggedAt(lintYaml(node({}, { [key]: 'v' })), 'cluster/annotation-format', ['metadata', 'annotations', key]), key).toBe(true);
    }
  });
});

describe('NetworkPolicy validation (kubernetes ValidateNetworkPolicy)', () => {
  const policy = (spec: Record<string, unknown>, name = 'foo') => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: 'bar' }, spec });
  const ingress = (rule: Record<string, unknown>) => ({ podSelector: { matchLabels: { a: 'b' } }, ingress: [rule] });
  const egress = (rule: Record<string, unknown>) => ({ podSelector: {}, egress: [rule], policyTypes: ['Egress'] });
  const badSelector = { matchLabels: { 'NoUppercaseOrSpecialCharsLike=Equals': 'b' } };

  const valid: [string, Record<string, unknown>][] = [
    ['no rules', { podSelector: { matchLabels: { a: 'b' } }, ingress: [] }],
    ['empty from and ports', ingress({ from: [], ports: [] })],
    ['ports: number, protocol only, both, named', ingress({ ports: [{ port: 80 }, { protocol: 'TCP' }, { protocol: 'TCP', port: 443 }, { protocol: 'UDP', port: 'dns' }] })],
    ['podSelector peer', ingress({ from: [{ podSelector: { matchLabels: { c: 'd' } } }] })],
    ['namespaceSelector peer', ingress({ from: [{ namespaceSelector: { matchLabels: { c: 'd' } } }] })],
    ['namespaceSelector and podSelector in one peer', ingress({ from: [{ namespaceSelector: { matchLabels: { c: 'd' } }, podSelector: { matchLabels: { e: 'f' } } }] })],
    ['matchExpressions', ingress({ from: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['db'] }, { key: 'canary', operator: 'DoesNotExist' }] } }] })],
    ['ipBlock with except', ingress({ from: [{ ipBlock: { cidr: '192.168.0.0/16', except: ['192.168.3.0/24', '192.168.4.0/24'] } }] })],
    ['IPv6 ipBlock with except', ingress({ from: [{ ipBlock: { cidr: 'fe00::/8', except: ['fe00:1::/32', 'fe00:2::/32'] } }] })],
    ['egress ipBlock', egress({ to: [{ ipBlock: { cidr: '192.168.0.0/16', except: ['192.168.3.0/24'] } }] })],
    ['policyTypes Ingress and Egress', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }],
    ['port ranges', egress({ ports: [{ protocol: 'TCP', port: 32000, endPort: 32768 }, { protocol: 'UDP', port: 53, endPort: 53 }] })],
  ];
  it.each(valid)('accepted: %s', (_name, spec) => {
    expect(errorsOf(lintYaml(policy(spec)))).toEqual([]);
  });

  const P = (...p: (string | number)[]) => ['spec', ...p];
  const invalid: [string, Record<string, unknown>, string, (string | number)[]][] = [
    ['namespaceSelector and ipBlock in one peer', ingress({ from: [{ namespaceSelector: {}, ipBlock: { cidr: '10.0.0.0/8' } }] }), 'netpol/ipblock-exclusive', P('ingress', 0, 'from', 0)],
    ['podSelector and ipBlock in one peer', egress({ to: [{ podSelector: {}, ipBlock: { cidr: '10.0.0.0/8' } }] }), 'netpol/ipblock-exclusive', P('egress', 0, 'to', 0)],
    ['invalid spec.podSelector key', { podSelector: badSelector }, 'netpol/label-selector', P('podSelector', 'matchLabels')],
    ['invalid ingress.from.podSelector key', ingress({ from: [{ podSelector: badSelector }] }), 'netpol/label-selector', P('ingress', 0, 'from', 0, 'podSelector', 'matchLabels')],
    ['invalid ingress.from.namespaceSelector key', ingress({ from: [{ namespaceSelector: badSelector }] }), 'netpol/label-selector', P('ingress', 0, 'from', 0, 'namespaceSelector', 'matchLabels')],
    ['invalid egress.to.podSelector key', egress({ to: [{ podSelector: badSelector }] }), 'netpol/label-selector', P('egress', 0, 'to', 0, 'podSelector', 'matchLabels')],
    ['invalid matchLabels value', ingress({ from: [{ podSelector: { matchLabels: { c: 'has space' } } }] }), 'netpol/label-selector', P('ingress', 0, 'from', 0, 'podSelector', 'matchLabels', 'c')],
    ['unknown matchExpressions operator', ingress({ from: [{ podSelector: { matchExpressions: [{ key: 'a', operator: 'Equals', values: ['b'] }] } }] }), 'netpol/label-selector', P('ingress', 0, 'from', 0, 'podSelector', 'matchExpressions', 0, 'operator')],
    ['In without values', { podSelector: { matchExpressions: [{ key: 'a', operator: 'In' }] } }, 'netpol/label-selector', P('podSelector', 'matchExpressions', 0, 'values')],
    ['Exists with values', { podSelector: { matchExpressions: [{ key: 'a', operator: 'Exists', values: ['b'] }] } }, 'netpol/label-selector', P('podSelector', 'matchExpressions', 0, 'values')],
    ['invalid matchExpressions key', { podSelector: { matchExpressions: [{ key: 'a b', operator: 'Exists' }] } }, 'netpol/label-selector', P('podSelector', 'matchExpressions', 0, 'key')],
    ['ICMP protocol', ingress({ ports: [{ protocol: 'ICMP', port: 80 }] }), 'netpol/protocol', P('ingress', 0, 'ports', 0, 'protocol')],
    ['ingress port out of range', ingress({ ports: [{ protocol: 'TCP', port: 123456789 }] }), 'netpol/port-number', P('ingress', 0, 'ports', 0, 'port')],
    ['ingress port name with symbols', ingress({ ports: [{ protocol: 'TCP', port: '!@#$' }] }), 'netpol/named-port', P('ingress', 0, 'ports', 0, 'port')],
    ['egress protocol', egress({ ports: [{ protocol: 'ICMP', port: 80 }] }), 'netpol/protocol', P('egress', 0, 'ports', 0, 'protocol')],
    ['egress port out of range', egress({ ports: [{ protocol: 'TCP', port: 123456789 }] }), 'netpol/port-number', P('egress', 0, 'ports', 0, 'port')],
    ['egress port name with symbols', egress({ ports: [{ protocol: 'TCP', port: '!@#$' }] }), 'netpol/named-port', P('egress', 0, 'ports', 0, 'port')],
    ['an empty peer', ingress({ from: [{}] }), 'netpol/peer-empty', P('ingress', 0, 'from', 0)],
    ['ipBlock without cidr', egress({ to: [{ ipBlock: {} }] }), 'netpol/ipblock-cidr', P('egress', 0, 'to', 0, 'ipBlock')],
    ['ipBlock cidr empty', egress({ to: [{ ipBlock: { cidr: '' } }] }), 'netpol/ipblock-cidr', P('egress', 0, 'to', 0, 'ipBlock', 'cidr')],
    ['ipBlock cidr is a bare IPv4 address', ingress({ from: [{ ipBlock: { cidr: '192.168.5.6' } }] }), 'netpol/ipblock-cidr', P('ingress', 0, 'from', 0, 'ipBlock', 'cidr')],
    ['ipBlock cidr is a bare IPv6 address', ingress({ from: [{ ipBlock: { cidr: 'fe00::1' } }] }), 'netpol/ipblock-cidr', P('ingress', 0, 'from', 0, 'ipBlock', 'cidr')],
    ['except entry empty', ingress({ from: [{ ipBlock: { cidr: '192.168.8.0/24', except: ['192.168.9.1/24', ''] } }] }), 'netpol/ipblock-except', P('ingress', 0, 'from', 0, 'ipBlock', 'except', 1)],
    ['except outside the cidr', ingress({ from: [{ ipBlock: { cidr: '192.168.8.0/24', except: ['192.168.9.1/24'] } }] }), 'netpol/ipblock-except', P('ingress', 0, 'from', 0, 'ipBlock', 'except', 0)],
    ['except equal to the cidr', ingress({ from: [{ ipBlock: { cidr: '192.168.0.0/24', except: ['192.168.0.0/24'] } }] }), 'netpol/ipblock-except', P('ingress', 0, 'from', 0, 'ipBlock', 'except', 0)],
    ['IPv6 except outside the cidr', ingress({ from: [{ ipBlock: { cidr: 'fe00::/8', except: ['ff00::/16'] } }] }), 'netpol/ipblock-except', P('ingress', 0, 'from', 0, 'ipBlock', 'except', 0)],
    ['unknown policyTypes', { podSelector: {}, policyTypes: ['foo', 'bar'] }, 'netpol/policytypes', P('policyTypes', 0)],
    ['more than two policyTypes', { podSelector: {}, policyTypes: ['foo', 'Ingress', 'Egress', 'bar'] }, 'netpol/policytypes', P('policyTypes')],
    ['endPort below port', egress({ ports: [{ protocol: 'TCP', port: 35000, endPort: 32768 }] }), 'netpol/endport', P('egress', 0, 'ports', 0, 'endPort')],
    ['endPort with a named port', egress({ ports: [{ protocol: 'TCP', port: 'https', endPort: 8080 }] }), 'netpol/endport', P('egress', 0, 'ports', 0, 'endPort')],
    ['endPort without port', egress({ ports: [{ protocol: 'TCP', endPort: 8080 }] }), 'netpol/endport', P('egress', 0, 'ports', 0, 'endPort')],
    ['endPort above 65535', egress({ ports: [{ protocol: 'TCP', port: 32768, endPort: 65536 }] }), 'netpol/endport', P('egress', 0, 'ports', 0, 'endPort')],
  ];
  it.each(invalid)('rejected: %s', (_name, spec, ruleId, path) => {
    const findings = lintYaml(policy(spec));
    expect(flaggedAt(findings, ruleId, path), `${ruleId} at ${path.join('.')}; got ${JSON.stringify(errorsOf(findings))}`).toBe(true);
  });

  it('rejected: a policy name that is not a DNS-1123 subdomain', () => {
    expect(flaggedAt(lintYaml(policy({ podSelector: {} }, 'Foo_Bar')), 'cluster/object-name', ['metadata', 'name'])).toBe(true);
  });
});
