import { describe, expect, it } from 'vitest';
import type { ReachDiff } from '../engine/netpol/diff.js';
import { renderClustersSection, renderReachSection, type ClusterAnswer } from './reach-mode.js';

const CILIUM = 'the input holds Cilium policies, which netlint does not evaluate (CiliumNetworkPolicy shop/l7): what they allow or deny is not in this answer';
const GUESS = 'pod addresses are not known (no cluster.podCIDR in .netlint.yaml, no kind or kubeadm config in the input), so pods are taken to lie in 10.0.0.0/8';

function diff(notes?: string[]): ReachDiff {
  return { opened: [], closed: [], changes: [], ...(notes ? { notes } : {}) };
}

function answer(name: string, notes: string[] | undefined, compared = true): ClusterAnswer {
  return { name, head: { line: '2 allowed, 0 denied connections between 2 endpoints (2 groups) under 1 policy.', notes: notes ?? [] }, diff: compared ? diff(notes) : null };
}

/** The lines of the notes list under the heading that starts at `from`, up to the next heading. */
function notesUnder(text: string, heading: string): string[] {
  const start = text.indexOf(heading);
  const rest = text.slice(start + heading.length);
  const end = rest.search(/\n#### /);
  return (end < 0 ? rest : rest.slice(0, end)).split('\n').filter((l) => l.startsWith('- '));
}

describe("the Action's reach section", () => {
  it('ends with the notes of the diff, or of the head alone when there is no base, escaped for markdown', () => {
    const compared = renderReachSection({ line: 'Head totals.', notes: [GUESS] }, diff([CILIUM]), 'a'.repeat(40));
    expect(compared).toContain('**Notes**\n\n- the input holds Cilium policies, which netlint does not evaluate \\(CiliumNetworkPolicy shop/l7\\)');
    expect(compared).not.toContain('pod addresses');
    const alone = renderReachSection({ line: 'Head totals.', notes: [GUESS] }, null, null);
    expect(alone).toMatch(/^### 🔀 netlint reach\n\nHead totals\.\n\n\*\*Notes\*\*\n\n- pod addresses are not known/);
    expect(renderReachSection({ line: 'Head totals.', notes: [] }, diff(), null)).not.toContain('Notes');
  });

  it('says a note every cluster shares once, above them, and the others under their cluster', () => {
    const text = renderClustersSection([answer('prod', [CILIUM, GUESS]), answer('staging', [CILIUM])], [], true, 'b'.repeat(40));
    const top = text.slice(0, text.indexOf('\n#### '));
    expect(top.split('\n').filter((l) => l.startsWith('- '))).toEqual([expect.stringMatching(/^- the input holds Cilium policies/)]);
    expect(notesUnder(text, '#### prod')).toEqual([expect.stringMatching(/^- pod addresses are not known/)]);
    expect(notesUnder(text, '#### staging')).toEqual([]);
    // One cluster shown: its notes stay under it.
    const one = renderClustersSection([answer('prod', [CILIUM], false)], ['staging'], false, null);
    expect(one.slice(0, one.indexOf('\n#### '))).not.toContain('Notes');
    expect(notesUnder(one, '#### prod')).toEqual([expect.stringMatching(/^- the input holds Cilium policies/)]);
  });
});
