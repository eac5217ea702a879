/** Selecting an issue's cell, and setting the criterion of the selected plan-table row. */
import { cellAddress } from "../core/grid";
import { PLAN_SHEET_NAME, TOTALS_LABEL, criterionLabel } from "../core/plan-table";
import { t, type Lang } from "../core/strings";
import { sheetOf, stripSheet } from "./address";
import { HEADER_SCAN_COLUMNS, headerKeys } from "./layout";
import { HostError, syncOrMissing } from "./result";

/**
 * Activates the sheet and selects the cell: 1 sync. An address naming its own
 * sheet ("'IV. Vấn đề'!C5": table IV or VI of a 2026 plan on another sheet) is
 * selected there.
 */
export async function selectCell(context: Excel.RequestContext, plansheet: string, address: string, lang: Lang): Promise<void> {
  const sheet = sheetOf(address) ?? plansheet;
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(stripSheet(address)).select();
  await syncOrMissing(context, () => t("officeSheetMissing", sheet, lang));
}

/** The text written in the criterion cell: the label when it names the criterion, else "Tiêu chí code: label". */
export function criterionCellText(code: string, label: string): string {
  const l = label.normalize("NFC").trim();
  if (/^tiêu chí\b/i.test(l)) return l;
  return criterionLabel(code, l);
}

/**
 * Sets the criterion cell of every selected row of the plan table (the header
 * and the totals row excepted): 2 syncs (where the selection and the columns
 * are, then one block write).
 */
export async function insertCriterion(context: Excel.RequestContext, code: string, label: string, lang: Lang): Promise<{ cell: string }> {
  const selected = context.workbook.getSelectedRange();
  selected.load("rowIndex,rowCount");
  const selectedSheet = selected.worksheet;
  selectedSheet.load("name");
  const ws = context.workbook.worksheets.getItem(PLAN_SHEET_NAME);
  const header = ws.getRangeByIndexes(0, 0, 1, HEADER_SCAN_COLUMNS);
  header.load("values");
  const last = ws.getUsedRange(true).getLastRow();
  last.load("rowIndex,values");
  await syncOrMissing(context, () => t("officePlanSheetMissing", PLAN_SHEET_NAME, lang));
  const keys = headerKeys(header.values[0] ?? []);
  const col = keys.criterion;
  if (col === undefined) throw new HostError(t("officePlanTableMissing", PLAN_SHEET_NAME, lang));
  if (selectedSheet.name !== PLAN_SHEET_NAME) throw new HostError(t("officeSelectPlanRow", PLAN_SHEET_NAME, lang));
  const lastIsTotals = String(last.values[0]?.[col] ?? "").trim() === TOTALS_LABEL;
  const lastData = lastIsTotals ? last.rowIndex - 1 : last.rowIndex;
  const first = Math.max(1, selected.rowIndex);
  const end = Math.min(lastData, selected.rowIndex + selected.rowCount - 1);
  if (end < first) throw new HostError(t("officeSelectPlanRow", PLAN_SHEET_NAME, lang));
  const text = criterionCellText(code, label);
  const n = end - first + 1;
  const range = ws.getRangeByIndexes(first, col, n, 1);
  const rows = new Array(n).fill(null);
  range.numberFormat = rows.map(() => ["@"]);
  range.values = rows.map(() => [text]);
  await context.sync();
  return { cell: n === 1 ? cellAddress(first, col) : `${cellAddress(first, col)}:${cellAddress(end, col)}` };
}
