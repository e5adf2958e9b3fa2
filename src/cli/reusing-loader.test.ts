import { describe, expect, it } from 'vitest';
import { DEFAULT_LOAD_LIMITS, loadSources, type Loader } from '../engine/load.js';
import type { SourceFile } from '../engine/types.js';
import { reusingLoader } from './reusing-loader.js';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n';

/** loadSources, counting its calls. */
function counting(): { load: Loader; calls: () => number } {
  let n = 0;
  return {
    load: (files, limits) => {
      n++;
      return loadSources(files, limits);
    },
    calls: () => n,
  };
}

describe('reusingLoader', () => {
  it('answers the same files read again (new objects, same paths and bytes) with the first result', () => {
    const c = counting();
    const load = reusingLoader(c.load);
    const read = (): SourceFile[] => [{ path: 'a.yaml', content: POD }, { path: 'b.yaml', content: new TextEncoder().encode(POD) }];
    const first = load(read(), DEFAULT_LOAD_LIMITS);
    expect(load(read(), { ...DEFAULT_LOAD_LIMITS })).toBe(first);
    expect(c.calls()).toBe(1);
    expect(first.resources.map((r) => `${r.file} ${r.name}`)).toEqual(['a.yaml a', 'b.yaml a']);
  });

  it('reads again when a file, its bytes, the file list or the limits differ', () => {
    const c = counting();
    const load = reusingLoader(c.load);
    const limits = DEFAULT_LOAD_LIMITS;
    load([{ path: 'a.yaml', content: POD }], limits);
    load([{ path: 'a.yaml', content: POD.replace('name: a', 'name: b') }], limits);
    load([{ path: 'a.yaml', content: new TextEncoder().encode(POD) }], limits);
    load([{ path: 'a.yaml', content: new TextEncoder().encode(POD.replace('a}', 'c}')) }], limits);
    load([{ path: 'c.yaml', content: POD }], limits);
    load([{ path: 'c.yaml', content: POD }, { path: 'd.yaml', content: POD }], limits);
    load([{ path: 'c.yaml', content: POD }, { path: 'd.yaml', content: POD }], { ...limits, maxFileBytes: 10 });
    expect(c.calls()).toBe(7);
  });

  it("reuses a read once: a third read of the same files parses them again", () => {
    const c = counting();
    const load = reusingLoader(c.load);
    const read = (): SourceFile[] => [{ path: "a.yaml", content: POD }];
    const first = load(read(), DEFAULT_LOAD_LIMITS);
    expect(load(read(), DEFAULT_LOAD_LIMITS)).toBe(first);
    expect(load(read(), DEFAULT_LOAD_LIMITS)).not.toBe(first);
    expect(c.calls()).toBe(2);
  });
});
