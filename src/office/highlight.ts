/**
 * Marks the cells with issues on the plan sheet only: a light fill by severity.
 * The add-in owns the fills of the plan table's rows: each call clears them
 * and sets the current ones, so fixed cells lose their mark. Two syncs (size
 * of the sheet, then one clear + one 2-D setCellProperties block), whatever
 * the number of rows or issues.
 */
import type { Issue, Severity } from "../core/plan";
import { PLAN_SHEET_NAME } from "../core/plan-table";
import { parseAddress } from "../core/grid";
import { t, type Lang } from "../core/strings";
import { sheetOf, stripSheet } from "./address";
import { HostError, errorCode } from "./result";

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

export async function highlightIssues(context: Excel.RequestContext, issues: readonly Issue[], lang: Lang): Promise<void> {
  const ws = context.workbook.worksheets.getItem(PLAN_SHEET_NAME);
  const used = ws.getUsedRange(true);
  used.load("rowIndex,rowCount,columnIndex,columnCount");
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) === "ItemNotFound") throw new HostError(t("officePlanSheetMissing", PLAN_SHEET_NAME, lang));
    throw e;
  }
  // Rows below the header (row 1) down to the last used row; columns from A.
  const rows = used.rowIndex + used.rowCount - 1;
  const cols = used.columnIndex + used.columnCount;
  if (rows < 1 || cols < 1) return;
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
  await context.sync();
}
