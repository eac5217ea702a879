/**
 * Budget rules: never an error ("Không" is a fine answer). A text naming no
 * amount or only a source is left out of the total (info); a range counts its
 * upper bound (warning); a per-year amount counts once (info); a rate without
 * a count ("500.000đ/tháng") is not counted (info, "budget-rate"); an amount
 * per unit with its count ("20 bộ × 1.200.000đ") counts the product, silently.
 */
import type { Issue, Plan, PlanRow } from "../plan";
import { budgetOfRow } from "../parse/money";
import { formatAmount } from "../words";
import { msg } from "../messages";
import { budgetText, cellOf, issue, quote } from "./common";

export function checkBudget(plan: Plan, row: PlanRow): Issue[] {
  const b = budgetOfRow(row);
  const cell = cellOf(plan, row, "budget");
  const text = quote(budgetText(row.budget));
  const out: Issue[] = [];
  if (b.kind === "unspecified") out.push(issue("info", "budget-unspecified", cell, msg("vBudgetUnspecified", text)));
  else if (b.kind === "source") out.push(issue("info", "budget-source", cell, msg("vBudgetSource", text)));
  if (b.rate) out.push(issue("info", "budget-rate", cell, msg("vBudgetRate", text, msg("vPeriod", b.rate.per), formatAmount(b.rate.amount))));
  if (b.kind === "amount" && b.range) {
    out.push(issue("warning", "budget-range", cell, msg("vBudgetRange", text, formatAmount(b.range.high))));
  }
  if (b.kind === "amount" && b.period && b.amount !== null) {
    out.push(issue("info", "budget-period", cell, msg("vBudgetPeriod", text, msg("vPeriod", b.period), formatAmount(b.amount))));
  }
  return out;
}
