/** Text helpers shared by the reader, the parsers and the rules. Pure. */

/** NFC, trimmed, inner runs of spaces/tabs collapsed; line breaks kept. */
export function clean(s: string): string {
  return s
    .normalize("NFC")
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
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** fold() and drop punctuation, keeping letters, digits and single spaces. */
export function foldWords(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Per-character fold that keeps string length, so indices map back to the original. */
export function foldSameLength(s: string): string {
  let out = "";
  for (const ch of s) {
    const f = ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .toLowerCase();
    const g = f.length === ch.length ? f : ch.length === 1 ? "?" : ch;
    out += /\s/.test(g) ? " " : g;
  }
  return out;
}
