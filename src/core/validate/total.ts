/** The sheet's own "Tổng cộng" against the computed total: an error when they differ. */
import type { Issue, Plan } from "../plan";
import { reconcile } from "../totals";
import { formatAmount } from "../words";
import { t } from "../strings";
import { issue } from "./common";

export function checkTotal(plan: Plan): Issue[] {
  const rec = reconcile(plan);
  if (!rec || rec.matches) return [];
  const stated = { cell: rec.cell, amount: rec.stated, sum: rec.sum };
  const computed = rec.computed;
  const notes: string[] = [];
  if (stated.sum) {
    const misses = rec.misses ?? { text: false, outside: false };
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
