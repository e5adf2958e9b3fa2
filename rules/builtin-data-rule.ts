/** A built-in data rule (imported as text): metadata now, checked and compiled on first use. */
import { deferredDataRule } from '../src/engine/data-rule.js';
import type { Rule } from '../src/engine/rule.js';

export function builtinDataRule(text: string, file: string): Rule {
  return deferredDataRule(text, file, file.replace(/^rules\//, '').replace(/\.yaml$/, ''));
}
