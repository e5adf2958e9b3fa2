import { reportIn } from '../cni/lib/json-source.js';
import { defineRule } from '../../src/engine/rule.js';
import { isGoInt64Literal, isGoIntegerLiteral, isObject } from '../../src/engine/values.js';
import { BACKEND_FIELDS, WINDOWS_ONLY_FIELDS } from './lib/backends.js';
import type { FieldSpec } from './lib/backends.js';
import { FAMILIES, familyEnabled, fieldKey, flannelConfigOf } from './lib/net-conf.js';

/** Linux IFNAMSIZ is 16 bytes with the terminating NUL (include/uapi/linux/if.h; dev_valid_name refuses longer names). */
const MAX_IFNAME = 15;

export default defineRule({
  meta: {
    id: 'flannel/backend-fields',
    description: 'The `Backend` fields of the chosen backend must have the type and range flannel decodes (vxlan `VNI` 0-16777215, udp and wireguard ports 0-65535, booleans such as `DirectRouting`, wireguard `Mode`, an ipsec `PSK` of at least 96 characters); a field the backend does not read is ignored.',
    severity: 'error',
    remediation: 'Spell fields as flannel\'s backend documentation does, and remove one the backend does not read; write numbers and booleans without quotes, keep ports in 0-65535 (a vxlan port in 1-65535; 0 is the kernel\'s default) and the VNI below 2^24.',
    kinds: ['ConfigMap'],
    messages: {
      type: 'Backend.{{key}} must be {{want}}, not {{got}}: the {{backend}} backend fails to decode its config and flanneld exits',
      range: 'Backend.{{key}} {{value}} is not {{range}}',
      oneOf: 'Backend.{{key}} "{{value}}" is not one of {{allowed}}: the {{backend}} backend fails with "no valid Mode configured"',
      pskShort: 'Backend.PSK must be at least {{min}} characters: the ipsec backend fails with "password is too short"',
      pskMissing: 'the ipsec backend needs "PSK" (at least {{min}} characters): without it flanneld fails with "password is too short"',
      unknown: 'the {{backend}} backend does not read Backend.{{key}}, so it has no effect (it reads {{known}})',
      wireguardKey: 'Backend.PSK is not a WireGuard key (44 characters of base64 for 32 bytes, as `wg genpsk` prints): flanneld fails with "could not parse psk"',
      portWraps: 'Backend.Port {{value}} is not a UDP port (0-65535): flannel hands it to the kernel as 16 bits, so the VXLAN devices use {{port}} without a word',
      portIgnored: 'Backend.Port {{value}} is not a UDP port (0-65535): flannel hands only a positive port to the kernel, so the VXLAN devices use the kernel\'s default VXLAN port (8472)',
      deviceName: 'Backend.VNI {{vni}} names the VXLAN device {{name}} ({{length}} characters): a Linux interface name holds at most 15, so flanneld fails to create it',
    },
    docs: 'The backend decodes `Backend` when flanneld starts, whatever the subnet manager, so a decode failure is an error everywhere. Keys match case-insensitively, as Go decodes them; an unknown key is only a warning (Go ignores it). The vxlan backend names its devices `flannel.<VNI>` and, with `EnableIPv6`, `flannel-v6.<VNI>` (`createVXLANDevice`); Linux refuses interface names over 15 characters, so a VNI of 10,000,000 or more (10,000 or more with IPv6) cannot be used. The vxlan `Port` is handed to the kernel by netlink only when positive and as 16 bits, so flanneld starts with any number: one above 65535 becomes another port (70000 is 4464), a negative one leaves the kernel\'s default (8472), both warnings. Source: the config structs in flannel `pkg/backend/{vxlan,udp,ipip,ipsec,wireguard,hostgw,tencentvpc,extension}`; `Documentation/backends.md`; Linux `drivers/net/vxlan` (VNI limit), `include/uapi/linux/if.h` (IFNAMSIZ).',
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    const backendType = fc?.backendType?.toLowerCase();
    const fields = backendType === undefined ? undefined : BACKEND_FIELDS[backendType];
    if (!fc || !fields) return;
    const bk = fieldKey(fc.conf, 'Backend')!;
    const backend = fc.conf[bk];
    if (!isObject(backend)) return;
    const names = Object.keys(fields);
    for (const [k, value] of Object.entries(backend)) {
      if (k.toLowerCase() === 'type') continue;
      const name = names.find((n) => n.toLowerCase() === k.toLowerCase());
      const problem = name === undefined ? { messageId: 'unknown', severity: 'warning' as const, data: { known: knownFields(backendType!, names) } } : problemOf(fields[name]!, value, () => fc.source.literal([bk, k]));
      if (problem) reportIn(ctx, fc.source, [bk, k], { ...problem, data: { key: name ?? k, backend: backendType!, ...problem.data } });
    }
    // The vxlan backend names its devices flannel.<VNI> and, with IPv6, flannel-v6.<VNI> (vxlan.go createVXLANDevice).
    const vniKey = backendType === 'vxlan' ? fieldKey(backend, 'VNI') : undefined;
    const vni = vniKey === undefined ? undefined : backend[vniKey];
    if (typeof vni === 'number' && Number.isInteger(vni) && vni >= 0 && vni <= 16777215) {
      for (const f of FAMILIES) {
        const name = `${f.v === 4 ? 'flannel' : 'flannel-v6'}.${vni}`;
        if (familyEnabled(fc.conf, f) && name.length > MAX_IFNAME) reportIn(ctx, fc.source, [bk, vniKey!], { messageId: 'deviceName', data: { vni, name, length: name.length } });
      }
    }
    if (backendType === 'ipsec' && fieldKey(backend, 'PSK') === undefined) reportIn(ctx, fc.source, [bk], { messageId: 'pskMissing', data: { min: 96 } });
  },
});

const WANT = { int: 'a whole number', bool: 'true or false', string: 'a string' };

/** The fields a backend reads, for the unknown-field message: those only Windows reads said so. */
function knownFields(backend: string, names: readonly string[]): string {
  if (names.length === 0) return 'no field but Type';
  const windows = WINDOWS_ONLY_FIELDS[backend] ?? [];
  const linux = names.filter((n) => !windows.includes(n));
  return windows.length === 0 ? names.join(', ') : `${linux.join(', ')}; on Windows also ${windows.join(', ')}`;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `the string "${value}"` : JSON.stringify(value);
}

/**
 * What flannel's decoder or backend would refuse about this value, or null. JSON null keeps Go's
 * default. `literal` gives a number's text as written: Go stores it into an int field with
 * strconv.ParseInt (`4096.0` fails).
 */
function problemOf(spec: FieldSpec, value: unknown, literal: () => string | undefined): { messageId: string; severity?: 'warning'; data: Record<string, string | number> } | null {
  if (value === null) return null;
  const fits = spec.kind === 'int' ? typeof value === 'number' && Number.isInteger(value) : spec.kind === 'bool' ? typeof value === 'boolean' : typeof value === 'string';
  if (!fits) return { messageId: 'type', data: { want: WANT[spec.kind], got: describe(value) } };
  const written = spec.kind === 'int' ? literal() : undefined;
  if (written !== undefined && !isGoIntegerLiteral(written, true)) return { messageId: 'type', data: { want: 'a whole number written with digits and a sign only', got: written } };
  // A Go int is 64 bits: a larger number fails to decode (strconv.ParseInt, "value out of range").
  if (written !== undefined && !isGoInt64Literal(written)) return { messageId: 'type', data: { want: 'a whole number that fits 64 bits', got: written } };
  if (spec.kind === 'int' && spec.netlinkPort) {
    // Exact, past 2^53: the literal as written, not the JavaScript number.
    const n = written !== undefined ? BigInt(written) : BigInt(value as number);
    // The kernel's VXLAN port when none is given: Linux drivers/net/vxlan's udp_port module parameter, 8472.
    if (n < 0n) return { messageId: 'portIgnored', severity: 'warning', data: { value: String(n) } };
    if (n > 65535n) {
      // Go's uint16(int) keeps the low 16 bits.
      const port = Number(n & 0xffffn);
      return { messageId: 'portWraps', severity: 'warning', data: { value: String(n), port: port === 0 ? "the kernel's default VXLAN port (8472)" : `UDP port ${port}` } };
    }
  }
  if (spec.kind === 'int' && ((spec.min !== undefined && (value as number) < spec.min) || (spec.max !== undefined && (value as number) > spec.max))) return { messageId: 'range', data: { value: value as number, range: spec.range ?? '' } };
  if (spec.kind === 'string' && spec.oneOf && !spec.oneOf.includes(value as string)) return { messageId: 'oneOf', data: { value: value as string, allowed: spec.oneOf.join(', ') } };
  if (spec.kind === 'string' && spec.minLength !== undefined && (value as string).length < spec.minLength) return { messageId: 'pskShort', data: { min: spec.minLength } };
  if (spec.kind === 'string' && spec.wireguardKey && value !== '' && !isWireguardKey(value as string)) return { messageId: 'wireguardKey', data: {} };
  return null;
}

/** wgtypes.ParseKey: standard base64 (padded; Go's StdEncoding ignores the last character's spare bits) of exactly 32 bytes, as `wg genpsk` prints. */
function isWireguardKey(text: string): boolean {
  return /^[A-Za-z0-9+/]{43}=$/.test(text);
}
