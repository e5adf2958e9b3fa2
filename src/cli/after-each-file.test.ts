/** CliIo.afterEachFile: the lint calls it after each file it reads and after each it parses (bin.ts caps V8's new space there). */
import { describe, expect, it } from 'vitest';
import { lintResult } from './lint.js';
import { memoryIo } from './testing/memory-io.js';

const SERVICE = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  ports:\n    - port: 80\n`;

describe('CliIo.afterEachFile', () => {
  it('is called once after each file is read and once after each is parsed, reading all before parsing any', async () => {
    const io = memoryIo({ 'deploy/a.yaml': SERVICE('a'), 'deploy/b.yaml': SERVICE('b'), 'deploy/c.yaml': `${SERVICE('c')}---\n${SERVICE('d')}` });
    const calls: number[] = [];
    // How many bytes were read when each call came: the reads are done by the fourth call.
    let read = 0;
    const readCapped = io.fs.readCapped;
    io.fs.readCapped = async (p, max) => {
      read++;
      return readCapped(p, max);
    };
    io.afterEachFile = () => calls.push(read);
    const { output } = await lintResult(io, [], { paths: ['deploy'] });
    expect(output.summary).toBeDefined();
    expect(calls).toEqual([1, 2, 3, 3, 3, 3]);
  });

  it('is not needed: a lint without it reads and parses the same', async () => {
    const files = { 'deploy/a.yaml': SERVICE('a'), 'deploy/b.yaml': 'kind: [' };
    const withIt = memoryIo(files);
    withIt.afterEachFile = () => undefined;
    const a = await lintResult(withIt, [], { paths: ['deploy'] });
    const b = await lintResult(memoryIo(files), [], { paths: ['deploy'] });
    expect(a.output).toEqual(b.output);
    expect(a.output.findings.length).toBeGreaterThan(0);
  });
});
