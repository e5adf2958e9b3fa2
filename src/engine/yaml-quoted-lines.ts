/**
 * js-yaml's events for a text, read the way kubectl reads it where the two parsers differ on
 * quoted scalars that span lines.
 *
 * js-yaml refuses a continuation line of a single- or double-quoted scalar that is indented less
 * than the node it belongs to ("deficient indentation"). libyaml, whose scanner go-yaml (and so
 * kubectl) ports, does not measure those lines at all (`yaml_parser_scan_flow_scalar` in
 * go-yaml's scannerc.go folds them like any other), and manifests rely on it: the SR-IOV and
 * Multus examples write a NetworkAttachmentDefinition's `config: '{` with its JSON lines at the
 * indentation of `config` or less. The one thing libyaml does check there, a document marker
 * (`---` or `...` at the start of a line), stays an error.
 *
 * How: each line break before such a line is replaced by a space in a copy of the text, which
 * has the same length, so every offset js-yaml reports holds for the original text too. Then the
 * scalars that span a replaced break are marked not simple, so their values are decoded from
 * the original text (`getScalarValue` folds the lines as YAML does, whatever their indentation).
 * A replaced break that does not end up inside a quoted scalar means the error was of another
 * kind: the original error is thrown.
 */
import { EVENT_ID, parseEvents, SCALAR_STYLE, YAMLException } from 'js-yaml';
import type { Event } from 'js-yaml';

const NL = 10;
const CR = 13;

/**
 * Each joined line costs a parse of its document: past this much text parsed again (a hostile
 * file with thousands of such lines), js-yaml's error stands.
 */
const REPARSE_BUDGET = 64 * 1024 * 1024;

export function parseEventsLikeKubectl(text: string, maxDepth: number): Event[] {
  try {
    return parseEvents(text, { maxDepth });
  } catch (first) {
    if (!isDeficientIndentation(first)) throw first;
    const joined: number[] = [];
    const budget = { left: REPARSE_BUDGET };
    let patched = text;
    let error: unknown = first;
    // One document at a time: a document's lines are joined against that document alone.
    for (;;) {
      const fixed = joinDocument(patched, (error as YAMLException).mark!.position, maxDepth, joined, budget);
      if (fixed === null) throw first;
      patched = fixed;
      try {
        const events = parseEvents(patched, { maxDepth });
        if (!markJoinedScalars(events, joined)) throw first;
        return events;
      } catch (next) {
        // Another document's short-indented quoted lines, or an error of another kind, which
        // is reported where it is (the offsets of the copy are the original's).
        if (next === first || !isDeficientIndentation(next)) throw next;
        error = next;
      }
    }
  }
}

function isDeficientIndentation(error: unknown): error is YAMLException {
  return error instanceof YAMLException && error.reason === 'deficient indentation' && error.mark !== undefined;
}

/**
 * Joins, in the document of `text` holding `errorAt`, the line at `errorAt` to the line before
 * it, and again for each such line js-yaml refuses next in that document. Returns the text with
 * the breaks replaced (recorded in `joined`), or null when a refused line is not one libyaml
 * would fold (a document marker) or the budget is spent.
 */
function joinDocument(text: string, errorAt: number, maxDepth: number, joined: number[], budget: { left: number }): string | null {
  const start = documentStart(text, errorAt);
  const end = documentEnd(text, errorAt);
  let doc = text.slice(start, end);
  let at = errorAt - start;
  while ((budget.left -= doc.length) >= 0) {
    const lineBreak = doc.lastIndexOf('\n', at - 1);
    if (lineBreak < 0 || isDocumentMarker(doc, lineBreak + 1) || joined.includes(start + lineBreak)) return null;
    doc = `${doc.slice(0, lineBreak)} ${doc.slice(lineBreak + 1)}`;
    joined.push(start + lineBreak);
    if (lineBreak > 0 && doc.charCodeAt(lineBreak - 1) === CR) doc = `${doc.slice(0, lineBreak - 1)} ${doc.slice(lineBreak)}`;
    try {
      parseEvents(doc, { maxDepth });
      return text.slice(0, start) + doc + text.slice(end);
    } catch (error) {
      if (!isDeficientIndentation(error)) return text.slice(0, start) + doc + text.slice(end);
      at = error.mark!.position;
    }
  }
  return null;
}

/** The start of the line of the last `---` at or before `offset` (0 when none). */
function documentStart(text: string, offset: number): number {
  let at = text.lastIndexOf('\n---', offset);
  while (at >= 0 && !isDocumentMarker(text, at + 1)) at = text.lastIndexOf('\n---', at - 1);
  return at < 0 ? 0 : at + 1;
}

/** The start of the line of the first `---` after `offset` (the text's length when none). */
function documentEnd(text: string, offset: number): number {
  let at = text.indexOf('\n---', offset);
  while (at >= 0 && !isDocumentMarker(text, at + 1)) at = text.indexOf('\n---', at + 1);
  return at < 0 ? text.length : at + 1;
}

/** `---` or `...` at `lineStart`, followed by a space, a tab, a line break or the end. */
function isDocumentMarker(text: string, lineStart: number): boolean {
  if (!text.startsWith('---', lineStart) && !text.startsWith('...', lineStart)) return false;
  const next = text.charCodeAt(lineStart + 3);
  return Number.isNaN(next) || next === 32 || next === 9 || next === NL || next === CR;
}

/** Marks the quoted scalars holding a joined break as not simple; false when a break lies outside every quoted scalar. */
function markJoinedScalars(events: Event[], joined: readonly number[]): boolean {
  const pending = new Set(joined);
  for (const ev of events) {
    if (pending.size === 0) break;
    if (ev.type !== EVENT_ID.SCALAR) continue;
    const scalar = ev;
    if (scalar.style !== SCALAR_STYLE.SINGLE_QUOTED && scalar.style !== SCALAR_STYLE.DOUBLE_QUOTED) continue;
    for (const at of pending) {
      if (at >= scalar.valueStart && at < scalar.valueEnd) {
        scalar.fast = false;
        pending.delete(at);
      }
    }
  }
  return pending.size === 0;
}
