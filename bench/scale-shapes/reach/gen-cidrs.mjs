// Shape 3: many policies each with several distinct ipBlock CIDRs and excepts (partner ranges,
// office ranges); external ranges grow with N. Namespaces of 10 workloads; per namespace a
// default-deny for ingress only (egress open, as is common); every 5th workload has an egress
// allow-list of partner CIDRs (which isolates its egress), the others ingress from partner CIDRs.
import { args, Files, writeOut, ns, workload, service, knp, kubeSystem, rng } from './lib.mjs';
const { out, N, mut } = args();
const f = new Files(); kubeSystem(f);
const r = rng(7);
const PER = 10, nns = Math.ceil(N / PER);
const cidr = (k) => { // distinct public-ish /24../28 per k, with an except inside
  const a = 20 + (k >> 16) % 180, b = (k >> 8) & 255, c = k & 255;
  return { cidr: `${a}.${b}.${c}.0/24`, except: [`${a}.${b}.${c}.${(k % 8) * 32}/28`] };
};
let k = 1;
for (let i = 0; i < nns; i++) {
  const name = `ns-${i}`, file = `ns/${name}.yaml`;
  f.add(file, ns(name, { team: `t${i % 30}` }));
  f.add(file, knp('default-deny-ingress', name, { podSelector: {}, policyTypes: ['Ingress'] }));
  for (let w = 0; w < PER; w++) {
    const app = `api-${w}`, port = 8443;
    f.add(file, workload('Deployment', app, name, { app, ns: name }, [{ port, name: 'https' }]));
    f.add(file, service(app, name, { app }, [{ port, name: 'https' }]));
    if (w % 5 === 0) {
      const peers = [0, 1, 2, 3].map(() => { const c = cidr(k++); return { ipBlock: (mut && i % 10 === 0 && w === 0) ? { cidr: c.cidr } : c }; });
      f.add(file, knp(`${app}-egress-partners`, name, { podSelector: { matchLabels: { app } }, policyTypes: ['Egress'],
        egress: [{ to: peers, ports: [{ port: 443 }, { port: 8443 }] },
                 { to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: [{ port: 53, protocol: 'UDP' }] }] }));
    } else {
      const peers = [0, 1, 2].map(() => ({ ipBlock: cidr(k++) }));
      peers.push({ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] } });
      f.add(file, knp(`${app}-ingress-partners`, name, { podSelector: { matchLabels: { app } }, policyTypes: ['Ingress'],
        ingress: [{ from: peers, ports: [{ port: 'https' }] }, { from: [{ podSelector: {} }] }] }));
    }
  }
}
writeOut(out, f.m);
