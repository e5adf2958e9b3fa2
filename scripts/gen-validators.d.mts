/** Types of the validator generator's exports, for the test that checks its output is committed. */
export const OUT_FILE: string;
export function generate(): Promise<string>;
