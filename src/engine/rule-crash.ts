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
