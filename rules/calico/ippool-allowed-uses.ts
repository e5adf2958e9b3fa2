import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject } from '../../src/engine/values.js';
import { isSet } from './lib/fields.js';

const USES = new Set(['Workload', 'Tunnel', 'LoadBalancer']);

export default defineRule({
  meta: {
    id: 'calico/ippool-allowed-uses',
    description: 'IPPool `allowedUses` holds `Workload`, `Tunnel` or `LoadBalancer`; a LoadBalancer pool serves nothing else, has no IPIP/VXLAN, keeps BGP export on and selects all nodes (`nodeSelector: all()`, the default when unset); a Tunnel pool, and one without `allowedUses` (which means Workload and Tunnel), has no `namespaceSelector` (libcalico-go validator).',
    severity: 'error',
    remediation: 'Give LoadBalancer addresses a pool of their own (`allowedUses: [LoadBalancer]`, no encapsulation, `nodeSelector: all()`), and drop `namespaceSelector` from pools that serve tunnels.',
    kinds: ['calico/IPPool'],
    messages: {
      unknown: 'allowedUses entry {{use}} is not Workload, Tunnel or LoadBalancer',
      lbWith: 'LoadBalancer cannot be used at the same time as {{use}}',
      lbEncap: '{{field}} {{mode}} is not allowed on a LoadBalancer pool',
      lbExport: 'a LoadBalancer pool must not set disableBGPExport: the addresses are announced over BGP',
      lbNodes: 'a LoadBalancer pool must have nodeSelector all() (got {{selector}})',
      tunnelNamespace: 'a pool with the Tunnel use{{how}} cannot have a namespaceSelector: tunnel addresses belong to nodes, not namespaces; set allowedUses: [Workload]',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const uses = asArray(spec.allowedUses);
    const lb = uses.includes('LoadBalancer');
    uses.forEach((u, i) => {
      const path = ['spec', 'allowedUses', i];
      if (typeof u === 'string' && !USES.has(u)) ctx.report({ path, messageId: 'unknown', data: { use: JSON.stringify(u) } });
      else if (lb && u !== 'LoadBalancer') ctx.report({ path, messageId: 'lbWith', data: { use: String(u) } });
    });
    if (lb) {
      for (const field of ['ipipMode', 'vxlanMode']) {
        if (spec[field] === 'Always' || spec[field] === 'CrossSubnet') ctx.report({ path: ['spec', field], messageId: 'lbEncap', data: { field, mode: String(spec[field]) } });
      }
      if (spec.disableBGPExport === true) ctx.report({ path: ['spec', 'disableBGPExport'], messageId: 'lbExport' });
      // An unset or empty nodeSelector is defaulted to all() before the validator runs
      // (libcalico-go/lib/clientv3/ippool.go, validateAndSetDefaults, v3.32.1).
      const unset = spec.nodeSelector === undefined || spec.nodeSelector === null || spec.nodeSelector === '';
      if (!unset && spec.nodeSelector !== 'all()') ctx.report({ path: ['spec', 'nodeSelector'], messageId: 'lbNodes', data: { selector: JSON.stringify(spec.nodeSelector) } });
    }
    // An empty or unset allowedUses is defaulted to [Workload, Tunnel] before the validator runs
    // (libcalico-go/lib/clientv3/ippool.go validateAndSetDefaults, v3.32.1).
    const tunnel = uses.length === 0 || uses.includes('Tunnel');
    if (tunnel && isSet(spec.namespaceSelector)) ctx.report({ path: ['spec', 'namespaceSelector'], messageId: 'tunnelNamespace', data: { how: uses.length === 0 ? ' (allowedUses is unset, so it is [Workload, Tunnel])' : '' } });
  },
});
