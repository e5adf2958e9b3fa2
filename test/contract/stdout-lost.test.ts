/**
 * Output that cannot be written is an error, never a silent pass: standard output on a full
 * device (Linux's /dev/full answers every write with ENOSPC) makes every command exit 2 with one
 * line on stderr, whatever the command would have exited with otherwise. A reader that closes
 * the pipe early (`| head`) stays no error of ours.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, folderWith, hasStackTrace, yamlStream } from './cli.js';

const pool = { apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: 'p' }, spec: { cidr: '10.244.0.0/16', blockSize: 26 } };
const app = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' }, spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'x', ports: [{ containerPort: 80 }] }] } } } };
const dir = folderWith({ 'k8s.yaml': yamlStream([pool, app]) });

function toFullDevice(args: string[]): { code: number | null; stderr: string } {
  const fd = openSync('/dev/full', 'w');
  try {
    const run = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: run.status, stderr: run.stderr };
  } finally {
    closeSync(fd);
  }
}

describe('standard output that cannot be written', () => {
  it.each([
    ['lint', dir],
    ['reach', dir],
    ['reach', dir, '--format', 'text'],
    ['rules'],
    ['--version'],
  ])('%s %s … exits 2 and says so once', (...args: string[]) => {
    const { code, stderr } = toFullDevice(args);
    expect(code).toBe(2);
    expect(stderr.match(/cannot write to standard output: ENOSPC/g)).toHaveLength(1);
    expect(hasStackTrace(stderr)).toBe(false);
  });

  it.each([
    ['lint', dir, '--format', 'json'],
    ['reach', dir, '--format', 'json'],
  ])('a reader that stops early is no error: %s %s … keeps the exit code it has without the pipe', (...args: string[]) => {
    const whole = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    const quoted = [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' ');
    // The reader takes one byte and goes away; bash reports the writer's own status.
    const piped = spawnSync('bash', ['-c', `${quoted} | head -c 1 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(piped.stdout.trim()).toBe(String(whole.status));
    expect(piped.stderr).not.toMatch(/cannot write|internal error/);
  });
});
