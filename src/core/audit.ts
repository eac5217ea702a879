/**
 * The accountant's row-by-row view of the budget: for every plan row, its
 * budget cell, criterion, the text as typed, the amount counted (or why it is
 * not counted), the funding source, and where the sheet's own SUM stands on it
 * (counted, skipped because the cell is text, outside the SUM's range). Read
 * from the totals (amounts parsed once) and rendered in either language for
 * copying into Excel as tab-separated text. Pure.
 */
import type { Plan, RowAmount, Totals } from "./plan";
import { fundingParts, type FundingPart } from "./funding";
import { parseAddress, columnLetter } from "./grid";
import { formatAmount } from "./words";
import { t, type Lang } from "./strings";

export type SumPosition = "in" | "skipped-text" | "outside";

export interface AuditRow {
  row: number;
  /** The budget cell ("" when unknown). */
  cell: string;
  criterion: string | null;
  /** The budget as typed (a number cell with dot thousands). */
  text: string;
  /** Counted đồng, or null with `reason`. */
  amount: number | null;
  /** Why nothing is counted: parseBudget's kind ("source", "unspecified", "empty", "none", …). */
  reason: RowAmount["kind"] | null;
  sources: FundingPart[];
  /** Against the sheet's plain SUM, when the stated total is one; null otherwise. */
  sum: SumPosition | null;
}

export function auditRows(plan: Plan, totals: Pick<Totals, "rows" | "reconciliation">): AuditRow[] {
  const range = totals.reconciliation?.sum ?? null;
  return plan.rows.map((r, i) => {
    const counted = totals.rows[i];
    const amount = counted?.amount ?? null;
    let sum: SumPosition | null = null;
    if (range && amount) {
      const at = counted.cell ? parseAddress(counted.cell) : null;
      const inside = !!at && columnLetter(at.col) === range.col && at.row + 1 >= range.from && at.row + 1 <= range.to;
      sum = !inside ? "outside" : typeof r.budget === "number" ? "in" : "skipped-text";
    }
    return {
      row: r.row,
      cell: counted?.cell ?? "",
      criterion: r.criterion,
      text: counted?.text ?? "",
      amount,
      reason: amount === null ? (counted?.kind ?? "empty") : null,
      sources: counted ? fundingParts(counted, r.support ?? "") : [],
      sum,
    };
  });
}

/** The rows that explain a difference with the sheet's SUM: counted amounts the SUM does not see. */
export function differenceRows(rows: readonly AuditRow[]): AuditRow[] {
  return rows.filter((r) => r.sum === "skipped-text" || r.sum === "outside");
}

/** "không tính: chỉ ghi nguồn kinh phí" in the given language. */
export function reasonText(reason: AuditRow["reason"], lang: Lang): string {
  return t("auditReason", reason ?? "", lang);
}

/** The list as tab-separated text with a header row, for pasting into Excel. */
export function auditTsv(rows: readonly AuditRow[], lang: Lang): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, " ").trim();
  const header = [t("auditColCell", lang), t("auditColCriterion", lang), t("auditColText", lang), t("auditColAmount", lang), t("auditColSource", lang)];
  const lines = rows.map((r) => [
    r.cell,
    r.criterion ?? "",
    clean(r.text),
    r.amount !== null ? formatAmount(r.amount) : reasonText(r.reason, lang),
    r.sources.map((s) => `${t("fundingGroup", s.group, lang)}${r.sources.length > 1 ? ` ${formatAmount(s.amount)}` : ""}`).join("; "),
  ]);
  return [header, ...lines].map((l) => l.join("\t")).join("\n");
}
