import { parseIp } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

/** Why `text` is not a peerIP Calico accepts (an IP, `IPv4:port` or `[IPv6]:port`), or null when it is. */
export function peerIpProblem(text: string): { messageId: 'notIp' | 'badPort' | 'needsBrackets' | 'portOnV6InBrackets'; data: Record<string, string> } | null {
  if (parseIp(text) !== null) return null;
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    // Calico's processIPPort matches `^\[[0-9a-fA-F:.]+\]:(\d+)$`, splits with net.SplitHostPort and
    // takes any address net.ParseIP reads: an IPv4 address in brackets is accepted, and confd's
    // parseIPPort peers with it on that port (libcalico-go validator.go, confd client.go, v3.32.1).
    if (parseIp(bracketed[1]) === null) return { messageId: 'portOnV6InBrackets', data: { address: bracketed[1] } };
    return bracketed[2] === undefined ? { messageId: 'badPort', data: { port: '(none)' } } : portProblem(bracketed[2]);
  }
  const colons = text.split(':').length - 1;
  if (colons === 1) {
    const [address, port] = text.split(':');
    const ip = parseIp(address);
    if (ip === null || ip.family !== 4) return { messageId: 'notIp', data: { value: text } };
    return portProblem(port);
  }
  if (colons > 1) {
    // An IPv6 address with something after it: a port needs the brackets.
    const last = text.lastIndexOf(':');
    if (parseIp(text.slice(0, last)) !== null && /^\d+$/.test(text.slice(last + 1))) return { messageId: 'needsBrackets', data: { address: text.slice(0, last), port: text.slice(last + 1) } };
  }
  return { messageId: 'notIp', data: { value: text } };
}

/** strconv.ParseUint(port, 10, 16), then at least 1 (processIPPort): digits only, leading zeros allowed. */
function portProblem(port: string): { messageId: 'badPort'; data: Record<string, string> } | null {
  if (!/^\d+$/.test(port)) return { messageId: 'badPort', data: { port: port === '' ? '(none)' : port } };
  const n = Number(port);
  return n >= 1 && n <= 65535 ? null : { messageId: 'badPort', data: { port } };
}

export default defineRule({
  meta: {
    id: 'calico/bgppeer-peerip-format',
    description: 'A BGPPeer `peerIP` is an IP address, `IPv4:port` or `[IPv6]:port` with a port from 1 to 65535; Calico rejects anything else.',
    severity: 'error',
    remediation: 'Write the address alone (`192.0.2.10`), or with a port as `192.0.2.10:1790` or `[2001:db8::10]:1790`.',
    kinds: ['calico/BGPPeer'],
    messages: {
      notIp: 'peerIP "{{value}}" is not an IP address (with an optional port)',
      badPort: 'peerIP port {{port}} is not a port from 1 to 65535',
      needsBrackets: 'peerIP "{{address}}:{{port}}": an IPv6 address with a port is written in brackets, [{{address}}]:{{port}}',
      portOnV6InBrackets: 'peerIP brackets hold an IP address (an IPv6 one, as Calico documents the form), not "{{address}}"',
    },
    docs: 'Source: Calico `validator.go` (`validateIPPort` / `processIPPort`); its tests reject `192.168.0.0:0`, `:65536`, `[9000::]:` and `:8552`. The 64-character limit is checked by `calico/bgppeer-field-values`.',
  },
  check(resource, ctx) {
    const peerIP = asObject(resource.value.spec).peerIP;
    if (typeof peerIP !== 'string' || peerIP === '') return;
    const problem = peerIpProblem(peerIP);
    if (problem) ctx.report({ path: ['spec', 'peerIP'], messageId: problem.messageId, data: problem.data });
  },
});
