/** The CLI's and the Action's V8 settings: set once on the measured Node majors, never elsewhere. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ONE_SHOT_V8_FLAGS, tuneV8ForOneShotRun } from './v8-tuning.js';

function tune(nodeVersion: string, env: Record<string, string | undefined> = {}) {
  const set: string[] = [];
  const applied = tuneV8ForOneShotRun({ setFlags: (f) => set.push(f), env, nodeVersion });
  return { applied, set };
}

describe('tuneV8ForOneShotRun', () => {
  it('turns TurboFan inlining off on Node 20 to 24, and raises the tier-up budget on Node 20 only', () => {
    expect(tune('20.20.2')).toEqual({ applied: true, set: ['--no-turbo-inlining --interrupt-budget=202752'] });
    for (const version of ['22.11.0', '24.21.0']) expect(tune(version)).toEqual({ applied: true, set: ['--no-turbo-inlining'] });
  });

  it('sets only flags this Node knows (V8 prints an error for an unknown one)', () => {
    const flags = ONE_SHOT_V8_FLAGS[Number.parseInt(process.versions.node, 10)];
    expect(flags).toBeDefined();
    const r = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flags)}); process.stdout.write('ok')`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok');
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
