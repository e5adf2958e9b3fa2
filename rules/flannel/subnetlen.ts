import { reportIn } from '../cni/lib/json-source.js';
import { defineRule } from '../../src/engine/rule.js';
import { isGoIntegerLiteral } from '../../src/engine/values.js';
import { ETCD_ONLY, FAMILIES, familyEnabled, familyNetwork, fieldKey, flannelConfigOf, isUint } from './lib/net-conf.js';

export default defineRule({
  meta: {
    id: 'flannel/subnetlen',
    description: '`SubnetLen` (per-node subnet size) must be a non-negative integer; for the etcd subnet manager it must also be at most 30 and at least the Network prefix + 2 (`IPv6SubnetLen`: at most 126, at least the IPv6Network prefix + 2).',
    severity: 'error',
    remediation: 'Leave `SubnetLen` out (default 24, or prefix + 2 for small networks) or pick a value between the Network prefix + 2 and 30.',
    kinds: ['ConfigMap'],
    messages: {
      notNumber: '"{{key}}" must be a non-negative whole number: flanneld fails to decode net-conf.json in every mode',
      tooLong: `"{{key}}" {{len}} leaves no room for pods: the maximum is {{max}} (${ETCD_ONLY})`,
      tooShort: `"{{key}}" {{len}} is too short for the network /{{prefix}}: it must be at least {{min}} (at least four node subnets; ${ETCD_ONLY})`,
    },
    docs: 'A value that is not a non-negative integer fails `ParseConfig` (a Go `uint`), which both subnet managers call: an error. The bounds are `CheckNetworkConfig`\'s, which only the etcd subnet manager runs; with `--kube-subnet-mgr` the node subnet is the Node\'s `spec.podCIDR` (kube-controller-manager `--node-cidr-mask-size`), so they are warnings. The bounds apply only to an enabled address family. Source: flannel `pkg/subnet/config.go`, `pkg/subnet/kube/kube.go`.',
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    for (const f of FAMILIES) {
      const key = f.subnetLen;
      const k = fieldKey(fc.conf, key);
      if (k === undefined) continue;
      const len = fc.conf[k];
      // Go decodes null into the zero value, and 0 means the default.
      if (len === null) continue;
      // Go stores a number into the uint field with strconv.ParseUint of its text: 24.0 fails too.
      if (!isUint(len) || !isGoIntegerLiteral(fc.source.literal([k]) ?? String(len), false)) {
        reportIn(ctx, fc.source, [k], { messageId: 'notNumber', data: { key } });
        continue;
      }
      const net = familyNetwork(fc, f);
      if (len === 0 || !familyEnabled(fc.conf, f)) continue;
      if (len > f.maxSubnetLen) reportIn(ctx, fc.source, [k], { messageId: 'tooLong', severity: 'warning', data: { key, len, max: f.maxSubnetLen } });
      else if (net && len < net.prefix + 2) reportIn(ctx, fc.source, [k], { messageId: 'tooShort', severity: 'warning', data: { key, len, prefix: net.prefix, min: net.prefix + 2 } });
    }
  },
});
