/** YAML builders shared by the multus rule tests (kept out of the rule files). */
import { dedent } from '../../../src/engine/testing/rule-tester.js';

/** A Pod in `apps` with the given annotations (one `key: value` per line, already YAML). */
export function podWith(annotations: string, extra = ''): string {
  return `
    apiVersion: v1
    kind: Pod
    metadata:
      name: app
      namespace: apps
      annotations:
        ${annotations}
    spec:
      ${extra}containers: [{ name: c, image: busybox }]
  `;
}

/** A NAD with a one-line JSON config. */
export function nad(name: string, namespace: string | null, config: string): string {
  return `
    apiVersion: k8s.cni.cncf.io/v1
    kind: NetworkAttachmentDefinition
    metadata: { name: ${name}${namespace ? `, namespace: ${namespace}` : ''} }
    spec:
      config: '${config}'
  `;
}

/** Several YAML documents in one file, each dedented on its own. */
export function docs(...parts: string[]): string {
  return parts.map((p) => dedent(p)).join('---\n');
}

/**
 * Multus' own fake pod (pkg/testing NewFakePod, v4.3.0): `testpod` in namespace `test`, with the
 * given annotations (values single-quoted), for the tests that restate Multus' test cases.
 */
export function multusTestPod(annotations: Record<string, string>): string {
  const lines = Object.entries(annotations).map(([k, v]) => `${k}: '${v.replace(/'/g, "''")}'`);
  return `
    apiVersion: v1
    kind: Pod
    metadata:
      name: testpod
      namespace: test
      annotations:
        ${lines.join('\n        ')}
    spec:
      containers: [{ name: ctr1, image: image }]
  `;
}

/** A NAD as the upstream restatements write it: `metadata` a YAML flow mapping, `config` its spec.config (null: none). */
export function nadWithMetadata(metadata: string, config: string | null): string {
  const spec = config === null ? 'spec: {}' : `spec:\n      config: '${config}'`;
  return `
    apiVersion: k8s.cni.cncf.io/v1
    kind: NetworkAttachmentDefinition
    metadata: ${metadata}
    ${spec}
  `;
}

/**
 * A SriovNetwork (or SriovIBNetwork, OVSNetwork) `name` in `namespace`: line 4 is `spec:`, line 5
 * its `resourceName: intel_vf`, and `spec` (YAML at 2 spaces, later lines of a block indented
 * as written) starts on line 6.
 */
export function sriovNetwork(name: string, namespace: string, spec: string, kind = 'SriovNetwork'): string {
  return `apiVersion: sriovnetwork.openshift.io/v1\nkind: ${kind}\nmetadata: { name: ${name}, namespace: ${namespace} }\nspec:\n  resourceName: intel_vf\n${spec
    .split('\n')
    .map((l) => (l === '' ? l : `  ${l}`))
    .join('\n')}\n`;
}
