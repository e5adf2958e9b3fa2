import { podSpecOf } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { RuleContext } from '../../src/engine/rule.js';
import { labelKeyError, labelValueError } from '../../src/engine/selector/label.js';
import type { Path } from '../../src/engine/types.js';
import { describeValue, isObject } from '../../src/engine/values.js';
import { metadataPlaces } from './lib/metadata.js';

/** Reports each key and string value of a label map that the API server would refuse. */
function checkLabelMap(map: unknown, path: Path, ctx: RuleContext): void {
  if (!isObject(map)) {
    // Go decodes null into an empty map; anything else fails ("cannot unmarshal array into … map[string]string").
    if (map !== undefined && map !== null) ctx.report({ path, messageId: 'notMap', data: { field: String(path[path.length - 1]), got: describeValue(map) } });
    return;
  }
  for (const key in map) {
    const keyError = labelKeyError(key);
    if (keyError !== null) ctx.report({ path: [...path, key], at: 'key', messageId: 'badKey', data: { reason: keyError } });
    const value = map[key];
    // A value that is not a string is cluster/label-value-type's finding.
    const valueError = typeof value === 'string' ? labelValueError(value) : null;
    if (valueError !== null) ctx.report({ path: [...path, key], messageId: 'badValue', data: { reason: valueError } });
  }
}

export default defineRule({
  meta: {
    id: 'cluster/label-format',
    description:
      'Label keys are `[prefix/]name`: an optional DNS-1123 subdomain prefix of at most 253 characters, and a name of at most 63 letters, digits, `-`, `_` and `.` that starts and ends with a letter or digit. Values are empty or follow the name rule. The API server checks this for `metadata.labels` of every object (Calico\'s too), pod template labels and `nodeSelector`, and rejects the object otherwise.',
    severity: 'error',
    remediation: 'Rename the key or value, e.g. `app.kubernetes.io/name: web` rather than `App Name: Web Frontend`.',
    kinds: ['*'],
    messages: {
      badKey: '{{reason}}',
      badValue: '{{reason}}',
      notMap: '{{field}} must be a map of keys to string values, not {{got}}: the API server cannot decode the object',
    },
    docs: 'Sources: apimachinery `pkg/apis/meta/v1/validation` `ValidateLabels` and `pkg/util/validation` (`IsQualifiedName`, `IsValidLabelValue`); libcalico-go `validateObjectMetaLabels`. Selector labels of NetworkPolicies are `netpol/label-selector`\'s.',
  },
  check(resource, ctx) {
    for (const place of metadataPlaces(resource)) checkLabelMap(place.metadata.labels, [...place.path, 'labels'], ctx);
    const ps = podSpecOf(resource);
    if (ps) checkLabelMap(ps.spec.nodeSelector, [...ps.path, 'nodeSelector'], ctx);
  },
});
