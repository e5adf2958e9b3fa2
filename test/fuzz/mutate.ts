/**
 * Mutated manifests for fuzzing the whole pipeline: seeds are the project's own examples and
 * test fixtures, mutated by a seeded PRNG (so a failure is reproducible from its index) with
 * edits aimed at what parsers and rules trip on: structure tokens, nesting, aliases, block
 * scalars, selectors, embedded JSON, CIDRs, numbers, odd bytes, truncation and splicing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../../src/engine/netpol/bench.js';

export interface Seed {
  name: string;
  text: string;
}

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SEED_DIRS = ['examples', 'test/fixtures'];
const EXT = /\.(ya?ml|json|conf|conflist)$/;

export function loadSeeds(): Seed[] {
  const out: Seed[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = path.join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (EXT.test(name)) out.push({ name: path.relative(ROOT, abs), text: readFileSync(abs, 'utf8') });
    }
  };
  for (const d of SEED_DIRS) walk(path.join(ROOT, d));
  return out;
}


const TOKENS = [
  '{', '}', '[', ']', ':', ': ', '- ', '-', ',', '"', "'", '\n', '\n  ', '\t', ' ', '#', '&a ', '*a', '<<: *a\n', '!!str ', '!!binary ', '? ', '|', '|-', '>', '---\n', '...\n', '%YAML 1.2\n',
  '((((', '))', '!', '&&', '||', 'has(', 'all()', 'global()', ' == "x"', ' in {"a"}', 'a/b', '@', '/', '0.0.0.0/0', '10.0.0.0/8', '::/0', 'fe80::1/64', '256.1.1.1/33', '-1', '99999', '0x1F', '1e400', '.inf', 'null', '~', 'true', 'no', 'on',
  '{"type":"bridge","ipam":{"type":"host-local","subnet":"10.1.0.0/16"}}', '[{"name":"a"},{"name":"a","interface":"eth0"}]', '{"a":', '\\u0000', '\\ud800', '\u0000', '\uFEFF', '\u2028', 'é', '😀', '\r\n', '\r',
  'apiVersion: v1\n', 'kind: NetworkPolicy\n', 'kind: IPPool\n', 'kind: GlobalNetworkPolicy\n', 'kind: NetworkAttachmentDefinition\n', 'metadata:\n  name: x\n', 'namespace: kube-system', 'selector: ', 'nodeSelector: ', 'cidr: ', 'podSelector: {}', 'ports: [{port: 70000}]',
  'k8s.v1.cni.cncf.io/networks: ', 'spec:\n  config: |\n    {', '# netlint-disable-next-line\n', '# netlint-disable\n',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function at(rand: () => number, text: string): number {
  return Math.floor(rand() * (text.length + 1));
}

type Mutation = (text: string, rand: () => number, seeds: readonly Seed[]) => string;

const MUTATIONS: Mutation[] = [
  (t, r) => {
    const i = at(r, t);
    return t.slice(0, i) + pick(r, TOKENS) + t.slice(i);
  },
  (t, r) => {
    const i = at(r, t);
    return t.slice(0, i) + t.slice(i + 1 + Math.floor(r() * 20));
  },
  (t, r) => {
    const i = at(r, t);
    return t.slice(0, i) + String.fromCharCode(Math.floor(r() * 128)) + t.slice(i + 1);
  },
  (t, r) => {
    const lines = t.split('\n');
    const i = Math.floor(r() * lines.length);
    const op = Math.floor(r() * 4);
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(i, 0, lines[Math.floor(r() * lines.length)]);
    else if (op === 2) lines[i] = ` ${lines[i]}`;
    else lines[i] = lines[i].replace(/^ {1,2}/, '');
    return lines.join('\n');
  },
  (t, r) => t.slice(0, at(r, t)),
  (t, r, seeds) => {
    const other = pick(r, seeds).text;
    return t.slice(0, at(r, t)) + other.slice(at(r, other));
  },
  (t, r) => {
    // Replace a scalar value with something hostile.
    const values = ['"' + '('.repeat(1 + Math.floor(r() * 3000)) + '"', `'${'['.repeat(1 + Math.floor(r() * 3000))}'`, JSON.stringify(JSON.stringify(Array.from({ length: 1 + Math.floor(r() * 300) }, (_, i) => ({ name: `n${i % 7}` })))), '"' + 'a'.repeat(Math.floor(r() * 5000)) + '"', '[' + Array.from({ length: Math.floor(r() * 200) }, () => '10.0.0.0/8').join(', ') + ']'];
    return t.replace(/: (\S[^\n]*)/, (m, _v, offset: number) => (offset > at(r, t) ? m : `: ${pick(r, values)}`));
  },
  (t, r) => {
    // Nest a random line deeper and deeper.
    const depth = 1 + Math.floor(r() * 150);
    const i = at(r, t);
    return t.slice(0, i) + `\n${'- '.repeat(depth)}x\n` + t.slice(i);
  },
  (t, r) => t.repeat(1 + Math.floor(r() * 4)),
];

/** The `index`-th mutated input: a seed, mutated 1-8 times. */
export function mutatedInput(seeds: readonly Seed[], index: number): { seed: string; name: string; text: string } {
  const rand = prng(index * 2654435761);
  const seed = seeds[Math.floor(rand() * seeds.length)];
  let text = seed.text;
  const rounds = 1 + Math.floor(rand() * 8);
  for (let k = 0; k < rounds; k++) text = pick(rand, MUTATIONS)(text, rand, seeds);
  const ext = path.extname(seed.name) || '.yaml';
  return { seed: seed.name, name: `input${ext}`, text };
}
