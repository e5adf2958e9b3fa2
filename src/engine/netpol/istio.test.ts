// Istio 1.30's injector webhook selectors and injection template (see istio.ts), case by case.
import { describe, expect, it } from 'vitest';
import { istioInjects, withIstioLabels } from './istio.js';

describe('istioInjects', () => {
  it.each([
    ['namespace istio-injection=enabled', 'apps', {}, { 'istio-injection': 'enabled' }, true],
    ['namespace enabled, pod opts out', 'apps', { 'sidecar.istio.io/inject': 'false' }, { 'istio-injection': 'enabled' }, false],
    ['namespace istio-injection=disabled, pod asks', 'apps', { 'sidecar.istio.io/inject': 'true' }, { 'istio-injection': 'disabled' }, false],
    ['namespace istio.io/rev', 'apps', {}, { 'istio.io/rev': 'canary' }, true],
    ['no namespace label, pod istio.io/rev', 'apps', { 'istio.io/rev': 'default' }, {}, true],
    ['no namespace label, pod sidecar.istio.io/inject=true', 'apps', { 'sidecar.istio.io/inject': 'true' }, {}, true],
    ['no label anywhere', 'apps', { app: 'web' }, {}, false],
    ['kube-system is never injected', 'kube-system', {}, { 'istio-injection': 'enabled' }, false],
  ])('%s', (_name, namespace, labels, namespaceLabels, injected) => {
    expect(istioInjects(namespace, labels, namespaceLabels)).toBe(injected);
  });
});

describe('withIstioLabels', () => {
  const enabled = { 'istio-injection': 'enabled' };
  it('takes the canonical name from app.kubernetes.io/name, then app, then the workload, and the revision from the version labels', () => {
    expect(withIstioLabels('apps', { 'app.kubernetes.io/name': 'trainer', app: 'x', 'app.kubernetes.io/version': 'v2' }, enabled, 'kubeflow-trainer')).toEqual({
      'app.kubernetes.io/name': 'trainer',
      app: 'x',
      'app.kubernetes.io/version': 'v2',
      'security.istio.io/tlsMode': 'istio',
      'service.istio.io/canonical-name': 'trainer',
      'service.istio.io/canonical-revision': 'v2',
    });
    expect(withIstioLabels('apps', { app: 'web', version: 'v1' }, enabled, 'web-deploy')).toMatchObject({ 'service.istio.io/canonical-name': 'web', 'service.istio.io/canonical-revision': 'v1' });
    expect(withIstioLabels('apps', {}, enabled, 'worker')).toMatchObject({ 'service.istio.io/canonical-name': 'worker', 'service.istio.io/canonical-revision': 'latest' });
  });

  it('keeps the labels the pod writes itself, and cuts a long name to 63 characters without a trailing dash', () => {
    expect(withIstioLabels('apps', { 'service.istio.io/canonical-name': 'mine', 'security.istio.io/tlsMode': 'disabled' }, enabled, 'w')).toMatchObject({ 'service.istio.io/canonical-name': 'mine', 'security.istio.io/tlsMode': 'disabled' });
    const long = `${'a'.repeat(62)}-b`;
    expect(withIstioLabels('apps', {}, enabled, long)['service.istio.io/canonical-name']).toBe('a'.repeat(62));
  });

  it('leaves a pod that is not injected as it is', () => {
    const labels = { app: 'web' };
    expect(withIstioLabels('apps', labels, {}, 'web')).toBe(labels);
  });
});
