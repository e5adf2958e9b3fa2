/** flannel as a CNI plugin inside a NAD (the flannel-io/cni-plugin delegate form). */
import type { Path } from '../../../src/engine/types.js';
import type { Obj } from '../../../src/engine/values.js';
import { derived } from '../../../src/engine/model.js';
import { nadsOf, pluginsOf } from './nads.js';
import type { NadView } from './nads.js';

export function flannelPlugin(nad: NadView): { plugin: Obj; path: Path } | null {
  if (!nad.conf) return null;
  return pluginsOf(nad.conf).find((p) => p.plugin.type === 'flannel') ?? null;
}

/** The input's flannel NADs in input order, once per lint (rules compare each with the first). */
export const flannelNads = derived('multus/flannel-nads', (m) => nadsOf(m).filter((n) => flannelPlugin(n)));
