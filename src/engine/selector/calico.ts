/**
 * The Calico selector language (`spec.selector`, rule `selector`/`namespaceSelector`, IPPool
 * `nodeSelector`, BGPPeer `peerSelector`, …): tokenizer, parser, evaluator and canonical printer.
 *
 * It follows Calico's tokenizer, parser and evaluator (libcalico-go lib/selector/tokenizer/
 * tokenizer.go, lib/selector/parser/parser.go and ast.go, v3.32.1); its tests include every case of
 * Calico's own parser tests (parser_test.go). Error ranges are 0-based offsets into the selector
 * string (JavaScript string indices), so a finding can underline the exact token that is wrong.
 */

import { BoundedCache } from '../bounded-cache.js';
import type { Labels } from './label.js';

/**
 * Deepest parenthesis nesting the parser follows. Calico's parser recurses without a limit and its
 * CRDs set no length limit on policy or IPPool selectors (v3.32.1; BGPPeer selectors are capped at
 * 4,096 characters); a deeper selector is an error at the "(" that goes too deep here, instead of
 * exhausting the stack. No selector written by hand nests 512 levels.
 */
export const CALICO_SELECTOR_MAX_NESTING = 512;

/**
 * True for a selector of nothing but spaces and tabs, which Calico reads as `all()`: its tokenizer
 * skips only those two (libcalico-go lib/selector/tokenizer/tokenizer.go trimWhitespace), so a
 * no-break space or a line break alone is a syntax error, not a blank selector.
 */
export function isBlankCalicoSelector(text: string): boolean {
  return trimCalicoWhitespace(text) === '';
}

/** `text` without the spaces and tabs around it: the only white space Calico's tokenizer skips. */
export function trimCalicoWhitespace(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}
/** The tokenizer accepts labels of at most 512 characters. */
export const CALICO_LABEL_MAX_LENGTH = 512;

export type CalicoCompareOp = '==' | '!=' | 'contains' | 'starts with' | 'ends with';
export type CalicoSetOp = 'in' | 'not in';

export type CalicoSelector =
  | { readonly kind: 'all' }
  | { readonly kind: 'global' }
  | { readonly kind: 'has'; readonly label: string }
  | { readonly kind: 'compare'; readonly label: string; readonly op: CalicoCompareOp; readonly value: string }
  | { readonly kind: 'set'; readonly label: string; readonly op: CalicoSetOp; readonly values: readonly string[] }
  | { readonly kind: 'not'; readonly operand: CalicoSelector }
  | { readonly kind: 'and'; readonly operands: readonly CalicoSelector[] }
  | { readonly kind: 'or'; readonly operands: readonly CalicoSelector[] };

export interface CalicoSelectorError {
  message: string;
  /** 0-based offset of the first offending character. */
  start: number;
  /** 0-based offset just after it; equal to `start` (the input length) for "unexpected end". */
  end: number;
}

export type CalicoSelectorResult =
  | { ok: true; selector: CalicoSelector }
  | { ok: false; error: CalicoSelectorError };

// ---------------------------------------------------------------------------------------------
// Tokenizer

type TokenKind =
  | 'label'
  | 'string'
  | 'has'
  | 'all'
  | 'global'
  | '('
  | ')'
  | '{'
  | '}'
  | ','
  | '!'
  | '&&'
  | '||'
  | CalicoCompareOp
  | CalicoSetOp
  | 'eof'
  | 'error';

interface Token {
  kind: TokenKind;
  /** Label name, string contents, the label inside `has(…)`, or the error message. */
  value: string;
  start: number;
  end: number;
}

/** `[A-Za-z0-9_./-]`, by character code: the tokenizer asks this of every character of a label. */
function isLabelChar(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 45 && c <= 57) || c === 95; // a-z A-Z - . / 0-9 _
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** Word operators, tried in this order right after a label. Each word may be followed by spaces/tabs. */
const WORD_OPERATORS: readonly { kind: CalicoCompareOp | CalicoSetOp; words: readonly string[] }[] = [
  { kind: 'contains', words: ['contains'] },
  { kind: 'starts with', words: ['starts', 'with'] },
  { kind: 'ends with', words: ['ends', 'with'] },
  { kind: 'not in', words: ['not', 'in'] },
  { kind: 'in', words: ['in'] },
];

class Tokenizer {
  private pos = 0;

  constructor(private readonly text: string) {}

  /** Tokens up to and including the first `eof` or `error` token. */
  tokenize(): Token[] {
    const tokens: Token[] = [];
    for (;;) {
      const previous = tokens[tokens.length - 1];
      const token = this.next(previous?.kind === 'label');
      tokens.push(token);
      if (token.kind === 'eof' || token.kind === 'error') return tokens;
    }
  }

  private skipSpaces(): void {
    while (isSpace(this.text[this.pos])) this.pos++;
  }

  private token(kind: TokenKind, start: number, value = ''): Token {
    return { kind, value, start, end: this.pos };
  }

  private error(message: string, start: number, end = this.pos): Token {
    return { kind: 'error', value: message, start, end };
  }

  private next(afterLabel: boolean): Token {
    this.skipSpaces();
    const { text } = this;
    const start = this.pos;
    if (start >= text.length) return this.token('eof', start);
    if (afterLabel) {
      const operator = this.wordOperator();
      if (operator) return operator;
    }
    const ch = text[start];
    const two = text.slice(start, start + 2);
    if (ch === '"' || ch === "'") return this.stringLiteral(ch);
    if ('(){},'.includes(ch)) {
      this.pos++;
      return this.token(ch as TokenKind, start);
    }
    for (const op of ['==', '!=', '&&', '||'] as const) {
      if (two === op) {
        this.pos += 2;
        return this.token(op, start);
      }
    }
    if (ch === '!') {
      this.pos++;
      return this.token('!', start);
    }
    const lone: Record<string, string> = { '=': '==', '&': '&&', '|': '||' };
    if (ch in lone) {
      this.pos++;
      return this.error(`"${ch}" is not an operator; did you mean "${lone[ch]}"?`, start);
    }
    for (const name of ['has', 'all', 'global'] as const) {
      if (text.startsWith(`${name}(`, start)) return this.functionCall(name);
    }
    if (isLabelChar(ch)) return this.label();
    const codePoint = text.codePointAt(start) ?? 0;
    this.pos += codePoint > 0xffff ? 2 : 1;
    if (ch === '\n' || ch === '\r') {
      return this.error('line breaks are not allowed in a selector (only spaces and tabs separate tokens)', start);
    }
    return this.error(`unexpected character ${JSON.stringify(String.fromCodePoint(codePoint))}`, start);
  }

  /** Reads a run of label characters; an empty run yields ''. */
  private labelChars(): string {
    const start = this.pos;
    while (isLabelChar(this.text[this.pos])) this.pos++;
    return this.text.slice(start, this.pos);
  }

  private label(): Token {
    const start = this.pos;
    const name = this.labelChars();
    if (name.length > CALICO_LABEL_MAX_LENGTH) {
      return this.error(`label is ${name.length} characters long; the limit is ${CALICO_LABEL_MAX_LENGTH}`, start);
    }
    return this.token('label', start, name);
  }

  private stringLiteral(quote: string): Token {
    const start = this.pos;
    // No escape sequences: the literal ends at the next identical quote.
    const close = this.text.indexOf(quote, start + 1);
    if (close < 0) {
      this.pos = this.text.length;
      return this.error(`unterminated string: no closing ${quote}`, start);
    }
    this.pos = close + 1;
    return this.token('string', start, this.text.slice(start + 1, close));
  }

  /** `has(label)`, `all()` or `global()`; the "(" is glued to the name, spaces inside are allowed. */
  private functionCall(name: 'has' | 'all' | 'global'): Token {
    const start = this.pos;
    this.pos += name.length + 1;
    this.skipSpaces();
    let argument = '';
    if (name === 'has') {
      const labelStart = this.pos;
      argument = this.labelChars();
      if (argument === '') {
        const closed = this.text[this.pos] === ')';
        if (closed) this.pos++;
        return closed
          ? this.error('has() needs a label name, e.g. has(app)', start)
          : this.error('has( must be followed by a label name', this.pos, Math.min(this.pos + 1, this.text.length));
      }
      if (argument.length > CALICO_LABEL_MAX_LENGTH) {
        return this.error(
          `label is ${argument.length} characters long; the limit is ${CALICO_LABEL_MAX_LENGTH}`,
          labelStart,
        );
      }
      this.skipSpaces();
    }
    if (this.text[this.pos] !== ')') {
      const at = this.pos;
      return this.error(`expected ")" to close ${name}(`, at, Math.min(at + 1, this.text.length));
    }
    this.pos++;
    return this.token(name, start, argument);
  }

  /** Tries `contains`, `starts with`, `ends with`, `not in`, `in` at the current position. */
  private wordOperator(): Token | null {
    const start = this.pos;
    for (const { kind, words } of WORD_OPERATORS) {
      let at = start;
      const matched = words.every((word, i) => {
        if (i > 0) while (isSpace(this.text[at])) at++;
        if (!this.text.startsWith(word, at)) return false;
        at += word.length;
        return true;
      });
      // A word operator must end at a word boundary: `inf` is a label, `in{` is `in` then `{`.
      if (matched && !isLabelChar(this.text[at])) {
        this.pos = at;
        return this.token(kind, start);
      }
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Parser

const COMPARE_OPS: readonly TokenKind[] = ['==', '!=', 'contains', 'starts with', 'ends with'];
const SET_OPS: readonly TokenKind[] = ['in', 'not in'];
const TERM_HINT = 'a term (label comparison, has(…), all(), global(), "!" or "(")';

function describe(token: Token): string {
  switch (token.kind) {
    case 'label':
      return `label "${token.value}"`;
    case 'string':
      return `string ${JSON.stringify(token.value)}`;
    case 'has':
      return `has(${token.value})`;
    case 'all':
    case 'global':
      return `${token.kind}()`;
    case 'eof':
      return 'end of selector';
    default:
      return `"${token.kind}"`;
  }
}

/** Combines operands of one kind, splicing in nested operands of the same kind (from parentheses). */
function combine(kind: 'and' | 'or', operands: CalicoSelector[]): CalicoSelector {
  if (operands.length === 1) return operands[0];
  const flat = operands.flatMap((op) => (op.kind === kind ? op.operands : [op]));
  return { kind, operands: flat };
}

/**
 * Recursive descent without exceptions (a cluster's invalid selectors would each pay for a throw):
 * the first failure is kept in `error` and sends the parser to the last token, so every caller
 * unwinds at once; what it returns then is never used.
 */
class Parser {
  private index = 0;
  private nesting = 0;
  error: CalicoSelectorError | null = null;

  constructor(private readonly tokens: Token[]) {}

  parseSelector(): CalicoSelector {
    if (this.peek().kind === 'eof') return { kind: 'all' };
    const selector = this.parseOr();
    const rest = this.peek();
    if (rest.kind !== 'eof') this.fail(rest, this.trailingMessage(rest));
    return selector;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private advance(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== 'eof' && token.kind !== 'error') this.index++;
    return token;
  }

  /** Fails at `token` (the first failure counts); a lexical error token always reports its own, more precise message. */
  private fail(token: Token, message: string): CalicoSelector {
    if (this.error === null) this.error = { message: token.kind === 'error' ? token.value : message, start: token.start, end: token.end };
    this.index = this.tokens.length - 1;
    return FAILED;
  }

  private trailingMessage(token: Token): string {
    const previous = this.tokens[this.index - 1];
    if (token.kind === 'label' && ['and', 'or', 'AND', 'OR'].includes(token.value)) {
      return `unexpected label "${token.value}" at end of term; combine terms with "${token.value.toLowerCase() === 'and' ? '&&' : '||'}"`;
    }
    if (previous?.kind === 'string' && previous.value.endsWith('\\')) {
      return `unexpected ${describe(token)}: strings have no escape sequences, so the string ended at the quote after "\\"; use the other quote style to include a quote`;
    }
    return `unexpected ${describe(token)} at end of selector (expected "&&", "||" or the end)`;
  }

  private parseOr(): CalicoSelector {
    return this.parseChain('or');
  }

  /** `operand (sep operand)*`: "||" joins conjunctions, "&&" joins unary terms. */
  private parseChain(kind: 'and' | 'or'): CalicoSelector {
    const separator = kind === 'or' ? '||' : '&&';
    const parseOperand = (): CalicoSelector => (kind === 'or' ? this.parseChain('and') : this.parseUnary());
    const operands = [parseOperand()];
    while (this.peek().kind === separator) {
      this.advance();
      operands.push(parseOperand());
    }
    return combine(kind, operands);
  }

  /** Any number of "!": only the parity matters. */
  private parseUnary(): CalicoSelector {
    let negations = 0;
    while (this.peek().kind === '!') {
      this.advance();
      negations++;
    }
    const operand = this.parsePrimary();
    return negations % 2 === 1 ? { kind: 'not', operand } : operand;
  }

  private parsePrimary(): CalicoSelector {
    const token = this.advance();
    switch (token.kind) {
      case '(': {
        if (++this.nesting > CALICO_SELECTOR_MAX_NESTING) return this.fail(token, `parentheses nested deeper than ${CALICO_SELECTOR_MAX_NESTING} levels`);
        const inner = this.parseOr();
        this.nesting--;
        const close = this.peek();
        if (close.kind !== ')') return this.fail(close, `expected ")" to close the "(" at character ${token.start + 1}, found ${describe(close)}`);
        this.advance();
        return inner;
      }
      case 'has':
        return { kind: 'has', label: token.value };
      case 'all':
        return { kind: 'all' };
      case 'global':
        return { kind: 'global' };
      case 'label':
        return this.parseLabelTerm(token);
      case 'string':
        return this.fail(token, `expected ${TERM_HINT}, found ${describe(token)}; the label goes on the left: key == "value"`);
      default:
        return this.fail(token, `expected ${TERM_HINT}, found ${describe(token)}`);
    }
  }

  private parseLabelTerm(label: Token): CalicoSelector {
    const operator = this.advance();
    if (COMPARE_OPS.includes(operator.kind)) {
      const literal = this.advance();
      if (literal.kind !== 'string') {
        const hint = literal.kind === 'label' ? ` (values must be quoted, e.g. "${literal.value}")` : '';
        return this.fail(literal, `expected a quoted string after "${operator.kind}", found ${describe(literal)}${hint}`);
      }
      return { kind: 'compare', label: label.value, op: operator.kind as CalicoCompareOp, value: literal.value };
    }
    if (SET_OPS.includes(operator.kind)) {
      return { kind: 'set', label: label.value, op: operator.kind as CalicoSetOp, values: this.parseSet(operator.kind) };
    }
    if (operator.kind === '(' && ['has', 'all', 'global'].includes(label.value)) {
      return this.fail(operator, `no space is allowed between "${label.value}" and "("`);
    }
    return this.fail(
      operator,
      `expected an operator after label "${label.value}" (==, !=, in, not in, contains, starts with, ends with), found ${describe(operator)}`,
    );
  }

  /** `{ "a", "b", }`: strings separated by commas, trailing comma and empty set allowed. */
  private parseSet(operator: string): string[] {
    const open = this.advance();
    if (open.kind !== '{') {
      this.fail(open, `expected a set literal like {"a", "b"} after "${operator}", found ${describe(open)}`);
      return [];
    }
    const values: string[] = [];
    if (this.peek().kind === '}') {
      this.advance();
      return values;
    }
    for (;;) {
      const member = this.advance();
      if (member.kind !== 'string') {
        this.fail(member, `expected a quoted string in the set, found ${describe(member)}`);
        return values;
      }
      values.push(member.value);
      const separator = this.advance();
      if (separator.kind === '}') return values;
      if (separator.kind !== ',') {
        this.fail(separator, `expected "," or "}" in the set, found ${describe(separator)}`);
        return values;
      }
      if (this.peek().kind === '}') {
        this.advance();
        return values;
      }
    }
  }
}

/** Parses a Calico selector. An empty or blank selector means `all()`. */
export function parseCalicoSelector(text: string): CalicoSelectorResult {
  return parsed.get(text, parseUncached);
}

/**
 * Results by selector text: a cluster repeats the same few selectors across thousands of
 * policies, and several rules and the reachability model parse each one. Results are never
 * mutated; the cache is bounded.
 */
const parsed = new BoundedCache<string, CalicoSelectorResult>(20_000);

function parseUncached(text: string): CalicoSelectorResult {
  const parser = new Parser(new Tokenizer(text).tokenize());
  const selector = parser.parseSelector();
  return parser.error === null ? { ok: true, selector } : { ok: false, error: parser.error };
}

/** What a failed parse returns while it unwinds (never seen outside the parser). */
const FAILED: CalicoSelector = { kind: 'all' };

// ---------------------------------------------------------------------------------------------
// Evaluation and inspection

function labelValue(labels: Labels, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : undefined;
}

function compare(op: CalicoCompareOp, actual: string | undefined, expected: string): boolean {
  // Every operator except != needs the label to be present.
  if (actual === undefined) return op === '!=';
  switch (op) {
    case '==':
      return actual === expected;
    case '!=':
      return actual !== expected;
    case 'contains':
      return actual.includes(expected);
    case 'starts with':
      return actual.startsWith(expected);
    case 'ends with':
      return actual.endsWith(expected);
  }
}

/**
 * Evaluates the selector against a label set. `global()` is true here, as in Calico: its meaning
 * ("non-namespaced entities") is applied by whoever decides which entities a namespaceSelector covers.
 */
export function matchesCalicoSelector(sel: CalicoSelector, labels: Labels): boolean {
  switch (sel.kind) {
    case 'all':
    case 'global':
      return true;
    case 'has':
      return labelValue(labels, sel.label) !== undefined;
    case 'compare':
      return compare(sel.op, labelValue(labels, sel.label), sel.value);
    case 'set': {
      const actual = labelValue(labels, sel.label);
      const member = actual !== undefined && sel.values.includes(actual);
      return sel.op === 'in' ? member : !member;
    }
    case 'not':
      return !matchesCalicoSelector(sel.operand, labels);
    case 'and':
      return sel.operands.every((op) => matchesCalicoSelector(op, labels));
    case 'or':
      return sel.operands.some((op) => matchesCalicoSelector(op, labels));
  }
}

function children(sel: CalicoSelector): readonly CalicoSelector[] {
  if (sel.kind === 'not') return [sel.operand];
  if (sel.kind === 'and' || sel.kind === 'or') return sel.operands;
  return [];
}

function someNode(sel: CalicoSelector, test: (node: CalicoSelector) => boolean): boolean {
  return test(sel) || children(sel).some((child) => someNode(child, test));
}

/** The label keys the selector looks at, sorted and without duplicates. */
export function selectorLabelKeys(sel: CalicoSelector): string[] {
  const keys = new Set<string>();
  someNode(sel, (node) => {
    if ('label' in node) keys.add(node.label);
    return false;
  });
  return [...keys].sort();
}

// ---------------------------------------------------------------------------------------------
// Canonical printing

/** Double quotes unless the value contains one (there are no escapes, so the other quote is used). */
function quote(value: string): string {
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

/** Prints `sel`, parenthesised when it binds more loosely than its parent allows. */
function formatChild(sel: CalicoSelector, parent: 'and' | 'or' | 'not'): string {
  const text = formatCalicoSelector(sel);
  const needsParens =
    parent === 'not'
      ? sel.kind !== 'has' && sel.kind !== 'all' && sel.kind !== 'global'
      : parent === 'and' && sel.kind === 'or';
  return needsParens ? `(${text})` : text;
}

/**
 * Canonical text: single spaces, `starts with`/`ends with`/`not in` spelt out, double quotes where
 * possible, set members sorted and de-duplicated, parentheses only where precedence needs them
 * (and around a negated comparison, so `!(a == "x")` is not misread). Parsing it gives back an
 * equivalent selector.
 */
export function formatCalicoSelector(sel: CalicoSelector): string {
  switch (sel.kind) {
    case 'all':
    case 'global':
      return `${sel.kind}()`;
    case 'has':
      return `has(${sel.label})`;
    case 'compare':
      return `${sel.label} ${sel.op} ${quote(sel.value)}`;
    case 'set': {
      const members = [...new Set(sel.values)].sort().map(quote);
      return `${sel.label} ${sel.op} {${members.join(', ')}}`;
    }
    case 'not':
      return `!${formatChild(sel.operand, 'not')}`;
    case 'and':
      return sel.operands.map((op) => formatChild(op, 'and')).join(' && ');
    case 'or':
      return sel.operands.map((op) => formatChild(op, 'or')).join(' || ');
  }
}
