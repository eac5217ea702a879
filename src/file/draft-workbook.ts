/**
 * A 2026-form plan (Draft2026) as an .xlsx workbook, rendered with exceljs
 * from the core's layout (../core/forms/layout2026): the plan sheet with its
 * letterhead, tables IV, V (numbering row) and VI, print setup (A4 landscape,
 * one page wide, table V's header repeated), in-cell dropdowns pointing at the
 * hidden "DanhMuc" sheet, and the draft's notes as cell comments. Every value
 * is a text cell ("@"): nothing the school types becomes a formula.
 * `ctcl new`, the browser's "Tạo kế hoạch mới" and next year's draft use it.
 */
import ExcelJS from "exceljs";
import type { Draft2026 } from "../core/forms/draft";
import {
  FONT_NAME,
  STYLES,
  a1Range,
  draftCriteria,
  draftLayout,
  listSource,
  type CellStyle,
  type DraftLayout,
} from "../core/forms/layout2026";
import { t } from "../core/strings";

/** exceljs keeps a sheet's validations by address; a range address is written as one sqref (not in its typings). */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

const side = { style: "thin" as const, color: { argb: "FF000000" } };
const thin: Partial<ExcelJS.Borders> = { top: side, left: side, bottom: side, right: side };

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.font = { name: FONT_NAME, size: style.size, bold: style.bold, italic: style.italic };
  cell.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap };
  if (style.border) cell.border = thin;
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } };
}

/** Renders a layout into a new exceljs workbook (exported for tests and the convert path). */
export function renderDraftLayout(layout: DraftLayout): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KH CTCL";
  wb.created = new Date();
  const { sheet, catalogue } = layout;
  const p = sheet.print;
  const ws = wb.addWorksheet(sheet.name, {
    pageSetup: {
      orientation: p.orientation,
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      margins: p.margins,
      printTitlesRow: `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}`,
      printArea: a1Range(p.area),
      horizontalCentered: true,
    },
  });
  sheet.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.numFmt = "@";
    // Always a string cell: exceljs never reads a string as a formula.
    if (c.value !== "") cell.value = c.value;
    applyStyle(cell, STYLES[c.role]);
    if (c.note) cell.note = c.note;
  }
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const h of sheet.rowHeights) ws.getRow(h.row + 1).height = h.height;

  const list = wb.addWorksheet(catalogue.name, { state: "hidden" });
  catalogue.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = list.getCell(r + 1, c + 1);
      cell.numFmt = "@"; // codes such as "1.6" stay text
      if (v !== "") cell.value = v;
    }),
  );
  catalogue.rows[0].forEach((_, c) => (list.getColumn(c + 1).width = c === 0 ? 6 : 60));

  for (const v of sheet.validations) {
    const formula = listSource(catalogue, v.list).slice(1);
    const rule: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: v.strict,
      errorStyle: v.strict ? "stop" : "information",
    };
    if (v.strict) {
      rule.errorTitle = t("draftStatusErrorTitle", "vi");
      rule.error = t("draftStatusError", "vi");
    }
    // One rule per range: exceljs's own merging of per-cell rules sorts "B100" before
    // "B20" and writes overlapping ranges, which Excel repairs on opening.
    (ws as unknown as WithValidations).dataValidations.add(a1Range(v.range), rule);
  }
  return wb;
}

/** The draft as .xlsx bytes. */
export async function draftWorkbookBytes(draft: Draft2026): Promise<Uint8Array> {
  const wb = renderDraftLayout(draftLayout(draft, draftCriteria(draft)));
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
