/**
 * The connections a change opens and closes as a mermaid flowchart, which GitHub renders in PR
 * comments: one node per endpoint, group or external range, a solid edge per opened connection
 * and a dotted one per closed connection, labelled with the port. Only for small changes: past
 * `maxEdges` a picture stops being readable and the caller shows the table instead.
 *
 * Names come from the PR's manifests, so every label is quoted and the characters mermaid or
 * markdown would read (quotes, `<`, `>`, backticks, `#`, `&`, line breaks) become mermaid's
 * `#code;` entities; a label cannot close the code fence or inject markup.
 */
import type { ConnectionDelta } from '../../engine/netpol/diff.js';
import { portLabel } from './group.js';

/** A picture up to this many edges; a table beyond (GitHub's renderer lays out a few dozen well). */
export const MAX_DIAGRAM_EDGES = 40;

export function diffMermaid(opened: readonly ConnectionDelta[], closed: readonly ConnectionDelta[], maxEdges = MAX_DIAGRAM_EDGES): string[] | null {
  const total = opened.length + closed.length;
  if (total === 0 || total > maxEdges) return null;
  const ids = new Map<string, string>();
  const node = (name: string) => {
    let id = ids.get(name);
    if (!id) ids.set(name, (id = `n${ids.size}`));
    return id;
  };
  const edges = [
    ...opened.map((d) => `  ${node(d.from)} -- "${label(portLabel(d))}" --> ${node(d.to)}`),
    ...closed.map((d) => `  ${node(d.from)} -. "${label(`${portLabel(d)} closed`)}" .-> ${node(d.to)}`),
  ];
  const nodes = [...ids].map(([name, id]) => `  ${id}["${label(name)}"]`);
  const styles = closed.length > 0 ? [`  linkStyle ${closed.map((_d, i) => opened.length + i).join(',')} stroke:#cf222e`] : [];
  return ['```mermaid', 'flowchart LR', ...nodes, ...edges, ...styles, '```'];
}

const ENTITY: Record<string, string> = { '"': '#quot;', '<': '#lt;', '>': '#gt;', '`': '#96;', '#': '#35;', '&': '#amp;' };

/** Text for inside a quoted mermaid label. */
export function label(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/["<>`#&]/g, (c) => ENTITY[c]);
}
