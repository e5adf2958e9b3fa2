import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './singleton-name.js';

const object = (apiVersion: string, kind: string, name: string) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: ${name} }\nspec: {}\n`;

ruleTester(rule, {
  valid: [
    { name: 'KubeControllersConfiguration default', code: object('projectcalico.org/v3', 'KubeControllersConfiguration', 'default') },
    { name: 'IPAMConfiguration default', code: object('projectcalico.org/v3', 'IPAMConfiguration', 'default') },
    { name: 'the v1 IPAMConfig default', code: object('crd.projectcalico.org/v1', 'IPAMConfig', 'default') },
  ],
  invalid: [
    {
      name: 'another name',
      code: object('projectcalico.org/v3', 'KubeControllersConfiguration', 'controllers'),
      errors: [{ messageId: 'name', line: 3, column: 19, message: 'KubeControllersConfiguration must be named "default" (got "controllers"): Calico refuses any other' }],
    },
    { name: 'an IPAMConfiguration not named default', code: object('projectcalico.org/v3', 'IPAMConfiguration', 'ipam'), errors: [{ messageId: 'name', line: 3, column: 19 }] },
  ],
});
