import { defineRule } from '../../src/engine/rule.js';
import { DEFAULT_NETWORK_ANNOTATION } from './lib/annotation.js';
import { ANNOTATION_MESSAGES, annotationOf, reportProblems } from './lib/messages.js';
import { POD_KINDS } from './lib/nads.js';

export default defineRule({
  meta: {
    id: 'multus/default-network-annotation',
    description: 'The `v1.multus-cni.io/default-network` annotation replaces the pod\'s cluster network: it must parse and name exactly one network.',
    severity: 'error',
    remediation: 'Name one NetworkAttachmentDefinition, qualified with its namespace: `v1.multus-cni.io/default-network: infra/flannel-default`.',
    kinds: POD_KINDS,
    messages: {
      ...ANNOTATION_MESSAGES,
      notOne: '{{annotation}} names {{count}} networks; Multus accepts exactly one default network',
      none: '{{annotation}} names no network; Multus fails the pod\'s network setup (it reads exactly one default network whenever the annotation is present)',
    },
    docs: 'Source: Multus k8sclient.go `tryLoadK8sPodDefaultNetwork`: more than one network is an error, and a present annotation naming none fails too (an empty value is refused by `parsePodNetworkAnnotation`, an empty JSON list leaves no first network to read). An unqualified name is looked up in Multus\' own namespace (`multusNamespace`, default kube-system), not in the pod\'s: see `multus/nad-missing`.',
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, DEFAULT_NETWORK_ANNOTATION);
    if (!a) return;
    reportProblems(ctx, a.parsed, a.path, DEFAULT_NETWORK_ANNOTATION);
    const n = a.parsed.selections.length;
    if (n === 0 && a.parsed.problems.length === 0) ctx.report({ path: a.path, messageId: 'none', data: { annotation: DEFAULT_NETWORK_ANNOTATION } });
    if (n > 1) ctx.report({ path: a.path, span: a.parsed.selections[1].span, messageId: 'notOne', data: { annotation: DEFAULT_NETWORK_ANNOTATION, count: n } });
  },
});
