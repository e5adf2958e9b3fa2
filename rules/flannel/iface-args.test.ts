import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { flanneld } from './lib/fixtures.js';
import rule from './iface-args.js';

ruleTester(rule, {
  valid: [
    { name: 'upstream args', code: flanneld('--ip-masq, --kube-subnet-mgr') },
    { name: 'iface forms and an RE2 flag group', code: flanneld('--iface=eth1, --iface, eth2, "--iface-can-reach=10.0.0.1"') },
    { name: 'RE2-only regex syntax is accepted', code: flanneld('"--iface-regex=(?i)^ENS[0-9]+$"') },
    { name: 'a named group in RE2 spelling', code: flanneld('"--iface-regex=(?P<nic>eth)[0-9]+"') },
    { name: 'quotes around the whole YAML item are YAML\'s, not flanneld\'s', code: flanneld(`'--iface=eth1', "--public-ip=192.0.2.10"`) },
  ],
  invalid: [
    {
      name: 'quotes kept in the value: --iface-regex="eth.*" and --iface=\'eth1\'',
      code: flanneld(`'--iface-regex="eth.*"', "--iface='eth1'"`),
      errors: [
        { messageId: 'quoted', line: 14, column: 16, message: '--iface-regex value "eth.*" keeps its quotes: no shell runs an args list, so flanneld looks for interfaces whose name matches "eth.*", quotes included; write --iface-regex=eth.*' },
        { messageId: 'quoted', line: 14, column: 41, message: /--iface value 'eth1' keeps its quotes.*write --iface=eth1$/ },
      ],
    },
    {
      name: 'a quoted value in its own argument after --iface, and on another flag',
      code: flanneld(`--iface, '"eth0"', '--public-ip="192.0.2.10"'`),
      errors: [
        { messageId: 'quoted', line: 14, column: 25, message: /--iface value "eth0" keeps its quotes.*write eth0$/ },
        { messageId: 'quoted', line: 14, column: 35, message: /--public-ip value "192.0.2.10"/ },
      ],
    },
    {
      name: 'space before and after =',
      code: flanneld('"--iface =eth1", "--iface-regex= ^eth"'),
      errors: [
        { messageId: 'spaces', line: 14, column: 16, message: /flag named "iface "/ },
        { messageId: 'spaces', line: 14, column: 33, message: /leading space/ },
      ],
    },
    {
      name: 'invalid regex, and lookahead (not RE2)',
      code: flanneld('"--iface-regex=eth[0-9", --iface-regex, "^(?!lo)"'),
      errors: [
        { messageId: 'badRegex', line: 14, column: 16 },
        { messageId: 'badRegex', line: 14, column: 56, message: /lookaround/ },
      ],
    },
    {
      name: 'both given: info at the regex',
      code: flanneld('--iface=eth1, "--iface-regex=^ens"'),
      errors: [{ messageId: 'both', line: 14, column: 30, severity: 'info' }],
    },
  ],
});
