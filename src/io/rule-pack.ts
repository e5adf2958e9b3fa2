/**
 * Rule packs from folders (`--rules DIR`, `rulePacks:`): every `.yaml`/`.yml` file below DIR is a
 * data rule, read and compiled by the same functions as the built-in ones. A rule's id must be
 * `<pack>/<name>` where `<name>` is the file name and `<pack>` the folder it sits in (any pack name
 * for files directly in DIR). A malformed rule is a configuration error with the file, line and
 * column; every problem of every rule file of every folder is told at once (a line each), so that
 * one run shows all there is to fix. A `.json` file that holds a rule (an object with `match` or
 * `assert`) is not read, and named in `skipped` so the CLI can say so; other JSON (an editor's
 * copy of rule.schema.json) is left alone.
 */
import path from 'node:path';
import { UsageError } from '../cli/io.js';
import type { CliFs } from '../cli/io.js';
import { compileDataRules, readDataRule } from '../engine/data-rule.js';
import type { DataRuleRead } from '../engine/data-rule.js';
import type { Rule } from '../engine/rule.js';
import { toRelative, walk } from './files.js';

export class RuleFileError extends UsageError {}

export interface RulePack {
  rules: Rule[];
  /** Rule files written as `.json`, which are not read (relative paths). */
  skipped: string[];
}

/**
 * Reads the rule packs of `packs` (`--rules` folders and the config's `rulePacks`) as one set:
 * every rule file of every pack is read and checked before any `assert` is compiled, so a `$ref`
 * to the `$id` of another file, of this pack or another, does not depend on the order the files
 * are read in. `taken`: the ids defined so far, a built-in rule's with null, a rule file's with its
 * path; the packs' rules are added to it. `origin` names where each folder was given, for
 * messages: `--rules` or the config key that listed it. Every problem of every file is thrown at
 * once, in the order the files were read.
 */
export async function loadRulePacks(packs: readonly { dir: string; origin: string }[], fs: CliFs, cwd: string, taken: Map<string, string | null> = new Map()): Promise<RulePack> {
  const skipped: string[] = [];
  /** Each rule file read, in order: its problems, or what compiling it needs. */
  const files: { problems: string[]; read?: DataRuleRead }[] = [];
  const refused: { file: string; assert: Record<string, unknown> }[] = [];
  const seen = new Set<string>();
  for (const { dir, origin } of packs) {
    const root = path.resolve(cwd, dir);
    const stat = await fs.stat(root);
    if (!stat) throw new UsageError(`${origin} ${dir}: no such directory`);
    if (!stat.isDirectory) throw new UsageError(`${origin} ${dir}: not a directory`);
    const own: string[] = [];
    let yamlFiles = 0;
    for (const file of await walk(fs, cwd, root, (name) => /\.(ya?ml|json)$/i.test(name))) {
      const rel = toRelative(cwd, file);
      if (/\.json$/i.test(file)) {
        if (looksLikeRule(new TextDecoder().decode(await fs.readFile(file)))) own.push(rel);
        continue;
      }
      yamlFiles++;
      // A file another folder given already read (`--rules policy/team` beside `rulePacks: [policy]`): read once.
      if (seen.has(rel)) continue;
      seen.add(rel);
      const text = new TextDecoder().decode(await fs.readFile(file));
      const result = readDataRule(text, rel, undefined, taken);
      if ('errors' in result) {
        files.push({ problems: result.errors.map((e) => `${e.file}:${e.line}:${e.column}: invalid rule: ${e.message}`) });
        if (result.assert !== undefined) refused.push({ file: rel, assert: result.assert });
        continue;
      }
      const id = result.read.def.id;
      const name = path.basename(file).replace(/\.ya?ml$/i, '');
      const parent = path.relative(root, path.dirname(file));
      const [pack, ruleName] = id.split('/');
      const expectedPack = parent === '' ? pack : path.basename(parent);
      if (ruleName !== name || pack !== expectedPack) {
        files.push({ problems: [`${rel}:1:1: invalid rule: id "${id}" must be "${expectedPack}/${name}" (the pack folder and file name)`] });
        refused.push({ file: rel, assert: result.read.def.assert });
        continue;
      }
      taken.set(id, rel);
      files.push({ problems: [], read: result.read });
    }
    skipped.push(...own);
    if (yamlFiles === 0) throw new UsageError(`${origin} ${dir}: no .yaml rule files found${own.length > 0 ? ` (${own.join(', ')}: rule files are .yaml or .yml; JSON is YAML, so renaming is enough)` : ''}`);
  }
  const reads = files.filter((f) => f.read !== undefined);
  const compiled = compileDataRules(
    reads.map((f) => f.read!),
    refused,
  );
  const rules: Rule[] = [];
  reads.forEach((f, i) => {
    const result = compiled[i];
    if ('errors' in result) f.problems.push(...result.errors.map((e) => `${e.file}:${e.line}:${e.column}: invalid rule: ${e.message}`));
    else rules.push(result.rule);
  });
  const problems = files.flatMap((f) => f.problems);
  // One line each, as the CLI prints a usage error: `netlint: <problem>`.
  if (problems.length > 0) throw new RuleFileError([...new Set(problems)].join('\nnetlint: '));
  return { rules, skipped };
}

/** A JSON object with a rule's `match` or `assert`. */
function looksLikeRule(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) && ('assert' in value || 'match' in value);
  } catch {
    return false;
  }
}
