import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITY_RANK, type Finding, type LintResult, type Severity } from '../engine/types.js';
import { markdownRenderer, renderMarkdown } from './markdown.js';
import { clean, ctx, fileInfo, finding, hostileWarning, poolError, result } from './test-fixtures.js';

const ZWJ = '\u200d';
/** Table rows that hold a finding (not the header or the delimiter row). */
const findingRows = (md: string) => md.split('\n').filter((line) => /^\| \[?\d/.test(line));

describe('renderMarkdown', () => {
  it('renders a headline with the counts and a table per file', () => {
    expect(renderMarkdown(result, ctx)).toBe(
      [
        '### ❌ netlint: 3 problems (1 error, 1 warning, 1 info)',
        '',
        'Checked 3 files and 12 resources.',
        '',
        '#### `manifests/pools.yaml`',
        '',
        '| Line | Severity | Rule | Message |',
        '| ---: | --- | --- | --- |',
        '| 7:14 | 🔴 error | [calico/ippool\\-block\\-size\\-range](https://netlint.dev/rules/calico/ippool-block-size-range) | blockSize 33 is out of range (`IPPool/rack-0`) |',
        '',
        '#### `nets/a%b,c:d.yaml`',
        '',
        '| Line | Severity | Rule | Message |',
        '| ---: | --- | --- | --- |',
        `| 12:3 | 🟡 warning | [multus/nad\\-config\\-json](https://netlint.dev/rules/multus/nad-config-json) | config is not JSON: &lt;img src\\=x&gt; @${ZWJ}everyone \\| pipes \\| \\\`tick\\\` \\#${ZWJ}123 next line 100% (\`NetworkAttachmentDefinition/tenant-ä/macvlan-ü\`) |`,
        '| 20:1 | 🔵 info | [netpol/explicit\\-policy\\-types](https://netlint.dev/rules/netpol/explicit-policy-types) | Ünïcödé 🚀 message |',
        '',
      ].join('\n'),
    );
  });

  it('says so with ✅ when clean', () => {
    expect(renderMarkdown(clean, ctx)).toBe('### ✅ netlint: no problems found\n\nChecked 3 files and 12 resources.\n');
    expect(renderMarkdown(clean, ctx, { title: 'netlint (base)' })).toContain('### ✅ netlint \\(base\\): no problems found');
  });

  it('picks the headline icon from the worst severity', () => {
    const only = (f: Finding) => renderMarkdown({ findings: [f], summary: result.summary }, ctx).split('\n')[0];
    expect(only(poolError)).toMatch(/^### ❌ /);
    expect(only(hostileWarning)).toMatch(/^### ⚠️ /);
    expect(only(fileInfo)).toMatch(/^### ℹ️ /);
  });

  it('neutralises hostile text from file names and object names too', () => {
    const nasty = finding(poolError, {
      file: 'x`y`|<b>@admin.yaml',
      resource: { apiVersion: 'v1', kind: 'Service', name: 'a|b`c', namespace: '@team' },
    });
    const md = renderMarkdown({ findings: [nasty], summary: result.summary }, ctx);
    expect(md).toContain('#### ``x`y`|<b>@admin.yaml``');
    const [row] = findingRows(md);
    expect(row).toContain('(``Service/@team/a\\|b`c``)');
    expect(md).not.toMatch(/^(?!#### ).*<b>/m);
  });

  it('folds a long file table into <details>', () => {
    const many = Array.from({ length: 3 }, (_, i) => finding(poolError, { line: i + 1 }));
    const md = renderMarkdown({ findings: [...many, fileInfo], summary: result.summary }, ctx, { collapseAbove: 2 });
    expect(md).toContain('#### `manifests/pools.yaml`\n\n<details>\n<summary>3 problems</summary>\n\n| Line |');
    expect(md).toContain('calico/ippool-block-size-range) | blockSize 33 is out of range (`IPPool/rack-0`) |\n\n</details>');
    expect(md.match(/<details>/g)).toHaveLength(1);
    expect(renderMarkdown(result, ctx)).not.toContain('<details>');
  });

  it('links line cells when given a source URL', () => {
    const md = renderMarkdown(result, ctx, {
      sourceUrl: (file, line, endLine) => `https://github.com/o/r/blob/abc/${file}#L${line}-L${endLine}`,
    });
    expect(findingRows(md).map((row) => row.split(' | ')[0])).toEqual([
      '| [7:14](https://github.com/o/r/blob/abc/manifests/pools.yaml#L7-L7)',
      '| [12:3](https://github.com/o/r/blob/abc/nets/a%b,c:d.yaml#L12-L14)',
      '| [20:1](https://github.com/o/r/blob/abc/nets/a%b,c:d.yaml#L20-L20)',
    ]);
  });

  it('returns the whole report when it fits in maxLength', () => {
    const full = renderMarkdown(result, ctx);
    expect(renderMarkdown(result, ctx, { maxLength: full.length })).toBe(full);
  });

  it('drops the least severe findings first and says how many are missing', () => {
    const full = renderMarkdown(result, ctx);
    const md = renderMarkdown(result, ctx, { maxLength: full.length - 1 });
    expect(md.length).toBeLessThan(full.length);
    expect(md.split('\n')[0]).toBe('### ❌ netlint: 3 problems (1 error, 1 warning, 1 info)');
    expect(findingRows(md).map((row) => row.split(' | ')[1])).toEqual(['🔴 error', '🟡 warning']);
    expect(md.endsWith('\n\n_… 1 more finding not shown: see the job summary or the SARIF report._\n')).toBe(true);
    const tiny = renderMarkdown(result, ctx, { maxLength: 400, truncationHint: 'see [the run](https://x.test/run)' });
    expect(findingRows(tiny)).toHaveLength(0);
    expect(tiny).toContain('_… 3 more findings not shown: see [the run](https://x.test/run)._');
  });

  it('cuts even the headline when maxLength leaves no room for it', () => {
    expect(renderMarkdown(result, ctx, { maxLength: 10 })).toBe('### ❌ netl');
    expect(renderMarkdown(result, ctx, { maxLength: 0 })).toBe('');
    expect(renderMarkdown(result, ctx, { maxLength: 5 })).toBe('### ❌');
    // Never half a surrogate pair: "### ❌ " is 6 code units, the rocket the next two.
    expect(renderMarkdown(result, ctx, { maxLength: 7, title: '🚀' })).toBe('### ❌ ');
    expect(renderMarkdown(result, ctx, { maxLength: 8, title: '🚀' })).toBe('### ❌ 🚀');
  });

  it('fits every limit from 0 to the full length, keeping more findings as the limit grows', () => {
    const full = renderMarkdown(result, ctx);
    let previousRows = 0;
    for (let maxLength = 0; maxLength <= full.length; maxLength++) {
      const md = renderMarkdown(result, ctx, { maxLength });
      expect(md.length).toBeLessThanOrEqual(maxLength);
      const rows = findingRows(md).length;
      expect(rows).toBeGreaterThanOrEqual(previousRows);
      previousRows = rows;
    }
    expect(previousRows).toBe(3);
  });

  const severity = fc.constantFrom<Severity>('error', 'warning', 'info');
  const arbitraryFinding = fc.record({
    ruleId: fc.constantFrom('calico/a', 'netpol/b', 'multus/c|`x`'),
    severity,
    message: fc.string({ unit: 'binary', maxLength: 200 }),
    file: fc.constantFrom('a.yaml', 'dir/b c.yaml', 'x`|<y>.yaml', 'ü/🚀.yaml'),
    line: fc.integer({ min: 1, max: 100_000 }),
    column: fc.integer({ min: 1, max: 500 }),
  });

  it('never exceeds maxLength, keeps every finding it can, and accounts for the rest (property)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 40 }), fc.integer({ min: 0, max: 6000 }), (fs, maxLength) => {
        const findings: Finding[] = fs.map((f) => ({ ...poolError, ...f, endLine: f.line, endColumn: f.column + 1 }));
        const r: LintResult = { findings, summary: result.summary };
        const full = renderMarkdown(r, ctx, { collapseAbove: 5 });
        const md = renderMarkdown(r, ctx, { maxLength, collapseAbove: 5 });
        expect(md.length).toBeLessThanOrEqual(maxLength);
        if (full.length <= maxLength) {
          expect(md).toBe(full);
          return;
        }
        const pointer = /_… (\d+) more findings? not shown: /.exec(md);
        if (pointer === null) {
          // Not even the headline and the pointer fit: the report is cut at the limit.
          expect(md.length).toBeGreaterThanOrEqual(maxLength - 1);
          expect(md.startsWith('### '.slice(0, maxLength))).toBe(true);
          return;
        }
        const shown = findingRows(md).length;
        expect(shown + Number(pointer[1])).toBe(findings.length);
        // As many as fit: when the next finding by severity joins a file already shown (no new
        // heading, table or fold), it adds its row and a line break while the pointer's count
        // loses at most one character; had even the longest such report fitted, it was dropped.
        const order = findings.map((f, index) => ({ f, index })).sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.index - b.index);
        if (shown + 1 === findings.length) return;
        const next = order[shown].f;
        const inFile = order.slice(0, shown).filter((o) => o.f.file === next.file).length;
        if (inFile === 0 || inFile === 5) return;
        const nextRow = findingRows(renderMarkdown({ findings: [next], summary: result.summary }, ctx))[0];
        expect(md.length + nextRow.length + 1).toBeGreaterThan(maxLength);
      }),
      { numRuns: 300 },
    );
  });

  it('renders one result at many lengths, in any order, as fresh renders of each would (markdownRenderer)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 30 }), fc.array(fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }), { minLength: 1, maxLength: 6 }), (fs, lengths) => {
        const findings: Finding[] = fs.map((f) => ({ ...poolError, ...f, endLine: f.line, endColumn: f.column + 1 }));
        const r: LintResult = { findings, summary: result.summary };
        const reused = markdownRenderer(r, ctx, { collapseAbove: 5 });
        lengths.forEach((maxLength, i) => {
          const hint = i % 2 === 0 ? undefined : `hint ${i}`;
          expect(reused(maxLength, hint)).toBe(markdownRenderer(r, ctx, { collapseAbove: 5 })(maxLength, hint));
          expect(reused(maxLength, hint)).toBe(renderMarkdown(r, ctx, { collapseAbove: 5, maxLength, truncationHint: hint }));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('says what a folder walk counted instead of checking', () => {
    const out = renderMarkdown({ findings: [], summary: { ...clean.summary, skippedFiles: 2, helmTemplates: 1 } }, ctx);
    expect(out).toContain('Checked 3 files and 12 resources. Skipped 2 files that are not Kubernetes objects and 1 unrendered template \\(lint what they render: helm template … \\| netlint lint \\-\\).');
  });
});
