import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { netConf } from './lib/fixtures.js';
import rule from './backend-fields.js';

/** A net-conf with Network 10.244.0.0/16 and this Backend body; the body starts at column 59. */
const backend = (body: string) => netConf(`{"Network": "10.244.0.0/16", "Backend": {${body}}}`);
const PSK = 'k'.repeat(96);

ruleTester(rule, {
  valid: [
    { name: 'vxlan with every Linux field', code: backend('"Type": "vxlan", "VNI": 4096, "Port": 4789, "MTU": 1400, "GBP": false, "Learning": false, "DirectRouting": true') },
    { name: 'lower-case keys and an upper-case type, as Go decodes them', code: backend('"type": "VXLAN", "vni": 1, "directRouting": true') },
    { name: 'Windows vxlan fields', code: backend('"Type": "vxlan", "Name": "vxlan0", "MacPrefix": "0E-2A"') },
    { name: 'null keeps the default', code: backend('"Type": "vxlan", "VNI": null') },
    { name: 'the largest VNI whose device name fits (flannel.9999999)', code: backend('"Type": "vxlan", "VNI": 9999999') },
    { name: 'with IPv6, VNI 9999 (flannel-v6.9999)', code: netConf('{"Network": "10.244.0.0/16", "EnableIPv6": true, "IPv6Network": "fd00:10:244::/56", "Backend": {"Type": "vxlan", "VNI": 9999}}') },
    { name: 'IPv6 only, VNI 9999999 would fit flannel. but IPv4 is off', code: netConf('{"EnableIPv4": false, "EnableIPv6": true, "IPv6Network": "fd00:10:244::/56", "Backend": {"Type": "vxlan", "VNI": 9999}}') },
    { name: 'wireguard with every field', code: backend('"Type": "wireguard", "ListenPort": 51820, "ListenPortV6": 51821, "MTU": 1420, "PSK": "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=", "PersistentKeepaliveInterval": 25, "Mode": "auto"') },
    { name: 'an empty wireguard PSK (none)', code: backend('"Type": "wireguard", "PSK": ""') },
    { name: 'ipsec with a long PSK', code: backend(`"Type": "ipsec", "PSK": "${PSK}", "UDPEncap": true`) },
    { name: 'an unknown backend is flannel/backend-type\'s', code: backend('"Type": "vxlna", "VNI": "x"') },
    // The ends of each range are in it: VNI 0 (the kernel's VXLAN_N_VID is 2^24), ports 0 and 65535.
    { name: 'VNI 0 and port 65535', code: backend('"Type": "vxlan", "VNI": 0, "Port": 65535') },
    { name: 'udp port 0 (flannel picks its default)', code: backend('"Type": "udp", "Port": 0') },
    { name: 'a Backend that is not an object is flannel/net-conf-json\'s', code: netConf('{"Network": "10.244.0.0/16", "Backend": "vxlan"}') },
  ],
  invalid: [
    { name: 'a VNI of 2^24', code: backend('"Type": "vxlan", "VNI": 16777216'), errors: [{ messageId: 'range', line: 5, column: 84, endColumn: 92, severity: 'error', message: /0-16777215/ }] },
    { name: 'a VNI whose device name is 16 characters (flannel.10000000)', code: backend('"Type": "vxlan", "VNI": 10000000'), errors: [{ messageId: 'deviceName', line: 5, column: 84, message: 'Backend.VNI 10000000 names the VXLAN device flannel.10000000 (16 characters): a Linux interface name holds at most 15, so flanneld fails to create it' }] },
    {
      name: 'with IPv6, a VNI of 10000 (flannel-v6.10000)',
      code: netConf('{"Network": "10.244.0.0/16", "EnableIPv6": true, "IPv6Network": "fd00:10:244::/56", "Backend": {"Type": "vxlan", "VNI": 10000}}'),
      errors: [{ messageId: 'deviceName', line: 5, column: 139, message: /flannel-v6\.10000 \(16 characters\)/ }],
    },
    { name: 'a wireguard PSK that is not a key', code: backend('"Type": "wireguard", "PSK": "x"'), errors: [{ messageId: 'wireguardKey', line: 5, column: 88, endColumn: 91 }] },
    // 42 characters and '==': 31 bytes (wgtypes.NewKey wants 32).
    { name: 'a wireguard PSK one byte short', code: backend('"Type": "wireguard", "PSK": "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBm=="'), errors: [{ messageId: 'wireguardKey', line: 5, column: 88 }] },
    { name: 'a quoted port', code: backend('"Type": "vxlan", "Port": "8472"'), errors: [{ messageId: 'type', line: 5, column: 85, endColumn: 91, message: /must be a whole number, not the string "8472"/ }] },
    { name: 'a port written with a fraction', code: backend('"Type": "vxlan", "Port": 8472.0'), errors: [{ messageId: 'type', line: 5, column: 85, endColumn: 91, message: 'Backend.Port must be a whole number written with digits and a sign only, not 8472.0: the vxlan backend fails to decode its config and flanneld exits' }] },
    { name: 'a quoted boolean', code: backend('"Type": "vxlan", "DirectRouting": "true"'), errors: [{ messageId: 'type', line: 5, column: 94, endColumn: 100 }] },
    { name: 'a udp port above 65535', code: backend('"Type": "udp", "Port": 70000'), errors: [{ messageId: 'range', line: 5, column: 83, endColumn: 88 }] },
    { name: 'a udp port one past the last', code: backend('"Type": "udp", "Port": 65536'), errors: [{ messageId: 'range', line: 5, column: 83, endColumn: 88, message: 'Backend.Port 65536 is not a UDP port, 0-65535' }] },
    // The vxlan port goes to the kernel as 16 bits, and only when positive: flanneld starts.
    { name: 'a vxlan port above 65535 becomes another port', code: backend('"Type": "vxlan", "Port": 70000'), errors: [{ messageId: 'portWraps', severity: 'warning', line: 5, column: 85, endColumn: 90, message: 'Backend.Port 70000 is not a UDP port (0-65535): flannel hands it to the kernel as 16 bits, so the VXLAN devices use UDP port 4464 without a word' }] },
    { name: 'vxlan port 65536 is 0 to the kernel: its default', code: backend('"Type": "vxlan", "Port": 65536'), errors: [{ messageId: 'portWraps', severity: 'warning', line: 5, column: 85, endColumn: 90, message: /use the kernel's default VXLAN port \(8472\) without a word$/ }] },
    {
      // Exact past 2^53 (Go keeps the low 16 bits of the int); past 2^63 the int does not decode.
      name: 'vxlan ports beyond what JavaScript numbers hold exactly',
      code: backend('"Type": "vxlan", "Port": 9007199254740993'),
      errors: [{ messageId: 'portWraps', severity: 'warning', line: 5, column: 85, message: /use UDP port 1 without a word$/ }],
    },
    { name: 'a vxlan port beyond 64 bits does not decode', code: backend('"Type": "vxlan", "Port": 9223372036854775808'), errors: [{ messageId: 'type', severity: 'error', line: 5, column: 85, message: /^Backend\.Port must be a whole number that fits 64 bits, not 9223372036854775808/ }] },
    { name: 'a negative vxlan port is not handed to the kernel', code: backend('"Type": "vxlan", "Port": -1'), errors: [{ messageId: 'portIgnored', severity: 'warning', line: 5, column: 85, endColumn: 87, message: /Backend.Port -1 is not a UDP port \(0-65535\): flannel hands only a positive port/ }] },
    { name: 'a negative VNI', code: backend('"Type": "vxlan", "VNI": -1'), errors: [{ messageId: 'range', line: 5, column: 84, endColumn: 86 }] },
    // The largest VNI is in range, but its device name is too long for Linux.
    { name: 'VNI 16777215 (flannel.16777215)', code: backend('"Type": "vxlan", "VNI": 16777215'), errors: [{ messageId: 'deviceName', line: 5, column: 84, message: /flannel\.16777215 \(16 characters\)/ }] },
    { name: 'a wireguard PSK with a character before the key', code: backend('"Type": "wireguard", "PSK": "xyAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk="'), errors: [{ messageId: 'wireguardKey', line: 5, column: 88 }] },
    { name: 'a wireguard Mode in the wrong case', code: backend('"Type": "wireguard", "Mode": "Auto"'), errors: [{ messageId: 'oneOf', line: 5, column: 89, endColumn: 95 }] },
    { name: 'a short ipsec PSK', code: backend('"Type": "ipsec", "PSK": "short"'), errors: [{ messageId: 'pskShort', line: 5, column: 84, endColumn: 91 }] },
    { name: 'ipsec without PSK', code: backend('"Type": "ipsec"'), errors: [{ messageId: 'pskMissing', line: 5, column: 59, severity: 'error' }] },
    { name: 'a field the backend does not read', code: backend('"Type": "vxlan", "DirectRoute": true'), errors: [{ messageId: 'unknown', line: 5, column: 92, severity: 'warning', message: 'the vxlan backend does not read Backend.DirectRoute, so it has no effect (it reads VNI, Port, MTU, GBP, Learning, DirectRouting; on Windows also Name, MacPrefix)' }] },
    { name: 'host-gw reads no VNI', code: backend('"Type": "host-gw", "VNI": 1'), errors: [{ messageId: 'unknown', line: 5, column: 86, severity: 'warning' }] },
  ],
});
