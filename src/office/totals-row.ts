/**
 * The totals row of the plan table: Excel's own table totals row, "Tổng cộng"
 * in the criterion column and SUBTOTAL(109, K2:Kn) (an A1 range an accountant
 * can follow) under "Kinh phí (đồng)". Two syncs: find the table, write.
 */
import { cellAddress, columnLetter } from "../core/grid";
import { PLAN_SHEET_NAME, TOTALS_LABEL, totalsRowFormula } from "../core/plan-table";
import { t, type Lang } from "../core/strings";
import { headerKeys } from "./layout";
import { HostError } from "./result";
import { errorCode } from "../core/errors";

export interface TotalsLayout {
  /** 0-based sheet row of the first data row and the number of data rows. */
  firstRow: number;
  rowCount: number;
  /** 0-based sheet column of the table's first column, and its width. */
  firstCol: number;
  colCount: number;
  /** 0-based offsets inside the table. */
  amountOffset: number;
  labelOffset: number;
}

/**
 * Queues the totals row of a table (no sync). With `wholeRow` every cell of
 * the row is written (Excel fills a fresh totals row with its own defaults);
 * otherwise only the label and the amount cells, keeping what the user added.
 */
export function queueTotalsRow(table: Excel.Table, layout: TotalsLayout, wholeRow: boolean): { cell: string; formula: string } {
  table.showTotals = true;
  const totalRow = layout.firstRow + layout.rowCount;
  const amountCol = layout.firstCol + layout.amountOffset;
  const formula = `=${totalsRowFormula(layout.firstRow + 1, layout.firstRow + layout.rowCount, columnLetter(amountCol))}`;
  const total = table.getTotalRowRange();
  if (wholeRow) {
    const formats: string[] = [];
    const cells: (string | number)[] = [];
    for (let i = 0; i < layout.colCount; i++) {
      formats.push(i === layout.amountOffset ? "#,##0" : "General");
      cells.push(i === layout.amountOffset ? formula : i === layout.labelOffset ? TOTALS_LABEL : "");
    }
    total.numberFormat = [formats];
    total.formulas = [cells];
  } else {
    const label = total.getCell(0, layout.labelOffset);
    label.numberFormat = [["General"]];
    label.values = [[TOTALS_LABEL]];
    const amount = total.getCell(0, layout.amountOffset);
    amount.numberFormat = [["#,##0"]];
    amount.formulas = [[formula]];
  }
  total.format.font.bold = true;
  return { cell: cellAddress(totalRow, amountCol), formula };
}

/** Writes or refreshes the totals row of the plan sheet's table: 2 syncs. */
export async function writeTotalsRow(context: Excel.RequestContext, lang: Lang): Promise<{ cell: string; formula: string }> {
  const ws = context.workbook.worksheets.getItem(PLAN_SHEET_NAME);
  const table = ws.tables.getItemAt(0);
  table.load("name,showTotals");
  const header = table.getHeaderRowRange();
  header.load("values");
  const body = table.getDataBodyRange();
  body.load("rowIndex,rowCount,columnIndex,columnCount");
  try {
    await context.sync();
  } catch (e) {
    throw await planSheetOrTableMissing(context, e, lang);
  }
  const keys = headerKeys(header.values[0] ?? []);
  if (keys.amount === undefined) throw new HostError(t("officePlanTableMissing", PLAN_SHEET_NAME, lang));
  const layout: TotalsLayout = {
    firstRow: body.rowIndex,
    rowCount: body.rowCount,
    firstCol: body.columnIndex,
    colCount: body.columnCount,
    amountOffset: keys.amount,
    labelOffset: keys.criterion ?? 0,
  };
  const out = queueTotalsRow(table, layout, !table.showTotals);
  await context.sync();
  return out;
}

/**
 * After a failed lookup of the plan sheet's table: the sentence saying which
 * is missing (one more sync, on this failure path only), or the error itself.
 */
export async function planSheetOrTableMissing(context: Excel.RequestContext, e: unknown, lang: Lang): Promise<unknown> {
  const code = errorCode(e);
  if (code !== "ItemNotFound" && code !== "InvalidArgument" && code !== "GeneralException") return e;
  const sheet = context.workbook.worksheets.getItemOrNullObject(PLAN_SHEET_NAME);
  sheet.load("name");
  await context.sync();
  return new HostError(t(sheet.isNullObject ? "officePlanSheetMissing" : "officePlanTableMissing", PLAN_SHEET_NAME, lang));
}
