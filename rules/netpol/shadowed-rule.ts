import { decide } from '../../src/engine/netpol/evaluate.js';
import { matchCond, portMatches } from '../../src/engine/netpol/match.js';
import type { ContainerPort, Party, Rule as PolicyRule } from '../../src/engine/netpol/model.js';
import { policyIndex, policyOf, reachClasses, reachCluster } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';

/** Above this many classes the exhaustive check is skipped (the rule stays silent). */
const MAX_CLASSES = 200;

export default defineRule({
  meta: {
    id: 'netpol/shadowed-rule',
    description: 'An Allow or Pass rule never takes effect: every connection it matches between the input\'s workloads is denied first by a Calico Deny rule evaluated before it (lower order, or earlier in the same policy or tier).',
    severity: 'warning',
    remediation: 'Give the allowing policy a lower `order` than the Deny, narrow the Deny rule, or remove the dead rule.',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: { shadowed: '{{direction}} rule {{index}} never applies: every connection it matches is denied first by {{by}}' },
    docs: `Only inputs with Calico policies and at most ${MAX_CLASSES} endpoint classes (groups of workloads that every policy treats alike) are checked, because every rule is tried against every pair of classes; a larger input is not checked by this rule, and no finding from it then means nothing.`,
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    const cluster = reachCluster(ctx.model);
    if (!policy || !ctx.model.memo('netpol/has-calico-policy', () => cluster.policies.some((p) => p.source === 'calico'))) return;
    const { classes, classOf } = reachClasses(ctx.model);
    if (classes.length > MAX_CLASSES) return;
    const index = policyIndex(ctx.model);
    const m = { cluster, index, classes };
    const peers: Party[] = [...classes.map((c) => c.rep), ...cluster.externals];
    for (const dir of ['ingress', 'egress'] as const) {
      for (const rule of policy[dir] ?? []) {
        if ((rule.action !== 'Allow' && rule.action !== 'Pass') || rule.inert !== undefined) continue;
        const deniers = new Set<string>();
        let matched = false;
        let effective = false;
        const visit = (subject: Party, peer: Party, cell: ContainerPort, dstPorts: readonly ContainerPort[]): void => {
          if (!ruleMatches(rule, subject, peer, cell, dstPorts, m.cluster.namespaces)) return;
          matched = true;
          const v = decide(m.cluster, m.index, dir, subject, peer, cell, dstPorts);
          if (v.reason === 'rule' && v.action === 'Deny' && !(v.policy === policy.id && v.rule === rule.index)) deniers.add(`${v.policy} ${dir} rule ${v.rule}`);
          else effective = true;
        };
        for (const cls of m.classes) {
          const subject = cls.rep;
          if (!matchCond(policy.subject, subject, m.cluster.namespaces)) continue;
          for (const peer of peers) {
            if (peer === subject && cls.members.length < 2) continue;
            if (dir === 'ingress') for (const cell of cls.cells) visit(subject, peer, cell, subject.ports);
            else if (peer.type === 'workload') for (const cell of classOf.get(peer)!.cells) visit(subject, peer, cell, peer.ports);
            if (effective) break;
          }
          if (effective) break;
        }
        if (matched && !effective && deniers.size > 0) {
          ctx.report({ path: rule.path, messageId: 'shadowed', data: { direction: dir, index: rule.index, by: [...deniers].sort().join(', ') } });
        }
      }
    }
  },
});

function ruleMatches(rule: PolicyRule, subject: Party, peer: Party, cell: ContainerPort, dstPorts: readonly ContainerPort[], namespaces: Parameters<typeof matchCond>[2]): boolean {
  return portMatches(rule.ports, cell, dstPorts) && matchCond(rule.local, subject, namespaces) && matchCond(rule.peer, peer, namespaces);
}
