/**
 * Reproducers of hostile input (issue 16), through the CLI's main with the in-memory io: each
 * ends in a report (exit 0/1) with every finding inside its file, never a crash.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../rules/index.js';
import { main } from '../src/cli/main.js';
import { memoryIo } from '../src/cli/testing/memory-io.js';

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

async function lintJson(files: Record<string, string>): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  const io = memoryIo(files);
  const code = await main(['lint', '.', '--format', 'json'], io, { builtinRules: BUILTIN_RULES });
  const findings = code === 2 ? [] : (JSON.parse(io.stdoutText).findings as JsonFinding[]);
  return { code, findings, stderr: io.stderrText };
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function expectInsideFiles(files: Record<string, string>, findings: JsonFinding[]): void {
  const counts = new Map(Object.entries(files).map(([name, text]) => [name, lineCount(text)]));
  for (const f of findings) {
    const lines = counts.get(f.file)!;
    expect(1 <= f.line && f.line <= f.endLine && f.endLine <= Math.max(1, lines), `${f.ruleId} ${f.file}:${f.line}-${f.endLine} of ${lines}`).toBe(true);
  }
}

const nested = (depth: number) => `${'('.repeat(depth)}a == "b"${')'.repeat(depth)}`;

describe('input that decides recursion depth', () => {
  it.each([
    ['a GlobalNetworkPolicy selector 5,000 parentheses deep', `apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: deep}\nspec:\n  selector: '${nested(5000)}'\n  ingress: [{action: Allow}]\n`, 5],
    ['an IPPool nodeSelector of 5,000 unbalanced parentheses', `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec:\n  cidr: 10.0.0.0/16\n  nodeSelector: '${'('.repeat(5000)}'\n`, 6],
  ])('%s is a positioned finding', async (_name, manifest, line) => {
    const files = { 'm.yaml': manifest };
    const { code, findings, stderr } = await lintJson(files);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(findings.map((f) => `${f.ruleId} ${f.line}`)).toContain(`calico/selector-syntax ${line}`);
    expectInsideFiles(files, findings);
  });

  it('JSON nested 100,000 deep in the networks annotation and in a NAD config is a positioned finding', async () => {
    const n = 100_000;
    const files = {
      'm.yaml': [
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    k8s.v1.cni.cncf.io/networks: '${'['.repeat(n)}${']'.repeat(n)}'\nspec:\n  containers: [{name: a, image: b}]`,
        `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata: {name: n}\nspec:\n  config: '{"cniVersion":"0.3.1","type":"bridge","x":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}'\n`,
      ].join('\n---\n'),
    };
    const { code, findings, stderr } = await lintJson(files);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const deep = findings.filter((f) => f.message.includes('nesting deeper than'));
    expect(deep.map((f) => `${f.ruleId} ${f.line}`)).toEqual(['multus/networks-syntax 6', 'multus/nad-config 14']);
    expectInsideFiles(files, findings);
  });
});

describe('rules stay linear in what one resource holds', () => {
  it('a networks annotation of 20,000 entries reports its one repeated network and interface', async () => {
    const entries: { name: string; interface?: string }[] = Array.from({ length: 20_000 }, (_, i) => ({ name: `net-${i}`, interface: `if${i}` }));
    // net-7 twice, neither copy naming its interface (one that names it shows the copy is meant).
    delete entries[7].interface;
    entries.push({ name: 'net-7' }, { name: 'other', interface: 'if3' });
    const nad = `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata: {name: unrelated, namespace: default}\nspec:\n  config: '{"cniVersion":"0.3.1","type":"bridge"}'\n`;
    const files = { 'm.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: default\n  annotations:\n    k8s.v1.cni.cncf.io/networks: '${JSON.stringify(entries)}'\nspec:\n  containers: [{name: a, image: b}]\n---\n${nad}` };
    const { code, findings } = await lintJson(files);
    expect(code).toBe(1);
    const dup = findings.filter((f) => f.ruleId.startsWith('multus/duplicate-')).map((f) => `${f.ruleId}: ${f.message.split(';')[0]}`);
    expect(dup).toEqual(['multus/duplicate-network: network "net-7" is already attached by entry 8: the pod gets two interfaces in one subnet, and replies may leave by either', 'multus/duplicate-interface: interface "if3" is already used by attachment 4 (net-3)']);
    // Every network but the repeated net-7 once, and `other`: a network attached twice is told missing once.
    expect(findings.filter((f) => f.ruleId === 'multus/nad-missing')).toHaveLength(20_001);
    expectInsideFiles(files, findings);
  });
});

describe('rules stay n log n in overlapping ranges', () => {
  it('8,000 IPPools on one CIDR each report the first', async () => {
    const pools = Array.from({ length: 8_000 }, (_, i) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p${i}}\nspec: {cidr: 10.0.0.0/8, natOutgoing: true}\n`);
    const files = { 'm.yaml': pools.join('---\n') };
    const { code, findings } = await lintJson(files);
    expect(code).toBe(1);
    const overlaps = findings.filter((f) => f.ruleId === 'calico/ippool-overlap');
    expect(overlaps).toHaveLength(7_999);
    expect(overlaps.every((f) => f.message.includes('overlaps IPPool p0 '))).toBe(true);
    expectInsideFiles(files, findings);
  });

  it('5,000 NADs on one subnet each name the first as the overlapping one', async () => {
    const nads = Array.from({ length: 5_000 }, (_, i) => `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata: {name: n${i}, namespace: default}\nspec:\n  config: '{"cniVersion":"0.3.1","type":"macvlan","master":"eth1","ipam":{"type":"host-local","subnet":"192.168.50.0/24"}}'\n`);
    const files = { 'm.yaml': nads.join('---\n') };
    const { findings } = await lintJson(files);
    const overlaps = findings.filter((f) => f.ruleId === 'multus/nad-ipam-overlap');
    expect(overlaps).toHaveLength(5_000);
    expect(overlaps.filter((f) => f.message.includes('overlaps NAD default/n0 ')).length).toBe(4_999);
    expect(overlaps[0].message).toContain('overlaps NAD default/n1 ');
    expectInsideFiles(files, findings);
  });

  it('a block scalar of 30,000 lines of template text in a file that does not parse: its syntax error, once', async () => {
    // Each `{{ }}`, `#@` and `{% %}` there is a template for another program; a check that walked back
    // to the block's key for each of them took minutes (the text's lines squared).
    const lines = Array.from({ length: 30_000 }, (_, i) => `    line ${i} {{ Name }} #@ x {% if a %}\n`).join('');
    const files = { 'c.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  tpl: |\n${lines}  bad: [\n` };
    const { code, findings } = await lintJson(files);
    expect(code).toBe(1);
    expect(findings.filter((f) => f.ruleId !== 'input/no-resources').map((f) => `${f.ruleId}@${f.line}`)).toEqual(['input/yaml-syntax@30006']);
  }, 20_000);
});

describe('positions stay inside the file', () => {
  it.each([
    ['with a final line break', '\n', '6-6'],
    ['without one', '', '6-6'],
    ['kept with |+', '\n\n', '6-6'],
  ])('a JSON error at the end of a literal block that ends the file (%s)', async (_name, tail, lines) => {
    const block = tail === '\n\n' ? '|+' : '|';
    const files = { 'm.yaml': `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata: {name: n}\nspec:\n  config: ${block}\n    {"cniVersion": "0.3.1", "type": "bridge",${tail}` };
    const { code, findings } = await lintJson(files);
    expect(code).toBe(1);
    expect(findings.map((f) => `${f.ruleId} ${f.line}-${f.endLine}`)).toContain(`multus/nad-config ${lines}`);
    expectInsideFiles(files, findings);
  });
});
