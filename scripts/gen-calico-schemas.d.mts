/** Types of the schema-pack generator's exports, for the tests that run its pure stage. */
export const REPOSITORY: string;
export const TAG: string;
export const GENERATOR: string;
export const EXTRACT_FILE: string;
export const PACK_FILE: string;
export const COVERAGE_FILE: string;
export interface Extract {
  source: { repository: string; tag: string; commit: string; generator: string; files: { path: string; blob: string }[] };
  crds: Record<string, unknown>;
  goTypes: { structs: Record<string, { json: string | null; type: string; validate: string | null; omitempty?: true }[]>; named: Record<string, string>; slices: Record<string, string> };
  /** Versions the tag's go.mod pins for the modules whose types EXTERNAL_ENCODING describes. */
  modules: Record<string, string>;
  validatorRegexes: Record<string, string>;
}
export function transform(extract: Extract): { pack: { kinds: Record<string, unknown> }; coverage: string };
export function stable(value: unknown): string;
export function toJsPattern(pattern: string): string;
export function parseGoTypes(source: string, pkg: string): Extract['goTypes'];
export function encodedZerosOf(extract: Extract, spec: string): Record<string, unknown>;
export function goModVersion(goMod: string, module: string): string;
export function parseValidatorRegexes(source: string): Record<string, string>;
