// `npm run bench`: netlint as users run it. Every row times `node dist/cli.js …` as a whole child
// process (start-up, file reading, parse, rules, positions, rendering, exit), next to a floor
// process run in the same loop: node reading the same files and parsing them with js-yaml's
// `loadAll` (bench/floor.mjs). Runs of the two alternate, so both see the same machine; the
// ratio of their medians is the figure that counts on a shared, noisy machine, printed with the
// run-by-run ratios (each netlint run over the floor run just before it) to show how steady it is.
// Targets are judged on the CPU-time ratio (user + system, from /usr/bin/time) when known, else on
// wall time.
//
//   npm run bench                               Node 20 (the node npm runs)
//   node_modules/node/bin/node scripts/bench.mjs   Node 24 (the `node` devDependency's binary)
//   … --quick        10,000 documents / 10,000 × 2,000 only, fewer runs (for iteration)
//   … --only lint,version,reach,diff   a subset of the rows
//   … --runs N       runs per row (default 5 at 10,000 documents, 3 above)
//   … --per-rule     also the in-process time of each rule over the 10,000-document corpus
//   … --ablate       also, at 10,000 documents, lint with every rule off (the pipeline: start-up,
//                    reading, parse, positions, report), without the netpol pack, without the rules
//                    that read the reachability model, and with V8's default flags
//                    (NETLINT_V8_DEFAULTS=1) beside the floor: where the time above the floor goes,
//                    whole process (no verdict)
//   … --against REV  also, at 10,000 documents, lint with the committed dist/ of git revision REV
//                    and with this one, in turns (A B B A …), and their run-by-run CPU ratio: whether
//                    a change moved the whole process, on a machine whose speed drifts more than a
//                    few per cent between runs (no verdict; e.g. --quick --only lint --against HEAD~1)
//
// Corpora are generated once into node_modules/.cache/netlint-bench/corpora (regenerated when a
// generator's source changes). Peak RSS comes from /usr/bin/time (the kernel's maxrss of the
// child) when present, else from polling /proc/<pid>/status VmHWM.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, 'node_modules/.cache/netlint-bench');
const NODE = process.execPath;
const CLI = path.join(ROOT, 'dist/cli.js');
const FLOOR = path.join(ROOT, 'bench/floor.mjs');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = argv.includes('--quick');
const only = new Set((option('--only') ?? 'version,lint,reach,diff').split(','));
const runsOption = option('--runs') ? Number(option('--runs')) : undefined;

mkdirSync(CACHE, { recursive: true });
// Checked before anything is built or measured: a wrong revision fails at once.
const baseline = option('--against') ? distOf(option('--against')) : null;

// The CLI bundle under test, built from the sources with the same Node.
{
  const r = spawnSync(NODE, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

// The generators (and the in-process per-rule profile), bundled the way dist/ is.
const GENERATOR_SOURCES = ['bench/platform-corpus.ts', 'bench/reach-corpus.ts', 'src/engine/netpol/bench.ts'];
const generatorHash = createHash('sha256');
for (const f of GENERATOR_SOURCES) generatorHash.update(readFileSync(path.join(ROOT, f)));
const GENERATOR_HASH = generatorHash.digest('hex').slice(0, 16);
const bundle = path.join(CACHE, 'bench.mjs');
await build({
  stdin: {
    contents: [
      "export { generateCorpus } from './bench/platform-corpus.ts';",
      "export { reachCorpus } from './bench/reach-corpus.ts';",
      "export { benchLintPerRule } from './bench/lint.ts';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  loader: { '.yaml': 'text' },
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  logLevel: 'warning',
});
const gen = await import(`${new URL(`file://${bundle}`).href}?${Date.now()}`);

/** Writes a corpus (once per generator version and options); returns its directory and summary. */
function corpus(name, options, generate) {
  const dir = path.join(CACHE, 'corpora', name);
  const metaFile = `${dir}.meta.json`;
  const stamp = JSON.stringify({ GENERATOR_HASH, options });
  if (existsSync(metaFile) && existsSync(dir)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (meta.stamp === stamp) return { dir, ...meta };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let documents = 0;
  let bytes = 0;
  // For each file, the lines of its `---` separators: a finding's line → its document.
  const separators = {};
  for (const file of generate(options)) {
    writeFileSync(path.join(dir, file.path), file.text);
    files++;
    // Reach corpus files start each document with `---`; lint corpus files say how many they hold.
    documents += file.documents ?? (file.text.match(/^---$/gm) ?? []).length;
    bytes += Buffer.byteLength(file.text);
    const lines = [];
    let line = 1;
    for (let i = 0; i < file.text.length; i++) {
      if (file.text.charCodeAt(i) !== 10) continue;
      line++;
      if (file.text.startsWith('---\n', i + 1)) lines.push(line);
    }
    separators[file.path] = lines;
  }
  const meta = { stamp, files, documents, bytes, separators };
  writeFileSync(metaFile, JSON.stringify(meta));
  return { dir, ...meta };
}

const hwmOf = (pid) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { hwm: kib('VmHWM') * 1024, rss: kib('VmRSS') * 1024 };
  } catch {
    return null;
  }
};
const childOf = (pid) => {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0]) || null;
  } catch {
    return null;
  }
};

/**
 * Runs one command to completion: wall time (ms), CPU time (user + system, ms, with
 * /usr/bin/time), peak RSS (bytes), stdout bytes, exit code. A run past `timeoutMs` or above
 * `capBytes` resident is killed (reported as such) so one slow row cannot take the machine.
 * stdout goes to a file the caller can read, or with `countOutput` through a pipe whose bytes are
 * counted and dropped: `reach` at 100,000 × 10,000 writes 2.6 GiB, and writing that to this
 * machine's disk cost 30–35 s of kernel time on one day and a third of that on others, for the
 * same build, which is the disk's figure and not netlint's.
 */
async function measure(command, { cwd = ROOT, timeoutMs = 300_000, capBytes = 4 * GiB, countOutput = false } = {}) {
  const outFile = path.join(CACHE, 'stdout.txt');
  const errFile = path.join(CACHE, 'stderr.txt');
  const timeFile = path.join(CACHE, 'time.txt');
  rmSync(timeFile, { force: true });
  const out = countOutput ? 'pipe' : openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  const [exe, ...rest] = TIME ? [TIME, '-f', '%U %S %M', '-o', timeFile, ...command] : command;
  const start = performance.now();
  const child = spawn(exe, rest, { cwd, stdio: ['ignore', out, err] });
  let counted = 0;
  if (countOutput) child.stdout.on('data', (chunk) => (counted += chunk.length));
  let hwm = 0;
  let killed = null;
  const poll = setInterval(() => {
    const pid = TIME ? childOf(child.pid) : child.pid;
    if (!pid) return;
    const s = hwmOf(pid);
    if (s) hwm = Math.max(hwm, s.hwm);
    const over = s && s.rss > capBytes ? 'memory' : performance.now() - start > timeoutMs ? 'time' : null;
    if (over && !killed) {
      killed = over;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
  }, 50);
  // 'close' comes once the process has exited and its stdout is read to the end.
  const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? signal)));
  const wallMs = performance.now() - start;
  clearInterval(poll);
  if (!countOutput) closeSync(out);
  closeSync(err);
  let cpuMs = null;
  if (TIME && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    if (last.length === 3 && last.every(Number.isFinite)) {
      cpuMs = (last[0] + last[1]) * 1000;
      hwm = Math.max(hwm, last[2] * 1024);
    }
  }
  return { wallMs, cpuMs, rss: hwm, outBytes: countOutput ? counted : statSync(outFile).size, code, killed, stdout: countOutput ? null : outFile, stderr: errFile };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const secs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms < 100 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);
const spread = (xs) => `${secs(Math.min(...xs))}–${secs(Math.max(...xs))}`;
const size = (bytes) => (bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`);
const count = (n) => n.toLocaleString('en-US');

/** Runs `a` and `b` alternately `runs` times; the medians, spreads and the ratio b/a. */
async function pair(a, b, runs, options) {
  const ra = [];
  const rb = [];
  for (let i = 0; i < runs; i++) {
    ra.push(await measure(a, options));
    rb.push(await measure(b, options));
    if (rb.at(-1).killed) break;
  }
  // Each run of b over the run of a just before it: the machine's speed drifts between pairs,
  // far less within one, so the spread of these says how far the ratio of medians can be trusted.
  const paired = rb.every((r, i) => r.cpuMs && ra[i].cpuMs) ? rb.map((r, i) => r.cpuMs / ra[i].cpuMs) : null;
  return { a: summary(ra), b: summary(rb), paired };
}

/** `paired` (see pair()) as "median [lowest–highest]", or empty when CPU time is unknown. */
const pairedText = (paired) => (paired ? `; run by run ${median(paired).toFixed(2)}x [${Math.min(...paired).toFixed(2)}–${Math.max(...paired).toFixed(2)}]` : '');

function summary(runs) {
  const wall = runs.map((r) => r.wallMs);
  const cpu = runs.every((r) => r.cpuMs !== null) ? median(runs.map((r) => r.cpuMs)) : null;
  return { wall: median(wall), wallRuns: wall, cpu, rss: Math.max(...runs.map((r) => r.rss)), outBytes: runs.at(-1).outBytes, code: runs.at(-1).code, killed: runs.find((r) => r.killed)?.killed ?? null, last: runs.at(-1) };
}

const verdicts = [];
function verdict(label, ok) {
  verdicts.push({ label, ok });
  return ok ? 'ok' : 'MISSED';
}

const line = (name, s) =>
  `  ${name.padEnd(14)} ${secs(s.wall).padStart(8)} [${spread(s.wallRuns)}]  CPU ${s.cpu === null ? 'n/a' : secs(s.cpu).padStart(8)}  peak RSS ${size(s.rss).padStart(10)}  stdout ${size(s.outBytes).padStart(10)}  exit ${s.killed ? `killed (${s.killed})` : s.code}`;

console.log(`netlint whole-process benchmark on Node ${process.version} (${process.execPath})`);
console.log(`each row: median wall time [fastest–slowest] of the runs, median CPU time (user+system), peak RSS, stdout bytes`);

if (only.has('version')) {
  const runs = runsOption ?? 10;
  // CPU time comes from /usr/bin/time in hundredths of a second, coarse against a 25-80 ms
  // start-up: each run is a batch of invocations in one shell (the same shell for both commands),
  // and the row shows the time per invocation.
  const batch = 20;
  const batched = (command) => ['sh', '-c', `i=0; while [ $i -lt ${batch} ]; do "$0" "$@" >/dev/null || exit $?; i=$((i+1)); done`, ...command];
  const perInvocation = (s) => ({ ...s, wall: s.wall / batch, wallRuns: s.wallRuns.map((w) => w / batch), cpu: s.cpu === null ? null : s.cpu / batch });
  const pairs = await pair(batched([NODE, '-e', '0']), batched([NODE, CLI, '--version']), runs);
  const a = perInvocation(pairs.a);
  const b = perInvocation(pairs.b);
  const ratio = b.cpu && a.cpu ? b.cpu / a.cpu : b.wall / a.wall;
  console.log(`\nstart-up (${runs} runs each, alternating; a run is ${batch} invocations in a row, figures per invocation)`);
  console.log(line('node -e 0', a));
  console.log(line('netlint -v', b));
  console.log(`  ratio ${(b.wall / a.wall).toFixed(2)}x wall, ${b.cpu && a.cpu ? (b.cpu / a.cpu).toFixed(2) : 'n/a'}x CPU${pairedText(pairs.paired)} (target <= 2x): ${verdict('netlint --version <= 2x node -e 0', ratio <= 2)}`);
}

/** Documents with at least one finding, from the stylish output (`path` lines, then `  line:col …`). */
function findingsIn(stdoutFile, meta) {
  const text = readFileSync(stdoutFile, 'utf8');
  let file = null;
  let findings = 0;
  const docs = new Set();
  for (const l of text.split('\n')) {
    const m = /^\s+(\d+):\d+\s/.exec(l);
    if (m && file) {
      findings++;
      const seps = meta.separators[file] ?? [];
      let d = 0;
      while (d < seps.length && seps[d] < Number(m[1])) d++;
      docs.add(`${file}#${d}`);
    } else if (l && !l.startsWith(' ') && !l.startsWith('✖') && !l.startsWith('✔')) file = l.trim();
  }
  return { findings, documents: docs.size };
}

if (only.has('lint')) {
  const sizes = quick ? [10_000] : [10_000, 100_000];
  const perSize = {};
  for (const flavour of ['clean', 'mistakes']) {
    for (const documents of sizes) {
      const c = corpus(`${flavour}-${documents}`, { flavour, documents, perFile: 10 }, gen.generateCorpus);
      const runs = runsOption ?? (quick ? 3 : documents > 10_000 ? 3 : 5);
      const { a, b, paired } = await pair([NODE, FLOOR, '.'], [NODE, CLI, 'lint', '.'], runs, { cwd: c.dir });
      // The verdict takes CPU time when it is known: on a shared machine a process's wall time
      // mostly measures its neighbours, its CPU time (user + system, GC threads included) much less.
      const ratio = b.cpu && a.cpu ? b.cpu / a.cpu : b.wall / a.wall;
      const f = findingsIn(b.last.stdout, c);
      (perSize[flavour] ??= []).push({ documents, b, a });
      console.log(`\nlint, ${flavour} platform corpus: ${count(c.documents)} documents in ${count(c.files)} files (${size(c.bytes)}); ${count(f.findings)} findings in ${count(f.documents)} documents (${runs} runs each)`);
      console.log(line('floor', a));
      console.log(line('netlint lint', b));
      const memOk = documents < 100_000 || b.rss <= GiB;
      console.log(
        `  ratio ${(b.wall / a.wall).toFixed(2)}x wall, ${b.cpu && a.cpu ? (b.cpu / a.cpu).toFixed(2) : 'n/a'}x CPU${pairedText(paired)} (target <= 2.0x${documents >= 100_000 ? ', <= 1 GiB' : ''}): ${verdict(`lint ${flavour} ${documents}`, ratio <= 2 && memOk && !b.killed)}`,
      );
      // The memory target holds in the machine-readable formats too, whose reports are the largest.
      if (flavour === 'mistakes' && documents >= 100_000) {
        for (const format of ['json', 'sarif']) {
          const r = await measure([NODE, CLI, 'lint', '.', '--format', format], { cwd: c.dir });
          console.log(`${line(`--format ${format}`, summary([r]))}  (target <= 1 GiB): ${verdict(`lint ${flavour} ${documents} --format ${format} memory`, r.rss <= GiB && !r.killed)}`);
        }
      }
    }
  }
  if (argv.includes('--ablate')) await ablate();
  if (baseline) await against(baseline);
  if (sizes.length > 1) {
    console.log('\nlint growth, 10,000 -> 100,000 documents (10x the input)');
    for (const [flavour, [small, big]] of Object.entries(perSize)) {
      const cpu = (s) => (s.cpu === null ? 'n/a' : `${(s.cpu / 1000).toFixed(1)} s`);
      console.log(`  ${flavour.padEnd(9)} netlint ${(big.b.wall / small.b.wall).toFixed(1)}x wall (CPU ${cpu(small.b)} -> ${cpu(big.b)}), floor ${(big.a.wall / small.a.wall).toFixed(1)}x wall (CPU ${cpu(small.a)} -> ${cpu(big.a)})`);
      // What the 90,000 extra documents cost each process: start-up, module loading and most of
      // V8's compiling happen once and drop out, leaving the cost per document once warm.
      if (small.b.cpu !== null && big.b.cpu !== null && small.a.cpu !== null && big.a.cpu !== null) {
        const per = (from, to) => ((to - from) / ((big.documents - small.documents) / 1000)).toFixed(0);
        const marginal = (big.b.cpu - small.b.cpu) / (big.a.cpu - small.a.cpu);
        console.log(`  ${''.padEnd(9)} CPU per extra 1,000 documents: netlint ${per(small.b.cpu, big.b.cpu)} ms, floor ${per(small.a.cpu, big.a.cpu)} ms (${marginal.toFixed(2)}x, no verdict)`);
      }
    }
  }
}

/** The rules whose source reads one of rule-support.ts's model views (found in rules/<pack>/<name>.ts). */
function modelRuleIds(ids) {
  const views = /\b(reachCluster|reachClasses|reachMatrix|policyOf|endpointsByLabel)\(/;
  return ids.filter((id) => {
    const file = path.join(ROOT, 'rules', `${id}.ts`);
    return existsSync(file) && views.test(readFileSync(file, 'utf8'));
  });
}

/** Lint with rules switched off beside the floor and the full lint, per 10,000-document corpus. */
async function ablate() {
  const listed = spawnSync(NODE, [CLI, 'rules', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * MiB });
  const ids = JSON.parse(listed.stdout).rules.map((r) => r.id);
  const variants = [
    ['every rule off', ids],
    ['netpol/* off', ids.filter((id) => id.startsWith('netpol/'))],
    // The rules that read the reachability model (the views src/engine/netpol/rule-support.ts
    // builds once a lint: the cluster, its classes, the policies, the endpoint label index).
    ['no model rules', modelRuleIds(ids)],
    ['all rules', []],
    // The same lint without the CLI's V8 settings (src/io/v8-tuning.ts): what they are worth.
    ['V8 defaults', [], ['env', 'NETLINT_V8_DEFAULTS=1']],
  ];
  for (const flavour of ['clean', 'mistakes']) {
    const c = corpus(`${flavour}-10000`, { flavour, documents: 10_000, perFile: 10 }, gen.generateCorpus);
    const runs = runsOption ?? (quick ? 3 : 5);
    console.log(`\nablation, lint, ${flavour} corpus, 10,000 documents (${runs} runs each, alternating with the floor; CPU ratio to the floor)`);
    for (const [label, off, prefix = []] of variants) {
      const { a, b, paired } = await pair([NODE, FLOOR, '.'], [...prefix, NODE, CLI, 'lint', '.', ...(off.length ? ['--disable', off.join(',')] : [])], runs, { cwd: c.dir });
      console.log(`${line(label, b)}  ${b.cpu && a.cpu ? (b.cpu / a.cpu).toFixed(2) : 'n/a'}x the floor (${a.cpu === null ? 'n/a' : secs(a.cpu)} CPU${pairedText(paired)})`);
    }
  }
}

/**
 * The committed `dist/cli.js` of revision `rev`, extracted once into the cache; a usage error
 * (one line, exit 2) before anything is measured when there is none.
 */
function distOf(rev) {
  const fail = (why) => {
    console.error(`bench: --against ${rev}: ${why}`);
    process.exit(2);
  };
  const resolved = spawnSync('git', ['rev-parse', '--short', `${rev}^{commit}`], { cwd: ROOT, encoding: 'utf8' });
  if (resolved.status !== 0) fail('not a revision of this repository');
  const short = resolved.stdout.trim();
  const dir = path.join(CACHE, `against-${short}`);
  const cli = path.join(dir, 'dist/cli.js');
  if (!existsSync(cli)) {
    mkdirSync(dir, { recursive: true });
    const archive = spawnSync('git', ['archive', '--format=tar', short, 'dist'], { cwd: ROOT, maxBuffer: 256 * MiB });
    const untar = archive.status === 0 ? spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout }) : archive;
    if (untar.status !== 0 || !existsSync(cli)) fail(`${short} has no committed dist/cli.js`);
  }
  return { short, cli };
}

/**
 * This build's lint against the committed `dist/` of revision `rev`, per 10,000-document corpus,
 * in turns A B B A (so neither side always runs first after the other), paired run by run.
 */
async function against({ short, cli }) {
  const base = [NODE, cli, 'lint', '.'];
  const head = [NODE, CLI, 'lint', '.'];
  for (const flavour of ['clean', 'mistakes']) {
    const c = corpus(`${flavour}-10000`, { flavour, documents: 10_000, perFile: 10 }, gen.generateCorpus);
    const runs = runsOption ?? 10;
    const rb = [];
    const rh = [];
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? [base, head] : [head, base];
      for (const command of order) (command === base ? rb : rh).push(await measure(command, { cwd: c.dir }));
    }
    const b = summary(rb);
    const h = summary(rh);
    console.log(`\nagainst ${short}, lint, ${flavour} corpus, 10,000 documents (${runs} runs each, in turns)`);
    console.log(line(`dist of ${short}`, b));
    console.log(line('this build', h));
    if (b.cpu !== null && h.cpu !== null) {
      const paired = rh.map((r, i) => r.cpuMs / rb[i].cpuMs);
      console.log(`  this build / ${short}: ${(h.cpu / b.cpu).toFixed(3)}x CPU; run by run ${median(paired).toFixed(3)}x [${Math.min(...paired).toFixed(3)}–${Math.max(...paired).toFixed(3)}] (no verdict)`);
    }
  }
}

if (only.has('reach')) {
  const shapes = quick
    ? [{ endpoints: 10_000, policies: 2_000, formats: ['json', 'text'], bytes: 64e6, ms: 5000, rss: GiB }]
    : [
        { endpoints: 10_000, policies: 2_000, formats: ['json', 'text'], bytes: 64e6, ms: 5000, rss: GiB },
        { endpoints: 100_000, policies: 10_000, formats: ['json'], bytes: Infinity, ms: 30_000, rss: 2 * GiB },
      ];
  for (const shape of shapes) {
    const c = corpus(`reach-${shape.endpoints}x${shape.policies}`, { endpoints: shape.endpoints, policies: shape.policies }, gen.reachCorpus);
    for (const format of shape.formats) {
      const runs = runsOption ?? (quick || shape.endpoints > 10_000 ? 1 : 3);
      const { a, b } = await pair([NODE, FLOOR, '.'], [NODE, CLI, 'reach', '.', '--format', format], runs, { cwd: c.dir, timeoutMs: shape.ms * 6, capBytes: 3 * GiB, countOutput: true });
      console.log(`\nreach --format ${format}, ${count(shape.endpoints)} endpoints x ${count(shape.policies)} policies: ${count(c.documents)} documents in ${count(c.files)} files (${size(c.bytes)}) (${runs} run${runs > 1 ? 's' : ''} each; stdout counted through a pipe)`);
      console.log(line('floor', a));
      console.log(line('netlint reach', b));
      if (b.killed || (b.code !== 0 && b.code !== 1)) console.log(`  stderr: ${readFileSync(b.last.stderr, 'utf8').trim().split('\n').slice(0, 3).join(' | ').slice(0, 300)}`);
      const target = `<= ${shape.ms / 1000} s, <= ${size(shape.rss)}${format === 'json' && shape.bytes < Infinity ? `, JSON <= ${shape.bytes / 1e6} MB` : ''}`;
      // Time judged as for lint: CPU time when known (a shared machine stretches wall time).
      const ms = b.cpu ?? b.wall;
      const ok = !b.killed && (b.code === 0 || b.code === 1) && ms <= shape.ms && b.rss <= shape.rss && (format !== 'json' || b.outBytes <= shape.bytes);
      console.log(`  target ${target}: ${verdict(`reach ${format} ${shape.endpoints}x${shape.policies}`, ok)}`);
    }
  }
}

// `netlint diff` of the reach corpus against itself changed: plus one policy admitting 0.0.0.0/0 to
// every pod of one namespace on 5432/TCP (one change), and with 30 of its NetworkPolicies removed
// (30 changes, each attributed by undoing it alone). Both sides parsed, modelled, compared and
// linted (no target; the figures are for the README and for regressions).
const DIFF_HEADS = [
  {
    label: 'plus one policy admitting 0.0.0.0/0',
    edit(dir) {
      const open = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'bench-open-to-world', namespace: 'team-0' }, spec: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ port: 5432, protocol: 'TCP' }] }] } };
      writeFileSync(path.join(dir, 'zz-bench-open.yaml'), `---\n${JSON.stringify(open)}\n`);
    },
  },
  {
    label: 'less 30 NetworkPolicies',
    edit(dir) {
      const isPolicy = (doc) => /"kind":"NetworkPolicy"|kind: NetworkPolicy/.test(doc);
      const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
      const total = files.reduce((n, f) => n + readFileSync(path.join(dir, f), 'utf8').split(/^---\n/m).filter(isPolicy).length, 0);
      const every = Math.max(1, Math.floor(total / 30));
      let seen = 0;
      let dropped = 0;
      for (const f of files) {
        const docs = readFileSync(path.join(dir, f), 'utf8').split(/^---\n/m);
        const kept = docs.filter((d) => !(isPolicy(d) && ++seen % every === 0 && dropped++ < 30));
        if (kept.length !== docs.length) writeFileSync(path.join(dir, f), kept.join('---\n'));
      }
    },
  },
];
if (only.has('diff')) {
  const shapes = quick ? [{ endpoints: 10_000, policies: 2_000 }] : [{ endpoints: 10_000, policies: 2_000 }, { endpoints: 100_000, policies: 10_000 }];
  for (const shape of shapes) {
    const c = corpus(`reach-${shape.endpoints}x${shape.policies}`, shape, gen.reachCorpus);
    for (const change of DIFF_HEADS) {
      const head = `${c.dir}-head`;
      rmSync(head, { recursive: true, force: true });
      cpSync(c.dir, head, { recursive: true });
      change.edit(head);
      const runs = runsOption ?? 1;
      const { a, b } = await pair([NODE, FLOOR, '.'], [NODE, CLI, 'diff', c.dir, head, '--format', 'json'], runs, { cwd: c.dir, timeoutMs: 900_000, capBytes: 6 * GiB, countOutput: true });
      console.log(`\ndiff --format json, ${count(shape.endpoints)} endpoints x ${count(shape.policies)} policies against the same ${change.label} (${runs} run${runs > 1 ? 's' : ''} each; floor: parsing one side)`);
      console.log(line('floor', a));
      console.log(line('netlint diff', b));
      if (b.killed || b.code !== 0) console.log(`  stderr: ${readFileSync(b.last.stderr, 'utf8').trim().split('\n').slice(0, 3).join(' | ').slice(0, 300)}`);
      rmSync(head, { recursive: true, force: true });
    }
  }
}

if (argv.includes('--per-rule')) {
  const per = gen.benchLintPerRule();
  console.log(`\nin process (a profiling tool, not the headline): one lint of the 10,000-document findings corpus, ${per.lintMs.toFixed(0)} ms`);
  console.log(`time in each rule's check per lint (views shared by several rules are charged to the first caller):`);
  for (const [id, ms] of per.rules) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${id}`);
}

const missed = verdicts.filter((v) => !v.ok);
console.log(verdicts.length === 0 ? '\nno targets in these rows' : `\n${verdicts.length - missed.length}/${verdicts.length} targets met${missed.length ? `; missed: ${missed.map((v) => v.label).join(', ')}` : ''}`);
process.exitCode = missed.length ? 1 : 0;
