/**
 * `svc:` query sides: the pods behind a Service, and on `--to` a Service port answered as the
 * pods' target port (kube-proxy's translation), for reach and diff.
 */
import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { diffReach } from './diff.js';
import { allowedEntries, reach, ReachQueryError, type ReachQuery } from './reach.js';

const SHOP = `
apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, ports: [{name: http, containerPort: 8080}, {name: metrics, containerPort: 9090}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports:
  - {name: http, port: 80, targetPort: http}
  - {name: metrics, port: 9090}
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: shop}
spec:
  selector: {app: api}
  ports: [{port: 8000, targetPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: web-headless, namespace: shop}
spec:
  clusterIP: None
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-ingress, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{podSelector: {matchLabels: {app: client}}}], ports: [{port: 80}]}]
`;

const resources = yamlToResources(SHOP);

function ask(query: ReachQuery, input = resources) {
  const report = reach(input, query);
  const allowed = [...allowedEntries(report)].map((e) => `${e.from}->${e.to}${'port' in e && e.port !== undefined ? ` ${e.port}/${e.protocol}` : ` ${e.protocol}`}`);
  return { report, allowed };
}

const queryError = (query: ReachQuery, input = resources): string => {
  try {
    reach(input, query);
  } catch (error) {
    if (error instanceof ReachQueryError) return error.message;
    throw error;
  }
  return 'no error';
};

describe('reach --to svc:NS/NAME', () => {
  it('selects the pods behind the Service, in its namespace: the answer is the one for those pods', () => {
    for (const [service, pods] of [['svc:shop/web', 'shop/web'], ['svc:api', 'shop/api'], ['service:shop/web-headless', 'app=web']]) {
      const viaService = ask({ to: service, explain: true });
      const direct = ask({ to: pods, explain: true });
      expect(viaService.report.query?.text).toBe(`--to ${service}`);
      expect(viaService.report.query?.matched).toBe(direct.report.query?.matched);
      expect(viaService.report.query?.matched).toBeGreaterThan(0);
      expect(viaService.allowed).toEqual(direct.allowed);
    }
  });

  it('answers a Service port on the pods\' target port, and says so: the policy that names the Service port admits nothing through it', () => {
    const { report, allowed } = ask({ from: 'shop/client', to: 'svc:shop/web', port: '80' });
    expect(allowed).toEqual([]);
    expect(report.notes).toEqual([expect.stringMatching(/^Service shop\/web port 80\/TCP goes to its pods' targetPort http: kube-proxy translates .* so the answer is for http\/TCP$/)]);
    // Asked on the pods directly, port 80 is what the policy admits, though nothing listens there.
    expect(ask({ from: 'shop/client', to: 'shop/web', port: '80' }).allowed).toEqual([expect.stringMatching(/->.* 80\/TCP$/)]);
  });

  it('takes the Service port by its name, and a numeric targetPort as a number', () => {
    expect(ask({ to: 'svc:shop/web', port: 'metrics' }).report.notes).toEqual([]);
    const api = ask({ from: 'shop/client', to: 'svc:api', port: '8000' });
    expect(api.allowed).toEqual([expect.stringMatching(/->.* 80\/TCP$/)]);
    expect(api.report.notes).toEqual([expect.stringMatching(/^Service shop\/api port 8000\/TCP goes to its pods' targetPort 80: .* answer is for 80\/TCP$/)]);
  });

  it('asks a headless Service\'s port as given: clients dial its pods directly', () => {
    const { report } = ask({ to: 'svc:shop/web-headless', port: '80' });
    expect(report.query?.text).toBe('--to svc:shop/web-headless --port 80/TCP');
    expect(report.notes).toEqual([expect.stringMatching(/^Service shop\/web-headless is headless \(clusterIP: None\): clients connect to its pods directly/)]);
  });

  it('--from svc: is the pods behind the Service', () => {
    expect(ask({ from: 'svc:shop/web', to: 'shop/api', port: '80' }).allowed).toEqual([expect.stringMatching(/-> *\S+ 80\/TCP$/)]);
  });

  it('is a usage error when the Service is missing, ambiguous, sends nothing to pods, or lacks the port', () => {
    expect(queryError({ to: 'svc:shop/nope' })).toBe('--to "svc:shop/nope": the input holds no Service shop/nope');
    expect(queryError({ to: 'svc:default/web' })).toBe('--to "svc:default/web": the input holds no Service default/web (did you mean svc:shop/web?)');
    expect(queryError({ to: 'svc:kube-dns' })).toMatch(/no Service kube-dns; for the cluster DNS pods netlint stands in for, ask --to kube-system\/kube-dns$/);
    expect(queryError({ to: 'svc:' })).toMatch(/give the Service as svc:NAMESPACE\/NAME or svc:NAME$/);
    const twice = yamlToResources(`${SHOP}---\napiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: other}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n`);
    expect(queryError({ to: 'svc:web' }, twice)).toBe('--to "svc:web": Services named web are in namespaces shop, other: give svc:NAMESPACE/web');
    expect(queryError({ to: 'svc:other/web' }, twice)).toBe('--to "svc:other/web": the Service\'s selector picks no workload of the input in its namespace');
    const external = yamlToResources(`${SHOP}---\napiVersion: v1\nkind: Service\nmetadata: {name: db, namespace: shop}\nspec: {type: ExternalName, externalName: db.example.com}\n`);
    expect(queryError({ to: 'svc:shop/db' }, external)).toMatch(/Service shop\/db is an ExternalName Service \(a DNS name for db\.example\.com\): it sends no connection to pods$/);
    const manual = yamlToResources(`${SHOP}---\napiVersion: v1\nkind: Service\nmetadata: {name: legacy, namespace: shop}\nspec: {ports: [{port: 80}]}\n`);
    expect(queryError({ to: 'svc:shop/legacy' }, manual)).toMatch(/has no selector: its endpoints are written by hand/);
    expect(queryError({ to: 'svc:shop/web', port: '81' })).toBe('--port "81": Service shop/web has no such port (its ports: 80/TCP (http), 9090/TCP (metrics))');
    expect(queryError({ to: 'svc:shop/web', port: 'icmp' })).toMatch(/^--port "icmp": ping to a Service's address does not reach its pods/);
  });

  it('asks a port served on two protocols on both when no protocol is given, as reach asks a bare port; their targets differing, it asks for the protocol', () => {
    const same = yamlToResources(`${SHOP}---\napiVersion: v1\nkind: Service\nmetadata: {name: dns, namespace: shop}\nspec:\n  selector: {app: api}\n  ports: [{name: dns, port: 53, protocol: UDP, targetPort: 5353}, {name: dns-tcp, port: 53, protocol: TCP, targetPort: 5353}]\n`);
    const both = ask({ to: 'svc:shop/dns', port: '53' }, same).report;
    expect(both.query?.text).toBe('--to svc:shop/dns --port 5353');
    expect(both.notes).toEqual([expect.stringMatching(/port 53\/UDP and 53\/TCP goes to its pods' targetPort 5353: .* answer is for 5353$/)]);
    expect(ask({ to: 'svc:shop/dns', port: '53/UDP' }, same).report.notes).toEqual([expect.stringMatching(/port 53\/UDP goes to its pods' targetPort 5353: .* answer is for 5353\/UDP$/)]);
    const split = yamlToResources(`${SHOP}---\napiVersion: v1\nkind: Service\nmetadata: {name: dns, namespace: shop}\nspec:\n  selector: {app: api}\n  ports: [{name: dns, port: 53, protocol: UDP, targetPort: 5353}, {name: dns-tcp, port: 53, protocol: TCP, targetPort: 5354}]\n`);
    expect(queryError({ to: 'svc:shop/dns', port: '53' }, split)).toBe('--port "53": Service shop/dns sends 53/UDP to targetPort 5353 and 53/TCP to targetPort 5354: give the protocol (53/UDP or 53/TCP)');
    expect(ask({ to: 'svc:shop/dns', port: '53/TCP' }, split).report.notes).toEqual([expect.stringMatching(/port 53\/TCP goes to its pods' targetPort 5354/)]);
  });

  it('asks a headless Service port given by name on its number, as clients dial it', () => {
    const named = yamlToResources(`${SHOP}---\napiVersion: v1\nkind: Service\nmetadata: {name: web-direct, namespace: shop}\nspec: {clusterIP: None, selector: {app: web}, ports: [{name: web, port: 8080, targetPort: 8080}]}\n`);
    const { report } = ask({ to: 'svc:shop/web-direct', port: 'web' }, named);
    expect(report.query?.text).toBe('--to svc:shop/web-direct --port 8080/TCP');
    expect(report.notes).toEqual([expect.stringMatching(/is headless .* so the answer is for 8080\/TCP on the pods$/)]);
  });
});

describe('diff --to svc:NS/NAME', () => {
  it('lists what a change opens through the Service, on its pods\' target port, with the note', () => {
    const head = yamlToResources(SHOP.replace('ports: [{port: 80}]}]', 'ports: [{port: http}]}]'));
    const d = diffReach(resources, head, {}, { to: 'svc:shop/web', port: '80' });
    expect(d.opened.map((x) => `${x.from}->${x.to} ${x.port}/${x.protocol}`)).toEqual([expect.stringMatching(/->.* 8080\/TCP$/)]);
    expect(d.notes).toEqual([expect.stringMatching(/^Service shop\/web port 80\/TCP goes to its pods' targetPort http/)]);
    // Without the Service's port, the policy change on 80 is outside the question.
    expect(diffReach(resources, head, {}, { to: 'svc:shop/web', port: '9090' }).opened).toEqual([]);
  });

  it('says so when the Service itself sends the port elsewhere in head: the answer follows head', () => {
    const moved = yamlToResources(SHOP.replace('{name: http, port: 80, targetPort: http}', '{name: http, port: 80, targetPort: metrics}'));
    const d = diffReach(resources, moved, {}, { to: 'svc:shop/web', port: '80' });
    expect(d.notes).toEqual([
      expect.stringMatching(/^Service shop\/web port 80\/TCP goes to its pods' targetPort metrics/),
      'Service shop/web selects other pods or sends the port elsewhere in base than in head: connections through it are answered as head has it',
    ]);
    expect(diffReach(resources, resources, {}, { to: 'svc:shop/web', port: '80' }).notes).toEqual([expect.stringMatching(/targetPort http/)]);
  });
});
