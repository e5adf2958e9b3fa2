/**
 * Rule packs from folders (`--rules DIR`): every `.yaml`/`.yml` file below DIR is a data rule,
 * compiled by the same function as the built-in ones. A rule's id must be `<pack>/<name>` where
 * `<name>` is the file name and `<pack>` the folder it sits in (any pack name for files directly
 * in DIR). A malformed rule is a configuration error with the file, line and column; every
 * problem of every rule file in the folder is told at once (a line each), so that one run shows
 * all there is to fix. A `.json`
 * file that holds a rule (an object with `match` or `assert`) is not read, and named in `skipped`
 * so the CLI can say so; other JSON (an editor's copy of rule.schema.json) is left alone.
 */
import path from 'node:path';
import { UsageError } from '../cli/io.js';
import type { CliFs } from '../cli/io.js';
import { parseDataRule } from '../engine/data-rule.js';
import type { Rule } from '../engine/rule.js';
import { toRelative, walk } from './files.js';

export class RuleFileError extends UsageError {}

export interface RulePack {
  rules: Rule[];
  /** Rule files written as `.json`, which are not read (relative paths). */
  skipped: string[];
}

/**
 * `taken`: the ids defined so far, a built-in rule's with null, a rule file's with its path; this
 * pack's rules are added to it.
 */
/** `origin` names where the folder was given, for messages: `--rules` (the default) or the config key that listed it. */
export async function loadRulePack(dir: string, fs: CliFs, cwd: string, taken: Map<string, string | null> = new Map(), origin = '--rules'): Promise<RulePack> {
  const root = path.resolve(cwd, dir);
  const stat = await fs.stat(root);
  if (!stat) throw new UsageError(`${origin} ${dir}: no such directory`);
  if (!stat.isDirectory) throw new UsageError(`${origin} ${dir}: not a directory`);
  const rules: Rule[] = [];
  const skipped: string[] = [];
  const problems: string[] = [];
  for (const file of await walk(fs, cwd, root, (name) => /\.(ya?ml|json)$/i.test(name))) {
    const rel = toRelative(cwd, file);
    const text = new TextDecoder().decode(await fs.readFile(file));
    if (/\.json$/i.test(file)) {
      if (looksLikeRule(text)) skipped.push(rel);
      continue;
    }
    // A file another folder given already read (`--rules policy/team` beside `rulePacks: [policy]`): read once.
    if ([...taken.values()].includes(rel)) continue;
    const name = path.basename(file).replace(/\.ya?ml$/i, '');
    const parent = path.relative(root, path.dirname(file));
    const result = parseDataRule(text, rel, undefined, taken);
    if ('errors' in result) {
      for (const e of result.errors) problems.push(`${e.file}:${e.line}:${e.column}: invalid rule: ${e.message}`);
      continue;
    }
    const [pack, ruleName] = result.rule.meta.id.split('/');
    const expectedPack = parent === '' ? pack : path.basename(parent);
    if (ruleName !== name || pack !== expectedPack) {
      problems.push(`${rel}:1:1: invalid rule: id "${result.rule.meta.id}" must be "${expectedPack}/${name}" (the pack folder and file name)`);
      continue;
    }
    taken.set(result.rule.meta.id, rel);
    rules.push(result.rule);
  }
  // One line each, as the CLI prints a usage error: `netlint: <problem>`.
  if (problems.length > 0) throw new RuleFileError([...new Set(problems)].join('\nnetlint: '));
  if (rules.length === 0 && ![...taken.values()].some((f) => f !== null && (f === dir || f.startsWith(`${toRelative(cwd, root)}/`)))) throw new UsageError(`${origin} ${dir}: no .yaml rule files found${skipped.length > 0 ? ` (${skipped.join(', ')}: rule files are .yaml or .yml; JSON is YAML, so renaming is enough)` : ''}`);
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
