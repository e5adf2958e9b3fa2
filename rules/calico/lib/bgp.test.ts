/**
 * lib/bgp.ts selectNodes answers a selector from a label index when one of its requirements is
 * indexed (`==`, `has()`, `in`, alone or in an `and`) and remembers the answer per selector text:
 * whatever the shortcut, the nodes are exactly those Calico's selector matches, in node order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesCalicoSelector, parseCalicoSelector } from '../../../src/engine/selector/calico.js';
import { selectNodes, type BgpNode } from './bgp.js';

const node = (name: string, labels: Record<string, string>): BgpNode => ({ name, labels, clusterID: null, clusterIDAt: null, asNumber: null, asAt: null, resources: [] });

const value = fc.constantFrom('a', 'b', 'c');
const labels = fc.record({ rack: value, zone: value, 'route-reflector': fc.constant('true') }, { requiredKeys: [] });
const term = fc.oneof(
  fc.tuple(fc.constantFrom('rack', 'zone'), value).map(([k, v]) => `${k} == '${v}'`),
  fc.tuple(fc.constantFrom('rack', 'zone'), value).map(([k, v]) => `${k} != '${v}'`),
  fc.constantFrom('has(route-reflector)', '!has(route-reflector)', 'has(zone)', 'all()'),
  fc.tuple(fc.constantFrom('rack', 'zone'), fc.uniqueArray(value, { minLength: 1, maxLength: 3 })).map(([k, vs]) => `${k} in {${vs.map((v) => `'${v}'`).join(', ')}}`),
  fc.tuple(fc.constantFrom('rack', 'zone'), fc.array(value, { minLength: 1, maxLength: 3 })).map(([k, vs]) => `${k} not in {${vs.map((v) => `'${v}'`).join(', ')}}`),
);
const selector = fc.oneof(term, fc.array(term, { minLength: 2, maxLength: 3 }).map((ts) => ts.join(' && ')), fc.array(term, { minLength: 2, maxLength: 3 }).map((ts) => ts.join(' || ')));

describe('selectNodes', () => {
  it('picks exactly the nodes the selector matches, in node order, asked once or again', () => {
    fc.assert(
      fc.property(fc.array(labels, { maxLength: 30 }), fc.array(selector, { minLength: 1, maxLength: 4 }), (labelSets, texts) => {
        const nodes = labelSets.map((l, i) => node(`n${i}`, l));
        for (const text of [...texts, ...texts]) {
          const parsed = parseCalicoSelector(text);
          if (!parsed.ok) throw new Error(text);
          expect(selectNodes(nodes, text)).toEqual(nodes.filter((n) => matchesCalicoSelector(parsed.selector, n.labels)));
        }
      }),
    );
  });

  it('answers every node for no selector and null for one that does not parse', () => {
    const nodes = [node('n0', { rack: 'a' })];
    expect(selectNodes(nodes, undefined)).toEqual(nodes);
    expect(selectNodes(nodes, 'rack == ')).toBeNull();
  });
});
