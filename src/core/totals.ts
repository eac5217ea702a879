/**
 * Budget totals: the sum of every row's amount (sub-rows each count; a range
 * counts its upper bound, a per-period amount once), by standard and by level
 * band, and the sheet's own "Tổng cộng" as Excel would show it. Pure.
 */
import type { Plan, PlanRow, Totals } from "./plan";
import { budgetOfRow, parseBudget } from "./parse/money";
import { amountInWords } from "./words";

/** A plain "SUM(G10:G27)" (absolute refs allowed) in one column. */
export function parseSumFormula(formula: string): { col: string; from: number; to: number } | null {
  const m = /^\s*=?\s*SUM\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)\s*$/i.exec(formula);
  if (!m || m[1].toUpperCase() !== m[3].toUpperCase()) return null;
  const a = Number(m[2]);
  const b = Number(m[4]);
  return { col: m[1].toUpperCase(), from: Math.min(a, b), to: Math.max(a, b) };
}

/** Column letters of an A1 address. */
function columnOf(cell: string | undefined): string | null {
  const m = cell ? /^\$?([A-Z]{1,3})\$?\d+$/i.exec(cell) : null;
  return m ? m[1].toUpperCase() : null;
}

function rowNumberOf(cell: string | undefined): number | null {
  const m = cell ? /^\$?[A-Z]{1,3}\$?(\d+)$/i.exec(cell) : null;
  return m ? Number(m[1]) : null;
}

/** Sheet row and column of a row's budget cell. */
function budgetCell(plan: Plan, row: PlanRow): { col: string | null; row: number } {
  const cell = row.cells.budget;
  return {
    col: columnOf(cell) ?? plan.header.columns.budget?.toUpperCase() ?? null,
    row: rowNumberOf(cell) ?? row.row,
  };
}

/** Counted amount of one row (0 when none). */
export function rowAmount(row: PlanRow): number {
  return budgetOfRow(row).amount ?? 0;
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
export function sumMisses(plan: Plan, sum: { col: string; from: number; to: number }): { text: boolean; outside: boolean } {
  let text = false;
  let outside = false;
  for (const r of plan.rows) {
    const amount = rowAmount(r);
    if (amount === 0) continue;
    const at = budgetCell(plan, r);
    if (at.col !== sum.col || at.row < sum.from || at.row > sum.to) outside = true;
    else if (typeof r.budget !== "number") text = true;
  }
  return { text, outside };
}

function standardOf(row: PlanRow): number | null {
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
  for (const r of plan.rows) {
    const budget = budgetOfRow(r);
    const a = budget.amount ?? 0;
    amount += a;
    const std = standardOf(r);
    if (std !== null) byStandard[String(std)] = (byStandard[String(std)] ?? 0) + a;
    if (r.band) byBand[r.band] = (byBand[r.band] ?? 0) + a;
    if (budget.kind === "source" || budget.kind === "unspecified") {
      const cell = r.cells.budget ?? (plan.header.columns.budget ? `${plan.header.columns.budget}${r.row}` : "");
      if (cell && !uncounted.includes(cell)) uncounted.push(cell);
    }
  }
  const stated = statedTotal(plan);
  return {
    amount,
    words: amountInWords(amount),
    byStandard: sortKeys(byStandard),
    byBand: sortKeys(byBand),
    stated: stated ? { cell: stated.cell, amount: stated.amount } : null,
    uncounted,
  };
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
  return Object.entries(amounts).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }));
}
