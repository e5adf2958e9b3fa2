import { defineRule } from '../../src/engine/rule.js';
import type { RuleContext } from '../../src/engine/rule.js';
import { kubernetesPeers } from '../../src/engine/netpol/rule-support.js';
import { validateLabelSelector } from '../../src/engine/selector/label.js';
import type { Path } from '../../src/engine/types.js';
import { asObject } from '../../src/engine/values.js';

function checkSelector(value: unknown, at: Path, ctx: RuleContext): void {
  if (value === undefined || value === null) return;
  for (const issue of validateLabelSelector(value)) {
    // A matchLabels value that is not a string is cluster/label-value-type's finding.
    if (issue.path[0] === 'matchLabels' && issue.path.length === 2 && typeof asObject(asObject(value).matchLabels)[issue.path[1]] !== 'string') continue;
    ctx.report({ path: [...at, ...issue.path], messageId: 'invalid', data: { problem: issue.message } });
  }
}

export default defineRule({
  meta: {
    id: 'netpol/label-selector',
    description:
      'The label selectors of a NetworkPolicy (`spec.podSelector`, and each peer\'s `podSelector` and `namespaceSelector`) must be valid: `matchLabels` keys and values follow the label rules, each `matchExpressions` entry has a valid `key`, an operator among `In`, `NotIn`, `Exists`, `DoesNotExist`, non-empty `values` for `In`/`NotIn` and none for `Exists`/`DoesNotExist`. The API server rejects the policy otherwise.',
    severity: 'error',
    remediation: 'Use label keys such as `app.kubernetes.io/name`, values of at most 63 letters, digits, `-`, `_` and `.`, and `values` only with `In`/`NotIn`.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: { invalid: '{{problem}}' },
    docs: 'Source: Kubernetes `ValidateNetworkPolicySpec`/`ValidateNetworkPolicyPeer`, which call apimachinery `ValidateLabelSelector` (`ValidateLabelSelectorRequirement`, `ValidateLabels`); unknown selector fields fail kubectl\'s strict field validation.',
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    checkSelector(spec.podSelector, ['spec', 'podSelector'], ctx);
    for (const ref of kubernetesPeers(spec)) {
      checkSelector(ref.peer.podSelector, [...ref.path, 'podSelector'], ctx);
      checkSelector(ref.peer.namespaceSelector, [...ref.path, 'namespaceSelector'], ctx);
    }
  },
});
