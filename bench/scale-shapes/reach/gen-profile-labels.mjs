// Shape: Calico label inheritance. N workloads in N/50 namespaces labelled team t0..t19, half of them
// running as a ServiceAccount labelled role r0..r6; per namespace a GlobalNetworkPolicy selecting by
// pcns.team and app, admitting TCP 8080 from pcsa.role. What grows: namespaces, and the classes the
// inherited labels split.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
const [out, nStr] = process.argv.slice(2);
const N = Number(nStr);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const nsCount = Math.max(1, Math.floor(N / 50));
let file = [];
let f = 0;
const flush = () => { if (file.length) writeFileSync(`${out}/f${f++}.yaml`, file.join('---\n')); file = []; };
for (let n = 0; n < nsCount; n++) {
  file.push(`apiVersion: v1\nkind: Namespace\nmetadata: {name: ns${n}, labels: {team: t${n % 20}}}\n`);
  file.push(`apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: api, namespace: ns${n}, labels: {role: r${n % 7}}}\n`);
  for (let p = 0; p < 50; p++) {
    file.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d${p}, namespace: ns${n}}\nspec:\n  template:\n    metadata: {labels: {app: a${p % 10}}}\n    spec:\n      serviceAccountName: ${p % 2 ? 'api' : 'default'}\n      containers: [{name: c, ports: [{containerPort: 8080}]}]\n`);
  }
  file.push(`apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: g${n}}\nspec:\n  selector: pcns.team == 't${n % 20}' && app == 'a${n % 10}'\n  types: [Ingress]\n  ingress: [{action: Allow, protocol: TCP, source: {selector: "pcsa.role == 'r${n % 7}'"}, destination: {ports: [8080]}}]\n`);
  if (file.length > 200) flush();
}
flush();
console.log(`${N} pods, ${nsCount} namespaces, ${f} files`);
