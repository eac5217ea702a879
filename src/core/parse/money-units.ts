/**
 * Budgets written per unit, for parse/money.ts: a rate per period or per unit
 * ("500.000đ/tháng", "200.000đ/người") and its counts ("x 9 tháng", "2 đợt x",
 * "20 bộ ×", "2 đợt, mỗi đợt …", "… trong 9 tháng") multiplied in. An amount
 * per unit without its count is a rate (not counted); per year counts once.
 * Works on fold()ed, same-length text. Pure.
 */

/** An amount found in a budget text (positions in the folded text). */
export interface Amount {
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

/** Periods written after "/" or "mỗi"/"hằng", fold()ed -> canonical. */
export const PERIODS: readonly [RegExp, string][] = [
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

/** Units written after "/" or "mỗi" that read as two words ("học sinh"); any other unit is one word. */
const UNIT = String.raw`(?:hoc sinh|giao vien|nhan vien|can bo|phong hoc|lop hoc|cong trinh|dau sach|tre em|[a-z]+)`;

export function withPeriod(f: string, a: Amount, t: string): Amount {
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
const COUNT = String.raw`(\d{1,3}(?:[.,]\d{3})+|\d{1,6})(?![.,]?\d)(?!\s*(?:ty|ti|trieu|tr|nghin|ngan(?!\s*sach)|k|dong|d|vnd|%)(?![a-z0-9]))`;
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
export function withCounts(f: string, amounts: Amount[]): Amount[] {
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
export function isRate(a: Amount): boolean {
  return a.per !== undefined && !a.counts && a.period !== "năm" && a.period !== "năm học";
}

