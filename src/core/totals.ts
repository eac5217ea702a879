/**
 * Budget totals: the sum of every row's amount (sub-rows each count; a range
 * counts its upper bound, a per-year amount once, an amount per unit with its
 * count the product, a rate without a count nothing), by standard and by level
 * band, and the sheet's own "Tổng cộng" as Excel would show it. Pure.
 */
import type { Plan, PlanRow, RowAmount, TotalReconciliation, Totals } from "./plan";
import { budgetOfRow, parseBudget } from "./parse/money";
import { amountInWords } from "./words";
import { columnLetter, parseAddress } from "./grid";
import { fundingBreakdown } from "./funding";

/** A plain "SUM(G10:G27)" (absolute refs allowed) in one column. */
export function parseSumFormula(formula: string): { col: string; from: number; to: number } | null {
  const m = /^\s*=?\s*SUM\(\s*([^():,\s]+)\s*:\s*([^():,\s]+)\s*\)\s*$/i.exec(formula);
  const a = m ? parseAddress(m[1]) : null;
  const b = m ? parseAddress(m[2]) : null;
  if (!a || !b || a.col !== b.col) return null;
  return { col: columnLetter(a.col), from: Math.min(a.row, b.row) + 1, to: Math.max(a.row, b.row) + 1 };
}

/** Column letters of an A1 address. */
function columnOf(cell: string | undefined): string | null {
  const at = cell ? parseAddress(cell) : null;
  return at ? columnLetter(at.col) : null;
}

/** Sheet row and column of a row's budget cell. */
function budgetCell(plan: Plan, row: PlanRow): { col: string | null; row: number } {
  const at = row.cells.budget ? parseAddress(row.cells.budget) : null;
  return {
    col: at ? columnLetter(at.col) : (plan.header.columns.budget?.toUpperCase() ?? null),
    row: at ? at.row + 1 : row.row,
  };
}

/** Each row's budget, parsed once (parseBudget via budgetOfRow), in plan.rows order. */
export function rowAmounts(plan: Plan): RowAmount[] {
  return plan.rows.map((r) => {
    const b = budgetOfRow(r);
    const out: RowAmount = {
      row: r.row,
      cell: r.cells.budget ?? (plan.header.columns.budget ? `${plan.header.columns.budget}${r.row}` : ""),
      text: b.text,
      amount: b.amount,
      kind: b.kind,
    };
    if (b.range) out.range = b.range;
    if (b.period) out.period = b.period;
    if (b.source) out.source = b.source;
    if (b.product) out.product = b.product;
    if (b.rate) out.rate = b.rate;
    return out;
  });
}

export interface StatedTotalValue {
  cell: string;
  amount: number;
  /** How the amount was found. */
  from: "typed" | "cached" | "evaluated" | "text";
  /** The plain SUM range, when the total is one. */
  sum: { col: string; from: number; to: number } | null;
}

/**
 * The sheet's own total as Excel shows it: a typed number, a formula's cached
 * value, a plain SUM over the budget column evaluated here when there is no
 * cached value (number cells only: SUM skips text such as "5.000.000 đồng"),
 * or a typed text like "400.000.000 đồng". Null when unknown.
 */
export function statedTotal(plan: Plan): StatedTotalValue | null {
  const total = plan.total;
  if (!total) return null;
  const sum = total.formula ? parseSumFormula(total.formula) : null;
  if (total.amount !== null && Number.isFinite(total.amount)) {
    return { cell: total.cell, amount: total.amount, from: total.formula ? "cached" : "typed", sum };
  }
  if (total.formula) {
    const budgetCol = columnOf(total.cell) ?? plan.header.columns.budget?.toUpperCase() ?? null;
    if (!sum || sum.col !== budgetCol) return null;
    let amount = 0;
    for (const r of plan.rows) {
      if (typeof r.budget !== "number") continue;
      const at = budgetCell(plan, r);
      if (at.col === sum.col && at.row >= sum.from && at.row <= sum.to) amount += r.budget;
    }
    return { cell: total.cell, amount, from: "evaluated", sum };
  }
  if (total.text.trim()) {
    const b = parseBudget(total.text);
    if (b.amount !== null) return { cell: total.cell, amount: b.amount, from: "text", sum: null };
  }
  return null;
}

/** Rows whose budget a plain SUM would miss: text amounts, or cells outside its range. */
function sumMisses(plan: Plan, rows: readonly RowAmount[], sum: { col: string; from: number; to: number }): { text: boolean; outside: boolean } {
  let text = false;
  let outside = false;
  plan.rows.forEach((r, i) => {
    if (!rows[i].amount) return;
    const at = budgetCell(plan, r);
    if (at.col !== sum.col || at.row < sum.from || at.row > sum.to) outside = true;
    else if (typeof r.budget !== "number") text = true;
  });
  return { text, outside };
}

/**
 * The stated total against the sum of `rows` (rowAmounts(plan) when not
 * given); null when the sheet states no total. The one place the two are compared.
 */
export function reconcile(plan: Plan, rows: readonly RowAmount[] = rowAmounts(plan)): TotalReconciliation | null {
  const stated = statedTotal(plan);
  if (!stated) return null;
  const computed = rows.reduce((s, r) => s + (r.amount ?? 0), 0);
  const difference = stated.amount - computed;
  return {
    cell: stated.cell,
    stated: stated.amount,
    from: stated.from,
    computed,
    difference,
    matches: Math.abs(difference) < 0.5,
    sum: stated.sum,
    misses: stated.sum ? sumMisses(plan, rows, stated.sum) : null,
  };
}

/** A row's standard: its own, else the first part of its criterion code. */
export function standardOf(row: PlanRow): number | null {
  if (row.standard !== null) return row.standard;
  const n = row.criterion ? Number(row.criterion.split(".")[0]) : NaN;
  return Number.isFinite(n) ? n : null;
}

export function computeTotals(plan: Plan): Totals {
  let amount = 0;
  const byStandard: Record<string, number> = {};
  const byBand: Record<string, number> = {};
  const uncounted: string[] = [];
  for (const b of plan.bands) byBand[b.band] ??= 0;
  const rows = rowAmounts(plan);
  plan.rows.forEach((r, i) => {
    const counted = rows[i];
    const a = counted.amount ?? 0;
    amount += a;
    const std = standardOf(r);
    if (std !== null) byStandard[String(std)] = (byStandard[String(std)] ?? 0) + a;
    if (r.band) byBand[r.band] = (byBand[r.band] ?? 0) + a;
    if ((counted.kind === "source" || counted.kind === "unspecified" || counted.kind === "rate") && counted.cell && !uncounted.includes(counted.cell)) {
      uncounted.push(counted.cell);
    }
  });
  const reconciliation = reconcile(plan, rows);
  return {
    amount,
    words: amountInWords(amount),
    byStandard: sortKeys(byStandard),
    byBand: sortKeys(byBand),
    stated: reconciliation ? { cell: reconciliation.cell, amount: reconciliation.stated } : null,
    uncounted,
    rows,
    reconciliation,
    bySource: fundingBreakdown(plan, rows).bySource,
  };
}

/**
 * The counted amount of each of `plan.rows`, read from `totals.rows` by sheet
 * row (null when the totals do not know the row): what the sheet writers put
 * in the amounts column.
 */
export function amountsOf(plan: Plan, totals: Pick<Totals, "rows">): (number | null)[] {
  const byRow = rowAmountIndex(totals);
  return plan.rows.map((r) => byRow.get(r.row)?.amount ?? null);
}

/** totals.rows by sheet row. */
export function rowAmountIndex(totals: Pick<Totals, "rows">): Map<number, RowAmount> {
  return new Map(totals.rows.map((r) => [r.row, r]));
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(orderedEntries(o));
}

/**
 * The entries of byStandard or byBand in reading order (standards 1, 2, …;
 * "1-3" before "4"). An object cannot keep that order itself: JavaScript puts
 * integer-like keys ("4") before the others ("1-3").
 */
export function orderedEntries(amounts: Record<string, number>): [string, number][] {
  return Object.entries(amounts).sort(([a], [b]) => compareKeys(a, b));
}

/** A standard number ("3") or a band ("1-3"), without leading zeros. */
const PLAIN_KEY = /^(?:0|[1-9]\d{0,14})(?:-(?:0|[1-9]\d{0,14}))?$/;

/**
 * a.localeCompare(b, "en", { numeric: true }), the same order: standard
 * numbers and bands are compared number by number here (every call of
 * localeCompare with options builds an ICU collator, a few ms each in a
 * fresh process); any other key goes through one collator made once.
 */
function compareKeys(a: string, b: string): number {
  if (PLAIN_KEY.test(a) && PLAIN_KEY.test(b)) {
    const [a1, a2] = a.split("-");
    const [b1, b2] = b.split("-");
    if (a1 !== b1) return Number(a1) - Number(b1);
    if (a2 === b2) return 0;
    if (a2 === undefined || b2 === undefined) return a2 === undefined ? -1 : 1;
    return Number(a2) - Number(b2);
  }
  return (collator ??= new Intl.Collator("en", { numeric: true })).compare(a, b);
}
let collator: Intl.Collator | undefined;
