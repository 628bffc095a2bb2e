/**
 * Counts how many bytes a raw DEFLATE stream expands to, without producing them, and stops as
 * soon as the count passes a limit. It lets the zip guard measure an archive entry's real size
 * before SheetJS inflates it: an entry that lies about its size in the directory (a zip bomb)
 * is caught after reading at most `limit` bytes' worth of symbols, in constant memory.
 *
 * The decoder follows RFC 1951 (canonical Huffman codes decoded bit by bit, as zlib's `puff`).
 */

export type CountResult = { ok: true; bytes: number } | { ok: false; reason: 'over-limit' | 'corrupt' };

const LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

class Corrupt extends Error {}

interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
}

function build(lengths: ArrayLike<number>, n: number, allowIncomplete: boolean): Huffman {
  const count = new Uint16Array(16);
  for (let i = 0; i < n; i++) count[lengths[i]!]!++;
  const symbol = new Uint16Array(n);
  if (count[0] === n) return { count, symbol }; // no codes: legal, but decoding one is an error
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left <<= 1;
    left -= count[len]!;
    if (left < 0) throw new Corrupt('over-subscribed code');
  }
  if (left > 0 && !allowIncomplete) throw new Corrupt('incomplete code');
  const offs = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = offs[len]! + count[len]!;
  for (let i = 0; i < n; i++) if (lengths[i] !== 0) symbol[offs[lengths[i]!]!++] = i;
  count[0] = 0;
  return { count, symbol };
}

const FIXED = (() => {
  const l = new Uint8Array(288);
  l.fill(8, 0, 144);
  l.fill(9, 144, 256);
  l.fill(7, 256, 280);
  l.fill(8, 280, 288);
  const d = new Uint8Array(30).fill(5);
  return { lit: build(l, 288, true), dist: build(d, 30, true) };
})();

/**
 * @param data    the archive
 * @param start   first byte of the compressed entry
 * @param end     one past its last byte
 * @param limit   stop and report 'over-limit' past this many output bytes
 */
export function countInflated(data: Uint8Array, start: number, end: number, limit: number): CountResult {
  let pos = start;
  let bitbuf = 0;
  let bitcnt = 0;
  let out = 0;

  const bits = (n: number): number => {
    while (bitcnt < n) {
      if (pos >= end) throw new Corrupt('out of input');
      bitbuf |= data[pos++]! << bitcnt;
      bitcnt += 8;
    }
    const v = bitbuf & ((1 << n) - 1);
    bitbuf >>>= n;
    bitcnt -= n;
    return v;
  };
  const decode = (h: Huffman): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      if (bitcnt === 0) {
        if (pos >= end) throw new Corrupt('out of input');
        bitbuf = data[pos++]!;
        bitcnt = 8;
      }
      code |= bitbuf & 1;
      bitbuf >>>= 1;
      bitcnt--;
      const count = h.count[len]!;
      if (code - count < first) return h.symbol[index + (code - first)]!;
      index += count;
      first += count;
      first <<= 1;
      code <<= 1;
    }
    throw new Corrupt('bad code');
  };

  try {
    let last = 0;
    while (!last) {
      last = bits(1);
      const type = bits(2);
      if (type === 0) {
        bitbuf = 0;
        bitcnt = 0;
        if (pos + 4 > end) throw new Corrupt('out of input');
        const len = data[pos]! | (data[pos + 1]! << 8);
        const nlen = data[pos + 2]! | (data[pos + 3]! << 8);
        if (len !== (~nlen & 0xffff)) throw new Corrupt('stored length');
        pos += 4;
        if (pos + len > end) throw new Corrupt('out of input');
        pos += len;
        out += len;
        if (out > limit) return { ok: false, reason: 'over-limit' };
        continue;
      }
      if (type === 3) throw new Corrupt('block type');
      let lit = FIXED.lit;
      let dist = FIXED.dist;
      if (type === 2) {
        const nlen = bits(5) + 257;
        const ndist = bits(5) + 1;
        const ncode = bits(4) + 4;
        if (nlen > 286 || ndist > 30) throw new Corrupt('counts');
        const lengths = new Uint8Array(320);
        for (let i = 0; i < ncode; i++) lengths[ORDER[i]!] = bits(3);
        const lencode = build(lengths, 19, false);
        lengths.fill(0);
        let i = 0;
        while (i < nlen + ndist) {
          const sym = decode(lencode);
          if (sym < 16) {
            lengths[i++] = sym;
            continue;
          }
          let len = 0;
          let rep: number;
          if (sym === 16) {
            if (i === 0) throw new Corrupt('repeat without length');
            len = lengths[i - 1]!;
            rep = 3 + bits(2);
          } else if (sym === 17) rep = 3 + bits(3);
          else rep = 11 + bits(7);
          if (i + rep > nlen + ndist) throw new Corrupt('too many lengths');
          while (rep--) lengths[i++] = len;
        }
        if (lengths[256] === 0) throw new Corrupt('no end-of-block code');
        lit = build(lengths.subarray(0, nlen), nlen, nlen === 1);
        dist = build(lengths.subarray(nlen, nlen + ndist), ndist, true);
      }
      for (;;) {
        const sym = decode(lit);
        if (sym < 256) {
          if (++out > limit) return { ok: false, reason: 'over-limit' };
        } else if (sym === 256) {
          break;
        } else {
          const s = sym - 257;
          if (s >= 29) throw new Corrupt('length symbol');
          const len = LBASE[s]! + bits(LEXT[s]!);
          const ds = decode(dist);
          if (ds >= 30) throw new Corrupt('distance symbol');
          const d = DBASE[ds]! + bits(DEXT[ds]!);
          if (d > out) throw new Corrupt('distance too far back');
          out += len;
          if (out > limit) return { ok: false, reason: 'over-limit' };
        }
      }
    }
    return { ok: true, bytes: out };
  } catch (e) {
    if (e instanceof Corrupt) return { ok: false, reason: 'corrupt' };
    throw e;
  }
}
