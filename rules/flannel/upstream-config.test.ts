/**
 * flannel's own config checks (flannel v0.28.4 `pkg/subnet/config_test.go`, and every refusal in
 * `ParseConfig`/`CheckNetworkConfig` of `pkg/subnet/config.go` plus main.go's IP-stack check),
 * retold as net-conf.json manifests. The whole built-in rule set runs, as `netlint lint` does.
 *
 * flannel refuses a config in one of two places. `ParseConfig` (JSON decoding) runs under both
 * subnet managers, as does main.go's IP-stack choice: those refusals must be errors.
 * `CheckNetworkConfig` only runs under the etcd subnet manager (`pkg/subnet/etcd`); the kube
 * manager (`--kube-subnet-mgr`) leases each node its podCIDR and never calls it: those refusals
 * must be warnings that say so.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/run.js';
import { dedent } from '../../src/engine/testing/rule-tester.js';
import { BUILTIN_RULES } from '../index.js';
import { netConf } from './lib/fixtures.js';

interface Case {
  name: string;
  /** net-conf.json, on one line. */
  conf: string;
  /** Absent when flannel accepts the config. */
  refused?: {
    /** `every`: ParseConfig or main.go, any subnet manager; `etcd`: CheckNetworkConfig only. */
    by: 'every' | 'etcd';
    rule: string;
    /** The top-level key whose value is wrong; absent for the whole document. */
    at?: string;
  };
}

const V4 = '"Network": "10.3.0.0/16"';
const V6 = '"EnableIPv4": false, "EnableIPv6": true, "IPv6Network": "fc00::/48"';
const VXLAN = '"Backend": {"Type": "vxlan"}';
const conf = (fields: string) => `{${fields}, ${VXLAN}}`;
const accepted = (name: string, fields: string): Case => ({ name, conf: conf(fields) });
const refused = (name: string, fields: string, by: 'every' | 'etcd', rule: string, at?: string): Case => ({ name, conf: conf(fields), refused: { by, rule: `flannel/${rule}`, at } });

const CASES: Case[] = [
  // config_test.go: the four configs upstream accepts.
  accepted('IPv4 defaults (lower-case key)', '"network": "10.3.0.0/16"'),
  accepted('IPv6-only defaults (lower-case keys)', '"enableIPv6": true, "ipv6Network": "fc00::/48", "enableIPv4": false'),
  accepted('IPv4 SubnetMin/SubnetMax/SubnetLen overrides', `${V4}, "SubnetMin": "10.3.5.0", "SubnetMax": "10.3.8.0", "SubnetLen": 28`),
  accepted('IPv6 overrides', `${V6}, "IPv6SubnetMin": "fc00:0:0:1::", "IPv6SubnetMax": "fc00:0:0:f::", "IPv6SubnetLen": 124`),
  // CheckNetworkConfig's edges that still pass.
  accepted('a /23 splits into /25s by default', '"Network": "10.3.0.0/23"'),
  accepted('a /28 is the smallest default network', '"Network": "10.3.0.0/28"'),
  accepted('SubnetLen 30 is the longest', `${V4}, "SubnetLen": 30`),
  accepted('SubnetLen of the prefix + 2 fits four subnets', `${V4}, "SubnetLen": 18`),
  accepted('dual stack', `${V4}, "EnableIPv6": true, "IPv6Network": "fc00::/48"`),
  accepted('IPv4 limits are not checked while IPv4 is off', `${V6}, "SubnetLen": 31, "SubnetMin": "10.9.0.0"`),

  // CheckNetworkConfig, IPv4: only the etcd subnet manager refuses these.
  refused('SubnetLen 31', `${V4}, "SubnetLen": 31`, 'etcd', 'subnetlen', 'SubnetLen'),
  refused('SubnetLen shorter than the prefix + 2', `${V4}, "SubnetLen": 17`, 'etcd', 'subnetlen', 'SubnetLen'),
  refused('a /29 without SubnetLen', '"Network": "10.3.0.0/29"', 'etcd', 'network-cidr', 'Network'),
  refused('SubnetMin outside Network', `${V4}, "SubnetMin": "10.4.1.0"`, 'etcd', 'subnet-range', 'SubnetMin'),
  refused('SubnetMax outside Network', `${V4}, "SubnetMax": "10.2.255.0"`, 'etcd', 'subnet-range', 'SubnetMax'),
  refused('SubnetMin off the /24 boundary', `${V4}, "SubnetMin": "10.3.1.1"`, 'etcd', 'subnet-range', 'SubnetMin'),
  refused('SubnetMax off the /28 boundary', `${V4}, "SubnetLen": 28, "SubnetMax": "10.3.8.8"`, 'etcd', 'subnet-range', 'SubnetMax'),
  refused('SubnetMin above SubnetMax (no subnet to lease)', `${V4}, "SubnetMin": "10.3.9.0", "SubnetMax": "10.3.8.0"`, 'etcd', 'subnet-range', 'SubnetMin'),
  // CheckNetworkConfig, IPv6.
  refused('IPv6SubnetLen 127', `${V6}, "IPv6SubnetLen": 127`, 'etcd', 'subnetlen', 'IPv6SubnetLen'),
  refused('IPv6SubnetLen shorter than the prefix + 2', `${V6}, "IPv6SubnetLen": 49`, 'etcd', 'subnetlen', 'IPv6SubnetLen'),
  refused('an IPv6 /125 without IPv6SubnetLen', '"EnableIPv4": false, "EnableIPv6": true, "IPv6Network": "fc00::/125"', 'etcd', 'network-cidr', 'IPv6Network'),
  refused('IPv6SubnetMin outside IPv6Network', `${V6}, "IPv6SubnetMin": "fc00:1::"`, 'etcd', 'subnet-range', 'IPv6SubnetMin'),
  refused('IPv6SubnetMax off the /64 boundary', `${V6}, "IPv6SubnetMax": "fc00:0:0:ffff::1"`, 'etcd', 'subnet-range', 'IPv6SubnetMax'),

  // Refused under every subnet manager.
  refused('no Network (the kube manager cannot place any podCIDR)', '"SubnetLen": 24', 'every', 'network-cidr'),
  refused('EnableIPv6 without IPv6Network', `${V4}, "EnableIPv6": true`, 'every', 'network-cidr'),
  refused('Network without a prefix length', '"Network": "10.3.0.0"', 'every', 'network-cidr', 'Network'),
  refused('SubnetLen as a string', `${V4}, "SubnetLen": "24"`, 'every', 'subnetlen', 'SubnetLen'),
  refused('a negative SubnetLen', `${V4}, "SubnetLen": -1`, 'every', 'subnetlen', 'SubnetLen'),
  refused('SubnetMin that is no address', `${V4}, "SubnetMin": "10.3.1"`, 'every', 'subnet-range', 'SubnetMin'),
  refused('an IPv6 SubnetMax (not an IPv4 address)', `${V4}, "SubnetMax": "fc00::"`, 'every', 'subnet-range', 'SubnetMax'),
  refused('EnableIPv6 as a string', `${V4}, "EnableIPv6": "true", "IPv6Network": "fc00::/48"`, 'every', 'ip-family', 'EnableIPv6'),
  refused('IPv4 off and IPv6 not on', '"EnableIPv4": false, "Network": "10.3.0.0/16"', 'every', 'ip-family', 'EnableIPv4'),
  { name: 'Backend as a string', conf: `{${V4}, "Backend": "vxlan"}`, refused: { by: 'every', rule: 'flannel/backend-type', at: 'Backend' } },
];

/** net-conf.json sits on line 5 from column 19 in `netConf`; a key's value starts after `"Key": `. */
function columnOf(c: Case, key: string | undefined): number {
  if (key === undefined) return 19;
  const label = `"${key}": `;
  return 19 + c.conf.indexOf(label) + label.length;
}

function flannelFindings(c: Case) {
  const { findings } = lint({ files: [{ path: 'case.yaml', content: dedent(netConf(c.conf)) }], rules: BUILTIN_RULES });
  return findings.filter((f) => f.ruleId.startsWith('flannel/') || f.ruleId.startsWith('input/'));
}

const show = (fs: ReturnType<typeof flannelFindings>) => fs.map((f) => `${f.severity} ${f.ruleId} ${f.line}:${f.column} ${f.message}`);

describe('flannel config checks from upstream', () => {
  it.each(CASES)('$name', (c) => {
    const found = flannelFindings(c);
    const serious = found.filter((f) => f.severity === 'error' || f.severity === 'warning');
    if (!c.refused) {
      expect(show(serious)).toEqual([]);
      return;
    }
    const { by, rule, at } = c.refused;
    const hit = serious.filter((f) => f.ruleId === rule && f.line === 5 && f.column === columnOf(c, at));
    expect(hit.map((f) => f.severity), show(found).join('\n')).toEqual([by === 'every' ? 'error' : 'warning']);
    if (by === 'etcd') {
      expect(hit[0]!.message).toMatch(/etcd subnet manager.*--kube-subnet-mgr/);
      // Nothing else may call it fatal: the kube subnet manager starts with this config.
      expect(show(found.filter((f) => f.severity === 'error'))).toEqual([]);
    }
  });

  it('covers both kinds of refusal and acceptance', () => {
    expect(new Set(CASES.map((c) => c.refused?.by ?? 'accepted'))).toEqual(new Set(['accepted', 'etcd', 'every']));
  });
});
