/**
 * Field setups from a typical Calico operations guide, written as manifests under
 * test/fixtures/calico/<setup>/: each clean setup lints without a warning or error under every
 * built-in rule, and each variant with one mistake (one line changed) is flagged by the right rule
 * on the right line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../rules/index.js';
import { parseConfig } from '../src/engine/config.js';
import type { NetlintConfig } from '../src/engine/config.js';
import { lint } from '../src/engine/run.js';
import type { SourceFile } from '../src/engine/types.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'calico');

interface Setup {
  files: Record<string, string>;
  config: NetlintConfig;
}

function load(setup: string): Setup {
  const dir = path.join(root, setup);
  const files: Record<string, string> = {};
  let config: NetlintConfig = {};
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    if (name === '.netlint.yaml') {
      const parsed = parseConfig(text, name);
      expect(parsed.errors).toEqual([]);
      config = parsed.config;
    } else files[name] = text;
  }
  return { files, config };
}

/** Findings at warning or error level, as `file:line ruleId`. */
function problems({ files, config }: Setup): string[] {
  const sources: SourceFile[] = Object.entries(files).map(([p, content]) => ({ path: p, content }));
  return lint({ files: sources, rules: BUILTIN_RULES, config })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.file}:${f.line} ${f.ruleId}`);
}

/** The setup with exactly one line of one file replaced (the line must exist once). */
function variant(setup: Setup, file: string, from: string, to: string): Setup {
  const text = setup.files[file];
  expect(text.split(from).length - 1, `"${from}" must occur once in ${file}`).toBe(1);
  return { ...setup, files: { ...setup.files, [file]: text.replace(from, to) } };
}

/** The 1-based line of the first line holding `needle`, at or after the first line holding `after`. */
function lineOf(setup: Setup, file: string, needle: string, after?: string): number {
  const lines = setup.files[file].split('\n');
  const from = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  expect(from, `${after} in ${file}`).toBeGreaterThanOrEqual(0);
  const i = lines.findIndex((l, j) => j >= from && l.includes(needle));
  expect(i, `${needle} in ${file}`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

interface Variant {
  name: string;
  file: string;
  from: string;
  to: string;
  /** Expected findings: rule id, and the file and line (located by a text on it in the variant). */
  expect: { ruleId: string; file?: string; at: string; after?: string }[];
  /** Drop a file instead of editing it. */
  drop?: string;
}

const VARIANTS: Record<string, Variant[]> = {
  'route-reflector': [
    {
      name: 'a reflector without cluster ID (and so a single reflector left)',
      file: 'nodes.yaml',
      from: '    projectcalico.org/RouteReflectorClusterID: 244.0.0.1\n---\napiVersion: v1\nkind: Node\nmetadata:\n  name: worker-1',
      to: '---\napiVersion: v1\nkind: Node\nmetadata:\n  name: worker-1',
      expect: [
        { ruleId: 'calico/rr-single', at: 'RouteReflectorClusterID' },
        { ruleId: 'calico/rr-missing-cluster-id', at: 'route-reflector: "true"', after: 'name: rr-2' },
      ],
    },
    {
      name: 'peerSelector in Kubernetes syntax',
      file: 'bgp.yaml',
      from: "peerSelector: route-reflector == 'true'",
      to: 'peerSelector: route-reflector=true',
      expect: [{ ruleId: 'calico/selector-k8s-style', at: 'peerSelector' }],
    },
    {
      name: 'unquoted label value on a reflector',
      file: 'nodes.yaml',
      from: '  name: rr-1\n  labels:\n    kubernetes.io/hostname: rr-1\n    route-reflector: "true"',
      to: '  name: rr-1\n  labels:\n    kubernetes.io/hostname: rr-1\n    route-reflector: true',
      expect: [{ ruleId: 'cluster/label-value-type', at: 'route-reflector: true' }],
    },
    {
      name: 'malformed cluster ID',
      file: 'nodes.yaml',
      from: '  name: rr-2\n  labels:\n    kubernetes.io/hostname: rr-2\n    route-reflector: "true"\n  annotations:\n    projectcalico.org/RouteReflectorClusterID: 244.0.0.1',
      to: '  name: rr-2\n  labels:\n    kubernetes.io/hostname: rr-2\n    route-reflector: "true"\n  annotations:\n    projectcalico.org/RouteReflectorClusterID: 244.0.0.1.1',
      expect: [
        { ruleId: 'calico/rr-cluster-id-mismatch', at: '244.0.0.1.1' },
        { ruleId: 'calico/rr-cluster-id-format', at: '244.0.0.1.1' },
      ],
    },
    {
      name: 'mesh disabled, peering forgotten',
      file: 'bgp.yaml',
      from: "---\napiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata:\n  name: peer-with-route-reflectors\nspec:\n  nodeSelector: all()\n  peerSelector: route-reflector == 'true'\n",
      to: '',
      expect: [{ ruleId: 'calico/mesh-disabled-without-peers', at: 'nodeToNodeMeshEnabled' }],
    },
    {
      name: 'quoted AS number in a crd.projectcalico.org/v1 file',
      file: 'bgp.yaml',
      from: 'apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata:\n  name: default\nspec:\n  logSeverityScreen: Info\n  nodeToNodeMeshEnabled: false\n  asNumber: 64512',
      to: 'apiVersion: crd.projectcalico.org/v1\nkind: BGPConfiguration\nmetadata:\n  name: default\nspec:\n  logSeverityScreen: Info\n  nodeToNodeMeshEnabled: false\n  asNumber: "64512"',
      expect: [{ ruleId: 'calico/asnumber-format', at: 'asNumber' }],
    },
  ],
  crosssubnet: [
    {
      name: 'lower-case mode in the pool',
      file: 'pool.yaml',
      from: 'ipipMode: CrossSubnet',
      to: 'ipipMode: crossSubnet',
      expect: [{ ruleId: 'calico/ippool-field-values', at: 'ipipMode' }],
    },
    {
      name: 'invented env value',
      file: 'calico.yaml',
      from: 'value: "CrossSubnet"',
      to: 'value: "Cross"',
      expect: [{ ruleId: 'calico/env-pool-encap-value', at: 'value: "Cross"' }],
    },
    {
      name: 'Felix IPIP turned off under a CrossSubnet pool',
      file: 'calico.yaml',
      from: '- name: FELIX_IPINIPENABLED\n              value: "true"',
      to: '- name: FELIX_IPINIPENABLED\n              value: "false"',
      expect: [{ ruleId: 'calico/encap-felix-pool-mismatch', at: 'value: "false"' }],
    },
    {
      name: 'MTU left at 1500 with IPIP',
      file: 'calico.yaml',
      from: 'veth_mtu: "1480"',
      to: 'veth_mtu: "1500"',
      expect: [{ ruleId: 'calico/mtu-overhead', at: 'veth_mtu' }],
    },
  ],
  'bgp-switch': [
    {
      name: 'env still asks for IPIP after the switch',
      file: 'calico.yaml',
      from: '- name: CALICO_IPV4POOL_IPIP\n              value: "Never"',
      to: '- name: CALICO_IPV4POOL_IPIP\n              value: "Always"',
      expect: [{ ruleId: 'calico/encap-felix-pool-mismatch', at: 'value: "Always"' }],
    },
    {
      name: 'pool left on IPIP while Felix IPIP is off',
      file: 'pool.yaml',
      from: 'ipipMode: Never',
      to: 'ipipMode: Always',
      expect: [
        { ruleId: 'calico/encap-felix-pool-mismatch', file: 'calico.yaml', at: 'value: "false"' },
        { ruleId: 'calico/mtu-overhead', file: 'calico.yaml', at: 'veth_mtu' },
      ],
    },
    {
      name: 'Felix boolean misspelt',
      file: 'calico.yaml',
      from: 'value: "false"',
      to: 'value: "disabled"',
      expect: [{ ruleId: 'calico/env-felix-bool', at: 'value: "disabled"' }],
    },
  ],
  'per-rack': [
    {
      name: 'copy-pasted rack selector',
      file: 'pools.yaml',
      from: 'nodeSelector: rack == "1"',
      to: 'nodeSelector: rack == "0"',
      expect: [{ ruleId: 'calico/ippool-rack-selectors-overlap', at: 'nodeSelector', after: 'rack-1-ippool' }],
    },
    {
      name: 'selector for a rack with no node',
      file: 'pools.yaml',
      from: 'nodeSelector: rack == "1"',
      to: 'nodeSelector: rack == "2"',
      expect: [{ ruleId: 'calico/ippool-selector-matches-nothing', at: 'rack == "2"' }],
    },
    {
      name: 'overlapping rack ranges',
      file: 'pools.yaml',
      from: 'cidr: 10.10.1.0/24',
      to: 'cidr: 10.10.0.0/23',
      expect: [{ ruleId: 'calico/ippool-overlap', at: '10.10.0.0/23' }],
    },
    {
      name: 'Kubernetes-style selector',
      file: 'pools.yaml',
      from: 'nodeSelector: rack == "1"',
      to: 'nodeSelector: rack=1',
      expect: [{ ruleId: 'calico/selector-k8s-style', at: 'rack=1' }],
    },
    {
      name: 'rack pool outside the pod CIDR',
      file: 'pools.yaml',
      from: 'cidr: 10.10.1.0/24',
      to: 'cidr: 10.11.1.0/24',
      expect: [{ ruleId: 'cluster/ippool-outside-pod-cidr', at: '10.11.1.0/24' }],
    },
  ],
  mtu: [
    {
      name: 'veth_mtu of an IPIP cluster kept after moving to VXLAN',
      file: 'calico.yaml',
      from: 'veth_mtu: "1450"',
      to: 'veth_mtu: "1480"',
      expect: [{ ruleId: 'calico/mtu-overhead', at: 'veth_mtu' }],
    },
    {
      name: 'tunnel MTU set apart from the workload MTU',
      file: 'felix.yaml',
      from: '  vxlanEnabled: true',
      to: '  vxlanEnabled: true\n  vxlanMTU: 1400',
      expect: [{ ruleId: 'calico/mtu-inconsistent', at: 'vxlanMTU' }],
    },
    {
      name: 'IPIP and VXLAN both on in the env',
      file: 'calico.yaml',
      from: '- name: CALICO_IPV4POOL_IPIP\n              value: "Never"',
      to: '- name: CALICO_IPV4POOL_IPIP\n              value: "Always"',
      expect: [
        { ruleId: 'calico/encap-felix-pool-mismatch', at: 'value: "Always"' },
        { ruleId: 'calico/env-pool-ipip-and-vxlan', at: 'value: "Always"', after: 'CALICO_IPV4POOL_VXLAN' },
      ],
    },
  ],
  'fixed-ip': [
    {
      name: 'fixed IP with three replicas',
      file: 'workloads.yaml',
      from: 'replicas: 1',
      to: 'replicas: 3',
      expect: [{ ruleId: 'calico/ipaddrs-replicas', at: 'ipAddrs' }],
    },
    {
      name: 'fixed IP outside every pool',
      file: 'workloads.yaml',
      from: '10.244.200.10',
      to: '10.99.0.10',
      expect: [{ ruleId: 'calico/ipaddrs-not-in-pool', at: 'ipAddrs' }],
    },
    {
      name: 'fixed IP written as a bare string',
      file: 'workloads.yaml',
      from: `cni.projectcalico.org/ipAddrs: '["10.244.200.10"]'`,
      to: 'cni.projectcalico.org/ipAddrs: 10.244.200.10',
      expect: [{ ruleId: 'calico/ipaddrs-json', at: 'ipAddrs' }],
    },
    {
      name: 'namespace asks for a misspelt pool',
      file: 'workloads.yaml',
      from: '["default-ipv4-ippool"]',
      to: '["default-ippool"]',
      expect: [{ ruleId: 'calico/ippools-annotation-unknown', at: 'ipv4pools' }],
    },
    {
      name: 'namespace asks for the fixed-IP pool after it was disabled',
      file: 'pools.yaml',
      from: '  nodeSelector: "!all()"',
      to: '  nodeSelector: "!all()"\n  disabled: true',
      expect: [{ ruleId: 'calico/ipaddrs-not-in-pool', file: 'workloads.yaml', at: 'ipAddrs' }],
    },
  ],
};

describe('Calico field setups', () => {
  for (const [setup, variants] of Object.entries(VARIANTS)) {
    describe(setup, () => {
      it('lints clean with every built-in rule', () => {
        expect(problems(load(setup))).toEqual([]);
      });
      for (const v of variants) {
        it(`flags: ${v.name}`, () => {
          const changed = variant(load(setup), v.file, v.from, v.to);
          const want = v.expect.map((e) => {
            const file = e.file ?? v.file;
            return `${file}:${lineOf(changed, file, e.at, e.after)} ${e.ruleId}`;
          });
          expect(problems(changed).sort()).toEqual(want.sort());
        });
      }
    });
  }
});
