/**
 * Calico components of different minor releases in one install manifest. Every Calico release
 * ships all its components at the release's own version (docs.tigera.io "Component versions": one
 * tag for calico/node, cni, kube-controllers, typha, apiserver, csi, …; the release manifests in
 * projectcalico/calico manifests/ pin a single tag), and they are built and tested together: the
 * CNI plugin and calico/node share the IPAM block format and the datastore's resources, and
 * kube-controllers garbage-collects what calico/node writes. A manifest that bumps one image
 * (calico/node v3.21 beside kube-controllers v3.17) runs a pair no release contains.
 */
import type { ClusterModel } from '../../src/engine/model.js';
import { WORKLOAD_KINDS, derived, podSpecOf } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path, Resource } from '../../src/engine/types.js';
import { asObject, objectItems } from '../../src/engine/values.js';

/**
 * A Calico component image and its release (`docker.io/calico/node:v3.28.1`,
 * `quay.io/calico/kube-controllers:v3.28.1@sha256:…`, mirrors such as
 * `mcr.microsoft.com/oss/calico/node:v3.8.9`). Tags without a release (`latest`, `master`) are left out.
 */
const COMPONENT_IMAGE = /(?:^|\/)calico\/([a-z0-9-]+):v?(3)\.(\d+)\.(\d+)(?:[-+][\w.-]*)?(?:@|$)/;

/** The images of calico/* components (those a release lists; not calico/ctl, which users run at their own version). */
const COMPONENTS = new Set([
  'node', 'node-windows', 'cni', 'cni-windows', 'kube-controllers', 'typha', 'apiserver', 'pod2daemon-flexvol', 'csi', 'node-driver-registrar', 'dikastes',
  'key-cert-provisioner', 'goldmane', 'whisker', 'whisker-backend', 'flannel-migration-controller', 'envoy-gateway', 'envoy-proxy', 'envoy-ratelimit',
]);

interface ComponentImage {
  resource: Resource;
  path: Path;
  image: string;
  component: string;
  /** "3.28" */
  minor: string;
}

/** Per file, the Calico component images of its pods and workloads, in document order. */
const imagesByFile = derived('calico/component-images', (m: ClusterModel) => {
  const out = new Map<string, ComponentImage[]>();
  for (const resource of m.byKind('Pod', ...WORKLOAD_KINDS)) {
    const ps = podSpecOf(resource);
    if (!ps) continue;
    for (const list of ['initContainers', 'containers']) {
      for (const [i, c] of objectItems(asObject(ps.spec)[list])) {
        const match = typeof c.image === 'string' ? COMPONENT_IMAGE.exec(c.image) : null;
        if (match === null || !COMPONENTS.has(match[1])) continue;
        const entry = { resource, path: [...ps.path, list, i, 'image'], image: c.image as string, component: match[1], minor: `${match[2]}.${match[3]}` };
        (out.get(resource.file) ?? out.set(resource.file, []).get(resource.file)!).push(entry);
      }
    }
  }
  return out;
});

/** The release most of a file's component images carry (the first of them on a tie), or null when they agree. */
function dominantMinor(images: readonly ComponentImage[]): string | null {
  const counts = new Map<string, number>();
  for (const i of images) counts.set(i.minor, (counts.get(i.minor) ?? 0) + 1);
  if (counts.size < 2) return null;
  let best = images[0].minor;
  for (const [minor, n] of counts) if (n > counts.get(best)!) best = minor;
  return best;
}

export default defineRule({
  meta: {
    id: 'calico/component-versions',
    description:
      'The Calico component images of one manifest (calico/node, cni, kube-controllers, typha, …) come from different minor releases: every Calico release ships all its components at one version, built and tested together, so the manifest runs a combination no release contains.',
    severity: 'warning',
    remediation: 'Use one release for every calico/* image of the install (the release\'s own manifest lists them), and upgrade them together.',
    kinds: ['Pod', ...WORKLOAD_KINDS],
    messages: {
      skew: '{{image}} is Calico {{minor}}, while this manifest\'s other Calico components are {{others}} ({{example}}): a Calico release ships every component at one version',
    },
    docs: 'Compared within one file, where an install manifest keeps its components (a repository may well hold the manifests of several releases side by side); patch releases of one minor are not compared. The images reported are those of the release fewer components carry. calico/ctl is left out: calicoctl runs at the version of the user who calls it.',
  },
  check(resource, ctx) {
    const images = imagesByFile(ctx.model).get(resource.file);
    if (images === undefined) return;
    const dominant = dominantMinor(images);
    if (dominant === null) return;
    const example = images.find((i) => i.minor === dominant)!;
    for (const i of images) {
      if (i.resource !== resource || i.minor === dominant) continue;
      ctx.report({
        path: i.path,
        messageId: 'skew',
        data: { image: i.image, minor: i.minor, others: dominant, example: `${example.image} of ${example.resource.kind} ${example.resource.namespace ?? 'default'}/${example.resource.name}` },
      });
    }
  },
});
