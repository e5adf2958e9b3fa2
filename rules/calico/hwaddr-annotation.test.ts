import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './hwaddr-annotation.js';

const pod = (mac: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/hwAddr: "${mac}"\nspec:\n  containers: [{ name: c, image: i }]\n`;

ruleTester(rule, {
  valid: [
    // Go net.ParseMAC: six, eight or twenty bytes, with ':' or '-' or in dotted groups of four hex digits.
    { name: 'colon, hyphen and dotted forms', code: [pod('0a:58:0a:f4:00:05'), pod('0A-58-0A-F4-00-05'), pod('0a58.0af4.0005')].join('---\n') },
    { name: 'a pod without the annotation', code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: [{ name: c, image: i }]\n' },
  ],
  invalid: [
    {
      // calico_cni_k8s_test.go (v3.32.1) "invalid MAC address" expects the ADD to fail.
      name: 'words, and a MAC with five bytes',
      code: [pod('invalid MAC address'), pod('0a:58:0a:f4:00')].join('---\n'),
      errors: [
        { messageId: 'invalid', line: 6, column: 35, message: 'cni.projectcalico.org/hwAddr "invalid MAC address" is not a MAC address (Go net.ParseMAC): Calico\'s CNI plugin fails the pod\'s network set-up and the pod never starts' },
        { messageId: 'invalid', line: 15, column: 35 },
      ],
    },
  ],
});
