/**
 * What `kubeadm init` refuses in a ClusterConfiguration's networking before it starts
 * (kubernetes/kubernetes cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateNetworking,
 * ValidateIPNetFromString, ValidatePodSubnetNodeMask, ValidateHostPort; constants.go):
 * - `podSubnet` / `serviceSubnet`: comma-separated CIDRs (netutils.ParseCIDRSloppy: leading zeros
 *   taken), at most two, two being one of each family, each with at least 14 (pods) or 10
 *   (Services) addresses; a Service range's size is cluster/service-subnet-size's;
 * - unless the controller manager's `allocate-node-cidrs` is "false", each pod CIDR must hold a
 *   node's CIDR (`node-cidr-mask-size-ipv4`/`-ipv6`, default 24 and 64) and be at most 16 bits
 *   wider than it, and a mask flag must be an integer;
 * - `controlPlaneEndpoint`: a host (an IP or a DNS-1123 subdomain) with an optional port 1–65535
 *   (kubeadmutil.ParseHostPort).
 * The controller manager's flags are `controllerManager.extraArgs`: a map (v1beta3) or a list of
 * `{name, value}` (v1beta4, the last one of a name wins: GetArgValue with -1).
 */
import { hostBitCidrs } from './lib/host-bits.js';
import { cidrBounds, parseLegacyCidr, parseLegacyIp } from '../../src/engine/cidr.js';
import type { Cidr } from '../../src/engine/cidr.js';
import { dns1123SubdomainError } from '../../src/engine/names.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject, isObject } from '../../src/engine/values.js';

const MIN_POD_ADDRESSES = 14n;
const MIN_SERVICE_ADDRESSES = 10n;
/** kubeadm's ValidatePodSubnetNodeMask: a node's CIDR at most this many bits longer than the pod subnet (constants.go PodSubnetNodeMaskMaxDiff). */
export const NODE_MASK_MAX_DIFF = 16;

/** A controller-manager flag's value from extraArgs (map or name/value list), or undefined. */
function extraArg(extraArgs: unknown, name: string): unknown {
  if (Array.isArray(extraArgs)) return extraArgs.filter((a) => isObject(a) && a.name === name).map((a) => (a as Record<string, unknown>).value).at(-1);
  return isObject(extraArgs) ? extraArgs[name] : undefined;
}

/** The CIDRs of a subnet list and why kubeadm refuses them (parse, count, families, size), or the reason alone. */
function subnets(text: string, minAddresses: bigint): { cidrs: Cidr[]; problem: string | null } {
  const cidrs: Cidr[] = [];
  for (const part of text.split(',')) {
    const parsed = parseLegacyCidr(part);
    if (!parsed.ok) return { cidrs: [], problem: `holds "${part}", which kubeadm cannot parse as a CIDR` };
    cidrs.push(parsed.cidr);
  }
  if (cidrs.length > 2) return { cidrs, problem: 'holds more than two CIDRs: kubeadm takes one, or one of each family for dual stack' };
  if (cidrs.length === 2 && cidrs[0].family === cidrs[1].family) return { cidrs, problem: 'holds two CIDRs of one family: kubeadm takes one, or one of each family for dual stack' };
  for (const c of cidrs) {
    const b = cidrBounds(c);
    if (b.hi - b.lo + 1n < minAddresses) return { cidrs, problem: `holds ${c.text}, with fewer than ${minAddresses} addresses` };
  }
  return { cidrs, problem: null };
}

/** Why kubeadmutil.ParseHostPort refuses `endpoint`, or null. */
function hostPortProblem(endpoint: string): string | null {
  let host = endpoint;
  let port: string | null = null;
  const bracketed = /^\[([^\]]*)\]:([^:]*)$/.exec(endpoint);
  const single = /^([^:]*):([^:]*)$/.exec(endpoint);
  if (bracketed) [host, port] = [bracketed[1], bracketed[2]];
  else if (single) [host, port] = [single[1], single[2]];
  if (port !== null && port !== '' && !(/^[0-9]+$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) return `has port "${port}", not a number from 1 to 65535`;
  if (parseLegacyIp(host) !== null || dns1123SubdomainError(host) === null) return null;
  return `has host "${host}", which is neither an IP address nor a DNS-1123 subdomain`;
}

export default defineRule({
  meta: {
    id: 'cluster/kubeadm-networking',
    description: 'A kubeadm ClusterConfiguration\'s networking must pass kubeadm\'s validation: `podSubnet` and `serviceSubnet` are one CIDR or two of different families, large enough (14 pod, 10 Service addresses); each pod CIDR holds the controller manager\'s node mask (default /24, /64) and is at most 16 bits wider; `controlPlaneEndpoint` is a host (IP or DNS name) with an optional port. Otherwise `kubeadm init` stops.',
    severity: 'error',
    remediation: 'Give CIDRs kubeadm accepts, e.g. `podSubnet: "10.244.0.0/16,fd00:10:244::/56"`, and a node mask (`node-cidr-mask-size-ipv4`) between the pod prefix and 16 bits below it.',
    kinds: ['kubeadm.k8s.io/ClusterConfiguration'],
    messages: {
      invalid: '{{field}} {{why}}: kubeadm refuses the configuration',
      hostBits: '{{field}} holds {{written}}, which has host bits: kubeadm takes the network {{network}} from it, not the range written',
    },
    docs: 'Source: kubernetes/kubernetes cmd/kubeadm/app/apis/kubeadm/validation/validation.go (ValidateNetworking, ValidateIPNetFromString, ValidatePodSubnetNodeMask, ValidateHostPort) and constants.go.',
  },
  check(resource, ctx) {
    const spec = resource.value;
    const networking = asObject(spec.networking);
    const report = (path: string[], why: string) => ctx.report({ path, messageId: 'invalid', data: { field: path.join('.'), why } });
    const hostBits = (field: string, text: string) => {
      for (const h of hostBitCidrs(text)) ctx.report({ path: ['networking', field], messageId: 'hostBits', severity: 'warning', data: { field: `networking.${field}`, ...h } });
    };
    const service = networking.serviceSubnet;
    if (typeof service === 'string' && service !== '') {
      const s = subnets(service, MIN_SERVICE_ADDRESSES);
      if (s.problem !== null) report(['networking', 'serviceSubnet'], s.problem);
      else hostBits('serviceSubnet', service);
    }
    const pod = networking.podSubnet;
    if (typeof pod === 'string' && pod !== '') {
      const p = subnets(pod, MIN_POD_ADDRESSES);
      if (p.problem !== null) report(['networking', 'podSubnet'], p.problem);
      else hostBits('podSubnet', pod);
      const extraArgs = asObject(spec.controllerManager).extraArgs;
      if (p.problem === null && extraArg(extraArgs, 'allocate-node-cidrs') !== 'false') {
        for (const c of p.cidrs) {
          const flag = c.family === 6 ? 'node-cidr-mask-size-ipv6' : 'node-cidr-mask-size-ipv4';
          const written = extraArg(extraArgs, flag);
          const text = typeof written === 'string' && written !== '' ? written : null;
          if (text !== null && !/^[+-]?[0-9]+$/.test(text)) {
            report(['networking', 'podSubnet'], `needs the controller manager's ${flag}, whose value "${text}" is not an integer`);
            continue;
          }
          const mask = text !== null ? Number(text) : c.family === 6 ? 64 : 24;
          if (c.prefix > mask) report(['networking', 'podSubnet'], `holds ${c.text}, smaller than a node's CIDR (/${mask}${text === null ? ', the default' : ` from ${flag}`})`);
          else if (mask - c.prefix > NODE_MASK_MAX_DIFF) report(['networking', 'podSubnet'], `holds ${c.text}, more than ${NODE_MASK_MAX_DIFF} bits wider than a node's CIDR (/${mask}${text === null ? ', the default' : ` from ${flag}`})`);
        }
      }
    }
    const endpoint = spec.controlPlaneEndpoint;
    if (typeof endpoint === 'string' && endpoint !== '') {
      const why = hostPortProblem(endpoint);
      if (why !== null) report(['controlPlaneEndpoint'], why);
    }
  },
});
