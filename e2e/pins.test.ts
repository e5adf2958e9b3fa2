import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mirrorPath } from './artifacts.js';
import { e2eMain } from './cli.js';
import { unpinnedArtifacts } from './preflight.js';
import { PROFILE_NAMES, PROFILES } from './profiles/index.js';
import { docker } from './commands.js';
import { formatArgv, ok } from './runner.js';
import { DOWNLOADS, pinnedFiles, simulate, type Sim } from './testing/sim-cluster.js';

const lines = (sim: Sim) => sim.fake.calls.map((c) => formatArgv([c.file, ...c.args]));
const deleted = (sim: Sim) => lines(sim).includes(`kind delete cluster --name ${sim.cluster} --kubeconfig ${sim.kubeconfig}`);

describe('pinned artifacts', () => {
  it.each(PROFILE_NAMES)('%s: every download has a sha256 pin and every image a digest or a tag from a verified manifest', (name) => {
    expect(unpinnedArtifacts(PROFILES[name])).toEqual([]);
    for (const f of pinnedFiles(PROFILES[name])) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(PROFILE_NAMES)('%s --dry-run shows the curl command and the pinned sha256 of every download', async (name) => {
    const sim = simulate(name);
    expect(await e2eMain(['--profile', name, '--dry-run'], sim.deps)).toBe(0);
    const text = sim.deps.out.join('');
    for (const f of pinnedFiles(PROFILES[name])) {
      expect(text).toContain(`$ curl -fsSL --proto =https --proto-redir =https --retry 3 --connect-timeout 20 --max-time 120 --create-dirs -o .netlint-tmp/e2e/`);
      expect(text).toContain(`${f.url}    # timeout 150s; sha256 ${f.sha256}`);
    }
    expect(text).not.toContain('NOT PINNED');
  });

  it('`netlint e2e --profile calico-ipip` as written (no flags) gets past preflight and runs to a pass', async () => {
    const sim = simulate('calico-ipip');
    const code = await e2eMain(['--profile', 'calico-ipip'], sim.deps, { catalogue: sim.options.catalogue, workDir: '/tmp/nl' });
    expect(sim.deps.err.join('')).not.toContain('unpinned');
    expect(code).toBe(0);
    expect(lines(sim)).toContain(`curl -fsSL --proto =https --proto-redir =https --retry 3 --connect-timeout 20 --max-time 120 --create-dirs -o /tmp/nl/${sim.cluster}/downloads/calico.yaml ${PROFILES['calico-ipip'].calico.manifest.url}`);
  });

  it('bytes that differ from the pin are an infrastructure error, and the cluster is still deleted', async () => {
    const sim = simulate('calico-ipip');
    const code = await e2eMain(['--profile', 'calico-ipip', '--work-dir', '/tmp/nl'], sim.deps);
    expect(code).toBe(2);
    expect(sim.deps.err.join('')).toContain(`checksum mismatch for ${PROFILES['calico-ipip'].calico.manifest.url}: expected ${PROFILES['calico-ipip'].calico.manifest.sha256}`);
    expect(lines(sim).some((l) => l.includes('apply'))).toBe(false);
    expect(deleted(sim)).toBe(true);
  });

  it('the crossSubnet router image is held to its pin too', () => {
    const profile = structuredClone(PROFILES['calico-crosssubnet']);
    profile.crossSubnet!.routerImage = { ...profile.crossSubnet!.routerImage, digest: null, tagFrom: undefined };
    expect(unpinnedArtifacts(profile)).toEqual([expect.stringMatching(/ \(no digest, tag from no verified source\)$/)]);
  });

  it('an artifact without a pin is refused before anything runs, saying where the value must come from', async () => {
    const sim = simulate('multus-flannel');
    sim.options.catalogue['multus-flannel'].multus!.cniPlugins.sha256 = null;
    const code = await e2eMain(['--profile', 'multus-flannel'], sim.deps, { catalogue: sim.options.catalogue });
    expect(code).toBe(2);
    expect(sim.deps.err.join('')).toMatch(/unpinned artifacts \(https:\/\/github\.com\/containernetworking\/plugins.*no sha256; release asset; sha256 from the cni-plugins-linux-amd64-v1\.9\.1\.tgz\.sha256 file/);
    expect(sim.fake.calls).toHaveLength(0);
  });

  it('--artifacts DIR reads the same files from a local mirror, checked against the same pins; no curl at all', async () => {
    const sim = simulate('multus-flannel');
    for (const f of pinnedFiles(sim.profile)) sim.deps.files.set(mirrorPath('/mirror', f.url), DOWNLOADS[f.url.split('/').pop()!]);
    const archive = mirrorPath('/mirror', sim.profile.multus!.cniPlugins.url);
    for (const n of sim.nodes) sim.fake.add({ argv: ['docker', ...docker.cp(archive, `${n.name}:/tmp/cni-plugins.tgz`).args], result: ok() });
    const code = await e2eMain(['--profile', 'multus-flannel', '--artifacts', '/mirror/', '--work-dir', '/tmp/nl'], sim.deps, { catalogue: sim.options.catalogue });
    expect(code).toBe(0);
    expect(lines(sim).filter((l) => l.startsWith('curl'))).toEqual([]);
    expect(lines(sim)).toContain(`docker cp /mirror/github.com/containernetworking/plugins/releases/download/v1.9.1/cni-plugins-linux-amd64-v1.9.1.tgz ${sim.nodes[0].name}:/tmp/cni-plugins.tgz`);
  });

  it('--artifacts: a missing or altered mirror file is an error naming it', async () => {
    const missing = simulate('calico-bgp');
    expect(await e2eMain(['--profile', 'calico-bgp', '--artifacts', '/mirror', '--work-dir', '/tmp/nl'], missing.deps, { catalogue: missing.options.catalogue })).toBe(2);
    expect(missing.deps.err.join('')).toContain('cannot read /mirror/raw.githubusercontent.com/projectcalico/calico/v3.32.1/manifests/calico.yaml (the --artifacts mirror has no https://raw.githubusercontent.com/projectcalico/calico/v3.32.1/manifests/calico.yaml)');
    const altered = simulate('calico-bgp');
    altered.deps.files.set(mirrorPath('/mirror', altered.profile.calico.manifest.url), 'kind: Tampered\n');
    expect(await e2eMain(['--profile', 'calico-bgp', '--artifacts', '/mirror', '--work-dir', '/tmp/nl'], altered.deps, { catalogue: altered.options.catalogue })).toBe(2);
    expect(altered.deps.err.join('')).toMatch(/checksum mismatch for https:\/\/raw\.githubusercontent\.com\/projectcalico\/calico\/v3\.32\.1\/manifests\/calico\.yaml \(from \/mirror\//);
  });

  it('the workflows run the profiles as written: no --allow-unpinned', () => {
    for (const wf of ['nightly-conformance.yml']) expect(readFileSync(new URL(`../.github/workflows/${wf}`, import.meta.url), 'utf8')).not.toMatch(/allow-unpinned/);
  });
});
