/**
 * The block scanner is a fast path in front of js-yaml's `parseEvents`. Whenever it returns
 * events they must equal what `parseEvents` returns for the same text and depth limit, and
 * wherever `parseEvents` throws it must return null. These tests check that contract on
 * hand-written edge cases, ordinary manifests, every YAML file in the repository, and random
 * (and randomly damaged) Kubernetes-like block YAML.
 */
import fc from 'fast-check';
import { parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EventPool, scanBlockEvents } from './yaml-block-scanner.js';

/** js-yaml's events for `text`, or null where js-yaml throws. */
function reference(text: string, maxDepth: number): Event[] | null {
  try {
    return parseEvents(text, { maxDepth });
  } catch {
    return null;
  }
}

/**
 * Asserts the scanner's contract on `text`: null where js-yaml throws, and otherwise either null
 * or exactly js-yaml's events. Returns whether the scanner accepted the text. Failure messages
 * show `name`, or else the text itself.
 */
function agreesWithJsYaml(text: string, maxDepth = 100, name?: string): boolean {
  const ours = scanBlockEvents(text, maxDepth);
  const theirs = reference(text, maxDepth);
  const shown = name ?? JSON.stringify(text).slice(0, 400);
  if (theirs === null) {
    expect(ours, `js-yaml throws on ${shown} (maxDepth ${maxDepth}), so the scanner must return null`).toBeNull();
  } else if (ours !== null) {
    expect(ours, `scanner events for ${shown} (maxDepth ${maxDepth})`).toEqual(theirs);
  }
  return ours !== null;
}

/** `depth` nested block mappings, one key per level, each level indented one space more. */
const nestedMappings = (depth: number): string =>
  Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' leaf\n';
/** `depth` nested block sequences written compactly: `- - - x`. */
const nestedSequences = (depth: number): string => '- '.repeat(depth) + 'x\n';
/** `depth` alternating sequence and mapping levels: `- k:` lines. */
const nestedMixed = (depth: number): string =>
  Array.from({ length: Math.ceil(depth / 2) }, (_, i) => `${' '.repeat(2 * i)}- k:`).join('\n') + ' leaf\n';

const CASES: string[] = [
  // Empty text, blank lines and comments only.
  '',
  '\n',
  '\n\n  \n',
  '   ',
  '# only a comment',
  '# only a comment\n',
  '# c1\n# c2\n',
  '  # indented comment\n',
  '#no space\n',
  // Document markers.
  '---',
  '---\n',
  '--- \n',
  '---\na: 1\n',
  '---\n---\n',
  'a: 1\n---\nb: 2\n',
  'a: 1\n---\n',
  'a: 1\n---',
  '--- # comment\na: 1\n',
  '---# comment\na: 1\n',
  '--- a\n',
  '--- a: 1\n',
  '--- - a\n',
  '--- {}\n',
  '--- "x"\n',
  '---a: 1\n',
  '----\n',
  ' ---\n',
  'a: 1\n ---\n',
  'a: ---\n',
  'a: 1\n...\n',
  'a: 1\n...\n---\nb: 2\n',
  'a: 1\n... # end\n',
  '...\n',
  '...a: 1\n',
  '---\n# only a comment\n',
  '---\n# c\n---\na: 1\n',
  'a: 1\n--- \n# c\n',
  '%YAML 1.2\n---\na: 1\n',
  // Root scalars and indented roots.
  'hello\n',
  'hello world\n',
  'hello\nworld\n',
  '"quoted root"\n',
  "'single root'\n",
  '42',
  '~\n',
  '  a: 1\n  b: 2\n',
  '  a: 1\n b: 2\n',
  '  a: 1\nb: 2\n',
  '  - a\n  - b\n',
  // Keys.
  'a1: 1\nb.c/d-e: 2\n_x: 3\n8080: 4\n',
  'k8s.io/app-name: v\n',
  '-k: v\n',
  'true: 1\nnull: 2\n~: 3\n',
  'a b: 1\n',
  'a : 1\n',
  'a  :  1\n',
  'a:1\n',
  'a:1: 2\n',
  '"a": 1\n',
  "'a': 1\n",
  'a: 1\na: 2\n',
  // Values containing `:` or `#`.
  'a: x:y\n',
  'a: http://x\n',
  'a: x: y\n',
  'a: b: c\n',
  'a: 1 # comment\n',
  'a: 1# not a comment\n',
  'a: x#y\n',
  'a: x #y\n',
  'a:#x\n',
  'a: #x\n',
  'a: - b\n',
  'a: -\n',
  'a: -b\n',
  'a: ? b\n',
  'a: @x\n',
  'a: `x\n',
  'a: %x\n',
  'a: ,x\n',
  'a: x,y\n',
  'a: ]\n',
  'a: x]\n',
  'a: x}\n',
  'a: x[0]\n',
  // Trailing spaces.
  'a: 1   \n',
  'a:   \n',
  'a: b \nc: d  \n',
  // A last line of spaces only, with or without a line break after it.
  'a: b\n ',
  'a: b\n  ',
  'a: b\n  \n',
  'a: b\n \nc: d\n',
  'a: b\n\n  ',
  'a: b\n  \n  ',
  'a: b   \n  ',
  'x:\n  a: b\n  ',
  'x:\n  a: b\n   ',
  '- a\n ',
  '- a\n  ',
  '- a: b\n   ',
  'a: "b"\n  ',
  "a: 'b'\n  ",
  'a: {}\n  ',
  'a: [a, b]\n  ',
  'a:\n  ',
  'a: b\n  \n---\nc: d\n',
  'a: b\n  ---\n',
  'a:\n- b\n ',
  'a:\n- b: c\n  ',
  'a:\n- b: c\n   ',
  'a: b # c\n ',
  '---\n ',
  'a: b\n---\n  ',
  '  \na: 1\n',
  '# c\n---\na: 1\n',
  // Empty values followed by nested or sibling content.
  'a:\n  b: 1\n',
  'a:\nb: 1\n',
  'a:\n- 1\n- 2\n',
  'a:\n  - 1\n  - 2\n',
  'a:\n- 1\nb: 2\n',
  'a:\n  b:\n  c: 1\n',
  'a:\n  b:\nc: 1\n',
  'a:\n    b: 1\n  c: 2\n',
  'a:\n  b: 1\n   c: 2\n',
  'a:\n  b: 1\n c: 2\n',
  'a:\n\n  b: 1\n',
  'a:\n# c\n  b: 1\n',
  'a:\n',
  'a:\n\n',
  // Multi-line plain scalars.
  'a: b\n  c\n',
  'a: b\n  c\n  d\n',
  'a: b\n  c: d\n',
  'a: b\n\n  c\n',
  'a: b\nc\n',
  '- a\n  b\n',
  'a:\n  b\n  c\n',
  'a: b\n  # c\n  d\n',
  // Comment lines indented more or less than the value.
  'a: b\n    # comment\n',
  'a: b\n   # comment\nc: d\n',
  'a:\n    # comment\n  b: 1\n',
  'a:\n  b: 1\n# comment\n  c: 2\n',
  '- a\n    # comment\n- b\n',
  // Quoted scalars.
  "a: 'it''s'\n",
  'a: "x\\"y"\n',
  'a: "tab\\tx\\u00e9"\n',
  'a: "\\q"\n',
  'a: "\\\n  y"\n',
  "a: ''\n",
  'a: ""\n',
  "a: 'x' junk\n",
  'a: "x"junk\n',
  'a: "x" junk\n',
  "a: 'x' # ok\n",
  "a: 'x'# not ok\n",
  "a: 'x':\n",
  "a: 'unterminated\n",
  'a: "unterminated\n',
  "a: 'multi\n  line'\n",
  'a: "multi\n  line"\n',
  "- 'x'\n- \"y\"\n",
  "'a b': 'c'\n",
  // Flow collections.
  'a: {}\n',
  'a: []\n',
  'a: {a: 1}\n',
  'a: [a, b]\n',
  'a: {} # c\n',
  'a: {}x\n',
  'a: { }\n',
  'a: [ ]\n',
  'a: {}\n  b: 1\n',
  '- {}\n- []\n',
  '{}\n',
  '[]\n',
  '{}: 1\n',
  '[]: 1\n',
  '- [a,\n  b]\n',
  'a: [a, ]\n',
  'a: [, a]\n',
  'a: [a,,b]\n',
  'a: [a b]\n',
  'a: [a:b]\n',
  'a: [a: b]\n',
  'a: [a:]\n',
  'a: [a:, b]\n',
  'a: [a :b]\n',
  'a: [http://x]\n',
  'a: [a#b]\n',
  'a: [a #b]\n',
  'a: [a] # c\n',
  'a: [a]# c\n',
  'a: [a]]\n',
  'a: [a] x\n',
  'a: ["a", \'b\']\n',
  'a: ["a"b]\n',
  'a: ["a" , b]\n',
  'a: ["a":b]\n',
  'a: ["a": b]\n',
  'a: [-a]\n',
  'a: [- a]\n',
  'a: [-]\n',
  'a: [.5, ~, true]\n',
  'a: [a\n',
  'a: [a, "b\\"c"]\n',
  "a: ['it''s']\n",
  'a: [&x a]\n',
  'a: [*x]\n',
  'a: [!t a]\n',
  'a: [%]\n',
  'a: [@]\n',
  'a: [a, [b]]\n',
  'a: [{}]\n',
  'a: [a]\n  b: 1\n',
  'a: [a]\n  - b\n',
  'a: {a: }\n',
  'a: {a:}\n',
  'a: {a:1}\n',
  'a: {a: 1, }\n',
  'a: {a: 1 b: 2}\n',
  'a: {a: 1,b: 2}\n',
  'a: {a: b: c}\n',
  'a: {a: b:c}\n',
  'a: {a: [b]}\n',
  'a: {"a": 1}\n',
  'a: {a: "b"}\n',
  'a: {a.b/c: d}\n',
  'a: {-a: 1}\n',
  'a: {? a}\n',
  'a: {a}\n',
  'a: {a: b, c}\n',
  'a: {a: 1}}\n',
  'a: {a: 1, a: 2}\n',
  'a: {a: #c\n  }\n',
  '- [a, b]\n',
  '- {a: 1}\n  b: 2\n',
  '- [a, b]: c\n',
  '[a, b]\n',
  '{a: 1}\n',
  '[a]: 1\n',
  'a: [a, b]  \n',
  'a: [a,b]\n',
  'a: [ a , b ]\n',
  // Block scalars.
  'a: |\n  text\n',
  'a: >\n  folded\n  text\n',
  'a: |-\n  x\nb: 1\n',
  'a: |2\n   x\n',
  '- |\n  x\n',
  'a: |\n  x\n\n',
  'a: |\n  x\n\n\n',
  'a: |+\n  x\n\n',
  'a: |-\n  x\n\n',
  'a: >+\n  x\n\n\nb: 1\n',
  'a: |\n  x\n  \n',
  'a: |\n  x\n     \n',
  'a: |\n  x\n     \nb: 1\n',
  'a: |\n  x\n  y\n',
  'a: |\n  x\n    y\n  z\n',
  'a: |\n    x\n  y\n',
  'a: |\n  x\n # c\n',
  'a: |\n  x\n  # c\n',
  'a: |\n  # x\n',
  'a: |\n  x\n# c\nb: 1\n',
  'a: |\n  x',
  'a: |\n  x\n ',
  'a: |\n  x\n   ',
  'a: |\n  x\n\n ',
  'a: |\n  x\n  ',
  'a: |\n  x\n \n',
  'a: |\n  x\n \n ',
  'a: |\n  x\n \nb: 1\n',
  'a: |+\n  x\n ',
  'a: >+\n  x\n\n ',
  'a: |\n',
  'a: |',
  'a: |\n\n  x\n',
  'a: |\n   \n  x\n',
  'a: |\n \n  x\n',
  'a: |\nb: 1\n',
  'a: | # c\n  x\n',
  'a: |# c\n  x\n',
  'a: |x\n  x\n',
  'a: |-+\n  x\n',
  'a: |  \n  x\n',
  'a: >-\n  x\n  y\n\n  z\n',
  'a: |\n  x\n---\nb: 1\n',
  'a: |\n  x\n\n---\n',
  'a: |\n  ---\n',
  'a: |\n  ...\n',
  'a: |\n---\n',
  'a: |\n  x\n...\n',
  '- |\n  x\n- y\n',
  '- |\n x\n',
  '-  |\n   x\n',
  '- >\n  x\n  - y\n',
  '- a: |\n    x\n  b: 1\n',
  '- a: |\n   x\n',
  '- a: |\n  x\n',
  'a:\n  b: |\n  x\n',
  'a:\n  b: |\n   x\n  c: 1\n',
  'a: |\n  x\n\ty\n',
  'a: |\n  \tx\n',
  'a: |\n  x\r\n',
  '|\n  x\n',
  '--- |\n  x\n',
  // Anchors, aliases, tags, complex keys.
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: !local x\n',
  '&a a: 1\n',
  'a: &x\n  b: 1\n',
  '? a\n: b\n',
  // Sequences.
  '- - a\n  - b\n',
  '- - - a\n',
  '-\n',
  '- \n',
  '-\n- a\n',
  '- # comment\n  a: 1\n',
  '- # comment\n',
  '-  # comment\n- b\n',
  '-a\n',
  '--a\n',
  '- -a\n',
  '- a: 1\n  b: 2\n',
  '- a: 1\n b: 2\n',
  '- a: 1\n   b: 2\n',
  '- a: 1\nb: 2\n',
  '-   a: 1\n    b: 2\n',
  '- a:\n  - b\n',
  '- a:\n    b: 1\n',
  '- a:\n  b: 1\n',
  'a:\n- b: 1\n  c: 2\n- d\n',
  'a:\n  - b: 1\n    c: 2\n',
  'a:\n  - b\n  c: 1\n',
  'a:\n  - b\n - c\n',
  'a: b\n- c\n',
  '- a\nb: 1\n',
  '- a\n  - b\n',
  '-\n  a: 1\n',
  '-\n  - a\n',
  // Tabs.
  'a:\n\tb: 1\n',
  'a:\tb\n',
  'a: b\t\n',
  'a: b\t# c\n',
  'a: b \t# c\n',
  '\ta: 1\n',
  '-\ta\n',
  '- \ta\n',
  'a:\t\n  b: 1\n',
  'a: 1\n\t\nb: 2\n',
  'a: "x\ty"\n',
  // Line endings, BOM, non-ASCII, missing final newline.
  'a: 1\r\nb: 2\r\n',
  'a:\r\n  b: 1\r\n',
  'a: 1\r\n---\r\nb: 2\r\n',
  'a: 1 # c\r\n',
  'a: 1\rb: 2\n',
  'a: 1\r',
  '\uFEFFa: 1\n',
  '\uFEFF---\na: 1\n',
  '\uFEFF\n',
  'a: 1\n\uFEFFb: 2\n',
  'a: \uFEFF1\n',
  '名前: 値\nemoji: 😀\n',
  'a: é\u00A0b\n',
  'a: "\u2028"\n',
  'a: x\u2028y\n',
  'a: x\u0085y\n',
  'a: \u0007\n',
  'a: 1',
  'a:',
  '- a',
  '-',
  "a: 'x'",
  'a: "x"',
  'a: {}',
  'a: 1 # c',
  // Very long keys and values.
  'k'.repeat(1023) + ': v\n',
  'k'.repeat(1024) + ': v\n',
  'k'.repeat(1025) + ': v\n',
  `"${'k'.repeat(1100)}": v\n`,
  `a:\n  ${'k'.repeat(1100)}: v\n`,
  `- ${'k'.repeat(1100)}: v\n`,
  `a: ${'v'.repeat(5000)}\n`,
  // Deep nesting around the default limit.
  ...[98, 99, 100, 101].flatMap((d) => [nestedMappings(d), nestedSequences(d), nestedMixed(d)]),
  // Documents written as one line of JSON, and nested flow collections.
  '{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"t","labels":{"team":"t0"}}}\n',
  '---\n{"a":1}\n---\n{"b":[1,2]}\n',
  '{"a":1}',
  '{"a":1} # c\n',
  '{"a":1}#c\n',
  '{"a":1}\n  b\n',
  '{"a":1}\nb: 2\n',
  '[{"a":-1},{"b":-x}]\n',
  '{"a" :1}\n',
  '{"a":}\n',
  '{"a": }\n',
  '{"a":"x\\"y"}\n',
  '{"a":""}\n',
  "{'a':'b'}\n",
  '{"a":[1,2,]}\n',
  '{"a":{}}\n',
  '[[]]\n',
  '[[], {}]\n',
  '{"a":[[[[1]]]]}\n',
  '{a: [x, {b: c}]}\n',
  '{a:1}\n',
  '{"a":\n 1}\n',
  '- {"a":1}\n- [1, [2]]\n',
  'a: {"b":{"c":[1,"2",true,null]}}\n',
  'a: [x, {b: c:d}]\n',
  'a: [-, x]\n',
  'a: [- x]\n',
  'a: [-1, -x, --]\n',
  '{"a":1}{"b":2}\n',
  '{"a":1},\n',
  `{"${'k'.repeat(1100)}":1}\n`,
];

/** Cases run with a small depth limit: nesting on either side of 3. */
const SHALLOW_CASES: string[] = [
  ...[1, 2, 3, 4, 5].flatMap((d) => [nestedMappings(d), nestedSequences(d), nestedMixed(d)]),
  'a:\n  b: {}\n',
  'a:\n  b:\n    c: []\n',
  'a:\n  b:\n    c: {}\n',
  'a:\n- - {}\n',
  'a:\n  b:\n  - c\n',
  'a:\n  b:\n  - c: 1\n',
  'a:\n  b:\n    c:\n',
  '---\na:\n  b:\n    c: 1\n---\nd: 1\n',
  '---\nd: 1\n---\na:\n  b:\n    c: 1\n',
];

/** A case's test name: its text JSON-escaped, cut to a readable length. */
const label = (text: string): string => {
  const shown = JSON.stringify(text);
  return shown.length > 70 ? `${shown.slice(0, 60)}…(${text.length} chars)` : shown;
};

describe('scanBlockEvents agrees with js-yaml on hand-written cases', () => {
  it.each(CASES.map((text, i) => [`${i}: ${label(text)}`, text]))('maxDepth 100, %s', (_, text) => {
    agreesWithJsYaml(text, 100);
  });
  it.each(SHALLOW_CASES.map((text, i) => [`${i}: ${label(text)}`, text]))('maxDepth 3, %s', (_, text) => {
    agreesWithJsYaml(text, 3);
  });
});

const MANIFESTS: Record<string, string> = {
  deployment: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels:
    app: web
    app.kubernetes.io/part-of: shop
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
        args: ["--port", "8080"]
        ports:
        - containerPort: 8080
          name: http
          protocol: TCP
        env:
        - name: MODE
          value: "production"
        - name: EMPTY
          value: ''
        resources: {}
      tolerations: []
`,
  service: `# The web front end.
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  type: ClusterIP
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 8080 # the container port
      protocol: TCP
`,
  networkPolicy: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes:
  - Ingress
  - Egress
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: monitoring
      podSelector:
        matchLabels:
          app: prometheus
    - ipBlock:
        cidr: 10.0.0.0/8
        except:
        - 10.1.0.0/16
    ports:
    - port: 8080
      protocol: TCP
  egress:
  - to:
    - namespaceSelector: {}
      podSelector:
        matchLabels:
          k8s-app: kube-dns
    ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
`,
  ipPool: `apiVersion: projectcalico.org/v3
kind: IPPool
metadata:
  name: default-ipv4-ippool
spec:
  cidr: 192.168.0.0/16
  blockSize: 26
  ipipMode: CrossSubnet
  vxlanMode: Never
  natOutgoing: true
  disabled: false
  nodeSelector: all()
`,
  configMap: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  LOG_LEVEL: "debug"
  GREETING: 'say "hi"'
  QUOTE: "it's"
  PATH_LIST: "/usr/bin:/bin"
  EMPTY: ""
  PORT: "8080"
  ENABLED: 'true'
`,
  stream: `---
apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
# The app's service account.
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: shop

---
apiVersion: v1
kind: Service
metadata:
  name: db
  namespace: shop
spec:
  clusterIP: None
  ports:
  - port: 5432
`,
  'ConfigMap with text beyond ASCII': `# Überblick — settings for the café front end
apiVersion: v1
kind: ConfigMap
metadata:
  name: café-settings
  annotations:
    description: "Réglages — ne pas modifier"
data:
  greeting: こんにちは
  motd: |
    Bienvenue, naïve visitor
`,
};

describe('scanBlockEvents covers ordinary manifests', () => {
  it.each(Object.entries(MANIFESTS))('accepts the %s and agrees with js-yaml', (_, text) => {
    expect(agreesWithJsYaml(text), 'the fast path returned null on an ordinary manifest').toBe(true);
  });
});

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git']);

/** Every .yaml or .yml file under `dir`, skipping installed packages, build output and git data. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : yamlFiles(path);
    return entry.isFile() && /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

describe('scanBlockEvents on the repository', () => {
  it('agrees with js-yaml on every YAML file under examples/, rules/ and test/', () => {
    const files = ['examples', 'rules', 'test'].flatMap((dir) => yamlFiles(join(REPO_ROOT, dir)));
    let accepted = 0;
    for (const file of files) {
      if (agreesWithJsYaml(readFileSync(file, 'utf8'), 100, relative(REPO_ROOT, file))) accepted++;
    }
    expect(files.length).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  });
});

// Random Kubernetes-like block YAML.

/** What surrounds an entry or item: a line before it (empty, spaces only, or a comment) and what ends its first line. */
type Decor = { before: 'none' | 'blank' | 'spaces' | 'comment'; commentIndent: number; comment: string; after: 'none' | 'comment' | 'spaces' };
type Node =
  | { kind: 'scalar'; text: string }
  | { kind: 'block'; header: string; lines: string[] }
  | { kind: 'emptyMap' }
  | { kind: 'emptySeq' }
  | { kind: 'map'; entries: { key: string; value: Node; decor: Decor }[]; inline: boolean }
  | { kind: 'seq'; items: { value: Node; decor: Decor }[]; inline: boolean; indentless: boolean };

const KEYS = ['name', 'app', 'a.b/c', 'x-y', '_k', '80', 'true'];
const SCALARS = [
  'web',
  'nginx',
  'nginx:1.25',
  'kube-system',
  '80',
  '8080',
  '3.14',
  '-1',
  'true',
  'false',
  '~',
  'null',
  'on',
  'off',
  '010',
  '0x1F',
  '10.0.0.0/8',
  'a:b',
  'http://x:80/y',
  'a#b',
  'a-b',
  '-x',
  'a,b',
  'a[0]',
  'all()',
  'has(x) && y == "z"',
  'two words',
  "'single'",
  "'a: b'",
  "'#x'",
  "''",
  '"double"',
  '"# not a comment"',
  '"[x]"',
  '""',
  // Text beyond ASCII, as comments and descriptions have it.
  'café',
  '名前',
  '"— dash"',
  "'naïve'",
  'a\u00a0b',
];
/** Quoted scalars with escapes: valid, but rare in manifests. */
const ESCAPED_SCALARS = ["'it''s'", '"a\\"b"', '"tab\\tx"', '"\\u00e9"'];
/** Flow collections holding scalars, as manifests write them (`args: ["--port", "8080"]`). */
const FLOW_LEAVES = ['[a, b]', '["--port", "8080"]', "['x']", '[80, 443]', '{ cpu: 100m, memory: 128Mi }', '{a: 1}', '[ ]', '{ }'];
/** Block scalar headers and lines; a line may be empty or more indented than the first. */
const BLOCK_HEADERS = ['|', '>', '|-', '>-', '|+', '>+'];
const BLOCK_FIRST_LINES = ['line one', '{ "Network": "10.244.0.0/16" }', '# not a comment', 'key: value', '- item', "it's"];
const BLOCK_LINES = [...BLOCK_FIRST_LINES, '', '', '  more indented', 'x  ', '\\n'];
const COMMENTS = ['# note', '#', '#: x', '# - a', '#---', '# "q"', '# Überblick — the pool'];

const decor: fc.Arbitrary<Decor> = fc.record({
  before: fc.constantFrom('none', 'none', 'none', 'none', 'blank', 'spaces', 'comment'),
  // -1 puts a comment (or spaces-only) line at the column of the line after it, as people usually write them.
  commentIndent: fc.oneof({ weight: 7, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 6 }) }),
  comment: fc.constantFrom(...COMMENTS),
  after: fc.constantFrom('none', 'none', 'none', 'none', 'comment', 'spaces'),
});

const { node: nodeArb, collection: collectionArb } = fc.letrec<{ node: Node; collection: Node; map: Node; seq: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .oneof(
        { weight: 32, arbitrary: fc.constantFrom(...SCALARS) },
        { weight: 6, arbitrary: fc.constantFrom(...FLOW_LEAVES) },
        { weight: 1, arbitrary: fc.constantFrom(...ESCAPED_SCALARS) },
      )
      .map((text): Node => ({ kind: 'scalar', text })),
    fc.constant<Node>({ kind: 'emptyMap' }),
    fc.constant<Node>({ kind: 'emptySeq' }),
    fc
      .record({
        header: fc.constantFrom(...BLOCK_HEADERS),
        first: fc.constantFrom(...BLOCK_FIRST_LINES),
        rest: fc.array(fc.constantFrom(...BLOCK_LINES), { maxLength: 3 }),
      })
      .map(({ header, first, rest }): Node => ({ kind: 'block', header, lines: [first, ...rest] })),
    tie('map'),
    tie('seq'),
  ),
  collection: fc.oneof(tie('map'), tie('seq')),
  map: fc
    .record({
      entries: fc.array(fc.record({ key: fc.constantFrom(...KEYS), value: tie('node'), decor }), { minLength: 1, maxLength: 4 }),
      // `- key: value` is the usual way to write a mapping in a sequence.
      inline: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    })
    .map(({ entries, inline }): Node => ({ kind: 'map', entries, inline })),
  seq: fc
    .record({
      items: fc.array(fc.record({ value: tie('node'), decor }), { minLength: 1, maxLength: 4 }),
      // `- - item` is rare in manifests.
      inline: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 5, arbitrary: fc.constant(false) }),
      indentless: fc.boolean(),
    })
    .map(({ items, inline, indentless }): Node => ({ kind: 'seq', items, inline, indentless })),
}));

/** The text of a scalar or empty collection node. */
function leaf(node: Node): string {
  if (node.kind === 'scalar') return node.text;
  return node.kind === 'emptyMap' ? '{}' : '[]';
}

const pad = (n: number): string => ' '.repeat(n);

/** Renders block YAML with `width` spaces per nesting level. */
function renderer(width: number) {
  const before = (d: Decor, col: number): string => {
    const at = pad(d.commentIndent < 0 ? col : d.commentIndent);
    return { none: '', blank: '\n', spaces: `${at}\n`, comment: `${at}${d.comment}\n` }[d.before];
  };
  const trailing = (d: Decor): string => ({ none: '', comment: ' # c', spaces: '  ' })[d.after];
  /** A scalar, empty collection or block scalar after `key: ` or `- `, for an entry or item at column `col`. */
  const leafLines = (v: Node, d: Decor, col: number): string =>
    v.kind === 'block'
      ? `${v.header}${trailing(d)}\n${v.lines.map((l) => (l === '' ? '\n' : `${pad(col + width)}${l}\n`)).join('')}`
      : `${leaf(v)}${trailing(d)}\n`;

  /** A nested collection on the lines after its key or dash, its elements at column `col`. */
  const below = (node: Node, col: number): string => block(node, col, false);

  /** A mapping or sequence whose elements start at column `col`; with `inline` the first element continues the current line. */
  function block(node: Node, col: number, inline: boolean): string {
    let out = '';
    if (node.kind === 'map') {
      node.entries.forEach((e, i) => {
        if (!(inline && i === 0)) out += before(e.decor, col) + pad(col);
        const v = e.value;
        if (v.kind === 'map') out += `${e.key}:${trailing(e.decor)}\n${below(v, col + width)}`;
        else if (v.kind === 'seq') out += `${e.key}:${trailing(e.decor)}\n${below(v, v.indentless ? col : col + width)}`;
        else out += `${e.key}: ${leafLines(v, e.decor, col)}`;
      });
    } else if (node.kind === 'seq') {
      node.items.forEach((it, i) => {
        if (!(inline && i === 0)) out += before(it.decor, col) + pad(col);
        const v = it.value;
        if ((v.kind === 'map' || v.kind === 'seq') && v.inline) out += `- ${block(v, col + 2, true)}`;
        else if (v.kind === 'map' || v.kind === 'seq') out += `-${trailing(it.decor)}\n${below(v, col + width)}`;
        else out += `- ${leafLines(v, it.decor, col)}`;
      });
    } else {
      out += (inline ? '' : pad(col)) + leafLines(node, { before: 'none', commentIndent: -1, comment: '', after: 'none' }, col);
    }
    return out;
  }
  return block;
}

type Stream = {
  docs: { root: Node; indent: number; comment: boolean }[];
  width: number;
  leadingMarker: boolean;
  /** How the text ends: with a line break, without one, or with a last line of spaces. */
  end: 'newline' | 'none' | 'spaces';
};

const streamArb: fc.Arbitrary<Stream> = fc.record({
  docs: fc.array(
    fc.record({
      // Mostly a collection at column 0, as manifests are; sometimes a root scalar or an indented root.
      root: fc.oneof({ weight: 29, arbitrary: collectionArb }, { weight: 1, arbitrary: nodeArb }),
      indent: fc.oneof({ weight: 29, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) }),
      comment: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  width: fc.integer({ min: 1, max: 4 }),
  leadingMarker: fc.boolean(),
  end: fc.constantFrom('newline', 'newline', 'none', 'spaces'),
});

/** The text of a generated stream: its documents joined by `---` lines. */
function renderStream(s: Stream): string {
  const block = renderer(s.width);
  const docs = s.docs.map((d) => (d.comment ? '# document\n' : '') + block(d.root, d.indent, false));
  const text = (s.leadingMarker ? '---\n' : '') + docs.join('---\n');
  return s.end === 'newline' ? text : s.end === 'none' ? text.slice(0, -1) : `${text}${pad(1 + (text.length % 3))}`;
}

const textArb = streamArb.map(renderStream);

const MUTATION_CHARS = [' ', '\n', ':', '-', '#', "'", '"', '{', '[', '|', '&', '*', '!', '\t', '\r', 'x', 'é', '\u00a0', '\u0085', '\u2028', '\ufeff', '\ufffe', '\ud800', '名'];

/** A generated text with one character inserted, deleted or replaced. */
const mutatedArb = fc
  .record({
    text: textArb,
    at: fc.nat(),
    op: fc.constantFrom('insert', 'delete', 'replace'),
    char: fc.constantFrom(...MUTATION_CHARS),
  })
  .map(({ text, at, op, char }) => {
    const i = at % (text.length + 1);
    if (op === 'insert') return text.slice(0, i) + char + text.slice(i);
    if (op === 'delete') return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + char + text.slice(i + 1);
  });

/** Inputs per property; NETLINT_FUZZ_RUNS (as in test/fuzz.test.ts) overrides the defaults for a longer run. */
const runs = (n: number): number => Number(process.env.NETLINT_FUZZ_RUNS) || n;

describe('scanBlockEvents on generated Kubernetes-like YAML', () => {
  it('agrees with js-yaml on generated block YAML', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        agreesWithJsYaml(text);
      }),
      { numRuns: runs(400) },
    );
  });

  it('agrees with js-yaml on generated block YAML with one character inserted, deleted or replaced', () => {
    fc.assert(
      fc.property(mutatedArb, (text) => {
        agreesWithJsYaml(text);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('agrees with js-yaml on generated block YAML under a small depth limit', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 1, max: 12 }), (text, maxDepth) => {
        agreesWithJsYaml(text, maxDepth);
      }),
      { numRuns: runs(300) },
    );
  });

  it('agrees with js-yaml on documents written as one line of JSON, whole and mutated', () => {
    const jsonDocs = fc.array(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 5 }), { minLength: 1, maxLength: 3 });
    const texts = jsonDocs.map((docs) => docs.map((d) => `---\n${JSON.stringify(d)}\n`).join(''));
    fc.assert(
      fc.property(texts, fc.nat(), fc.constantFrom(...MUTATION_CHARS), (text, at, char) => {
        agreesWithJsYaml(text);
        const i = at % (text.length + 1);
        agreesWithJsYaml(text.slice(0, i) + char + text.slice(i + 1));
      }),
      { numRuns: runs(500) },
    );
    // Not vacuous: JSON without escapes or characters outside printable ASCII is scanned.
    const plain = fc.sample(texts, { numRuns: 200, seed: 7 }).filter((t) => /^[\n\x20-\x7e]*$/.test(t) && !t.includes('\\'));
    expect(plain.length).toBeGreaterThan(20);
    expect(plain.filter((t) => scanBlockEvents(t, 100) !== null).length / plain.length).toBeGreaterThanOrEqual(0.5);
  });

  it('gives js-yaml events with one pool lent across many scans, small after large and large after small', () => {
    // A pool's objects are rewritten by the next scan: each scan is compared before the next.
    const pool = new EventPool();
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 2, maxLength: 6 }), (texts) => {
        for (const text of texts) {
          const ours = scanBlockEvents(text, 100, pool);
          if (ours === null) continue;
          accepted++;
          expect(ours).toEqual(reference(text, 100));
        }
      }),
      { numRuns: runs(150) },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('keeps at most 65,536 events of a kind in a pool, so one huge file does not stay in memory', () => {
    const pool = new EventPool();
    const huge = Array.from({ length: 70_000 }, (_, i) => `k${i}: v`).join('\n') + '\n';
    const events = scanBlockEvents(huge, 100, pool);
    expect(events).toEqual(reference(huge, 100));
    expect(pool.scalars.length).toBe(65_536);
    expect(pool.collections.length).toBe(1);
    // The events past the cap are the scan's own: the next scan leaves them as they were.
    const last = structuredClone(events!.at(-2));
    scanBlockEvents('a: b\n', 100, pool);
    expect(events!.at(-2)).toEqual(last);
  });

  it('accepts at least half of the unmutated generated texts', () => {
    const sample = fc.sample(textArb, { numRuns: 300, seed: 42 });
    const valid = sample.filter((text) => reference(text, 100) !== null);
    const accepted = valid.filter((text) => scanBlockEvents(text, 100) !== null);
    // The generator writes only valid YAML, so js-yaml must parse every sample.
    expect(valid.length).toBe(sample.length);
    expect(accepted.length / sample.length).toBeGreaterThanOrEqual(0.5);
  });
});
