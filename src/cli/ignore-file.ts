/**
 * `.netlintignore` and `--ignore-pattern`: paths netlint does not read.
 *
 * The ignore file uses the part of gitignore syntax (https://git-scm.com/docs/gitignore) that
 * manifest trees need:
 * - blank lines and lines starting with `#` are skipped (`\#` for a literal `#`);
 * - `*` matches within one folder name, `?` one character, `**` any number of folders;
 * - a pattern with no `/` except at its end matches a file or folder name at any depth;
 *   a pattern with a `/` at its start or in its middle is anchored at the ignore file's folder;
 * - a trailing `/` matches folders only; a folder that matches ignores everything below it;
 * - `!` re-includes what an earlier pattern ignored; the last matching pattern wins.
 * Not supported: character classes (`[a-z]`, read literally) and trailing-space escapes. Unlike
 * git, `!` can re-include a file inside an ignored folder, since netlint matches file paths.
 *
 * `--ignore-pattern` takes the same syntax (one pattern per flag), relative to the working folder.
 */
import { globToRegExp } from '../engine/config.js';

export const IGNORE_FILE = '.netlintignore';

interface IgnoreRule {
  pattern: RegExp;
  negated: boolean;
}

/** One gitignore-style line → a matcher for paths relative to the ignore file's folder, or null. */
function compileLine(raw: string): IgnoreRule | null {
  let line = raw.replace(/\r$/, '').replace(/(?<!\\)\s+$/, '');
  if (line === '' || line.startsWith('#')) return null;
  const negated = line.startsWith('!');
  if (negated) line = line.slice(1);
  line = line.replace(/^\\([#!])/, '$1');
  const folderOnly = line.endsWith('/');
  const body = line.replace(/\/+$/, '');
  if (body === '') return null;
  const anchored = body.includes('/');
  const glob = `${anchored ? body.replace(/^\//, '') : `**/${body}`}${folderOnly ? '/' : ''}`;
  return { pattern: globToRegExp(glob), negated };
}

export type PathFilter = (relativePath: string) => boolean;

/** Gitignore-style lines → a predicate that is true for ignored paths (`/` separators). */
export function compileIgnore(lines: readonly string[]): PathFilter {
  const rules = lines.map(compileLine).filter((r): r is IgnoreRule => r !== null);
  if (rules.length === 0) return () => false;
  return (p) => {
    let ignored = false;
    for (const rule of rules) if (rule.negated === ignored && rule.pattern.test(p)) ignored = !rule.negated;
    return ignored;
  };
}
