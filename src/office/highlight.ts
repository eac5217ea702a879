/**
 * Marks the cells with issues on the plan sheet only: a light fill by severity.
 * The add-in owns the fills of the plan table's rows: each call clears them
 * and sets the current ones, so fixed cells lose their mark. Two syncs (size
 * of the sheet, then one clear + one 2-D setCellProperties block), whatever
 * the number of rows or issues; one when the size was just read.
 */
import type { Issue, Severity } from "../core/plan";
import { PLAN_SHEET_NAME } from "../core/plan-table";
import { parseAddress } from "../core/grid";
import { t, type Lang } from "../core/strings";
import { sheetOf, stripSheet } from "./address";
import { syncOrMissing } from "./result";
import type { UsedExtent } from "./snapshot";

export const ISSUE_FILLS: Record<Severity, string> = {
  error: "#F8D0D3",
  warning: "#FFF1C2",
  info: "#DCEBFA",
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Cell -> strongest severity, for issues on the plan sheet (or with no sheet named). */
export function issueCells(issues: readonly Issue[]): Map<string, { row: number; col: number; severity: Severity }> {
  const out = new Map<string, { row: number; col: number; severity: Severity }>();
  for (const i of issues) {
    const sheet = sheetOf(i.cell);
    if (sheet !== null && sheet.normalize("NFC") !== PLAN_SHEET_NAME) continue;
    const at = parseAddress(stripSheet(i.cell).split(":")[0]);
    if (!at) continue;
    const key = `${at.row},${at.col}`;
    const prev = out.get(key);
    if (!prev || RANK[i.severity] > RANK[prev.severity]) out.set(key, { ...at, severity: i.severity });
  }
  return out;
}

/**
 * `known`: the plan sheet's used extent as read moments ago (the host passes it
 * right after reading the plan sheet, to save the first sync); otherwise it is
 * asked for.
 */
export async function highlightIssues(context: Excel.RequestContext, issues: readonly Issue[], lang: Lang, known?: UsedExtent): Promise<void> {
  const ws = context.workbook.worksheets.getItem(PLAN_SHEET_NAME);
  const missing = () => t("officePlanSheetMissing", PLAN_SHEET_NAME, lang);
  let extent = known;
  if (!extent) {
    const used = ws.getUsedRange(true);
    used.load("rowIndex,rowCount,columnIndex,columnCount");
    await syncOrMissing(context, missing);
    extent = { bottom: used.rowIndex + used.rowCount, right: used.columnIndex + used.columnCount };
  }
  // Rows below the header (row 1) down to the last used row; columns from A.
  const rows = extent.bottom - 1;
  const cols = extent.right;
  if (rows < 1 || cols < 1) {
    if (known) await syncOrMissing(context, missing); // still say so when the sheet is gone
    return;
  }
  const cells = issueCells(issues);
  const props: Excel.SettableCellProperties[][] = [];
  for (let r = 0; r < rows; r++) props.push(new Array(cols).fill(null).map(() => ({})));
  let marked = 0;
  for (const c of cells.values()) {
    if (c.row < 1 || c.row > rows || c.col >= cols) continue;
    props[c.row - 1][c.col] = { format: { fill: { color: ISSUE_FILLS[c.severity] } } };
    marked++;
  }
  const body = ws.getRangeByIndexes(1, 0, rows, cols);
  body.format.fill.clear();
  if (marked > 0) body.setCellProperties(props);
  await syncOrMissing(context, missing);
}
