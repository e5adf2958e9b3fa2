#!/usr/bin/env node
// Extracts Felix's configuration parameters (name, type, type arguments, default, flags) from the
// `config:"…"` struct tags of felix/config/config_params.go at Calico's targeted tag, for
// calico/env-felix-value, which checks calico-node's FELIX_* environment variables the way Felix
// parses them (felix/config/param_types.go); and the FELIX_* variables Felix's code reads itself
// (`directEnv`).
//
//   node scripts/gen-felix-params.mjs --git /path/to/calico.git          write the committed file
//   node scripts/gen-felix-params.mjs --git /path/to/calico.git --check  fail (exit 1) if it differs
//
// Needs a git directory of projectcalico/calico (CI has none: the output is committed).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPOSITORY, TAG } from './gen-calico-schemas.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'rules/calico/generated/felix-params.json';
const SOURCE = 'felix/config/config_params.go';

const args = process.argv.slice(2);
const gitDir = args[args.indexOf('--git') + 1];
if (!args.includes('--git') || !gitDir) {
  console.error('usage: node scripts/gen-felix-params.mjs --git /path/to/calico.git [--check]');
  process.exit(2);
}
const git = (...a) => execFileSync('git', ['--git-dir', gitDir, ...a], { encoding: 'utf8', maxBuffer: 64 << 20 });
const commit = git('rev-parse', `${TAG}^{commit}`).trim();
const blob = git('rev-parse', `${TAG}:${SOURCE}`).trim();
const text = git('show', `${TAG}:${SOURCE}`);

// The Config struct's fields: `Name  Type  `config:"kind(args);default;flags"``.
const body = text.slice(text.indexOf('type Config struct {'));
const params = [];
for (const m of body.slice(0, body.indexOf('\n}\n')).matchAll(/^\s+([A-Z]\w*)\s+[^`\n]+`[^`]*config:"([^"]*)"[^`]*`/gm)) {
  const [kindPart, def = '', flags = ''] = m[2].split(';');
  const k = /^([\w*-]+)(?:\((.*)\))?$/.exec(kindPart);
  if (!k) continue;
  params.push({ name: m[1], kind: k[1], args: k[2] ?? null, default: def, flags: flags === '' ? [] : flags.split(',') });
}
// FELIX_* variables Felix's code reads itself with os.Getenv / os.LookupEnv (exact name, case and
// all), beside the configuration loader, which logs them as unknown parameters but does not stop
// them working (e.g. felix/bpf/nat/connecttime.go FELIX_DebugSkipCTLBCleanup). Tests and the
// functional-verification harness (felix/fv) are left out.
const directEnv = [];
for (const line of git('grep', '-n', '-E', 'os\\.(Getenv|LookupEnv)\\("FELIX_[A-Za-z0-9_]+"\\)', TAG, '--', 'felix', ':!*_test.go', ':!felix/fv').split('\n')) {
  const m = /^[^:]+:([^:]+):\d+:.*os\.(?:Getenv|LookupEnv)\("(FELIX_[A-Za-z0-9_]+)"\)/.exec(line);
  if (m && !directEnv.some((d) => d.name === m[2])) directEnv.push({ name: m[2], source: m[1] });
}
directEnv.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const out = `${JSON.stringify({ repository: REPOSITORY, tag: TAG, commit, source: SOURCE, blob, params, directEnv }, null, 1)}\n`;
const target = resolve(ROOT, OUT);
if (args.includes('--check')) {
  if (readFileSync(target, 'utf8') !== out) {
    console.error(`${OUT} differs from ${SOURCE} at ${TAG}: run node scripts/gen-felix-params.mjs --git DIR`);
    process.exit(1);
  }
} else {
  writeFileSync(target, out);
  console.log(`${OUT}: ${params.length} parameters from ${SOURCE} at ${TAG} (${commit.slice(0, 12)})`);
}
