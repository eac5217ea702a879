/**
 * A 2026-form plan (Draft2026) written into the open workbook with Office.js,
 * from the same core layout as the .xlsx writer (../core/forms/layout2026):
 *
 * - `createPlanSheet` ("Tạo kế hoạch mới"): a NEW sheet with a name no sheet
 *   has ("Kế hoạch CTCL 2026-2027", "… (2)"), never replacing one, activated.
 * - `writeDraftPlanSheet` ("Tạo bảng kế hoạch" on a 2026 plan): the plan sheet
 *   "Kế hoạch CTCL" as write-plan.ts writes it, on a temporary sheet first and
 *   swapped in at the end of the batch (the UI asked before replacing it).
 *
 * The lists of the dropdowns live on a hidden sheet ("DanhMuc"): one that
 * exists with the same content is reused; one with other content (another
 * level's criteria, the user's own) is left alone and a new name is taken.
 *
 * Syncs: 1 (sheet names) + 1 (content of existing list sheets, only when
 * there are some) + 1 (the whole write) + 1 (print setup and notes, which
 * Excel may refuse on some platforms: the sheet stands without them).
 */
import type { Draft2026 } from "../core/forms/draft";
import {
  STYLES,
  FONT_NAME,
  CATALOGUE_2026_SHEET,
  a1Range,
  draftCriteria,
  draftLayout,
  listSource,
  type DraftLayout,
} from "../core/forms/layout2026";
import { PLAN_SHEET_NAME } from "../core/plan-table";
import { cellAddress } from "../core/grid";
import { t, type Lang } from "../core/strings";
import { widthPoints } from "./layout";
import { HostError } from "./result";
import { errorDetail } from "../core/errors";
import { TEMP_SHEET_NAME, explainFailure } from "./plan-swap";

/** As write-plan.ts answers. */
export interface WritePlanResult {
  sheet: string;
  rows: number;
  sheetId: string;
}

/** Excel's limit on a sheet name. */
const MAX_NAME = 31;

/** `base`, else "base (2)", "base (3)", …: a name no sheet has (Excel compares names without case). */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.normalize("NFC").toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const tail = ` (${n})`;
    const name = base.slice(0, MAX_NAME - tail.length) + tail;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Whether a sheet's values (as Excel reads them) are the list sheet's rows. */
export function sameRows(values: readonly (readonly unknown[])[], rows: readonly (readonly string[])[]): boolean {
  const norm = (grid: readonly (readonly unknown[])[]) => {
    const out = grid.map((r) => r.map((v) => (v === null || v === undefined ? "" : String(v).normalize("NFC"))));
    // Trailing empty columns and rows are no content.
    const width = out.reduce((w, r) => Math.max(w, r.reduce((last, v, i) => (v !== "" ? i + 1 : last), 0)), 0);
    const trimmed = out.map((r) => [...r.slice(0, width), ...Array(Math.max(0, width - r.length)).fill("")]);
    while (trimmed.length && trimmed[trimmed.length - 1].every((v) => v === "")) trimmed.pop();
    return JSON.stringify(trimmed);
  };
  return norm(values) === norm(rows);
}

const LIST_NAME = new RegExp(`^${CATALOGUE_2026_SHEET}( \\(\\d+\\))?$`, "i");

interface ListSheetChoice {
  name: string;
  /** Null: write a new list sheet under `name`. */
  existing: Excel.Worksheet | null;
}

/**
 * Sync 1 and 2: the names of the sheets, and which list sheet to use — an
 * existing one with exactly these rows, or a new name.
 */
async function chooseListSheet(context: Excel.RequestContext, layout: DraftLayout): Promise<{ names: string[]; list: ListSheetChoice }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const names = sheets.items.map((w) => w.name);
  const candidates = names.filter((n) => LIST_NAME.test(n));
  if (candidates.length) {
    const ranges = candidates.map((n) => {
      const r = sheets.getItem(n).getUsedRangeOrNullObject(true);
      r.load("values");
      return { name: n, range: r };
    });
    await context.sync();
    for (const c of ranges) {
      if (!c.range.isNullObject && sameRows(c.range.values, layout.catalogue.rows)) {
        return { names, list: { name: c.name, existing: sheets.getItem(c.name) } };
      }
    }
  }
  return { names, list: { name: uniqueSheetName(CATALOGUE_2026_SHEET, names), existing: null } };
}

/** Queues the list sheet (when new): text values, hidden. */
function queueListSheet(sheets: Excel.WorksheetCollection, layout: DraftLayout): void {
  const rows = layout.catalogue.rows;
  const ws = sheets.add(layout.catalogue.name);
  const range = ws.getRangeByIndexes(0, 0, rows.length, rows[0].length);
  range.numberFormat = rows.map((r) => r.map(() => "@"));
  range.values = rows.map((r) => [...r]);
  ws.visibility = "Hidden";
}

const BORDER = { style: "Continuous", color: "#000000" };

/** Queues the sheet's content: values (as text), formats in one call, merges, widths, heights, dropdowns. */
function queueSheet(ws: Excel.Worksheet, layout: DraftLayout): void {
  const { sheet } = layout;
  const rows = sheet.print.area.bottom + 1;
  const cols = sheet.columnWidths.length;
  const values: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(""));
  const props: Excel.SettableCellProperties[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({})));
  for (const c of sheet.cells) {
    values[c.row][c.col] = c.value;
    const s = STYLES[c.role];
    const format: Excel.CellPropertiesFormat = {
      font: { name: FONT_NAME, size: s.size, bold: s.bold, italic: s.italic },
      horizontalAlignment: s.horizontal === "center" ? "Center" : "Left",
      verticalAlignment: s.vertical === "middle" ? "Center" : "Top",
      wrapText: s.wrap,
    };
    if (s.fill) format.fill = { color: `#${s.fill}` };
    if (s.border) format.borders = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER } as Excel.CellBorderCollection;
    props[c.row][c.col] = { format };
  }
  const all = ws.getRangeByIndexes(0, 0, rows, cols);
  // Text format first: nothing typed or written becomes a formula ("- bullet", "=…").
  all.numberFormat = values.map((r) => r.map(() => "@"));
  all.values = values;
  all.setCellProperties(props);
  for (const m of sheet.merges) ws.getRange(a1Range(m)).merge(false);
  sheet.columnWidths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(w)));
  for (const h of sheet.rowHeights) ws.getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.height;
  for (const v of sheet.validations) {
    const range = ws.getRange(a1Range(v.range));
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source: listSource(layout.catalogue, v.list) } };
    range.dataValidation.errorAlert = v.strict
      ? { showAlert: true, style: "Stop", title: t("draftStatusErrorTitle", "vi"), message: t("draftStatusError", "vi") }
      : { showAlert: false, style: "Information", title: "", message: "" };
  }
}

/** Print setup and notes: a batch of their own, as Excel on some platforms refuses parts of them. */
async function finishSheet(context: Excel.RequestContext, sheetName: string, layout: DraftLayout): Promise<void> {
  const { sheet } = layout;
  const p = sheet.print;
  try {
    const ws = context.workbook.worksheets.getItem(sheetName);
    const page = ws.pageLayout;
    page.orientation = "Landscape";
    page.paperSize = "A4";
    page.leftMargin = p.margins.left * 72;
    page.rightMargin = p.margins.right * 72;
    page.topMargin = p.margins.top * 72;
    page.bottomMargin = p.margins.bottom * 72;
    page.headerMargin = p.margins.header * 72;
    page.footerMargin = p.margins.footer * 72;
    page.centerHorizontally = true;
    page.setPrintArea(a1Range(p.area));
    page.setPrintTitleRows(`$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}`);
    // Last: "0 pages tall" (as many as needed) is the one value a platform might refuse.
    page.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
    await context.sync();
  } catch {
    // The sheet is written; printing falls back to Excel's defaults.
  }
  const notes = sheet.cells.filter((c) => c.note);
  if (!notes.length) return;
  try {
    const ref = `'${sheetName.replace(/'/g, "''")}'!`;
    for (const c of notes) context.workbook.comments.add(`${ref}${cellAddress(c.row, c.col)}`, c.note!);
    await context.sync();
  } catch {
    // Comments need a signed-in author on some platforms; the values are written.
  }
}

/** The layout of a draft for Excel, its list sheet named `listName`. */
function layoutFor(draft: Draft2026, listName: string): DraftLayout {
  return draftLayout(draft, draftCriteria(draft), listName);
}

/**
 * "Tạo kế hoạch mới": the draft on a new sheet (a name no sheet has), after
 * the active one's position is irrelevant: added at the end and activated.
 */
export async function createPlanSheet(context: Excel.RequestContext, draft: Draft2026, lang: Lang): Promise<{ sheet: string; sheetId: string }> {
  const probe = layoutFor(draft, CATALOGUE_2026_SHEET);
  const { names, list } = await chooseListSheet(context, probe);
  const layout = list.name === probe.catalogue.name ? probe : layoutFor(draft, list.name);
  const name = uniqueSheetName(layout.sheet.name, names);
  const sheets = context.workbook.worksheets;
  let ws: Excel.Worksheet;
  try {
    context.application.suspendScreenUpdatingUntilNextSync();
    if (!list.existing) queueListSheet(sheets, layout);
    ws = sheets.add(name);
    ws.load("id");
    queueSheet(ws, layout);
    ws.activate();
    await context.sync();
  } catch (e) {
    // Nothing of the user's was touched; a half-written new sheet is removed.
    await removeLeftover(context, name);
    throw new HostError(t("officeCreatePlanFailed", name, errorDetail(e), lang));
  }
  await finishSheet(context, name, layout);
  return { sheet: name, sheetId: ws.id };
}

async function removeLeftover(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("name");
    await context.sync();
    if (!ws.isNullObject) {
      ws.delete();
      await context.sync();
    }
  } catch {
    // Best effort: the error already says the plan was not created.
  }
}

/**
 * "Tạo bảng kế hoạch" on a 2026-form plan: the draft made from the read plan
 * on the plan sheet "Kế hoạch CTCL", written on a temporary sheet and swapped
 * in last (see write-plan.ts: a failure leaves the old plan sheet as it was).
 * `source`: the sheet the plan was read from (the new sheet goes after it).
 */
export async function writeDraftPlanSheet(
  context: Excel.RequestContext,
  draft: Draft2026,
  source: string,
  lang: Lang,
): Promise<WritePlanResult> {
  const probe = layoutFor(draft, CATALOGUE_2026_SHEET);
  const { list } = await chooseListSheet(context, probe);
  const base = list.name === probe.catalogue.name ? probe : layoutFor(draft, list.name);
  const layout: DraftLayout = { ...base, sheet: { ...base.sheet, name: PLAN_SHEET_NAME } };

  const sheets = context.workbook.worksheets;
  const old = sheets.getItemOrNullObject(PLAN_SHEET_NAME);
  old.load("name,position,id");
  const leftover = sheets.getItemOrNullObject(TEMP_SHEET_NAME);
  leftover.load("name");
  const from = sheets.getItemOrNullObject(source);
  from.load("name,position");
  await context.sync();
  const hadOld = !old.isNullObject;
  const oldId = hadOld ? old.id : null;
  try {
    context.application.suspendScreenUpdatingUntilNextSync();
    if (!leftover.isNullObject) leftover.delete();
    if (!list.existing) queueListSheet(sheets, layout);
    const ws = sheets.add(TEMP_SHEET_NAME);
    ws.load("id");
    queueSheet(ws, layout);
    // The swap, last: nothing above touched the old plan sheet.
    if (hadOld) old.delete();
    ws.name = PLAN_SHEET_NAME;
    if (hadOld) ws.position = old.position;
    else if (!from.isNullObject) ws.position = from.position + 1;
    ws.activate();
    await context.sync();
    await finishSheet(context, PLAN_SHEET_NAME, layout);
    return { sheet: PLAN_SHEET_NAME, rows: draft.rows.length, sheetId: ws.id };
  } catch (e) {
    const outcome = await explainFailure(context, e, hadOld, oldId, lang);
    if (outcome instanceof HostError) throw outcome;
    return { sheet: PLAN_SHEET_NAME, rows: draft.rows.length, sheetId: outcome.sheetId };
  }
}
