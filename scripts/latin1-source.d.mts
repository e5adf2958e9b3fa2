/** Types of the bundle pass that writes characters beyond Latin-1 as \u escapes (scripts/build.mjs). */
export function latin1Source(file: string, text: string): string;
