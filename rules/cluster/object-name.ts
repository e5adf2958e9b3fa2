import { defineRule } from '../../src/engine/rule.js';
import { minorOf, releaseBefore } from '../../src/engine/kubernetes-release.js';
import { CLUSTER_SCOPED_KINDS, dns1123LabelError, generatedNameOf, maxNameLengthOf, nameError, nameFormatOf, relaxedServiceName } from '../../src/engine/names.js';
import type { NameFormat } from '../../src/engine/names.js';
import { isApiObject } from './lib/metadata.js';

const FORMAT_WORDS: Record<NameFormat, string> = {
  'dns1123-subdomain': 'DNS-1123 subdomain',
  'dns1123-label': 'DNS-1123 label',
  'dns1035-label': 'DNS-1035 label',
  'path-segment': 'path segment',
};

/**
 * Kinds whose file a tool reads without a name: an IstioOperator is istioctl's install
 * configuration (`istioctl install -f FILE`), and Istio's own profiles (manifests/profiles/*.yaml)
 * name none; only the in-cluster operator (removed after Istio 1.23) needed a name to store one.
 */
const NAMELESS_TOOL_INPUTS: ReadonlySet<string> = new Set(['install.istio.io/IstioOperator']);

export default defineRule({
  meta: {
    id: 'cluster/object-name',
    description:
      'An object\'s `metadata.name` (and `generateName`) must have the format its kind requires: a DNS-1123 subdomain (≤ 253 characters of lower-case letters, digits, `-` and `.`) for most kinds, custom resources and Calico\'s included; a DNS-1123 label (≤ 63, no `.`) for Namespace and StatefulSet; a DNS-1035 label (a label starting with a letter) for Service before Kubernetes 1.36, a DNS-1123 label from 1.36 (a warning when only 1.36 accepts it); a path segment (no `/` or `%`, not `.` or `..`) for RBAC roles and bindings, APIService (`v1.` for the core group), ClusterTrustBundle and CertificateSigningRequest; at most 52 characters for a CronJob. A `generateName` is checked as a prefix (its last `-` may stay) and through the names the server makes from it (its first 58 characters and 5 random ones). An empty `name` needs a `generateName`. `metadata.namespace` must be a DNS-1123 label, except on cluster-scoped kinds, where the server ignores it. The API server rejects anything else.',
    severity: 'error',
    remediation: 'Give the object a `metadata.name` (or `generateName`) of lower-case letters, digits and `-` (e.g. `web-frontend`, not `Web_Frontend`).',
    kinds: ['*'],
    messages: {
      badName: '{{field}} "{{name}}" is not a valid {{kind}} name: it {{reason}}',
      badGeneratedName: 'generateName "{{name}}" makes names like "{{generated}}" (its first 58 characters and 5 random ones), not a valid {{kind}} name: it {{reason}}',
      generatedTooLong: 'generateName "{{name}}" makes names of {{length}} characters (its first 58 and 5 random ones): a {{kind}} name may have at most {{max}}',
      nameRequired: 'the object has no name and no generateName: the API server requires one of them',
      serviceNameBefore136: '{{field}} "{{name}}" starts with a digit: Kubernetes 1.36 and later accept it (a DNS-1123 label), earlier releases refuse it (a DNS-1035 label, starting with a letter)',
      tooLong: 'name "{{name}}" is {{length}} characters: a {{kind}} name may have at most {{max}}',
      badNamespace: 'namespace "{{name}}" {{reason}}',
    },
    docs: 'Sources: apimachinery `pkg/api/validation` (`ValidateObjectMetaAccessor`, `NameIsDNSSubdomain`, `NameIsDNSLabel`, `NameIsDNS1035Label`, the trailing `-` allowed in `generateName`) and each kind\'s name function in kubernetes `pkg/apis/*/validation` (`ValidateServiceName`, `ValidateNamespaceName`, `ValidateStatefulSetName`, `ValidateRBACName`, `ValidateCronJob`, `ValidateCertificateRequestName`, `ValidateClusterTrustBundleName`; kube-aggregator `ValidateAPIService`); apiserver `rest.BeforeCreate` (generated names, the path-segment check of every name, the cleared namespace of cluster-scoped kinds) and `names.SimpleNameGenerator`; the RelaxedServiceNameValidation gate (on by default from 1.36); libcalico-go `validateObjectMeta` for Calico kinds. A name that is not a string is reported by `cluster/label-value-type`.',
  },
  check(resource, ctx) {
    if (!isApiObject(resource)) return;
    const metadata = resource.value.metadata as Record<string, unknown>;
    const format = nameFormatOf(resource.groupKind);
    const kind = `${resource.kind} (${FORMAT_WORDS[format]})`;
    const max = maxNameLengthOf(resource.groupKind);
    // A Service name only Kubernetes 1.36 and later accept (names.ts relaxedServiceName).
    const laterServiceName = (name: string, prefix = false) => resource.groupKind === 'Service' && relaxedServiceName(name, prefix);
    for (const field of ['name', 'generateName'] as const) {
      const name = metadata[field];
      if (typeof name !== 'string' || name === '') continue;
      const prefix = field === 'generateName';
      const reason = nameError(format, name, prefix);
      if (reason !== null) {
        if (laterServiceName(name, prefix)) {
          // With cluster.kubernetesVersion: accepted from 1.36, refused before; unknown, a warning.
          const version = ctx.model.facts.kubernetesVersion;
          if (minorOf(version) !== null && !releaseBefore(version, '1.36')) continue;
          ctx.report({ path: ['metadata', field], messageId: 'serviceNameBefore136', ...(releaseBefore(version, '1.36') ? {} : { severity: 'warning' as const }), data: { field, name } });
        } else {
          ctx.report({ path: ['metadata', field], messageId: 'badName', data: { field, name, kind, reason } });
        }
        continue;
      }
      if (!prefix) {
        if (max !== null && name.length > max) ctx.report({ path: ['metadata', field], messageId: 'tooLong', data: { name, length: String(name.length), kind: resource.kind, max: String(max) } });
        continue;
      }
      // The object is validated with the name the server generates from the prefix (names.ts generatedNameOf).
      if (typeof metadata.name === 'string' && metadata.name !== '') continue;
      const generated = generatedNameOf(name);
      const generatedReason = nameError(format, generated);
      if (generatedReason !== null && !laterServiceName(generated)) {
        ctx.report({ path: ['metadata', field], messageId: 'badGeneratedName', data: { name, generated, kind, reason: generatedReason } });
      } else if (max !== null && generated.length > max) {
        ctx.report({ path: ['metadata', field], messageId: 'generatedTooLong', data: { name, length: String(generated.length), kind: resource.kind, max: String(max) } });
      }
    }
    // No name at all (absent, null or empty) and no generateName: ValidateObjectMetaAccessor's "name or generateName is required".
    const unnamed = metadata.name === undefined || metadata.name === null || metadata.name === '';
    if (unnamed && (typeof metadata.generateName !== 'string' || metadata.generateName === '') && !NAMELESS_TOOL_INPUTS.has(resource.groupKind)) {
      ctx.report({ path: metadata.name === undefined ? ['metadata'] : ['metadata', 'name'], messageId: 'nameRequired' });
    }
    const namespace = metadata.namespace;
    if (typeof namespace === 'string' && namespace !== '' && !CLUSTER_SCOPED_KINDS.has(resource.groupKind)) {
      const reason = dns1123LabelError(namespace);
      if (reason !== null) ctx.report({ path: ['metadata', 'namespace'], messageId: 'badNamespace', data: { name: namespace, reason } });
    }
  },
});
