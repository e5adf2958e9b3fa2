import { defineRule } from '../../src/engine/rule.js';
import { labelKeyError } from '../../src/engine/selector/label.js';
import { describeValue, isObject } from '../../src/engine/values.js';
import { calicoRuleMetadataPlaces, metadataPlaces } from './lib/metadata.js';

/** The API server's limit on the annotations of one object: keys and values together, in bytes. */
export const TOTAL_ANNOTATION_BYTES = 256 * 1024;

const utf8 = new TextEncoder();

/** Size in bytes of the annotations, as the API server counts them (UTF-8 keys and values). */
function annotationBytes(annotations: Record<string, unknown>): number {
  let units = 0;
  for (const key in annotations) {
    const value = annotations[key];
    units += key.length + (typeof value === 'string' ? value.length : 0);
  }
  // A UTF-16 code unit takes at most 3 UTF-8 bytes: far below the limit, the exact size does not matter.
  if (units * 3 <= TOTAL_ANNOTATION_BYTES) return units;
  let bytes = 0;
  for (const key in annotations) {
    const value = annotations[key];
    bytes += utf8.encode(key).length + (typeof value === 'string' ? utf8.encode(value).length : 0);
  }
  return bytes;
}

export default defineRule({
  meta: {
    id: 'cluster/annotation-format',
    description:
      'Annotation keys follow the label-key rule (`[prefix/]name`, a DNS subdomain prefix and a name of at most 63 letters, digits, `-`, `_` and `.`; upper case allowed), and an object\'s annotations, keys and values together, may take at most 256 KiB. The API server rejects the object otherwise; this holds for every object, Calico\'s included, for pod templates, and for the `metadata` of each rule of a Calico policy or profile.',
    severity: 'error',
    remediation: 'Use a key such as `example.com/owner`; keep large data in a ConfigMap rather than an annotation.',
    kinds: ['*'],
    messages: {
      badKey: '{{reason}}',
      notMap: 'annotations must be a map of keys to string values, not {{got}}: the API server cannot decode the object',
      tooLarge: 'the annotations take {{size}} bytes: the API server allows at most {{limit}} bytes (256 KiB) per object',
    },
    docs: 'Sources: apimachinery `pkg/api/validation/objectmeta.go` `ValidateAnnotations` (keys checked with `IsQualifiedName` after lower-casing, `TotalAnnotationSizeLimitB`); libcalico-go `validateObjectMetaAnnotations`, which `validateRuleMetadata` applies to a Calico rule\'s metadata.',
  },
  check(resource, ctx) {
    for (const place of [...metadataPlaces(resource), ...calicoRuleMetadataPlaces(resource)]) {
      const annotations = place.metadata.annotations;
      if (!isObject(annotations)) {
        // Go decodes null into an empty map; anything else fails to decode.
        if (annotations !== undefined && annotations !== null) ctx.report({ path: [...place.path, 'annotations'], messageId: 'notMap', data: { got: describeValue(annotations) } });
        continue;
      }
      for (const key in annotations) {
        // Case does not matter in annotation keys: the API server lower-cases them (Go's
        // strings.ToLower) before the check. Go lowers "İ" (U+0130) to a plain "i", where
        // JavaScript's toLowerCase adds a combining dot; every other difference stays non-ASCII.
        // The message quotes the key as written.
        const lowered = key.replace(/\u0130/g, 'i').toLowerCase();
        const reason = labelKeyError(lowered, 'annotation key');
        if (reason !== null) ctx.report({ path: [...place.path, 'annotations', key], at: 'key', messageId: 'badKey', data: { reason: lowered === key ? reason : reason.replaceAll(lowered, key) } });
      }
      const size = annotationBytes(annotations);
      if (size > TOTAL_ANNOTATION_BYTES) {
        ctx.report({ path: [...place.path, 'annotations'], messageId: 'tooLarge', data: { size: String(size), limit: String(TOTAL_ANNOTATION_BYTES) } });
      }
    }
  },
});
