/**
 * A BGP password's Secret reference that names no Secret or no key (BGPPeer `password`,
 * BGPConfiguration `nodeMeshPassword`). Calico takes it: the CRD requires only `key`, and through
 * calicoctl or Calico's API server a missing `key` is written as `key: ""` (core/v1
 * SecretKeySelector has `key` without omitempty, k8s.io/api v0.35.6 core/v1/types.go, the version
 * calico v3.32.1 pins), which meets the CRD's `required`. At run time confd looks the password up
 * in that Secret by name and key (confd/pkg/backends/calico/secret_watcher.go GetSecret, v3.32.1):
 * no Secret has an empty name, and no Secret has an empty key (Kubernetes checks data keys against
 * `[-._a-zA-Z0-9]+`, apimachinery pkg/util/validation IsConfigMapKey), so the lookup fails. confd
 * then only logs a warning and renders the peering with no password (client.go getPassword and
 * setPeerConfigFieldsFromV3Resource for a BGPPeer; getNodeMeshPasswordKVPair drops the mesh
 * password), and BIRD's template writes `password` only when there is one
 * (confd/etc/calico/confd/templates/bird.cfg.template): the session runs unauthenticated, or, where
 * the other side expects TCP MD5 authentication, never comes up.
 */
import type { RuleContext } from '../../../src/engine/rule.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { isObject } from '../../../src/engine/values.js';

export const BGP_PASSWORD_MESSAGES = {
  passwordRefIncomplete:
    '{{path}} {{what}}: Calico takes it{{written}}, but confd finds no password there ({{why}}), so BIRD runs the {{session}} without one (unauthenticated, or never established where the other side expects TCP MD5 authentication); name {{fix}}',
};

/** The key of `ref` that sets `field`: with `typed`, one differing in case only does (Go matches names in any case). */
function keyOf(ref: Record<string, unknown>, field: string, typed: boolean): string | undefined {
  return typed ? Object.keys(ref).find((k) => k.toLowerCase() === field) : Object.hasOwn(ref, field) ? field : undefined;
}

/**
 * Reports the password reference of a BGPPeer or BGPConfiguration when it names no Secret or no
 * key. A missing `key` on an object written for the CRD as is (crd.projectcalico.org/v1) is the
 * schema's error instead: the CRD refuses it.
 */
export function checkBgpPassword(resource: Resource, ctx: RuleContext, typed: boolean): void {
  const spec = resource.value.spec;
  if (!isObject(spec)) return;
  const field = resource.kind === 'BGPPeer' ? 'password' : resource.kind === 'BGPConfiguration' ? 'nodeMeshPassword' : null;
  if (field === null) return;
  // With the mesh off, the CRD refuses nodeMeshPassword altogether (calico/bgpconfig-mesh-off-settings).
  if (field === 'nodeMeshPassword' && spec.nodeToNodeMeshEnabled === false) return;
  const password = spec[field];
  if (!isObject(password) || !isObject(password.secretKeyRef)) return;
  const ref = password.secretKeyRef;
  const keyField = keyOf(ref, 'key', typed);
  const nameField = keyOf(ref, 'name', typed);
  // A key left out is written as "" only by the typed round trip; for the CRD as is, it is the schema's error.
  const noKey = keyField === undefined ? typed : ref[keyField] === '';
  const noName = nameField === undefined || ref[nameField] === '';
  if (!noKey && !noName) return;
  const path: Path = ['spec', field, 'secretKeyRef'];
  const what = noKey && noName ? 'names neither a Secret nor a key' : noKey ? 'names no key' : 'names no Secret';
  const why = [noName ? 'no Secret has an empty name' : '', noKey ? 'a Secret has no empty key' : ''].filter(Boolean).join(', and ');
  const fix = noKey && noName ? 'the Secret (name) and its key that holds the password' : noKey ? `the key of Secret ${JSON.stringify(ref[nameField!])} that holds the password (key: …)` : 'the Secret that holds the password (name: …)';
  ctx.report({
    path,
    at: 'key',
    messageId: 'passwordRefIncomplete',
    severity: 'warning',
    data: {
      path: path.join('.'),
      what,
      written: noKey && keyField === undefined ? ' (calicoctl and Calico\'s API server write the missing key as key: "")' : '',
      why,
      session: field === 'password' ? 'peering' : 'node-to-node mesh sessions',
      fix,
    },
  });
}
