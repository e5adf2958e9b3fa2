import { describe, expect, it } from 'vitest';
import { escapeCommandData, escapeCommandProperty, renderGithub, toAnnotations } from './github.js';
import { clean, finding, poolError, result } from './test-fixtures.js';

describe('renderGithub', () => {
  it('prints one escaped workflow command per finding', () => {
    expect(renderGithub(result)).toBe(
      '::error title=calico/ippool-block-size-range,file=manifests/pools.yaml,line=7,endLine=7,col=14,endColumn=16' +
        '::blockSize 33 is out of range%0ARemediation: Use a blockSize between 20 and 32 for IPv4.\n' +
        '::warning title=multus/nad-config-json,file=nets/a%25b%2Cc%3Ad.yaml,line=12,endLine=14' +
        '::config is not JSON: <img src=x> @everyone | pipes | `tick` #123%0Anext line 100%25\n' +
        '::notice title=netpol/explicit-policy-types,file=nets/a%25b%2Cc%3Ad.yaml,line=20,endLine=20,col=1,endColumn=9' +
        '::Ünïcödé 🚀 message\n',
    );
  });

  it('prints nothing for a clean run', () => {
    expect(renderGithub(clean)).toBe('');
  });

  it('prints at most 10 a level, as GitHub shows per step, and one notice counting the rest', () => {
    const many = { ...result, findings: Array.from({ length: 12 }, (_, i) => finding(poolError, { line: i + 1, endLine: i + 1 })) };
    const lines = renderGithub(many).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(lines.at(-1)).toBe('::notice::netlint: 2 errors more than GitHub shows per step (10 per level); the other formats (stylish, json, sarif) list them');
  });

  it('cannot be made to emit a second command by a message or a file name', () => {
    const hostile = finding(poolError, {
      message: 'x\r\n::add-mask::secret\n::error::forged',
      file: 'a,title=forged::b\n::warning::x',
      remediation: undefined,
    });
    const out = renderGithub({ findings: [hostile], summary: result.summary });
    expect(out.split('\n')).toEqual([
      '::error title=calico/ippool-block-size-range,file=a%2Ctitle=forged%3A%3Ab%0A%3A%3Awarning%3A%3Ax,' +
        'line=7,endLine=7,col=14,endColumn=16::x%0D%0A::add-mask::secret%0A::error::forged',
      '',
    ]);
  });
});

describe('toAnnotations', () => {
  it('returns the data core.error/warning/notice take, info as notice', () => {
    expect(toAnnotations(result)).toEqual([
      {
        level: 'error',
        message: 'blockSize 33 is out of range\nRemediation: Use a blockSize between 20 and 32 for IPv4.',
        properties: {
          title: 'calico/ippool-block-size-range',
          file: 'manifests/pools.yaml',
          startLine: 7,
          endLine: 7,
          startColumn: 14,
          endColumn: 16,
        },
      },
      {
        level: 'warning',
        message: 'config is not JSON: <img src=x> @everyone | pipes | `tick` #123\nnext line 100%',
        properties: { title: 'multus/nad-config-json', file: 'nets/a%b,c:d.yaml', startLine: 12, endLine: 14 },
      },
      {
        level: 'notice',
        message: 'Ünïcödé 🚀 message',
        properties: {
          title: 'netpol/explicit-policy-types',
          file: 'nets/a%b,c:d.yaml',
          startLine: 20,
          endLine: 20,
          startColumn: 1,
          endColumn: 9,
        },
      },
    ]);
  });

  it('leaves columns out of multi-line ranges, which GitHub rejects', () => {
    const [annotation] = toAnnotations(result).filter((a) => a.level === 'warning');
    expect(Object.keys(annotation.properties)).not.toContain('startColumn');
    expect(Object.keys(annotation.properties)).not.toContain('endColumn');
  });
});

describe('workflow-command escaping', () => {
  it('escapes % first, then CR and LF, in data', () => {
    expect(escapeCommandData('100% %0A\r\n:,')).toBe('100%25 %250A%0D%0A:,');
  });

  it('escapes : and , as well in properties', () => {
    expect(escapeCommandProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });
});
