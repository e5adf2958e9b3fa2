import { formatCidr } from '../../src/engine/cidr.js';
import { decide, type Verdict } from '../../src/engine/netpol/evaluate.js';
import { atomsOf, blockGuessed, evalKleene, matchAtom, matchCond, portMatches } from '../../src/engine/netpol/match.js';
import type { Atom, Cond, ContainerPort, ExternalEndpoint, Party, Policy, Rule as PolicyRule } from '../../src/engine/netpol/model.js';
import { candidateClasses, candidateExternals, policyIndex, policyOf, reachClasses, reachCluster, requiredAtom, selectingClasses } from '../../src/engine/netpol/rule-support.js';
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
    description: 'An Allow or Pass rule never takes effect: every connection it matches between the input\'s workloads is denied first by a Calico Deny rule evaluated before it (lower order, or earlier in the same policy or tier, or in an earlier tier).',
    severity: 'warning',
    remediation: 'Give the allowing policy a lower `order` than the Deny (or a tier before the Deny\'s), narrow the Deny rule, or remove the dead rule.',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: {
      shadowed: '{{direction}} rule {{index}} never applies: every connection it matches is denied first by {{by}}',
      shadowedIfOutside: '{{direction}} rule {{index}} never applies if the pods\' addresses are outside {{blocks}}, which netlint cannot tell: every connection it matches is then denied first by {{by}}',
      skipped: 'shadowed rules were not looked for: the input has {{classes}} endpoint classes, over the limit of {{limit}} (option maxClasses)',
    },
    docs: `A verdict that rests on where a pod's address is, when netlint only guesses it, is not stated as fact: without the pod CIDRs (\`.netlint.yaml\` \`cluster.podCIDR\`, or a kind or kubeadm configuration in the input) a pod whose IP is not written is taken to be outside an address block that holds part of the private ranges (RFC 1918 and 100.64.0.0/10), and with them outside one that holds part of its pod CIDR. When whether a rule is shadowed depends on such a guess (a Deny of what leaves the cluster's range, \`notNets: [<pod CIDR>]\`, is the common case), the finding is info and names the blocks; a block that holds all of the pods' possible addresses, or none of them, decides for certain. Only inputs with Calico policies are checked (without a Deny rule nothing can be shadowed), and only up to ${DEFAULT_MAX_CLASSES} endpoint classes (groups of workloads that every policy treats alike) unless the option \`maxClasses\` says otherwise, because each rule is tried against pairs of classes (those the policy selects, and those its peer can match), which can grow with the square of the classes. A larger input is not checked, and the rule says so in one info finding on the first policy.`,
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
    for (const { dir, rule, by, guessed } of shadowedRules(ctx.model, policy)) {
      const data = { direction: dir, index: rule.index, by: by.join(', ') };
      if (guessed.length === 0) ctx.report({ path: rule.path, messageId: 'shadowed', data });
      else ctx.report({ path: rule.path, messageId: 'shadowedIfOutside', data: { ...data, blocks: guessed.join(', ') }, severity: 'info' });
    }
  },
});

/** Which classes a policy's rules are tried between: the subjects, and the peers of each rule. */
export interface Candidates {
  subjects: readonly EndpointClass[];
  peers(rule: PolicyRule): readonly EndpointClass[];
  /** The address ranges an ingress rule's peer may match (network sets by their labels, blocks by address). */
  externals(rule: PolicyRule): readonly ExternalEndpoint[];
}

/**
 * The classes the policy may apply to, and for each rule the classes its peer condition may match
 * (narrowed by an atom the condition needs): the pairs tried grow with what a rule can match, not
 * with the square of the classes. Both are supersets; each pair is still matched. When the atom
 * needed is an address block, the classes whose address it would only guess (blockGuessed) are
 * tried too: whether the rule matches them is what the verdict then rests on.
 */
function narrowedCandidates(model: ClusterModel, policy: Policy): Candidates {
  const { classes } = reachClasses(model);
  const atoms = reachCluster(model).atoms;
  return {
    subjects: selectingClasses(model, policy),
    externals: (rule) => candidateExternals(model, rule.peer),
    peers: (rule) => {
      const needed = candidateClasses(model, rule.peer);
      const id = requiredAtom(rule.peer);
      const atom = id === null ? undefined : atoms[id];
      if (atom?.k !== 'block') return needed;
      const guessed = classes.filter((c) => guessedBlocks(model)(c.rep).has(atom));
      if (guessed.length === 0) return needed;
      const tried = new Set([...needed, ...guessed]);
      return classes.filter((c) => tried.has(c));
    },
  };
}

type Block = Extract<Atom, { k: 'block' }>;

/** The address blocks whose holding a party is a guess (match.ts blockGuessed), worked out once per party and lint. */
const guessedBlocks = derived('netpol/shadowed-rule-guessed-blocks', (m) => {
  const blocks = reachCluster(m).atoms.filter((a): a is Block => a.k === 'block');
  const byParty = new Map<Party, ReadonlySet<Atom>>();
  return (party: Party): ReadonlySet<Atom> => {
    let found = byParty.get(party);
    if (found === undefined) byParty.set(party, (found = new Set(blocks.filter((b) => blockGuessed(b, party)))));
    return found;
  };
});

const blocksByCond = new WeakMap<Cond, Block[]>();

/** The address blocks a condition reads (once per condition). */
function blocksOf(cond: Cond): readonly Block[] {
  let found = blocksByCond.get(cond);
  if (found === undefined) blocksByCond.set(cond, (found = atomsOf(cond).filter((a): a is Block => a.k === 'block')));
  return found;
}

/** An address block as written in messages: `10.0.0.0/8`, `0.0.0.0/0 except 10.0.0.0/8`. */
function blockText(atom: Block): string {
  return atom.except.length === 0 ? formatCidr(atom.cidr) : `${formatCidr(atom.cidr)} except ${atom.except.map(formatCidr).join(',')}`;
}

export interface ShadowedRule {
  dir: 'ingress' | 'egress';
  rule: PolicyRule;
  /** The Deny rules that take its connections first, sorted. */
  by: string[];
  /**
   * The address blocks (sorted) whose holding a pod or not the verdict rests on, where the pod's
   * address is only guessed (match.ts blockGuessed): the rule is shadowed if the pods are outside
   * them, as blockContains takes them to be. Empty when the verdict rests on no such guess.
   */
  guessed: string[];
}

/**
 * The Allow and Pass rules of `policy` that never take effect. `candidates` is a parameter so that
 * tests can hold the narrowed search to the exhaustive one.
 */
export function shadowedRules(model: ClusterModel, policy: Policy, candidates: Candidates = narrowedCandidates(model, policy)): ShadowedRule[] {
  const cluster = reachCluster(model);
  const { classOf } = reachClasses(model);
  const index = policyIndex(model);
  const guesses = guessedBlocks(model);
  const tierRank = new Map(index.tiers.map((t, i) => [t.tier.name, i]));
  const ownTier = tierRank.get(policy.tier) ?? Number.MAX_SAFE_INTEGER;
  const out: ShadowedRule[] = [];
  for (const dir of ['ingress', 'egress'] as const) {
    for (const rule of policy[dir] ?? []) {
      if ((rule.action !== 'Allow' && rule.action !== 'Pass') || rule.inert !== undefined) continue;
      // Toward address ranges egress has no port cells to decide (see the loop below), so only
      // ingress meets the external peers: an egress rule to every destination met every network set.
      const reps: Party[] = candidates.peers(rule).map((c) => c.rep);
      const peers: Party[] = dir === 'ingress' ? [...reps, ...candidates.externals(rule)] : reps;
      const deniers = new Set<string>();
      const guessed = new Set<string>();
      /** Records the blocks of `cond` whose holding `party` is a guess. */
      const guess = (cond: Cond, party: Party): void => {
        const blocks = guesses(party);
        for (const atom of blocksOf(cond)) if (blocks.has(atom)) guessed.add(blockText(atom));
      };
      /** Whether `cond` holds for `party` in three-valued logic: a block that only guesses the party's address is unknown. */
      const known = (cond: Cond, party: Party): boolean | null => {
        const blocks = guesses(party);
        if (!blocksOf(cond).some((b) => blocks.has(b))) return matchCond(cond, party, cluster.namespaces);
        return evalKleene(cond, (atom) => (blocks.has(atom) ? null : matchAtom(atom, party, cluster.namespaces)));
      };
      /** Whether `cond` holds for `party` as blockContains decides it; a condition a guess decides is recorded. */
      const holds = (party: Party): ((cond: Cond) => boolean) => {
        if (guesses(party).size === 0) return (cond) => matchCond(cond, party, cluster.namespaces);
        return (cond) => {
          const v = known(cond, party);
          if (v !== null) return v;
          guess(cond, party);
          return matchCond(cond, party, cluster.namespaces);
        };
      };
      // A Deny counts only from the rule's own tier or an earlier one: one decided in a later tier
      // was reached past this tier (the rule itself passed it there, or an earlier Pass did), so
      // it was not evaluated before the rule.
      const deniedByOther = (v: Verdict): boolean =>
        v.reason === 'rule' && v.action === 'Deny' && !(v.policy === policy.id && v.rule === rule.index) && (tierRank.get(v.tier ?? '') ?? -1) <= ownTier;
      let matched = false;
      let effective = false;
      // Connections the rule matches only if a pod's address is where blockContains takes it not
      // to be: looked at once the rule is found shadowed (below).
      const unsure: (() => void)[] = [];
      const visit = (subject: Party, selects: (p: Policy) => boolean, peer: Party, cell: ContainerPort, dstPorts: readonly ContainerPort[]): void => {
        if (!portMatches(rule.ports, cell, dstPorts)) return;
        const ownEnd = known(rule.local, subject);
        const otherEnd = ownEnd === false ? false : known(rule.peer, peer);
        if (otherEnd === false) return;
        const local = holds(subject);
        const remote = holds(peer);
        if (ownEnd === true && otherEnd === true) {
          matched = true;
          const v = decide(cluster, index, dir, subject, peer, cell, dstPorts, { selects, local, peer: remote });
          if (deniedByOther(v)) deniers.add(`${v.policy} ${dir} rule ${v.rule}`);
          else effective = true;
          return;
        }
        // Should the rule take effect on it where it matches, the verdict rests on the guess.
        unsure.push(() => {
          const v = decide(cluster, index, dir, subject, peer, cell, dstPorts, { selects, local: (c) => c === rule.local || local(c), peer: (c) => c === rule.peer || remote(c) });
          if (deniedByOther(v)) return;
          if (ownEnd === null) guess(rule.local, subject);
          if (otherEnd === null) guess(rule.peer, peer);
        });
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
      if (!matched || effective || deniers.size === 0) continue;
      for (const look of unsure) look();
      out.push({ dir, rule, by: [...deniers].sort(), guessed: [...guessed].sort() });
    }
  }
  return out;
}
