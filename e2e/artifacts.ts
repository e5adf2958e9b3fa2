import { createHash } from 'node:crypto';
import type { PinnedFile } from './profiles/types.js';
import type { CommandSpec } from './runner.js';

/**
 * Pinned downloads. Every artifact goes through the runner (`curl`, so tests serve it and the
 * dry-run lists it) or comes from an `--artifacts DIR` mirror for air-gapped runners; both are
 * checked against the same sha256 pin before anything uses the bytes.
 *
 * Mirror layout: the URL without its scheme, e.g.
 * `DIR/raw.githubusercontent.com/projectcalico/calico/v3.32.1/manifests/calico.yaml`
 * (`wget -x` or `curl --create-dirs -o` produce it).
 */
export const mirrorPath = (dir: string, url: string): string => `${dir.replace(/\/+$/, '')}/${url.replace(/^[a-z]+:\/\//, '')}`;

/** Where a download lands in the work directory. */
export const downloadPath = (dir: string, url: string): string => `${dir}/${url.split('/').pop()}`;

/** HTTPS only, redirects followed (GitHub release assets redirect), bounded, retried on transient errors. */
export const curlDownload = (url: string, dest: string): CommandSpec => ({
  file: 'curl',
  args: ['-fsSL', '--proto', '=https', '--proto-redir', '=https', '--retry', '3', '--connect-timeout', '20', '--max-time', '120', '--create-dirs', '-o', dest, url],
  timeoutMs: 150_000,
});

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** One line for plans and errors: the pin, or why the file is refused. */
export function pinText(file: PinnedFile): string {
  return file.sha256 ? `sha256 ${file.sha256}` : `NOT PINNED (refused without --allow-unpinned; ${file.source})`;
}
