import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { netConf } from './lib/fixtures.js';
import rule from './backend-type.js';

ruleTester(rule, {
  valid: [
    { name: 'vxlan', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}') },
    { name: 'upper case: flanneld lower-cases the type before looking it up', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "VXLAN"}}') },
    { name: 'host-gw, lower-case keys', code: netConf('{"network": "10.244.0.0/16", "backend": {"type": "host-gw"}}') },
  ],
  invalid: [
    { name: 'upper case with a space', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "VXLAN "}}'), errors: [{ messageId: 'unknown', line: 5, column: 68, endColumn: 76, message: /did you mean "vxlan"/ }] },
    { name: 'Backend without Type', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"VNI": 1}}'), errors: [{ messageId: 'noType', line: 5, column: 59 }] },
    // JSON null is a Backend without a Type, not one that fails to decode (flannel pkg/subnet/config.go parseBackendType).
    { name: 'Backend null', code: netConf('{"Network": "10.244.0.0/16", "Backend": null}'), errors: [{ messageId: 'noType', line: 5, column: 59 }] },
    { name: 'an empty Type', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": ""}}'), errors: [{ messageId: 'noType', line: 5, column: 68 }] },
    { name: 'a numeric Type', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": 1}}'), errors: [{ messageId: 'notString', line: 5, column: 68 }] },
    { name: 'Backend is a string', code: netConf('{"Network": "10.244.0.0/16", "Backend": "vxlan"}'), errors: [{ messageId: 'notObject', line: 5, column: 59 }] },
  ],
});
