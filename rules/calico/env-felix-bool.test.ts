import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './env-felix-bool.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'the manifest values', code: calicoNode({ FELIX_IPV6SUPPORT: 'false', FELIX_HEALTHENABLED: 'true', FELIX_IPINIPENABLED: 'Y' }) },
    { name: 'empty (skipped) and none (the zero value)', code: calicoNode({ FELIX_IPINIPENABLED: '', FELIX_VXLANENABLED: 'None' }) },
  ],
  invalid: [
    {
      name: 'enabled is not a boolean',
      code: calicoNode({ FELIX_HEALTHENABLED: 'true', FELIX_IPINIPENABLED: 'enabled' }),
      errors: [{ messageId: 'invalid', severity: 'warning', line: envLine(1), column: 22, message: 'FELIX_IPINIPENABLED is "enabled", which Felix does not read as a boolean: it uses the default instead' }],
    },
    { name: 'a space before true, which BoolParam.Parse does not trim', code: calicoNode({ FELIX_IPINIPENABLED: ' true' }), errors: [{ messageId: 'invalid', line: envLine(0), column: 22 }] },
  ],
});
