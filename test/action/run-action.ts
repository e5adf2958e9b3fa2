/**
 * Runs the bundled Action (`dist/action.js`) the way the runner does: a fresh `node` process in
 * the workspace, inputs as `INPUT_*` variables, the webhook payload in `GITHUB_EVENT_PATH`, and
 * `GITHUB_STEP_SUMMARY` / `GITHUB_OUTPUT` files it appends to. Nothing of the outer environment
 * leaks in (a CI run's own `GITHUB_*` variables would change what the Action sees).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { tempDir } from '../temp-dirs.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let bundle: Promise<string> | undefined;

/**
 * The Action bundle under test. By default the project's own build script (scripts/build.mjs, what
 * produces the committed dist/) builds the current sources into a temporary folder, so a
 * concurrent `npm run build` in the working tree cannot pull dist/ from under a test run.
 * `NETLINT_ACTION_BUNDLE=dist/action.js` tests a given bundle instead (CI does, for the
 * committed one, after check-dist has shown it matches the sources).
 */
export function actionBundle(): Promise<string> {
  bundle ??= (async () => {
    const given = process.env.NETLINT_ACTION_BUNDLE;
    if (given) {
      const file = path.resolve(ROOT, given);
      if (!existsSync(file)) throw new Error(`NETLINT_ACTION_BUNDLE=${given}: no such file (run "npm run build" first)`);
      return file;
    }
    const dir = tempDir('netlint-build-');
    for (const name of ['src', 'rules', 'e2e', 'schemas', 'scripts', 'node_modules', 'package.json']) {
      if (existsSync(path.join(ROOT, name))) await symlink(path.join(ROOT, name), path.join(dir, name));
    }
    const result = await execa(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: dir, reject: false, timeout: 120_000 });
    const file = path.join(dir, 'dist/action.js');
    if (result.exitCode !== 0 || !existsSync(file)) throw new Error(`building the Action failed (node scripts/build.mjs):\n${String(result.stderr)}`);
    return file;
  })();
  return bundle;
}

export interface NodeBinary {
  label: string;
  path: string;
}

/**
 * The machine's Node (the one npm runs on, not `node_modules/.bin/node`, which the `node@24`
 * devDependency puts first on PATH inside npm scripts) and Node 24 from that devDependency, the
 * runtime `runs.using: node24` gives the Action.
 */
export function nodeBinaries(): NodeBinary[] {
  const machine = process.env.npm_node_execpath && !process.env.npm_node_execpath.includes('node_modules') ? process.env.npm_node_execpath : process.execPath;
  const node24 = path.join(ROOT, 'node_modules/node/bin/node');
  if (!existsSync(node24)) {
    throw new Error(`Node 24 is missing at ${path.relative(ROOT, node24)}: "npm ci" installs it (devDependency node@24; its preinstall script must be allowed, see allowScripts in package.json)`);
  }
  return [
    { label: `machine node ${versionOf(machine)}`, path: machine },
    { label: `node ${versionOf(node24)} (node24 runtime)`, path: node24 },
  ];
}

/** Asks the binary itself, so a label never claims a version that is not the one running. */
export function versionOf(node: string): string {
  return execFileSync(node, ['-p', 'process.version'], { encoding: 'utf8', timeout: 10_000 }).trim();
}

export interface Workspace {
  dir: string;
  write(files: Record<string, string>): Promise<void>;
}

export async function makeWorkspace(files: Record<string, string> = {}): Promise<Workspace> {
  const dir = tempDir('netlint-action-');
  const ws: Workspace = {
    dir,
    write: async (more) => {
      for (const [name, content] of Object.entries(more)) {
        await mkdir(path.dirname(path.join(dir, 'repo', name)), { recursive: true });
        await writeFile(path.join(dir, 'repo', name), content);
      }
    },
  };
  await mkdir(path.join(dir, 'repo'), { recursive: true });
  await mkdir(path.join(dir, 'runner-temp'), { recursive: true });
  await ws.write(files);
  return ws;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands printed on stdout, e.g. `{ command: 'error', properties: {file: …}, message }`. */
  commands: WorkflowCommand[];
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export async function runAction(
  node: NodeBinary,
  ws: Workspace,
  options: { inputs?: Record<string, string>; eventName: string; payload: unknown; apiUrl: string; repository?: string },
): Promise<ActionRun> {
  const bundle = await actionBundle();
  const eventPath = path.join(ws.dir, 'event.json');
  const summaryPath = path.join(ws.dir, 'step-summary.md');
  const outputPath = path.join(ws.dir, 'github-output');
  await writeFile(eventPath, JSON.stringify(options.payload));
  // The runner creates both files empty before the step starts.
  await writeFile(summaryPath, '');
  await writeFile(outputPath, '');
  const inputs = { 'github-token': 'ghs_stubtoken', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: ws.dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: options.repository ?? 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_WORKSPACE: path.join(ws.dir, 'repo'),
    RUNNER_TEMP: path.join(ws.dir, 'runner-temp'),
    NETLINT_API_TIMEOUT_MS: '1500',
    NETLINT_API_RETRY_BUDGET_MS: '3000',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const result = await execa(node.path, [bundle], { cwd: path.join(ws.dir, 'repo'), env, extendEnv: false, reject: false, timeout: 60_000, stdin: 'ignore' });
  if (result.timedOut) throw new Error(`the Action timed out:\n${String(result.stdout)}\n${String(result.stderr)}`);
  const stdout = String(result.stdout);
  return {
    exitCode: result.exitCode ?? -1,
    stdout,
    stderr: String(result.stderr),
    outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    commands: parseCommands(stdout),
  };
}

/** `name<<DELIMITER\nvalue\nDELIMITER\n` blocks, as `core.setOutput` writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** As the runner (v2.336.0 ActionCommand.cs UnescapeProperty) does it: `%25` last, so `%253A` is `%3A`, not `:`. */
function unescapeProperty(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties = Object.fromEntries(
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => {
          const at = kv.indexOf('=');
          return [kv.slice(0, at), unescapeProperty(kv.slice(at + 1))];
        }),
    );
    commands.push({ command: m[1], properties, message: unescapeData(m[3]) });
  }
  return commands;
}
