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
      badChar: 'interface "{{name}}" contains {{what}}: {{who}}, and the pod fails to start',
      notPortable: 'interface "{{name}}" is not a DNS-1123 label: Multus accepts it, but tools built on the NetworkAttachmentDefinition client library reject the short form that names it',
    },
    docs: 'Sources: Multus k8sclient.go `parsePodNetworkObjectName` checks the short form (`net@if`) for length, whitespace and `/` (its tests reject `myIfc Name` and `very_long_interface_name`); the JSON form\'s `interface` it passes on unchecked. libcni `ValidateInterfaceName` (containernetworking/cni pkg/utils, v1.3.0, which Multus vendors) refuses either form\'s too long names, whitespace, `/`, `:`, `.` and `..` before the plugin runs. The NAD client library `parsePodNetworkObjectText` also requires a DNS-1123 label in the short form (not in the JSON form), reported as a warning.',
  },
  check(resource, ctx) {
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (!a) return;
    const short = a.parsed.form === 'text';
    for (const s of a.parsed.selections) {
      if (s.interface === null || s.interface === '') continue;
      const name = s.interface;
      const at = { path: a.path, span: s.interfaceSpan! };
      const bad = (what: string, multusToo: boolean) =>
        ctx.report({ ...at, messageId: 'badChar', data: { name, what, who: short && multusToo ? 'Multus refuses the annotation (parsePodNetworkObjectName)' : 'libcni refuses it before the plugin runs (ValidateInterfaceName)' } });
      const bytes = new TextEncoder().encode(name).length;
      if (bytes > 15) ctx.report({ ...at, messageId: 'tooLong', data: { name, bytes } });
      // Go's unicode.IsSpace is the Unicode White_Space property (U+0085 included, U+FEFF not), unlike JavaScript's \s.
      // Multus' own check refuses ASCII white space only (k8sclient.go parsePodNetworkObjectName:
      // strings.ContainsAny(" \t\n\v\f\r/")); libcni refuses any Unicode white space (unicode.IsSpace).
      else if (/\p{White_Space}/u.test(name)) bad('whitespace', /[ \t\n\v\f\r]/.test(name));
      else if (name.includes('/')) bad('"/"', true);
      // libcni (containernetworking/cni pkg/utils ValidateInterfaceName, v1.3.0 as Multus vendors it).
      else if (name.includes(':')) bad('":"', false);
      else if (name === '.' || name === '..') bad('only dots', false);
      else if (short && !DNS1123_LABEL.test(name)) ctx.report({ ...at, messageId: 'notPortable', data: { name }, severity: 'warning' });
    }
  },
});
