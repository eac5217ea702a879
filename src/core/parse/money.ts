/**
 * Budget cells ("Dự kiến kinh phí") as schools write them: a number cell
 * (300000000), grouped figures ("300.000.000", "300,000,000", "300 000 000"),
 * figures with a currency ("5.000.000 đồng", "1.200.000đ", "12.000.000 VNĐ"),
 * scale words ("2 tỷ đồng", "2,5 tỷ", "1 tỷ 200 triệu", "80 triệu", "80tr",
 * "500 nghìn", "500 ngàn", "500k"), per-period amounts ("15 triệu/năm",
 * "15 triệu đồng/tháng"), per-unit amounts with their count ("20 bộ ×
 * 1.200.000đ"), ranges ("20 - 30 triệu", "từ 20 đến 30 triệu"),
 * funding sources with or without an amount ("Ngân sách nhà nước",
 * "50.000.000 đồng (ngân sách)"), "Không", and free text.
 *
 * Rules:
 * - a decimal point/comma counts only before a scale word ("2,5 tỷ", "1.5 tỷ");
 *   a dot/comma followed by exactly three digits is a thousands separator;
 * - a bare figure without separators or unit is an amount only when it is the
 *   whole cell ("5000000"); so years ("Năm 2023"), percentages ("50%"), dates
 *   ("6/2023") and counts ("05 máy chiếu") are never amounts;
 * - several amounts in one cell are added up, except when one of them is the
 *   sum of the others (a total with its breakdown): then that one is taken;
 * - a range gives its upper bound as the amount;
 * - an amount per unit with its count ("500.000đ/tháng x 9 tháng", "2 đợt x 5
 *   triệu", "20 bộ × 1.200.000đ") is the product; per unit without a count
 *   ("500.000đ/tháng", "200.000đ/người") is a rate: kind "rate", not counted;
 *   per year ("15 triệu/năm") counts once (the plan covers one year);
 * - amounts above 10^15 đồng are not believed: kind "unspecified".
 * Pure: no IO.
 */
import { foldSameLength, fold, PARSE_MAX_CHARS } from "../text";
import { formatAmount, roundAmount } from "../words";

export type BudgetKind = "amount" | "none" | "source" | "unspecified" | "empty" | "rate";

export interface Budget {
  /** The cell text, NFC, trimmed ("" when empty); for a number cell, the number with dot thousands. */
  text: string;
  /** VND, integer; null unless kind === "amount". */
  amount: number | null;
  kind: BudgetKind;
  /** "năm" | "tháng" | "học kỳ" | "quý" ... when written per period ("15 triệu/năm"). */
  period?: string;
  /** "20 - 30 triệu": amount = high. */
  range?: { low: number; high: number };
  /** Funding source named, canonical ("Ngân sách nhà nước", "Ngân sách", "Xã hội hóa", ...). */
  source?: string;
  /** "500.000đ/tháng x 9 tháng", "2 đợt x 5 triệu": the amount is unit × counts. */
  product?: BudgetProduct;
  /** "500.000đ/tháng", "200.000đ/người": a rate without a count, not counted (kind "rate" when nothing else is). */
  rate?: { amount: number; per: string };
}

export interface BudgetProduct {
  /** The amount per unit (500.000). */
  unit: number;
  /** The counts multiplied in ([9]; [30, 2] for "x 30 người x 2 đợt"). */
  counts: number[];
  /** The unit of the rate as written ("tháng", "bộ"), when written. */
  per?: string;
}

/** Largest amount believed (đồng). */
const MAX_AMOUNT = 1e15;

/**
 * Funding sources, matched in order on fold()ed text; the first that matches
 * names the source. Data, not logic: add forms here.
 */
export const FUNDING_SOURCES: readonly { source: string; patterns: RegExp[] }[] = [
  { source: "Ngân sách nhà nước", patterns: [/\bngan sach nha nuoc\b/, /\bnsnn\b/] },
  { source: "Ngân sách địa phương", patterns: [/\bngan sach (?:dia phuong|xa|huyen|tinh)\b/] },
  { source: "Chi thường xuyên", patterns: [/\bchi thuong xuyen\b/, /\bnguon thuong xuyen\b/] },
  { source: "Xã hội hóa", patterns: [/\bxa hoi hoa\b/, /\bxhh(?:gd)?\b/] },
  { source: "Ngân sách", patterns: [/\bngan sach\b/] },
  { source: "Hội cha mẹ học sinh", patterns: [/\b(?:quy |kinh phi )?(?:hoi|ban dai dien) cha me hoc sinh\b/, /\b(?:bdd )?cmhs\b/, /\bphhs\b/] },
  { source: "Tài trợ", patterns: [/\btai tro\b/, /\bnha hao tam\b/, /\bmanh thuong quan\b/, /\bnguon tu thien\b/] },
  { source: "Học phí", patterns: [/\bhoc phi\b/] },
  { source: "Nguồn thu sự nghiệp", patterns: [/\bnguon thu\b/, /\bthu su nghiep\b/, /\btu chu\b/] },
];

/** Periods written after "/" or "mỗi"/"hằng", fold()ed -> canonical. */
const PERIODS: readonly [RegExp, string][] = [
  [/^nam hoc\b/, "năm học"],
  [/^nam\b/, "năm"],
  [/^thang\b/, "tháng"],
  [/^(?:hoc ky|hoc ki|hk)\b/, "học kỳ"],
  [/^quy\b/, "quý"],
  [/^tuan\b/, "tuần"],
  [/^ngay\b/, "ngày"],
  [/^dot\b/, "đợt"],
  [/^ky\b/, "kỳ"],
];

const SCALES: Record<string, number> = {
  ty: 1e9,
  ti: 1e9,
  trieu: 1e6,
  tr: 1e6,
  nghin: 1e3,
  ngan: 1e3,
  k: 1e3,
  dong: 1,
  d: 1,
  vnd: 1,
};

/**
 * A figure: thousands-grouped with one separator kind (optional decimal tail),
 * or plain digits with an optional decimal part. Then an optional unit.
 */
const FIGURE =
  /(\d{1,3}(?:([., ])\d{3}(?!\d))(?:\2\d{3}(?!\d))*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:\s*(ty|ti|trieu|tr|nghin|ngan|k|dong|d|vnd)(?![a-z0-9]))?/g;

interface Figure {
  start: number;
  end: number;
  /** Value of the digits (decimal allowed). */
  value: number;
  grouped: boolean;
  decimal: boolean;
  /** Scale of the unit, or 0 without a unit. */
  scale: number;
}

interface Amount {
  start: number;
  end: number;
  value: number;
  low?: number;
  period?: string;
  /** Written per unit ("/tháng", "/người", "mỗi bộ"): the unit as written (a period in its canonical form). */
  per?: string;
  /** A figure without a unit ("300.000.000"): may be the count of a product ("1.000 cuốn x 25.000đ"). */
  bare?: boolean;
  /** "500.000đ/tháng x 9 tháng": the counts multiplied in (value is then the product). */
  counts?: number[];
  /** The amount before the counts were multiplied in. */
  unitValue?: number;
}

function readFigure(m: RegExpExecArray): Figure {
  const digits = m[1];
  const sep = m[2];
  const unit = m[3];
  let value: number;
  let grouped = false;
  let decimal = false;
  if (sep !== undefined) {
    grouped = true;
    // Groups joined by `sep`; a trailing [.,]\d+ that is not a group is decimal.
    const tail = /[.,](\d+)$/.exec(digits);
    let intPart = digits;
    let frac = "";
    if (tail) {
      const before = digits.slice(0, tail.index);
      const lastGroupSep = digits[tail.index];
      const isGroup = lastGroupSep === sep && tail[1].length === 3;
      if (!isGroup) {
        intPart = before;
        frac = tail[1];
        decimal = true;
      }
    }
    value = Number(intPart.split(sep).join("") + (frac ? `.${frac}` : ""));
  } else {
    const d = /^(\d+)[.,](\d+)$/.exec(digits);
    if (d) {
      decimal = true;
      value = Number(`${d[1]}.${d[2]}`);
    } else {
      value = Number(digits);
    }
  }
  return {
    start: m.index,
    end: m.index + m[0].length,
    value,
    grouped,
    decimal,
    scale: unit ? SCALES[unit] : 0,
  };
}

/** Figures in fold()ed text, without dates, percentages and figures glued to letters. */
function findFigures(f: string): Figure[] {
  const out: Figure[] = [];
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(f))) {
    const start = m.index;
    const end = start + m[0].length;
    const before = f.slice(Math.max(0, start - 1), start);
    const after = f.slice(end);
    if (/[a-z0-9/]/.test(before)) continue; // "TT37", "6/2023" (the year), "B2"
    if (/^\s*%/.test(after)) continue; // "50%"
    if (/^\/\d/.test(after) || /^\s*[/-]\s*\d+\s*[/-]\s*\d/.test(after) && !m[3]) continue; // "6/2023", "15/8/2026", "15-8-2026"
    if (!m[3] && /^[a-z]/.test(after)) continue; // "3a", "2km"
    out.push(readFigure(m));
  }
  return out;
}

/** Figures -> amounts: compounds ("1 tỷ 200 triệu"), trailing currency, ranges, periods. */
function findAmounts(f: string, wholeCell: boolean, t: string = f): Amount[] {
  const figs = findFigures(f);
  const amounts: Amount[] = [];
  for (let i = 0; i < figs.length; i++) {
    const a = figs[i];
    let value: number | null = null;
    let end = a.end;
    if (a.scale > 1) {
      value = a.value * a.scale;
      // "1 tỷ 200 triệu 500 nghìn": following figures with smaller scales.
      let lastScale = a.scale;
      while (i + 1 < figs.length) {
        const b = figs[i + 1];
        if (!/^\s*$/.test(f.slice(end, b.start)) || !(b.scale > 1 && b.scale < lastScale)) break;
        value += b.value * b.scale;
        lastScale = b.scale;
        end = b.end;
        i++;
      }
    } else if (a.scale === 1) {
      if (a.decimal && !a.grouped) continue; // "2,5 đ" is no amount
      value = a.value;
    } else {
      // Bare figure: an amount when grouped ("300.000.000") or alone in the cell.
      const range = rangeAfter(f, a, figs[i + 1]);
      if (range) {
        const b = range;
        const high = b.value * Math.max(b.scale, 1);
        const low = a.value * Math.max(b.scale, 1);
        let bEnd = b.end;
        const cur = /^\s*(?:dong|d|vnd)(?![a-z])/.exec(f.slice(bEnd));
        if (cur) bEnd += cur[0].length;
        amounts.push(withPeriod(f, { start: a.start, end: bEnd, value: Math.round(Math.max(low, high)), low: Math.round(Math.min(low, high)) }, t));
        i++;
        continue;
      }
      if (a.decimal && !a.grouped) continue;
      if (!a.grouped && !(wholeCell && figs.length === 1 && /^\s*\d+[\s.]*$/.test(f))) continue;
      value = a.value;
    }
    // "2 tỷ đồng": the currency after a scale word.
    const cur = /^\s*(?:dong|d|vnd)(?![a-z])/.exec(f.slice(end));
    if (cur && a.scale > 1) end += cur[0].length;
    amounts.push(withPeriod(f, { start: a.start, end, value: Math.round(value), ...(a.scale === 0 ? { bare: true } : {}) }, t));
  }
  // Ranges between two figures that both carry units: "20 triệu - 30 triệu".
  const merged: Amount[] = [];
  for (const am of amounts) {
    const prev = merged[merged.length - 1];
    if (prev && prev.low === undefined && am.low === undefined && isRangeGap(f.slice(prev.end, am.start))) {
      merged[merged.length - 1] = {
        start: prev.start,
        end: am.end,
        value: Math.max(prev.value, am.value),
        low: Math.min(prev.value, am.value),
        period: am.period ?? prev.period,
        ...(am.per ?? prev.per ? { per: am.per ?? prev.per } : {}),
      };
    } else {
      merged.push(am);
    }
  }
  return withCounts(f, merged);
}

function isRangeGap(gap: string): boolean {
  return /^\s*(?:-|–|—|~|den|toi)\s*$/.test(gap);
}

/** "20 - 30 triệu", "từ 20 đến 30 triệu": the upper figure after a bare one. */
function rangeAfter(f: string, a: Figure, b: Figure | undefined): Figure | null {
  if (!b || a.scale !== 0 || b.scale === 0) return null;
  if (!isRangeGap(f.slice(a.end, b.start))) return null;
  if (a.decimal && b.scale <= 1) return null;
  return b;
}

/** Units written after "/" or "mỗi" that read as two words ("học sinh"); any other unit is one word. */
const UNIT = String.raw`(?:hoc sinh|giao vien|nhan vien|can bo|phong hoc|lop hoc|cong trinh|dau sach|tre em|[a-z]+)`;

function withPeriod(f: string, a: Amount, t: string): Amount {
  const m = /^\s*(?:\/|moi|hang|tren)\s*/.exec(f.slice(a.end));
  if (!m) return a;
  const at = a.end + m[0].length;
  const rest = f.slice(at);
  for (const [re, period] of PERIODS) {
    const pm = re.exec(rest);
    if (pm) return { ...a, end: at + pm[0].length, period, per: period };
  }
  // "200.000đ/người", "1.200.000đ mỗi bộ": a rate per a unit that is no period.
  if (/^\s*(?:\/|moi)/.test(m[0])) {
    const um = new RegExp(`^${UNIT}(?![a-z])`).exec(rest);
    if (um && !/^(?:x|nhan|va|hoac)$/.test(um[0])) return { ...a, end: at + um[0].length, per: t.slice(at, at + um[0].length) };
  }
  return a;
}

/** A multiplication sign: "x", "×", "*", "nhân". */
const TIMES = String.raw`(?<![a-z0-9])(?:x|\*|nhan)(?![a-z])|×`;
/** A count: "9", "20", "1.000"; not itself an amount ("5 triệu"). */
const COUNT = String.raw`(\d{1,3}(?:[.,]\d{3})+|\d{1,6})(?![.,]?\d)(?!\s*(?:ty|ti|trieu|tr|nghin|ngan|k|dong|d|vnd|%)(?![a-z0-9]))`;
const COUNT_AFTER = new RegExp(String.raw`^\s*(?:${TIMES})\s*${COUNT}(?:\s*${UNIT}(?![a-z]))?`);
const COUNT_BEFORE = new RegExp(String.raw`(?<![\d.,/])${COUNT}\s*(?:${UNIT}(?: [a-z]+){0,2}\s*)?(?:${TIMES})\s*$`);
/** "2 đợt, mỗi đợt 5 triệu": the count, then the amount per unit. */
const COUNT_EACH_BEFORE = new RegExp(String.raw`(?<![\d.,/])${COUNT}\s*${UNIT}\s*[,;:]?\s*(?:moi|mot)\s+${UNIT}\s*[:=]?\s*$`);
/** "500.000đ/tháng trong 9 tháng": a rate with its count after "trong". */
const COUNT_WITHIN_AFTER = new RegExp(String.raw`^\s*,?\s*(?:trong|x)\s*${COUNT}\s*${UNIT}(?![a-z])`);

function countValue(raw: string): number {
  return Number(raw.replace(/[.,]/g, ""));
}

/**
 * Amounts written per unit with their count: "500.000đ/tháng x 9 tháng",
 * "2 đợt x 5 triệu", "20 bộ × 1.200.000đ", chains ("200.000đ/người x 30 người
 * x 2 đợt"): the amount becomes the product. A bare figure taken as the count
 * ("1.000 cuốn x 25.000đ") is no amount of its own, and a figure stating the
 * product's result ("= 4.500.000đ") is not added again.
 */
function withCounts(f: string, amounts: Amount[]): Amount[] {
  const drop = new Set<Amount>();
  const bareAt = (pos: number): Amount | undefined => amounts.find((b) => b.start === pos && b.bare && !drop.has(b));
  for (const a of amounts) {
    if (drop.has(a)) continue;
    const counts: number[] = [];
    let end = a.end;
    let start = a.start;
    for (let m = COUNT_AFTER.exec(f.slice(end)); m; m = COUNT_AFTER.exec(f.slice(end))) {
      const pos = end + m[0].indexOf(m[1], m[0].search(/\d/));
      const b = bareAt(pos);
      if (b) drop.add(b);
      counts.push(countValue(m[1]));
      end += m[0].length;
    }
    if (a.per !== undefined && counts.length === 0) {
      const m = COUNT_WITHIN_AFTER.exec(f.slice(end));
      if (m) {
        counts.push(countValue(m[1]));
        end += m[0].length;
      }
    }
    const each = COUNT_EACH_BEFORE.exec(f.slice(0, start));
    if (each) {
      counts.push(countValue(each[1]));
      start = each.index;
    }
    for (let m = COUNT_BEFORE.exec(f.slice(0, start)); m; m = COUNT_BEFORE.exec(f.slice(0, start))) {
      const b = bareAt(m.index);
      if (b) drop.add(b);
      counts.push(countValue(m[1]));
      start = m.index;
    }
    if (counts.length === 0 || counts.some((n) => n === 0)) continue;
    a.unitValue = a.value;
    a.counts = counts;
    a.value = counts.reduce((v, n) => v * n, a.value);
    if (a.low !== undefined) a.low = counts.reduce((v, n) => v * n, a.low);
    a.start = start;
    a.end = end;
  }
  for (const p of amounts) {
    if (!p.counts || drop.has(p)) continue;
    for (const q of amounts) if (q !== p && !q.counts && q.value === p.value) drop.add(q);
  }
  return amounts.filter((a) => !drop.has(a));
}

/** A per-unit amount without its count ("500.000đ/tháng"): it cannot be totalled. Per year counts once. */
function isRate(a: Amount): boolean {
  return a.per !== undefined && !a.counts && a.period !== "năm" && a.period !== "năm học";
}

function findSource(folded: string): string | undefined {
  for (const { source, patterns } of FUNDING_SOURCES) {
    if (patterns.some((p) => p.test(folded))) return source;
  }
  return undefined;
}

const NONE =
  /^(?:khong(?: co| can| phat sinh| su dung| ton| mat| dung)?(?: kinh phi| chi phi| tien)?|0\s?(?:dong|d|vnd)?|-+|–|—)$/;

/** Parses a budget cell: a number, a text, or nothing. */
export function parseBudget(value: string | number | null | undefined): Budget {
  if (value === null || value === undefined) return { text: "", amount: null, kind: "empty" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { text: String(value), amount: null, kind: "unspecified" };
    const n = roundAmount(value);
    const text = formatAmount(n);
    if (n === 0) return { text, amount: null, kind: "none" };
    if (Math.abs(n) > MAX_AMOUNT) return { text, amount: null, kind: "unspecified" };
    return { text, amount: n, kind: "amount" };
  }
  const text = value.normalize("NFC").trim();
  if (text === "") return { text, amount: null, kind: "empty" };
  // The parser looks at the first PARSE_MAX_CHARS characters only (a budget is short; a 32,767-character cell is not one).
  const head = text.length > PARSE_MAX_CHARS ? text.slice(0, PARSE_MAX_CHARS) : text;
  const folded = fold(head);
  const source = findSource(folded);

  const bare = folded
    .replace(/\([^()]*\)/g, " ")
    .replace(/[\s.;,:!]+$/g, "")
    .replace(/^[\s.;,:]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (NONE.test(bare)) return { text, amount: null, kind: "none" };

  const f = foldSameLength(head);
  const found = findAmounts(f, true, head);
  const amounts = found.filter((a) => !isRate(a));
  const rate = found.find(isRate);
  if (amounts.length === 0 && rate) {
    const budget: Budget = { text, amount: null, kind: "rate", rate: { amount: rate.value, per: rate.per! } };
    if (source) budget.source = source;
    return budget;
  }
  if (amounts.length > 0) {
    const values = amounts.map((a) => a.value);
    const sum = values.reduce((s, v) => s + v, 0);
    // A total with its breakdown: "60.000.000 đ (40.000.000 đ NSNN, 20.000.000 đ XHH)".
    const totalIdx = amounts.length > 2 ? values.findIndex((v) => 2 * v === sum) : -1;
    const amount = totalIdx >= 0 ? values[totalIdx] : amounts.length === 1 ? values[0] : sum;
    if (amount === 0) return { text, amount: null, kind: "none" };
    if (!Number.isSafeInteger(amount) || amount > MAX_AMOUNT) return { text, amount: null, kind: "unspecified" };
    const budget: Budget = { text, amount, kind: "amount" };
    const single = totalIdx >= 0 ? amounts[totalIdx] : amounts.length === 1 ? amounts[0] : null;
    if (single?.low !== undefined) budget.range = { low: single.low, high: single.value };
    const period = amounts.find((a) => a.period && !a.counts)?.period;
    if (period) budget.period = period;
    if (single?.counts && single.unitValue !== undefined) {
      budget.product = { unit: single.unitValue, counts: single.counts, ...(single.per ? { per: single.per } : {}) };
    }
    if (rate) budget.rate = { amount: rate.value, per: rate.per! };
    if (source) budget.source = source;
    return budget;
  }
  if (source) return { text, amount: null, kind: "source", source };
  return { text, amount: null, kind: "unspecified" };
}

/**
 * parseBudget of a row's budget cell, remembered per row object while the
 * cell's value is unchanged: the rules, the totals and the stated-total check
 * all ask for the same row. Rows read anew (a fresh plan) are parsed anew.
 */
const ROW_BUDGETS = new WeakMap<object, { value: string | number | null | undefined; budget: Budget }>();

export function budgetOfRow(row: { budget: string | number | null | undefined }): Budget {
  const memo = ROW_BUDGETS.get(row);
  if (memo && memo.value === row.budget) return memo.budget;
  const budget = parseBudget(row.budget);
  ROW_BUDGETS.set(row, { value: row.budget, budget });
  return budget;
}
