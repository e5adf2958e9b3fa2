import { defineRule } from '../../src/engine/rule.js';
import { NETWORKS_ANNOTATION } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { POD_KINDS } from './lib/nads.js';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export default defineRule({
  meta: {
    id: 'multus/interface-name',
    description: 'An interface requested in `k8s.v1.cni.cncf.io/networks` must be a valid Linux interface name: at most 15 bytes, no whitespace, no `/` and no `:` (libcni refuses it before the plugin runs).',
    severity: 'error',
    remediation: 'Use a short name such as `net1` or `mgmt0` (lower-case letters, digits and `-` work everywhere).',
    kinds: POD_KINDS,
    messages: {
      tooLong: 'interface "{{name}}" is {{bytes}} bytes; Linux allows at most 15 (IFNAMSIZ - 1) and the pod fails to start',
      badChar: 'interface "{{name}}" contains {{what}}; Linux, Multus or libcni rejects it and the pod fails to start',
      notPortable: 'interface "{{name}}" is not a DNS-1123 label: Multus accepts it, but tools built on the NetworkAttachmentDefinition client library reject it',
    },
    docs: 'Sources: Multus k8sclient.go `parsePodNetworkObjectName` (tests reject `myIfc Name` and `very_long_interface_name`); libcni `ValidateInterfaceName` (containernetworking/cni pkg/utils, v1.3.0, which Multus vendors) also refuses `:`, before the plugin runs; the NAD client library `parsePodNetworkObjectText` additionally requires a DNS-1123 label, reported as a warning.',
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (!a) return;
    for (const s of a.parsed.selections) {
      if (s.interface === null || s.interface === '') continue;
      const name = s.interface;
      const at = { path: a.path, span: s.interfaceSpan! };
      const bytes = new TextEncoder().encode(name).length;
      if (bytes > 15) ctx.report({ ...at, messageId: 'tooLong', data: { name, bytes } });
      // Go's unicode.IsSpace is the Unicode White_Space property (U+0085 included, U+FEFF not), unlike JavaScript's \s.
      else if (/\p{White_Space}/u.test(name)) ctx.report({ ...at, messageId: 'badChar', data: { name, what: 'whitespace' } });
      else if (name.includes('/')) ctx.report({ ...at, messageId: 'badChar', data: { name, what: '"/"' } });
      // libcni (containernetworking/cni pkg/utils ValidateInterfaceName, v1.3.0 as Multus vendors it).
      else if (name.includes(':')) ctx.report({ ...at, messageId: 'badChar', data: { name, what: '":"' } });
      else if (name === '.' || name === '..') ctx.report({ ...at, messageId: 'badChar', data: { name, what: 'only dots' } });
      else if (!DNS1123_LABEL.test(name)) ctx.report({ ...at, messageId: 'notPortable', data: { name }, severity: 'warning' });
    }
  },
});
