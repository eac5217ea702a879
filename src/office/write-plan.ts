/**
 * Writes the clean plan table on its own sheet ("Kế hoạch CTCL"), never
 * touching the sheet the plan was read from. A plan of a 2026-form school
 * year gets the Biểu 2 tables instead (./write-draft.ts, same swap).
 *
 * No data loss: the table is built on a new sheet ("Kế hoạch CTCL (đang
 * ghi)"); only when everything is written, the old plan sheet is deleted and
 * the new one renamed, at the end of the same batch. Excel runs a batch in
 * order and stops at the first failure, so a failure while writing leaves the
 * old plan sheet as it was (the half-written new sheet is then removed), and a
 * failure in the swap is reported exactly.
 *
 * Syncs: 1 (what exists) + 1 (the whole write) for plans whose text fits in
 * one request; larger texts are written in ~4 MB blocks (Excel on the web caps
 * a request at 5 MB), one sync each, before the swap. A failure costs up to 2
 * more syncs (inspect, clean up).
 */
import type { Plan, Totals } from "../core/plan";
import { contextOf } from "../core/context";
import { amountsOf } from "../core/totals";
import {
  CATALOGUE_SHEET_NAME,
  PLAN_SHEET_NAME,
  PLAN_TABLE_NAME,
  planColumnIndex,
  planTableBlock,
  planTableColumns,
  type PlanTableValue,
} from "../core/plan-table";
import type { Lang } from "../core/strings";
import { queueCatalogueSheet, queueCriterionDropdown } from "./catalogue";
import { widthPoints } from "./layout";
import { HostError } from "./result";
import { queueTotalsRow } from "./totals-row";
import { TEMP_SHEET_NAME, explainFailure } from "./plan-swap";
import { writeDraftPlanSheet } from "./write-draft";
import { draftFromPlan } from "../core/forms/layout2026";

export { TEMP_SHEET_NAME };

export const TEMP_TABLE_NAME = "KeHoachCTCL_moi";
/** Bytes of values written per sync (JSON estimate), under the 5 MB request cap. */
export const WRITE_BYTES_PER_SYNC = 4_000_000;

export interface WritePlanResult {
  sheet: string;
  rows: number;
  /** Worksheet id of the new plan sheet (change events are filtered on it). */
  sheetId: string;
}

function jsonBytes(v: unknown): number {
  // UTF-16 length is close enough to UTF-8 bytes for a budget (Vietnamese letters: 2 bytes in UTF-8).
  const s = JSON.stringify(v);
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n++;
  return n;
}

/** Row slices of the data block, each under `maxBytes` (at least one row each). */
export function sliceRows(rows: PlanTableValue[][], maxBytes: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const b = jsonBytes(rows[i]) + 20 * rows[i].length;
    if (i > start && bytes + b > maxBytes) {
      out.push({ start, end: i });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  out.push({ start, end: rows.length });
  return out;
}

export async function writePlanSheet(context: Excel.RequestContext, plan: Plan, totals: Totals, lang: Lang): Promise<WritePlanResult> {
  // A plan of a 2026-form year: the Biểu 2 tables (IV, V with its statuses, VI) instead of the 2018 table.
  if (contextOf(plan).form === "2026") return writeDraftPlanSheet(context, draftFromPlan(plan), plan.sheet, lang);
  const columns = planTableColumns(plan);
  const amounts = amountsOf(plan, totals);
  const block = planTableBlock(plan, amounts);
  const nRows = block.rows.length;
  const nCols = columns.length;
  const dataRows = Math.max(1, nRows); // an Excel table needs one data row

  // Sync 1: what exists.
  const sheets = context.workbook.worksheets;
  const old = sheets.getItemOrNullObject(PLAN_SHEET_NAME);
  old.load("name,position,id");
  const leftover = sheets.getItemOrNullObject(TEMP_SHEET_NAME);
  leftover.load("name");
  const catalogue = sheets.getItemOrNullObject(CATALOGUE_SHEET_NAME);
  catalogue.load("name");
  const source = sheets.getItemOrNullObject(plan.sheet);
  source.load("name,position");
  const namedTable = context.workbook.tables.getItemOrNullObject(PLAN_TABLE_NAME);
  namedTable.load("name");
  await context.sync();
  const hadOld = !old.isNullObject;
  const oldId = hadOld ? old.id : null;
  // The table name is free when no table has it, or (as it should be) the old plan sheet's table has it.
  const renameTable = namedTable.isNullObject || hadOld;

  const formats = columns.map((c) => c.numberFormat as string);
  const cell = (v: PlanTableValue) => (v === null ? "" : v); // null would mean "leave as is"
  const slices = sliceRows(block.rows, WRITE_BYTES_PER_SYNC);

  let ws: Excel.Worksheet | null = null;
  try {
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
    if (!leftover.isNullObject) leftover.delete();
    ws = sheets.add(TEMP_SHEET_NAME);
    ws.load("id");
    // Header, then the rows in as few blocks as the payload cap allows. The
    // text columns get the Text format ("@") before their values, so nothing
    // becomes a formula ("=1+1", "+84...", "- bullet" stay as typed).
    const headerRange = ws.getRangeByIndexes(0, 0, 1, nCols);
    headerRange.numberFormat = [columns.map(() => "@")];
    headerRange.values = [block.header];
    for (let s = 0; s < slices.length; s++) {
      const { start, end } = slices[s];
      if (end > start) {
        const range = ws.getRangeByIndexes(1 + start, 0, end - start, nCols);
        const rows = block.rows.slice(start, end);
        range.numberFormat = rows.map(() => formats);
        range.values = rows.map((r) => r.map(cell));
      }
      if (s < slices.length - 1) await context.sync(); // only for texts over ~4 MB
    }
    if (nRows === 0) {
      const empty = ws.getRangeByIndexes(1, 0, 1, nCols);
      empty.numberFormat = [formats];
    }

    const tableRange = ws.getRangeByIndexes(0, 0, 1 + dataRows, nCols);
    const table = ws.tables.add(tableRange, true);
    table.name = TEMP_TABLE_NAME;
    table.style = "TableStyleMedium2";
    const amountIdx = planColumnIndex("amount", columns);
    const criterionIdx = planColumnIndex("criterion", columns);
    queueTotalsRow(
      table,
      { firstRow: 1, rowCount: dataRows, firstCol: 0, colCount: nCols, amountOffset: amountIdx, labelOffset: criterionIdx },
      true,
    );

    const all = ws.getRangeByIndexes(0, 0, dataRows + 2, nCols);
    all.format.wrapText = true;
    all.format.verticalAlignment = "Top";
    columns.forEach((c, i) => {
      ws!.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(c.width);
    });
    ws.getRangeByIndexes(1, 0, dataRows + 1, nCols).format.autofitRows();
    ws.freezePanes.freezeRows(1);

    // The criteria in force for the plan's year (TT22/2024: standard 3 as 3.1–3.3 from 2025-2026).
    const reg = contextOf(plan).regulation;
    if (reg) {
      const listSource = queueCatalogueSheet(sheets, catalogue.isNullObject ? null : catalogue, reg);
      queueCriterionDropdown(ws.getRangeByIndexes(1, criterionIdx, dataRows, 1), listSource);
    }

    // The swap, last: nothing above touched the old plan sheet.
    if (hadOld) old.delete();
    ws.name = PLAN_SHEET_NAME;
    if (hadOld) ws.position = old.position;
    else if (!source.isNullObject) ws.position = source.position + 1;
    ws.activate();
    // Last: cosmetic, and the only step that could clash with a table of the user's.
    if (renameTable) table.name = PLAN_TABLE_NAME;
    await context.sync();
    return { sheet: PLAN_SHEET_NAME, rows: nRows, sheetId: ws.id };
  } catch (e) {
    const outcome = await explainFailure(context, e, hadOld, oldId, lang);
    if (outcome instanceof HostError) throw outcome;
    return { sheet: PLAN_SHEET_NAME, rows: nRows, sheetId: outcome.sheetId };
  }
}

