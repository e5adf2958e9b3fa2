/**
 * An object's `metadata` (and a pod template's) holds only ObjectMeta's fields: the API server
 * decodes it case-sensitively, kubectl's strict field validation (its default) refuses the object
 * with `unknown field "metadata.…"`, and a client that does not validate sends it on to be dropped.
 * The usual slip is an annotation or label indented one level too shallow, right under `metadata`.
 */
import { didYouMean } from '../../src/engine/did-you-mean.js';
import { podMetadataOf } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { isApiObject } from './lib/metadata.js';

/**
 * The json names of ObjectMeta's fields (k8s.io/apimachinery pkg/apis/meta/v1/types.go, v0.36.3;
 * `clusterName` is a tombstone there, removed in Kubernetes 1.25).
 */
export const OBJECT_META_FIELDS: readonly string[] = [
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
];
const KNOWN = new Set(OBJECT_META_FIELDS);

/** A key written like an annotation's or label's: a DNS prefix and a `/`, or a dotted name. */
const ANNOTATION_LIKE = /^(?:[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?\/[A-Za-z0-9][-A-Za-z0-9_.]*|[A-Za-z0-9][-A-Za-z0-9_]*\.[-A-Za-z0-9_.]*[A-Za-z0-9])$/;

function looksLikeAnnotationKey(key: string): boolean {
  return ANNOTATION_LIKE.test(key);
}

export default defineRule({
  meta: {
    id: 'cluster/metadata-fields',
    description:
      'An object\'s `metadata`, and a pod template\'s, holds only the fields of ObjectMeta (`name`, `namespace`, `labels`, `annotations`, …), spelt in their case: kubectl refuses any other (strict field validation, its default) and a client that does not validate has the API server drop it, so an annotation or label written one level too shallow (`metadata.k8s.v1.cni.cncf.io/networks` instead of `metadata.annotations.…`) never takes effect.',
    severity: 'error',
    remediation: 'Indent annotations under `metadata.annotations` and labels under `metadata.labels`; spell the ObjectMeta fields as the API does (`labels`, not `Labels`).',
    kinds: ['*'],
    messages: {
      annotationKey: 'metadata has no field "{{key}}": it looks like an annotation or label key written one level too shallow; kubectl refuses the object (unknown field) and other clients have it dropped, so put it under {{place}}',
      unknown: 'metadata has no field "{{key}}"{{hint}}: kubectl refuses the object (unknown field) and other clients have it dropped',
    },
    docs: 'Sources: k8s.io/apimachinery `pkg/apis/meta/v1/types.go` (ObjectMeta, v0.36.3) and Kubernetes\' field validation (kubectl `--validate=strict` by default since 1.25 with server-side field validation; the API server decodes case-sensitively and drops unknown fields when the client asks it to ignore them). Tool configuration kinds without API metadata (kind, kubeadm, component configs) are left out.',
  },
  check(resource, ctx) {
    if (!isApiObject(resource)) return;
    const places: { metadata: Record<string, unknown>; path: Path }[] = [{ metadata: resource.value.metadata as Record<string, unknown>, path: ['metadata'] }];
    const template = podMetadataOf(resource);
    if (template && template.path.length > 1) places.push(template);
    for (const { metadata, path } of places) {
      for (const key of Object.keys(metadata)) {
        if (KNOWN.has(key)) continue;
        if (looksLikeAnnotationKey(key)) {
          ctx.report({ path: [...path, key], at: 'key', messageId: 'annotationKey', data: { key, place: `${path.join('.')}.annotations (or .labels)` } });
          continue;
        }
        const guess = didYouMean(key, OBJECT_META_FIELDS);
        ctx.report({ path: [...path, key], at: 'key', messageId: 'unknown', data: { key, hint: guess === null ? '' : ` (did you mean "${guess}"?)` } });
      }
    }
  },
});
