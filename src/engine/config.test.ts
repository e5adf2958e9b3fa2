import { describe, expect, it } from 'vitest';
import { effectiveSeverity, globToRegExp, parseConfig } from './config.js';

describe('.netlint.yaml', () => {
  it('takes an address or a range as an assertion cidr, and refuses a workload field beside it', () => {
    expect(parseConfig('expect:\n  - { from: { cidr: 203.0.113.7 }, to: shop/web, allowed: true }\n', '.netlint.yaml').errors).toEqual([]);
    expect(parseConfig('expect:\n  - { from: { cidr: 203.0.113.0/24, namespace: shop }, to: shop/web, allowed: true }\n', '.netlint.yaml').errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '2:48 expect[0].from.namespace cannot stand beside cidr: cidr selects address ranges, namespace select workloads; write two assertions',
    ]);
  });

  it('a key written twice is refused at the second, in words for a netlint file (no kubectl, no calicoctl)', () => {
    const { errors } = parseConfig('rules:\n  calico/ippool-blocksize-range: off\n  calico/ippool-blocksize-range: warning\n', '.netlint.yaml');
    expect(errors).toEqual([{ file: '.netlint.yaml', line: 3, column: 3, message: 'duplicate key "calico/ippool-blocksize-range": write each key once (which value is meant cannot be told)' }]);
  });

  it('accepts a full, valid configuration and records where assertions are written', () => {
    const { config, errors } = parseConfig(
      [
        'rules:',
        '  calico/ippool-blocksize-range: warning',
        '  netpol/endport: { severity: off }',
        'ignore:',
        '  - vendor/',
        '  - { paths: ["gen/**"], rules: [cluster/label-value-type] }',
        'cluster:',
        '  podCIDR: 10.244.0.0/16',
        '  serviceCIDR: [10.96.0.0/12]',
        '  physicalMTU: 1500',
        '  nodes: [{ name: n1, labels: { rack: "a" } }]',
        'expect:',
        '  - from: x/a',
        '    to: { namespace: y, labels: { app: db } }',
        '    port: 5432',
        '    allowed: false',
        '',
      ].join('\n'),
      '.netlint.yaml',
    );
    expect(errors).toEqual([]);
    expect(config.cluster?.physicalMTU).toBe(1500);
    expect(config.expect?.[0]).toMatchObject({ from: 'x/a', allowed: false, file: '.netlint.yaml', position: { line: 13, column: 5 } });
    expect(effectiveSeverity('calico/ippool-blocksize-range', 'error', true, config)).toBe('warning');
    expect(effectiveSeverity('netpol/endport', 'error', true, config)).toBeNull();
    expect(effectiveSeverity('other/rule', 'info', false, config)).toBeNull();
  });

  it('points each error into the file with line and column', () => {
    const { errors } = parseConfig('rules:\n  calico/x: loud\ncluster:\n  physicalMTU: "1500"\n  nodez: []\n', 'cfg/.netlint.yaml');
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'cfg/.netlint.yaml:2:13 rules.calico/x must be one of "off", "error", "warning", "info", "on"',
      'cfg/.netlint.yaml:4:16 cluster.physicalMTU must be integer',
      'cfg/.netlint.yaml:5:3 cluster.nodez is not a known field (did you mean cluster.nodes?)',
    ]);
  });

  it('names the field an unknown one most likely meant: a close spelling beside it, or the same name elsewhere', () => {
    const { errors } = parseConfig('calicoVersion: "3.32"\ncluster:\n  podCidr: 10.0.0.0/16\n  bogus: 1\n', '.netlint.yaml');
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '1:16 calicoVersion is not a known field (did you mean cluster.calicoVersion?)',
      '3:12 cluster.podCidr is not a known field (did you mean cluster.podCIDR?)',
      '4:10 cluster.bogus is not a known field',
    ]);
  });

  it('takes the cluster\'s Kubernetes and Calico releases as quoted strings, and says to quote one written as a number', () => {
    expect(parseConfig('cluster:\n  kubernetesVersion: "1.24"\n  calicoVersion: v3.31.2\n', '.netlint.yaml').errors).toEqual([]);
    const { errors } = parseConfig('cluster:\n  kubernetesVersion: 1.30\n  calicoVersion: 3.31\n', '.netlint.yaml');
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '2:22 cluster.kubernetesVersion must be string: quote it ("1.30"); unquoted, YAML reads it as a number (1.30 as 1.3)',
      '3:18 cluster.calicoVersion must be string: quote it ("3.31"); unquoted, YAML reads it as a number (1.30 as 1.3)',
    ]);
    expect(parseConfig('cluster:\n  kubernetesVersion: "2.0"\n', '.netlint.yaml').errors).toHaveLength(1);
  });

  it('refuses networks and addresses that do not parse, where they are written (the rules needing them would go quiet)', () => {
    const text = [
      'cluster:',
      '  podCIDR: banana',
      '  serviceCIDR: [10.96.0.0/12, 192.168.0.0/33]',
      '  nodeSubnets: [10.0.0.0]',
      '  nodes:',
      '    - name: n1',
      '      addresses: [10.0.0.300]',
      'expect:',
      '  - {from: {cidr: 0.0.0.0/0}, to: {cidr: 10.0.0.0/8x}, allowed: false}',
      '',
    ].join('\n');
    const { config, errors } = parseConfig(text, '.netlint.yaml');
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message.split(':')[0]}`)).toEqual([
      '2:12 cluster.podCIDR is not a network (CIDR)',
      '3:31 cluster.serviceCIDR[1] is not a network (CIDR)',
      '4:17 cluster.nodeSubnets[0] is not a network (CIDR)',
      '7:19 cluster.nodes[0].addresses[0] is not an IP address',
      '9:42 expect[0].to.cidr is not a network (CIDR)',
    ]);
    expect(config).toEqual({});
    expect(parseConfig('cluster:\n  podCIDR: [10.244.0.0/16, "fd00:10:244::/56"]\n  serviceCIDR: 10.96.0.0/12\n', 'c').errors).toEqual([]);
  });

  it('reports YAML syntax errors and several documents', () => {
    expect(parseConfig('rules: [\n', 'c.yaml').errors[0]).toMatchObject({ file: 'c.yaml', line: 1 });
    expect(parseConfig('rules: {}\n---\nrules: {}\n', 'c.yaml').errors[0].message).toContain('one YAML document');
  });

  it('turns globs into anchored patterns', () => {
    expect(globToRegExp('vendor/').test('vendor/a/b.yaml')).toBe(true);
    expect(globToRegExp('**/*.json').test('a/b/c.json')).toBe(true);
    expect(globToRegExp('**/*.json').test('c.json')).toBe(true);
    expect(globToRegExp('*.yaml').test('a/b.yaml')).toBe(false);
    expect(globToRegExp('charts/*/values.yaml').test('charts/x/values.yaml')).toBe(true);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
  });

  it('reads ? as one character of a name, ./ as the working folder, and ** inside a name as any depth', () => {
    expect(globToRegExp('env-?.yaml').test('env-a.yaml')).toBe(true);
    expect(globToRegExp('env-?.yaml').test('env-.yaml')).toBe(false);
    expect(globToRegExp('env-?.yaml').test('env-ab.yaml')).toBe(false);
    expect(globToRegExp('a?b').test('a/b')).toBe(false);
    expect(globToRegExp('./deploy/*.yaml').test('deploy/a.yaml')).toBe(true);
    expect(globToRegExp('gen**.yaml').test('gen/x/y.yaml')).toBe(true);
    // Every other regular-expression character stands for itself.
    expect(globToRegExp('a+(b)|[c]^$.yaml').test('a+(b)|[c]^$.yaml')).toBe(true);
    expect(globToRegExp('a+.yaml').test('aa.yaml')).toBe(false);
  });
});
