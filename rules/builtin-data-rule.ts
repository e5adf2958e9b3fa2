/**
 * A built-in data rule (imported as text): metadata now, from the file as read ahead of time by
 * scripts/gen-validators.mjs; on first use, the validator it generated (or, for a file without
 * them, the text read, checked and compiled).
 */
import { deferredDataRule } from '../src/engine/data-rule.js';
import type { Rule } from '../src/engine/rule.js';
import { DATA_RULE_DEFINITIONS, DATA_RULE_VALIDATORS } from './generated/validators.js';

export function builtinDataRule(text: string, file: string): Rule {
  const id = file.replace(/^rules\//, '').replace(/\.yaml$/, '');
  return deferredDataRule(text, file, id, DATA_RULE_VALIDATORS.get(id), DATA_RULE_DEFINITIONS.get(id));
}
