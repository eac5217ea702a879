/**
 * Writing single cells of a 2026-form plan (Biểu 2) in the school's own sheets:
 * the criterion picker into tables IV and V, and the review mode's edits
 * (statuses of table V, the table VI row of a period). The decisions are the
 * pane's and core's (../core/criterion-target, ../ui/review-mode): this module
 * only reads the cells' current text and writes.
 *
 * Nothing is overwritten silently: every edit names the text the pane showed
 * as the old value; when a cell no longer holds it (the user typed since the
 * plan was read) or holds a formula, nothing at all is written and the answer
 * says which cell. Text is written as text ("@") when Excel would take it for
 * a formula ("- …", "=…"), else as a plain value so the cell keeps its format.
 */
import type { CellEdit } from "../host";
import { t, type Lang } from "../core/strings";
import { clean } from "../core/text";
import { startsLikeFormula } from "../core/plan-table";
import { qualifiedCell, splitCell, targetCells, targetText, type CriterionTargets } from "../core/criterion-target";
import { HostError, syncOrMissing } from "./result";
import { parseArea } from "./address";

const same = (a: string, b: string) => clean(a.normalize("NFC")) === clean(b.normalize("NFC"));

interface Loaded {
  sheet: string;
  cell: string;
  range: Excel.Range;
}

function queueLoad(context: Excel.RequestContext, sheet: string, cell: string): Loaded {
  const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
  range.load("values,formulas");
  return { sheet, cell, range };
}

function currentText(l: Loaded): string {
  const v = l.range.values?.[0]?.[0];
  return v === null || v === undefined ? "" : String(v).normalize("NFC");
}

function hasFormula(l: Loaded): boolean {
  const f = l.range.formulas?.[0]?.[0];
  return typeof f === "string" && f.startsWith("=");
}

function queueWrite(l: Loaded, value: string): void {
  if (startsLikeFormula(value)) l.range.numberFormat = [["@"]];
  l.range.values = [[value]];
}

/**
 * Writes the edits (sheet-qualified addresses) after checking that each cell
 * still holds `old`: 2 syncs. Answers the number of cells written.
 */
export async function writeCells(context: Excel.RequestContext, edits: readonly CellEdit[], lang: Lang): Promise<{ cells: number }> {
  if (edits.length === 0) return { cells: 0 };
  const loaded = edits.map((e) => {
    if (!e.cell.includes("!")) throw new HostError(t("officeCellNeedsSheet", e.cell, lang));
    const { sheet, cell } = splitCell(e.cell, "");
    const box = parseArea(cell);
    if (!box || box.top !== box.bottom || box.left !== box.right) throw new HostError(t("officeCellNeedsSheet", e.cell, lang));
    return { edit: e, at: queueLoad(context, sheet, cell) };
  });
  await syncOrMissing(context, () => t("officeCellsMissing", lang));
  for (const { edit, at } of loaded) {
    if (hasFormula(at)) throw new HostError(t("officeCellHasFormula", qualifiedCell(at.sheet, at.cell), lang));
    const now = currentText(at);
    if (!same(now, edit.old)) throw new HostError(t("officeCellChanged", qualifiedCell(at.sheet, at.cell), now, lang));
  }
  for (const { edit, at } of loaded) queueWrite(at, edit.value.normalize("NFC"));
  await context.sync();
  return { cells: loaded.length };
}

/**
 * The criterion picker on a 2026-form plan: the cells of table IV or V on the
 * selected rows get the criterion (see ../core/criterion-target): 3 syncs
 * (the selection, the cells' text, the write). A selection on no row of the
 * two tables writes nothing and says where to click.
 */
export async function insertCriterion2026(
  context: Excel.RequestContext,
  code: string,
  name: string,
  targets: CriterionTargets,
  lang: Lang,
): Promise<{ cell: string }> {
  const selected = context.workbook.getSelectedRange();
  selected.load("rowIndex,rowCount");
  const ws = selected.worksheet;
  ws.load("name");
  await context.sync();
  const top = selected.rowIndex + 1;
  const cells = targetCells(targets, ws.name.normalize("NFC"), top, top + selected.rowCount - 1);
  if (cells.length === 0) throw new HostError(t("officeSelect2026Row", lang));
  const loaded = cells.map((c) => ({ target: c, at: queueLoad(context, c.sheet, c.cell) }));
  await syncOrMissing(context, () => t("officeCellsMissing", lang));
  const written: string[] = [];
  // The rows as read must still be there: text typed or rows inserted since would put the criterion on the wrong row.
  for (const { target, at } of loaded) {
    if (target.expected !== undefined && !same(currentText(at), target.expected)) {
      throw new HostError(t("officeCellChanged", qualifiedCell(target.sheet, target.cell), currentText(at), lang));
    }
  }
  for (const { target, at } of loaded) {
    if (hasFormula(at)) continue;
    const text = targetText(target.kind, currentText(at), code, name, targets);
    if (text === null) continue;
    queueWrite(at, text);
    written.push(target.sheet === ws.name ? target.cell : qualifiedCell(target.sheet, target.cell));
  }
  if (written.length === 0) throw new HostError(t("officeCriterionAlreadyThere", code, lang));
  await context.sync();
  return { cell: written.join(", ") };
}
