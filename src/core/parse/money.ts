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
import { isRate, withCounts, withPeriod, type Amount } from "./money-units";
import { FUNDING_SOURCES } from "./funding-sources";

export { FUNDING_SOURCES };

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
  /(\d{1,3}(?:([., ])\d{3}(?!\d))(?:\2\d{3}(?!\d))*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:\s*(ty|ti|trieu|tr|nghin|ngan(?!\s*sach)|k|dong|d|vnd)(?![a-z0-9]))?/g;

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
