/**
 * Finds and reads `.netlint.yaml`; a broken config is a usage error with file:line:column.
 *
 * Without `--config`, the nearest `.netlint.yaml` (or `.yml`) from the working folder upward is
 * used, stopping at the repository root (the folder that holds `.git`, a folder or a worktree's
 * file), so running netlint in a subfolder of a repository behaves as at its root and a config
 * outside the repository never applies by accident. `ignore` paths in a config found above the
 * working folder are written relative to that config's folder and are rebased here onto the
 * working folder, which is what every finding path is relative to.
 */
import path from 'node:path';
import { parseConfig } from '../engine/config.js';
import type { IgnoreEntry, NetlintConfig } from '../engine/config.js';
import { toRelative } from '../io/files.js';
import { UsageError } from './io.js';
import type { CliIo } from './io.js';

export const DEFAULT_CONFIG_FILES = ['.netlint.yaml', '.netlint.yml'] as const;

/**
 * Where a default config is looked for: `upward` from the working folder to the repository root,
 * or `here` only (a `netlint diff` side extracted from git into a temporary folder, whose parents
 * are not the repository's).
 */
export type ConfigLookup = 'upward' | 'here';

/** The nearest default config file from `cwd` up to the repository root, or null. */
export async function findConfigFile(io: CliIo, lookup: ConfigLookup = 'upward'): Promise<string | null> {
  for (let dir = io.cwd; ; dir = path.dirname(dir)) {
    for (const name of DEFAULT_CONFIG_FILES) {
      const candidate = path.join(dir, name);
      if ((await io.fs.stat(candidate))?.isFile) return candidate;
    }
    if (lookup === 'here' || (await io.fs.stat(path.join(dir, '.git'))) !== null || path.dirname(dir) === dir) return null;
  }
}

export async function loadConfigFile(io: CliIo, explicit: string | undefined, lookup: ConfigLookup = 'upward'): Promise<{ config: NetlintConfig; file: string | null }> {
  let absolute: string | null = null;
  if (explicit) {
    absolute = path.resolve(io.cwd, explicit);
    const s = await io.fs.stat(absolute);
    if (s === null) throw new UsageError(`--config ${explicit}: no such file`);
    if (!s.isFile) throw new UsageError(`--config ${explicit}: ${s.isDirectory ? 'is a folder' : 'is not a regular file (a device, pipe or socket)'}; give a YAML file`);
  } else {
    absolute = await findConfigFile(io, lookup);
  }
  if (!absolute) return { config: {}, file: null };
  const rel = toRelative(io.cwd, absolute);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await io.fs.readFile(absolute));
  } catch (error) {
    throw new UsageError(`${rel}: cannot read the config: ${(error as Error).message}`);
  }
  const { config, errors } = parseConfig(text, rel);
  if (errors.length > 0) {
    throw new UsageError(errors.map((e) => `${e.file}:${e.line}:${e.column}: invalid config: ${e.message}`).join('\n'));
  }
  const below = toRelative(path.dirname(absolute), io.cwd);
  if (explicit === undefined && below !== '.' && config.ignore) config.ignore = config.ignore.map((entry) => rebaseIgnore(entry, below));
  // Rule packs, like ignore paths, are written from a found config's folder: from the working folder here.
  if (explicit === undefined && config.rulePacks) config.rulePacks = config.rulePacks.map((dir) => toRelative(io.cwd, path.resolve(path.dirname(absolute!), dir)));
  return { config, file: rel };
}

function rebaseIgnore(entry: string | IgnoreEntry, below: string): string | IgnoreEntry {
  return typeof entry === 'string' ? rebaseGlob(entry, below) : { ...entry, paths: entry.paths.map((p) => rebaseGlob(p, below)) };
}

/**
 * A glob relative to a config's folder → the same set of files relative to the working folder
 * `below` it (`below` is the working folder relative to the config's folder, e.g. `apps/web`).
 * `**` patterns match at any depth either way; a pattern under `below` loses that prefix; any
 * other pattern points outside the working folder and climbs to it with `../`.
 */
export function rebaseGlob(glob: string, below: string): string {
  const g = glob.replace(/^\.\//, '');
  if (g.startsWith('**')) return g;
  const trimmed = g.replace(/\/$/, '');
  if (trimmed === below) return '**';
  if (g.startsWith(`${below}/`)) return g.slice(below.length + 1);
  return `${'../'.repeat(below.split('/').length)}${g}`;
}
