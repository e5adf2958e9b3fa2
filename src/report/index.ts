import type { LintResult } from '../engine/types.js';
import type { ReportContext } from './context.js';
import { renderGithub } from './github.js';
import { renderJson, renderJsonChunks } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif, renderSarifChunks } from './sarif.js';
import { renderStylish, renderStylishChunks } from './stylish.js';

/** The `--format` values of `netlint lint`, in the order the help text lists them. */
export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export function isLintFormat(value: string): value is LintFormat {
  return (LINT_FORMATS as readonly string[]).includes(value);
}

const RENDERERS: Record<LintFormat, (result: LintResult, ctx: ReportContext) => string> = {
  stylish: renderStylish,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  markdown: (result, ctx) => renderMarkdown(result, ctx),
  junit: (result, ctx) => renderJunit(result, ctx.failOn),
};

/** Renders a lint result in one of the CLI's formats. Pure: same input, same text. */
export function renderLint(format: LintFormat, result: LintResult, ctx: ReportContext): string {
  return RENDERERS[format](result, ctx);
}

/** The formats whose text grows with the findings and is made a piece at a time (see renderLintChunks). */
const CHUNKED = { stylish: renderStylishChunks, json: renderJsonChunks, sarif: renderSarifChunks } as const;
export type ChunkedLintFormat = keyof typeof CHUNKED;

export function isChunkedLintFormat(format: LintFormat): format is ChunkedLintFormat {
  return Object.hasOwn(CHUNKED, format);
}

/** renderLint's text in pieces of about a MiB, made as they are taken: a large report is never one string. */
export function renderLintChunks(format: ChunkedLintFormat, result: LintResult, ctx: ReportContext): Iterable<string> {
  return CHUNKED[format](result, ctx);
}

export type { ReportContext } from './context.js';
export type { Annotation, AnnotationLevel, AnnotationProperties } from './github.js';
export { toAnnotations } from './github.js';
export { sarifLeftOutNote } from './sarif.js';
export type { MarkdownOptions } from './markdown.js';
export { markdownRenderer, renderMarkdown } from './markdown.js';
export { escapeHtml, escapeInlineCode, escapeMarkdown, escapeUrl } from './markdown-escape.js';
