import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './kubecontrollersconfig-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'the default configuration', code: `
      apiVersion: projectcalico.org/v3
      kind: KubeControllersConfiguration
      metadata: { name: default }
      spec:
        logSeverityScreen: Info
        healthChecks: Enabled
        controllers:
          node: { reconcilerPeriod: 5m, syncLabels: Enabled, hostEndpoint: { autoCreate: Disabled } }
          policy: { reconcilerPeriod: 5m }
    ` },
  ],
  invalid: [
    {
      name: 'lower-case log level, unknown auto-create value, controllers missing',
      code: `
        apiVersion: projectcalico.org/v3
        kind: KubeControllersConfiguration
        metadata: { name: default }
        spec:
          logSeverityScreen: invalid
          etcdV3CompactionPeriod: 10m
      `,
      errors: [
        { messageId: 'violation', line: 4, column: 1, message: 'spec.controllers is required (got (missing))' },
        { messageId: 'violation', line: 5, column: 22 },
      ],
    },
  ],
});
