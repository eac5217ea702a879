/**
 * The clean plan workbook of "Tải bảng kế hoạch" (file host): the same plan
 * table the Excel host writes on its "Kế hoạch CTCL" sheet, built with exceljs.
 * Text columns are stored as text (number format "@", string cells), so a
 * value like "=A1" or "- Mua sắm" stays text and never becomes a formula; the
 * amount column holds numbers ("#,##0") and the totals row an auditable
 * SUBTOTAL formula with its cached result. A plan of a 2026-form school year
 * is written on that form instead (Biểu 2: tables IV, V with its statuses, VI;
 * ./draft-workbook.ts).
 */
import ExcelJS from "exceljs";
import type { Plan, Totals } from "../core/plan";
import { amountsOf } from "../core/totals";
import { contextOf } from "../core/context";
import { draftFromPlan } from "../core/forms/layout2026";
import { draftWorkbookBytes } from "./draft-workbook";
import {
  PLAN_SHEET_NAME,
  TOTALS_LABEL,
  planColumnIndex,
  planColumnLetter,
  planTableBlock,
  planTableColumns,
  totalsRowFormula,
} from "../core/plan-table";

/** The plan table as .xlsx bytes: header in row 1, one row per plan row, a totals row. */
export async function buildPlanWorkbook(plan: Plan, totals: Totals): Promise<Uint8Array> {
  if (contextOf(plan).form === "2026") return draftWorkbookBytes(draftFromPlan(plan));
  const columns = planTableColumns(plan);
  const amounts = amountsOf(plan, totals);
  const block = planTableBlock(plan, amounts);

  const wb = new ExcelJS.Workbook();
  wb.creator = "KH CTCL";
  wb.created = new Date();
  const ws = wb.addWorksheet(PLAN_SHEET_NAME, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));

  const header = ws.getRow(1);
  block.header.forEach((title, i) => {
    const cell = header.getCell(i + 1);
    cell.value = title;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } };
    cell.border = thin;
  });

  block.rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    values.forEach((v, c) => {
      const col = columns[c];
      const cell = row.getCell(c + 1);
      if (v === null) {
        cell.value = null;
      } else if (col.numberFormat === "@") {
        // Always a string cell: exceljs never reads a string as a formula.
        cell.value = String(v);
      } else {
        cell.value = typeof v === "number" ? v : String(v);
      }
      cell.numFmt = col.numberFormat;
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.border = thin;
    });
  });

  const first = 2;
  const last = block.rows.length + 1;
  const totalsRow = ws.getRow(last + 1);
  const criterionCol = planColumnIndex("criterion", columns) + 1;
  const amountCol = planColumnIndex("amount", columns) + 1;
  const label = totalsRow.getCell(criterionCol);
  label.value = TOTALS_LABEL;
  label.font = { bold: true };
  const sum = totalsRow.getCell(amountCol);
  sum.value = { formula: totalsRowFormula(first, last, planColumnLetter("amount", columns)), result: totals.amount } as ExcelJS.CellFormulaValue;
  sum.numFmt = "#,##0";
  sum.font = { bold: true };
  for (let c = 1; c <= columns.length; c++) totalsRow.getCell(c).border = thin;

  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, last), column: columns.length } };

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

const side = { style: "thin" as const, color: { argb: "FF999999" } };
const thin: Partial<ExcelJS.Borders> = { top: side, left: side, bottom: side, right: side };
