/**
 * Connectivity assertions (`expect:` in .netlint.yaml): "from these endpoints to those, on this
 * port, traffic is (not) allowed". `allowed: true` holds when every matching connection is
 * allowed, `allowed: false` when none is; an assertion whose selectors match no connection is
 * itself reported (it would otherwise pass forever without checking anything).
 */
import { firstOf, plural } from '../plural.js';
import { parseCidr, contains } from '../cidr.js';
import type { ExpectEntry, EndpointSelectorConfig } from '../config.js';
import type { Finding, RuleMeta } from '../types.js';
import { cells, type Matrix } from './matrix.js';
import type { Party } from './model.js';
import { partySelector } from './reach.js';

export const EXPECT_RULE_ID = 'netpol/expect';

/** Metadata of the assertion check, so it is documented, listed in SARIF and configurable. */
export const EXPECT_RULE: RuleMeta = {
  id: EXPECT_RULE_ID,
  description: 'A connectivity assertion in .netlint.yaml (`expect:`) does not hold under the policies in the manifests, or matches no connection at all.',
  severity: 'error',
  remediation: 'Fix the policy that decides the connection (`netlint reach --explain --from … --to …` names it), or the assertion.',
  kinds: [],
  messages: {},
  source: 'engine',
};

function selector(sel: EndpointSelectorConfig, m: Matrix): (p: Party) => boolean {
  if (typeof sel === 'string') return partySelector(sel);
  const cidr = sel.cidr === undefined ? null : parseCidr(sel.cidr);
  return (p) => {
    if (p.type === 'external') return cidr !== null && cidr.ok && contains(cidr.cidr, p.cidr);
    if (sel.cidr !== undefined) return false;
    if (sel.namespace !== undefined && p.namespace !== sel.namespace) return false;
    if (sel.name !== undefined && p.name !== sel.name) return false;
    if (sel.labels && !Object.entries(sel.labels).every(([k, v]) => p.labels[k] === v)) return false;
    const nsLabels = m.cluster.namespaces.get(p.namespace)?.labels ?? {};
    return !sel.namespaceLabels || Object.entries(sel.namespaceLabels).every(([k, v]) => nsLabels[k] === v);
  };
}

function describe(sel: EndpointSelectorConfig): string {
  return typeof sel === 'string' ? sel : JSON.stringify(sel);
}

export function checkExpectations(m: Matrix, entries: readonly ExpectEntry[]): Finding[] {
  const findings: Finding[] = [];
  for (const e of entries) {
    const from = selector(e.from, m);
    const to = selector(e.to, m);
    const port = e.port === undefined ? null : String(e.port);
    const protocol = e.protocol ?? (e.port === undefined ? null : 'TCP');
    let matched = 0;
    const wrong: string[] = [];
    for (const c of cells(m)) {
      if (!from(c.src) || !to(c.dst)) continue;
      if (port !== null && String(c.cell.port) !== port && c.cell.name !== port) continue;
      if (protocol !== null && c.cell.protocol !== protocol) continue;
      matched++;
      if (c.allowed !== e.allowed) wrong.push(`${c.src.id} → ${c.dst.id} ${c.cell.port}/${c.cell.protocol}`);
    }
    const name = e.name ?? `${describe(e.from)} → ${describe(e.to)}${port === null ? '' : ` ${port}${protocol ? `/${protocol}` : ''}`}`;
    let message: string | null = null;
    if (matched === 0) message = `assertion "${name}" matches no connection (no endpoint, or no declared port, fits its selectors)`;
    else if (wrong.length > 0) {
      const shown = firstOf(wrong, 5);
      message = `assertion "${name}" expects ${e.allowed ? 'allowed' : 'denied'} but ${wrong.length} of ${plural(matched, 'connection')} ${wrong.length === 1 ? 'is' : 'are'} ${e.allowed ? 'denied' : 'allowed'}: ${shown}`;
    }
    if (message === null) continue;
    const pos = e.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    findings.push({ ruleId: EXPECT_RULE_ID, severity: 'error', message, file: e.file ?? '.netlint.yaml', ...pos, resource: null, path: [], remediation: EXPECT_RULE.remediation });
  }
  return findings;
}
