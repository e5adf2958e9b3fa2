import { reportIn } from '../cni/lib/json-source.js';
import { defineRule } from '../../src/engine/rule.js';
import { FAMILIES, familyEnabled, fieldKey, flannelConfigOf } from './lib/net-conf.js';

/** net-conf.json switches flannel decodes as Go booleans. */
const SWITCHES = ['EnableIPv4', 'EnableIPv6', 'EnableNFTables'];

export default defineRule({
  meta: {
    id: 'flannel/ip-family',
    description: '`EnableIPv4`, `EnableIPv6` and `EnableNFTables` must be JSON booleans, and at least one address family must stay enabled.',
    severity: 'error',
    remediation: 'Write `true`/`false` without quotes; for IPv6 only, set `"EnableIPv4": false, "EnableIPv6": true` and an `IPv6Network`.',
    kinds: ['ConfigMap'],
    messages: {
      notBoolean: '"{{key}}" must be true or false (a JSON boolean, not {{what}}): flanneld fails to decode net-conf.json in every mode',
      noFamily: 'IPv4 is disabled and IPv6 is not enabled: flanneld exits with "none defined stack" in every mode',
    },
    docs: 'Both subnet managers hand the decoded config to main.go, which picks the IP stack from the two switches and exits when neither is on. IPv4 is on unless `EnableIPv4` is false; IPv6 is off unless `EnableIPv6` is true. Source: flannel `pkg/subnet/config.go` `ParseConfig`, `main.go`, `pkg/ipmatch/match.go` `GetIPFamily`.',
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    for (const key of SWITCHES) {
      const k = fieldKey(fc.conf, key);
      const v = k === undefined ? undefined : fc.conf[k];
      // JSON null leaves a Go bool at its default.
      if (v !== undefined && v !== null && typeof v !== 'boolean') reportIn(ctx, fc.source, [k!], { messageId: 'notBoolean', data: { key, what: typeof v === 'string' ? `the string "${v}"` : JSON.stringify(v) } });
    }
    if (FAMILIES.every((f) => !familyEnabled(fc.conf, f))) reportIn(ctx, fc.source, [fieldKey(fc.conf, 'EnableIPv4')!], { messageId: 'noFamily' });
  },
});
