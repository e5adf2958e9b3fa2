import { describe, expect, it } from 'vitest';
import { expectedTable, loadCases, stepResources } from '../../../test/fixtures/reach/xyz/model.js';
import { buildCluster } from './cluster.js';
import { checkExpectations } from './expect.js';
import { computeMatrix } from './matrix.js';

// The "ANDed peer admits one pod of another namespace" world: only y/a may reach x/a.
const world = loadCases().find((c) => c.name === 'an ANDed peer admits one pod of another namespace')!;
const matrix = computeMatrix(buildCluster(stepResources(world, 0)));
const at = { file: '.netlint.yaml', position: { line: 4, column: 5, endLine: 4, endColumn: 20 } };

describe('connectivity assertions', () => {
  it('has the world it assumes', () => {
    expect(expectedTable(world.pods, world.steps[0].expect['80/TCP']).get('y/a->x/a')).toBe(true);
  });

  it('passes assertions that hold, with string and object selectors', () => {
    expect(
      checkExpectations(matrix, [
        { from: 'y/a', to: 'x/a', port: 80, allowed: true, ...at },
        { from: { namespace: 'x' }, to: { name: 'a', namespace: 'x' }, allowed: false, ...at },
        { from: { namespaceLabels: { ns: 'z' } }, to: 'x/a', port: 'serve-80-tcp', allowed: false, ...at },
        { from: 'x/*', to: 'y/*', allowed: true, ...at },
      ]),
    ).toEqual([]);
  });

  it('reports a violated assertion at its position, naming the offending connections', () => {
    const findings = checkExpectations(matrix, [{ name: 'nobody reaches x/a', from: '*', to: 'x/a', allowed: false, ...at }]);
    expect(findings).toEqual([
      {
        ruleId: 'netpol/expect',
        severity: 'error',
        message: 'assertion "nobody reaches x/a" expects denied but 1 of 4 connections is allowed: y/a → x/a 80/TCP',
        file: '.netlint.yaml',
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 20,
        resource: null,
        path: [],
        remediation: expect.stringContaining('netlint reach --explain'),
      },
    ]);
  });

  it('reports an assertion that matches nothing', () => {
    const [f] = checkExpectations(matrix, [{ from: 'q/*', to: 'x/a', allowed: true, ...at }]);
    expect(f.message).toBe('assertion "q/* → x/a" matches no connection (no endpoint, or no declared port, fits its selectors)');
  });
});
