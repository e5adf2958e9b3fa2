import { describe, expect, it } from 'vitest';
import { loadSources } from './load.js';
import type { Finding } from './types.js';

const load = (content: string | Uint8Array, path = 'm.yaml', size?: number) => loadSources([{ path, content, size }]);
const ids = (findings: Finding[]) => findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`);

describe('loadSources: Kubernetes objects', () => {
  it('reads multi-document YAML with positions for nested, flow-style and missing fields', () => {
    const { resources, findings } = load(
      ['apiVersion: v1', 'kind: Namespace', 'metadata: {name: x}', '---', 'apiVersion: projectcalico.org/v3', 'kind: IPPool', 'metadata:', '  name: p', 'spec:', '  cidr: "10.0.0.0/16"', '  blockSize: 26', ''].join('\n'),
    );
    expect(findings).toEqual([]);
    expect(resources.map((r) => `${r.groupKind} ${r.name}`)).toEqual(['Namespace x', 'projectcalico.org/IPPool p']);
    const pool = resources[1];
    expect(pool.doc).toBe(1);
    expect(pool.locate(['spec', 'cidr'])).toEqual({ line: 10, column: 9, endLine: 10, endColumn: 22 });
    expect(pool.locate(['spec', 'blockSize'])).toEqual({ line: 11, column: 14, endLine: 11, endColumn: 16 });
    // A missing field points at its parent's key.
    expect(pool.locate(['spec', 'ipipMode'])).toEqual({ line: 9, column: 1, endLine: 9, endColumn: 5 });
    expect(resources[0].locate(['metadata', 'name'])).toEqual({ line: 3, column: 18, endLine: 3, endColumn: 19 });
    // The key leading to a field, block or flow; an item of a list has none and gives its value.
    expect(pool.locateKey!(['spec', 'cidr'])).toEqual({ line: 10, column: 3, endLine: 10, endColumn: 7 });
    expect(pool.locateKey!(['spec'])).toEqual({ line: 9, column: 1, endLine: 9, endColumn: 5 });
    expect(resources[0].locateKey!(['metadata', 'name'])).toEqual({ line: 3, column: 12, endLine: 3, endColumn: 16 });
    expect(pool.locateKey!(['spec', 'nope'])).toEqual(pool.locate(['spec', 'nope']));
    const list = load('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n').resources[0];
    expect(list.locateKey!(['spec', 'containers', 0])).toEqual(list.locate(['spec', 'containers', 0]));
  });

  it('decodes YAML 1.1 scalars as Kubernetes does and keeps how they were written', () => {
    const { resources } = load('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: on\n  b: "on"\n  c: 010\n  d: 0x1F\n  e: 2024-01-01\n  f: 1e3\n  g: ~\n  h: 0o17\n  i: 0o8\n');
    const data = resources[0].value.data as Record<string, unknown>;
    // go-yaml v2 reads 1e3 as the float 1000 (resolve.go yamlStyleFloat) and 0o17 as 15 (Go's
    // ParseInt with base 0), though YAML 1.1 would read neither.
    expect(data).toEqual({ a: true, b: 'on', c: 8, d: 31, e: '2024-01-01', f: 1000, g: null, h: 15, i: '0o8' });
    expect(resources[0].scalar(['data', 'a'])).toEqual({ source: 'on', style: 'plain', tag: null });
    expect(resources[0].scalar(['data', 'b'])).toEqual({ source: 'on', style: 'double', tag: null });
  });

  it('expands kind: List and typed lists whose items have no kind', () => {
    const { resources } = load(
      JSON.stringify({ apiVersion: 'v1', kind: 'PodList', items: [{ apiVersion: 'v1', metadata: { name: 'a', namespace: 'x' } }, { metadata: { name: 'b' } }] }),
      'pods.json',
    );
    expect(resources.map((r) => `${r.kind} ${r.namespace}/${r.name}`)).toEqual(['Pod x/a', 'Pod null/b']);
    expect(resources[1].locate(['metadata', 'name']).line).toBe(1);
    const list = load('apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: s}\n');
    expect(list.resources[0].kind).toBe('Service');
    expect(list.resources[0].locate(['metadata']).line).toBe(6);
  });

  it('reads CNI .conf/.conflist files as CNIConfig pseudo-resources', () => {
    const { resources, findings } = load('{ "cniVersion": "0.3.1", "name": "multus-cni-network", "type": "multus" }', 'etc/cni/net.d/00-multus.conf');
    expect(findings).toEqual([]);
    expect(resources[0]).toMatchObject({ apiVersion: 'netlint.io/v1', kind: 'CNIConfig', name: 'multus-cni-network' });
    expect(resources[0].locate(['type'])).toEqual({ line: 1, column: 64, endLine: 1, endColumn: 72 });
  });

  it('does not take the Multus daemon configuration for a CNI config', () => {
    // deployments/multus-daemonset-thick.yml (multus-cni v4.3.0) ships it as daemon-config.json.
    const daemon = '{ "chrootDir": "/hostroot", "cniVersion": "0.3.1", "logLevel": "verbose", "multusConfigFile": "auto", "socketDir": "/host/run/multus/" }';
    const { resources, findings } = load(daemon, 'multus/daemon-config.json');
    expect(resources).toEqual([]);
    expect(ids(findings)).toEqual(['input/not-kubernetes@1:1']);
    // A network config keeps being one, whatever else it holds; so does one without type (cni/plugins reports it).
    expect(load('{ "cniVersion": "0.3.1", "name": "n", "type": "multus-shim", "socketDir": "/run/multus" }', 'a.json').resources[0]?.kind).toBe('CNIConfig');
    expect(load('{ "cniVersion": "0.3.1", "name": "n" }', 'b.json').resources[0]?.kind).toBe('CNIConfig');
  });

  it('handles CRLF line endings and a byte-order mark', () => {
    const { resources, findings } = load(new TextEncoder().encode('\uFEFFapiVersion: v1\r\nkind: Namespace\r\nmetadata:\r\n  name: x\r\n'));
    expect(findings).toEqual([]);
    expect(resources[0].locate(['metadata', 'name'])).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 10 });
  });
});

describe('loadSources: bad input is a finding, never an exception', () => {
  it('reports invalid YAML at the parser position and keeps earlier documents', () => {
    const { resources, findings } = load('apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\nkind: [unclosed\n');
    expect(ids(findings)).toEqual(['input/yaml-syntax@5:16']);
    expect(findings[0].severity).toBe('error');
    expect(resources.map((r) => r.name)).toEqual(['a']);
  });

  it('keeps the documents after a broken one, as kubectl does (it splits at --- first)', () => {
    const { resources, findings } = load('apiVersion: v1\nkind: Namespace\nmetadata: {name: "a}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n');
    expect(ids(findings)).toEqual(['input/yaml-syntax@3:18']);
    expect(resources.map((r) => r.name)).toEqual(['b']);
  });

  it('reports a duplicate key at the second occurrence, keeping the last value', () => {
    const { resources, findings } = load('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  name: b\n');
    expect(ids(findings)).toEqual(['input/duplicate-key@5:3']);
    expect(findings[0].message).toContain('"name"');
    expect(resources[0].name).toBe('b');
  });

  it('says calicoctl refuses a duplicate key only of a projectcalico.org object, the kind calicoctl reads', () => {
    const calico = load('apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec:\n  cidr: 10.0.0.0/16\n  cidr: 10.1.0.0/16\n');
    expect(calico.findings.map((f) => `${f.line} ${f.message}`)).toEqual(['10 duplicate key "cidr": kubectl keeps this later value and drops the earlier one without a word (calicoctl refuses the file)']);
    const other = load('apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cilium-config}\ndata:\n  a: "1"\n  a: "2"\n');
    expect(other.findings.map((f) => `${f.line} ${f.message}`)).toEqual(['10 duplicate key "a": kubectl keeps this later value and drops the earlier one without a word']);
  });

  it('takes a file that stops parsing at a shell placeholder for an unrendered template: the placeholder stands for YAML text', () => {
    // A script sets ${MASK_OPT} to "" or "# " to keep or comment out a list item (vpp-dataplane's kubeadm template).
    const lineSwitch = ['apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '  - name: app', '    args:', '    - --cluster-cidr=10.0.0.0/16', '    ${MASK_OPT}- --node-cidr-mask-size=24', ''].join('\n');
    expect(load(lineSwitch).findings.map((x) => `${x.ruleId}@${x.line}:${x.column}-${x.endColumn} ${x.message}`)).toEqual([
      'input/helm-template@9:5-16 this is an unrendered template (${MASK_OPT} stands for YAML text: the file does not parse until it is filled in): render it first, e.g. envsubst < FILE | netlint lint -',
    ]);
    // Whole mapping entries in a variable: the error is reported on the line after it.
    const entries = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: x', '  labels:', '    app: x', '$EXTRA_LABELS', 'data:', '  a: b', ''].join('\n');
    expect(load(entries).findings.map((x) => `${x.ruleId}@${x.line}:${x.column}`)).toEqual(['input/helm-template@7:1']);
    const walked = loadSources([{ path: 'deploy/pod.template.yaml', content: lineSwitch, discovered: true }]);
    expect([walked.findings, walked.files[0].skipped]).toEqual([[], 'helm-template']);
    // A syntax error elsewhere is the file's own, whatever placeholders it holds; so is one whose placeholder is in a comment.
    const unclosed = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: x', '  labels: {app: x, tier: $TIER}', 'data:', '  a: "b', ''].join('\n');
    expect(ids(load(unclosed).findings)).toEqual(['input/yaml-syntax@7:6']);
    // A placeholder inside a value (after `=`, in a shell line) is the value's text: the error next to it is the file's own.
    const script = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: scripts}', 'data:', '  run.sh: |', '    #!/bin/sh', '    export PATH=$PATH:/opt/bin', '  if [ -z "$X" ]; then echo hi; fi', ''].join('\n');
    expect(ids(load(script).findings).map((id) => id.split('@')[0])).toEqual(['input/yaml-syntax']);
    const arg = ['apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '    - name: c', '      command:', '        - exec nginx --addr=$POD_IP', '     ports: []', ''].join('\n');
    expect(ids(load(arg).findings).map((id) => id.split('@')[0])).toEqual(['input/yaml-syntax']);
    // A placeholder inside a quoted string is a value's text: the error on its line is the file's own.
    const quoted = ['apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '  - name: c', '    command: ["sh", "-c", "echo $HOME"', ''].join('\n');
    expect(ids(load(quoted).findings).map((id) => id.split('@')[0])).toEqual(['input/yaml-syntax']);
    const commented = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: x', '# fill in ${NAME}', '  bad', 'data: {}', ''].join('\n');
    expect(ids(load(commented).findings).map((id) => id.split('@')[0])).toEqual(['input/yaml-syntax']);
  });

  it('reports a binary file', () => {
    const { findings } = load(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'logo.yaml');
    expect(ids(findings)).toEqual(['input/binary-file@1:5']);
    // The first NUL, where it sits in the text before it.
    expect(ids(load(new TextEncoder().encode('apiVersion: v1\nkind: Pod\nmeta\u0000data: {}\n')).findings)).toEqual(['input/binary-file@3:5']);
  });

  it('tells a key written twice in a CNI config as the node reads it: a warning (encoding/json keeps the later), an error in a tuning sysctl map (the plugin refuses it)', () => {
    const conf = (tuning: string) => `{"cniVersion": "1.0.0", "name": "n", "name": "m", "plugins": [{"type": "bridge", "ipam": {"type": "host-local", "subnet": "10.1.0.0/24"}}, {"type": "tuning", ${tuning}}]}\n`;
    const plain = load(conf('"mtu": 1400'), 'net.d/10-a.conflist').findings.filter((f) => f.ruleId === 'input/duplicate-key');
    expect(plain.map((f) => `${f.severity} ${f.message}`)).toEqual(['warning duplicate key "name": libcni and the plugins (Go\'s encoding/json) keep the later value and drop the earlier one without a word']);
    const sysctl = load(conf('"sysctl": {"net.ipv4.ip_forward": "1", "net.ipv4.ip_forward": "0"}'), 'net.d/10-a.conflist').findings.filter((f) => f.ruleId === 'input/duplicate-key');
    expect(sysctl.map((f) => `${f.severity} ${f.message.slice(0, 60)}`)).toEqual(['warning duplicate key "name": libcni and the plugins (Go\'s encoding/', 'error duplicate sysctl key "net.ipv4.ip_forward": the tuning plugi']);
  });

  it('warns of a file that is not UTF-8 at its first bad byte and reads it as kubectl does (U+FFFD for the byte), and reads a UTF-16 manifest by its byte order mark', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: caf'), 0xe9, 0x0a]);
    const { findings, resources } = load(bytes);
    expect(ids(findings)).toEqual(['input/not-utf8@4:12']);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toBe('the file is not valid UTF-8 (byte 0xe9 at byte offset 52): kubectl reads each such byte as U+FFFD, so what it applies is not what the file shows; re-save the file as UTF-8');
    expect(resources.map((r) => r.name)).toEqual(['caf\uFFFD']);
    // Columns count UTF-16 units of what comes before, multi-byte characters included.
    const after = new Uint8Array([...new TextEncoder().encode('a: "é€😀'), 0xff]);
    expect(ids(load(after).findings).filter((id) => id.startsWith('input/not-utf8'))).toEqual(['input/not-utf8@1:9']);
    const manifest = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: café}\n';
    const le = new Uint8Array([0xff, 0xfe, ...[...manifest].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...manifest].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    for (const bytes of [le, be]) {
      const read = loadSources([{ path: 'ns.yaml', content: bytes }]);
      expect(read.findings).toEqual([]);
      expect(read.resources.map((r) => [r.name, r.locate(['metadata', 'name']).line, r.locate(['metadata', 'name']).column])).toEqual([['café', 3, 18]]);
    }
    // libcni reads a CNI config's bytes as JSON, which UTF-16 is not.
    const u = loadSources([{ path: '10-net.conf', content: le }]).findings;
    expect(ids(u)).toEqual(['input/not-utf8@1:1']);
    expect(u[0].message).toBe('the file is UTF-16 (little-endian, by its byte order mark), not UTF-8, which libcni needs: re-save it as UTF-8');
  });

  it('reports an empty file and a comment-only file', () => {
    expect(ids(load('').findings)).toEqual(['input/empty-file@1:1']);
    expect(ids(load('# nothing here\n---\n').findings)).toEqual(['input/empty-file@1:1']);
  });

  it('reports a file over the size limit without reading it', () => {
    const { findings } = loadSources([{ path: 'huge.yaml', content: new Uint8Array(0), size: 50 * 1024 * 1024 }]);
    expect(ids(findings)).toEqual(['input/too-large@1:1']);
    expect(findings[0].message).toContain('52428800 bytes');
  });

  it('bounds an alias bomb in time and memory', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
    const started = performance.now();
    const { findings, resources } = load(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(ids(findings)).toEqual(['input/alias-limit@1:1']);
    expect(resources).toEqual([]);
  });

  it('reads a plain list of Calico objects as calicoctl does, with positions inside it', () => {
    const text = ['- apiVersion: projectcalico.org/v3', '  kind: HostEndpoint', '  metadata: {name: eth0}', '  spec: {node: n1, interfaceName: eth0}', '- apiVersion: projectcalico.org/v3', '  kind: IPPool', '  metadata: {name: p}', '  spec: {cidr: 10.0.0.0/16}', ''].join('\n');
    const { resources, findings } = load(text);
    expect(findings).toEqual([]);
    expect(resources.map((r) => `${r.groupKind} ${r.name}`)).toEqual(['projectcalico.org/HostEndpoint eth0', 'projectcalico.org/IPPool p']);
    expect(resources[1].locate(['spec', 'cidr'])).toEqual({ line: 8, column: 16, endLine: 8, endColumn: 27 });
  });

  it('reads a plain list of other objects too, and says kubectl refuses it', () => {
    const { resources, findings } = load('- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c}\n- apiVersion: projectcalico.org/v3\n  kind: IPPool\n  metadata: {name: p}\n');
    expect(resources.map((r) => r.name)).toEqual(['c', 'p']);
    expect(ids(findings)).toEqual(['input/not-kubernetes@1:1']);
    expect(findings[0].message).toContain('kubectl refuses it');
  });

  it('reports documents that are not Kubernetes objects, at the document', () => {
    const { findings } = load('replicaCount: 3\nimage: nginx\n---\n- a\n- b\n---\napiVersion: v1\nmetadata: {name: x}\n');
    expect(ids(findings)).toEqual(['input/not-kubernetes@1:1', 'input/not-kubernetes@4:1', 'input/not-kubernetes@7:1']);
    expect(findings[2].message).toContain('no kind');
  });

  it('names what a document or a List item is instead of an object (a null item, a number)', () => {
    const { findings } = load('apiVersion: v1\nkind: List\nitems:\n- null\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n---\n5\n');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['4:3 items[0] is null, not a Kubernetes object', '9:1 the document is the number 5, not a Kubernetes object']);
  });

  it('never reads __proto__ keys into the prototype', () => {
    const { resources } = load('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  __proto__: {polluted: "yes"}\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(resources[0].value.data as object)).toEqual(['__proto__']);
  });
});

describe('loadSources: unrendered Helm templates', () => {
  const ids = (content: string) => load(content).findings.map((f) => f.ruleId);

  it('a rendered manifest whose ConfigMap carries a template for another program (.Values in a block scalar) is linted', () => {
    // As Istio's sidecar-injector ConfigMap ships its injection template in a rendered chart.
    const r = load(
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: { name: injector, namespace: mesh }',
        'data:',
        '  config: |-',
        '    resources:',
        '      {{ toYaml .Values.global.proxy.resources | indent 6 }}',
        '---',
        'apiVersion: v1',
        'kind: Service',
        'metadata: { name: web, namespace: mesh }',
        '',
      ].join('\n'),
    );
    expect(r.findings.map((f) => f.ruleId)).toEqual([]);
    expect(r.resources.map((x) => x.kind)).toEqual(['ConfigMap', 'Service']);
  });

  it('the same template in a quoted string of ConfigMap data or Secret stringData (as yq re-saves it) is linted', () => {
    const quoted = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: { name: injector, namespace: mesh }',
      'data: { config: "resources: {{ toYaml .Values.global.proxy.resources }}" }',
      '---',
      'apiVersion: v1',
      'kind: Secret',
      'metadata: { name: s, namespace: mesh }',
      "stringData: { tpl: '{{ .Values.password }}' }",
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: { name: p, namespace: mesh }',
      'spec: { podSelector: {} }',
      '',
    ].join('\n');
    const r = load(quoted);
    expect(r.findings.map((f) => f.ruleId)).toEqual([]);
    expect(r.resources.map((x) => x.kind)).toEqual(['ConfigMap', 'Secret', 'NetworkPolicy']);
    // Quoted elsewhere, a Helm object is still a chart's action.
    expect(ids(quoted.replace("'{{ .Values.password }}' }", "'x' }\nspec: { image: \"{{ .Values.image }}\" }"))).toEqual(['input/helm-template']);
  });

  it('a template is still one when an action stands outside block scalars, or the file does not parse', () => {
    const blockAndPlain = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: "{{ .Release.Name }}-cfg"', 'data:', '  a: |', '    {{ .Values.a }}', ''].join('\n');
    expect(ids(blockAndPlain)).toEqual(['input/helm-template']);
    const [f] = load(blockAndPlain).findings;
    expect(f.line).toBe(4);
    const broken = ['{{- if .Values.enabled }}', 'apiVersion: v1', 'kind: ConfigMap', 'data:', '  a: |', '    {{ .Values.a }}', '{{- end }}', ''].join('\n');
    expect(ids(broken)).toEqual(['input/helm-template']);
  });

  const blockAndPlainHelm = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: "{{ .Release.Name }}-cfg"', ''].join('\n');
  // Operators render such files with text/template (sriov-network-operator's bindata, openshift's
  // cluster-network-operator): YAML would read the action as a mapping keyed by a mapping.
  it('a Go template action written unquoted as a mapping value makes the file a template; quoted or in a block scalar it does not', () => {
    const unquoted = ['apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: sa', '  namespace: {{ .Namespace }}', ''].join('\n');
    expect(ids(unquoted)).toEqual(['input/helm-template']);
    const [f] = load(unquoted).findings;
    expect([f.line, f.column, f.endColumn]).toEqual([5, 14, 30]);
    // Not Helm's: no helm command renders it.
    expect(f.message).toBe('this is an unrendered Go template ({{ .Namespace }}): lint what the tool that fills it in writes, e.g. on stdin as -');
    expect(load(blockAndPlainHelm).findings[0].message).toBe('this is an unrendered Helm template ({{ … }}): render it first, e.g. helm template RELEASE CHART | netlint lint -');
    const underList = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'spec:', '  items:', '    - name: a', '      value: {{.Value}}', ''].join('\n');
    expect(ids(underList)).toEqual(['input/helm-template']);
    // A renderer's own function (kubermatic's addons: `{{ Image "…" }}`) or a quoted constant is an action too.
    for (const action of ['{{ Image "quay.io/metallb/controller:v0.13.7" }}', '{{ "nginx:1.27" }}', '{{ Registry "quay.io" }}/metallb/speaker:v0.13.7']) {
      const image = ['apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '    - name: c', `      image: ${action}`, ''].join('\n');
      expect(load(image).findings.map((x) => `${x.ruleId} ${x.message.slice(0, 33)}`), action).toEqual(['input/helm-template this is an unrendered Go template']);
    }
    // No Kubernetes name holds a `$`: `${NAME}` or `$NAME` there is a placeholder for envsubst (cluster-api's templates).
    const envsubst = ['apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: ${CLUSTER_NAME}-system', ''].join('\n');
    expect(load(envsubst).findings.map((x) => `${x.ruleId}@${x.line}:${x.column}-${x.endColumn} ${x.message}`)).toEqual([
      'input/helm-template@4:9-24 this is an unrendered template (${CLUSTER_NAME} stands for a name): render it first, e.g. envsubst < FILE | netlint lint -',
    ]);
    // kustomize's `$(VAR)`, which its `vars` fill in: render with kustomize.
    const kustomizeVar = ['apiVersion: app.k8s.io/v1beta1', 'kind: Application', 'metadata:', '  name: $(app-name)', ''].join('\n');
    expect(load(kustomizeVar).findings.map((x) => `${x.ruleId}@${x.line}:${x.column}-${x.endColumn} ${x.message}`)).toEqual([
      'input/helm-template@4:9-20 this is an unrendered template ($(app-name) stands for a name): render it first, e.g. kustomize build DIR | netlint lint -',
    ]);
    const walked = loadSources([{ path: 'templates/cluster.yaml', content: envsubst.replace('Namespace', 'ConfigMap').replace('metadata:', 'metadata:\n  namespace: $NAMESPACE'), discovered: true }]);
    expect([walked.findings, walked.files[0].skipped]).toEqual([[], 'helm-template']);
    // A word a script replaces with sed (capitals joined by underscores) or a docs' <placeholder> in a name: no Kubernetes name holds either.
    const sedWord = ['apiVersion: v1', 'kind: Node', 'metadata:', '  name: kwok-node-INSERT_NUMBER', ''].join('\n');
    expect(load(sedWord).findings.map((x) => `${x.ruleId}@${x.line}:${x.column}-${x.endColumn} ${x.message}`)).toEqual([
      'input/helm-template@4:19-32 this is an unrendered template (INSERT_NUMBER stands for a name): fill it in first with the script that renders it, and lint the result, e.g. on stdin as -',
    ]);
    const angle = ['apiVersion: projectcalico.org/v3', 'kind: NetworkPolicy', 'metadata: {name: log-all, namespace: <namespace>}', ''].join('\n');
    expect(load(angle).findings.map((x) => `${x.ruleId} ${x.message.slice(0, 62)}`)).toEqual(['input/helm-template this is an unrendered template (<namespace> stands for a name)']);
    // An RBAC role's name is a path segment, which may hold capitals and underscores: no placeholder there.
    expect(ids(['apiVersion: rbac.authorization.k8s.io/v1', 'kind: ClusterRole', 'metadata: {name: NETWORK_ADMIN}', 'rules: []', ''].join('\n'))).toEqual([]);
    // A name in capitals without an underscore, with an underscore in lower case, or that is a sed-style word alone, may be a mistake in the name, for cluster/object-name to judge.
    expect(ids(['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: MYAPP}', ''].join('\n'))).toEqual([]);
    expect(ids(['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: APP_CONFIG}', ''].join('\n'))).toEqual([]);
    expect(ids(['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: my_app}', ''].join('\n'))).toEqual([]);
    // A `$` elsewhere, or in lower case (a name written with a typo), is no placeholder.
    const notOne = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: a$b}', 'data: {cmd: "echo ${HOME}"}', ''].join('\n');
    expect(ids(notOne)).toEqual([]);
    // No Kubernetes name holds a brace: a quoted action there is a template too.
    const quotedName = ['apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: "{{.EgressRouterNamespace}}"', ''].join('\n');
    expect(load(quotedName).findings.map((x) => `${x.ruleId}@${x.line}:${x.column}`)).toEqual(['input/helm-template@4:10']);
    const quotedAndBlock = [
      'apiVersion: monitoring.coreos.com/v1',
      'kind: PrometheusRule',
      'metadata: {name: r, namespace: m}',
      'spec:',
      '  groups:',
      '    - name: g',
      '      rules:',
      "        - alert: Down",
      "          annotations: {description: 'Pod {{ $labels.pod }} value: {{ $value }}'}",
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: t, namespace: m}',
      'data:',
      '  tmpl: |',
      '    namespace: {{ .Namespace }}',
      '',
    ].join('\n');
    expect(ids(quotedAndBlock)).toEqual([]);
  });
});

describe('loadSources: files that are not Kubernetes objects', () => {
  it('a walked file without objects is counted even with a key written twice; one that does not parse, or a manifest, keeps its findings', () => {
    const mkdocs = 'site_name: docs\nplugins: [search]\nplugins: [mermaid]\n';
    const walked = loadSources([{ path: 'mkdocs.yml', content: mkdocs, discovered: true }]);
    expect(walked.findings).toEqual([]);
    expect(walked.files[0].skipped).toBe('not-kubernetes');
    expect(loadSources([{ path: 'mkdocs.yml', content: mkdocs }]).findings.map((f) => f.ruleId)).toEqual(['input/duplicate-key', 'input/not-kubernetes']);
    expect(loadSources([{ path: 'broken.yml', content: 'a: [1\nb: 2\n', discovered: true }]).findings.map((f) => f.ruleId)).toEqual(['input/yaml-syntax']);
    const manifest = loadSources([{ path: 'cm.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: x, a: y}\n', discovered: true }]);
    expect(manifest.findings.map((f) => f.ruleId)).toEqual(['input/duplicate-key']);
  });

  it('a walked file whose objects name only a groupless alpha or beta version (Talos machine config) is counted; a named one keeps its findings', () => {
    const talos = 'version: v1alpha1\nmachine: {type: controlplane}\n---\napiVersion: v1alpha1\nkind: HostnameConfig\nhostname: cp-1\n';
    const walked = loadSources([{ path: 'talos/cp.yaml', content: talos, discovered: true }]);
    expect([walked.findings, walked.resources, walked.files[0].skipped]).toEqual([[], [], 'not-kubernetes']);
    expect(loadSources([{ path: 'cp.yaml', content: talos }]).findings.map((f) => f.ruleId)).toEqual(['input/not-kubernetes']);
    // One Kubernetes object beside it keeps the file a manifest.
    const mixed = loadSources([{ path: 'talos/cp.yaml', content: `${talos}---\napiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n`, discovered: true }]);
    expect(mixed.resources.map((r) => r.kind)).toEqual(['HostnameConfig', 'Namespace']);
  });

  it('a walked file of comments or document markers only is counted; a named one is an empty-file warning', () => {
    for (const content of ['# replicaCount: 1\n# image: nginx\n', '---\n...\n', '']) {
      const walked = loadSources([{ path: 'chart/values.yaml', content, discovered: true }]);
      expect([walked.findings, walked.files[0].skipped]).toEqual([[], 'not-kubernetes']);
      expect(loadSources([{ path: 'values.yaml', content }]).findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['input/empty-file warning']);
    }
  });

  it('a .json found by a walk that names no apiVersion, kind or cniVersion is counted (JSON Lines); named, each of its objects is not a Kubernetes object; a broken CNI config keeps its error', () => {
    const jsonLines = '{"rating": 5, "reviewer": "a"}\n{"rating": 4, "reviewer": "b"}\n';
    const walked = loadSources([{ path: 'data/ratings.json', content: jsonLines, discovered: true }]);
    expect(walked.findings).toEqual([]);
    expect(walked.files[0].skipped).toBe('not-kubernetes');
    // kubectl reads JSON objects one a line as a stream (kubectl-json-stream.ts): two objects without kind.
    expect(loadSources([{ path: 'data/ratings.json', content: jsonLines }]).findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual(['input/not-kubernetes@1', 'input/not-kubernetes@2']);
    const brokenCni = '{"cniVersion": "0.3.1", "type": "bridge",}\n}\n';
    expect(loadSources([{ path: 'doc/sample.json', content: brokenCni, discovered: true }]).findings.map((f) => f.ruleId)).toEqual(['input/yaml-syntax']);
  });

  it('a .conf found by a walk that is not a JSON object (INI, systemd) is counted, not parsed; named, it is reported as not a Kubernetes object', () => {
    const ini = '[default]\nlog-level = info\nlisten = 0.0.0.0:8080\n';
    const walked = loadSources([{ path: 'etc/daemon.conf', content: ini, discovered: true }]);
    expect(walked.findings).toEqual([]);
    expect(walked.files[0].skipped).toBe('not-kubernetes');
    const named = loadSources([{ path: 'etc/daemon.conf', content: ini }]).findings;
    expect(named.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['input/not-kubernetes', 'warning', 2]]);
    expect(named[0].message).toMatch(/^the \.conf file is neither a CNI config \(a JSON object\) nor YAML \(.+\): not a Kubernetes object$/);
    // A CNI config with a JSON mistake is still a syntax error.
    expect(loadSources([{ path: 'net.d/10-a.conf', content: '{ "type": "bridge",, }' }]).findings.map((f) => f.ruleId)).toEqual(['input/yaml-syntax']);
    const cni = loadSources([{ path: 'net.d/10-a.conf', content: '{ "cniVersion": "1.0.0", "name": "a", "type": "bridge" }', discovered: true }]);
    expect(cni.resources.map((r) => r.kind)).toEqual(['CNIConfig']);
  });

  it('a CNI config file that YAML reads but strict JSON does not (libcni) is reported where JSON stops, and still checked', () => {
    const cases: [string, string, string][] = [
      ['10-a.conf', '{"cniVersion": "0.3.1", "name": "a", "type": "bridge",\n  "ipam": {"type": "host-local", "subnet": "10.0.0.0/8",}}\n', 'input/cni-json@2:57'],
      ['10-b.conflist', "{'cniVersion': '0.3.1', 'name': 'b', 'plugins': [{'type': 'bridge'}]}\n", 'input/cni-json@1:2'],
      ['10-c.conf', '{"cniVersion": "0.3.1", "name": "c", "type": "bridge", "mtu": 0x10}\n', 'input/cni-json@1:64'],
      ['10-d.conf', '{\n  // the bridge\n  "cniVersion": "0.3.1", "name": "d", "type": "bridge"}\n', 'input/cni-json@2:3'],
    ];
    for (const [path, content, expected] of cases) {
      const { resources, findings } = loadSources([{ path, content, discovered: true }]);
      expect(ids(findings), path).toEqual([expected]);
      expect(findings[0].message).toMatch(/^the file is not strict JSON, which libcni requires: /);
      expect(resources.map((r) => r.kind), path).toEqual(['CNIConfig']);
    }
    // Keys after a comment are read as written (YAML alone would take the comment and the next key for one scalar).
    const commented = loadSources([{ path: 'net.d/10-e.conflist', content: '{\n  "cniVersion": "1.0.0",\n  "name": "e",\n  "plugins": [{"type": "bridge",\n    /* a bridge */ "bridge": "cni0", // its name\n    "ipam": {"type": "host-local", "subnet": "10.1.0.0/16"}}]\n}\n' }]);
    expect(ids(commented.findings)).toEqual(['input/cni-json@5:5']);
    const plugin = (commented.resources[0].value.plugins as Record<string, unknown>[])[0];
    expect(plugin).toEqual({ type: 'bridge', bridge: 'cni0', ipam: { type: 'host-local', subnet: '10.1.0.0/16' } });
    expect(commented.resources[0].locate(['plugins', 0, 'bridge'])).toMatchObject({ line: 5, column: 30 });
    // A .json named on the command line that names a CNI plugin is a CNI config without cniVersion
    // too (libcni loads .json like .conf); found by a walk it is left alone (a plugin's fragment in
    // someone's docs); package.json's `type` is no plugin.
    const mynet = '{"name": "mynet", "type": "bridge", "ipam": {"type": "host-local", "subnet": "10.1.0.0/16"}}';
    expect(loadSources([{ path: 'net.d/10-mynet.json', content: mynet }]).resources.map((r) => r.kind)).toEqual(['CNIConfig']);
    expect(loadSources([{ path: 'net.d/10-mynet.json', content: mynet, discovered: true }]).resources).toEqual([]);
    expect(loadSources([{ path: 'package.json', content: '{"name": "app", "type": "module"}' }]).resources).toEqual([]);
    // A CNI config in a .json file, which container runtimes load from /etc/cni/net.d too.
    const cniJson = loadSources([{ path: 'net.d/10-bridge.json', content: '{\n  "cniVersion": "0.3.1",\n  "name": "br",\n  "type": "bridge",\n}\n' }]);
    expect(cniJson.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['input/cni-json', 5, 1]]);
    // Strict JSON, and a Kubernetes manifest in a .json file (kubectl falls back to YAML): nothing.
    expect(loadSources([{ path: 'ok.conf', content: '{"cniVersion": "0.3.1", "name": "ok", "type": "bridge"}' }]).findings).toEqual([]);
    expect(loadSources([{ path: 'ns.json', content: '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "x",},}' }]).findings).toEqual([]);
  });

  it("puts the objects of the files a kustomization lists in its namespace, as kustomize applies them", () => {
    const netpol = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: seaweedfs }\nspec: { podSelector: { matchLabels: { app: seaweedfs } } }\n';
    const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: reader }\n';
    const files = [
      { path: 'base/kustomization.yaml', content: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: kubeflow\nresources:\n- ./netpol.yaml\n- role.yaml\n- sub/svc.yaml\n- ../other\n', discovered: true },
      { path: 'base/netpol.yaml', content: netpol, discovered: true },
      { path: 'base/role.yaml', content: role, discovered: true },
      { path: 'base/sub/svc.yaml', content: 'apiVersion: v1\nkind: Service\nmetadata: { name: s, namespace: explicit }\n', discovered: true },
      { path: 'other/netpol.yaml', content: netpol, discovered: true },
    ];
    const { resources, findings } = loadSources(files);
    expect(findings).toEqual([]);
    // Listed: in kubeflow, over a namespace written in the file too (the transformer sets it on
    // every kind not known to be cluster-scoped); cluster-scoped, or in a folder it names: as written.
    expect(resources.map((r) => `${r.file} ${r.namespace}`)).toEqual(['base/netpol.yaml kubeflow', 'base/role.yaml null', 'base/sub/svc.yaml kubeflow', 'other/netpol.yaml null']);
    // Two kustomizations listing one file with different namespaces: no namespace is assumed.
    const twice = loadSources([...files, { path: 'base/Kustomization', content: 'namespace: other\nresources: [netpol.yaml]\n', discovered: true }]);
    expect(twice.resources.find((r) => r.file === 'base/netpol.yaml')!.namespace).toBeNull();
  });

  it('sets the namespace on custom resources, which kustomize cannot tell cluster-scoped, and not on Calico\'s cluster-scoped kinds', () => {
    const files = [
      { path: 'app/kustomization.yaml', content: 'namespace: agents\nresources: [sandbox.yaml, pool.yaml]\n', discovered: true },
      { path: 'app/sandbox.yaml', content: 'apiVersion: example.dev/v1\nkind: SandboxTemplate\nmetadata: {name: s}\n', discovered: true },
      { path: 'app/pool.yaml', content: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec: {cidr: 10.5.0.0/16}\n', discovered: true },
    ];
    expect(loadSources(files).resources.map((r) => `${r.kind} ${r.namespace}`)).toEqual(['SandboxTemplate agents', 'IPPool null']);
  });

  it("makes a walk's file that does not parse and names no apiVersion or kind a warning, not an error", () => {
    const kep = 'title: Network policies\nauthors:\n  - "@someone\nstatus: implementable\n';
    const broken = (path: string, content: string, discovered = true) => loadSources([{ path, content, discovered }]).findings.map((f) => `${f.ruleId} ${f.severity}`);
    expect(broken('keps/1432/kep.yaml', kep)).toEqual(['input/yaml-syntax warning']);
    expect(loadSources([{ path: 'keps/1432/kep.yaml', content: kep, discovered: true }]).findings[0].message).toMatch(/\(the file names no apiVersion or kind: if it is not a manifest, leave it out with \.netlintignore\)$/);
    // One that names them may be a manifest; one named on the command line, or a kustomization, was meant as input.
    expect(broken('deploy/web.yaml', `apiVersion: v1\nkind: ConfigMap\n${kep}`)).toEqual(['input/yaml-syntax error']);
    expect(broken('deploy/web.json', '{"kind": "ConfigMap", "data": {"a": 1,,}}')).toEqual(['input/yaml-syntax error']);
    expect(broken('keps/1432/kep.yaml', kep, false)).toEqual(['input/yaml-syntax error']);
    expect(broken('app/kustomization.yaml', 'resources:\n  - "web.yaml\n')).toEqual(['input/yaml-syntax error']);
  });

  it('takes a file that does not parse for a Jinja or Liquid template when a line is such a tag', () => {
    const page = '---\nlayout: null\n---\n{% include non-helm-manifests/app-layer-policy.yaml %}\n';
    expect(loadSources([{ path: 'alp.yaml', content: page }]).findings.map((f) => `${f.ruleId}@${f.line}:${f.column} ${f.message}`)).toEqual([
      'input/helm-template@4:1 this is an unrendered Jinja or Liquid template ({% include non-helm-manifests/app-layer-policy.yaml %}): lint what renders it (Ansible, Jekyll) writes, e.g. on stdin as -',
    ]);
    // In a file that parses, such text is a value like any other.
    expect(loadSources([{ path: 'cm.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  page: |\n    {% include x %}\n' }]).resources).toHaveLength(1);
  });

  it("a template that a block scalar carries for another program does not make the file one, nor hide the file's own syntax error", () => {
    const carrying = (payload: string, broken: boolean) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  page: |\n    ${payload}\n      more\n${broken ? '  bad: [\n' : ''}`;
    const ids = (text: string) => loadSources([{ path: 'c.yaml', content: text, discovered: true }]);
    for (const payload of ['#@data/values', '{% if user %}hello{% endif %}', 'Hello {{Name}}']) {
      const fine = ids(carrying(payload, false));
      expect([fine.files[0].skipped, fine.resources.length], payload).toEqual([undefined, 1]);
      const broken = ids(carrying(payload, true));
      expect(broken.findings.map((f) => `${f.ruleId} ${f.severity}`), payload).toEqual(['input/yaml-syntax error']);
    }
  });

  it('takes a ytt template for one, whose `#@` annotations YAML reads as comments', () => {
    const pool = ['#@ load("@ytt:data", "data")', '---', 'apiVersion: projectcalico.org/v3', 'kind: IPPool', 'metadata:', '  name: #@ data.values.name', 'spec:', '  cidr: #@ data.values.pod_cidr', ''].join('\n');
    expect(loadSources([{ path: 'pool.yaml', content: pool }]).findings.map((f) => `${f.ruleId}@${f.line}:${f.column} ${f.message}`)).toEqual([
      'input/helm-template@1:1 this is an unrendered ytt template (#@ load("@ytt:data", "data")): render it first, e.g. ytt -f DIR | netlint lint -',
    ]);
    const inPlace = pool.split('\n').slice(2).join('\n');
    expect(loadSources([{ path: 'pool.yaml', content: inPlace, discovered: true }]).files[0].skipped).toBe('helm-template');
    // A comment that merely starts with `#@` is no annotation.
    expect(loadSources([{ path: 'cm.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n#@author: me\n' }]).resources).toHaveLength(1);
  });

  it("skips a test suite's assertion files found by a walk: those a Chainsaw test asserts or refutes, KUTTL's NN-assert and NN-errors", () => {
    const assertTree = 'apiVersion: v1\nkind: Pod\nmetadata:\n  (starts_with(name, \'collector-\')): true\nstatus: {phase: Running}\n';
    const apply = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa, namespace: ($namespace)}\n';
    const result = loadSources([
      { path: 'tests/e2e/smoke/chainsaw-test.yaml', content: 'apiVersion: chainsaw.kyverno.io/v1alpha1\nkind: Test\nmetadata: {name: smoke}\nspec:\n  steps:\n  - try:\n    - apply:\n        file: 00-install.yaml\n    - apply: {file: error-pages-netpol.yaml}\n    - assert:\n        file: 01-assert.yaml\n    - error: {file: errors.yaml}\n    - assert:\n        file: checks/pod-*.yaml\n', discovered: true },
      { path: 'tests/e2e/smoke/checks/pod-ready.yaml', content: assertTree, discovered: true },
      // Applied by the test: a manifest, whatever its name says.
      { path: 'tests/e2e/smoke/error-pages-netpol.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: error-pages}\n', discovered: true },
      { path: 'tests/e2e/smoke/01-assert.yaml', content: assertTree, discovered: true },
      { path: 'tests/e2e/smoke/errors.yaml', content: assertTree, discovered: true },
      { path: 'tests/e2e/smoke/00-install.yaml', content: apply, discovered: true },
      { path: 'tests/kuttl/basic/00-assert.yaml', content: assertTree, discovered: true },
      { path: 'deploy/assert.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: assert}\n', discovered: true },
    ]);
    expect(result.files.map((f) => `${f.path} ${f.skipped ?? f.resourceCount}`)).toEqual([
      'tests/e2e/smoke/chainsaw-test.yaml not-kubernetes',
      'tests/e2e/smoke/checks/pod-ready.yaml not-kubernetes',
      'tests/e2e/smoke/error-pages-netpol.yaml 1',
      'tests/e2e/smoke/01-assert.yaml not-kubernetes',
      'tests/e2e/smoke/errors.yaml not-kubernetes',
      // Applied by the test, with Chainsaw's binding where the namespace goes: a template.
      'tests/e2e/smoke/00-install.yaml helm-template',
      'tests/kuttl/basic/00-assert.yaml not-kubernetes',
      // No test suite beside it: a manifest.
      'deploy/assert.yaml 1',
    ]);
    expect(result.findings).toEqual([]);
    // Named on the command line, an assertion file is read as what it was given as.
    expect(loadSources([{ path: '01-assert.yaml', content: assertTree }]).resources).toHaveLength(1);
  });

  it("puts a base's objects in the namespace of the overlay that includes its folder, the outermost namespace winning", () => {
    const svc = (name: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\n`;
    const base = [
      { path: 'trainer/base/kustomization.yaml', content: 'namespace: base-ns\nresources: [manager.yaml]\n', discovered: true },
      { path: 'trainer/base/manager.yaml', content: svc('manager'), discovered: true },
    ];
    const overlay = (name: string, ns: string, parent = 'overlays') => ({ path: `trainer/${parent}/${name}/kustomization.yaml`, content: `namespace: ${ns}\nresources:\n- ../../base\n- github.com/example/remote/config?ref=v1\ncomponents: [../../monitoring]\n`, discovered: true });
    const monitoring = [
      { path: 'trainer/monitoring/kustomization.yaml', content: 'kind: Component\nresources: [exporter.yaml]\n', discovered: true },
      { path: 'trainer/monitoring/exporter.yaml', content: svc('exporter'), discovered: true },
    ];
    const namespaces = (files: { path: string; content: string; discovered: boolean }[]) => loadSources(files).resources.map((r) => `${r.name} ${r.namespace}`);
    // The base alone: its own namespace.
    expect(namespaces(base)).toEqual(['manager base-ns']);
    // One overlay: its namespace over the base's, and on the component's objects too.
    expect(namespaces([...base, ...monitoring, overlay('prod', 'ml-system')])).toEqual(['manager ml-system', 'exporter ml-system']);
    // Two overlays of different clusters (folders below overlays/) in different namespaces: a copy
    // of the base's objects for each, as `kustomize build` of each overlay gives, marked with its build.
    const both = loadSources([...base, ...monitoring, overlay('prod', 'ml-system'), overlay('dev', 'ml-dev')]).resources;
    expect(both.map((r) => `${r.name} ${r.namespace} ${r.build}`)).toEqual([
      'manager ml-system trainer/overlays/prod',
      'manager ml-dev trainer/overlays/dev',
      'exporter ml-system trainer/overlays/prod',
      'exporter ml-dev trainer/overlays/dev',
    ]);
    // A cluster-scoped object takes no namespace: builds that differ only there make one object.
    const role = { path: 'trainer/base/role.yaml', content: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: trainer}\nrules: []\n', discovered: true };
    const withRole = loadSources([{ ...base[0], content: 'namespace: base-ns\nresources: [manager.yaml, role.yaml]\n' }, base[1], role, overlay('prod', 'ml-system'), overlay('dev', 'ml-dev')]).resources;
    expect(withRole.map((r) => `${r.name} ${r.namespace} ${r.build}`)).toEqual(['manager ml-system trainer/overlays/prod', 'manager ml-dev trainer/overlays/dev', 'trainer null undefined']);
    // Each copy is located in the base's file, as the object is.
    expect(both.map((r) => `${r.file}:${r.locate(['metadata', 'name']).line}`)).toEqual(['trainer/base/manager.yaml:3', 'trainer/base/manager.yaml:3', 'trainer/monitoring/exporter.yaml:3', 'trainer/monitoring/exporter.yaml:3']);
    // Two builds outside cluster folders: the namespace of the kustomization listing the file
    // (what building its own folder gives), else as written.
    expect(namespaces([...base, ...monitoring, overlay('prod', 'ml-system', 'variants'), overlay('dev', 'ml-dev', 'variants')])).toEqual(['manager base-ns', 'exporter null']);
  });

  it("reads a kustomization's deprecated `bases` as folders it builds, as `resources` (kubeflow's notebook-controller overlays)", () => {
    const { resources } = loadSources([
      { path: 'overlay/kustomization.yaml', content: 'namespace: shop\nbases: [../base]\nresources: [deny.yaml]\n', discovered: true },
      { path: 'overlay/deny.yaml', content: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny}\nspec: {podSelector: {}}\n', discovered: true },
      { path: 'base/kustomization.yaml', content: 'resources: [deploy.yaml]\n', discovered: true },
      { path: 'base/deploy.yaml', content: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {metadata: {labels: {app: web}}}}\n', discovered: true },
    ]);
    expect(resources.map((r) => `${r.name} ${r.namespace}`)).toEqual(['deny shop', 'web shop']);
  });

  it("adds a kustomization's commonLabels and labels where kustomize's label transformer does: objects, templates, and with selectors the selectors", () => {
    const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec: {containers: [{name: web, image: nginx}]}\n';
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{port: 80}]}\n';
    const policies = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web}\nspec:\n  podSelector: {matchLabels: {tier: front}}\n  ingress: [{from: [{podSelector: {}}, {podSelector: {matchLabels: {role: lb}}}]}]\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: all}\nspec: {podSelector: {}}\n';
    const build = (kustomization: string) => {
      const { resources } = loadSources([
        { path: 'k/kustomization.yaml', content: `${kustomization}resources: [deploy.yaml, svc.yaml, policies.yaml]\n`, discovered: true },
        { path: 'k/deploy.yaml', content: deploy, discovered: true },
        { path: 'k/svc.yaml', content: svc, discovered: true },
        { path: 'k/policies.yaml', content: policies, discovered: true },
      ]);
      return Object.fromEntries(resources.map((r) => [`${r.kind}/${r.name}`, r.value]));
    };
    // commonLabels: everywhere, selectors made where kustomize's field specs say `create: true`.
    const common = build('commonLabels: {app: web}\n') as Record<string, { metadata: unknown; spec: Record<string, unknown> }>;
    expect(common['Deployment/web'].metadata).toEqual({ name: 'web', labels: { app: 'web' } });
    expect(common['Deployment/web'].spec).toMatchObject({ selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } } } });
    expect(common['Service/web'].spec.selector).toEqual({ app: 'web' });
    expect(common['NetworkPolicy/web'].spec).toEqual({ podSelector: { matchLabels: { tier: 'front', app: 'web' } }, ingress: [{ from: [{ podSelector: {} }, { podSelector: { matchLabels: { role: 'lb', app: 'web' } } }] }] });
    // A policy on every pod stays on every pod (`create: false` for a podSelector's matchLabels).
    expect(common['NetworkPolicy/all'].spec).toEqual({ podSelector: {} });
    // `labels` without includeSelectors: the objects only; with includeTemplates, the pod template too.
    const plain = build('labels: [{pairs: {team: a}}]\n') as Record<string, { metadata: unknown; spec: Record<string, unknown> }>;
    expect(plain['Deployment/web'].spec).toEqual({ template: { spec: { containers: [{ name: 'web', image: 'nginx' }] } } });
    expect(plain['Service/web'].spec.selector).toBeUndefined();
    const templates = build('labels: [{pairs: {team: a}, includeTemplates: true}]\n') as Record<string, { spec: { template: { metadata: unknown } } }>;
    expect(templates['Deployment/web'].spec.template.metadata).toEqual({ labels: { team: 'a' } });
  });

  it('labels a base as every overlay that builds it agrees, or, for overlays of different clusters, a copy per overlay', () => {
    const files = (dev: string, prod: string, parent: string) => [
      { path: 'base/kustomization.yaml', content: 'commonLabels: {app: web}\nresources: [deploy.yaml]\n', discovered: true },
      { path: 'base/deploy.yaml', content: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {spec: {containers: [{name: w, image: x}]}}}\n', discovered: true },
      { path: `${parent}/dev/kustomization.yaml`, content: `${dev}resources: [../../base]\n`, discovered: true },
      { path: `${parent}/prod/kustomization.yaml`, content: `${prod}resources: [../../base]\n`, discovered: true },
    ];
    const labels = (dev: string, prod: string, parent = 'overlays') => loadSources(files(dev, prod, parent)).resources.map((r) => (r.value.metadata as { labels?: unknown }).labels);
    expect(labels('', '')).toEqual([{ app: 'web' }]);
    expect(labels('commonLabels: {env: dev}\n', 'commonLabels: {env: prod}\n')).toEqual([
      { app: 'web', env: 'dev' },
      { app: 'web', env: 'prod' },
    ]);
    // Builds outside cluster folders that disagree: no label is assumed.
    expect(labels('commonLabels: {env: dev}\n', 'commonLabels: {env: prod}\n', 'variants')).toEqual([undefined]);
  });

  it('leaves out the objects of a file a kustomization applies as a patch: fragments of other objects, not objects', () => {
    const deployment = (extra: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: controller-manager, namespace: system}\nspec:\n  template:\n    spec:\n      containers: [{name: manager${extra}}]\n`;
    const files = [
      { path: 'config/default/kustomization.yaml', content: 'resources: [../manager/manager.yaml]\npatches:\n- path: manager_patch.yaml\n- patch: |-\n    - op: remove\n      path: /spec/replicas\n  target: {kind: Deployment}\npatchesStrategicMerge:\n- delete_patch.yaml\n', discovered: true },
      { path: 'config/default/manager_patch.yaml', content: deployment(', args: [--metrics]'), discovered: true },
      { path: 'config/default/delete_patch.yaml', content: 'apiVersion: v1\nkind: Service\nmetadata: {name: webhook, namespace: system}\n$patch: delete\n', discovered: true },
      { path: 'config/manager/manager.yaml', content: deployment(', image: controller:latest'), discovered: true },
    ];
    for (const order of [files, [...files].reverse()]) {
      const { resources, files: loaded } = loadSources(order);
      expect(resources.map((r) => r.file)).toEqual(['config/manager/manager.yaml']);
      expect(loaded.filter((f) => f.resourceCount > 0).map((f) => f.path)).toEqual(['config/manager/manager.yaml']);
    }
    // A file some kustomization also lists as a resource is one.
    const both = loadSources([...files, { path: 'config/other/kustomization.yaml', content: 'resources: [../default/manager_patch.yaml]\n', discovered: true }]);
    expect(both.resources.map((r) => r.file).sort()).toEqual(['config/default/manager_patch.yaml', 'config/manager/manager.yaml']);
    // A patch kubebuilder scaffolds and lists commented out, in its patches/ folder: still a fragment.
    const crd = { path: 'config/crd/patches/cainjection_in_pools.yaml', content: 'apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  annotations: {cert-manager.io/inject-ca-from: $(CERTIFICATE_NAMESPACE)/$(CERTIFICATE_NAME)}\n  name: pools.example.com\n', discovered: true };
    const scaffold = loadSources([...files, crd, { path: 'config/crd/kustomization.yaml', content: 'resources: [bases/pools.yaml]\npatches:\n#- path: patches/cainjection_in_pools.yaml\n', discovered: true }]);
    expect(scaffold.resources.map((r) => r.file)).toEqual(['config/manager/manager.yaml']);
    expect(scaffold.files.find((f) => f.path === crd.path)?.kustomizePatch).toBe(true);
    // Without any kustomization in the input, a folder named patches holds what it holds; so does
    // one whose parent folder holds no kustomization.
    expect(loadSources([crd]).resources).toHaveLength(1);
    expect(loadSources([...files, { ...crd, path: 'calico/patches/pools.yaml' }]).resources.map((r) => r.file)).toEqual(['config/manager/manager.yaml', 'calico/patches/pools.yaml']);
  });

  it('names a Namespace object of a listed file after the kustomization\'s namespace, as kustomize\'s namespace transformer does', () => {
    const files = [
      { path: 'apps/argo/kustomization.yaml', content: 'namespace: argo\nresources: [namespace.yaml, other.yaml]\n', discovered: true },
      { path: 'apps/argo/namespace.yaml', content: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: _\n', discovered: true },
      { path: 'apps/argo/other.yaml', content: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: argo}\n', discovered: true },
      { path: 'apps/unlisted.yaml', content: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: _}\n', discovered: true },
    ];
    const { resources } = loadSources(files);
    expect(resources.map((r) => `${r.file} ${r.name} ${String((r.value.metadata as { name: unknown }).name)} ${r.locate(['metadata', 'name']).line}`)).toEqual([
      'apps/argo/namespace.yaml argo argo 4',
      'apps/argo/other.yaml argo argo 3',
      'apps/unlisted.yaml _ _ 3',
    ]);
  });

  it("Argo CD's plugin.yaml (a ConfigManagementPlugin, which its sidecar reads from disk) is not a Kubernetes object", () => {
    const plugin = 'apiVersion: argoproj.io/v1alpha1\nkind: ConfigManagementPlugin\nmetadata:\n  name: "*"\nspec: {generate: {command: [sh]}}\n';
    expect(load(plugin).findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([['input/not-kubernetes', 2, "the document is an Argo CD config management plugin's configuration (plugin.yaml, read by the plugin's sidecar), not a Kubernetes object"]]);
    const walked = loadSources([{ path: 'cmp/plugin.yaml', content: plugin, discovered: true }]);
    expect([walked.findings, walked.resources, walked.files[0].skipped]).toEqual([[], [], 'not-kubernetes']);
  });

  it('a sed placeholder YAML cannot read as a value (`@NAME@`) or reads as a comment (`##NAME##`) makes the file an unrendered template', () => {
    const at = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: @STS_NAME@\nspec:\n  serviceName: @STS_NAME@\n';
    expect(load(at).findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['input/helm-template', 4, 9]]);
    const hash = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ##CRNAME##\nrules: []\n';
    expect(load(hash).findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([['input/helm-template', 4, 9, expect.stringMatching(/^this is an unrendered template \(##CRNAME## stands for a name\)/)]]);
    // Elsewhere `@` starting a value is a plain syntax error, said in YAML's terms.
    expect(load('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  who: @me\n').findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      ['input/yaml-syntax', 5, 8, 'a plain value cannot start with "@", which YAML reserves (kubectl: "found character that cannot start any token"): quote the value'],
    ]);
    // A docs' `{placeholder}` starting a value is a flow mapping, and the text after it stops the parse: said so.
    expect(load('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - image: {username}/torchserve-gpu:latest\n      name: c\n').findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      ['input/yaml-syntax', 6, 24, 'a plain value cannot start with "{": YAML reads {username} as a flow mapping, and the text after it does not parse (kubectl: "did not find expected key"): quote the value'],
    ]);
    // A name that is really missing stays an object-name error, a comment after it or not.
    expect(load('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: # TODO\n').findings.map((f) => f.ruleId)).not.toContain('input/helm-template');
  });

  it("tools' own files in an API group no cluster serves (Backstage's catalog, the Kyverno CLI's tests, gator's catalogs) are not Kubernetes objects", () => {
    const catalog = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: my-service\n  description: My service\n  links: [{title: Docs, url: https://example.com}]\nspec: {type: service, owner: team-a, lifecycle: production}\n';
    expect(load(catalog).findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([['input/not-kubernetes', 2, 'the document is a Backstage software catalog entity (catalog-info.yaml, read by Backstage), not a Kubernetes object']]);
    for (const [apiVersion, kind] of [['cli.kyverno.io/v1alpha1', 'Test'], ['gator.gatekeeper.sh/v1alpha1', 'PolicyCatalog']]) {
      const walked = loadSources([{ path: 'x/test.yaml', content: `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: t, version: v1.0.0}\npolicies: [a.yaml]\n`, discovered: true }]);
      expect([walked.findings, walked.resources, walked.files[0].skipped], apiVersion).toEqual([[], [], 'not-kubernetes']);
    }
    // A group that merely ends like one of them is a cluster's.
    expect(load('apiVersion: example.backstage.io.corp/v1\nkind: Thing\nmetadata: {name: t}\n').resources).toHaveLength(1);
  });

  it("kustomize's own configuration (a Kustomization, a built-in transformer's config) is not a Kubernetes object", () => {
    const transformer = 'apiVersion: builtin\nkind: PrefixSuffixTransformer\nmetadata:\n  name: customPrefixer\nprefix: team-a-\n';
    const named = loadSources([{ path: 'prefix.yaml', content: transformer }]);
    expect(named.resources).toEqual([]);
    expect(named.findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([['input/not-kubernetes', 1, "the document is kustomize's own configuration (apiVersion builtin), not a Kubernetes object"]]);
    const walked = loadSources([{ path: 'kustomization.yaml', content: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n', discovered: true }]);
    expect(walked.findings).toEqual([]);
    expect(walked.files[0].skipped).toBe('not-kubernetes');
  });
});
