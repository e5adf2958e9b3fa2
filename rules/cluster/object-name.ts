import { defineRule } from '../../src/engine/rule.js';
import { dns1123LabelError, maxNameLengthOf, nameError, nameFormatOf } from '../../src/engine/names.js';
import type { NameFormat } from '../../src/engine/names.js';
import { isApiObject } from './lib/metadata.js';

const FORMAT_WORDS: Record<NameFormat, string> = {
  'dns1123-subdomain': 'DNS-1123 subdomain',
  'dns1123-label': 'DNS-1123 label',
  'dns1035-label': 'DNS-1035 label',
  'path-segment': 'path segment',
  any: 'any name',
};

export default defineRule({
  meta: {
    id: 'cluster/object-name',
    description:
      'An object\'s `metadata.name` (and `generateName`) must have the format its kind requires: a DNS-1123 subdomain (≤ 253 characters of lower-case letters, digits, `-` and `.`) for most kinds, custom resources and Calico\'s included; a DNS-1123 label (≤ 63, no `.`) for Namespace and StatefulSet; a DNS-1035 label (a label starting with a letter) for Service; a path segment (no `/` or `%`, not `.` or `..`) for RBAC roles and bindings, APIService (`v1.` for the core group) and ClusterTrustBundle; any name for a CertificateSigningRequest; at most 52 characters for a CronJob. `metadata.namespace` must be a DNS-1123 label. The API server rejects anything else.',
    severity: 'error',
    remediation: 'Rename the object with lower-case letters, digits and `-` (e.g. `web-frontend`, not `Web_Frontend`).',
    kinds: ['*'],
    messages: {
      badName: '{{field}} "{{name}}" is not a valid {{kind}} name: it {{reason}}',
      tooLong: 'name "{{name}}" is {{length}} characters: a {{kind}} name may have at most {{max}}',
      badNamespace: 'namespace "{{name}}" {{reason}}',
    },
    docs: 'Sources: apimachinery `pkg/api/validation` (`ValidateObjectMetaAccessor`, `NameIsDNSSubdomain`, `NameIsDNSLabel`, `NameIsDNS1035Label`, the trailing `-` allowed in `generateName`) and each kind\'s name function in kubernetes `pkg/apis/*/validation` (`ValidateServiceName`, `ValidateNamespaceName`, `ValidateStatefulSetName`, `ValidateRBACName`, `ValidateCronJob`, `ValidateCertificateRequestName`, `ValidateClusterTrustBundleName`; kube-aggregator `ValidateAPIService`); libcalico-go `validateObjectMeta` for Calico kinds. A name that is not a string is reported by `cluster/label-value-type`.',
  },
  check(resource, ctx) {
    if (!isApiObject(resource)) return;
    const metadata = resource.value.metadata as Record<string, unknown>;
    const format = nameFormatOf(resource.groupKind);
    for (const field of ['name', 'generateName'] as const) {
      const name = metadata[field];
      if (typeof name !== 'string' || name === '') continue;
      const reason = nameError(format, name, field === 'generateName');
      if (reason !== null) {
        ctx.report({ path: ['metadata', field], messageId: 'badName', data: { field, name, kind: `${resource.kind} (${FORMAT_WORDS[format]})`, reason } });
        continue;
      }
      const max = maxNameLengthOf(resource.groupKind);
      if (field === 'name' && max !== null && name.length > max) {
        ctx.report({ path: ['metadata', field], messageId: 'tooLong', data: { name, length: String(name.length), kind: resource.kind, max: String(max) } });
      }
    }
    const namespace = metadata.namespace;
    if (typeof namespace === 'string' && namespace !== '') {
      const reason = dns1123LabelError(namespace);
      if (reason !== null) ctx.report({ path: ['metadata', 'namespace'], messageId: 'badNamespace', data: { name: namespace, reason } });
    }
  },
});
