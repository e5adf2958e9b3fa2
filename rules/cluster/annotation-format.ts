import { defineRule } from '../../src/engine/rule.js';
import { labelKeyError } from '../../src/engine/selector/label.js';
import { isObject } from '../../src/engine/values.js';
import { metadataPlaces } from './lib/metadata.js';

/** The API server's limit on the annotations of one object: keys and values together, in bytes. */
export const TOTAL_ANNOTATION_BYTES = 256 * 1024;

const utf8 = new TextEncoder();

function byteLength(text: string): number {
  // ASCII is the common case: its length is its size.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text.length : utf8.encode(text).length;
}

export default defineRule({
  meta: {
    id: 'cluster/annotation-format',
    description:
      'Annotation keys follow the label-key rule (`[prefix/]name`, a DNS subdomain prefix and a name of at most 63 letters, digits, `-`, `_` and `.`; upper case allowed), and an object\'s annotations, keys and values together, may take at most 256 KiB. The API server rejects the object otherwise; this holds for every object, Calico\'s included, and for pod templates.',
    severity: 'error',
    remediation: 'Use a key such as `example.com/owner`; keep large data in a ConfigMap rather than an annotation.',
    kinds: ['*'],
    messages: {
      badKey: '{{reason}}',
      tooLarge: 'the annotations take {{size}} bytes: the API server allows at most {{limit}} bytes (256 KiB) per object',
    },
    docs: 'Sources: apimachinery `pkg/api/validation/objectmeta.go` `ValidateAnnotations` (keys checked with `IsQualifiedName` after lower-casing, `TotalAnnotationSizeLimitB`); libcalico-go `validateObjectMetaAnnotations`.',
  },
  check(resource, ctx) {
    for (const place of metadataPlaces(resource)) {
      const annotations = place.metadata.annotations;
      if (!isObject(annotations)) continue;
      let size = 0;
      for (const key in annotations) {
        // Case does not matter in annotation keys: the API server lower-cases them before the check.
        const reason = labelKeyError(key.toLowerCase(), 'annotation key');
        if (reason !== null) ctx.report({ path: [...place.path, 'annotations', key], messageId: 'badKey', data: { reason } });
        const value = annotations[key];
        size += byteLength(key) + (typeof value === 'string' ? byteLength(value) : 0);
      }
      if (size > TOTAL_ANNOTATION_BYTES) {
        ctx.report({ path: [...place.path, 'annotations'], messageId: 'tooLarge', data: { size: String(size), limit: String(TOTAL_ANNOTATION_BYTES) } });
      }
    }
  },
});
