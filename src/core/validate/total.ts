/** The sheet's own "Tổng cộng" against the computed total: an error when they differ. */
import type { Issue, Plan } from "../plan";
import { reconcile } from "../totals";
import { formatAmount } from "../words";
import { type Msg, msg } from "../messages";
import { issue } from "./common";

export function checkTotal(plan: Plan): Issue[] {
  const rec = reconcile(plan);
  if (!rec || rec.matches) return [];
  const stated = { cell: rec.cell, amount: rec.stated, sum: rec.sum };
  const computed = rec.computed;
  const notes: Msg[] = [];
  if (stated.sum) {
    const misses = rec.misses ?? { text: false, outside: false };
    if (misses.text) notes.push(msg("vTotalNoteTextSkipped"));
    if (misses.outside) notes.push(msg("vTotalNoteOutsideRange"));
  }
  const note = notes.length === 2 ? msg("vJoinNotes", notes[0], notes[1]) : (notes[0] ?? "");
  return [
    issue(
      "error",
      "total-mismatch",
      stated.cell,
      msg("vTotalMismatch", formatAmount(stated.amount), formatAmount(computed), note),
      formatAmount(computed),
    ),
  ];
}
