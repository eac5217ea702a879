/**
 * Timeline cells ("Thời gian thực hiện và hoàn thành") as schools write them:
 * school years ("Năm học 2022-2023", "Trong năm học 2022 – 2023", a bare
 * "2026-2027"), months ("Tháng 6/2023", "tháng 06 năm 2023"), quarters
 * ("Quý 2/2027", "Quý III/2026"), semesters ("Học kỳ I năm học 2026-2027",
 * "HK2"), calendar years ("Năm 2027"), multi-year periods ("Giai đoạn
 * 2026-2030"), ranges ("Từ 9/2026 đến 4/2027", "Từ tháng 8 năm 2025 đến tháng 5
 * năm 2026.", "Từ 15/8/2026 đến 30/4/2027", "Tháng 10/2026 - tháng 1/2027"),
 * deadlines ("Hoàn thành tháng 9/2025", "Trước 30/9/2026") and recurring work
 * ("Thường xuyên", "Cả năm", "Hằng tháng", "... và các năm học tiếp theo").
 *
 * Conventions (documented for the rules module):
 * - a school year "Y-(Y+1)" runs from "Y-09" to "(Y+1)-05";
 *   học kỳ I = "Y-09".."(Y+1)-01", học kỳ II = "(Y+1)-01".."(Y+1)-05";
 * - a multi-year period "giai đoạn A-B" (or a bare "A-B" spanning more than one
 *   year) runs from "A-09" to "B-05", like school years;
 * - a calendar year "Năm 2027" runs "2027-01".."2027-12"; quarters are calendar
 *   quarters;
 * - a month without a year takes it from the other end of its range, else from
 *   the plan's school year (months 8-12 -> first calendar year, 1-7 -> second);
 * - a deadline ("Trước 30/9/2026", "chậm nhất", "hạn") has start null;
 *   "Hoàn thành tháng 9/2025" is read as that month (start = end);
 * - text without a date that speaks of the school year ("Trong năm học",
 *   "Cả năm", "Thường xuyên", "Hằng tháng") takes the plan's school year when
 *   one is given;
 * - ongoing: "Thường xuyên", "Cả năm (học)", "Hằng tháng/tuần/năm", "Liên tục",
 *   "Định kỳ", "... và các năm (học) tiếp theo".
 * Being outside the plan's school year is NOT a problem here; the rules module
 * compares start/end with the plan year.
 * Pure: no IO.
 */
import { fold, PARSE_MAX_CHARS } from "../text";

export interface TimelineProblem {
  code: "bad-year" | "bad-month" | "bad-day" | "not-a-school-year" | "ends-before-start";
  /** Vietnamese, e.g. "năm 205". */
  detail: string;
}

export interface Timeline {
  text: string;
  /** "YYYY-MM" */
  start: string | null;
  /** "YYYY-MM" */
  end: string | null;
  /** "Thường xuyên", "Cả năm", "... và các năm (học) tiếp theo". */
  ongoing: boolean;
  /** false when nothing date-like was understood (free text). */
  recognized: boolean;
  problems: TimelineProblem[];
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** A month as a single number: year * 12 + (month - 1). */
type Mon = number;

interface Atom {
  pos: number;
  end: number;
  /** null when the date is known to be there but could not be placed in time. */
  start: Mon | null;
  stop: Mon | null;
  /** A month without a year (to be completed from a neighbour or the plan year). */
  monthOnly?: number;
  deadline?: boolean;
}

const mon = (y: number, m: number): Mon => y * 12 + (m - 1);
const show = (v: Mon): string => `${Math.floor(v / 12)}-${String((v % 12) + 1).padStart(2, "0")}`;
const showVi = (v: Mon): string => `tháng ${(v % 12) + 1}/${Math.floor(v / 12)}`;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function parseSchoolYear(s: string | null | undefined): number | null {
  if (!s) return null;
  const m = /(\d{4})\s*[-–—/]\s*(\d{4})/.exec(s.normalize("NFC"));
  if (!m) return null;
  const a = Number(m[1]);
  return Number(m[2]) === a + 1 ? a : null;
}

function schoolYearSpan(y: number): [Mon, Mon] {
  return [mon(y, 9), mon(y + 1, 5)];
}

/** Second year of a pair "2022-23" / "2022-2023". */
function secondYear(first: number, raw: string): number {
  if (raw.length === 2) {
    const c = Math.floor(first / 100) * 100 + Number(raw);
    return c < first ? c + 100 : c;
  }
  return Number(raw);
}

interface Ctx {
  f: string;
  /** fold()ed text with consumed spans blanked out. */
  rest: string;
  atoms: Atom[];
  problems: TimelineProblem[];
  planYear: number | null;
  recognized: boolean;
}

/** Global copies of the (fixed set of) patterns, by source: a literal is a new object per call. */
const GLOBAL = new Map<string, RegExp>();

/**
 * Runs `re` over what is left of the text and blanks each hit out. `fn` returns
 * an atom, null for a date that is written but wrong (kept as an unknown atom,
 * so that ranges keep their shape), or undefined for a keyword.
 */
function consume(ctx: Ctx, re: RegExp, fn: (m: RegExpExecArray) => Atom | null | void): void {
  let g = GLOBAL.get(re.source);
  if (!g) GLOBAL.set(re.source, (g = new RegExp(re.source, "g")));
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  const hits: RegExpExecArray[] = [];
  while ((m = g.exec(ctx.rest))) {
    hits.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  if (hits.length === 0) return;
  // The matches are blanked out of `rest` in one pass (linear in its length).
  const pieces: string[] = [];
  let from = 0;
  for (const h of hits) {
    const atom = fn(h);
    ctx.recognized = true;
    if (atom) ctx.atoms.push(atom);
    else if (atom === null) ctx.atoms.push({ pos: h.index, end: h.index + h[0].length, start: null, stop: null });
    pieces.push(ctx.rest.slice(from, h.index), " ".repeat(h[0].length));
    from = h.index + h[0].length;
  }
  pieces.push(ctx.rest.slice(from));
  ctx.rest = pieces.join("");
}

/** Year check; pushes a problem and returns false when the year is not believable. */
function goodYear(ctx: Ctx, raw: string): boolean {
  const y = Number(raw);
  if (raw.length !== 4 || y < MIN_YEAR || y > MAX_YEAR) {
    ctx.problems.push({ code: "bad-year", detail: `năm ${raw}` });
    return false;
  }
  return true;
}

function goodMonth(ctx: Ctx, m: number, raw: string): boolean {
  if (m < 1 || m > 12) {
    ctx.problems.push({ code: "bad-month", detail: `tháng ${raw}` });
    return false;
  }
  return true;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const DEADLINE_BEFORE = /\b(?:truoc|cham nhat|han chot|han|khong qua)\s*(?:ngay|thang)?\s*$/;

function isDeadline(ctx: Ctx, pos: number): boolean {
  return DEADLINE_BEFORE.test(ctx.f.slice(Math.max(0, pos - 20), pos));
}

/** Year of a school-year-relative month (8-12 -> first calendar year). */
function yearInSchoolYear(sy: number, month: number): number {
  return month >= 8 ? sy : sy + 1;
}

function semesterSpan(sy: number, n: number): [Mon, Mon] {
  return n === 1 ? [mon(sy, 9), mon(sy + 1, 1)] : [mon(sy + 1, 1), mon(sy + 1, 5)];
}

/** Parses a timeline cell. `planSchoolYear` ("2025-2026") fills in "Trong năm học", "HK2", "tháng 9". */
export function parseTimeline(text: string, planSchoolYear?: string | null): Timeline {
  const t = (text ?? "").normalize("NFC").trim();
  // Only the first PARSE_MAX_CHARS characters are looked at (a timeline is short).
  const f = fold(t.length > PARSE_MAX_CHARS ? t.slice(0, PARSE_MAX_CHARS) : t).replace(/[‐‑‒–—―]/g, "-");
  const ctx: Ctx = { f, rest: f, atoms: [], problems: [], planYear: parseSchoolYear(planSchoolYear), recognized: false };
  let ongoing = false;

  // Ongoing markers first, so that "các năm học tiếp theo" is not read as a school year.
  consume(ctx, /\b(?:va|cung nhu|,)?\s*(?:cac|nhung)\s+nam(?:\s+hoc)?\s+(?:tiep theo|sau|ke tiep)\b/, () => {
    ongoing = true;
  });
  consume(ctx, /\b(?:thuong xuyen|lien tuc|dinh ky|suot (?:ca )?nam(?: hoc)?|hang (?:thang|tuan|ngay|nam|quy|ky|hoc ky)|hang nam hoc)\b/, () => {
    ongoing = true;
  });

  // Day-precise dates: "15/8/2026", "15-8-2026", "ngày 15 tháng 8 năm 2026".
  const day = (m: RegExpExecArray, d: string, mo: string, y: string): Atom | null => {
    const dn = Number(d);
    const mn = Number(mo);
    if (!goodMonth(ctx, mn, mo)) return null;
    if (!goodYear(ctx, y)) return null;
    const yn = Number(y);
    if (dn < 1 || dn > daysIn(yn, mn)) ctx.problems.push({ code: "bad-day", detail: `ngày ${d}/${mo}/${y}` });
    const v = mon(yn, mn);
    return { pos: m.index, end: m.index + m[0].length, start: v, stop: v, deadline: isDeadline(ctx, m.index) };
  };
  consume(ctx, /(?<![\d/.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/])/, (m) => day(m, m[3], m[2], m[1])); // ISO "2026-09-30"
  consume(ctx, /\bngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{1,5})\b/, (m) => day(m, m[1], m[2], m[3]));
  consume(ctx, /(?<![\d/.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2,5})(?![\d/])/, (m) => day(m, m[1], m[3], m[4]));

  // Semesters: "Học kỳ I năm học 2026-2027", "HK2", "học kì 1".
  consume(
    ctx,
    /\b(?:hoc\s*k[yi]|hk)\s*(ii|i|1|2)(?![a-z0-9])(?:\s*[,(]?\s*(?:nam hoc|nh)?\s*(\d{4})\s*-\s*(\d{4}|\d{2})(?!\d)\)?)?/,
    (m) => {
      const n = ROMAN[m[1]] ?? Number(m[1]);
      let sy: number | null = ctx.planYear;
      if (m[2]) {
        const a = Number(m[2]);
        const b = secondYear(a, m[3]);
        if (!goodYear(ctx, m[2])) return null;
        if (b !== a + 1) {
          ctx.problems.push({ code: "not-a-school-year", detail: `năm học ${m[2]}-${m[3]}` });
          return null;
        }
        sy = a;
      }
      const pos = m.index;
      const end = m.index + m[0].length;
      if (sy === null) return { pos, end, start: null, stop: null };
      const [s, e] = semesterSpan(sy, n);
      return { pos, end, start: s, stop: e };
    },
  );

  // Quarters: "Quý 2/2027", "Quý III/2026", "quý 3 năm 2026", "Quý IV".
  consume(ctx, /\bquy\s*(iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\s*(?:[/.-]|nam)\s*(\d{1,5}))?/, (m) => {
    const q = ROMAN[m[1]] ?? Number(m[1]);
    const first = (q - 1) * 3 + 1;
    let y: number | null = null;
    if (m[2]) {
      if (!goodYear(ctx, m[2])) return null;
      y = Number(m[2]);
    } else if (ctx.planYear !== null) {
      y = yearInSchoolYear(ctx.planYear, first >= 7 ? 8 : 1);
    }
    const pos = m.index;
    const end = m.index + m[0].length;
    if (y === null) return { pos, end, start: null, stop: null };
    return { pos, end, start: mon(y, first), stop: mon(y, first + 2) };
  });

  // Year pairs: "Năm học 2022-2023", "Giai đoạn 2026-2030", a bare "2026-2027".
  consume(ctx, /\b(giai doan|nam hoc|nam|nh)?\s*(?<![\d/])(\d{3,5})\s*-\s*(\d{4}|\d{2})(?![\d/])/, (m) => {
    const prefix = m[1] ?? "";
    const a = Number(m[2]);
    const okA = goodYear(ctx, m[2]);
    const bRaw = m[3];
    const b = okA ? secondYear(a, bRaw) : Number(bRaw);
    if (okA && bRaw.length === 2 && b !== a + 1) {
      ctx.problems.push({ code: "not-a-school-year", detail: `năm học ${m[2]}-${bRaw}` });
      return null;
    }
    const okB = bRaw.length === 2 || goodYear(ctx, bRaw);
    if (!okA || !okB) return null;
    const pos = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    if (b === a + 1) {
      const [s, e] = schoolYearSpan(a);
      return { pos, end, start: s, stop: e };
    }
    if (prefix === "giai doan" || (prefix === "" && b > a + 1)) {
      return { pos, end, start: mon(a, 9), stop: mon(b, 5) };
    }
    ctx.problems.push({ code: "not-a-school-year", detail: `năm học ${m[2]}-${bRaw}` });
    return b > a ? { pos, end, start: mon(a, 9), stop: mon(b, 5) } : null;
  });

  // Months with a year: "tháng 6/2023", "tháng 06 năm 2023", "tháng 8 năm 205", "9/2026".
  const month = (m: RegExpExecArray, mo: string, y: string): Atom | null => {
    const okM = goodMonth(ctx, Number(mo), mo);
    const okY = goodYear(ctx, y);
    if (!okM || !okY) return null;
    const v = mon(Number(y), Number(mo));
    return { pos: m.index, end: m.index + m[0].length, start: v, stop: v, deadline: isDeadline(ctx, m.index) };
  };
  consume(ctx, /\bthang\s*(\d{1,2})\s*(?:[/.-]|,?\s*nam)\s*(\d{1,5})(?![\d/])/, (m) => month(m, m[1], m[2]));
  consume(ctx, /(?<![\d/.])(\d{1,2})\s*[/.]\s*(\d{4})(?![\d/])/, (m) => month(m, m[1], m[2]));

  // Months without a year: "tháng 9" (completed below).
  consume(ctx, /\bthang\s*(\d{1,2})(?![\d/])/, (m) => {
    const mn = Number(m[1]);
    if (!goodMonth(ctx, mn, m[1])) return null;
    return { pos: m.index, end: m.index + m[0].length, start: null, stop: null, monthOnly: mn, deadline: isDeadline(ctx, m.index) };
  });

  // Calendar years: "Năm 2027", "năm 205", a bare "2027".
  consume(ctx, /\bnam\s*(\d{3,5})(?![\d/])/, (m) => {
    if (!goodYear(ctx, m[1])) return null;
    const y = Number(m[1]);
    return { pos: m.index, end: m.index + m[0].length, start: mon(y, 1), stop: mon(y, 12), deadline: isDeadline(ctx, m.index) };
  });
  consume(ctx, /(?<![\d/.,])(199\d|20\d\d|2100)(?![\d/.,])/, (m) => {
    const y = Number(m[1]);
    return { pos: m.index, end: m.index + m[0].length, start: mon(y, 1), stop: mon(y, 12), deadline: isDeadline(ctx, m.index) };
  });

  // The school year without a year: "Trong năm học", "Cả năm học", "Cả năm", "năm học này".
  let wholeYear = false;
  consume(ctx, /\b(?:ca nam(?: hoc)?|trong nam(?: hoc)?|nam hoc(?: nay)?)\b/, (m) => {
    if (/^ca nam/.test(m[0])) ongoing = true;
    wholeYear = true;
  });
  // Start/end of the school year: "Đầu năm học", "Cuối năm học" (consumed above as "nam hoc").
  const early = /\bdau nam hoc\b/.test(f);
  const late = /\bcuoi nam hoc\b/.test(f);

  const atoms = ctx.atoms.sort((a, b) => a.pos - b.pos);
  completeMonths(ctx, atoms);

  let start: Mon | null = null;
  let end: Mon | null = null;
  const placed = atoms.filter((a) => a.start !== null && a.stop !== null);
  const ranged = atoms.length > 1 && atoms.every((a, i) => i === 0 || isRangeGap(f.slice(atoms[i - 1].end, a.pos)));
  if (ranged) {
    // "Từ A đến B": A and B as written, even when one of them is unknown ("năm 205").
    start = atoms[0].start;
    end = atoms[atoms.length - 1].stop;
    if (start !== null && end !== null && end < start) {
      ctx.problems.push({ code: "ends-before-start", detail: `${showVi(end)} trước ${showVi(start)}` });
    }
  } else if (placed.length > 0) {
    start = Math.min(...placed.map((a) => a.start as number));
    end = Math.max(...placed.map((a) => a.stop as number));
    if (placed.length === 1 && placed[0].deadline) start = null;
  } else if (atoms.length === 0 && ctx.planYear !== null && (wholeYear || ongoing)) {
    [start, end] = schoolYearSpan(ctx.planYear);
    if (early) end = start + 1;
    if (late) start = end - 1;
  }

  return {
    text: t,
    start: start === null ? null : show(start),
    end: end === null ? null : show(end),
    ongoing,
    recognized: ctx.recognized,
    problems: ctx.problems,
  };
}

function isRangeGap(gap: string): boolean {
  return /^\s*(?:-|~|den|toi|cho den)\s*(?:het\s*)?$/.test(gap);
}

/** Gives months without a year the year of the other end of their range, else of the plan's school year. */
function completeMonths(ctx: Ctx, atoms: Atom[]): void {
  atoms.forEach((a, i) => {
    if (a.monthOnly === undefined) return;
    const next = atoms[i + 1];
    const prev = atoms[i - 1];
    let v: Mon | null = null;
    if (next && next.start !== null && isRangeGap(ctx.f.slice(a.end, next.pos))) {
      const ny = Math.floor(next.start / 12);
      const nm = (next.start % 12) + 1;
      v = mon(a.monthOnly <= nm ? ny : ny - 1, a.monthOnly);
    } else if (prev && prev.stop !== null && isRangeGap(ctx.f.slice(prev.end, a.pos))) {
      const py = Math.floor(prev.stop / 12);
      const pm = (prev.stop % 12) + 1;
      v = mon(a.monthOnly >= pm ? py : py + 1, a.monthOnly);
    } else if (ctx.planYear !== null) {
      v = mon(yearInSchoolYear(ctx.planYear, a.monthOnly), a.monthOnly);
    }
    if (v !== null) {
      a.start = v;
      a.stop = v;
    }
  });
}
