/**
 * `reach --format mermaid|dot`: groups (a one-member group is its endpoint) as nodes inside their
 * namespace, external ranges as round nodes, one edge per allowed (from, to) labelled with its
 * ports. Past PAIR_LIMIT edges the graph is cut, with a comment saying how many more and how to
 * narrow the query.
 */
import { allowedEntries, type ReachReport } from '../../engine/netpol/reach.js';
import { displayNames, moreLine, noteLines, PAIR_LIMIT, pairs, type PairRow } from './group.js';

interface Graph {
  /** Node id per group or external id. */
  ids: Map<string, string>;
  /** Namespace (or `several namespaces`) → node ids with their labels. */
  clusters: Map<string, { id: string; label: string }[]>;
  externals: { id: string; label: string }[];
  edges: PairRow[];
  more: string | null;
}

function graph(report: ReachReport): Graph {
  const names = displayNames(report);
  const namespaceOf = new Map(report.pods.map((p) => [p.id, p.namespace ?? '']));
  const { rows: edges, total } = pairs(allowedEntries(report), PAIR_LIMIT);
  // Only nodes an edge touches, plus every group when there are few: a capped graph stays small.
  const used = new Set<string>();
  for (const e of edges) used.add(e.from).add(e.to);
  const all = report.groups.length + report.externals.length <= PAIR_LIMIT;
  const ids = new Map<string, string>();
  const clusters = new Map<string, { id: string; label: string }[]>();
  for (const g of report.groups) {
    if (!all && !used.has(g.id)) continue;
    const id = `n${ids.size}`;
    ids.set(g.id, id);
    const nss = new Set(g.members.map((m) => namespaceOf.get(m) ?? ''));
    const ns = nss.size === 1 ? [...nss][0] : 'several namespaces';
    const name = names.get(g.id) ?? g.id;
    const label = g.members.length === 1 && name.startsWith(`${ns}/`) ? name.slice(ns.length + 1) : `${name} (${g.members.length})`;
    let list = clusters.get(ns);
    if (!list) clusters.set(ns, (list = []));
    list.push({ id, label });
  }
  const externals: Graph['externals'] = [];
  for (const x of report.externals) {
    if (!all && !used.has(x.id)) continue;
    const id = `n${ids.size}`;
    ids.set(x.id, id);
    externals.push({ id, label: x.id });
  }
  return { ids, clusters, externals, edges, more: moreLine(total, edges.length, 'edges') };
}

const quote = (s: string): string => s.replace(/"/g, '#quot;');

export function formatReachMermaid(report: ReachReport): string {
  const g = graph(report);
  const lines = ['flowchart LR'];
  for (const [ns, nodes] of g.clusters) {
    lines.push(`  subgraph ns_${nodes[0].id}["${quote(ns)}"]`);
    for (const n of nodes) lines.push(`    ${n.id}["${quote(n.label)}"]`);
    lines.push('  end');
  }
  for (const x of g.externals) lines.push(`  ${x.id}(["${quote(x.label)}"])`);
  for (const row of g.edges) lines.push(`  ${g.ids.get(row.from)} -->|"${row.ports.join(', ')}"| ${g.ids.get(row.to)}`);
  if (g.more !== null) lines.push(`  %% ${g.more}`);
  for (const note of noteLines(report.notes)) lines.push(`  %% note: ${note}`);
  return `${lines.join('\n')}\n`;
}

const dq = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function formatReachDot(report: ReachReport): string {
  const g = graph(report);
  const lines = ['digraph reach {', '  rankdir=LR;', '  node [shape=box];'];
  let i = 0;
  for (const [ns, nodes] of g.clusters) {
    lines.push(`  subgraph cluster_${i++} {`, `    label=${dq(ns)};`);
    for (const n of nodes) lines.push(`    ${n.id} [label=${dq(n.label)}];`);
    lines.push('  }');
  }
  for (const x of g.externals) lines.push(`  ${x.id} [label=${dq(x.label)}, shape=ellipse];`);
  for (const row of g.edges) lines.push(`  ${g.ids.get(row.from)} -> ${g.ids.get(row.to)} [label=${dq(row.ports.join(', '))}];`);
  if (g.more !== null) lines.push(`  // ${g.more}`);
  for (const note of noteLines(report.notes)) lines.push(`  // note: ${note}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
