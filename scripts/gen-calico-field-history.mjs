#!/usr/bin/env node
// Generates rules/calico/generated/field-history.json: in which Calico minor release each field of
// the Calico resources netlint checks first appeared, and in which one a field was dropped, read
// from the CRDs of the last patch release of every minor from v3.21 (the first tag of the
// projectcalico/calico monorepo that holds libcalico-go/config/crd) to the tag the schema pack is
// generated from (scripts/gen-calico-schemas.mjs TAG).
//
//   npm run gen:calico-field-history -- --git /path/to/calico.git --operator-git /path/to/operator.git
//   … --check                                  fail (exit 1) if the committed file differs
//
// The file is a tree per kind, pruned to the branches that changed: a node is
//   { "since"?: "3.29", "until"?: "3.31", "enumSince"?: { value: "3.30" },
//     "fields"?: { name: node }, "items"?: node, "values"?: node }
// where `fields` are an object's properties, `items` an array's elements and `values` a map's
// values (additionalProperties); `since` is the first minor whose CRD has the node, `until` the
// first minor whose CRD no longer has it, and `enumSince` the first minor whose CRD allows each
// value of an `enum` that the minor before it already restricted to a list without that value
// (a field that only gained an enum in some release says nothing of its earlier values; where the
// CRD has no enum, the values Calico's validator accepts stand in for it, see VALIDATOR_VALUE_SETS).
// A kind's root carries `since` when the kind itself is newer
// than the first minor read. Fields already present in v3.21 and never dropped are left out.
//
// `operatorReleases` maps each tigera/operator release (vX.Y.Z tags of tigera/operator) to the
// Calico release it installs (the `title` of its config/calico_versions.yml), so a cluster installed
// with the operator tells its Calico release by the operator's image.
//
// `felixParams` does the same for Felix's configuration parameters (the `config:"…"` fields of the
// Config struct in felix/config/config_params.go, which calico-node's FELIX_* variables name):
// `since` and `until` map a parameter's name to the minor that added or dropped it, and
// `optionSince` an option of a `oneof(…)` parameter to the minor that added it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { REPOSITORY, TAG, KINDS } from './gen-calico-schemas.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const HISTORY_FILE = 'rules/calico/generated/field-history.json';
const FIRST_MINOR = 21;
const CRD_DIR = 'libcalico-go/config/crd';

function git(gitDir, ...args) {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The last patch release of each minor from v3.21 up to TAG's minor, TAG itself for that minor. */
function releaseTags(gitDir) {
  const last = new Map();
  const [, tagMinor] = /^v3\.(\d+)\./.exec(TAG);
  for (const tag of git(gitDir, 'tag', '--list', 'v3.*').split('\n')) {
    const m = /^v3\.(\d+)\.(\d+)$/.exec(tag);
    if (!m || Number(m[1]) < FIRST_MINOR || Number(m[1]) > Number(tagMinor)) continue;
    const prev = last.get(Number(m[1]));
    if (!prev || Number(m[2]) > prev.patch) last.set(Number(m[1]), { tag, patch: Number(m[2]) });
  }
  last.set(Number(tagMinor), { tag: TAG });
  return [...last].sort((a, b) => a[0] - b[0]).map(([minor, { tag }]) => ({ minor: `3.${minor}`, tag }));
}

/** The CRDs of a tag, by kind: the crd.projectcalico.org ones and the operator's Installation. */
function crdsAt(gitDir, tag) {
  const files = git(gitDir, 'ls-tree', '-r', '--name-only', tag).split('\n');
  const paths = files.filter((f) => f.startsWith(`${CRD_DIR}/crd.projectcalico.org_`) && f.endsWith('.yaml'));
  // The operator's Installation CRD moved between releases (calico/_includes/charts/…, charts/
  // tigera-operator/crds/…, from v3.32 charts/crd.projectcalico.org.v1/templates/…).
  const installation = files.filter((f) => /(^|\/)operator\.tigera\.io_installations(_crd)?\.yaml$/.test(f) && !f.startsWith('manifests/') && !f.includes('projectcalico.org.v3'));
  if (installation.length !== 1) throw new Error(`${tag}: expected one Installation CRD, found ${installation.join(', ') || 'none'}`);
  const out = {};
  for (const path of [...paths, installation[0]]) {
    const crd = load(git(gitDir, 'show', `${tag}:${path}`));
    const version = crd.spec.versions.find((v) => v.storage) ?? crd.spec.versions[0];
    out[crd.spec.names.kind] = { path, schema: version.schema.openAPIV3Schema };
  }
  return out;
}

/** A schema's tree of field paths (only `spec`: the rest is metadata or controller status). */
function shape(schema) {
  const node = {};
  if (!schema || typeof schema !== 'object' || schema['x-kubernetes-preserve-unknown-fields']) return node;
  if (Array.isArray(schema.enum)) node.enum = schema.enum.filter((v) => typeof v === 'string');
  if (schema.properties) node.fields = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, shape(v)]));
  if (schema.items) node.items = shape(schema.items);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') node.values = shape(schema.additionalProperties);
  return node;
}

/** Merges the shape of one release into the history tree. */
function record(history, node, minor, seen) {
  seen.add(history);
  history.present ??= [];
  history.present.push(minor);
  (history.enums ??= {})[minor] = node.enum ?? null;
  for (const key of ['items', 'values']) if (node[key]) record((history[key] ??= {}), node[key], minor, seen);
  for (const [name, child] of Object.entries(node.fields ?? {})) record(((history.fields ??= {})[name] ??= {}), child, minor, seen);
}

/** `present` lists → since/until, pruned to the nodes that changed or lead to one. */
function finish(history, minors, parentSince) {
  const first = history.present[0];
  const lastIndex = minors.indexOf(history.present.at(-1));
  const out = {};
  if (first !== parentSince && first !== minors[0]) out.since = first;
  if (lastIndex < minors.length - 1) out.until = minors[lastIndex + 1];
  const enumSince = {};
  for (const [i, minor] of minors.entries()) {
    const before = i > 0 ? history.enums[minors[i - 1]] : undefined;
    const now = history.enums[minor];
    if (!now || !before) continue;
    for (const v of now) if (!before.includes(v) && !(v in enumSince)) enumSince[v] = minor;
  }
  if (Object.keys(enumSince).length > 0) out.enumSince = Object.fromEntries(Object.entries(enumSince).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const since = first;
  for (const key of ['items', 'values']) {
    if (!history[key]) continue;
    const child = finish(history[key], minors, since);
    if (Object.keys(child).length > 0) out[key] = child;
  }
  if (history.fields) {
    const fields = {};
    for (const name of Object.keys(history.fields).sort()) {
      const child = finish(history.fields[name], minors, since);
      if (Object.keys(child).length > 0) fields[name] = child;
    }
    if (Object.keys(fields).length > 0) out.fields = fields;
  }
  return out;
}

const VALIDATOR_FILE = 'libcalico-go/lib/validator/v3/validator.go';

/** The alternatives of a `regexp.MustCompile("^(A|B|C)$")` variable of the validator at a tag. */
function regexAlternatives(name) {
  return (gitDir, tag) => {
    const m = new RegExp(`\\b${name}\\s*=\\s*regexp\\.MustCompile\\("\\^\\(([A-Za-z|]+)\\)\\$"\\)`).exec(git(gitDir, 'show', `${tag}:${VALIDATOR_FILE}`));
    if (!m) throw new Error(`${tag}: ${VALIDATOR_FILE} has no ${name} of the form ^(A|B)$`);
    return m[1].split('|');
  };
}

/**
 * The values of the api package's string constants named `type…` (declared in `file`, typed or
 * not: a const block types only its first line) that the validator names in a `case`.
 */
function caseConstants(type, file) {
  return (gitDir, tag) => {
    const constants = new Map([...git(gitDir, 'show', `${tag}:${file}`).matchAll(/^\s*(\w+)(?:\s+\w+)?\s*=\s*"([^"]*)"/gm)].map((m) => [m[1], m[2]]));
    const named = new Set();
    for (const line of git(gitDir, 'show', `${tag}:${VALIDATOR_FILE}`).split('\n')) {
      if (!/^\s*case\s/.test(line)) continue;
      for (const m of line.matchAll(/\bapi\.(\w+)/g)) if (m[1].startsWith(type) && constants.has(m[1])) named.add(constants.get(m[1]));
    }
    if (named.size === 0) throw new Error(`${tag}: ${VALIDATOR_FILE} names no ${type} constant of ${file} in a case`);
    return [...named];
  };
}

/**
 * Fields whose accepted values Calico's validator decides, not an enum of the CRD (in some releases
 * at least): each release's values are read from that release's validator, so a value a release
 * added is told as a CRD enum's is. A path's `[]` steps into an array's items.
 */
const VALIDATOR_VALUE_SETS = [
  // `validate:"omitempty,logLevel"` (api/pkg/apis/projectcalico/v3): validateLogLevel matches logLevelRegex.
  {
    values: regexAlternatives('logLevelRegex'),
    fields: [
      ['FelixConfiguration', 'logSeverityScreen'],
      ['FelixConfiguration', 'logSeverityFile'],
      ['FelixConfiguration', 'logSeveritySys'],
      ['BGPConfiguration', 'logSeverityScreen'],
      ['KubeControllersConfiguration', 'logSeverityScreen'],
    ],
  },
  // validateIPPoolSpec's switch over pool.AllowedUses ("unknown use" for any other value).
  { values: caseConstants('IPPoolAllowedUse', 'api/pkg/apis/projectcalico/v3/ippool.go'), fields: [['IPPool', 'allowedUses', '[]']] },
];

/**
 * Records each VALIDATOR_VALUE_SETS field's values at every release whose CRD has the field, once
 * all releases are read. A field whose CRD lists other values than the validator in some release
 * is left to the CRDs (KubeControllersConfiguration's logSeverityScreen from v3.32: None and Panic,
 * no Trace): two sources that disagree would tell a value's first release by which one was read.
 */
function recordValidatorValues(trees, gitDir, releases) {
  for (const set of VALIDATOR_VALUE_SETS) {
    const values = new Map(releases.map(({ minor, tag }) => [minor, set.values(gitDir, tag)]));
    for (const [kind, ...path] of set.fields) {
      let node = trees[kind];
      for (const step of path) node = step === '[]' ? node?.items : node?.fields?.[step];
      if (node === undefined) throw new Error(`${kind} ${path.join('.')}: no such field in any CRD read`);
      const same = (a, b) => a.length === b.length && a.every((v) => b.includes(v));
      if (node.present.some((minor) => node.enums[minor] !== null && !same(node.enums[minor], values.get(minor)))) continue;
      for (const minor of node.present) node.enums[minor] = values.get(minor);
    }
  }
}

/**
 * The Config struct's parameters in felix/config/config_params.go at a tag: name → the options of a
 * `oneof(…)` parameter, else null.
 */
function felixParamsAt(gitDir, tag) {
  const text = git(gitDir, 'show', `${tag}:felix/config/config_params.go`);
  const body = text.slice(text.indexOf('type Config struct {'));
  const params = [...body.slice(0, body.indexOf('\n}\n')).matchAll(/^\s+([A-Z]\w*)\s+[^`\n]+`[^`]*config:"([^"]*)"[^`]*`/gm)];
  return new Map(params.map((m) => [m[1], /^oneof\(([^)]*)\)/.exec(m[2])?.[1].split(',') ?? null]));
}

/**
 * Each Felix parameter's first minor (when after the first read) and the minor that dropped it; and
 * for a `oneof` parameter, each option's first minor when the parameter had options before it
 * (Felix compares options case-insensitively, param_types.go OneofListParam).
 */
function felixHistory(gitDir, releases) {
  const present = new Map();
  for (const { minor, tag } of releases) for (const [name, options] of felixParamsAt(gitDir, tag)) (present.get(name) ?? present.set(name, []).get(name)).push({ minor, options });
  const minors = releases.map((r) => r.minor);
  const since = {};
  const until = {};
  const optionSince = {};
  for (const name of [...present.keys()].sort()) {
    const seen = present.get(name);
    if (seen[0].minor !== minors[0]) since[name] = seen[0].minor;
    const last = minors.indexOf(seen.at(-1).minor);
    if (last < minors.length - 1) until[name] = minors[last + 1];
    for (const [i, { minor, options }] of seen.entries()) {
      const before = seen[i - 1]?.options?.map((o) => o.toLowerCase());
      if (!options || !before) continue;
      for (const o of options) if (!before.includes(o.toLowerCase())) (optionSince[name] ??= {})[o] ??= minor;
    }
  }
  return { since, until, optionSince };
}

/** Each tigera/operator release vX.Y.Z to the Calico release it installs; dev titles are skipped. */
function operatorReleases(operatorGitDir) {
  const out = {};
  const tags = git(operatorGitDir, 'tag', '--list', 'v1.*').split('\n').filter((t) => /^v1\.\d+\.\d+$/.test(t));
  const order = (t) => t.slice(1).split('.').map(Number);
  tags.sort((a, b) => { const x = order(a); const y = order(b); return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; });
  for (const tag of tags) {
    let text;
    try {
      text = git(operatorGitDir, 'show', `${tag}:config/calico_versions.yml`);
    } catch {
      continue;
    }
    const title = /^title:\s*(v3\.\d+\.\d+)\s*$/m.exec(text)?.[1];
    if (title !== undefined && Number(/^v3\.(\d+)/.exec(title)[1]) >= FIRST_MINOR) out[tag] = title;
  }
  return out;
}

export function generate(gitDir, operatorGitDir) {
  const releases = releaseTags(gitDir);
  const minors = releases.map((r) => r.minor);
  const wanted = new Set(KINDS.filter((k) => k.crd).map((k) => k.kind));
  const trees = {};
  for (const { minor, tag } of releases) {
    const crds = crdsAt(gitDir, tag);
    for (const [kind, { schema }] of Object.entries(crds)) {
      if (!wanted.has(kind)) continue;
      record((trees[kind] ??= {}), shape(schema.properties?.spec), minor, new Set());
    }
  }
  recordValidatorValues(trees, gitDir, releases);
  const kinds = {};
  for (const kind of Object.keys(trees).sort()) kinds[kind] = finish(trees[kind], minors, undefined);
  return {
    source: {
      repository: REPOSITORY,
      generator: 'scripts/gen-calico-field-history.mjs',
      releases: releases.map(({ minor, tag }) => ({ minor, tag, commit: git(gitDir, 'rev-parse', `${tag}^{commit}`).trim() })),
      operatorRepository: 'https://github.com/tigera/operator',
    },
    kinds,
    felixParams: felixHistory(gitDir, releases),
    operatorReleases: operatorReleases(operatorGitDir),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const gitDir = argv.includes('--git') ? argv[argv.indexOf('--git') + 1] : process.env.CALICO_GIT_DIR;
  const operatorGitDir = argv.includes('--operator-git') ? argv[argv.indexOf('--operator-git') + 1] : process.env.OPERATOR_GIT_DIR;
  if (!gitDir || !operatorGitDir) {
    console.error('gen-calico-field-history: --git DIR (projectcalico/calico) and --operator-git DIR (tigera/operator), git directories, are required');
    process.exit(2);
  }
  const text = `${JSON.stringify(generate(gitDir, operatorGitDir), null, 1)}\n`;
  const file = resolve(ROOT, HISTORY_FILE);
  if (argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error(`${HISTORY_FILE} differs from what ${gitDir} gives: run npm run gen:calico-field-history -- --git ${gitDir}`);
      process.exit(1);
    }
    console.log(`${HISTORY_FILE} is up to date`);
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${HISTORY_FILE}`);
  }
}
