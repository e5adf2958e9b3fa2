/**
 * A Calico resource uses a field (or is of a kind) that the cluster's Calico release does not have
 * yet (`cluster.calicoVersion`, else the release the input installs): Kubernetes prunes fields a CRD's schema does not declare
 * (crd.projectcalico.org/v1 objects, applied with kubectl or Helm), and a strict client or the
 * Calico API server refuses them, so the setting never takes effect. Which minor added each field
 * (and each value of an enumerated field, such as Installation's linuxDataplane `Nftables` in 3.29)
 * is read from the CRDs of every Calico minor's last patch release (rules/calico/lib/field-history.ts);
 * for values the CRDs leave open, from the same releases' validator (libcalico-go/lib/validator/v3/
 * validator.go: IPPool allowedUses `LoadBalancer` and the log level `Trace`, both in 3.30).
 */
import { defineRule } from '../../src/engine/rule.js';
import { formatPath } from '../../src/engine/values.js';
import { calicoRelease, fieldsNewerThan, HISTORY_RELEASES } from './lib/field-history.js';

const FIRST = HISTORY_RELEASES[0];
const LAST = HISTORY_RELEASES[HISTORY_RELEASES.length - 1];

export default defineRule({
  meta: {
    id: 'calico/field-not-in-version',
    description: 'A Calico resource uses a field, a value of an enumerated field, or is of a kind, that a later Calico release added than the one the cluster runs (`cluster.calicoVersion`, else the calico/node image or operator ImageSet the input installs): the API server drops the field (or refuses it), so the setting never takes effect.',
    severity: 'warning',
    remediation: 'Upgrade Calico to the release that added the field, or drop the field and reach the same end with what your release has; correct `cluster.calicoVersion` in .netlint.yaml if it is stale.',
    kinds: [
      'calico/BGPConfiguration',
      'calico/BGPFilter',
      'calico/BGPPeer',
      'calico/FelixConfiguration',
      'calico/GlobalNetworkPolicy',
      'calico/GlobalNetworkSet',
      'calico/HostEndpoint',
      'calico/IPPool',
      'calico/IPReservation',
      'calico/KubeControllersConfiguration',
      'calico/NetworkPolicy',
      'calico/NetworkSet',
      'calico/StagedGlobalNetworkPolicy',
      'calico/StagedNetworkPolicy',
      'calico/Tier',
      'operator.tigera.io/Installation',
    ],
    messages: {
      field: '{{path}} was added in Calico {{since}}: Calico {{target}} ({{source}}) does not have it and drops or refuses it, so it has no effect',
      kind: '{{kind}} was added in Calico {{since}}: Calico {{target}} ({{source}}) has no such resource, so applying it fails',
      value: '{{path}} "{{value}}" was added in Calico {{since}}: Calico {{target}} ({{source}}) refuses the value',
    },
    docs: `The release is \`cluster.calicoVersion\` in .netlint.yaml, else the one the input installs: the tag of the calico/node image in its calico-node DaemonSet (\`docker.io/calico/node:v3.28.1\`), or the operator ImageSet it pins (named \`calico-v3.28.1\`), when all of these agree on one minor; silent otherwise. The history is read from the CRDs (crd.projectcalico.org, and operator.tigera.io's Installation) of the last patch release of each Calico minor from ${FIRST.tag} to ${LAST.tag}, with the values Calico's validator accepts where a CRD lists none (IPPool \`allowedUses\`, the \`logSeverity*\` levels; libcalico-go/lib/validator/v3/validator.go of the same releases), and versions are compared by minor: a field a patch release back-ported counts from its minor. Nothing is said for a version before ${FIRST.minor} or of a field that release already had. A field no release netlint knows declares is calico's field-values rules' finding, not this one's.`,
  },
  check(resource, ctx) {
    const release = calicoRelease(ctx.model);
    if (release === null) return;
    const { minor, source } = release;
    const target = `3.${minor}`;
    for (const { path, since, value } of fieldsNewerThan(resource.kind, resource.value, minor)) {
      if (path.length === 0) ctx.report({ path: ['kind'], messageId: 'kind', data: { kind: resource.kind, since, target, source } });
      else if (value !== undefined) ctx.report({ path, messageId: 'value', data: { path: formatPath(path), value, since, target, source } });
      else ctx.report({ path, at: 'key', messageId: 'field', data: { path: formatPath(path), since, target, source } });
    }
  },
});
