/**
 * The hidden sheet "Danh mục tiêu chí" with the criteria of the plan's
 * regulation, and the in-cell dropdown on the criterion column that points at
 * it (inline lists are limited to ~255 characters). Queues operations only:
 * the plan writer syncs them with the rest of its batch.
 */
import type { Regulation } from "../core/catalogue";
import { CATALOGUE_SHEET_NAME, catalogueBlock } from "../core/plan-table";

/** "='Danh mục tiêu chí'!$A$2:$A$29" */
export function catalogueListSource(count: number): string {
  const name = CATALOGUE_SHEET_NAME.replace(/'/g, "''");
  return `='${name}'!$A$2:$A$${Math.max(2, count + 1)}`;
}

/**
 * Writes the catalogue sheet (reusing it when it exists, so lists that point at
 * it keep working) and returns the list source for the dropdown.
 */
export function queueCatalogueSheet(
  sheets: Excel.WorksheetCollection,
  existing: Excel.Worksheet | null,
  reg: Regulation,
): string {
  const block = catalogueBlock(reg);
  const ws = existing ?? sheets.add(CATALOGUE_SHEET_NAME);
  if (existing) ws.getRange().clear();
  const rows = [block.header, ...block.rows];
  const range = ws.getRangeByIndexes(0, 0, rows.length, block.header.length);
  // Codes such as "1.6" must stay text, not become the number 1.6.
  range.numberFormat = rows.map((r) => r.map(() => "@"));
  range.values = rows.map((r) => r.map((v) => String(v)));
  ws.visibility = "Hidden";
  return catalogueListSource(block.rows.length);
}

/** The dropdown on the criterion cells: any text is still allowed (schools' wording varies). */
export function queueCriterionDropdown(range: Excel.Range, source: string): void {
  range.dataValidation.clear();
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  range.dataValidation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
}
