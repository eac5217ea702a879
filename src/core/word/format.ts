/**
 * Text helpers of the Word generator: dates, numbers, the "Số:" line, the
 * recipients list, splitting typed text into paragraphs, and a width estimate
 * of Times New Roman text (for the rule under the Tiêu ngữ). Pure.
 */

/** Unicode NFC, line breaks as "\n". */
export function nfc(s: string | null | undefined): string {
  return (s ?? "").normalize("NFC").replace(/\r\n?/g, "\n");
}

const BLANK = "\u00a0".repeat(5);

/**
 * "ngày 05 tháng 01 năm 2027" from "2027-01-05": day < 10 and months 1-2 with a
 * leading zero (Nghị định 30). Blank or unreadable dates give room to write by hand.
 */
export function dateWords(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec((iso ?? "").trim());
  if (!m) return `ngày${BLANK}tháng${BLANK}năm 20…`;
  const day = Number(m[3]);
  const month = Number(m[2]);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${m[1]}`;
}

/** "Sam Mứn, ngày 10 tháng 10 năm 2022"; "…, ngày     tháng     năm 20…" when nothing is known. */
export function placeAndDate(place: string, iso: string): string {
  const p = nfc(place).trim();
  return `${p || "…"}, ${dateWords(iso)}`;
}

/**
 * The "Số:" line. "95/KH-MNSM" -> "Số: 95/KH-MNSM"; blank -> "Số:      /KH-"
 * (room for the number given at signing); "/KH-MNSM" or "KH-MNSM" (the suffix
 * only) -> "Số:      /KH-MNSM".
 */
export function numberLine(number: string): string {
  return `Số: ${numberText(number)}`;
}

/** The number itself, with room for the figure when only the suffix is known. */
export function numberText(number: string): string {
  const n = nfc(number).trim();
  if (!n) return `${BLANK}/KH-`;
  if (n.startsWith("/")) return `${BLANK}${n}`;
  if (/^KH\b/i.test(n)) return `${BLANK}/${n}`;
  return n;
}

/**
 * Recipients as written in "Nơi nhận:": "- X;" each, the last "- X.".
 * Leading dashes and trailing ";"/"." typed by the user are dropped first.
 */
export function recipientLines(items: readonly string[]): string[] {
  const clean = items
    .map((x) => nfc(x).trim().replace(/^[-–•+]\s*/, "").replace(/[;.,]+$/, "").trim())
    .filter((x) => x.length > 0);
  return clean.map((x, i) => `- ${x}${i === clean.length - 1 ? "." : ";"}`);
}

/** Paragraphs of typed text: one per non-empty line, spaces at the ends trimmed. */
export function textParagraphs(text: string): string[] {
  return nfc(text)
    .split("\n")
    .map((l) => l.replace(/[\t ]+$/g, "").replace(/^[\t ]+/g, ""))
    .filter((l) => l.length > 0);
}

/** Lines of a table cell: line breaks kept, empty lines dropped. */
export function cellLines(text: string): string[] {
  const lines = nfc(text)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  return lines.length ? lines : [""];
}

/**
 * A sub-heading line of a section text: "1. Hiệu trưởng – Chủ tịch Hội đồng tự
 * đánh giá" (a short numbered line not ending like a sentence) is set bold.
 */
export function isSubHeading(line: string): boolean {
  return /^\d{1,2}\.\s+\S/.test(line) && line.length <= 90 && !/[;.,:]$/.test(line.trim());
}

// Advance widths of Times New Roman (Adobe Times-Roman and Times-Bold metrics,
// 1/1000 em; Liberation Serif has the same). Vietnamese letters count as their
// base letter, ơ and ư a little wider for the horn; others count as 556.
const TIMES_BOLD: Record<string, number> = {
  " ": 250, "-": 333, "–": 500, ",": 250, ".": 250, ":": 333, ";": 333, "&": 833, "/": 278, "(": 333, ")": 333, "%": 1000,
  "0": 500, "1": 500, "2": 500, "3": 500, "4": 500, "5": 500, "6": 500, "7": 500, "8": 500, "9": 500,
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556, l: 278, m: 833,
  n: 556, o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944,
  N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  "ơ": 560, "ư": 640, "Ơ": 840, "Ư": 800,
};
const TIMES_ROMAN: Record<string, number> = {
  " ": 250, "-": 333, "–": 500, ",": 250, ".": 250, ":": 278, ";": 278, "&": 778, "/": 278, "(": 333, ")": 333, "%": 833,
  "0": 500, "1": 500, "2": 500, "3": 500, "4": 500, "5": 500, "6": 500, "7": 500, "8": 500, "9": 500,
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  "ơ": 560, "ư": 590, "Ơ": 800, "Ư": 800,
};

function width(table: Record<string, number>, text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text.normalize("NFC")) {
    const base = table[ch] !== undefined ? ch : ch.normalize("NFD").replace(/[\u0300-\u031a\u031c-\u0323]/g, "").normalize("NFC");
    const c = base === "đ" ? "d" : base === "Đ" ? "D" : base;
    em += table[c] ?? table[c.normalize("NFD")[0]] ?? 556;
  }
  return Math.round((em / 1000) * sizePt * 20);
}

/** Width in twips of a line of Times New Roman Bold at `sizePt`. */
export function timesBoldWidth(text: string, sizePt: number): number {
  return width(TIMES_BOLD, text, sizePt);
}

/** Width in twips of a line of Times New Roman (regular) at `sizePt`. */
export function timesWidth(text: string, sizePt: number): number {
  return width(TIMES_ROMAN, text, sizePt);
}

const UNIT = /\s(?=(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)\s)/gu;

/**
 * A letterhead line too wide for its column, cut before its last place ("SỞ
 * GIÁO DỤC VÀ ĐÀO TẠO" / "TỈNH HÀ GIANG") rather than inside a place name
 * ("…TỈNH HÀ" / "GIANG"); as it is when it fits or has no place to cut at.
 */
export function letterheadLines(line: string, widthTwips: number, measure: (s: string) => number): string[] {
  if (measure(line) <= widthTwips) return [line];
  const cuts = [...line.matchAll(UNIT)].map((m) => m.index!).filter((i) => i > 0 && measure(line.slice(0, i)) <= widthTwips);
  if (!cuts.length) return [line];
  const at = cuts[cuts.length - 1];
  return [line.slice(0, at).trim(), line.slice(at).trim()];
}

/** The year before a school year: "2026-2027" -> "2025-2026"; null when unreadable. */
export function previousSchoolYear(schoolYear: string | null | undefined): string | null {
  const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec((schoolYear ?? "").trim());
  if (!m) return null;
  return `${Number(m[1]) - 1}-${Number(m[2]) - 1}`;
}

/** "2026-2027" as written in the subject line (en dash or hyphen kept as a hyphen). */
export function schoolYearText(schoolYear: string | null | undefined): string {
  const s = nfc(schoolYear ?? "").trim();
  const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(s);
  return m ? `${m[1]}-${m[2]}` : s;
}
