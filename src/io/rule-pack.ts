/**
 * Rule packs from folders (`--rules DIR`): every `.yaml`/`.yml` file below DIR is a data rule,
 * compiled by the same function as the built-in ones. A rule's id must be `<pack>/<name>` where
 * `<name>` is the file name and `<pack>` the folder it sits in (any pack name for files directly
 * in DIR). A malformed rule is a configuration error with the file, line and column.
 */
import path from 'node:path';
import { UsageError } from '../cli/io.js';
import type { CliFs } from '../cli/io.js';
import { parseDataRule } from '../engine/data-rule.js';
import type { Rule } from '../engine/rule.js';
import { toRelative, walk } from './files.js';

export class RuleFileError extends UsageError {}

export async function loadRulePack(dir: string, fs: CliFs, cwd: string): Promise<Rule[]> {
  const root = path.resolve(cwd, dir);
  const stat = await fs.stat(root);
  if (!stat) throw new UsageError(`--rules ${dir}: no such directory`);
  if (!stat.isDirectory) throw new UsageError(`--rules ${dir}: not a directory`);
  const rules: Rule[] = [];
  for (const file of await ruleFiles(fs, cwd, root)) {
    const rel = toRelative(cwd, file);
    const text = new TextDecoder().decode(await fs.readFile(file));
    const name = path.basename(file).replace(/\.ya?ml$/i, '');
    const parent = path.relative(root, path.dirname(file));
    const result = parseDataRule(text, rel);
    if ('errors' in result) {
      const e = result.errors[0];
      throw new RuleFileError(`${e.file}:${e.line}:${e.column}: invalid rule: ${e.message}`);
    }
    const [pack, ruleName] = result.rule.meta.id.split('/');
    const expectedPack = parent === '' ? pack : path.basename(parent);
    if (ruleName !== name || pack !== expectedPack) {
      throw new RuleFileError(`${rel}:1:1: invalid rule: id "${result.rule.meta.id}" must be "${expectedPack}/${name}" (the pack folder and file name)`);
    }
    rules.push(result.rule);
  }
  if (rules.length === 0) throw new UsageError(`--rules ${dir}: no .yaml rule files found`);
  return rules;
}

function ruleFiles(fs: CliFs, cwd: string, dir: string): Promise<string[]> {
  return walk(fs, cwd, dir, (name) => /\.ya?ml$/i.test(name));
}
