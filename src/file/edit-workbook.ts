/**
 * Writing single cells into an .xlsx the user opened in the browser (the
 * review mode of the file host): the workbook is loaded whole with exceljs,
 * the named cells get their new text, and the workbook is written back;
 * everything else exceljs keeps (other sheets, formulas with their last
 * values, styles, merges, column widths, data validations, print setup)
 * stays as it was. Each edit names the text the pane showed as the old
 * value: when a cell no longer holds it, or holds a formula, nothing is
 * written (EditError says which cell).
 */
import ExcelJS from "exceljs";
import type { CellEdit } from "../host";
import { splitCell } from "../core/criterion-target";
import { parseAddress } from "../core/grid";
import { clean, fold } from "../core/text";
import { convertCellValue } from "./xlsx";

export type EditErrorCode = "missing" | "formula" | "changed" | "unreadable";

export class EditError extends Error {
  constructor(
    public readonly code: EditErrorCode,
    /** Sheet-qualified cell, "" for "unreadable". */
    public readonly cell: string,
    /** The cell's text now ("changed"). */
    public readonly now = "",
  ) {
    super(`${code} ${cell}`);
    this.name = "EditError";
  }
}

const same = (a: string, b: string) => clean(a.normalize("NFC")) === clean(b.normalize("NFC"));

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Applies the edits (sheet-qualified addresses) to the workbook bytes; answers the new bytes. All or nothing. */
export async function applyCellEdits(bytes: Uint8Array, edits: readonly CellEdit[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(toArrayBuffer(bytes));
  } catch {
    throw new EditError("unreadable", "");
  }
  const planned: { cell: ExcelJS.Cell; value: string }[] = [];
  for (const e of edits) {
    const { sheet, cell } = splitCell(e.cell, "");
    const ws = wb.worksheets.find((w) => fold(w.name.normalize("NFC")) === fold(sheet));
    const at = parseAddress(cell);
    if (!ws || !at || !e.cell.includes("!")) throw new EditError("missing", e.cell);
    const target = ws.getCell(at.row + 1, at.col + 1);
    // A merged cell is written in its top-left cell, where Excel shows the text.
    const master = target.isMerged ? target.master : target;
    const now = convertCellValue(master.value);
    if (now.formula !== null) throw new EditError("formula", e.cell);
    if (!same(now.text, e.old)) throw new EditError("changed", e.cell, now.text);
    planned.push({ cell: master, value: e.value.normalize("NFC") });
  }
  for (const p of planned) p.cell.value = p.value;
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

/** "KH CTCL 2026.xlsx" -> "KH CTCL 2026 (đã cập nhật).xlsx" (once). */
export function updatedFileName(name: string): string {
  const base = name.normalize("NFC").replace(/\.xls[xm]?$/i, "");
  const suffix = " (đã cập nhật)";
  return `${base.endsWith(suffix) ? base : base + suffix}.xlsx`;
}
