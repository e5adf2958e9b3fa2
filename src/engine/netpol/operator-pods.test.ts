/**
 * Pods an operator runs for a custom resource, as endpoints of the model: prometheus-operator's
 * StatefulSets for a Prometheus and an Alertmanager (pkg/prometheus/statefulset.go,
 * pkg/alertmanager/statefulset.go): spec.podMetadata.labels plus `prometheus: <name>` /
 * `alertmanager: <name>`, the web port (spec.portName, default "web": 9090, 9093) and
 * Alertmanager's mesh port 9094 over TCP and UDP, spec.serviceAccountName.
 */
import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { collectEndpoints } from './endpoints.js';

const INPUT = `
apiVersion: monitoring.coreos.com/v1
kind: Prometheus
metadata: {name: k8s, namespace: monitoring}
spec: {podMetadata: {labels: {app.kubernetes.io/name: prometheus}}, serviceAccountName: prometheus-k8s, portName: http}
---
apiVersion: monitoring.coreos.com/v1
kind: Alertmanager
metadata: {name: main, namespace: monitoring}
spec: {}
---
apiVersion: monitoring.coreos.com/v1
kind: Prometheus
metadata: {name: host, namespace: monitoring}
spec: {hostNetwork: true}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: sm, namespace: monitoring}
spec: {}
`;

describe('pods prometheus-operator runs', () => {
  const { endpoints, excluded } = collectEndpoints(yamlToResources(INPUT));

  it('are endpoints with the labels, ports and service account the operator gives them', () => {
    expect(endpoints.map((e) => ({ id: e.id, kind: e.kind, labels: e.labels, ports: e.ports, serviceAccount: e.serviceAccount }))).toEqual([
      { id: 'monitoring/k8s', kind: 'Prometheus', labels: { 'app.kubernetes.io/name': 'prometheus', prometheus: 'k8s' }, ports: [{ port: 9090, protocol: 'TCP', name: 'http' }], serviceAccount: 'prometheus-k8s' },
      {
        id: 'monitoring/main',
        kind: 'Alertmanager',
        labels: { alertmanager: 'main' },
        ports: [
          { port: 9093, protocol: 'TCP', name: 'web' },
          { port: 9094, protocol: 'TCP', name: 'mesh-tcp' },
          { port: 9094, protocol: 'UDP', name: 'mesh-udp' },
        ],
        serviceAccount: 'default',
      },
    ]);
    expect(endpoints[0].calicoLabels).toMatchObject({ 'projectcalico.org/namespace': 'monitoring', 'projectcalico.org/serviceaccount': 'prometheus-k8s' });
  });

  it('leaves a host-network Prometheus out, as host-network workloads are', () => {
    expect(excluded.map((x) => [x.id, x.reason.split(':')[0]])).toEqual([['monitoring/host', 'hostNetwork']]);
  });
});
