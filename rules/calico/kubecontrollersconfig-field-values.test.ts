import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './kubecontrollersconfig-field-values.js';

/** A configuration creating host endpoints from one template with these labels (YAML flow text). */
const withTemplateLabels = (labels: string) => `
apiVersion: projectcalico.org/v3
kind: KubeControllersConfiguration
metadata: { name: default }
spec:
  controllers:
    node:
      hostEndpoint:
        autoCreate: Enabled
        templates: [{ generateName: custom, labels: ${labels} }]
`;

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
    {
      name: 'a host endpoint template label written as a number: cluster/label-value-type says so (one finding per value)',
      code: withTemplateLabels('{ tier: 3, zone: "a" }'),
    },
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
    {
      name: 'a template label that is a list: not a label value the label rule reads, so the schema says it',
      code: withTemplateLabels('[tier]'),
      errors: [{ messageId: 'violation', line: 9, column: 45, message: 'spec.controllers.node.hostEndpoint.templates[0].labels must be object (got ["tier"])' }],
    },
  ],
});
