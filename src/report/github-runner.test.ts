/**
 * `--format github` checked against the code on both ends of a workflow command: `@actions/core`
 * (the devDependency, 3.0.1, what the Action itself calls) as the writer, and the runner's parser
 * as the reader.
 *
 * The reader is restated here from actions/runner v2.336.0: src/Runner.Common/ActionCommand.cs
 * (TryParseV2, UnescapeProperty, UnescapeData) and src/Runner.Worker/ActionCommandManager.cs
 * (IssueCommandExtension.ValidateLinesAndColumns). In short: after leading white space the line
 * must start with `::`; the command info runs to the next `::` and everything after it is the
 * message; the command name ends at the first space; the properties are split on `,`, each at its
 * first `=`; a property value is unescaped %0D, %0A, %3A, %2C and then %25, the message %0D, %0A
 * and then %25 (so `%25` is undone last and an escaped `%` is never read as another escape).
 */
import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding, LintResult } from '../engine/types.js';
import { renderGithub, toAnnotations, type Annotation } from './github.js';
import { finding, poolError, result } from './test-fixtures.js';

interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescapeRunnerProperty(value: string): string {
  return value.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
}

function unescapeRunnerData(value: string): string {
  return value.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

/** One output line as the runner reads it, or null when it is not a command. */
function runnerParse(line: string): ParsedCommand | null {
  const text = line.trimStart();
  if (!text.startsWith('::')) return null;
  const end = text.indexOf('::', 2);
  if (end < 0) return null;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',').filter((p) => p !== '')) {
      const eq = pair.indexOf('=');
      // The runner drops empty entries of the two-way split, so `key=` sets nothing.
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeRunnerProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, message: unescapeRunnerData(text.slice(end + 2)) };
}

/** What `core.error/warning/notice(message, properties)` writes to stdout, captured. */
function coreOutput(annotations: readonly Annotation[]): string {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    for (const a of annotations) core[a.level](a.message, a.properties);
  } finally {
    spy.mockRestore();
  }
  return written.join('');
}

/** Text a manifest controls, in every place it can reach a command: messages, remediations, file names. */
const hostile: Finding[] = [
  finding(poolError, {
    message: 'got "50% off\n::error::forged, a:b\r%0A %3A %2C %25" (100%)',
    remediation: 'Use a /16 pool: 100% sure,\r\nreally::',
    file: 'deploy/a,b:c%d.yaml',
  }),
  finding(poolError, { message: '::add-mask::x', remediation: undefined, file: 'x%3Ay%2Cz%25.yaml', line: 3, endLine: 5 }),
  finding(poolError, { severity: 'warning', message: 'ends with a line break\n', file: 'title=forged,line=1.yaml' }),
  finding(poolError, { severity: 'info', message: '  leading blanks and \u2028 separator', file: 'ünï cödé/🚀.yaml' }),
];
const hostileResult: LintResult = { findings: hostile, summary: { files: 4, resources: 4, errors: 2, warnings: 1, infos: 1 } };

describe('--format github against @actions/core and the runner', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints byte for byte what @actions/core prints for the same annotations', () => {
    for (const r of [result, hostileResult]) {
      expect(renderGithub(r)).toBe(coreOutput(toAnnotations(r)).replaceAll('\r\n', '\n'));
    }
  });

  it('reads back, as the runner parses it, as one command per finding with every property and message intact', () => {
    const lines = renderGithub(hostileResult).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(hostile.length);
    const parsed = lines.map(runnerParse);
    toAnnotations(hostileResult).forEach((a, i) => {
      const p = a.properties;
      const expected: Record<string, string> = { title: p.title, file: p.file, line: String(p.startLine), endLine: String(p.endLine) };
      if (p.startColumn !== undefined) expected.col = String(p.startColumn);
      if (p.endColumn !== undefined) expected.endColumn = String(p.endColumn);
      expect(parsed[i]).toEqual({ command: a.level, properties: expected, message: a.message });
    });
  });

  it('gives the runner positions it keeps: 1-based, columns only on one line, never an end before its start', () => {
    // ValidateLinesAndColumns drops line/endLine when endLine < line, and col/endColumn when
    // endColumn < col or when the lines differ.
    for (const a of renderGithub(hostileResult).trimEnd().split('\n').map(runnerParse)) {
      const { line, endLine, col, endColumn } = a!.properties;
      expect(Number(line)).toBeGreaterThanOrEqual(1);
      expect(Number(endLine)).toBeGreaterThanOrEqual(Number(line));
      if (col !== undefined) {
        expect(line).toBe(endLine);
        expect(Number(col)).toBeGreaterThanOrEqual(1);
        expect(Number(endColumn)).toBeGreaterThanOrEqual(Number(col));
      }
    }
  });
});
