/**
 * What `kind create cluster` refuses in a kind config's `networking` before it makes a node
 * (kubernetes-sigs/kind v0.32.0 pkg/internal/apis/config/validate.go, after the v1alpha4 defaults
 * of default.go: ipFamily ipv4, kubeProxyMode iptables, the family's default subnets):
 * - `ipFamily` is `ipv4`, `ipv6` or `dual`; `kubeProxyMode` is `iptables`, `ipvs`, `nftables` or `none`;
 * - `apiServerPort` is -1 (the container runtime picks), 0 (kind picks) or 1–65535 (validatePort);
 * - `podSubnet` and `serviceSubnet` are comma-separated CIDRs Go's net.ParseCIDR reads (no spaces
 *   trimmed): one for a single-stack cluster, of its family; one or two for `dual`, two being one
 *   of each family (validateSubnets, isDualStackCIDRs).
 */
import { parseGoCidr } from '../../src/engine/cidr.js';
import { NODE_MASK_MAX_DIFF } from './kubeadm-networking.js';
import { hostBitCidrs } from './lib/host-bits.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asObject } from '../../src/engine/values.js';

const FAMILIES = ['ipv4', 'ipv6', 'dual'];
const PROXY_MODES = ['iptables', 'ipvs', 'nftables', 'none'];

/** Why kind refuses `text` as the subnets of a cluster of `family`, or null (validateSubnets). */
function subnetsProblem(text: string, family: string): string | null {
  const parts = text.split(',');
  const families: number[] = [];
  for (const part of parts) {
    const parsed = parseGoCidr(part);
    if (!parsed.ok) return `holds "${part}", which is not a CIDR (Go net.ParseCIDR)`;
    families.push(parsed.cidr.family);
  }
  if (family === 'dual') {
    if (parts.length > 2 || (parts.length === 2 && families[0] === families[1])) return 'must be one CIDR, or two CIDRs of different families, for a dual-stack cluster';
    return null;
  }
  if (parts.length > 1) return `holds ${parts.length} CIDRs: a single-stack cluster takes one`;
  const want = family === 'ipv6' ? 6 : 4;
  return families[0] === want ? null : `is an IPv${families[0]} CIDR in an ${family} cluster`;
}

export default defineRule({
  meta: {
    id: 'cluster/kind-networking',
    description: 'A kind config\'s `networking` must hold values kind accepts: `ipFamily` ipv4, ipv6 or dual; `kubeProxyMode` iptables, ipvs, nftables or none; `apiServerPort` -1 to 65535; `podSubnet` and `serviceSubnet` comma-separated CIDRs, one of the cluster\'s family (two, one of each family, for dual stack). Otherwise `kind create cluster` stops before it makes a node.',
    severity: 'error',
    remediation: 'Write the values kind documents, e.g. `ipFamily: dual` with `podSubnet: "10.244.0.0/16,fd00:10:244::/56"`.',
    kinds: ['kind.x-k8s.io/Cluster'],
    messages: {
      invalid: 'networking.{{field}} {{why}}: kind refuses the config ({{source}})',
      nodeMask: 'networking.podSubnet holds {{cidr}}, {{why}} a node\'s CIDR (/{{mask}}, kubeadm\'s default, which kind keeps): kubeadm init, which kind runs with it, refuses it (ValidatePodSubnetNodeMask) and no node starts',
      hostBits: 'networking.{{field}} holds {{written}}, which has host bits: kind and kubeadm take the network {{network}} from it, not the range written',
    },
  },
  check(resource, ctx) {
    const networking = asObject(resource.value.networking);
    const report = (field: string, why: string, source: string) => ctx.report({ path: ['networking', field] as Path, messageId: 'invalid', data: { field, why, source } });
    const family = typeof networking.ipFamily === 'string' && networking.ipFamily !== '' ? networking.ipFamily : 'ipv4';
    if (!FAMILIES.includes(family)) report('ipFamily', `is "${family}", not ipv4, ipv6 or dual`, '"invalid ipFamily"');
    const mode = networking.kubeProxyMode;
    if (typeof mode === 'string' && mode !== '' && !PROXY_MODES.includes(mode)) report('kubeProxyMode', `is "${mode}", not iptables, ipvs, nftables or none`, '"invalid kubeProxyMode"');
    const port = networking.apiServerPort;
    if (typeof port === 'number' && Number.isInteger(port) && (port < -1 || port > 65535)) report('apiServerPort', `is ${port}, outside -1 to 65535`, '"invalid apiServerPort"');
    if (!FAMILIES.includes(family)) return;
    for (const field of ['podSubnet', 'serviceSubnet']) {
      const text = networking[field];
      if (typeof text !== 'string' || text === '') continue;
      const why = subnetsProblem(text, family);
      if (why !== null) {
        report(field, why, `"invalid ${field === 'podSubnet' ? 'pod' : 'service'} subnet"`);
        continue;
      }
      for (const h of hostBitCidrs(text)) ctx.report({ path: ['networking', field], messageId: 'hostBits', severity: 'warning', data: { field, ...h } });
      // kind hands podSubnet to kubeadm as ClusterConfiguration networking.podSubnet (kind
      // pkg/cluster/internal/kubeadm/config.go), whose validation holds it against the node mask;
      // a kubeadm patch (the cluster's or a node's) may set the mask or turn node CIDRs off, which
      // netlint does not read (kube-ovn's IPv6 kind configs set node-cidr-mask-size-ipv6 on a node).
      if (field === 'podSubnet' && !/node-cidr-mask-size|allocate-node-cidrs/.test(JSON.stringify(resource.value))) {
        for (const part of text.split(',')) {
          const c = parseGoCidr(part);
          if (!c.ok) continue;
          const mask = c.cidr.family === 6 ? 64 : 24;
          const why = c.cidr.prefix > mask ? 'smaller than' : mask - c.cidr.prefix > NODE_MASK_MAX_DIFF ? `more than ${NODE_MASK_MAX_DIFF} bits wider than` : null;
          if (why !== null) ctx.report({ path: ['networking', 'podSubnet'], messageId: 'nodeMask', data: { cidr: part, why, mask: String(mask) } });
        }
      }
    }
  },
});
