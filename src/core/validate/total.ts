/** The sheet's own "Tổng cộng" against the computed total: an error when they differ. */
import type { Issue, Plan } from "../plan";
import { rowAmount, statedTotal, sumMisses } from "../totals";
import { formatAmount } from "../words";
import { type Msg, msg } from "../messages";
import { issue } from "./common";

export function checkTotal(plan: Plan): Issue[] {
  const stated = statedTotal(plan);
  if (!stated) return [];
  let computed = 0;
  for (const r of plan.rows) computed += rowAmount(r);
  if (Math.abs(stated.amount - computed) < 0.5) return [];
  const notes: Msg[] = [];
  if (stated.sum) {
    const misses = sumMisses(plan, stated.sum);
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
