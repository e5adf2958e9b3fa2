/**
 * Fitting several report sections (reach diff, lint, e2e) into one length budget: the PR comment
 * (65,536 characters) and the job summary (1 MiB). Lengths are UTF-16 code units.
 */

/** A part of the report that can render itself within a length, pointing at `hint` for the rest. */
export type Section = (maxLength: number | undefined, hint: string) => string;

const SEPARATOR = '\n';

/**
 * Renders every section in full when they fit together; otherwise shares the budget out
 * smallest-first, so a short section stays whole and the long ones split what is left. A section
 * is never rendered beyond the whole budget, even to measure it: one longer than the budget is
 * long whatever its full length, and a lint of 100,000 findings is tens of MB of markdown.
 */
export function fitSections(sections: readonly Section[], maxLength: number | undefined, hint: string): string {
  const full = sections.map((render) => render(maxLength, hint));
  const joined = full.join(SEPARATOR);
  if (maxLength === undefined || joined.length <= maxLength) return joined;
  let remaining = maxLength - SEPARATOR.length * (sections.length - 1);
  const out: string[] = new Array(sections.length);
  const order = full.map((text, index) => ({ index, length: text.length })).sort((a, b) => a.length - b.length);
  order.forEach(({ index, length }, i) => {
    const share = Math.floor(remaining / (order.length - i));
    const text = length <= share ? full[index] : sections[index](Math.max(0, share), hint);
    out[index] = text.length <= share ? text : truncateMarkdown(text, share, hint);
    remaining -= out[index].length;
  });
  const result = out.join(SEPARATOR);
  // Only a budget smaller than the separators themselves gets here.
  return result.length <= maxLength ? result : result.slice(0, Math.max(0, maxLength));
}

/**
 * Cuts markdown at a line boundary to at most `maxLength`, closes a code fence or `<details>`
 * left open, and ends with a pointer to where the rest can be read (`hint` is trusted markdown).
 */
export function truncateMarkdown(text: string, maxLength: number, hint: string): string {
  if (text.length <= maxLength) return text;
  const pointer = `\n_… truncated: ${hint}._\n`;
  let cut = text.slice(0, Math.max(0, maxLength - pointer.length - CLOSERS_MAX));
  const lastBreak = cut.lastIndexOf('\n');
  cut = lastBreak >= 0 ? cut.slice(0, lastBreak + 1) : '';
  const result = `${cut}${closers(cut)}${pointer}`;
  return result.length <= maxLength ? result : pointer.slice(0, maxLength);
}

const CLOSERS_MAX = '```\n</details>\n'.length * 4;

function closers(text: string): string {
  let out = '';
  if (((text.match(/^```/gm) ?? []).length & 1) === 1) out += '```\n';
  const open = (text.match(/<details>/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < Math.min(open, 3); i++) out += '\n</details>\n';
  return out;
}

/**
 * The longest rendering that takes at most `maxBytes` in UTF-8 (the job summary's limit is in
 * bytes, `render`'s in code units): shrinks the length budget in proportion until it fits, and
 * as a last resort uses a third of the bytes, since no code unit takes more than 3.
 */
export function fitBytes(render: (maxLength: number) => string, maxBytes: number): string {
  let maxLength = maxBytes;
  for (let i = 0; i < 6; i++) {
    const text = render(maxLength);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= maxBytes) return text;
    maxLength = Math.floor((maxLength * maxBytes) / bytes) - 64;
  }
  return render(Math.floor(maxBytes / 3));
}
