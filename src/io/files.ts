/**
 * The only code that reads manifests from disk: command-line targets (files, directories
 * walked recursively, glob patterns, `-` for stdin) → SourceFile[] with paths as the user wrote
 * them: relative to the working directory when the target was relative, absolute when it was
 * absolute, with `/` separators. File content stays bytes; the engine decodes and judges it.
 */
import path from 'node:path';
import { UsageError } from '../cli/io.js';
import type { CliFs } from '../cli/io.js';
import { globToRegExp } from '../engine/config.js';
import type { LintTarget } from '../engine/run.js';
import type { SourceFile } from '../engine/types.js';

export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json', '.conf', '.conflist'] as const;

/** Folders never worth reading for manifests. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.hg', '.svn']);


export const STDIN_PATH = '<stdin>';

export interface CollectOptions {
  fs: CliFs;
  cwd: string;
  readStdin: () => Promise<Uint8Array>;
  maxFileBytes: number;
  /** Paths relative to the working directory (with `/`) that must not be read at all. */
  isIgnored?: (relativePath: string) => boolean;
  /** The name reported for stdin (`--stdin-filename`); default `<stdin>`. */
  stdinPath?: string;
}

export function toRelative(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
}

/** How a file found under `target` is shown: absolute under an absolute target, else relative to cwd. */
function displayPath(cwd: string, target: string, absolute: string): string {
  return path.isAbsolute(target) ? absolute.split(path.sep).join('/') : toRelative(cwd, absolute);
}

/** `*`, `?` or `**` in a target that is not an existing path: a glob to expand. */
export function isGlob(target: string): boolean {
  return /[*?]/.test(target);
}

/** The folder a glob's matches all live under: its segments before the first one with a wildcard. */
function globBase(cwd: string, glob: string): string {
  const segments = glob.split(/[\\/]/);
  const fixed = segments.slice(0, segments.findIndex((s) => isGlob(s)));
  return path.resolve(cwd, fixed.join('/') || (path.isAbsolute(glob) ? '/' : '.'));
}

export function isManifestFile(name: string): boolean {
  const lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export async function collectFiles(targets: readonly string[], options: CollectOptions): Promise<{ files: SourceFile[]; targets: LintTarget[] }> {
  const { fs, cwd } = options;
  const files: SourceFile[] = [];
  const seen = new Set<string>();
  const outTargets: LintTarget[] = [];
  for (const target of targets.length > 0 ? targets : ['.']) {
    if (target === '-') {
      const name = options.stdinPath ?? STDIN_PATH;
      const bytes = await options.readStdin();
      files.push({ path: name, content: bytes, size: bytes.byteLength });
      outTargets.push({ path: name, isDirectory: false, files: [name] });
      continue;
    }
    const absolute = path.resolve(cwd, target);
    const stat = await fs.stat(absolute);
    const glob = !stat && isGlob(target) ? globToRegExp(displayPath(cwd, target, absolute)) : null;
    if (!stat && !glob) throw new UsageError(`${target}: no such file or directory`);
    const rel = displayPath(cwd, target, absolute);
    const found: string[] = [];
    if (glob || stat?.isDirectory) {
      const base = glob ? globBase(cwd, target) : absolute;
      const walked = (await fs.stat(base))?.isDirectory ? await walk(fs, base) : [];
      let matched = 0;
      for (const abs of walked) {
        const r = displayPath(cwd, target, abs);
        if (glob && !glob.test(r)) continue;
        matched++;
        if (options.isIgnored?.(toRelative(cwd, abs))) continue;
        found.push(r);
        if (!seen.has(r)) {
          seen.add(r);
          files.push({ ...(await readOne(fs, abs, r, options.maxFileBytes)), discovered: true });
        }
      }
      if (glob && matched === 0) throw new UsageError(`${target}: no file matches this pattern`);
      outTargets.push({ path: glob ? target : rel, isDirectory: true, files: found });
    } else {
      if (!seen.has(rel) && !options.isIgnored?.(toRelative(cwd, absolute))) {
        seen.add(rel);
        files.push(await readOne(fs, absolute, rel, options.maxFileBytes));
      }
      outTargets.push({ path: rel, isDirectory: false, files: [rel] });
    }
  }
  return { files, targets: outTargets };
}

async function readOne(fs: CliFs, absolute: string, rel: string, maxFileBytes: number): Promise<SourceFile> {
  const stat = await fs.stat(absolute);
  const size = stat?.size ?? 0;
  if (size > maxFileBytes) return { path: rel, content: new Uint8Array(0), size };
  try {
    const content = await fs.readFile(absolute);
    return { path: rel, content, size: content.byteLength };
  } catch (error) {
    throw new UsageError(`${rel}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Sorted, recursive list of manifest files under a directory. Hidden files and folders
 * (`.github/workflows`, `.pre-commit-config.yaml`, ...) are skipped, as ESLint does: they are
 * tooling, not manifests. A hidden path given by name on the command line is still read.
 */
async function walk(fs: CliFs, dir: string): Promise<string[]> {
  const out: string[] = [];
  const names = (await fs.readdir(dir)).sort();
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const abs = path.join(dir, name);
    const stat = await fs.stat(abs);
    if (!stat) continue;
    if (stat.isDirectory) {
      if (!SKIPPED_DIRECTORIES.has(name)) out.push(...(await walk(fs, abs)));
    } else if (stat.isFile && isManifestFile(name)) {
      out.push(abs);
    }
  }
  return out;
}
