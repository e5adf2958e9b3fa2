/**
 * More Kubernetes API validation cases, restated as manifests (companion to k8s-api-validation.test.ts,
 * which holds the cases restated first; nothing here repeats one of those).
 *
 * Sources (each case names its upstream test and line):
 * - NetworkPolicy: kubernetes `pkg/apis/networking/validation/validation_test.go`. kubernetes/kubernetes
 *   itself could not be mirrored here (too large); the lines are those of the newest copy that could be
 *   read, adrianmoisey/kubernetes@bbe0846f (the StrictIPCIDRValidation-era table, Kubernetes ≥ 1.33).
 *   The deciding code is `pkg/apis/networking/validation/validation.go` (ValidateNetworkPolicyPort,
 *   ValidateNetworkPolicyPeer, ValidateNetworkPolicySpec, ValidateIPBlock). StrictIPCIDRValidation is
 *   Beta and on by default in 1.36 (kubernetes#137053), so its strict cases are the default behaviour.
 * - apimachinery at tag kubernetes-1.36.3 (= Kubernetes v1.36.3): `pkg/util/validation/validation_test.go`
 *   and `pkg/apis/meta/v1/validation/validation_test.go`.
 *
 * Accepted upstream → no error from any built-in rule. Refused upstream → an error from the owning rule
 * at (or below) the refused field.
 */
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../rules/index.js';
import { lint } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';

type Path = (string | number)[];

function lintDoc(doc: unknown): Finding[] {
  return lint({ files: [{ path: 'case.yaml', content: dump(doc, { lineWidth: -1 }) }], rules: BUILTIN_RULES }).findings;
}

const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.path.join('.')}: ${f.message}`);

/** True when an error of `ruleId` sits at `path` or below it. */
const flaggedAt = (findings: Finding[], ruleId: string, path: Path) =>
  findings.some((f) => f.ruleId === ruleId && f.severity === 'error' && path.every((seg, i) => f.path[i] === seg));

const long = (c: string, n: number) => c.repeat(n);

/** A NetworkPolicy `foo` in namespace `bar`, selecting pods a=b unless the spec says otherwise. */
const policy = (spec: Record<string, unknown>) => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'foo', namespace: 'bar' },
  spec: { podSelector: { matchLabels: { a: 'b' } }, ...spec },
});

const nsPeer = { namespaceSelector: { matchLabels: { c: 'd' } } };
const ipv4Block = { ipBlock: { cidr: '192.168.0.0/16', except: ['192.168.3.0/24', '192.168.4.0/24'] } };
const ipv6Block = { ipBlock: { cidr: 'fd00:192:168::/48', except: ['fd00:192:168:3::/64', 'fd00:192:168:4::/64'] } };
const fivePorts = [{ port: 80 }, { protocol: 'TCP' }, { protocol: 'TCP', port: 443 }, { protocol: 'UDP', port: 'dns' }, { protocol: 'SCTP', port: 7777 }];

type Case = { upstream: string; what: string; doc: unknown };
type Refused = Case & { ruleId: string; path: Path };

function expectAccepted(c: Case) {
  expect(errorsOf(lintDoc(c.doc)), `${c.upstream}: ${c.what}`).toEqual([]);
}
function expectRefused(c: Refused) {
  const findings = lintDoc(c.doc);
  expect(flaggedAt(findings, c.ruleId, c.path), `${c.upstream}: ${c.what}; want ${c.ruleId} at ${c.path.join('.')}; got ${JSON.stringify(errorsOf(findings))}`).toBe(true);
}

describe('NetworkPolicy: TestValidateNetworkPolicy successCases (accepted)', () => {
  const T = 'TestValidateNetworkPolicy successCases';
  const accepted: Case[] = [
    { upstream: `${T} L216`, what: 'one ingress rule with nothing in it (allow all ingress)', doc: policy({ ingress: [{}] }) },
    { upstream: `${T} L217`, what: 'an ingress port entry with neither protocol nor port (all ports, TCP)', doc: policy({ ingress: [{ ports: [{}] }] }) },
    { upstream: `${T} L218`, what: 'ingress ports: number only, protocol only, both, named, SCTP', doc: policy({ ingress: [{ ports: fivePorts }] }) },
    { upstream: `${T} L228`, what: 'egress rules without policyTypes, next to an IPv4 ipBlock ingress peer', doc: policy({ egress: [{ to: [nsPeer] }], ingress: [{ from: [ipv4Block] }] }) },
    { upstream: `${T} L231`, what: 'IPv4 ipBlock egress with policyTypes Ingress and Egress and no ingress rules', doc: policy({ egress: [{ to: [ipv4Block] }], policyTypes: ['Ingress', 'Egress'] }) },
    { upstream: `${T} L232`, what: 'egress ports: number only, protocol only, both, named, SCTP (no policyTypes)', doc: policy({ egress: [{ ports: fivePorts }] }) },
    { upstream: `${T} L239`, what: 'egress namespaceSelector peer next to an IPv6 ipBlock ingress peer', doc: policy({ egress: [{ to: [nsPeer] }], ingress: [{ from: [ipv6Block] }] }) },
    { upstream: `${T} L241`, what: 'IPv6 ipBlock egress with policyTypes Egress', doc: policy({ egress: [{ to: [ipv6Block] }], policyTypes: ['Egress'] }) },
    { upstream: `${T} L242`, what: 'IPv6 ipBlock egress with policyTypes Ingress and Egress', doc: policy({ egress: [{ to: [ipv6Block] }], policyTypes: ['Ingress', 'Egress'] }) },
    { upstream: `${T} L243`, what: 'a port range without protocol next to a named UDP port', doc: policy({ egress: [{ ports: [{ port: 32000, endPort: 32768 }, { protocol: 'UDP', port: 'dns' }] }] }) },
    {
      upstream: `${T} L244`,
      what: 'overlapping egress port ranges, and an ingress range of one port (port = endPort)',
      doc: policy({
        egress: [{ to: [nsPeer], ports: [{ port: 30000, endPort: 32768 }, { port: 32000, endPort: 32768 }] }],
        ingress: [{ from: [{ podSelector: { matchLabels: { e: 'f' } } }], ports: [{ protocol: 'TCP', port: 32768, endPort: 32768 }] }],
      }),
    },
  ];
  it.each(accepted.map((c) => [c.upstream, c] as const))('%s', (_n, c) => expectAccepted(c));
});

describe('NetworkPolicy: TestValidateNetworkPolicy errorCases and create-time CIDR checks (refused)', () => {
  const T = 'TestValidateNetworkPolicy errorCases';
  const from0 = ['spec', 'ingress', 0, 'from', 0, 'ipBlock'];
  const egressPort = (i: number) => ['spec', 'egress', 0, 'ports', i, 'endPort'];
  const refused: Refused[] = [
    { upstream: `${T} L283 "missing from and to type"`, what: 'an empty egress `to` peer (must specify a peer)', doc: policy({ egress: [{ to: [{}] }], policyTypes: ['Egress'] }), ruleId: 'netpol/peer-empty', path: ['spec', 'egress', 0, 'to', 0] },
    { upstream: `${T} L322 "legacy cidr format with strict validation"`, what: 'cidr with zero-padded octets "001.002.003.000/0"', doc: policy({ ingress: [{ from: [{ ipBlock: { cidr: '001.002.003.000/0', except: ['192.168.3.0/24'] } }] }] }), ruleId: 'netpol/ipblock-cidr', path: [...from0, 'cidr'] },
    { upstream: `${T} L328 "except field is an space string"`, what: 'except entry " "', doc: policy({ ingress: [{ from: [{ ipBlock: { cidr: '192.168.0.0/16', except: [' '] } }] }] }), ruleId: 'netpol/ipblock-except', path: [...from0, 'except', 0] },
    { upstream: `${T} L331 "except field is an invalid ip"`, what: 'except entry "300.300.300.300"', doc: policy({ ingress: [{ from: [{ ipBlock: { cidr: '192.168.0.0/16', except: ['300.300.300.300'] } }] }] }), ruleId: 'netpol/ipblock-except', path: [...from0, 'except', 0] },
    { upstream: `${T} L334 "except IP is outside of CIDR range"`, what: 'except 192.168.9.1/32 lies outside cidr 192.168.8.0/24', doc: policy({ ingress: [{ from: [{ ipBlock: { cidr: '192.168.8.0/24', except: ['192.168.9.1/32'] } }] }] }), ruleId: 'netpol/ipblock-except', path: [...from0, 'except', 0] },
    { upstream: `${T} L355 "too many policyTypes"`, what: 'three policyTypes (foo, bar, baz): more than two', doc: policy({ egress: [{ to: [ipv4Block] }], policyTypes: ['foo', 'bar', 'baz'] }), ruleId: 'netpol/policytypes', path: ['spec', 'policyTypes'] },
    { upstream: `${T} L358 "multiple ports defined, one port range is invalid"`, what: 'first range 35000–32768 runs backwards', doc: policy({ egress: [{ to: [nsPeer], ports: [{ protocol: 'UDP', port: 35000, endPort: 32768 }, { port: 32000, endPort: 32768 }] }] }), ruleId: 'netpol/endport', path: egressPort(0) },
    ...[0, 1, 2].map((i) => ({
      upstream: `${T} L380 "multiple invalid port ranges defined"`,
      what: `entry ${i} of: 35000–32768 backwards, endPort without port, endPort with named port "https"`,
      doc: policy({ egress: [{ to: [nsPeer], ports: [{ protocol: 'UDP', port: 35000, endPort: 32768 }, { protocol: 'TCP', endPort: 32768 }, { protocol: 'TCP', port: 'https', endPort: 32768 }] }] }),
      ruleId: 'netpol/endport',
      path: egressPort(i),
    })),
    {
      // Upstream this value sits in an update table (ratcheting keeps an *old* invalid CIDR, a new one is
      // validated exactly as on create); with StrictIPCIDRValidation on, an "interface address" with host
      // bits set is not a CIDR.
      upstream: 'TestValidateNetworkPolicyUpdate errorCases "add new invalid CIDR" (≈L557)',
      what: 'except entry 192.168.1.1/24 has host bits set',
      doc: policy({ ingress: [{ from: [{ ipBlock: { cidr: '192.168.0.0/16', except: ['192.168.1.1/24', '192.168.2.0/24'] } }] }] }),
      ruleId: 'netpol/ipblock-except',
      path: [...from0, 'except', 0],
    },
  ];
  it.each(refused.map((c) => [`${c.upstream} [${c.path.join('.')}]`, c] as const))('%s', (_n, c) => expectRefused(c));
});

describe('NetworkPolicy ports through apimachinery IsValidPortNum / IsValidPortName (kubernetes-1.36.3)', () => {
  const withPort = (port: unknown) => policy({ ingress: [{ ports: [{ protocol: 'TCP', port }] }] });
  const portPath = ['spec', 'ingress', 0, 'ports', 0, 'port'];

  it('TestIsValidPortNum L120 goodValues: accepted port numbers lint clean', () => {
    for (const port of [1, 2, 1000, 16384, 32768, 65535]) expectAccepted({ upstream: 'TestIsValidPortNum L120', what: `port ${port}`, doc: withPort(port) });
  });
  it('TestIsValidPortNum L127 badValues: refused port numbers are flagged at the port', () => {
    for (const port of [0, -1, 65536, 100000]) expectRefused({ upstream: 'TestIsValidPortNum L127', what: `port ${port}`, doc: withPort(port), ruleId: 'netpol/port-number', path: portPath });
  });
  it('TestIsValidPortName L208 goodValues: accepted port names lint clean', () => {
    for (const port of ['telnet', 're-mail-ck', 'pop3', 'a', 'a-1', '1-a', 'a-1-b-2-c', '1-a-2-b-3']) expectAccepted({ upstream: 'TestIsValidPortName L208', what: `port "${port}"`, doc: withPort(port) });
  });
  it('TestIsValidPortName L215 badValues: refused port names are flagged at the port', () => {
    // "12345" and "1-2-3-4" are quoted: a YAML string is a port *name* to the API server, and a name needs a letter.
    for (const port of ['longerthan15characters', '', long('a', 16), '12345', '1-2-3-4', '-begin', 'end-', 'two--hyphens', 'whois++']) {
      expectRefused({ upstream: 'TestIsValidPortName L215', what: `port ${JSON.stringify(port)}`, doc: withPort(port), ruleId: 'netpol/named-port', path: portPath });
    }
  });
});

describe('label selectors (apimachinery meta/v1 TestLabelSelectorMatchExpression, kubernetes-1.36.3)', () => {
  const sel = (expr: Record<string, unknown>) => policy({ podSelector: { matchExpressions: [expr] } });
  const exprPath = ['spec', 'podSelector', 'matchExpressions', 0];
  it('L529 "MatchExpression\'s key name isn\'t valid": key "-key" is flagged at the key', () => {
    expectRefused({ upstream: 'TestLabelSelectorMatchExpression L529', what: 'key "-key"', doc: sel({ key: '-key', operator: 'In', values: ['value'] }), ruleId: 'netpol/label-selector', path: [...exprPath, 'key'] });
  });
  it('L561 "MatchExpression\'s value name isn\'t valid": value "-value" is flagged at the values', () => {
    expectRefused({ upstream: 'TestLabelSelectorMatchExpression L561', what: 'value "-value"', doc: sel({ key: 'key', operator: 'In', values: ['-value'] }), ruleId: 'netpol/label-selector', path: [...exprPath, 'values'] });
  });
});

describe('labels (apimachinery meta/v1 TestValidateLabels, kubernetes-1.36.3)', () => {
  const node = (labels: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels } });
  it('L48 successCases: a value with "_", "." and upper case ("123_-.BaR") lints clean', () => {
    expectAccepted({ upstream: 'TestValidateLabels L48', what: 'goodvalue: 123_-.BaR', doc: node({ goodvalue: '123_-.BaR' }) });
  });
  it('L88-89 labelValueErrorCases: values with "," and "?#$" are flagged at the label', () => {
    for (const [key, value] of [['nocommasallowed', 'bad,value'], ['strangecharsinvalue', '?#$notsogood']]) {
      expectRefused({ upstream: 'TestValidateLabels L88-89', what: `${key}: ${value}`, doc: node({ [key]: value }), ruleId: 'cluster/label-format', path: ['metadata', 'labels', key] });
    }
  });
});

describe('object names (apimachinery TestIsDNS1123Label / TestIsDNS1123Subdomain / TestIsDNS1035Label, kubernetes-1.36.3)', () => {
  const namespace = (name: string) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  const configMap = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'x' } });
  const service = (name: string) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'x' } });
  const nameAt = ['metadata', 'name'];
  const refusedNames = (upstream: string, object: (n: string) => unknown, names: string[]) => {
    for (const name of names) expectRefused({ upstream, what: `name ${JSON.stringify(name)}`, doc: object(name), ruleId: 'cluster/object-name', path: nameAt });
  };

  it('TestIsDNS1123Label L39: the empty name is refused (Namespace)', () => {
    refusedNames('TestIsDNS1123Label L39', namespace, ['']);
  });

  it('TestIsDNS1123Subdomain L55 goodValues not yet restated lint clean (ConfigMap)', () => {
    const good = ['ab', 'abc', 'a1', 'a-1', '01', '012', '1a', '1-a', 'ab.a', 'abc.a', 'a1.a', 'a-1.a', 'ab.1', 'a1.1', 'a-1.1', 'a--1--2--b.1', '01.a', '1a.a', '1-a.a', '01.1', '012.1', '1a.1', '1--a--b--2.1'];
    for (const name of good) expectAccepted({ upstream: 'TestIsDNS1123Subdomain L55', what: `name ${name}`, doc: configMap(name) });
  });
  it('TestIsDNS1123Subdomain L71 badValues not yet restated are flagged at metadata.name (ConfigMap)', () => {
    refusedNames('TestIsDNS1123Subdomain L71', configMap, ['', 'ABC', 'A1', 'A-1', '1-', '-1', 'a_', '_a', '1_', '_1', '1_2', '1.', '.1', 'a ', ' a', '1 ', ' 1', '1 2', 'A1.a', 'a1.A', 'aB.1', 'A1.1', '1A.1', '01.A', '012.A', '1A.a', 'AA.BB.CC.DD.EE', 'aa.bB.cc.dd.ee']);
  });
  it('TestIsDNS1035Label L103 badValues not yet restated (and not DNS-1123 labels either) are flagged (Service)', () => {
    refusedNames('TestIsDNS1035Label L103', service, ['', 'ABC', 'A1', '1-A', '1-', '-1', 'a_', '_a', '1_', '_1', '1_2', 'a.', '.a', '1.', '.1', '1.2', 'a ', ' a', '1 ', ' 1', '1 2']);
  });
});
