/**
 * nodesSelectedBy finds a pool's nodes through a label index; the answer must be the plain filter
 * of the inventory, in inventory order, for selectors an index answers and for those it does not.
 */
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../../src/engine/load.js';
import { buildModel } from '../../../src/engine/model.js';
import { matchesCalicoSelector, parseCalicoSelector } from '../../../src/engine/selector/calico.js';
import { nodesSelectedBy, poolsOf, servesAllNodes } from './pools.js';

describe('nodesSelectedBy', () => {
  it('equals testing every node, in inventory order', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => ({ name: `n${i}`, labels: { rack: `r${i % 12}`, zone: `z${i % 3}`, ...(i % 7 === 0 ? { gpu: 'true' } : {}) } }));
    const model = buildModel(loadSources([]).resources, { nodes });
    const selectors = ["rack == 'r3'", "rack in {'r1', 'r5', 'r9'}", 'has(gpu)', "zone == 'z1' && rack in {'r1', 'r4'}", "has(gpu) && zone != 'z0'", "rack != 'r2'", "rack == 'r1' || zone == 'z2'", '!has(gpu)', 'all()', "rack == 'nope'", "rack starts with 'r1'"];
    let narrowedTotal = 0;
    for (const text of selectors) {
      const parsed = parseCalicoSelector(text);
      if (!parsed.ok) throw new Error(text);
      const want = model.facts.nodes.filter((n) => matchesCalicoSelector(parsed.selector, n.labels)).map((n) => n.name);
      expect(nodesSelectedBy(model, parsed.selector).map((n) => n.name), text).toEqual(want);
      narrowedTotal += want.length;
    }
    expect(model.facts.nodes).toHaveLength(300);
    expect(narrowedTotal).toBeGreaterThan(300);
  });
});

describe('servesAllNodes', () => {
  it('takes a missing, empty, blank or all() nodeSelector as every node, and one with a line break as a broken selector', () => {
    // Calico's tokenizer skips spaces and tabs only (libcalico-go lib/selector/tokenizer/tokenizer.go).
    const pool = (name: string, nodeSelector: string | null) =>
      `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: {cidr: 10.0.0.0/24${nodeSelector === null ? '' : `, nodeSelector: ${JSON.stringify(nodeSelector)}`}}\n`;
    const cases: [string, string | null, boolean][] = [
      ['none', null, true],
      ['empty', '', true],
      ['blank', ' \t ', true],
      ['all', 'all( )', true],
      ['rack', "rack == 'r1'", false],
      ['newline', '\n', false],
      ['all-newline', 'all()\n', false],
    ];
    const text = cases.map(([name, sel]) => pool(name, sel)).join('---\n');
    const model = buildModel(loadSources([{ path: 'pools.yaml', content: text }]).resources, {});
    const got = Object.fromEntries(poolsOf(model).map((p) => [p.name, servesAllNodes(p)]));
    expect(got).toEqual(Object.fromEntries(cases.map(([name, , want]) => [name, want])));
  });
});
