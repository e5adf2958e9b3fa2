import type { PinnedFile, PinnedImage } from './types.js';

/**
 * Every version the harness installs, in one place. Never fill a value in by guess.
 *
 * Manifests that live in git are fetched from raw.githubusercontent.com, which serves
 * `OWNER/REPO/TAG/PATH` as the git blob `TAG:PATH`; their sha256 is recomputed with
 *   git -C <bare clone of OWNER/REPO> show TAG:PATH | sha256sum
 * A file that exists only as a release asset gets its sha256 from the `.sha256` file the project
 * publishes next to it; until that value is set here (`sha256: null`), preflight refuses the
 * profile (`--allow-unpinned` runs it and records what was downloaded).
 *
 * Images carry a digest where a public source states one; otherwise they are pinned by the tag
 * that the checksum-verified manifest itself names (`tagFrom`).
 */

const raw = (repo: string, tag: string, path: string) => `https://raw.githubusercontent.com/${repo}/${tag}/${path}`;
const gitBlob = (repo: string, tag: string, path: string) => `git blob ${repo} ${tag}:${path} (git -C <clone> show ${tag}:${path} | sha256sum)`;

/** kind v0.32.0's default node image (kind's release notes name the digest; flannel's kind e2e pins the same). */
export const KIND_NODE_IMAGE: PinnedImage = {
  repository: 'kindest/node',
  tag: 'v1.36.1',
  digest: 'sha256:3489c7674813ba5d8b1a9977baea8a6e553784dab7b84759d1014dbd78f7ebd5',
};

export const CALICO_VERSION = 'v3.32.1';

export const CALICO_MANIFEST: PinnedFile = {
  url: raw('projectcalico/calico', CALICO_VERSION, 'manifests/calico.yaml'),
  version: CALICO_VERSION,
  sha256: 'a1df919d9721cf667accdc3e72848911b0cb25cfab7d2478ad0c996302c95744',
  source: gitBlob('projectcalico/calico', CALICO_VERSION, 'manifests/calico.yaml'),
};

export const CALICO_VXLAN_MANIFEST: PinnedFile = {
  url: raw('projectcalico/calico', CALICO_VERSION, 'manifests/calico-vxlan.yaml'),
  version: CALICO_VERSION,
  sha256: 'c2ab4f9a4ecde01d66e6f040d6745cd7f174d5ded573164c809ffb9f40a9d566',
  source: gitBlob('projectcalico/calico', CALICO_VERSION, 'manifests/calico-vxlan.yaml'),
};

/** calico.yaml and calico-vxlan.yaml at v3.32.1 name exactly these quay.io images. */
export const CALICO_IMAGES: PinnedImage[] = ['node', 'cni', 'kube-controllers'].map((name) => ({
  repository: `quay.io/calico/${name}`,
  tag: CALICO_VERSION,
  digest: null,
  tagFrom: `calico.yaml ${CALICO_VERSION} (sha256-pinned above)`,
}));

/**
 * agnhost: busybox ping, /agnhost connect, netexec servers, and `pause` for the router. The digest
 * is the one public kind/e2e scripts pin for registry.k8s.io/e2e-test-images/agnhost:2.53.
 */
export const AGNHOST_IMAGE: PinnedImage = {
  repository: 'registry.k8s.io/e2e-test-images/agnhost',
  tag: '2.53',
  digest: 'sha256:99c6b4bb4a1e1df3f0b3752168c89358794d02258ebebc26bf21c29399011a85',
};

/** Release asset only: the value is the one in cni-plugins-linux-amd64-v1.9.1.tgz.sha256 of the v1.9.1 release. */
export const CNI_PLUGINS: PinnedFile = {
  url: 'https://github.com/containernetworking/plugins/releases/download/v1.9.1/cni-plugins-linux-amd64-v1.9.1.tgz',
  version: 'v1.9.1',
  sha256: 'b98f74a0f8522f0a83867178729c1aa70f2158f90c45a2ca8fa791db1c76b303',
  source: 'release asset; sha256 from the cni-plugins-linux-amd64-v1.9.1.tgz.sha256 file of the containernetworking/plugins v1.9.1 release',
};

/** flannel's Documentation/kube-flannel.yml at the release tag names the same images as the release asset. */
export const FLANNEL_MANIFEST: PinnedFile = {
  url: raw('flannel-io/flannel', 'v0.28.4', 'Documentation/kube-flannel.yml'),
  version: 'v0.28.4',
  sha256: '0bd380eb4954227c903bdea96dc9254650badd2d45ebe31978a47c3ffe2e9727',
  source: gitBlob('flannel-io/flannel', 'v0.28.4', 'Documentation/kube-flannel.yml'),
};

export const FLANNEL_IMAGE: PinnedImage = {
  repository: 'ghcr.io/flannel-io/flannel',
  tag: 'v0.28.4',
  digest: 'sha256:cc44a1a8969c4f14b8dd45664546f14abc3fc7682b125399103e555f1ad2528b',
};

export const FLANNEL_CNI_PLUGIN_IMAGE: PinnedImage = {
  repository: 'ghcr.io/flannel-io/flannel-cni-plugin',
  tag: 'v1.9.1-flannel1',
  digest: null,
  tagFrom: 'kube-flannel.yml v0.28.4 (sha256-pinned above)',
};

export const MULTUS_MANIFEST: PinnedFile = {
  url: raw('k8snetworkplumbingwg/multus-cni', 'v4.3.0', 'deployments/multus-daemonset-thick.yml'),
  version: 'v4.3.0',
  sha256: '2d622f697809644a12704497bbf5c3256adc1e7f5b5504655e4993743651b585',
  source: gitBlob('k8snetworkplumbingwg/multus-cni', 'v4.3.0', 'deployments/multus-daemonset-thick.yml'),
};

/** The tagged manifest still says `:snapshot-thick`; the harness overrides it with this (digest as public kind setups pin it). */
export const MULTUS_IMAGE: PinnedImage = {
  repository: 'ghcr.io/k8snetworkplumbingwg/multus-cni',
  tag: 'v4.3.0-thick',
  digest: 'sha256:a922a39a78049991d03178c07afc45a198326481049bd7d84626097402fa14bb',
};

export function imageRef(image: PinnedImage): string {
  return `${image.repository}:${image.tag}${image.digest ? `@${image.digest}` : ''}`;
}
