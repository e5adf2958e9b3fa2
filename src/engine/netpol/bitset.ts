/** A fixed-size bit set over 32-bit words; the matrix evaluates whole rows of peers at once with it. */
export class Bitset {
  readonly words: Uint32Array;

  constructor(readonly size: number, words?: Uint32Array) {
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }

  static full(size: number): Bitset {
    const b = new Bitset(size);
    b.words.fill(0xffffffff);
    const extra = size & 31;
    if (extra !== 0) b.words[b.words.length - 1] = (1 << extra) - 1;
    return b;
  }

  clone(): Bitset {
    return new Bitset(this.size, this.words.slice());
  }

  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }

  set(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }

  /** Sets (or, with `on` false, clears) bits `from` to `to - 1`, a word at a time. */
  fillRange(from: number, to: number, on = true): void {
    const w = this.words;
    for (let i = from; i < to; ) {
      const wi = i >>> 5;
      const bit = i & 31;
      const n = Math.min(32 - bit, to - i);
      const mask = (n === 32 ? 0xffffffff : ((1 << n) - 1) << bit) >>> 0;
      w[wi] = on ? w[wi] | mask : w[wi] & ~mask;
      i += n;
    }
  }

  /** this |= (other & mask) when mask is given, else this |= other. */
  orWith(other: Bitset, mask?: Bitset): void {
    const w = this.words;
    const o = other.words;
    if (mask === undefined) for (let i = 0; i < w.length; i++) w[i] |= o[i];
    else for (let i = 0; i < w.length; i++) w[i] |= o[i] & mask.words[i];
  }

  andWith(other: Bitset): void {
    const w = this.words;
    for (let i = 0; i < w.length; i++) w[i] &= other.words[i];
  }

  andNotWith(other: Bitset): void {
    const w = this.words;
    for (let i = 0; i < w.length; i++) w[i] &= ~other.words[i];
  }

  invert(): Bitset {
    const out = Bitset.full(this.size);
    out.andNotWith(this);
    return out;
  }

  isEmpty(): boolean {
    return this.words.every((x) => x === 0);
  }

  equals(other: Bitset): boolean {
    return this.words.every((x, i) => x === other.words[i]);
  }

  /** Calls `fn` for every set bit, ascending. */
  forEach(fn: (i: number) => void): void {
    const w = this.words;
    for (let wi = 0; wi < w.length; wi++) {
      let x = w[wi];
      while (x !== 0) {
        const low = x & -x;
        fn((wi << 5) + 31 - Math.clz32(low));
        x ^= low;
      }
    }
  }

  /** The number of set bits. */
  count(): number {
    let n = 0;
    for (const word of this.words) {
      // Population count of a 32-bit word by adding ever wider bit fields ("Hacker's Delight", §5-1).
      let x = word - ((word >>> 1) & 0x55555555);
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
      n += (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
    }
    return n;
  }

  /** Clears bits from..to-1. */
  clearRange(from: number, to: number): void {
    for (let i = from; i < to; i++) this.words[i >>> 5] &= ~(1 << (i & 31));
  }

  /** The sum of `weights[i]` over the set bits i. */
  sumOver(weights: ArrayLike<number>): number {
    let sum = 0;
    const w = this.words;
    for (let wi = 0; wi < w.length; wi++) {
      let x = w[wi];
      while (x !== 0) {
        const low = x & -x;
        sum += weights[(wi << 5) + 31 - Math.clz32(low)];
        x ^= low;
      }
    }
    return sum;
  }

  /** The set bits, ascending (a loop that must yield cannot take a callback). */
  ones(): number[] {
    const out: number[] = [];
    this.forEach((i) => out.push(i));
    return out;
  }

  /**
   * The columns of `rows` as rows: bit r of result c is bit c of rows[r]. Every row has `width`
   * bits. Works on 32×32 blocks of words, so it costs rows × width / 32 word operations however
   * many bits are set.
   */
  static transpose(rows: readonly Bitset[], width: number): Bitset[] {
    // One allocation for all of them: thousands of separate small buffers cost more than the bits.
    const stride = (rows.length + 31) >>> 5;
    const all = new Uint32Array(width * stride);
    const out = Array.from({ length: width }, (_, c) => new Bitset(rows.length, all.subarray(c * stride, (c + 1) * stride)));
    const block = new Uint32Array(32);
    const columnWords = (width + 31) >>> 5;
    for (let rw = 0; rw < (rows.length + 31) >>> 5; rw++) {
      const rowCount = Math.min(32, rows.length - (rw << 5));
      for (let cw = 0; cw < columnWords; cw++) {
        for (let k = 0; k < 32; k++) block[k] = k < rowCount ? rows[(rw << 5) + k].words[cw] : 0;
        transpose32(block);
        const columnCount = Math.min(32, width - (cw << 5));
        for (let k = 0; k < columnCount; k++) out[(cw << 5) + k].words[rw] = block[k];
      }
    }
    return out;
  }
}

/**
 * Transposes a 32×32 bit matrix in place (word r, bit c becomes word c, bit r) by swapping ever
 * smaller off-diagonal blocks: the recursive block method of Warren, "Hacker's Delight", §7-3.
 */
function transpose32(a: Uint32Array): void {
  for (let j = 16, m = 0x0000ffff; j !== 0; j >>>= 1, m ^= m << j) {
    for (let k = 0; k < 32; k = ((k | j) + 1) & ~j) {
      const t = ((a[k] >>> j) ^ a[k | j]) & m;
      a[k | j] ^= t;
      a[k] ^= t << j;
    }
  }
}
