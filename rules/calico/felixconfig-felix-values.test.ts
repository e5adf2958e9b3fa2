import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './felixconfig-felix-values.js';

const felix = (spec: string) => `apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: { name: default }\nspec: { ${spec} }\n`;

ruleTester(rule, {
  valid: [
    // config_params.go (Calico v3.32.1): names of 1–15 letters, digits, "_", "-", or /regex/ items without spaces.
    { name: 'names and patterns Felix reads', code: felix('interfaceExclude: "kube-ipvs0,/^veth[0-9a-f]+$/", interfacePrefix: "cali,tap"') },
    // numorstring dscp.go: a DSCP value 0-63 or a name in any case; written as a number or a string.
    { name: 'DSCP values and names', code: [felix('istioDSCPMark: 0'), felix('istioDSCPMark: 63'), felix('istioDSCPMark: af41'), felix('istioDSCPMark: "40"')].join('---\n') },
    { name: 'nftablesMode Auto on 3.32, whose Felix added it', code: felix('nftablesMode: Auto'), config: { cluster: { calicoVersion: 'v3.32.1' } } },
    { name: 'nftablesMode Auto with no release known', code: felix('nftablesMode: Auto') },
    // v3.29.7's validator refuses Trace (logLevelRegex): calico/field-not-in-version says so, not this rule.
    { name: 'a value the API of that release refuses is not this rule\'s', code: felix('logSeverityScreen: Trace'), config: { cluster: { calicoVersion: '3.29' } } },
    { name: 'empty or none (the zero value), and a field not written', code: felix('interfaceExclude: "", interfacePrefix: none') + '---\n' + felix('bpfEnabled: true') },
  ],
  invalid: [
    {
      // v3.31.7's and v3.24.6's APIs store these (the FelixConfiguration CRD lists nftablesMode Auto
      // from v3.30; bpfEnforceRPF is a free string in v3.24), but their Felix's oneof parameters lack
      // them (felix/config/config_params.go: NFTablesMode gains Auto in v3.32.1, BPFEnforceRPF Loose
      // in v3.25.2), and OneofListParam refuses an unknown option: Felix keeps the default.
      name: 'nftablesMode Auto on 3.31',
      code: felix('nftablesMode: Auto'),
      config: { cluster: { calicoVersion: '3.31' } },
      errors: [{ messageId: 'newerOption', severity: 'warning', line: 4, column: 23, message: 'nftablesMode "Auto": Felix takes Auto for NFTablesMode from Calico 3.32 on; the API of Calico 3.31 (cluster.calicoVersion) stores it, but its Felix refuses it as unknown and keeps the default' }],
    },
    {
      // On 3.24 nftablesMode itself is newer (v3.29): calico/field-not-in-version reports the field.
      name: 'bpfEnforceRPF Loose on 3.24, and nftablesMode left to the field check',
      code: felix('bpfEnforceRPF: Loose') + '---\n' + felix('nftablesMode: Auto'),
      config: { cluster: { calicoVersion: '3.24' } },
      errors: [{ messageId: 'newerOption', severity: 'warning', line: 4, column: 24, message: /^bpfEnforceRPF "Loose": Felix takes Loose for BPFEnforceRPF from Calico 3\.25 on; the API of Calico 3\.24/ }],
    },
    {
      // config_params_test.go:841 and :844: Felix uses the default kube-ipvs0 for either value.
      name: 'an interface name with @ and !, and a pattern Go does not compile',
      code: felix('interfaceExclude: "not.a.valid.interf@e!!"') + '---\n' + felix('interfaceExclude: "/^kube\\\\K/"'),
      errors: [
        { messageId: 'fallback', severity: 'warning', line: 4, column: 27, message: 'interfaceExclude "not.a.valid.interf@e!!" holds "not.a.valid.interf@e!!", which is neither an interface name (1–15 letters, digits, "_", "-") nor a /regex/: Felix ignores it and uses the default (kube-ipvs0)' },
        { messageId: 'fallback', severity: 'warning', line: 9, column: 27, message: /^interfaceExclude "\/\^kube\\K\/" holds the pattern \/\^kube\\K\/, which Go cannot compile/ },
      ],
    },
    {
      // interfacePrefix is an iface-list with die-on-fail (config_params.go).
      name: 'an interface prefix list with a space: Felix does not start',
      code: felix('interfacePrefix: "cali, tap"'),
      errors: [{ messageId: 'fatal', line: 4, column: 26, message: /^interfacePrefix "cali, tap" is not a comma-separated list of interface names.*: Felix refuses it and does not start$/ }],
    },
    {
      // Felix's DSCPParam refuses these and keeps its default 23 (felix/config/param_types.go, config_params.go).
      name: 'a DSCP above 63 and an unknown DSCP name: Felix keeps its default',
      code: felix('istioDSCPMark: 64') + '---\n' + felix('istioDSCPMark: CS9'),
      errors: [
        { messageId: 'fallback', severity: 'warning', line: 4, column: 24, message: 'istioDSCPMark "64" is above 63, the largest DSCP value: Felix ignores it and uses the default (23)' },
        { messageId: 'fallback', severity: 'warning', line: 9, column: 24, message: /^istioDSCPMark "CS9" is neither a DSCP value from 0 to 63 nor a DSCP name/ },
      ],
    },
  ],
});
