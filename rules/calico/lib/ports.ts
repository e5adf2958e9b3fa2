/**
 * Calico's port ranges (api/pkg/lib/numorstring/port.go: `"min:max"`), as its validator judges
 * them (libcalico-go lib/validator/v3/validator.go validatePort): both ends from 1 to 65535 and the
 * smaller first. Single ports and names are other rules' concern.
 */
export type PortRangeProblem = 'outOfRange' | 'reversed';

/** What is wrong with a `min:max` range, or null (also for anything that is not such a range). */
export function portRangeProblem(value: unknown): PortRangeProblem | null {
  const m = typeof value === 'string' ? /^(\d+):(\d+)$/.exec(value) : null;
  if (m === null) return null;
  const [lo, hi] = [Number(m[1]), Number(m[2])];
  if (lo < 1 || hi < 1 || lo > 65535 || hi > 65535) return 'outOfRange';
  return lo > hi ? 'reversed' : null;
}
