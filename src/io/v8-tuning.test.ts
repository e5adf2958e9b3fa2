/** The CLI's and the Action's V8 settings: set once on the measured Node majors, never elsewhere. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { LINT_NEW_SPACE_CAP_MIB, LINT_ONLY_V8_FLAGS, ONE_SHOT_V8_FLAGS, newSpaceCap, tuneV8ForOneShotRun } from './v8-tuning.js';

function tune(nodeVersion: string, env: Record<string, string | undefined> = {}, commands: string[] = ['reach']) {
  const set: string[] = [];
  const applied = tuneV8ForOneShotRun({ setFlags: (f) => set.push(f), env, nodeVersion, commands });
  return { applied, set };
}

/** Whether `node` accepts `flags` silently (V8 prints an error line for a flag it does not know). */
function nodeAccepts(node: string, flags: string) {
  const r = spawnSync(node, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flags)}); process.stdout.write('ok')`], { encoding: 'utf8' });
  return { stderr: r.stderr, stdout: r.stdout };
}

// The `node` devDependency's binary: the Node 24 the Action runs on (package.json).
const NODE_24 = path.resolve('node_modules/node/bin/node');

describe('tuneV8ForOneShotRun', () => {
  it('turns TurboFan inlining off on Node 20 to 24, and raises the tier-up budget on Node 20 only', () => {
    expect(tune('20.20.2')).toEqual({ applied: true, set: ['--no-turbo-inlining --interrupt-budget=202752'] });
    for (const version of ['22.11.0', '24.21.0']) expect(tune(version)).toEqual({ applied: true, set: ['--no-turbo-inlining'] });
  });

  it('runs a lint-only process in battery-saver mode on Node 24 (no TurboFan) with Maglev inlining one level of calls only, and nothing else', () => {
    expect(tune('24.21.0', {}, ['lint'])).toEqual({ applied: true, set: ['--no-turbo-inlining --battery-saver-mode --max-maglev-inline-depth=0 --no-maglev-loop-peeling'] });
    for (const commands of [['reach'], ['diff'], ['lint', 'reach'], ['e2e'], [], ['--version']]) {
      expect(tune('24.21.0', {}, commands).set).toEqual(['--no-turbo-inlining']);
    }
    expect(tune('20.20.2', {}, ['lint']).set).toEqual(['--no-turbo-inlining --interrupt-budget=202752']);
    expect(tune('22.11.0', {}, ['lint']).set).toEqual(['--no-turbo-inlining']);
    expect(tune('24.21.0', { NETLINT_V8_DEFAULTS: '1' }, ['lint'])).toEqual({ applied: false, set: [] });
  });

  it('sets only flags this Node knows (V8 prints an error for an unknown one)', () => {
    const major = Number.parseInt(process.versions.node, 10);
    const flags = [ONE_SHOT_V8_FLAGS[major], LINT_ONLY_V8_FLAGS[major]].filter(Boolean).join(' ');
    expect(flags).not.toBe('');
    expect(nodeAccepts(process.execPath, flags)).toEqual({ stderr: '', stdout: 'ok' });
  });

  it('sets only flags Node 24 knows (the node devDependency)', () => {
    expect(nodeAccepts(NODE_24, `${ONE_SHOT_V8_FLAGS[24]} ${LINT_ONLY_V8_FLAGS[24]}`)).toEqual({ stderr: '', stdout: 'ok' });
    expect(nodeAccepts(NODE_24, '--no-such-flag-at-all').stderr).not.toBe('');
  });

  it('leaves Node versions it was not measured on alone (an unknown flag would print an error)', () => {
    for (const version of ['18.20.0', '19.9.0', '25.0.0', '26.1.0', 'garbage']) {
      expect(tune(version)).toEqual({ applied: false, set: [] });
    }
  });

  it('keeps V8 defaults when NETLINT_V8_DEFAULTS=1', () => {
    expect(tune('20.20.2', { NETLINT_V8_DEFAULTS: '1' })).toEqual({ applied: false, set: [] });
    expect(tune('20.20.2', { NETLINT_V8_DEFAULTS: '0' }).applied).toBe(true);
  });
});

describe('newSpaceCap', () => {
  const MiB = 1024 * 1024;
  /** A cap for these settings, over a new space whose size the test sets. */
  function cap(nodeVersion: string, commands: string[], env: Record<string, string | undefined> = {}) {
    const set: string[] = [];
    const heap = { newSpace: 1 * MiB };
    const checkpoint = newSpaceCap({ setFlags: (f) => set.push(f), env, nodeVersion, commands, newSpaceBytes: () => heap.newSpace });
    return { checkpoint, set, heap };
  }

  it('stops the new space growing once it reaches 16 MiB, on a lint on Node 24, and sets nothing more after', () => {
    const { checkpoint, set, heap } = cap('24.21.0', ['lint']);
    expect(checkpoint).toBeTypeOf('function');
    for (const size of [1, 2, 4, 8, 15.9]) {
      heap.newSpace = size * MiB;
      checkpoint!();
    }
    expect(set).toEqual([]);
    heap.newSpace = 16 * MiB;
    checkpoint!();
    expect(set).toEqual(['--semi-space-growth-factor=1']);
    heap.newSpace = 32 * MiB;
    checkpoint!();
    checkpoint!();
    expect(set).toEqual(['--semi-space-growth-factor=1']);
  });

  it('caps when the first checkpoint finds the new space past the cap already', () => {
    const { checkpoint, set, heap } = cap('24.0.0', ['lint']);
    heap.newSpace = 64 * MiB;
    checkpoint!();
    expect(set).toEqual(['--semi-space-growth-factor=1']);
  });

  it('is absent where it was not measured to help: other commands, Node 20 and 22, NETLINT_V8_DEFAULTS=1', () => {
    for (const commands of [['reach'], ['diff'], ['lint', 'reach'], ['e2e'], [], ['--version']]) expect(cap('24.21.0', commands).checkpoint).toBeUndefined();
    for (const version of ['20.20.2', '22.11.0', '26.0.0', 'garbage']) expect(cap(version, ['lint']).checkpoint).toBeUndefined();
    expect(cap('24.21.0', ['lint'], { NETLINT_V8_DEFAULTS: '1' }).checkpoint).toBeUndefined();
    expect(Object.keys(LINT_NEW_SPACE_CAP_MIB)).toEqual(['24']);
  });

  it("rests on Node 24's V8 reading the growth factor at each growth: set at run time, the new space stops where it is", () => {
    // What newSpaceCap relies on, in the Node 24 the Action runs (the limits themselves are fixed
    // when the heap is made, so a release that read the factor only then would make the cap a no-op).
    const script = (capped: boolean) => `
      const v8 = require('node:v8');
      const size = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      let done = false;
      const keep = [];
      for (let i = 0; i < 2e6; i++) {
        keep.push({ i, a: [i] });
        if (${capped} && !done && i % 1000 === 0 && size() >= 16 * 1024 * 1024) { v8.setFlagsFromString('--semi-space-growth-factor=1'); done = true; }
      }
      process.stdout.write(String(size() / 1024 / 1024));`;
    const run = (capped: boolean) => Number(spawnSync(NODE_24, ['-e', script(capped)], { encoding: 'utf8' }).stdout);
    expect(run(true)).toBe(16);
    expect(run(false)).toBeGreaterThan(16);
  });
});
