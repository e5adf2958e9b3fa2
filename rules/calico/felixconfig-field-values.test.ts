import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './felixconfig-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'typical settings with upstream-accepted values', code: `
      apiVersion: projectcalico.org/v3
      kind: FelixConfiguration
      metadata: { name: default }
      spec:
        logSeverityScreen: Info
        iptablesBackend: NFT
        defaultEndpointToHostAction: Drop
        bpfExternalServiceMode: DSR
        bpfDataIfacePattern: "^(en|eth).*"
        wireguardInterfaceName: wg0
        wireguardListeningPort: 51820
        bpfExtToServiceConnmark: 0
        bpfForceTrackPacketsFromIfaces: ["docker+"]
        prometheusMetricsHost: "fe80::ea7a:70fa:cf74:25d5"
        featureDetectOverride: "ChecksumOffloadBroken=true,"
    ` },
    // HealthTimeoutOverride writes `timeout` (a metav1.Duration) and ProtoPort writes `port` without
    // omitempty: through the v3 API the missing ones reach the CRD as "0s" and 0, which it takes.
    { name: 'through the v3 API, an override without timeout and a failsafe port without port', code: `
      apiVersion: projectcalico.org/v3
      kind: FelixConfiguration
      metadata: { name: default }
      spec:
        healthTimeoutOverrides: [{ name: InternalDataplaneMainLoop }]
        failsafeOutboundHostPorts: [{ protocol: UDP }]
    ` },
  ],
  invalid: [
    {
      // Applied to the CRD as written, its `required` refuses both.
      name: 'through the CRD, an override without timeout and a failsafe port without port',
      code: `
        apiVersion: crd.projectcalico.org/v1
        kind: FelixConfiguration
        metadata: { name: default }
        spec:
          healthTimeoutOverrides: [{ name: InternalDataplaneMainLoop }]
          failsafeOutboundHostPorts: [{ protocol: UDP }]
      `,
      errors: [
        { messageId: 'violation', line: 5, column: 28, message: 'spec.healthTimeoutOverrides[0].timeout is required (got (missing))' },
        { messageId: 'violation', line: 6, column: 31, message: 'spec.failsafeOutboundHostPorts[0].port is required (got (missing))' },
      ],
    },
    {
      // Where the input installs the projectcalico.org CRDs themselves (calico-v3-crds.yaml), kubectl
      // applies a v3 object to them as written: no re-writing, the raw value meets the pattern.
      name: 'durations of a v3 object where the input installs Calico\'s v3 CRDs: checked as written',
      code: {
        'crd.yaml': 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: felixconfigurations.projectcalico.org }\nspec:\n  group: projectcalico.org\n  names: { kind: FelixConfiguration, plural: felixconfigurations }\n  scope: Cluster\n  versions: [{ name: v3, served: true, storage: true, schema: { openAPIV3Schema: { type: object } } }]\n',
        'v3.yaml': 'apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: { name: default }\nspec:\n  routeRefreshInterval: 1500ms\n  iptablesRefreshInterval: 0.5s\n',
      },
      errors: [{ file: 'v3.yaml', messageId: 'violation', line: 6, column: 28, message: /^spec\.iptablesRefreshInterval must match .* \(got "0\.5s"\)$/ }],
    },
    {
      // calicoctl and Calico's API server decode a projectcalico.org/v3 object and encode it again
      // before the CRD's schema runs (crd_validation.go toUnstructured): a metav1.Duration arrives as
      // Go's Duration.String writes it. FelixConfiguration's pattern (v3.32.1) doubles its backslash,
      // so no fraction matches: 1500ms (sent as 1.5s) is refused, 0.5s (sent as 500ms) is taken.
      // A crd.projectcalico.org/v1 object reaches the CRD as written, so there it is the other way round.
      name: 'durations as they reach Calico\'s schema: re-written through the v3 API, as written through the CRD; one Go cannot hold is refused either way',
      code: {
        'v3.yaml': 'apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: { name: default }\nspec:\n  routeRefreshInterval: 1500ms\n  iptablesRefreshInterval: 0.5s\n  reportingInterval: 90s\n  liveMigrationRouteConvergenceTime: 1500ms\n',
        'v1.yaml': 'apiVersion: crd.projectcalico.org/v1\nkind: FelixConfiguration\nmetadata: { name: default }\nspec:\n  routeRefreshInterval: 1500ms\n  iptablesRefreshInterval: 0.5s\n  reportingInterval: 9999999999h\n',
      },
      errors: [
        {
          file: 'v1.yaml',
          messageId: 'violation',
          line: 6,
          column: 28,
          message: /^spec\.iptablesRefreshInterval must match .* \(got "0\.5s"\)$/,
        },
        // More than Go's 2562047h: time.ParseDuration refuses it (overflow).
        { file: 'v1.yaml', messageId: 'violation', line: 7, column: 22, message: /^spec\.reportingInterval must be a duration such as 90s/ },
        {
          file: 'v3.yaml',
          messageId: 'durationSent',
          line: 5,
          column: 25,
          message:
            'spec.routeRefreshInterval "1500ms" reaches Calico\'s schema as "1.5s" (calicoctl and Calico\'s API server re-write a duration as Go prints it), which the CRD\'s pattern ^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$ refuses: its doubled backslash matches no fraction, so write whole seconds, or whole milliseconds under a second',
        },
      ],
    },
    {
      // Tigera's Calico Cloud workshops set it for L7 logs; open-source felixconfig.go has no such field.
      name: 'tproxyMode, an Enterprise field, on open-source Calico: said whose it is',
      code: 'apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: { name: default }\nspec:\n  tproxyMode: Enabled\n',
      errors: [
        {
          messageId: 'unknownFieldOpenSource',
          line: 5,
          column: 3,
          severity: 'warning',
          message:
            "spec.tproxyMode is not a field of FelixConfiguration in Calico Open Source (it is Calico Enterprise's and Calico Cloud's, for L7 logs and policy through Envoy): there calicoctl refuses the resource (\"unknown field\"), as does kubectl's strict field validation; Calico Enterprise and Calico Cloud take it",
        },
      ],
    },
    {
      name: "Calico Enterprise's Felix fields, where the input installs Enterprise (a LogStorage), are info naming where",
      code: {
        'logs.yaml': 'apiVersion: operator.tigera.io/v1\nkind: LogStorage\nmetadata: { name: tigera-secure }\nspec: { nodes: { count: 1 } }\n',
        'felix.yaml': 'apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: { name: default }\nspec:\n  flowLogsFileAggregationKindForAllowed: 1\n',
      },
      errors: [
        {
          messageId: 'unknownFieldEnterprise',
          file: 'felix.yaml',
          line: 5,
          column: 3,
          severity: 'info',
          message: 'spec.flowLogsFileAggregationKindForAllowed is not a field of FelixConfiguration in Calico Open Source; the input installs Calico Enterprise (LogStorage tigera-secure in logs.yaml:1), whose added fields netlint does not know: if Enterprise has it, ignore this',
        },
      ],
    },
    {
      // A Calico Cloud workshop: FelixConfiguration's flow and DNS log settings, and an ApplicationLayer that collects L7 logs.
      name: "Enterprise's log settings in a FelixConfiguration (or an ApplicationLayer collecting L7 logs) mark the input as Enterprise: its other unknown fields are info",
      code: {
        'felix.yaml': 'apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: { name: default }\nspec:\n  dnsLogsFlushInterval: 10s\n  flowLogsEnableNetworkSets: true\n',
        'l7/app.yaml': 'apiVersion: operator.tigera.io/v1\nkind: ApplicationLayer\nmetadata: { name: tigera-secure }\nspec: { logCollection: { collectLogs: Enabled } }\n---\napiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: { name: node.a }\nspec:\n  policySyncPathPrefix: /var/run/nodeagent\n  l7LogsFlushInterval: 5s\n',
      },
      errors: [
        { messageId: 'unknownFieldEnterprise', file: 'felix.yaml', line: 5, column: 3, severity: 'info', message: /the input installs Calico Enterprise \(ApplicationLayer tigera-secure logCollection in l7\/app\.yaml:1\)/ },
        { messageId: 'unknownFieldEnterprise', file: 'felix.yaml', line: 6, column: 3, severity: 'info' },
        { messageId: 'unknownFieldEnterprise', file: 'l7/app.yaml', line: 11, column: 3, severity: 'info' },
      ],
    },
    {
      name: 'values the validator rejects, and a misspelt field',
      code: `
        apiVersion: crd.projectcalico.org/v1
        kind: FelixConfiguration
        metadata: { name: default }
        spec:
          logSeveritySys: Critical
          iptablesMangleAllowAction: Drop
          bpfExtToServiceConnmark: -1
          mtuIfacePattern: "*"
          wireguardListeningPort: 0
          wireguardInterfaceName: "wg&0"
          bpfForceTrackPacketsFromIfaces: [cali-123, "cali@456"]
          ipipenabled: true
      `,
      errors: [
        { messageId: 'violation', line: 5, column: 19, message: /Trace\|Debug/ },
        { messageId: 'violation', line: 6, column: 30 },
        { messageId: 'violation', line: 7, column: 28, message: 'spec.bpfExtToServiceConnmark must be >= 0 (got -1)' },
        { messageId: 'violation', line: 8, column: 20, message: /regular expression/ },
        { messageId: 'violation', line: 9, column: 27, message: /> 0/ },
        { messageId: 'violation', line: 10, column: 27 },
        { messageId: 'violation', line: 11, column: 46 },
        // A crd.projectcalico.org/v1 object reaches the CRD as written: names match exactly there.
        { messageId: 'fieldCaseCrd', line: 12, column: 3, severity: 'error', message: 'spec.ipipenabled differs from the field ipipEnabled in case only: the CRD matches names exactly, so kubectl refuses it (strict field validation; with --validate=false the API server drops it): write ipipEnabled' },
      ],
    },
  ],
});
