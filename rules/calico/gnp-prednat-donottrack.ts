import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'calico/gnp-prednat-donottrack',
    description: 'A GlobalNetworkPolicy with `preDNAT` or `doNotTrack` must set `applyOnForward: true`; `preDNAT` and `doNotTrack` exclude each other, and a `preDNAT` policy has no egress rules or `Egress` type (libcalico-go validator).',
    severity: 'error',
    remediation: 'Set `applyOnForward: true`, keep only one of `preDNAT`/`doNotTrack`, and move egress rules of a pre-DNAT policy to another policy.',
    kinds: ['calico/GlobalNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: {
      both: 'preDNAT and doNotTrack cannot both be true',
      egress: 'a preDNAT policy cannot have egress rules',
      egressType: "a preDNAT policy cannot have the 'Egress' type",
      forward: 'applyOnForward must be true when {{field}} is true',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const preDNAT = spec.preDNAT === true;
    const doNotTrack = spec.doNotTrack === true;
    if (preDNAT && doNotTrack) ctx.report({ path: ['spec', 'preDNAT'], messageId: 'both' });
    if (preDNAT && asArray(spec.egress).length > 0) ctx.report({ path: ['spec', 'egress'], messageId: 'egress' });
    if (preDNAT) asArray(spec.types).forEach((t, i) => { if (t === 'Egress') ctx.report({ path: ['spec', 'types', i], messageId: 'egressType' }); });
    if ((preDNAT || doNotTrack) && spec.applyOnForward !== true) {
      ctx.report({ path: spec.applyOnForward === undefined ? ['spec'] : ['spec', 'applyOnForward'], messageId: 'forward', data: { field: preDNAT ? 'preDNAT' : 'doNotTrack' } });
    }
  },
});
