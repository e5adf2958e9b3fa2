import { docker, kind } from './commands.js';
import { imageRef } from './profiles/pins.js';
import type { PinnedFile, PinnedImage, Profile } from './profiles/types.js';
import { succeeded, type CommandSpec, type Runner } from './runner.js';

/** Tools the harness drives, the oldest version it accepts, and where to get them. */
export const REQUIRED_TOOLS = [
  { name: 'docker', min: '20.10.0', hint: 'install Docker Engine (https://docs.docker.com/engine/install/) and make sure the daemon is running' },
  { name: 'kind', min: '0.32.0', hint: 'install kind v0.32.0+ (https://kind.sigs.k8s.io/docs/user/quick-start/#installation); its node image v1.36.1 needs it' },
  { name: 'kubectl', min: '1.35.0', hint: 'install kubectl v1.35+ (https://kubernetes.io/docs/tasks/tools/), within one minor of the v1.36 nodes' },
  { name: 'curl', min: '7.58.0', hint: 'install curl (pinned downloads), or pass --artifacts DIR with a local mirror of the pinned files' },
] as const;

export class PreflightError extends Error {
  override readonly name = 'PreflightError';
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export const kubectlVersion = (): CommandSpec => ({ file: 'kubectl', args: ['version', '--client', '-o', 'json'], timeoutMs: 30_000 });

/** Extracts x.y.z from each tool's own version output. */
export function parseToolVersion(tool: string, stdout: string): string | null {
  if (tool === 'kubectl') {
    try {
      const v = (JSON.parse(stdout) as { clientVersion?: { gitVersion?: string } }).clientVersion?.gitVersion;
      return v ? (/(\d+\.\d+\.\d+)/.exec(v)?.[1] ?? null) : null;
    } catch {
      return null;
    }
  }
  return /(\d+\.\d+\.\d+)/.exec(stdout)?.[1] ?? null;
}

export const preflightCommands = (): Record<string, CommandSpec> => ({ docker: docker.version(), kind: kind.version(), kubectl: kubectlVersion(), curl: { file: 'curl', args: ['--version'], timeoutMs: 30_000 } });

/**
 * Docker daemon reachable, kind and kubectl present and recent enough; else one clear error. The
 * runner given is the harness' own (it carries the cancellation signal and throws when interrupted).
 */
export async function checkTools(runner: Runner, needs: { download: boolean } = { download: true }): Promise<void> {
  const specs = preflightCommands();
  for (const tool of REQUIRED_TOOLS) {
    if (tool.name === 'curl' && !needs.download) continue;
    const result = await runner(specs[tool.name]);
    if (result.spawnError) throw new PreflightError(`${tool.name} not found: ${tool.hint}`);
    if (!succeeded(result)) {
      const why = tool.name === 'docker' ? 'the Docker daemon is not reachable' : `\`${tool.name} version\` failed`;
      throw new PreflightError(`${why} (${(result.stderr.trim().split('\n')[0] ?? '') || `exit ${result.exitCode}`}): ${tool.hint}`);
    }
    const version = parseToolVersion(tool.name, result.stdout);
    if (!version) throw new PreflightError(`cannot read the ${tool.name} version from "${result.stdout.trim().slice(0, 80)}": ${tool.hint}`);
    if (compareVersions(version, tool.min) < 0) throw new PreflightError(`${tool.name} ${version} is older than ${tool.min}: ${tool.hint}`);
  }
}

/** Every artifact of a profile that is not pinned by checksum or digest. */
export function unpinnedArtifacts(profile: Profile): string[] {
  const files: PinnedFile[] = [profile.calico.manifest];
  const images: PinnedImage[] = [profile.kind.nodeImage, ...profile.calico.images, profile.probeImage];
  if (profile.multus) {
    files.push(profile.multus.cniPlugins, profile.multus.flannel.manifest, profile.multus.multus.manifest);
    images.push(profile.multus.flannel.image, profile.multus.flannel.cniPluginImage, profile.multus.multus.image);
  }
  if (profile.crossSubnet) images.push(profile.crossSubnet.routerImage);
  const out = [...files.filter((f) => !f.sha256).map((f) => `${f.url} (no sha256; ${f.source})`), ...images.filter((i) => !i.digest && !i.tagFrom).map((i) => `${imageRef(i)} (no digest, tag from no verified source)`)];
  return [...new Set(out)];
}

export function refuseUnpinned(profiles: Profile[], allowUnpinned: boolean): void {
  if (allowUnpinned) return;
  const bad = profiles.filter((p) => unpinnedArtifacts(p).length);
  if (bad.length)
    throw new PreflightError(
      `profile ${bad[0].name} uses unpinned artifacts (${unpinnedArtifacts(bad[0])[0]}${unpinnedArtifacts(bad[0]).length > 1 ? ', …' : ''}); pin them in e2e/profiles/pins.ts (or run with --allow-unpinned to record what is downloaded)`,
    );
}

