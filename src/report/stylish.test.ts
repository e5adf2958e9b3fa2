import { describe, expect, it } from 'vitest';
import { renderStylish, renderStylishChunks } from './stylish.js';
import { clean, ctx, finding, poolError, result } from './test-fixtures.js';

const ANSI = /\u001b\[/;

describe('renderStylish', () => {
  it('groups by file; each finding shows message, rule id, fix hint and docs link, wrapped at 80 columns', () => {
    expect(renderStylish(result, ctx)).toBe(
      [
        '',
        'manifests/pools.yaml',
        '  7:14  error  blockSize 33 is out of range  calico/ippool-block-size-range',
        '               fix: Use a blockSize between 20 and 32 for IPv4.',
        '               https://netlint.dev/rules/calico/ippool-block-size-range',
        '',
        'nets/a%b,c:d.yaml',
        '  12:3  warning  config is not JSON: <img src=x> @everyone | pipes | `tick` #123',
        '                 next line 100%  multus/nad-config-json',
        '                 https://netlint.dev/rules/multus/nad-config-json',
        '  20:1  info     Ünïcödé 🚀 message  netpol/explicit-policy-types',
        '                 https://netlint.dev/rules/netpol/explicit-policy-types',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('wraps long messages and fix hints to the terminal width, never padding to the longest message', () => {
    const long = finding(poolError, {
      message: `spec.cidr 10.0.0.0/8 overlaps the service CIDR 10.96.0.0/12 declared in the kubeadm ClusterConfiguration of cluster/kubeadm.yaml, so Services and pods would collide`,
      remediation: 'Pick a pod CIDR that does not overlap the service CIDR, the node subnets or any other IP pool, then re-create the pool (the CIDR of an existing pool cannot change).',
    });
    const short = finding(poolError, { line: 9 });
    for (const columns of [80, 60, 120]) {
      const out = renderStylish({ findings: [long, short], summary: result.summary }, { ...ctx, columns });
      const rows = out.split('\n');
      const tooWide = rows.filter((l) => [...l].length > columns && !/^\s+https:\/\/\S+$/.test(l));
      expect(tooWide, `${columns} columns`).toEqual([]);
      expect(rows.filter((l) => /^\s+fix: /.test(l)), `${columns} columns`).toHaveLength(2);
      expect(out.replace(/\n\s+/g, ' ')).toContain(long.message);
      // The short finding's row is as short as its own text: no padding to the long message.
      expect(rows.find((l) => l.startsWith('  9:14'))).toBe(`  9:14  error  blockSize 33 is out of range${columns >= 80 ? '  calico/ippool-block-size-range' : ''}`);
    }
    const at80 = renderStylish({ findings: [long], summary: result.summary }, { ...ctx, columns: 80 }).split('\n');
    expect(at80.slice(2, 8)).toEqual([
      '  7:14  error  spec.cidr 10.0.0.0/8 overlaps the service CIDR 10.96.0.0/12',
      '               declared in the kubeadm ClusterConfiguration of',
      '               cluster/kubeadm.yaml, so Services and pods would collide',
      '               calico/ippool-block-size-range',
      '               fix: Pick a pod CIDR that does not overlap the service CIDR, the',
      '               node subnets or any other IP pool, then re-create the pool (the',
    ]);
  });

  it('right-aligns lines and left-aligns columns within a file', () => {
    const r = {
      findings: [
        finding(poolError, { line: 7, column: 140 }),
        finding(poolError, { line: 1200, column: 3, severity: 'warning' as const }),
      ],
      summary: result.summary,
    };
    const rows = renderStylish(r, { ...ctx, columns: 100 }).split('\n').filter((l) => l.startsWith('  '));
    expect(rows.filter((l) => /^\s+\d+:/.test(l))).toEqual([
      '     7:140  error    blockSize 33 is out of range  calico/ippool-block-size-range',
      '  1200:3    warning  blockSize 33 is out of range  calico/ippool-block-size-range',
    ]);
  });

  it('prints one friendly line with the counts when there is nothing to report', () => {
    expect(renderStylish(clean, ctx)).toBe('✔ No problems found (3 files, 12 resources)\n');
    expect(renderStylish({ findings: [], summary: { ...clean.summary, files: 1, resources: 1 } }, ctx)).toBe(
      '✔ No problems found (1 file, 1 resource)\n',
    );
  });

  it('uses singular and plural in the summary', () => {
    const out = renderStylish({ findings: [poolError, finding(poolError, { line: 9 })], summary: result.summary }, ctx);
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (2 errors)');
    const infos = renderStylish({ findings: [finding(poolError, { severity: 'info' as const }), finding(poolError, { severity: 'info' as const, line: 9 })], summary: result.summary }, ctx);
    expect(infos.trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (2 info)');
    const one = renderStylish({ findings: [finding(poolError, { severity: 'warning' as const })], summary: result.summary }, ctx);
    expect(one.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 warning)');
  });

  it('colours only when asked', () => {
    expect(renderStylish(result, ctx)).not.toMatch(ANSI);
    expect(renderStylish(clean, ctx)).not.toMatch(ANSI);
    const coloured = renderStylish(result, { ...ctx, color: true });
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[33mwarning');
    expect(coloured).toContain('\u001b[4mmanifests/pools.yaml\u001b[24m');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(renderStylish(result, ctx));
  });

  it('shows control characters from manifests instead of sending them to the terminal', () => {
    const hostile = finding(poolError, { message: 'a\u001b[2Jb\u0007c\td', file: 'x\u009b.yaml' });
    const out = renderStylish({ findings: [hostile], summary: result.summary }, ctx);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('a\\x1B[2Jb\\x07c d');
    expect(out).toContain('x\\x9B.yaml');
  });

  it('renders a file with more findings than a call takes arguments (no spreading over them)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => finding(poolError, { line: i + 1 }));
    const text = renderStylish({ ...result, findings: many, summary: { ...result.summary, errors: many.length, warnings: 0, infos: 0 } }, ctx);
    const rows = text.split('\n');
    expect(rows.filter((l) => l.includes('blockSize 33 is out of range')).length).toBe(300_000);
    expect(rows.filter((l) => l.includes('fix: Use a blockSize between 20 and 32')).length).toBe(1);
    expect(rows).toContain('  300000:14  error  blockSize 33 is out of range  calico/ippool-block-size-range');
  }, 60_000);

  it('shows a rule\'s fix and link under its first finding in each file, not under every one', () => {
    const other = result.findings[2];
    const findings = [
      finding(poolError, { file: 'a.yaml', line: 1 }),
      finding(other, { file: 'a.yaml', line: 2 }),
      finding(poolError, { file: 'a.yaml', line: 3 }),
      finding(poolError, { file: 'b.yaml', line: 4 }),
    ];
    const rows = renderStylish({ findings, summary: result.summary }, ctx).split('\n');
    const fix = (l: string) => l.includes('fix: Use a blockSize between 20 and 32');
    const link = (id: string) => (l: string) => l.trim() === `https://netlint.dev/rules/${id}`;
    // a.yaml: line 1's hint, line 2's own rule's link, line 3 bare; b.yaml: the hint again.
    expect(rows.filter(fix)).toHaveLength(2);
    expect(rows.filter(link(poolError.ruleId))).toHaveLength(2);
    expect(rows.filter(link(other.ruleId))).toHaveLength(1);
    const third = rows.findIndex((l) => l.startsWith('  3:'));
    expect(rows[third + 1]).toBe('');
    expect(rows[third + 2]).toBe('b.yaml');
    expect(fix(rows[third + 4])).toBe(true);
  });

  it('gives the same text however many lines a piece holds, over files with any number of findings', () => {
    const files = [3, 1, 12, 0, 5, 40, 2];
    const findings = files.flatMap((n, f) => Array.from({ length: n }, (_, i) => finding(i % 2 ? poolError : result.findings[0], { file: `dir/f${f}.yaml`, line: i + 1 })));
    const r = { findings, summary: { ...result.summary, files: files.length } };
    const whole = [...renderStylishChunks(r, ctx, Infinity)];
    expect(whole).toHaveLength(1);
    for (const linesPerPiece of [1, 2, 7, 50]) {
      const pieces = [...renderStylishChunks(r, ctx, linesPerPiece)];
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(whole[0]);
    }
    expect(renderStylish(r, ctx)).toBe(whole[0]);
  });

  it('gives out a piece once it holds about a MiB, however few lines (one file, very long messages)', () => {
    // 300 findings of 40,000 characters each: 12 MB in one file and 600 lines or so.
    const long = 'x'.repeat(39_990);
    const findings = Array.from({ length: 300 }, (_, i) => finding(poolError, { file: 'big.yaml', line: i + 1, message: `${long} ${i}` }));
    const r = { findings, summary: { ...result.summary, files: 1 } };
    const pieces = [...renderStylishChunks(r, ctx)];
    expect(pieces.length).toBeGreaterThan(8);
    for (const piece of pieces) expect(piece.length).toBeLessThan((1 << 20) + 50_000);
    expect(pieces.join('')).toBe(renderStylish({ ...r }, ctx));
    // The file's rows stay aligned across pieces: every row of the file starts the same way.
    const rows = pieces.join('').split('\n').filter((l) => /^ +\d+:\d+ +error/.test(l));
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((l) => l.indexOf('error'))).size).toBe(1);
  });
});
