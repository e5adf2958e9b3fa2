/**
 * CIDRs written with host bits (`192.168.0.0/12`): kind and kubeadm read them with Go's
 * net.ParseCIDR, which keeps only the network (192.160.0.0/12), so the range the cluster uses is
 * not the one the config says.
 */
import { formatCidr, isMasked, network, parseGoCidr } from '../../../src/engine/cidr.js';

/** Each comma-separated CIDR of `text` that has host bits, with the network Go takes from it. */
export function hostBitCidrs(text: string): { written: string; network: string }[] {
  return text.split(',').flatMap((part) => {
    const c = parseGoCidr(part.trim());
    return c.ok && !isMasked(c.cidr) ? [{ written: part.trim(), network: formatCidr(network(c.cidr)) }] : [];
  });
}
