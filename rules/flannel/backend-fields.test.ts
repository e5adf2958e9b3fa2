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
    { name: 'wireguard with every field', code: backend('"Type": "wireguard", "ListenPort": 51820, "ListenPortV6": 51821, "MTU": 1420, "PSK": "x", "PersistentKeepaliveInterval": 25, "Mode": "auto"') },
    { name: 'ipsec with a long PSK', code: backend(`"Type": "ipsec", "PSK": "${PSK}", "UDPEncap": true`) },
    { name: 'an unknown backend is flannel/backend-type\'s', code: backend('"Type": "vxlna", "VNI": "x"') },
  ],
  invalid: [
    { name: 'a VNI of 2^24', code: backend('"Type": "vxlan", "VNI": 16777216'), errors: [{ messageId: 'range', line: 5, column: 84, endColumn: 92, severity: 'error', message: /0-16777215/ }] },
    { name: 'a quoted port', code: backend('"Type": "vxlan", "Port": "8472"'), errors: [{ messageId: 'type', line: 5, column: 85, endColumn: 91, message: /must be a whole number, not the string "8472"/ }] },
    { name: 'a quoted boolean', code: backend('"Type": "vxlan", "DirectRouting": "true"'), errors: [{ messageId: 'type', line: 5, column: 94, endColumn: 100 }] },
    { name: 'a udp port above 65535', code: backend('"Type": "udp", "Port": 70000'), errors: [{ messageId: 'range', line: 5, column: 83, endColumn: 88 }] },
    { name: 'a wireguard Mode in the wrong case', code: backend('"Type": "wireguard", "Mode": "Auto"'), errors: [{ messageId: 'oneOf', line: 5, column: 89, endColumn: 95 }] },
    { name: 'a short ipsec PSK', code: backend('"Type": "ipsec", "PSK": "short"'), errors: [{ messageId: 'pskShort', line: 5, column: 84, endColumn: 91 }] },
    { name: 'ipsec without PSK', code: backend('"Type": "ipsec"'), errors: [{ messageId: 'pskMissing', line: 5, column: 59, severity: 'error' }] },
    { name: 'a field the backend does not read', code: backend('"Type": "vxlan", "DirectRoute": true'), errors: [{ messageId: 'unknown', line: 5, column: 92, severity: 'warning', message: /does not read Backend\.DirectRoute.*DirectRouting/ }] },
    { name: 'host-gw reads no VNI', code: backend('"Type": "host-gw", "VNI": 1'), errors: [{ messageId: 'unknown', line: 5, column: 86, severity: 'warning' }] },
  ],
});
