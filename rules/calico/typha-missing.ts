import { derived } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { calicoConfigValue, calicoNodeInstalls } from './lib/calico-node-env.js';

const TYPHA_THRESHOLD = 50;

/** Whether the input deploys Typha (a Deployment named for it), once per lint. */
const typhaDeployed = derived('calico/typha-deployed', (m) => m.byKind('apps/Deployment').some((d) => /typha/.test(d.name)));

export default defineRule({
  meta: {
    id: 'calico/typha-missing',
    description:
      'A manifest install of Calico (calico-node DaemonSet) without Typha on more than 50 nodes: every calico-node watches the Kubernetes API directly, which Calico advises against at that size (the operator adds Typha itself). Needs the node inventory or `cluster.nodeCount`.',
    severity: 'warning',
    remediation: 'Install with the Typha manifest (`calico-typha.yaml`) or the operator, so `typha_service_name` names the Typha service.',
    kinds: ['ConfigMap', 'apps/DaemonSet'],
    messages: { noTypha: 'Typha is off ({{how}}) on a {{nodes}}-node cluster; Calico recommends Typha above 50 nodes' },
  },
  check(resource, ctx) {
    const nodes = ctx.model.facts.nodeCount;
    if (nodes === null || nodes <= TYPHA_THRESHOLD) return;
    if (typhaDeployed(ctx.model)) return;
    for (const install of calicoNodeInstalls(ctx.model)) {
      const env = install.env.get('FELIX_TYPHAK8SSERVICENAME');
      const setting = calicoConfigValue(ctx.model, install, 'typha_service_name');
      if (env && env.value !== 'none' && env.value !== '') continue;
      if (setting && setting.value !== 'none' && setting.value !== '') continue;
      if (setting) {
        if (setting.resource === resource) ctx.report({ path: setting.path, messageId: 'noTypha', data: { how: `typha_service_name is "${setting.value}"`, nodes: String(nodes) } });
      } else if (install.daemonSet === resource) {
        ctx.report({ path: ['metadata', 'name'], messageId: 'noTypha', data: { how: 'no Typha service configured', nodes: String(nodes) } });
      }
    }
  },
});
