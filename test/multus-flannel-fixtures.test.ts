/**
 * A field setup: Calico as the default network, flannel as a second network through Multus
 * (management on flannel, business on Calico). The clean set lints with no warning or error;
 * each variant changes one thing and must be flagged on the right line.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/run.js';
import type { SourceFile } from '../src/engine/types.js';
import { BUILTIN_RULES } from '../rules/index.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'multus-flannel', 'clean');

function readTree(dir: string, rel = ''): SourceFile[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      return statSync(full).isDirectory() ? readTree(full, relPath) : [{ path: relPath, content: readFileSync(full, 'utf8') }];
    });
}

const clean = readTree(root);

interface Variant {
  name: string;
  file: string;
  from: string;
  to: string;
  /** Rename the file (a CNI config losing the ordering race). */
  renameTo?: string;
  expect: { ruleId: string; line: number; column?: number; severity: 'error' | 'warning' | 'info' };
}

function apply(v: Variant): SourceFile[] {
  return clean.map((f) => {
    if (f.path !== v.file) return f;
    const text = String(f.content);
    if (!text.includes(v.from)) throw new Error(`variant "${v.name}": ${v.file} has no "${v.from}"`);
    return { path: v.renameTo ?? f.path, content: text.replace(v.from, v.to) };
  });
}

const run = (files: SourceFile[]) => lint({ files, rules: BUILTIN_RULES }).findings;

describe('multus + flannel beside Calico: field fixtures', () => {
  it('the clean setup has no warning or error', () => {
    const loud = run(clean).filter((f) => f.severity !== 'info');
    expect(loud.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it('the clean setup gets the two pieces of multus/flannel advice, and only them', () => {
    const ours = run(clean).filter((f) => /^(multus|flannel|cni)\//.test(f.ruleId));
    expect(ours.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['flannel.yaml:11 flannel/network-pod-cidr', 'nads.yaml:8 flannel/calico-coexistence']);
  });

  const variants: Variant[] = [
    { name: 'a NAD that does not exist', file: 'pods.yaml', from: 'flannel-net@net1', to: 'flannel-nett@net1', expect: { ruleId: 'multus/nad-missing', line: 8, column: 34, severity: 'error' } },
    { name: 'an annotation that does not parse', file: 'pods.yaml', from: 'flannel-net@net1', to: 'Flannel_Net@net1', expect: { ruleId: 'multus/networks-syntax', line: 8, column: 34, severity: 'error' } },
    { name: 'JSON annotation with a trailing comma, at its column', file: 'pods.yaml', from: 'flannel-net@net1', to: `'[{"name": "flannel-net", "interface": "net1",}]'`, expect: { ruleId: 'multus/networks-syntax', line: 8, column: 80, severity: 'error' } },
    { name: 'an interface that clashes with eth0', file: 'pods.yaml', from: 'flannel-net@net1', to: 'flannel-net@eth0', expect: { ruleId: 'multus/duplicate-interface', line: 8, column: 46, severity: 'error' } },
    { name: 'an unqualified default-network (looked up in kube-system)', file: 'pods.yaml', from: 'probes/flannel-default', to: 'flannel-default', expect: { ruleId: 'multus/nad-missing', line: 22, column: 39, severity: 'warning' } },
    { name: 'annotations on a host-network pod', file: 'pods.yaml', from: 'spec:\n  containers:', to: 'spec:\n  hostNetwork: true\n  containers:', expect: { ruleId: 'multus/hostnetwork-annotation', line: 8, column: 34, severity: 'warning' } },
    { name: 'flannel Network overlapping the Calico pool', file: 'flannel.yaml', from: '"Network": "10.244.0.0/17"', to: '"Network": "10.244.0.0/16"', expect: { ruleId: 'flannel/network-overlap', line: 11, column: 18, severity: 'error' } },
    { name: 'a flannel backend typo', file: 'flannel.yaml', from: '"Type": "vxlan"', to: '"Type": "vxlna"', expect: { ruleId: 'flannel/backend-type', line: 14, column: 17, severity: 'error' } },
    { name: 'a missing flannel Backend (udp fallback)', file: 'flannel.yaml', from: '"EnableNFTables": false,', to: '"EnableNFTables": false', expect: { ruleId: 'flannel/net-conf-json', line: 13, column: 7, severity: 'error' } },
    { name: 'spaces in --iface', file: 'flannel.yaml', from: '--iface=eth0', to: '"--iface= eth0"', expect: { ruleId: 'flannel/iface-args', line: 49, column: 15, severity: 'error' } },
    { name: 'two flannel NADs with different names', file: 'nads.yaml', from: '"name": "flannel-secondary", "type": "flannel", "delegate": {"isDefaultGateway": true', to: '"name": "flannel-mgmt", "type": "flannel", "delegate": {"isDefaultGateway": true', expect: { ruleId: 'multus/flannel-nad-names', line: 16, column: 44, severity: 'error' } },
    { name: 'a default route from the secondary network', file: 'nads.yaml', from: '"isDefaultGateway": false', to: '"isDefaultGateway": true', expect: { ruleId: 'multus/secondary-default-route', line: 8, column: 117, severity: 'warning' } },
    { name: 'a macvlan NAD inside the pod CIDR', file: 'nads.yaml', from: '"name": "flannel-secondary", "type": "flannel", "delegate": {"isDefaultGateway": false, "hairpinMode": true}', to: '"type": "macvlan", "master": "eth1", "ipam": {"type": "host-local", "subnet": "10.244.200.0/24"}', expect: { ruleId: 'multus/nad-ipam-overlap', line: 8, column: 114, severity: 'error' } },
    { name: 'the Multus conf loses the ordering race', file: 'etc/cni/net.d/00-multus.conf', from: '"logLevel"', to: '"logLevel"', renameTo: 'etc/cni/net.d/70-multus.conf', expect: { ruleId: 'cni/primary-order', line: 4, column: 11, severity: 'warning' } },
    { name: 'Multus clusterNetwork names a missing conflist', file: 'etc/cni/net.d/00-multus.conf', from: '10-calico.conflist', to: '10-flannel.conflist', expect: { ruleId: 'cni/multus-delegate', line: 7, column: 21, severity: 'warning' } },
    { name: 'an invalid cniVersion in the Calico conflist', file: 'etc/cni/net.d/10-calico.conflist', from: '"1.0.0"', to: '"1.0"', expect: { ruleId: 'cni/cniversion', line: 3, column: 17, severity: 'error' } },
  ];

  it.each(variants)('flags $name on the right line', (v) => {
    const loud = run(apply(v)).filter((f) => f.severity !== 'info');
    const got = loud.map((f) => ({ file: f.file, ruleId: f.ruleId, line: f.line, ...(v.expect.column ? { column: f.column } : {}), severity: f.severity }));
    const file = v.renameTo ?? v.file;
    expect(got, loud.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`).join('\n')).toContainEqual({ file, ...v.expect });
    // One mistake, one finding (or more on the same line for the same rule): nothing else fires.
    expect(loud.filter((f) => f.ruleId !== v.expect.ruleId).map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([]);
  });
});
