/**
 * One JSON document a rule inspects, wherever it lives: a CNI file the loader already read (its
 * YAML positions are exact), or JSON text inside a YAML string (a NAD's `spec.config`, a
 * ConfigMap's `cni-conf.json` / `net-conf.json`). `at(jsonPath)` turns a path inside the JSON
 * into what `ctx.report` needs: for embedded JSON, the scalar's path plus a character span, so a
 * single-line string points at the exact column and a block scalar at the scalar itself (see the
 * pack's report: the engine maps spans inside single-line scalars only).
 */
import type { ReportDescriptor, RuleContext } from '../../../src/engine/rule.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { getIn } from '../../../src/engine/values.js';
import { parseJson } from '../../../src/engine/strict-json.js';
import type { Span } from '../../../src/engine/strict-json.js';

export interface JsonSource {
  resource: Resource;
  /** The YAML path of the string holding the JSON, or null when the resource is the JSON itself. */
  scalarPath: Path | null;
  value: unknown;
  /** How messages name the document: `spec.config`, `net-conf.json`, or the file name. */
  label: string;
  at(jsonPath: Path): { path: Path; span?: Span };
  /** The text a scalar is written as (a number's `1500.0`), when the source keeps it. */
  literal(jsonPath: Path): string | undefined;
}

export type EmbeddedResult = { ok: true; source: JsonSource } | { ok: false; error: string; offset: number; path: Path; span: Span } | null;

/** Parses the JSON string at `scalarPath`; null when there is no string there. */
export function embeddedJson(resource: Resource, scalarPath: Path, label: string): EmbeddedResult {
  const text = getIn(resource.value, scalarPath);
  if (typeof text !== 'string') return null;
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: parsed.error, offset: parsed.offset, path: scalarPath, span: { start: parsed.offset, end: parsed.offset + 1 } };
  return {
    ok: true,
    source: {
      resource,
      scalarPath,
      value: parsed.value,
      label,
      at: (jsonPath) => ({ path: scalarPath, span: parsed.locate(jsonPath) }),
      literal: (jsonPath) => {
        const span = parsed.locate(jsonPath);
        return text.slice(span.start, span.end);
      },
    },
  };
}

/** A CNI config file loaded as a `netlint.io/CNIConfig` pseudo-resource. */
export function fileJson(resource: Resource): JsonSource {
  const label = resource.file.split('/').pop() ?? resource.file;
  return { resource, scalarPath: null, value: resource.value, label, at: (jsonPath) => ({ path: jsonPath }), literal: (jsonPath) => resource.scalar(jsonPath)?.source };
}

/** Reports at a place inside a JSON source. */
export function reportIn(ctx: RuleContext, src: JsonSource, jsonPath: Path, d: Omit<ReportDescriptor, 'path' | 'span'>): void {
  ctx.report({ ...d, ...src.at(jsonPath) });
}

/** `a.b[0].c` for messages. */
export function formatJsonPath(path: Path): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}
