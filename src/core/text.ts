/** Text helpers shared by the reader, the parsers and the rules. Pure. */

/**
 * Characters of a cell the value parsers (budget, timeline, owner) look at:
 * the first 2,000. A budget, a timeline or an owner is a line or two; a cell
 * may hold 32,767 characters, and no parser should spend more than linear
 * time on it. The cell's whole text is kept (and shown) all the same.
 */
export const PARSE_MAX_CHARS = 2_000;

/**
 * Results of clean() and fold() remembered by text: both are pure functions of
 * their argument, and a plan repeats the same short texts thousands of times
 * (a 5,000-row district sheet: clean 66,812 calls on 8,941 distinct texts, fold
 * 36,203 on 8,739), each read by the reader, the rules and the totals. Texts
 * up to MEMO_MAX_TEXT characters only; each memo is emptied when the texts it
 * holds reach MEMO_MAX_CHARS characters in all, so it never grows past a few MB.
 */
const MEMO_MAX_TEXT = 2_000;
const MEMO_MAX_CHARS = 4_000_000;

interface Memo {
  map: Map<string, string>;
  chars: number;
}

function memoized(memo: Memo, s: string, compute: (s: string) => string): string {
  if (s.length > MEMO_MAX_TEXT) return compute(s);
  let v = memo.map.get(s);
  if (v === undefined) {
    v = compute(s);
    if (memo.chars >= MEMO_MAX_CHARS) {
      memo.map.clear();
      memo.chars = 0;
    }
    memo.map.set(s, v);
    memo.chars += s.length + v.length;
  }
  return v;
}

const CLEANED: Memo = { map: new Map(), chars: 0 };
const FOLDED_TEXTS: Memo = { map: new Map(), chars: 0 };

/** NFC, trimmed, inner runs of spaces/tabs collapsed; line breaks kept. */
export function clean(s: string): string {
  return s === "" ? s : memoized(CLEANED, s, cleanText);
}

function cleanText(s: string): string {
  const n = s.normalize("NFC");
  // Most cells need nothing more: no CR, tab, no-break space, double space,
  // white space at a line's or the text's ends.
  if (!/[\r\t\u00a0]| {2}|\s\n|\n\s|^\s|\s$/.test(n)) return n;
  return n
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\u00a0 ]+/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .trim();
}

/**
 * Folds text for matching: no diacritics (đ -> d), lower case, any white space
 * (line breaks included) collapsed to one space, trimmed.
 */
export function fold(s: string): string {
  return s === "" ? s : memoized(FOLDED_TEXTS, s, foldText);
}

function foldText(s: string): string {
  // Folded pieces are gathered in a small buffer and joined a block at a
  // time: adding to a string one character at a time builds a chain of
  // ~40-byte string objects, which for a 20 MB cell is close to a gigabyte.
  let out = "";
  const block: string[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      space = out.length > 0 || block.length > 0;
      continue;
    }
    const f = c < 128 ? (c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i]) : foldCode(c, s[i]);
    if (f === "") continue;
    if (space) {
      block.push(" ");
      space = false;
    }
    block.push(f);
    if (block.length >= 4096) {
      out += block.join("");
      block.length = 0;
    }
  }
  return block.length ? out + block.join("") : out;
}

/** The code units JavaScript's \s matches (white space and line terminators). */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * One code unit folded (diacritics off, đ -> d, lower case), remembered by
 * code below U+2000 (Latin, combining marks, Vietnamese letters): a pure
 * function of the character. Surrogates and the rest are folded each time.
 */
const FOLDED: (string | undefined)[] = [];

function foldCode(c: number, ch: string): string {
  if (c >= 0x2000) return slowFold(ch);
  let f = FOLDED[c];
  if (f === undefined) FOLDED[c] = f = slowFold(ch);
  return f;
}

function slowFold(ch: string): string {
  return ch
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** fold() and drop punctuation, keeping letters, digits and single spaces. */
export function foldWords(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Per-character fold that keeps string length, so indices map back to the original. */
export function foldSameLength(s: string): string {
  // Joined a block at a time, as in fold().
  let out = "";
  const block: string[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (isSpaceCode(c)) {
      block.push(" ");
    } else {
      const f = ch.length === 1 ? (c < 128 ? ch.toLowerCase() : foldCode(c, ch)) : slowFold(ch);
      // Folding never yields white space, so lengths are all that can change.
      block.push(f.length === ch.length ? f : ch.length === 1 ? "?" : ch);
    }
    if (block.length >= 4096) {
      out += block.join("");
      block.length = 0;
    }
  }
  return block.length ? out + block.join("") : out;
}
