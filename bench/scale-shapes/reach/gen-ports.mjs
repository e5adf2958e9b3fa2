// Shape 4: many distinct ports. Every workload declares a named 'http' port whose number varies
// (8000..8499), 'metrics' (9100..9199), a distinct UDP port (20000+i) and an SCTP port every 7th.
// Policies admit clients on the named port, UDP ranges (endPort) around the workload's port,
// a TCP range 30000-30000+k, and egress ranges toward peers. Namespaces of 20 workloads.
import { args, Files, writeOut, ns, workload, service, knp, kubeSystem } from './lib.mjs';
const { out, N, mut } = args();
const f = new Files(); kubeSystem(f);
const PER = 20, nns = Math.ceil(N / PER);
let i = 0;
for (let n = 0; n < nns; n++) {
  const name = `ports-${n}`, file = `ns/${name}.yaml`;
  f.add(file, ns(name, { team: `t${Math.floor(n / 5)}` }));
  f.add(file, knp('default-deny', name, { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
  f.add(file, knp('dns', name, { podSelector: {}, policyTypes: ['Egress'],
    egress: [{ to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 'dns', protocol: 'UDP' }, { port: 'dns-tcp' }] }] }));
  for (let w = 0; w < PER; w++, i++) {
    const app = `svc-${w}`, role = w % 2 ? 'client' : 'server';
    const ports = [{ port: 8000 + (i % 500), name: 'http' }, { port: 9100 + (i % 100), name: 'metrics' }, { port: 20000 + i, name: `udp-${i % 1000}`, protocol: 'UDP' }];
    if (i % 7 === 0) ports.push({ port: 38412, name: 'sctp-ngap', protocol: 'SCTP' });
    if (i % 3 === 0) ports.push({ port: 30000 + (i % 200), name: 'range-a' });
    f.add(file, workload(w % 4 === 0 ? 'StatefulSet' : 'Deployment', app, name, { app, role }, ports));
    f.add(file, service(app, name, { app }, ports.slice(0, 2)));
    const lo = 20000 + i - 5;
    f.add(file, knp(`${app}-in`, name, { podSelector: { matchLabels: { app } }, policyTypes: ['Ingress', 'Egress'],
      ingress: [
        { from: [{ podSelector: { matchLabels: { role: 'client' } } }], ports: [{ port: 'http' }, { port: lo, endPort: lo + ((mut && i % 100 === 0) ? 2 : 10), protocol: 'UDP' }, { port: 30000, endPort: 30000 + (i % 200), protocol: 'TCP' }] },
        { from: [{ namespaceSelector: { matchLabels: { team: `t${Math.floor(n / 5)}` } } }], ports: [{ port: 'metrics' }, { port: 'sctp-ngap', protocol: 'SCTP' }, { port: 9100 + (i % 100) }] },
      ],
      egress: [
        { to: [{ podSelector: { matchLabels: { role: 'server' } } }], ports: [{ port: 8000, endPort: 8499 }, { port: 20000 + i - 50, endPort: 20000 + i + 50, protocol: 'UDP' }] },
        { to: [{ namespaceSelector: { matchLabels: { team: `t${Math.floor(n / 5)}` } } }], ports: [{ port: 'metrics' }, { port: 38412, protocol: 'SCTP' }] },
      ] }));
  }
}
// With `ext` as the third argument (shape 4b): per namespace also an internet egress on 443/8443
// and a partner range on a UDP port range of its own: few external ranges, many port cuts.
if (process.argv[4] === 'ext') { for (let n = 0; n < nns; n++) f.add(`ns/ports-${n}.yaml`, knp("egress-internet", `ports-${n}`, { podSelector: { matchLabels: { role: "client" } }, policyTypes: ["Egress"], egress: [{ to: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] } }], ports: [{ port: 443 }, { port: 8443 }] }, { to: [{ ipBlock: { cidr: "203.0.113.0/24" } }], ports: [{ port: 31000 + n, endPort: 31010 + n, protocol: "UDP" }] }] })); }
writeOut(out, f.m);
