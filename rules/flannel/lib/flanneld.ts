/** flanneld containers in Pods and workloads, with their argv (command + args) and YAML paths. */
import { podSpecOf } from '../../../src/engine/model.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { isObject } from '../../../src/engine/values.js';

export interface Arg {
  text: string;
  path: Path;
}

function runs(list: unknown): boolean {
  return Array.isArray(list) && list.some((a) => typeof a === 'string' && /(^|\/)flanneld$/.test(a.trim()));
}

/** Whether a container runs flanneld (its command or args name the binary). */
export function runsFlanneld(c: Record<string, unknown>): boolean {
  return runs(c.command) || runs(c.args);
}

export function flanneldArgs(resource: Resource): Arg[][] {
  const ps = podSpecOf(resource);
  if (!ps) return [];
  const out: Arg[][] = [];
  const containers = ps.spec.containers;
  if (!Array.isArray(containers)) return out;
  for (let i = 0; i < containers.length; i++) {
    const c: unknown = containers[i];
    // Only a container that runs flanneld counts: look for it before collecting its arguments.
    if (!isObject(c) || !runsFlanneld(c)) continue;
    const argv: Arg[] = [];
    for (const field of ['command', 'args'] as const) {
      const list = c[field];
      if (!Array.isArray(list)) continue;
      list.forEach((a, j) => typeof a === 'string' && argv.push({ text: a, path: [...ps.path, 'containers', i, field, j] }));
    }
    out.push(argv);
  }
  return out;
}
