/** The sheet's own "Tổng cộng" against the computed total: an error when they differ. */
import type { Issue, Plan } from "../plan";
import { rowAmount, statedTotal, sumMisses } from "../totals";
import { formatAmount } from "../words";
import { t } from "../strings";
import { issue } from "./common";

export function checkTotal(plan: Plan): Issue[] {
  const stated = statedTotal(plan);
  if (!stated) return [];
  let computed = 0;
  for (const r of plan.rows) computed += rowAmount(r);
  if (Math.abs(stated.amount - computed) < 0.5) return [];
  const notes: string[] = [];
  if (stated.sum) {
    const misses = sumMisses(plan, stated.sum);
    if (misses.text) notes.push(t("vTotalNoteTextSkipped"));
    if (misses.outside) notes.push(t("vTotalNoteOutsideRange"));
  }
  return [
    issue(
      "error",
      "total-mismatch",
      stated.cell,
      t("vTotalMismatch", formatAmount(stated.amount), formatAmount(computed), notes.join("; ")),
      formatAmount(computed),
    ),
  ];
}
