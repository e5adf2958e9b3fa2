/**
 * Calico's port values (api/pkg/lib/numorstring/port.go: a number, `"min:max"` or a name), as its
 * validator judges the numeric forms (libcalico-go lib/validator/v3/validator.go validatePort):
 * both ends from 1 to 65535 and the smaller first.
 */
export type PortRangeProblem = 'outOfRange' | 'reversed';

/** What is wrong with a numeric port or `min:max` range, or null (also for names and other values). */
export function portRangeProblem(value: unknown): PortRangeProblem | null {
  let lo: number;
  let hi: number;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return null;
    lo = hi = value;
  } else if (typeof value === 'string') {
    const m = /^(\d+)(?::(\d+))?$/.exec(value);
    if (m === null) return null;
    lo = Number(m[1]);
    hi = m[2] === undefined ? lo : Number(m[2]);
  } else return null;
  if (lo < 1 || hi < 1 || lo > 65535 || hi > 65535) return 'outOfRange';
  return lo > hi ? 'reversed' : null;
}
