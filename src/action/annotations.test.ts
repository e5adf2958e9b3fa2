import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationLevel } from '../report/index.js';
import { emitAnnotations } from './annotations.js';

const make = (level: AnnotationLevel, count: number): Annotation[] =>
  Array.from({ length: count }, (_, i) => ({ level, message: `${level} ${i}`, properties: { title: 'r/x', file: 'a.yaml', startLine: i + 1, endLine: i + 1 } }));

function record() {
  const calls: { level: AnnotationLevel; message: string }[] = [];
  const core = {
    error: (message: string) => void calls.push({ level: 'error', message }),
    warning: (message: string) => void calls.push({ level: 'warning', message }),
    notice: (message: string) => void calls.push({ level: 'notice', message }),
  };
  const count = (level: AnnotationLevel) => calls.filter((c) => c.level === level).length;
  return { core, calls, count };
}

describe('emitAnnotations', () => {
  it('emits everything, in order, when each level fits', () => {
    const r = record();
    const result = emitAnnotations(r.core, [...make('error', 10), ...make('warning', 3)]);
    expect(r.calls.map((c) => c.message)).toEqual([...make('error', 10), ...make('warning', 3)].map((a) => a.message));
    expect(result.omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  it('caps each level and counts the rest in one notice that itself fits the notice cap', () => {
    const r = record();
    const result = emitAnnotations(r.core, [...make('error', 25), ...make('warning', 11), ...make('notice', 30)]);
    expect([r.count('error'), r.count('warning'), r.count('notice')]).toEqual([10, 10, 10]);
    expect(result.omitted).toEqual({ error: 15, warning: 1, notice: 21 });
    expect(r.calls.at(-1)!.message).toBe(
      'netlint: 15 errors, 1 warning, 21 info findings more than GitHub shows per step (10 per level); the job summary and the SARIF file (up to 25,000 findings) list them',
    );
  });

  it('keeps an error slot for the verdict that setFailed adds', () => {
    const r = record();
    emitAnnotations(r.core, make('error', 12), { reserveError: true });
    expect(r.count('error')).toBe(9);
    expect(r.calls.at(-1)!.message).toMatch(/^netlint: 3 errors more than/);
  });

  it("keeps warning slots for the Action's own warnings (one given before, one to come)", () => {
    const r = record();
    emitAnnotations(r.core, make('warning', 12), { reserveWarnings: 2 });
    expect(r.count('warning')).toBe(8);
    expect(r.calls.at(-1)!.message).toMatch(/^netlint: 4 warnings more than/);
  });

  it('honours a custom cap', () => {
    const r = record();
    emitAnnotations(r.core, make('warning', 4), { cap: 2 });
    expect(r.count('warning')).toBe(2);
    expect(r.count('notice')).toBe(1);
  });
});
