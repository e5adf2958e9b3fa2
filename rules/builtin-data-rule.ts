/**
 * A built-in data rule (imported as text): metadata now; on first use, its validator generated
 * ahead of time by scripts/gen-validators.mjs (or, without one, the file checked and compiled).
 */
import { deferredDataRule } from '../src/engine/data-rule.js';
import type { Rule } from '../src/engine/rule.js';
import { DATA_RULE_VALIDATORS } from './generated/validators.js';

export function builtinDataRule(text: string, file: string): Rule {
  const id = file.replace(/^rules\//, '').replace(/\.yaml$/, '');
  return deferredDataRule(text, file, id, DATA_RULE_VALIDATORS.get(id));
}
