/**
 * flannel backend configs from flannel's own tests (flannel-io/flannel v0.28.9), retold as the
 * `Backend` object of net-conf.json in the kube-flannel-cfg ConfigMap. The whole built-in rule
 * set runs, as `netlint lint` does; only the flannel pack and the loader's input checks are
 * judged: an ACCEPTED config must get no error from `flannel/*` or `input/*` (warnings allowed).
 *
 * At v0.28.9 the only test under `pkg/backend/*` that feeds a backend its config is
 * `pkg/backend/vxlan/fuzz_test.go` FuzzParseVXLANConfig (L27): a fuzz target whose seed corpus
 * (L28–L32) holds hand-written vxlan configs. The fuzz body asserts only that
 * parseVXLANConfig does not panic, so whether each seed is accepted is read off the code:
 * `pkg/backend/vxlan/vxlan.go` parseVXLANConfig (L168) json.Unmarshals the whole Backend object
 * (Type included, vxlan.go L124 passes config.Backend) into VXLANConfig (L159: vni, port, mtu as
 * int, gbp, learning, directRouting as bool) and fails only when that decoding fails; every seed
 * below decodes. The empty seed (L31) is left out: net-conf.json without a Backend makes flanneld
 * pick udp, not vxlan, so no net-conf.json hands vxlan an empty config. There are no config tests
 * for the wireguard, host-gw, ipip, ipsec or udp backends (`pkg/backend/route_network_test.go`
 * tests the route cache, not a config).
 */
import { describeUpstreamCases, type UpstreamCase } from '../../src/engine/testing/upstream-cases.js';
import { dedent } from '../../src/engine/testing/rule-tester.js';
import { BUILTIN_RULES } from '../index.js';
import { netConf } from './lib/fixtures.js';

/** kube-flannel-cfg whose net-conf.json has an IPv4 network and this Backend object. */
const withBackend = (backend: string): Record<string, string> => ({ 'kube-flannel-cfg.yaml': netConf(`{"Network": "10.244.0.0/16", "Backend": ${backend}}`) });
const accepted = (name: string, backend: string): UpstreamCase => ({ name, files: withBackend(backend) });

// pkg/backend/vxlan/fuzz_test.go (v0.28.9), FuzzParseVXLANConfig seed corpus.
const VXLAN_SEEDS: UpstreamCase[] = [
  accepted('VNI 1 and Port 8472 (seed L28)', '{"Type": "vxlan", "VNI": 1, "Port": 8472}'),
  accepted('MTU 1400 with GBP and DirectRouting on (seed L29)', '{"Type": "vxlan", "MTU": 1400, "GBP": true, "DirectRouting": true}'),
  accepted('a Mac key, which VXLANConfig has no field for and Go ignores (seed L30)', '{"Type": "vxlan", "Mac": "00:11:22:33:44:55"}'),
  accepted('no option besides Type (seed L32, "{}")', '{"Type": "vxlan"}'),
];

describeUpstreamCases([['pkg/backend/vxlan/fuzz_test.go (flannel v0.28.9)', VXLAN_SEEDS]], {
  rules: BUILTIN_RULES,
  concerned: (id) => id.startsWith('flannel/') || id.startsWith('input/'),
  content: (_path, text) => dedent(text),
});
