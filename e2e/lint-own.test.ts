import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../rules/index.js';
import { lint } from '../src/engine/run.js';
import type { SourceFile } from '../src/engine/types.js';
import { planScenario } from './conformance/run.js';
import { BUILTIN_SUITE } from './conformance/suite.js';
import { bgpConfigurationMeshOff, bgpPeerToReflectors, probeManifests, toYaml } from './manifests.js';
import { PROCEDURES } from './procedures/index.js';
import { guidePodManifest } from './procedures/steps.js';
import { nodeNames, PROFILE_NAMES, PROFILES } from './profiles/index.js';

/** The default pool the Calico manifest creates on calico-ipip (context for procedures that use it). */
const DEFAULT_POOL_OBJECT = { apiVersion: 'crd.projectcalico.org/v1', kind: 'IPPool', metadata: { name: 'default-ipv4-ippool' }, spec: { cidr: '192.168.0.0/16', blockSize: 26, ipipMode: 'Always', vxlanMode: 'Never', natOutgoing: true, nodeSelector: 'all()' } };

/** Everything the harness generates and applies, one lint unit per cluster state it is applied to. */
function units(): { name: string; files: SourceFile[] }[] {
  const out: { name: string; files: SourceFile[] }[] = [];
  for (const name of PROFILE_NAMES) {
    const p = PROFILES[name];
    const nodes = nodeNames('nl-x', p);
    const files = [{ path: `${name}/probe-pods.yaml`, content: toYaml(probeManifests(p, nodes)) }];
    if (p.routeReflector) files.push({ path: `${name}/bgp.yaml`, content: toYaml([bgpPeerToReflectors(p), bgpConfigurationMeshOff()]) });
    out.push({ name, files });
  }
  const ipip = PROFILES['calico-ipip'];
  const nodes = nodeNames('nl-x', ipip);
  for (const proc of PROCEDURES) {
    const files: SourceFile[] = [{ path: `${proc.name}/cluster-default-pool.yaml`, content: toYaml([DEFAULT_POOL_OBJECT]) }];
    for (const [i, s] of proc.steps.entries()) {
      if (s.do === 'apply') files.push({ path: `${proc.name}/${i}-${s.name}`, content: toYaml(s.objects) });
      if (s.do === 'start-pods') files.push({ path: `${proc.name}/${i}-pods.yaml`, content: toYaml(s.pods.map((pod) => guidePodManifest(pod, nodes, ipip))) });
    }
    out.push({ name: proc.name, files });
  }
  for (const sc of BUILTIN_SUITE) {
    const plan = planScenario(sc, ipip, nodes);
    out.push({ name: sc.name, files: [{ path: `conformance/${sc.name}.yaml`, content: toYaml([...plan.setup, ...plan.services.map((sv) => sv.manifest), ...plan.policies]) }] });
  }
  return out;
}

/**
 * Findings a scenario exists to provoke: upstream's deny-all-egress case blocks DNS on purpose
 * (shadow pods probe by IP), calico-tier-pass shows a Pass in the last tier reaching the
 * profiles, which allow, and service-target-port a policy naming a Service's port; the warnings
 * saying so are right.
 */
const INTENDED: Record<string, string[]> = {
  'xyz-deny-egress-y': ['netpol/egress-deny-blocks-dns'],
  'calico-tier-pass': ['calico/pass-to-profiles'],
  // web's policy names the Service port 80, which its pods (8080) never see: the mistake the scenario proves.
  'service-target-port': ['netpol/service-port-not-pod-port'],
};

describe('netlint lints its own e2e manifests clean', () => {
  it.each(units().map((u) => [u.name, u] as const))('%s: nothing at warning or error but what the scenario is about (infos such as default-deny-missing are advice)', (name, unit) => {
    const { findings } = lint({ files: unit.files, rules: BUILTIN_RULES });
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual(INTENDED[name] ?? []);
  });
});
