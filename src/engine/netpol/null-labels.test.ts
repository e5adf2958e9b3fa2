/**
 * Label maps and selector values written with no value (`app:`), which YAML reads as null: the API
 * server decodes JSON null into "" (Go's encoding/json leaves the zero value in a map[string]string
 * entry and a []string item), so `matchLabels: {app: }` selects pods labelled `app: ""`, not every
 * pod, and a null in `values` is the empty value.
 */
import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { reach } from './reach.js';

const PODS = `
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: x, labels: {app: web}}
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: x, labels: {app: client}}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Pod
metadata: {name: blank, namespace: x, labels: {app: }}
spec: {containers: [{name: c}]}
---`;

const policy = (from: string) => `${PODS}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: x}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{podSelector: ${from}}]}]
`;

function admitted(text: string): string[] {
  const r = reach(yamlToResources(text), {});
  const web = r.pods.find((p) => p.id === 'x/web')!.group;
  return r.pods.filter((p) => r.allowed.some((c) => c.from === p.group && c.to === web && c.port === 80)).map((p) => p.id).sort();
}

describe('null label values are the empty value', () => {
  it('matchLabels {app: } selects the pod labelled app: "" only', () => {
    expect(admitted(policy('{matchLabels: {app: }}'))).toEqual(['x/blank']);
  });

  it('a null in matchExpressions values is "", not the string "null"', () => {
    expect(admitted(policy('{matchExpressions: [{key: app, operator: In, values: [null]}]}'))).toEqual(['x/blank']);
    expect(admitted(policy('{matchExpressions: [{key: app, operator: NotIn, values: [null, web]}]}'))).toEqual(['x/client']);
  });
});
