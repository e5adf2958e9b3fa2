/**
 * What a rule is: metadata as data plus one `check` function that sees one resource at a time
 * and the whole cluster model. A rule can only report on the resource it was handed; the engine
 * fills in file, position, severity and resource identity.
 */
import { BoundedCache } from './bounded-cache.js';
import type { ClusterModel } from './model.js';
import type { Path, Resource, RuleMeta, Severity } from './types.js';

export interface ReportDescriptor {
  /** Where in the resource: the offending field, or the parent of a missing one. */
  path?: Path;
  messageId: string;
  data?: Record<string, unknown>;
  /** Overrides the rule's severity for this finding (e.g. downgrade when a fact is unknown). */
  severity?: Severity;
  /**
   * Character offsets inside the scalar at `path` (0-based, end exclusive), for mistakes inside a
   * string such as a selector or an annotation: the finding then points at that column.
   */
  span?: { start: number; end: number };
  /** `key`: point at the mapping key that leads to `path` rather than its value (a field that should not be there). */
  at?: 'key';
  /**
   * Added to the message after "; but ": a fact netlint cannot evaluate that may change the
   * conclusion (policies of another enforcer, netpol/unevaluated.ts).
   */
  caveat?: string;
}

export interface RuleContext {
  readonly model: ClusterModel;
  /** The rule's options from .netlint.yaml (validated against `meta.options`). */
  readonly options: Readonly<Record<string, unknown>>;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(resource: Resource, ctx: RuleContext): void;
}

/** Identity function that gives rule modules their type (ESLint's `createRule` idea). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Fills `{{name}}` placeholders; unknown names stay visible so a broken template is noticed. */
/** A `{{name}}` placeholder of a message template (spaces inside the braces allowed). */
export const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

export function formatMessage(template: string, data: Readonly<Record<string, unknown>> = {}): string {
  const parts = templates.get(template, splitTemplate);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const [whole, name] = parts[i] as [string, string];
    if (name in data) {
      const v = data[name];
      out += typeof v === 'string' ? v : JSON.stringify(v);
    } else out += whole;
    out += parts[i + 1] as string;
  }
  return out;
}

/**
 * A template split once into text and placeholders: [text, [whole, name], text, …]. A lint with
 * thousands of findings fills the same few templates again and again.
 */
function splitTemplate(template: string): (string | [string, string])[] {
  const parts: (string | [string, string])[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), [m[0], m[1]]);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

const templates = new BoundedCache<string, (string | [string, string])[]>(5_000);

/** The resource keys a rule's `kinds` entry can name: `group/Kind`, `Kind` (core), `calico/Kind`, `*`. */
export function matchKeys(resource: Resource): string[] {
  const keys = [resource.groupKind];
  if (resource.group === 'projectcalico.org' || resource.group === 'crd.projectcalico.org') keys.push(`calico/${resource.kind}`);
  return keys;
}
