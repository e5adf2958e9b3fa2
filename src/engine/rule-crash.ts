/**
 * A rule threw: an internal bug, reported with the rule id and the resource it was checking. Its
 * own module, so the CLI's entry can recognise one without loading the engine.
 */
export class RuleCrash extends Error {
  override readonly name = 'RuleCrash';
  constructor(
    readonly ruleId: string,
    readonly file: string,
    cause: unknown,
  ) {
    super(`rule ${ruleId} crashed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * A user's data rule whose schema threw while validating (a recursion netlint's load checks did
 * not catch): the rule file is at fault, not netlint, so the CLI reports it as a configuration
 * error naming the file, without a stack.
 */
export class RuleFileFault extends Error {
  override readonly name = 'RuleFileFault';
}
