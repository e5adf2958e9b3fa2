/**
 * Kubernetes releases as `.netlint.yaml`'s `cluster.kubernetesVersion` gives them ("1.24",
 * "v1.24.3"): what rules need to tell a cluster's release from the one that changed a behaviour.
 */

/** "1.24" of "1.24", "v1.24.3" or "1.24.0"; null when unset or not a release. */
export function minorOf(version: string | null): string | null {
  const m = version === null ? null : /^v?(\d+\.\d+)/.exec(version);
  return m ? m[1] : null;
}

/** Orders releases written `1.25` by minor version. */
export function compareReleases(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** Whether the configured release (`cluster.kubernetesVersion`) is known and older than `release`. */
export function releaseBefore(version: string | null, release: string): boolean {
  const target = minorOf(version);
  return target !== null && compareReleases(target, release) < 0;
}
