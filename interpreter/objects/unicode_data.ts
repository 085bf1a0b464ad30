// Unicode character data for str: the predicate bits (isalpha, isdigit, isspace, isprintable, cased, …)
// and the full case mappings of CPython 3.14, so results do not depend on the JS engine's Unicode version.
// The tables were produced by running CPython 3.14's own str methods over every code point.
// Encodings (all numbers base 36, space separated):
//   FLAG_RUNS: pairs (distance from the previous run's first code point, flag bits); a run lasts until
//     the next one starts.
//   X_RUNS: groups (distance from the previous group's first code point, step, count, delta): the code
//     points first, first+step, … (count of them) map to themselves plus delta.
//   X_MULTI: pairs (code point, mapping as 4-digit code points) for mappings longer than one character.
// UPPER/LOWER list every code point whose mapping differs from itself; TITLE lists where title differs
// from upper, FOLD where casefold differs from lower.

export const ALPHA = 1;
export const DECIMAL = 2;
export const DIGIT = 4;
export const NUMERIC = 8;
export const SPACE = 16;
export const PRINTABLE = 32;
export const LOWER = 64;
export const UPPER = 128;
export const TITLE = 256;
export const CASED = 512;
export const CASE_IGNORABLE = 1024;
export const XID_START = 2048;
export const XID_CONTINUE = 4096;

let runStarts: Int32Array | null = null;
let runFlags: Uint16Array | null = null;
const asciiFlags = new Uint16Array(128);

function decodeFlags(): void {
  const parts = FLAG_RUNS.split(" ");
  const n = parts.length >> 1;
  const starts = new Int32Array(n), flags = new Uint16Array(n);
  let cp = 0;
  for (let i = 0; i < n; i++) {
    cp += parseInt(parts[2 * i], 36);
    starts[i] = cp;
    flags[i] = parseInt(parts[2 * i + 1], 36);
  }
  runStarts = starts;
  runFlags = flags;
}

/** The predicate bits of one code point. */
export function charFlags(cp: number): number {
  if (cp < 128) return asciiFlags[cp];
  if (runStarts === null) decodeFlags();
  const starts = runStarts!, flags = runFlags!;
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return flags[lo];
}

function decodeMap(runs: string, multi: string): Map<number, string> {
  const m = new Map<number, string>();
  if (runs !== "") {
    const p = runs.split(" ");
    let first = 0;
    for (let i = 0; i < p.length; i += 4) {
      first += parseInt(p[i], 36);
      const step = parseInt(p[i + 1], 36), count = parseInt(p[i + 2], 36), delta = parseInt(p[i + 3], 36);
      for (let k = 0; k < count; k++) {
        const cp = first + k * step;
        m.set(cp, String.fromCodePoint(cp + delta));
      }
    }
  }
  if (multi !== "") {
    const p = multi.split(" ");
    for (let i = 0; i < p.length; i += 2) {
      let s = "";
      for (let j = 0; j < p[i + 1].length; j += 4) {
        s += String.fromCodePoint(parseInt(p[i + 1].slice(j, j + 4), 36));
      }
      m.set(parseInt(p[i], 36), s);
    }
  }
  return m;
}

let upperMap: Map<number, string> | null = null;
let lowerMap: Map<number, string> | null = null;
let titleMap: Map<number, string> | null = null;
let foldMap: Map<number, string> | null = null;

/** Full uppercase mapping of a code point (may be several characters). */
export function upperOf(cp: number): string {
  if (upperMap === null) upperMap = decodeMap(UPPER_RUNS, UPPER_MULTI);
  return upperMap.get(cp) ?? String.fromCodePoint(cp);
}
/** Full lowercase mapping, without the context-dependent final sigma (callers handle it). */
export function lowerOf(cp: number): string {
  if (lowerMap === null) lowerMap = decodeMap(LOWER_RUNS, LOWER_MULTI);
  return lowerMap.get(cp) ?? String.fromCodePoint(cp);
}
export function titleOf(cp: number): string {
  if (titleMap === null) titleMap = decodeMap(TITLE_RUNS, TITLE_MULTI);
  return titleMap.get(cp) ?? upperOf(cp);
}
export function foldOf(cp: number): string {
  if (foldMap === null) foldMap = decodeMap(FOLD_RUNS, FOLD_MULTI);
  return foldMap.get(cp) ?? lowerOf(cp);
}

// Generated from CPython 3.14.2 (Unicode 16.0.0) by running its str predicates and case mappings
// over every code point; see the header of this file for the encoding.
const FLAG_RUNS =
  "0 0 9 g 5 0 e g 4 1c 1 w 6 tc 1 w 6 tc 1 w 1 372 a tc 1 w 6 59d q w 3 tc 1 4rk 1 tc 1 57l q w 4 0 6 " +
  "g 1 0 q g 1 w 7 tc 1 w 1 57l 1 w 2 sg 1 w 1 tc 1 w 2 18 2 tc 1 57l 1 w 1 3z4 1 tc 1 18 1 57l 1 w 1 1" +
  "4 3 w 1 59d n w 1 59d 7 57l o w 1 57l 8 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 " +
  "59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d " +
  "1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57" +
  "l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 2 59d 1 57l 1 59d 1 57l 1 " +
  "59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 2 59d 1 57l 1 59d 1 57l 1 59d " +
  "1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57" +
  "l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 " +
  "59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 2 57l 1 59d 1 57l 1 59d 1 57l 3 59d 2 57l 1 59d " +
  "1 57l 1 59d 2 57l 1 59d 3 57l 2 59d 4 57l 1 59d 2 57l 1 59d 3 57l 3 59d 2 57l 1 59d 2 57l 1 59d 1 57" +
  "l 1 59d 1 57l 1 59d 2 57l 1 59d 1 57l 2 59d 1 57l 1 59d 2 57l 1 59d 3 57l 1 59d 1 57l 1 59d 2 57l 2 " +
  "4rl 1 59d 1 57l 3 4rl 4 59d 1 5cx 1 57l 1 59d 1 5cx 1 57l 1 59d 1 5cx 1 57l 1 59d 1 57l 1 59d 1 57l " +
  "1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 2 59d 1 57l 1 59d 1 57l 1 59" +
  "d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 2 59d 1 5cx 1 57l 1 " +
  "59d 1 57l 1 59d 3 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d " +
  "1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57" +
  "l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 " +
  "59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 7 59d 2 57l 1 59d 2 57l 2 59d " +
  "1 57l 1 59d 4 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1x 4rl 1 57l r 601 9 5k1 7 601 2 t" +
  "c 4 5k1 c tc e 601 5 tc 7 5k1 1 tc 1 5k1 1 tc h 3z4 1x 4f4 1 3z4 16 59d 1 57l 1 59d 1 57l 1 5k1 1 tc" +
  " 1 59d 1 57l 1 0 2 19d 1 57l 3 w 1 59d 1 0 4 tc 2 59d 1 3z4 1 59d 3 0 1 59d 1 0 1 59d 2 57l 1 59d h " +
  "0 1 59d 9 57l z 59d 1 57l 2 59d 3 57l 3 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 " +
  "59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 5 59d 1 57l 1 w 1 " +
  "59d 1 57l 1 59d 2 57l 2 59d 1f 57l 1c 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59" +
  "d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 " +
  "57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 w 1 3z4 5 tc 2 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 5" +
  "7l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1" +
  " 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d" +
  " 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 2 57l 1 59d 1 5" +
  "7l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 2 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1" +
  " 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d" +
  " 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 5" +
  "7l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1" +
  " 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d" +
  " 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 5" +
  "7l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 0 1 59d 12 0 2 5k1 1 w 5 tc 1 57l 15 w 2 0 2 w 3 0 1 3z4 19" +
  " w 1 3z4 1 w 1 3z4 2 w 1 3z4 2 w 1 3z4 1 0 8 4rl r 0 4 4rl 4 w 1 tc 1 0 b sg 6 w a 3z4 b w 1 sg 1 w " +
  "3 4rl w 5k1 1 4rl a 3z4 l 372 a w 4 4rl 2 3z4 1 4rl 2r w 1 4rl 1 3z4 7 sg 1 w 1 3z4 6 5k1 2 3z4 2 w " +
  "1 3z4 4 4rl 2 372 a 4rl 3 w 2 4rl 1 w e 0 1 sg 1 4rl 1 3z4 1 4rl u 3z4 r 0 2 4rl 2h 3z4 b 4rl 1 0 e " +
  "372 a 4rl x 3z4 9 5k1 2 w 4 5k1 1 0 2 3z4 1 w 2 4rl m 3z4 4 5k1 1 3z4 9 5k1 1 3z4 3 5k1 1 3z4 5 0 2 " +
  "w f 0 1 4rl p 3z4 3 0 2 w 1 0 1 4rl b 0 5 4rl o tc 1 4rl 6 0 1 sg 2 0 5 3z4 9 4rl 15 5k1 1 3z4 o sg " +
  "1 3z4 w 36o 1 4rl 1i 3z4 1 36o 1 3z4 1 4rl 1 36o 3 3z4 8 36o 4 3z4 1 36o 2 4rl 1 3z4 7 4rl a 3z4 2 w" +
  " 2 372 a w 1 5k1 1 4rl f 3z4 1 36o 2 0 1 4rl 8 0 2 4rl 2 0 2 4rl m 0 1 4rl 7 0 1 4rl 1 0 3 4rl 4 0 2" +
  " 3z4 1 4rl 1 36o 3 3z4 4 0 2 36o 2 0 2 36o 2 3z4 1 4rl 1 0 8 36o 1 0 4 4rl 2 0 1 4rl 3 3z4 2 0 2 372" +
  " a 4rl 2 w 2 14 6 w 2 4rl 1 w 1 3z4 1 0 2 3z4 2 36o 1 0 1 4rl 6 0 4 4rl 2 0 2 4rl m 0 1 4rl 7 0 1 4r" +
  "l 2 0 1 4rl 2 0 1 4rl 2 0 2 3z4 1 0 1 36o 3 3z4 2 0 4 3z4 2 0 2 3z4 3 0 3 3z4 1 0 7 4rl 4 0 1 4rl 1 " +
  "0 7 372 a 3z4 2 4rl 3 3z4 1 w 1 0 a 3z4 2 36o 1 0 1 4rl 9 0 1 4rl 3 0 1 4rl m 0 1 4rl 7 0 1 4rl 2 0 " +
  "1 4rl 5 0 2 3z4 1 4rl 1 36o 3 3z4 5 0 1 3z4 2 36o 1 0 1 36o 2 3z4 1 0 2 4rl 1 0 f 4rl 2 3z4 2 0 2 37" +
  "2 a w 2 0 7 4rl 1 3z4 6 0 1 3z4 1 36o 2 0 1 4rl 8 0 2 4rl 2 0 2 4rl m 0 1 4rl 7 0 1 4rl 2 0 1 4rl 5 " +
  "0 2 3z4 1 4rl 1 36o 1 3z4 1 36o 1 3z4 4 0 2 36o 2 0 2 36o 2 3z4 1 0 7 3z4 2 36o 1 0 4 4rl 2 0 1 4rl " +
  "3 3z4 2 0 2 372 a w 1 4rl 1 14 6 0 a 3z4 1 4rl 1 0 1 4rl 6 0 3 4rl 3 0 1 4rl 4 0 3 4rl 2 0 1 4rl 1 0" +
  " 1 4rl 2 0 3 4rl 2 0 3 4rl 3 0 3 4rl c 0 4 36o 2 3z4 1 36o 2 0 3 36o 3 0 1 36o 3 3z4 1 0 2 4rl 1 0 6" +
  " 36o 1 0 e 372 a 14 3 w 8 0 5 3z4 1 36o 3 3z4 1 4rl 8 0 1 4rl 3 0 1 4rl n 0 1 4rl g 0 2 3z4 1 4rl 1 " +
  "3z4 3 36o 4 0 1 3z4 3 0 1 3z4 4 0 7 3z4 2 0 1 4rl 3 0 2 4rl 1 0 2 4rl 2 3z4 2 0 2 372 a 0 7 w 1 14 7" +
  " w 1 4rl 1 3z4 1 36o 2 w 1 4rl 8 0 1 4rl 3 0 1 4rl n 0 1 4rl a 0 1 4rl 5 0 2 3z4 1 4rl 1 36o 1 3z4 1" +
  " 36o 5 0 1 3z4 1 36o 2 0 1 36o 2 3z4 2 0 7 36o 2 0 6 4rl 2 0 1 4rl 2 3z4 2 0 2 372 a 0 1 4rl 2 36o 1" +
  " 0 c 3z4 2 36o 2 4rl 9 0 1 4rl 3 0 1 4rl 15 3z4 2 4rl 1 36o 3 3z4 4 0 1 36o 3 0 1 36o 3 3z4 1 4rl 1 " +
  "w 1 0 4 4rl 3 36o 1 14 7 4rl 3 3z4 2 0 2 372 a 14 9 w 1 4rl 6 0 1 3z4 1 36o 2 0 1 4rl i 0 3 4rl o 0 " +
  "1 4rl 9 0 1 4rl 1 0 2 4rl 7 0 3 3z4 1 0 4 36o 3 3z4 3 0 1 3z4 1 0 1 36o 8 0 6 372 a 0 2 36o 2 w 1 0 " +
  "c 4rl 1c 3z4 1 4rl 1 36p 1 3z4 7 0 4 w 1 4rl 6 5k1 1 3z4 8 w 1 372 a w 2 0 11 4rl 2 0 1 4rl 1 0 1 4r" +
  "l 5 0 1 4rl o 0 1 4rl 1 0 1 4rl a 3z4 1 4rl 1 36p 1 3z4 9 4rl 1 0 2 4rl 5 0 1 5k1 1 0 1 3z4 7 0 1 37" +
  "2 a 0 2 4rl 4 0 w 4rl 1 w n 3z4 2 w 6 372 a 14 a w 1 3z4 1 w 1 3z4 1 w 1 3z4 1 w 4 36o 2 4rl 8 0 1 4" +
  "rl 10 0 4 3z4 e 36o 1 3z4 5 w 1 3z4 2 4rl 5 3z4 b 0 1 3z4 10 0 1 w 8 3z4 1 w 6 0 1 w d 0 11 4rl 17 3" +
  "6o 2 3z4 4 36o 1 3z4 6 36o 1 3z4 2 36o 2 3z4 2 4rl 1 372 a w 6 4rl 6 36o 2 3z4 2 4rl 4 3z4 3 4rl 1 3" +
  "6o 3 4rl 2 36o 7 4rl 3 3z4 4 4rl d 3z4 1 36o 2 3z4 2 36o 6 3z4 1 4rl 1 36o 1 372 a 36o 3 3z4 1 w 2 5" +
  "9d 12 0 1 59d 1 0 5 59d 1 0 2 57l 17 w 1 601 1 57l 3 4rl 95 0 1 4rl 4 0 2 4rl 7 0 1 4rl 1 0 1 4rl 4 " +
  "0 2 4rl 15 0 1 4rl 4 0 2 4rl x 0 1 4rl 4 0 2 4rl 7 0 1 4rl 1 0 1 4rl 4 0 2 4rl f 0 1 4rl 1l 0 1 4rl " +
  "4 0 2 4rl 1v 0 2 3z4 3 w 9 370 9 14 b 0 3 4rl g w a 0 6 59d 2e 0 2 57l 6 0 2 w 1 4rl h8 w 2 4rl h g " +
  "1 4rl q w 2 0 3 4rl 23 w 3 4rs 3 4rl 8 0 7 4rl i 3z4 3 36o 1 0 9 4rl j 3z4 2 36o 1 w 2 0 9 4rl i 3z4" +
  " 2 0 c 4rl d 0 1 4rl 3 0 1 3z4 2 0 c 4rl 1g 3z4 2 36o 1 3z4 7 36o 8 3z4 1 36o 2 3z4 b w 3 5k1 1 w 4 " +
  "4rl 1 3z4 1 0 2 372 a 0 6 14 a 0 6 w b 3z4 3 sg 1 3z4 1 372 a 0 6 4rl z 5k1 1 4rl 1h 0 7 4rl 5 5k0 2" +
  " 4rl y 3z4 1 4rl 1 0 5 4rl 1y 0 a 4rl v 0 1 3z4 3 36o 4 3z4 2 36o 3 0 4 36o 2 3z4 1 36o 6 3z4 3 0 4 " +
  "w 1 0 3 w 2 372 a 4rl u 0 2 4rl 5 0 b 4rl 18 0 4 4rl q 0 6 372 a 370 1 0 3 w y 4rl n 3z4 2 36o 2 3z4" +
  " 1 0 2 w 2 4rl 1h 36o 1 3z4 1 36o 1 3z4 7 0 1 3z4 1 36o 1 3z4 1 36o 2 3z4 8 36o 6 3z4 a 0 2 3z4 1 37" +
  "2 a 0 6 372 a 0 6 w 7 5k1 1 w 6 0 2 3z4 e tc 1 3z4 g 0 1d 3z4 4 36o 1 4rl 1b 3z4 1 36o 1 3z4 5 36o 1" +
  " 3z4 1 36o 5 3z4 1 36o 2 4rl 8 0 1 w 2 372 a w h 3z4 9 w c 3z4 2 36o 1 4rl u 36o 1 3z4 4 36o 2 3z4 2" +
  " 36o 1 3z4 3 4rl 2 372 a 4rl 18 3z4 1 36o 1 3z4 2 36o 3 3z4 1 36o 1 3z4 3 36o 2 0 8 w 4 4rl 10 36o 8" +
  " 3z4 8 36o 2 3z4 2 0 3 w 5 372 a 0 3 4rl 3 372 a 4rl u 5k1 6 w 2 57l 9 59d 1 57l 1 0 5 59d 17 0 2 59" +
  "d 3 w 8 0 8 3z4 3 w 1 3z4 d 36o 1 3z4 7 4rl 4 3z4 1 4rl 6 3z4 1 4rl 2 36o 1 3z4 2 4rl 1 0 5 57l 18 6" +
  "01 1r 57l d 601 1 57l y 601 11 3z4 1s 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59" +
  "d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 " +
  "57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l " +
  "1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59" +
  "d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 " +
  "57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l " +
  "1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59" +
  "d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 " +
  "57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l " +
  "1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 9 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59" +
  "d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 " +
  "57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l " +
  "1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59" +
  "d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 " +
  "57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l " +
  "1 59d 1 57l 1 59d 1 57l 9 59d 8 57l 6 0 2 59d 6 0 2 57l 8 59d 8 57l 8 59d 8 57l 6 0 2 59d 6 0 2 57l " +
  "8 0 1 59d 1 0 1 59d 1 0 1 59d 1 0 1 59d 1 57l 8 59d 8 57l e 0 2 57l 8 5cx 8 57l 8 5cx 8 57l 8 5cx 8 " +
  "57l 5 0 1 57l 2 59d 4 5cx 1 tc 1 57l 1 tc 3 57l 3 0 1 57l 2 59d 4 5cx 1 tc 3 57l 4 0 2 57l 2 59d 4 0" +
  " 1 tc 3 57l 8 59d 5 tc 3 0 2 57l 3 0 1 57l 2 59d 4 5cx 1 tc 2 0 1 g b sg 1 3y8 2 sg 2 w 8 tc 2 w a t" +
  "c 1 w 2 tc 1 g 2 sg 5 g 1 w f 36o 2 w j 36o 1 w a g 1 sg 5 0 1 sg a 18 1 601 1 0 2 18 6 w 5 601 1 18" +
  " a w 5 0 1 601 d 0 3 w x 0 f 3z4 d tc 4 3z4 1 tc 3 3z4 c 0 f w 2 59d 1 w 4 59d 1 w 2 57l 1 59d 3 57l" +
  " 2 59d 3 57l 1 w 1 59d 1 w 2 4rk 1 59d 5 w 6 59d 1 w 1 59d 1 w 1 59d 1 w 1 59d 4 4rk 1 57l 1 59d 4 5" +
  "7l 1 4rl 4 57l 1 w 2 57l 2 59d 2 w 5 59d 1 57l 4 w 4 57l 1 w 1 14 g 59k g 57s g 4rs 3 59d 1 57l 1 4r" +
  "s 4 14 1 w 2 0 4 w ii 0 m w b 0 l 18 9 14 b 18 9 14 b 18 9 14 b w q io q gw q 18 1 14 a 18 9 14 1 18" +
  " 1 w hi 18 9 14 1 18 9 14 1 18 9 14 1 w rk 0 2 w w 0 1 w 2x 59d 1c 57l 1c 59d 1 57l 1 59d 3 57l 2 59" +
  "d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 4 57l 1 59d 1 57l 2 59d 1 57l 6 601 2 59d 3 57l 1 59d 1 57l 1 " +
  "59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d " +
  "1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57" +
  "l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 " +
  "59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d " +
  "1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57" +
  "l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 2 w 6 59d 1 57l 1 59d 1 57" +
  "l 1 3z4 3 59d 1 57l 1 0 5 w 4 14 1 w 2 57l 12 0 1 57l 1 0 5 57l 1 0 2 4rl 1k 0 7 5k1 1 w 1 0 e 3z4 1" +
  " 4rl n 0 9 4rl 7 0 1 4rl 7 0 1 4rl 7 0 1 4rl 7 0 1 4rl 7 0 1 4rl 7 0 1 4rl 7 0 1 4rl 7 0 1 3z4 w w 1" +
  "b td 1 w 1a 0 y w q 0 1 w 2h 0 c w 5y 0 q w g g 1 w 4 5k1 1 4rl 1 4rs 1 w p 4rs 9 3z4 4 36o 2 w 1 5k" +
  "1 5 w 2 4rs 3 5k1 1 4rl 1 w 3 0 1 4rl 2e 0 2 3z4 2 tc 2 5k1 2 4rl 1 w 1 4rl 2i 36o 1 5k1 3 4rl 1 0 5" +
  " 4rl 17 0 1 4rl 2m 0 1 w 2 14 4 w a 4rl w w 12 0 9 w 1 4rl g w v 0 1 14 a w u 14 8 w 1 14 f w w 14 a" +
  " w 13 14 f w 8w 4rl 5 4rt 1 4rl 3h 4rt 1 4rl py 4rt 1 4rl ma 4rt 1 4rl 3n6 w 1s 4rt 1 4rl 2 4rt 1 4r" +
  "l 3 4rt 1 4rl 1 4rt 1 4rl q 4rt 1 4rl 1k 4rt 1 4rl 1a 4rt 1 4rl 7 4rt 1 4rl 1 4rt 1 4rl l 4rt 1 4rl " +
  "i 4rt 2 4rl u 4rt 1 4rl 8 4rt 1 4rl 10 4rt 1 4rl 2q 4rt 1 4rl 3c 4rt 1 4rl s 4rt 1 4rl 71 4rt 1 4rl " +
  "1t 4rt 1 4rl y 4rt 1 4rl 1 4rt 1 4rl 1 4rt 1 4rl cz 4rt 1 4rl 1 4rt 3 4rl 6 4rt 1 4rl 38 4rt 4 4rl l" +
  "y 4rt 1 4rl et 4rt 1 4rl 7 4rt 1 4rl 134 4rt 1 4rl 3n 4rt 2 4rl c 4rt 3 4rl 1 4rt 1 4rl qn 4rt 1 4rl" +
  " 19 4rt 1 4rl 25 4rt 1 4rl w5 4rt 1 4rl 11n 4rt 1 4rl dj 4rt 1 4rl wf 4rt 1 4rl kn 4rt 1 4rl m 4rt 1" +
  " 4rl nr 4rt 1 4rl 1aw 4rt 1 4rl px 4rt 1 4rl 1oh 4rt 1 4rl 4 4rt 1 4rl 3g 4rt 1 4rl yl 4rt 1 4rl ii " +
  "4rt 1 4rl af 4rt 1 4rl 10 4rt 1 4rl 5 4rt 1 4rl 17 4rt 1 4rl 3h 4rt 1 4rl 1su 5k1 1 4rl vr 0 3 w 1j " +
  "0 9 4rl 14 5k1 6 w 2 4rl 7g 5k1 1 w 3 4rl g 372 a 4rl 2 0 k 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d " +
  "1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57" +
  "l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 " +
  "59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 4rl 1 3z4 1 tc 3 w 1 3z4 a w 1 5k1 1 59d 1 57l 1 59d 1 57l 1 59d" +
  " 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 5" +
  "7l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 601 2 3z4 2 4rl 1y 4rs a 3z4 2 w 6 0 8 tc n 5k1 9 tc 2 59d " +
  "1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 3 59d 1 57l 1 59d 1 57" +
  "l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 " +
  "59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d " +
  "1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57" +
  "l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 601 1 57l 8 59d 1 57l 1 59d 1 57l 1 59d 2 57l 1 " +
  "59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 5k1 1 tc 2 59d 1 57l 1 59d 1 57l 1 4rl 1 59d 1 57l 1" +
  " 59d 1 57l 3 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d" +
  " 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 5 57l 1 59d 5 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 5" +
  "7l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 4 57l 1 59d 1 57l 1 59d 2 57l 1 0 2 59d 1 57l 1 0 1 57l" +
  " 1 0 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 57l 1 59d 1 0 l 601 3 59d 1 57l 1 4rl 1 601 2 57l 1 4rl 7" +
  " 3z4 1 4rl 3 3z4 1 4rl 4 3z4 1 4rl n 36o 2 3z4 2 36o 1 w 4 3z4 1 0 3 14 6 w 4 0 6 4rl 1g w 4 0 8 36o" +
  " 2 4rl 1e 36o g 3z4 2 0 8 w 2 372 a 0 6 3z4 i 4rl 6 w 3 4rl 1 w 1 4rl 2 3z4 1 372 a 4rl s 3z4 8 w 2 " +
  "4rl n 3z4 b 36o 2 0 b w 1 4rl t 0 3 3z4 3 36o 1 4rl 1b 3z4 1 36o 2 3z4 4 36o 2 3z4 2 36o 3 w d 0 1 5" +
  "k1 1 372 a 0 4 w 2 4rl 5 3z4 1 5k1 1 4rl 9 372 a 4rl 5 0 1 4rl 15 3z4 6 36o 2 3z4 2 36o 2 3z4 2 0 9 " +
  "4rl 3 3z4 1 4rl 8 3z4 1 36o 1 0 2 372 a 0 2 w 4 4rl g 5k1 1 4rl 6 w 3 4rl 1 36o 1 3z4 1 36o 1 4rl 1e" +
  " 3z4 1 4rl 1 3z4 3 4rl 2 3z4 2 4rl 5 3z4 2 4rl 1 3z4 1 4rl 1 0 o 4rl 2 5k1 1 w 2 4rl b 36o 1 3z4 2 3" +
  "6o 2 w 2 4rl 1 5k1 2 36o 1 3z4 1 0 a 4rl 6 0 2 4rl 6 0 2 4rl 6 0 9 4rl 7 0 1 4rl 7 0 1 57l 17 tc 1 6" +
  "01 4 57l 9 601 1 tc 2 0 4 57l 28 4rl z 36o 2 3z4 1 36o 2 3z4 1 36o 2 w 1 36o 1 3z4 1 0 2 372 a 0 6 4" +
  "rl 8mc 0 c 4rl n 0 4 4rl 1d 0 6is 4rl 2z 4rt 1 4rl 7 4rt 1 4rl 4 4rt 1 4rl 1l 4rt 1 4rl u 4rt 1 4rl " +
  "1 4rt 1 4rl 15 4rt 1 4rl 34 0 2 4rl 2y 0 12 57l 7 0 c 57l 5 0 5 4rl 1 3z4 1 4rl a w 1 4rl d 0 1 4rl " +
  "5 0 1 4rl 1 0 1 4rl 2 0 1 4rl 2 0 1 4rl 30 tc h 0 g 4rl 3v x 6 4rl 62 w i 4rl 1s 0 2 4rl 1i 0 7 w 1 " +
  "0 w 4rl a x 2 w 4 3z4 g w 3 tc 1 w 6 0 6 3z4 g w 3 36o 2 w o 36o 3 w 2 tc 1 0 1 w 1 tc 1 w h 0 1 w 4" +
  " 0 4 x 1 4rl 1 x 1 4rl 1 x 1 0 1 x 1 4rl 1 x 1 4rl 1 x 1 4rl 1 x 1 4rl 1 x 1 4rl 3i 0 2 sg 1 0 1 w 6" +
  " tc 1 w 6 tc 1 w 1 372 a tc 1 w 6 59d q w 3 tc 1 36o 1 tc 1 57l q w a 36o 1 4rl a 5k1 1 4rl 19 3z5 2" +
  " 4rl v 0 3 4rl 6 0 2 4rl 6 0 2 4rl 6 0 2 4rl 3 0 3 w 3 tc 1 w 3 0 1 w 7 0 a sg 3 w 2 0 2 4rl c 0 1 4" +
  "rl q 0 1 4rl j 0 1 4rl 2 0 1 4rl f 0 2 4rl e 0 y 4rl 3f 0 5 w 3 0 4 14 19 0 3 w 9 4rs 1h 14 4 w h 14" +
  " 2 w 3 0 1 w d 0 3 w 1 0 1b w 19 3z4 1 0 3m 4rl t 0 3 4rl 1d 0 f 3z4 1 14 r 0 4 4rl w 14 4 0 9 4rl k" +
  " 4rs 1 4rl 8 4rs 1 0 5 4rl 12 3z4 5 0 5 4rl u 0 1 w 1 4rl 10 0 4 4rl 8 w 1 4rs 5 0 16 59d 14 57l 14 " +
  "4rl 26 0 2 372 a 0 6 59d 10 0 4 57l 10 0 4 4rl 14 0 8 4rl 1g 0 b w 1 59d b 0 1 59d f 0 1 59d 7 0 1 5" +
  "9d 2 0 1 57l b 0 1 57l f 0 1 57l 7 0 1 57l 2 0 3 4rl 1g 0 c 4rl 8n 0 9 4rl m 0 a 4rl 8 0 o 601 1 5k1" +
  " 2 601 3 0 1 601 16 0 1 601 9 0 1x 4rl 6 0 2 4rl 1 0 1 4rl 18 0 1 4rl 2 0 3 4rl 1 0 2 4rl n 0 1 w 1 " +
  "14 8 4rl n w 2 14 7 4rl v 0 8 14 9 0 1c 4rl j 0 1 4rl 2 0 5 14 5 4rl m 14 6 0 3 w 1 4rl q 0 5 w 1 0 " +
  "1s 4rl 1k 0 4 14 2 4rl 2 14 g 0 2 14 1a 4rl 1 3z4 3 0 1 3z4 2 0 5 3z4 4 4rl 4 0 1 4rl 3 0 1 4rl t 0 " +
  "2 3z4 3 0 4 3z4 1 18 4 14 5 0 7 w 9 0 7 4rl t 14 2 w 1 4rl t 14 3 0 w 4rl 8 w 1 4rl s 3z4 2 0 4 14 5" +
  " w 7 0 9 4rl 1i 0 3 w 7 4rl m 0 2 14 8 4rl j 0 5 14 8 4rl i 0 7 w 4 0 c 14 7 0 28 4rl 21 0 1j 59d 1f" +
  " 0 d 57l 1f 0 7 14 6 4rl 10 3z4 4 0 8 372 a 0 6 372 a 4rl 4 5k1 1 4rl 1 59d m 0 3 3z4 5 w 1 5k1 1 57" +
  "l m 0 8 w 2 0 5s 18 9 14 m 0 1 4rl 16 0 1 3z4 2 w 1 0 2 4rl 2 0 g 4rl 3 0 1j 3z4 4 4rl t 14 a 4rl 1 " +
  "0 8 4rl m 3z4 b 14 4 w 5 0 m 4rl i 3z4 4 w 4 0 12 4rl l 14 7 0 k 4rl n 0 9 36o 1 3z4 1 36o 1 4rl 1h " +
  "3z4 f w 7 0 4 18 9 14 b 372 a 3z4 1 4rl 2 3z4 2 4rl 1 0 9 3z4 3 36o 1 4rl 19 36o 3 3z4 4 36o 2 3z4 2" +
  " w 2 sg 1 w 4 3z4 1 0 a sg 1 0 2 4rl p 0 7 372 a 0 6 3z4 3 4rl 10 3z4 5 36o 1 3z4 8 0 1 372 a w 4 4r" +
  "l 1 36o 2 4rl 1 0 8 4rl z 3z4 1 w 2 4rl 1 0 9 3z4 2 36o 1 4rl 1c 36o 3 3z4 9 36o 2 4rl 4 w 4 3z4 4 w" +
  " 1 36o 1 3z4 1 372 a 4rl 1 w 1 4rl 1 w 3 0 1 14 k 0 b 4rl i 0 1 4rl p 36o 3 3z4 3 36o 2 3z4 1 36o 1 " +
  "3z4 2 w 6 3z4 1 4rl 2 3z4 1 0 1q 4rl 7 0 1 4rl 1 0 1 4rl 4 0 1 4rl f 0 1 4rl a w 1 0 6 4rl 1b 3z4 1 " +
  "36o 3 3z4 8 0 5 372 a 0 6 3z4 2 36o 2 0 1 4rl 8 0 2 4rl 2 0 2 4rl m 0 1 4rl 7 0 1 4rl 2 0 1 4rl 5 0 " +
  "1 3z4 2 4rl 1 36o 2 3z4 1 36o 4 0 2 36o 2 0 2 36o 3 0 2 4rl 1 0 6 36o 1 0 5 4rl 5 36o 2 0 2 3z4 7 0 " +
  "3 3z4 5 0 b 4rl a 0 1 4rl 1 0 2 4rl 1 0 1 4rl 12 0 1 4rl 1 36o 3 3z4 6 0 1 36o 1 0 2 36o 1 0 1 36o 4" +
  " 0 1 36o 2 3z4 1 36o 1 3z4 1 4rl 1 3z4 1 4rl 1 w 2 0 1 w 2 0 8 3z4 2 0 t 4rl 1h 36o 3 3z4 8 36o 2 3z" +
  "4 3 36o 1 3z4 1 4rl 4 w 5 372 a w 2 0 1 w 1 3z4 1 4rl 3 0 u 4rl 1c 36o 3 3z4 6 36o 1 3z4 1 36o 4 3z4" +
  " 2 36o 1 3z4 2 4rl 2 w 1 4rl 1 0 8 372 a 0 4m 4rl 1b 36o 3 3z4 4 0 2 36o 4 3z4 2 36o 1 3z4 2 w n 4rl" +
  " 4 3z4 2 0 y 4rl 1c 36o 3 3z4 8 36o 2 3z4 1 36o 1 3z4 2 w 3 4rl 1 0 b 372 a 0 6 w d 0 j 4rl 17 3z4 1" +
  " 36o 1 3z4 1 36o 2 3z4 6 36o 1 3z4 1 4rl 1 w 1 0 6 372 a 0 6 372 k 0 s 4rl r 0 2 3z4 1 36o 1 3z4 1 3" +
  "6o 2 3z4 4 36o 1 3z4 5 0 4 372 a 14 2 w 4 4rl 7 0 55 4rl 18 36o 3 3z4 9 36o 1 3z4 2 w 1 0 2s 59d w 5" +
  "7l w 372 a 14 9 0 c 4rl 8 0 2 4rl 1 0 2 4rl 8 0 1 4rl 2 0 1 4rl o 36o 6 0 1 36o 2 0 2 3z4 2 36o 1 3z" +
  "4 1 4rl 1 36o 1 4rl 1 36o 1 3z4 1 w 3 0 9 372 a 0 1y 4rl 8 0 2 4rl 13 36o 3 3z4 4 0 2 3z4 2 36o 4 3z" +
  "4 1 4rl 1 w 1 4rl 1 36o 1 0 r 4rl 1 3z4 a 4rl 14 3z4 6 36o 1 4rl 1 3z4 4 w 8 3z4 1 0 8 4rl 1 3z4 6 3" +
  "6o 2 3z4 3 4rl 1a 3z4 d 36o 1 3z4 2 w 3 4rl 1 w 5 0 d 4rl 21 0 7 w a 0 52 4rl x w 1 0 e 372 a 0 6 4r" +
  "l 9 0 1 4rl 11 36o 1 3z4 7 0 1 3z4 6 36o 1 3z4 1 4rl 1 w 5 0 a 372 a 14 j 0 3 w 2 4rl u 0 2 3z4 m 0 " +
  "1 36o 1 3z4 7 36o 1 3z4 2 36o 1 3z4 2 0 21 4rl 7 0 1 4rl 2 0 1 4rl 12 3z4 6 0 3 3z4 1 0 1 3z4 2 0 1 " +
  "3z4 7 4rl 1 3z4 1 0 8 372 a 0 6 4rl 6 0 1 4rl 2 0 1 4rl w 36o 5 0 1 3z4 2 0 1 36o 2 3z4 1 36o 1 3z4 " +
  "1 4rl 1 0 7 372 a 0 8m 4rl j 3z4 2 36o 2 w 2 0 7 3z4 2 4rl 1 36o 1 4rl d 0 1 4rl y 36o 2 3z4 5 0 3 3" +
  "6o 2 3z4 1 36o 1 3z4 1 w d 372 a 3z4 1 0 2d 4rl 1 0 f 14 l w t 0 d w 1 4rl pm 0 2u 4rs 33 0 1 w 5 0 " +
  "b 4rl 5g 0 218 4rl 2p w 2 0 d 4rl ts sg g 3z4 1 4rl 6 3z4 f 0 a 4rl 32z 0 5 4rl g7 0 5a1 4rl u 3z4 c" +
  " 36o 3 3z4 3 372 a 0 1c6 4rl ft 0 7 4rl v 0 1 372 a 0 4 w 2 4rl 27 0 1 372 a 0 6 4rl u 0 2 3z4 5 w 1" +
  " 0 a 4rl 1c 3z4 7 w 9 5k1 4 w 2 0 a 372 a 0 1 14 7 0 1 4rl l 0 5 4rl j 0 c0 5k1 3 4rl 14 5k1 2 w 3 3" +
  "72 a 0 5i 59d w 57l w 14 n w 4 0 2t 4rl 23 0 4 3z4 1 4rl 1 36o 1j 0 7 3z4 4 5k1 d 0 1s 5k1 2 w 1 5k1" +
  " 1 3z4 1 0 b 36o 2 0 e 4rl 4qg 0 8 4rl ye 0 15 4rl a 0 6w7 5k1 4 0 1 5k1 7 0 1 5k1 2 0 1 4rl 83 0 f " +
  "4rl 1 0 t 4rl 3 0 2 4rl 1 0 e 4rl 4 0 8 4rl b0 0 1s4 4rl 2z 0 5 4rl d 0 3 4rl 9 0 7 4rl a 0 2 w 1 3z" +
  "4 2 w 1 sg 4 0 318 w 6o 372 a 0 6 w c4 0 24 3z4 1a 0 2 3z4 n 0 9 w 38 0 1o w 6u 0 a w 13 0 2 w 1o 36" +
  "o 2 3z4 3 w 3 36o 6 sg 8 3z4 8 w 2 3z4 7 w u 3z4 4 w 1p 0 l w 1u 3z4 3 w 1 0 3e 14 k 0 c 14 k 0 c w " +
  "2f 0 9 14 p 0 3r 59d q 57l q 59d q 57l 7 0 1 57l i 59d q 57l q 59d 1 0 1 59d 2 0 2 59d 1 0 2 59d 2 0" +
  " 2 59d 4 0 1 59d 8 57l 4 0 1 57l 1 0 1 57l 7 0 1 57l b 59d q 57l q 59d 2 0 1 59d 4 0 2 59d 8 0 1 59d" +
  " 7 0 1 57l q 59d 2 0 1 59d 4 0 1 59d 5 0 1 59d 1 0 3 59d 7 0 1 57l q 59d q 57l q 59d q 57l q 59d q 5" +
  "7l q 59d q 57l q 59d q 57l q 59d q 57l s 0 2 59d p w 1 57l p w 1 57l 6 59d p w 1 57l p w 1 57l 6 59d" +
  " p w 1 57l p w 1 57l 6 59d p w 1 57l p w 1 57l 6 59d p w 1 57l p w 1 57l 6 59d 1 57l 1 0 2 372 1e w " +
  "e8 3z4 1j w 4 3z4 1e w 8 3z4 1 w e 3z4 1 w 7 0 f 3z4 5 0 1 3z4 f 0 uo 57l a 4rl 1 57l k 0 6 57l 6 0 " +
  "5x 3z4 7 0 1 3z4 h 0 2 3z4 7 0 1 3z4 2 0 1 3z4 5 0 5 601 1q 0 x 3z4 1 0 34 4rl 19 0 3 3z4 7 5k1 7 0 " +
  "2 372 a 0 4 4rl 1 w 1 0 8w 4rl u 3z4 1 0 h 4rl 18 3z4 4 372 a 0 5 w 1 0 cw 4rl r 5k1 1 3z4 4 372 a 0" +
  " 5y 4rl u 3z4 2 4rl 1 372 a 0 4 w 1 0 dc 4rl 7 0 1 4rl 4 0 1 4rl 2 0 1 4rl f 0 1 4rl 5h 0 2 14 9 3z4" +
  " 7 0 15 59d y 57l y 3z4 7 5k1 1 0 4 372 a 0 4 w 2 0 lt 14 1n w 1 14 3 w 1 14 4 0 24 14 19 w 1 14 f 0" +
  " 5e 4rl 4 0 1 4rl r 0 1 4rl 2 0 1 4rl 1 0 2 4rl 1 0 1 4rl a 0 1 4rl 4 0 1 4rl 1 0 1 4rl 1 0 6 4rl 1 " +
  "0 4 4rl 1 0 1 4rl 1 0 1 4rl 1 0 1 4rl 3 0 1 4rl 2 0 1 4rl 1 0 2 4rl 1 0 1 4rl 1 0 1 4rl 1 0 1 4rl 1 " +
  "0 1 4rl 1 0 1 4rl 2 0 1 4rl 1 0 2 4rl 4 0 1 4rl 7 0 1 4rl 4 0 1 4rl 4 0 1 4rl 1 0 1 4rl a 0 1 4rl h " +
  "0 5 4rl 3 0 1 4rl 5 0 1 4rl h 0 1g w 2 0 7i w 18 0 4 w 2s 0 c w f 0 2 w f 0 1 w f 0 1 w 11 0 a 18 b " +
  "14 2 w z io q w 6 io q w 6 io q w 10 0 1k w t 0 d w 18 0 4 w 9 0 7 w 2 0 e w 6 0 4a w 6z tc 5 w k8 0" +
  " 4 w h 0 3 w d 0 3 w 3b 0 4 w 2n 0 6 w c 0 4 w 1 0 f w c 0 4 w 1k 0 8 w a 0 6 w 14 0 8 w u 0 2 w c 0" +
  " 4 w 2 0 1q w 9g 0 c w e 0 2 w d 0 3 w a 0 5 w 1k 0 7 w f 0 2 w b 0 6 w 9 0 7 w 43 0 1 w 2k 372 a 0 " +
  "sm 4rl 1 4rt 1 4rl 2q 4rt 1 4rl 3h 4rt 1 4rl 1q 4rt 1 4rl 1l4 4rt 1 4rl 2g 4rt 1 4rl 8 4rt 1 4rl f 4" +
  "rt 1 4rl 99 4rt 1 4rl i 4rt 1 4rl r 4rt 1 4rl 4ty 4rt 1 4rl 16v 4rt 1 4rl 3gi 4rt 1 4rl 7rl 4rt 1 4r" +
  "l diq 0 w 4rl 37e 0 6 4rl 66 0 2 4rl 4g2 0 e 4rl 5rl 0 f 4rl ha 0 1wi 4rl 40 4rt 1 4rl b1 0 15u 4rl " +
  "3t7 0 5 4rl 38g 0 f975 sg 1 0 u sg 2o 0 3k 3z4 6o 0";
const UPPER_RUNS =
  "2p 1 q -w 2c 1 1 kn 17 1 n -w o 1 7 -w 7 1 1 3d 2 2 o -1 1c 1 1 -6g 2 2 3 -1 7 2 8 -1 h 2 n -1 1b 2 " +
  "3 -1 5 1 1 -8c 1 1 1 5f 3 2 2 -1 5 1 1 -1 4 1 1 -1 6 1 1 -1 3 1 1 2p 4 1 1 -1 1 1 1 4j 1 1 1 wu9 3 1" +
  " 1 3m 3 2 3 -1 7 1 1 -1 5 1 1 -1 3 1 1 -1 4 2 2 -1 5 1 1 -1 4 1 1 -1 2 1 1 1k 6 1 1 -1 1 1 1 -2 2 1 " +
  "1 -1 1 1 1 -2 2 1 1 -1 1 1 1 -2 2 2 8 -1 f 1 1 -27 2 2 9 -1 j 1 1 -1 1 1 1 -2 2 1 1 -1 4 2 k -1 16 2" +
  " 9 -1 p 1 1 -1 3 1 2 8cf 3 1 1 -1 5 2 5 -1 9 1 1 8bj 1 1 1 8bg 1 1 1 8bi 1 1 1 -5u 1 1 1 -5q 2 1 2 -" +
  "5p 3 1 1 -5m 2 1 1 -5n 1 1 1 wnj 4 1 1 -5p 1 1 1 wnf 2 1 1 -5r 1 1 1 wo7 1 1 1 wmg 1 1 1 wn8 2 1 1 -" +
  "5t 1 1 1 -5v 1 1 1 wn8 1 1 1 8af 1 1 1 wn5 3 1 1 -5v 2 1 1 8al 1 1 1 -5x 3 1 1 -5y 8 1 1 89z 3 1 1 -" +
  "62 2 1 1 wn7 1 1 1 -62 4 1 1 wmi 1 1 1 -62 1 1 1 -1x 1 1 2 -61 2 1 1 -1z 6 1 1 -63 b 1 1 wlx 1 1 1 w" +
  "lu 4n 1 1 2c 18 2 2 -1 6 1 1 -1 4 1 3 3m 1d 1 1 -12 1 1 3 -11 4 1 h -w h 1 1 -v 1 1 9 -w 9 1 1 -1s 1" +
  " 1 2 -1r 3 1 1 -1q 1 1 1 -1l 4 1 1 -1b 1 1 1 -1i 1 1 1 -8 2 2 c -1 n 1 1 -2e 1 1 1 -28 1 1 1 7 1 1 1" +
  " -38 2 1 1 -2o 3 1 1 -1 3 1 1 -1 1h 1 w -w w 1 g -28 h 2 h -1 16 2 r -1 1j 2 7 -1 d 1 1 -f 2 2 1c -1" +
  " 40 1 12 -1c 29b 1 17 2bk 19 1 3 2bk l7 1 6 -8 1oo 1 1 -4tq 1 1 1 -4tp 1 1 1 -4tg 1 1 2 -4te 2 1 1 -" +
  "4tf 1 1 1 -4t8 1 1 1 -4rp 1 1 1 r7m 2 1 1 -1 6n 1 1 r9g 4 1 1 2xy h 1 1 raw 37 2 23 -1 4a 1 1 -1n 6 " +
  "2 1c -1 2n 1 8 8 g 1 6 8 g 1 8 8 g 1 8 8 g 1 6 8 h 2 4 8 f 1 8 8 g 1 2 22 2 1 4 2e 4 1 2 2s 2 1 2 3k" +
  " 2 1 2 34 2 1 2 3i 1g 1 2 8 e 1 1 -5k5 i 1 2 8 g 1 2 8 5 1 1 7 a1 1 1 -s y 1 g -g k 1 1 -1 ng 1 q -q" +
  " 1gg 1 1c -1c 1d 1 1 -1 4 1 1 -8bv 1 1 1 -8bs 2 2 3 -1 b 1 1 -1 3 1 1 -1 b 2 1e -1 2z 2 2 -1 7 1 1 -" +
  "1 d 1 12 -5ls 13 1 1 -5ls 6 1 1 -5ls nx0 2 n -1 1s 2 e -1 4i 2 7 -1 g 2 v -1 1z 2 2 -1 5 2 5 -1 d 1 " +
  "1 -1 5 2 2 -1 3 1 1 1c 3 2 a -1 u 2 8 -1 j 2 2 -1 5 1 1 -1 4 1 1 -1 6 2 3 -1 v 1 1 -1 nx 1 1 -ps t 1" +
  " 28 -tzk gk1 1 q -w yv 1 14 -14 4w 1 10 -14 5b 1 b -13 c 1 f -13 g 1 7 -13 8 1 2 -13 1dx 1 1f -1s 4w" +
  " 1 m -w 28g 1 w -w gww 1 w -w o8y 1 y -y";
const UPPER_MULTI =
  "67 002b002b 95 00jg0026 ds 002200lo pc 00pl00lk00ld q8 00px00lk00ld 13b 0111011u 61i 002000mp 61j 00" +
  "2c00lk 61k 002f00lm 61l 002h00lm 61m 001t00ji 66o 00px00lv 66q 00px00lv00lc 66s 00px00lv00ld 66u 00p" +
  "x00lv00n6 680 064o00pl 681 064p00pl 682 064q00pl 683 064r00pl 684 064s00pl 685 064t00pl 686 064u00pl" +
  " 687 064v00pl 688 064o00pl 689 064p00pl 68a 064q00pl 68b 064r00pl 68c 064s00pl 68d 064t00pl 68e 064u" +
  "00pl 68f 064v00pl 68g 065k00pl 68h 065l00pl 68i 065m00pl 68j 065n00pl 68k 065o00pl 68l 065p00pl 68m " +
  "065q00pl 68n 065r00pl 68o 065k00pl 68p 065l00pl 68q 065m00pl 68r 065n00pl 68s 065o00pl 68t 065p00pl " +
  "68u 065q00pl 68v 065r00pl 68w 067c00pl 68x 067d00pl 68y 067e00pl 68z 067f00pl 690 067g00pl 691 067h0" +
  "0pl 692 067i00pl 693 067j00pl 694 067c00pl 695 067d00pl 696 067e00pl 697 067f00pl 698 067g00pl 699 0" +
  "67h00pl 69a 067i00pl 69b 067j00pl 69e 069m00pl 69f 00pd00pl 69g 00p200pl 69i 00pd00n6 69j 00pd00n600" +
  "pl 69o 00pd00pl 69u 06a200pl 69v 00pj00pl 69w 00p500pl 69y 00pj00n6 69z 00pj00n600pl 6a4 00pj00pl 6a" +
  "a 00pl00lk00lc 6ab 00pl00lk00ld 6ae 00pl00n6 6af 00pl00lk00n6 6aq 00px00lk00lc 6ar 00px00lk00ld 6as " +
  "00pt00lv 6au 00px00n6 6av 00px00lk00n6 6b6 06be00pl 6b7 00q100pl 6b8 00pb00pl 6ba 00q100n6 6bb 00q10" +
  "0n600pl 6bg 00q100pl 1dkw 001y001y 1dkx 001y0021 1dky 001y0024 1dkz 001y001y0021 1dl0 001y001y0024 1" +
  "dl1 002b002c 1dl2 002b002c 1dlf 011g011i 1dlg 011g0111 1dlh 011g0117 1dli 011q011i 1dlj 011g0119";
const LOWER_RUNS =
  "1t 1 q w 3j 1 n w o 1 7 w 14 2 o 1 1e 2 3 1 7 2 8 1 h 2 n 1 1a 1 1 -3d 1 2 3 1 8 1 1 5u 1 2 2 1 4 1 " +
  "1 5q 1 1 1 1 2 1 2 5p 2 1 1 1 3 1 1 27 1 1 1 5m 1 1 1 5n 1 1 1 1 2 1 1 5p 1 1 1 5r 2 1 1 5v 1 1 1 5t" +
  " 1 1 1 1 4 1 1 5v 1 1 1 5x 2 1 1 5y 1 2 3 1 6 1 1 62 1 1 1 1 2 1 1 62 3 1 1 1 2 1 1 62 1 1 1 1 2 1 2" +
  " 61 2 2 2 1 4 1 1 63 1 1 1 1 4 1 1 1 8 1 1 2 1 1 1 1 2 1 1 2 1 1 1 1 2 1 1 2 1 2 9 1 j 2 9 1 j 1 1 2" +
  " 1 2 2 1 4 1 1 -2p 1 1 1 -1k 1 2 k 1 14 1 1 -3m 2 2 9 1 o 1 1 8bv 1 1 1 1 2 1 1 -4j 1 1 1 8bs 3 1 1 " +
  "1 2 1 1 -5f 1 1 1 1x 1 1 1 1z 1 2 5 1 8a 2 2 1 6 1 1 1 9 1 1 38 7 1 1 12 2 1 3 11 4 1 1 1s 2 1 2 1r " +
  "3 1 h w i 1 9 w 18 1 1 8 9 2 c 1 s 1 1 -1o 3 1 1 1 2 1 1 -7 1 1 1 1 3 1 3 -3m 3 1 g 28 g 1 w w 28 2 " +
  "h 1 16 2 r 1 1i 1 1 f 1 2 7 1 f 2 1c 1 2p 1 12 1c 29b 1 12 5ls 13 1 1 5ls 6 1 1 5ls k3 1 28 tzk 28 1" +
  " 6 8 1p5 1 1 1 7 1 17 -2bk 19 1 3 -2bk 8z 2 23 1 4e 1 1 -5vj 2 2 1c 1 2w 1 8 -8 g 1 6 -8 g 1 8 -8 g " +
  "1 8 -8 g 1 6 -8 h 2 4 -8 f 1 8 -8 w 1 8 -8 g 1 8 -8 g 1 8 -8 g 1 2 -8 2 1 2 -22 2 1 1 -9 c 1 4 -2e 4" +
  " 1 1 -9 c 1 2 -8 2 1 2 -2s e 1 2 -8 2 1 2 -34 2 1 1 -7 c 1 2 -3k 2 1 2 -3i 2 1 1 -9 8a 1 1 -5st 4 1 " +
  "1 -6gv 1 1 1 -6di 7 1 1 s 1a 1 g g z 1 1 1 mr 1 q q 1fu 1 1c 1c 2o 1 1 1 2 1 1 -8af 1 1 1 -2xy 1 1 1" +
  " -89z 3 2 3 1 6 1 1 -8bg 1 1 1 -8al 1 1 1 -8bj 1 1 1 -8bi 2 1 1 1 3 1 1 1 9 1 2 -8cf 2 2 1e 1 2z 2 2" +
  " 1 7 1 1 1 nym 2 n 1 1s 2 e 1 4i 2 7 1 g 2 v 1 1z 2 2 1 4 1 1 -r9g 1 2 5 1 d 1 1 1 2 1 1 -wmg 3 2 2 " +
  "1 6 2 a 1 k 1 1 -wn8 1 1 1 -wnj 1 1 1 -wnf 1 1 1 -wn5 1 1 1 -wn8 2 1 1 -wlu 1 1 1 -wmi 1 1 1 -wlx 1 " +
  "1 1 ps 1 2 8 1 g 1 1 -1c 1 1 1 -wn7 1 1 1 -raw 1 2 2 1 4 1 1 -wo7 1 1 1 1 4 1 1 1 6 2 3 1 6 1 1 -wu9" +
  " p 1 1 1 h7w 1 q w yn 1 14 14 4w 1 10 14 5c 1 b 13 c 1 f 13 g 1 7 13 8 1 2 13 1d8 1 1f 1s 5s 1 m w 2" +
  "8g 1 w w gww 1 w w o8w 1 y y";
const LOWER_MULTI = "8g 002x00lj";
const TITLE_RUNS =
  "ck 1 1 1 1 1 1 0 1 1 1 -1 1 1 1 1 1 1 1 0 1 1 1 -1 1 1 1 1 1 1 1 0 1 1 1 -1 11 1 1 1 1 1 1 0 1 1 1 -" +
  "1 2xp 1 17 0 19 1 3 0 2v7 1 8 8 8 1 8 0 8 1 8 8 8 1 8 0 8 1 8 8 8 1 8 0 b 1 1 9 9 1 1 0 7 1 1 9 9 1 " +
  "1 0 13 1 1 9 9 1 1 0";
const TITLE_MULTI =
  "67 002b0037 13b 01110136 69e 069m00n9 69g 00p200n9 69j 00pd00n600n9 69u 06a200n9 69w 00p500n9 69z 00" +
  "pj00n600n9 6b6 06be00n9 6b8 00pb00n9 6bb 00q100n600n9 1dkw 001y002u 1dkx 001y002x 1dky 001y0030 1dkz" +
  " 001y002u002x 1dl0 001y002u0030 1dl1 002b0038 1dl2 002b0038 1dlf 011g012u 1dlg 011g012d 1dlh 011g012" +
  "j 1dli 011q012u 1dlj 011g012l";
const FOLD_RUNS =
  "51 1 1 lj 5m 1 1 -7g cm 1 1 38 3h 1 1 1 e 1 1 -u 1 1 1 -p 4 1 1 -f 1 1 1 -m q 1 1 -1i 1 1 1 -1c 4 1 " +
  "1 -1s 33f 1 2e 0 2g 1 6 -8 1oo 1 1 -4su 1 1 1 -4st 1 1 1 -4sk 1 1 2 -4si 2 1 1 -4sj 1 1 1 -4sc 1 1 1" +
  " -4ro 1 1 1 r7n er 1 1 -1m 83 1 1 -5j9 rle 1 28 -tzk";
const FOLD_MULTI =
  "67 00370037 95 00jg0032 ds 002y00lo pc 00qh00lk00ld q8 00qt00lk00ld 13b 012d0136 61i 002w00mp 61j 00" +
  "3800lk 61k 003b00lm 61l 003d00lm 61m 002p00ji 61q 00370037 66o 00qt00lv 66q 00qt00lv00lc 66s 00qt00l" +
  "v00ld 66u 00qt00lv00n6 680 064g00qh 681 064h00qh 682 064i00qh 683 064j00qh 684 064k00qh 685 064l00qh" +
  " 686 064m00qh 687 064n00qh 688 064g00qh 689 064h00qh 68a 064i00qh 68b 064j00qh 68c 064k00qh 68d 064l" +
  "00qh 68e 064m00qh 68f 064n00qh 68g 065c00qh 68h 065d00qh 68i 065e00qh 68j 065f00qh 68k 065g00qh 68l " +
  "065h00qh 68m 065i00qh 68n 065j00qh 68o 065c00qh 68p 065d00qh 68q 065e00qh 68r 065f00qh 68s 065g00qh " +
  "68t 065h00qh 68u 065i00qh 68v 065j00qh 68w 067400qh 68x 067500qh 68y 067600qh 68z 067700qh 690 06780" +
  "0qh 691 067900qh 692 067a00qh 693 067b00qh 694 067400qh 695 067500qh 696 067600qh 697 067700qh 698 0" +
  "67800qh 699 067900qh 69a 067a00qh 69b 067b00qh 69e 067k00qh 69f 00q900qh 69g 00q400qh 69i 00q900n6 6" +
  "9j 00q900n600qh 69o 00q900qh 69u 067o00qh 69v 00qf00qh 69w 00q600qh 69y 00qf00n6 69z 00qf00n600qh 6a" +
  "4 00qf00qh 6aa 00qh00lk00lc 6ab 00qh00lk00ld 6ae 00qh00n6 6af 00qh00lk00n6 6aq 00qt00lk00lc 6ar 00qt" +
  "00lk00ld 6as 00qp00lv 6au 00qt00n6 6av 00qt00lk00n6 6b6 067w00qh 6b7 00qx00qh 6b8 00r200qh 6ba 00qx0" +
  "0n6 6bb 00qx00n600qh 6bg 00qx00qh 1dkw 002u002u 1dkx 002u002x 1dky 002u0030 1dkz 002u002u002x 1dl0 0" +
  "02u002u0030 1dl1 00370038 1dl2 00370038 1dlf 012s012u 1dlg 012s012d 1dlh 012s012j 1dli 0132012u 1dlj" +
  " 012s012l";

// The ASCII bits from the first runs only; the whole table is decoded on the first non-ASCII query (that
// takes a few milliseconds, which a start that never asks should not pay).
{
  let cp = 0, at = 0, flags = 0;
  while (cp < 128) {
    const sp = FLAG_RUNS.indexOf(" ", at);
    const sp2 = FLAG_RUNS.indexOf(" ", sp + 1);
    const start = cp + parseInt(FLAG_RUNS.slice(at, sp), 36);
    for (let c = cp; c < Math.min(start, 128); c++) asciiFlags[c] = flags;
    cp = start;
    flags = parseInt(FLAG_RUNS.slice(sp + 1, sp2 < 0 ? undefined : sp2), 36);
    at = sp2 + 1;
    if (sp2 < 0) break;
  }
  for (let c = cp; c < 128; c++) asciiFlags[c] = flags;
}
