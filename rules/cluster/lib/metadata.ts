/**
 * The object metadata the API server validates in a resource: the object's own, and the pod
 * template's of a workload (its labels and annotations are validated the same way). Kinds that are
 * tool configuration rather than API objects (a kind `Cluster`, kubeadm or kubelet configuration,
 * a CNI config file) have no API metadata and are left out.
 */
import { podMetadataOf } from '../../../src/engine/model.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { isObject } from '../../../src/engine/values.js';

export interface MetadataPlace {
  metadata: Record<string, unknown>;
  path: Path;
}

const ROOT: Path = Object.freeze(['metadata']);

/** True for resources an API server stores (so their names, labels and annotations are validated). */
export function isApiObject(resource: Resource): boolean {
  const g = resource.group;
  if (g === 'kind.x-k8s.io' || g === 'kubeadm.k8s.io' || g === 'netlint.io' || g.endsWith('.config.k8s.io')) return false;
  return isObject(resource.value.metadata);
}

/** The object's metadata and, for a Pod template holder, the template's (in that order). */
export function metadataPlaces(resource: Resource): MetadataPlace[] {
  if (!isApiObject(resource)) return [];
  const out: MetadataPlace[] = [{ metadata: resource.value.metadata as Record<string, unknown>, path: ROOT }];
  const template = podMetadataOf(resource);
  if (template && template.path.length > 1) out.push({ metadata: template.metadata, path: template.path });
  return out;
}
