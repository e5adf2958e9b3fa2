/**
 * The only code that reads manifests from disk: command-line targets (files, directories
 * walked recursively, glob patterns, `-` for stdin) → SourceFile[] with paths as the user wrote
 * them: relative to the working directory when the target was relative, absolute when it was
 * absolute, with `/` separators. A file the engine's `decodeSource` accepts as it is (valid UTF-8,
 * no NUL, within the size cap) is handed over as text, so its bytes are garbage as soon as it is
 * read rather than held beside the text for the whole lint; any other file stays bytes, and the
 * engine reports why.
 *
 * Hostile trees are harmless: links are followed, but every folder is entered once per target
 * (by its identity, so `self -> .` loops and `s1 -> .`, `s2 -> .` fan-outs end) and every real
 * file is read once however many paths lead to it; FIFOs, devices and sockets are never opened
 * for reading; reads stop at the size cap, counting bytes rather than trusting stat.
 */
import path from 'node:path';
import { UsageError } from '../cli/io.js';
import type { CliFs } from '../cli/io.js';
import { globToRegExp } from '../engine/config.js';
import { decodeSource } from '../engine/load.js';
import type { LintTarget } from '../engine/run.js';
import type { SourceFile } from '../engine/types.js';

export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json', '.conf', '.conflist'] as const;

/** Folders never worth reading for manifests. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.hg', '.svn']);

export const STDIN_PATH = '<stdin>';

export interface CollectOptions {
  fs: CliFs;
  cwd: string;
  /** Reads stdin, at most `maxBytes + 1` bytes when given (see CliIo.readStdin). */
  readStdin: (maxBytes?: number) => Promise<Uint8Array>;
  maxFileBytes: number;
  /** Paths relative to the working directory (with `/`) that must not be read at all. */
  isIgnored?: (relativePath: string) => boolean;
  /** The name reported for stdin (`--stdin-filename`); default `<stdin>`. */
  stdinPath?: string;
  /** Called after each file is read (CliIo.afterEachFile). */
  afterEachFile?: () => void;
}

export function toRelative(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
}

/** How a file found under `target` is shown: absolute under an absolute target, else relative to cwd. */
function displayPath(cwd: string, target: string, absolute: string): string {
  return path.isAbsolute(target) ? absolute.split(path.sep).join('/') : toRelative(cwd, absolute);
}

/**
 * `to(file)` for each file a walk of `base` found (`path.join` of `base` and names, so it starts
 * with `base` and a separator). When `to(base)` is absolute or inside the working directory, it is
 * `to(base)` followed by the rest of the file's path: one `path.relative` for the folder, not one
 * per file, which took a few microseconds each. A folder above the working directory (`..`) may
 * hold it, whose files' paths do not go up and down again: those take `to` itself.
 */
function underBase(base: string, to: (absolute: string) => string): (absolute: string) => string {
  const shown = to(base);
  if (shown === '..' || shown.startsWith('../')) return to;
  const prefix = base.endsWith(path.sep) ? base.length : base.length + 1;
  return (absolute) => {
    if (!absolute.startsWith(base) || absolute.length <= prefix) return to(absolute);
    const rest = path.sep === '/' ? absolute.slice(prefix) : absolute.slice(prefix).split(path.sep).join('/');
    return shown === '.' ? rest : shown.endsWith('/') ? `${shown}${rest}` : `${shown}/${rest}`;
  };
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

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * The file with its text in place of its bytes when the engine would decode them without a word;
 * else unchanged. A text that still starts with U+FEFF stays bytes: the engine strips one more mark
 * from any text, so handing it over would drop a mark that reading the bytes keeps.
 */
function asText(file: SourceFile, maxFileBytes: number): SourceFile {
  const decoded = decodeSource(file, maxFileBytes);
  // A text that comes with a finding (bytes read as U+FFFD) stays bytes, so the engine says so.
  return 'text' in decoded && decoded.finding === undefined && decoded.text.charCodeAt(0) !== 0xfeff ? { ...file, content: decoded.text } : file;
}

export async function collectFiles(targets: readonly string[], options: CollectOptions): Promise<{ files: SourceFile[]; targets: LintTarget[] }> {
  const { fs, cwd, maxFileBytes } = options;
  const files: SourceFile[] = [];
  /** Relative path read for each real file (by identity), and for each path already settled. */
  const pathOfId = new Map<string, string>();
  const settled = new Map<string, string | null>();
  const outTargets: LintTarget[] = [];

  /**
   * Reads one file unless already read under another path: the path it is listed under, or null
   * when it is not a regular file (refused when `named`, the target as typed on the command line).
   */
  const take = async (abs: string, rel: string, named?: string): Promise<string | null> => {
    // Not named by the user (`named` unset): found by walking a folder or expanding a glob.
    const discovered = named === undefined ? { discovered: true } : {};
    const known = settled.get(rel);
    if (known !== undefined) return known;
    let read;
    try {
      read = await fs.readCapped(abs, maxFileBytes);
    } catch (error) {
      // A name that is not UTF-8 is listed with U+FFFD in place of its bytes (Node decodes directory
      // entries as UTF-8), which names no file: a finding for that file, the rest of the walk read.
      if (named === undefined && rel.includes('\uFFFD') && errorCode(error) === 'ENOENT') {
        files.push({ path: rel, content: new Uint8Array(0), size: 0, discovered: true, unreadable: 'the file name is not valid UTF-8, so netlint cannot open the file by name (it reads the name with U+FFFD for the bytes it cannot decode): rename the file' });
        settled.set(rel, rel);
        return rel;
      }
      throw new UsageError(`${rel}: cannot read: ${errorCode(error)}`);
    }
    options.afterEachFile?.();
    if (read.kind === 'not-a-file') {
      if (named !== undefined) throw new UsageError(`${named}: ${read.what}, not a regular file; pipe it to \`netlint lint -\` to read it as standard input`);
      settled.set(rel, null);
      return null;
    }
    const first = pathOfId.get(read.id);
    if (first !== undefined) {
      settled.set(rel, first);
      return first;
    }
    pathOfId.set(read.id, rel);
    settled.set(rel, rel);
    files.push(read.kind === 'file' ? asText({ path: rel, content: read.content, size: read.content.byteLength, ...discovered }, maxFileBytes) : { path: rel, content: new Uint8Array(0), size: read.size, ...discovered });
    return rel;
  };

  if (targets.filter((t) => t === '-').length > 1) throw new UsageError('- (stdin) is given more than once: stdin can be read only once');
  for (const target of targets.length > 0 ? targets : ['.']) {
    if (target === '-') {
      const name = options.stdinPath ?? STDIN_PATH;
      const bytes = await options.readStdin(maxFileBytes);
      files.push(bytes.byteLength > maxFileBytes ? { path: name, content: new Uint8Array(0), size: bytes.byteLength, sizeUnknown: true } : { path: name, content: bytes, size: bytes.byteLength });
      outTargets.push({ path: name, isDirectory: false, files: [name] });
      continue;
    }
    const absolute = path.resolve(cwd, target);
    const stat = await fs.stat(absolute);
    const glob = !stat && isGlob(target) ? globToRegExp(displayPath(cwd, target, absolute)) : null;
    if (!stat && !glob) throw new UsageError(`${target}: no such file or directory`);
    const rel = displayPath(cwd, target, absolute);
    if (glob || stat?.isDirectory) {
      const base = glob ? globBase(cwd, target) : absolute;
      const walked = (await fs.stat(base))?.isDirectory ? await walk(fs, cwd, base, isManifestFile, glob ? hiddenNamesOf(target) : undefined) : [];
      const found: string[] = [];
      let matched = 0;
      const shown = underBase(base, (abs) => displayPath(cwd, target, abs));
      const relative = underBase(base, (abs) => toRelative(cwd, abs));
      for (const abs of walked) {
        const r = shown(abs);
        if (glob && !glob.test(r)) continue;
        matched++;
        if (options.isIgnored?.(relative(abs))) continue;
        const listed = await take(abs, r);
        if (listed !== null) found.push(listed);
      }
      if (glob && matched === 0) throw new UsageError(`${target}: no file matches this pattern`);
      outTargets.push({ path: glob ? target : rel, isDirectory: true, files: [...new Set(found)] });
    } else {
      const listed = options.isIgnored?.(toRelative(cwd, absolute)) ? rel : await take(absolute, rel, target);
      outTargets.push({ path: rel, isDirectory: false, files: [listed ?? rel] });
    }
  }
  return { files, targets: outTargets };
}

/**
 * The hidden names a glob asks for by writing their dot (the `.chainsaw-test` of
 * `pol/<star>/.chainsaw-test/<star>.yaml`, or `.<star>`): as in a shell, `*` does not match a leading dot,
 * but a segment that starts with one does.
 */
function hiddenNamesOf(glob: string): (name: string) => boolean {
  const segments = glob.split(/[\\/]/).filter((s) => s.startsWith('.') && s !== '.' && s !== '..');
  if (segments.length === 0) return () => false;
  const patterns = segments.map(globToRegExp);
  return (name) => patterns.some((p) => p.test(name));
}

/**
 * Sorted, recursive list of the files under a directory whose name `wanted` accepts. Hidden
 * files and folders (`.github/workflows`, `.pre-commit-config.yaml`, ...) are skipped, as ESLint
 * does: they are tooling, not manifests; a hidden path given by name on the command line is still
 * read, and so are the hidden names a glob writes out (`hidden`). Links are followed; a folder already entered (by identity) is not entered again, so link
 * loops end. Entries are listed with their kinds: only links need a stat. An unreadable folder is
 * a usage error naming it.
 */
export async function walk(fs: CliFs, cwd: string, root: string, wanted: (name: string) => boolean, hidden: (name: string) => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  const entered = new Set<string>();
  const visit = async (dir: string, id: string): Promise<void> => {
    if (entered.has(id)) return;
    entered.add(id);
    let entries;
    try {
      entries = await fs.list(dir);
    } catch (error) {
      throw new UsageError(`${toRelative(cwd, dir)}: cannot read the folder: ${errorCode(error)}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { name, kind } of entries) {
      if (name.startsWith('.') && !hidden(name)) continue;
      const abs = path.join(dir, name);
      let isDirectory = kind === 'directory';
      let isFile = kind === 'file';
      let childId: string | undefined;
      if (kind === 'symlink' || isDirectory) {
        // Folders need their identity (for loops); links need to know what they point at.
        const stat = await fs.stat(abs);
        if (!stat) continue; // a dangling link or a loop of links
        isDirectory = stat.isDirectory;
        isFile = stat.isFile;
        childId = stat.id ?? abs;
      }
      if (isDirectory) {
        if (!SKIPPED_DIRECTORIES.has(name)) await visit(abs, childId!);
      } else if (isFile && wanted(name)) out.push(abs);
    }
  };
  const rootStat = await fs.stat(root);
  await visit(root, rootStat?.id ?? root);
  return out;
}
