/**
 * The clean plan table as a 2-D block: one row per plan row, the columns the
 * add-in writes on its own sheet ("Kế hoạch CTCL") and the file export writes
 * in a clean workbook. The reader recognises this header, so the plan sheet can
 * be read back and re-validated ("Dòng gốc" and "Kinh phí (đồng)" are ignored,
 * "Mức" is the band, "Tiêu chuẩn" the standard number).
 *
 * Text stays text: planTableBlock never turns a value into a formula and never
 * rewrites it; writers must store the text columns as text (Excel number
 * format "@" set before the values, or string cells in exceljs), because
 * Excel reads a value starting with "=", "+", "-" or "@" as a formula.
 * Pure: no IO.
 */
import type { Plan } from "./plan";
import type { Regulation } from "./catalogue";
import { columnLetter } from "./grid";
import { formatAmount } from "./words";
import { standardOf } from "./totals";
import { FORM_2018, FORM_2026, columnTitle, planSheetTitle } from "./forms";

export const PLAN_SHEET_NAME = "Kế hoạch CTCL";
/** Name of the Excel table on the plan sheet (table names: letters, digits, "_", no spaces). */
export const PLAN_TABLE_NAME = "KeHoachCTCL";
/** Label of the totals row, written in the criterion column. */
export const TOTALS_LABEL = "Tổng cộng";
/** Hidden sheet holding the criteria of the plan's regulation (the dropdown's list). */
export const CATALOGUE_SHEET_NAME = "Danh mục tiêu chí";

export type PlanTableKey =
  | "source"
  | "band"
  | "standard"
  | "tt"
  | "criterion"
  | "result"
  | "actions"
  | "owner"
  | "timeline"
  | "budget"
  | "amount"
  | "support"
  | "note"
  | "indicator"
  | "evidence"
  | "status";

export interface PlanTableColumn {
  key: PlanTableKey;
  title: string;
  /** Width in characters (exceljs `width`); Office writers convert to points. */
  width: number;
  /** Excel number format: "@" text, "#,##0" amounts, "0" plain integers. */
  numberFormat: "@" | "#,##0" | "0";
}

/** The columns of the plan table, in order (2018 form and every plan); titles from ./forms. */
export const PLAN_TABLE_COLUMNS: readonly PlanTableColumn[] = [
  { key: "source", title: planSheetTitle("source"), width: 7, numberFormat: "0" },
  { key: "band", title: planSheetTitle("band"), width: 6, numberFormat: "@" },
  { key: "standard", title: planSheetTitle("standard"), width: 7, numberFormat: "0" },
  { key: "tt", title: columnTitle(FORM_2018, "tt"), width: 5, numberFormat: "@" },
  { key: "criterion", title: planSheetTitle("criterion"), width: 30, numberFormat: "@" },
  { key: "result", title: columnTitle(FORM_2018, "result"), width: 36, numberFormat: "@" },
  { key: "actions", title: columnTitle(FORM_2018, "actions"), width: 44, numberFormat: "@" },
  { key: "owner", title: columnTitle(FORM_2018, "owner"), width: 20, numberFormat: "@" },
  { key: "timeline", title: columnTitle(FORM_2018, "timeline"), width: 18, numberFormat: "@" },
  { key: "budget", title: columnTitle(FORM_2018, "budget"), width: 18, numberFormat: "@" },
  { key: "amount", title: planSheetTitle("amount"), width: 15, numberFormat: "#,##0" },
  { key: "support", title: columnTitle(FORM_2018, "support"), width: 20, numberFormat: "@" },
  { key: "note", title: columnTitle(FORM_2018, "note"), width: 14, numberFormat: "@" },
];

/** Extra columns of a 2026-form plan (TT57/2026), appended after "Ghi chú". */
export const PLAN_TABLE_COLUMNS_2026: readonly PlanTableColumn[] = [
  { key: "indicator", title: columnTitle(FORM_2026, "indicator"), width: 24, numberFormat: "@" },
  { key: "evidence", title: columnTitle(FORM_2026, "evidence"), width: 24, numberFormat: "@" },
  { key: "status", title: columnTitle(FORM_2026, "status"), width: 14, numberFormat: "@" },
];

/** The columns for a plan: the 13 columns, plus the 2026 ones for a 2026-form plan. */
export function planTableColumns(plan: Pick<Plan, "form">): readonly PlanTableColumn[] {
  return plan.form === "2026" ? [...PLAN_TABLE_COLUMNS, ...PLAN_TABLE_COLUMNS_2026] : PLAN_TABLE_COLUMNS;
}

/** 0-based index of a column key in the plan table (-1 when absent). */
export function planColumnIndex(key: PlanTableKey, columns: readonly PlanTableColumn[] = PLAN_TABLE_COLUMNS): number {
  return columns.findIndex((c) => c.key === key);
}

/** Column letter of a key when the table starts in column A ("K" for the amount). */
export function planColumnLetter(key: PlanTableKey, columns: readonly PlanTableColumn[] = PLAN_TABLE_COLUMNS): string {
  const i = planColumnIndex(key, columns);
  if (i < 0) throw new Error(`no column ${key}`);
  return columnLetter(i);
}

export type PlanTableValue = string | number | null;

export interface PlanTableBlock {
  header: string[];
  /** One row per plan row; null for an empty cell. */
  rows: PlanTableValue[][];
}

/**
 * True for text Excel would read as a formula when typed or written as a value:
 * it starts with "=", "+", "-" or "@". (A "- " bullet starts with "-" too: that
 * is why writers store text columns as text rather than escaping some values.)
 */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản". */
export function criterionLabel(code: string, name: string): string {
  const n = name.normalize("NFC").trim();
  return n ? `Tiêu chí ${code}: ${n}` : `Tiêu chí ${code}`;
}

function text(s: string | undefined | null): string | null {
  if (s === undefined || s === null) return null;
  const t = s.normalize("NFC");
  return t === "" ? null : t;
}

/**
 * The plan as a 2-D block. `amounts[i]` is the parsed amount of `plan.rows[i]`
 * (parseBudget(row.budget).amount: the figure the totals count), null when
 * the budget names none. A budget typed as a number is written as its text
 * with dot thousands in "Dự kiến kinh phí" (as shown), and as the number in
 * "Kinh phí (đồng)".
 */
export function planTableBlock(plan: Plan, amounts: readonly (number | null)[]): PlanTableBlock {
  const columns = planTableColumns(plan);
  const header = columns.map((c) => c.title);
  const rows: PlanTableValue[][] = [];
  let lastCriterionText = "";
  plan.rows.forEach((r, i) => {
    // Sub-rows carry the criterion of their first row: a table cannot merge.
    let criterionText = r.criterionText ?? "";
    if (!criterionText && r.subRow > 0) criterionText = lastCriterionText;
    if (criterionText) lastCriterionText = criterionText;
    const amount = amounts[i];
    const values: Record<PlanTableKey, PlanTableValue> = {
      source: r.row,
      band: r.band,
      standard: standardOf(r),
      tt: text(r.tt),
      criterion: text(criterionText),
      result: text(r.result),
      actions: text(r.actions),
      owner: text(r.owner),
      timeline: text(r.timeline),
      budget: typeof r.budget === "number" ? (Number.isFinite(r.budget) ? formatAmount(r.budget) : String(r.budget)) : text(r.budget),
      amount: typeof amount === "number" && Number.isFinite(amount) ? amount : null,
      support: text(r.support),
      note: text(r.note),
      indicator: text(r.indicator),
      evidence: text(r.evidence),
      status: text(r.status),
    };
    rows.push(columns.map((c) => values[c.key]));
  });
  return { header, rows };
}

/**
 * The totals formula of the amount column, without "=": SUBTOTAL(109, ...)
 * sums the visible data rows (filtered rows drop out, as in Excel's own table
 * totals) and reads as plainly as SUM for an accountant checking it.
 * Rows are 1-based sheet rows; with no data rows the range is the first row.
 */
export function totalsRowFormula(firstDataRow: number, lastDataRow: number, amountColumnLetter: string): string {
  const last = Math.max(firstDataRow, lastDataRow);
  return `SUBTOTAL(109,${amountColumnLetter}${firstDataRow}:${amountColumnLetter}${last})`;
}

/** The hidden catalogue sheet: header + one row per criterion (the dropdown lists column A). */
export function catalogueBlock(reg: Regulation): { header: string[]; rows: (string | number)[][] } {
  const header = ["Tiêu chí", "Mã", "Tên tiêu chí", "Tiêu chuẩn", "Các mức"];
  const rows: (string | number)[][] = [];
  for (const s of reg.standards) {
    for (const c of s.criteria) {
      rows.push([criterionLabel(c.code, c.name), c.code, c.name.normalize("NFC"), s.number, c.levels.join(", ")]);
    }
  }
  return { header, rows };
}
