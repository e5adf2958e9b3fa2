import { decide } from '../../src/engine/netpol/evaluate.js';
import { matchCond, portMatches } from '../../src/engine/netpol/match.js';
import type { ContainerPort, Party, Policy, Rule as PolicyRule } from '../../src/engine/netpol/model.js';
import { candidateClasses, policyIndex, policyOf, reachClasses, reachCluster, selectingClasses } from '../../src/engine/netpol/rule-support.js';
import { derived } from '../../src/engine/model.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { classSatisfies, type EndpointClass } from '../../src/engine/netpol/matrix.js';
import { defineRule } from '../../src/engine/rule.js';

/**
 * Above this many classes the check is skipped: every rule is tried against pairs of classes. The
 * skip is reported (once, as info), so an input left unchecked does not pass for one without
 * shadowed rules.
 */
export const DEFAULT_MAX_CLASSES = 200;

/** Whether this lint has reported the skip yet: said once, on the first policy checked. */
const skipNotice = derived('netpol/shadowed-rule-skip', () => ({ reported: false }));

export default defineRule({
  meta: {
    id: 'netpol/shadowed-rule',
    description: 'An Allow or Pass rule never takes effect: every connection it matches between the input\'s workloads is denied first by a Calico Deny rule evaluated before it (lower order, or earlier in the same policy or tier).',
    severity: 'warning',
    remediation: 'Give the allowing policy a lower `order` than the Deny, narrow the Deny rule, or remove the dead rule.',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: {
      shadowed: '{{direction}} rule {{index}} never applies: every connection it matches is denied first by {{by}}',
      skipped: 'shadowed rules were not looked for: the input has {{classes}} endpoint classes, over the limit of {{limit}} (option maxClasses)',
    },
    docs: `Only inputs with Calico policies are checked (without a Deny rule nothing can be shadowed), and only up to ${DEFAULT_MAX_CLASSES} endpoint classes (groups of workloads that every policy treats alike) unless the option \`maxClasses\` says otherwise, because each rule is tried against pairs of classes (those the policy selects, and those its peer can match), which can grow with the square of the classes. A larger input is not checked, and the rule says so in one info finding on the first policy.`,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxClasses: {
          type: 'integer',
          minimum: 1,
          default: DEFAULT_MAX_CLASSES,
          description: 'Most endpoint classes checked; above it the rule reports once that it skipped the input (time grows with the square of the classes)',
        },
      },
    },
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    const cluster = reachCluster(ctx.model);
    if (!policy || !ctx.model.memo('netpol/has-calico-policy', () => cluster.policies.some((p) => p.source === 'calico'))) return;
    const { classes } = reachClasses(ctx.model);
    const limit = typeof ctx.options.maxClasses === 'number' ? ctx.options.maxClasses : DEFAULT_MAX_CLASSES;
    if (classes.length > limit) {
      const notice = skipNotice(ctx.model);
      if (!notice.reported) {
        notice.reported = true;
        ctx.report({ path: ['metadata', 'name'], messageId: 'skipped', severity: 'info', data: { classes: classes.length, limit } });
      }
      return;
    }
    for (const { dir, rule, by } of shadowedRules(ctx.model, policy)) {
      ctx.report({ path: rule.path, messageId: 'shadowed', data: { direction: dir, index: rule.index, by: by.join(', ') } });
    }
  },
});

/** Which classes a policy's rules are tried between: the subjects, and the peers of each rule. */
export interface Candidates {
  subjects: readonly EndpointClass[];
  peers(rule: PolicyRule): readonly EndpointClass[];
}

/**
 * The classes the policy may apply to, and for each rule the classes its peer condition may match
 * (narrowed by an atom the condition needs): the pairs tried grow with what a rule can match, not
 * with the square of the classes. Both are supersets; each pair is still matched.
 */
function narrowedCandidates(model: ClusterModel, policy: Policy): Candidates {
  return { subjects: selectingClasses(model, policy), peers: (rule) => candidateClasses(model, rule.peer) };
}

/**
 * The Allow and Pass rules of `policy` that never take effect, each with the Deny rules that take
 * its connections first (sorted). `candidates` is a parameter so that tests can hold the narrowed
 * search to the exhaustive one.
 */
export function shadowedRules(model: ClusterModel, policy: Policy, candidates: Candidates = narrowedCandidates(model, policy)): { dir: 'ingress' | 'egress'; rule: PolicyRule; by: string[] }[] {
  const cluster = reachCluster(model);
  const { classOf } = reachClasses(model);
  const index = policyIndex(model);
  const out: { dir: 'ingress' | 'egress'; rule: PolicyRule; by: string[] }[] = [];
  for (const dir of ['ingress', 'egress'] as const) {
    for (const rule of policy[dir] ?? []) {
      if ((rule.action !== 'Allow' && rule.action !== 'Pass') || rule.inert !== undefined) continue;
      const peers: Party[] = [...candidates.peers(rule).map((c) => c.rep), ...cluster.externals];
      const deniers = new Set<string>();
      let matched = false;
      let effective = false;
      const visit = (subject: Party, selects: (p: Policy) => boolean, peer: Party, cell: ContainerPort, dstPorts: readonly ContainerPort[]): void => {
        if (!ruleMatches(rule, subject, peer, cell, dstPorts, cluster.namespaces)) return;
        matched = true;
        const v = decide(cluster, index, dir, subject, peer, cell, dstPorts, { selects });
        if (v.reason === 'rule' && v.action === 'Deny' && !(v.policy === policy.id && v.rule === rule.index)) deniers.add(`${v.policy} ${dir} rule ${v.rule}`);
        else effective = true;
      };
      for (const cls of candidates.subjects) {
        const subject = cls.rep;
        if (!matchCond(policy.subject, subject, cluster.namespaces)) continue;
        // Which policies select the subject, from the atoms its class is known to satisfy.
        const selects = (p: Policy): boolean => classSatisfies(cls, p.subject);
        for (const peer of peers) {
          if (peer === subject && cls.members.length < 2) continue;
          if (dir === 'ingress') for (const cell of cls.cells) visit(subject, selects, peer, cell, subject.ports);
          else if (peer.type === 'workload') for (const cell of classOf.get(peer)!.cells) visit(subject, selects, peer, cell, peer.ports);
          if (effective) break;
        }
        if (effective) break;
      }
      if (matched && !effective && deniers.size > 0) out.push({ dir, rule, by: [...deniers].sort() });
    }
  }
  return out;
}

function ruleMatches(rule: PolicyRule, subject: Party, peer: Party, cell: ContainerPort, dstPorts: readonly ContainerPort[], namespaces: Parameters<typeof matchCond>[2]): boolean {
  return portMatches(rule.ports, cell, dstPorts) && matchCond(rule.local, subject, namespaces) && matchCond(rule.peer, peer, namespaces);
}
