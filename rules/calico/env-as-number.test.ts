import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './env-as-number.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'a private AS number', code: calicoNode({ AS: '64512' }) },
    { name: 'the largest 4-byte AS number', code: calicoNode({ AS: '4294967295' }) },
    { name: 'dotted notation', code: calicoNode({ AS: '1.10' }) },
    { name: 'policy-only Calico does not read it', code: calicoNode({ CALICO_NETWORKING_BACKEND: 'none', AS: 'abc' }) },
    { name: 'built from another variable', code: calicoNode({ AS: '$(NODE_AS)' }) },
  ],
  invalid: [
    { name: 'letters', code: calicoNode({ AS: 'abc' }), errors: [{ messageId: 'invalid', line: envLine(0), column: 22, message: 'AS "abc" is not an AS number (0–4294967295, or X.Y with halves 0–65535): calico-node exits ("The AS number specified in the environment … is not valid")' }] },
    { name: 'past 32 bits', code: calicoNode({ AS: '4294967296' }), errors: [{ messageId: 'invalid', line: envLine(0), column: 22, message: /^AS "4294967296" is not an AS number/ }] },
    { name: 'a dotted half past 16 bits', code: calicoNode({ AS: '1.65536' }), errors: [{ messageId: 'invalid', line: envLine(0), column: 22, message: /^AS "1\.65536"/ }] },
    { name: 'a sign (strconv.ParseUint takes none)', code: calicoNode({ AS: '+64512' }), errors: [{ messageId: 'invalid', line: envLine(0), column: 22, message: /^AS "\+64512"/ }] },
  ],
});
