/**
 * Criterion references as schools write them: "Tiêu chí 1.6: Quản lý hành
 * chính, tài chính và tài sản", "Tiêu chí 1.8 ⏎Quản lý các hoạt động giáo dục",
 * "Tiêu chí 2. 1", "TC 3.2 (Mức 3)", "1.4", a level on a second line, and the
 * target level from a result text "Mức 2 – Tiếp tục ...".
 */
import { clean } from "../text";

export interface CriterionRef {
  /** "1.6" (no spaces, no leading zeros). */
  code: string;
  standard: number;
  /** Name written after the code, or null. */
  name: string | null;
  /** Level written beside the code ("(Mức 3)", "- Mức 2", a second line "Mức 3"). */
  level: number | null;
}

const CODE =
  /^\s*(?:(?:ti[eê]u\s*ch[ií]|tc)\s*(?:s[oố]\s*)?)?(\d{1,2})\s*[.,]\s*(\d{1,2})(?![\d/])\s*/iu;
const LEVEL = /\(?\s*m[ứu]c\s*(?:độ\s*)?(\d)\s*\)?/iu;
const STANDARD = /^\s*ti[eê]u\s*chu[aẩ]n\s*(\d{1,2})\b\s*[:.\-–—]?\s*/iu;

/**
 * Parses already seen, by cell text: a district sheet writes the same
 * criterion cell once per school, and the parse is a pure function of the
 * text. Texts up to 500 characters, at most 20,000 of them (then it starts
 * over); each caller gets a copy.
 */
const PARSED = new Map<string, CriterionRef | null>();

/** Parses a criterion cell; null when it names no criterion code. */
export function parseCriterionRef(input: string): CriterionRef | null {
  if (input.length > 500) return parseCriterionText(input);
  let ref = PARSED.get(input);
  if (ref === undefined) {
    if (PARSED.size >= 20_000) PARSED.clear();
    PARSED.set(input, (ref = parseCriterionText(input)));
  }
  return ref && { ...ref };
}

function parseCriterionText(input: string): CriterionRef | null {
  const text = clean(input);
  const m = CODE.exec(text);
  if (!m) return null;
  // A bare "1.6" must not be a decimal number, a date or an amount: require the
  // "Tiêu chí"/"TC" prefix, or a short code alone / followed by a separator.
  const prefixed = /^\s*(ti[eê]u\s*ch[ií]|tc)/iu.test(text);
  let rest = text.slice(m[0].length);
  if (!prefixed && rest && !/^[:.\-–—(\n]/u.test(rest)) return null;
  const standard = Number(m[1]);
  const code = `${standard}.${Number(m[2])}`;
  let level: number | null = null;
  const lm = LEVEL.exec(rest);
  if (lm) {
    level = Number(lm[1]);
    rest = (rest.slice(0, lm.index) + rest.slice(lm.index + lm[0].length)).trim();
  }
  const name = rest.replace(/^[\s:.\-–—]+/u, "").replace(/[\s:;.,\-–—]+$/u, "").replace(/\s*\n\s*/g, " ").trim();
  return { code, standard, name: name || null, level };
}

/** Target level from a result text starting "Mức 2 – …" (or "(Mức 3)"). */
export function levelFromResult(input: string): number | null {
  const m = /^\s*\(?\s*m[ứu]c\s*(\d)\s*\)?\s*[:.\-–—)]/iu.exec(clean(input));
  return m ? Number(m[1]) : null;
}

export interface StandardRef {
  number: number;
  name: string;
}

/** "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học" -> { 3, name }. */
export function parseStandardRef(input: string): StandardRef | null {
  const text = clean(input);
  const m = STANDARD.exec(text);
  if (!m) return null;
  const name = text.slice(m[0].length).replace(/\s*\n\s*/g, " ").replace(/[\s.]+$/u, "").trim();
  return { number: Number(m[1]), name };
}
