/**
 * The workbook of `ctcl summary -o TONG-HOP.xlsx`, built with exceljs, made
 * for printing and filtering: one line per school under a frozen header with
 * an autofilter, amounts as numbers in `#,##0`, a totals row of
 * SUBTOTAL(109, …) formulas (the total of the lines the filter shows; their
 * values stored, so a reader that does not recalculate shows them), A4
 * landscape fitted to the page width; a second sheet with each school's
 * amounts by standard (per form: the 2018 and the 2026 forms' standards are
 * separate columns, never added together) and by funding source, made the same
 * way; a third with the amounts by standard (per form) and by source across schools.
 */
import ExcelJS from "exceljs";
import type { SchoolSummary, Summary } from "../core/summary";
import { PROGRESS_KINDS, SOURCE_GROUPS, standardColumns, unassignedAmount } from "../core/summary";
import { orderedEntries } from "../core/totals";
import { t, type Lang } from "../core/strings";

const AMOUNT_FORMAT = "#,##0";
const TITLE_ROW = 1;
const HEADER_ROW = 3;

/** XML 1.0 cannot hold most control characters: a cell's text loses them. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const clean = (s: string): string => s.replace(CONTROLS, " ");

interface Column {
  key: string;
  width: number;
  value: (s: SchoolSummary, n: number, lang: Lang) => string | number | null;
  /** Summed in the totals row. */
  sum?: boolean;
  amount?: boolean;
}

const COLUMNS: Column[] = [
  { key: "n", width: 6, value: (_s, n) => n },
  { key: "file", width: 30, value: (s) => s.file },
  { key: "school", width: 34, value: (s, _n, lang) => s.school ?? (s.error !== undefined ? t("summaryUnreadable", lang) : t("unknownValue", lang)) },
  { key: "schoolYear", width: 12, value: (s) => s.schoolYear },
  { key: "level", width: 20, value: (s, _n, lang) => (s.level ? t("levelName", s.level, lang) : null) },
  { key: "regulation", width: 14, value: (s) => s.regulation },
  { key: "form", width: 8, value: (s) => s.form },
  { key: "rows", width: 9, value: (s) => s.rows, sum: true },
  { key: "amount", width: 18, value: (s) => s.amount, sum: true, amount: true },
  { key: "errors", width: 8, value: (s) => s.errors, sum: true },
  { key: "warnings", width: 10, value: (s) => s.warnings, sum: true },
  { key: "uncounted", width: 10, value: (s) => s.uncounted, sum: true },
  { key: "note", width: 60, value: (s) => s.error ?? null },
];

function colLetter(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * A row tall enough for its wrapped texts (about one character per unit of
 * column width): LibreOffice and Excel keep a row one line high when it is
 * read, and the next row would print over a wrapped line.
 */
function fitHeight(row: ExcelJS.Row, texts: readonly [string | null, number][]): void {
  const lines = Math.max(1, ...texts.map(([text, width]) => (text ? Math.ceil(text.length / Math.max(1, width - 2)) : 1)));
  if (lines > 1) row.height = 15 * lines;
}

function printSetup(ws: ExcelJS.Worksheet, printTitles?: string): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(printTitles ? { printTitlesRow: printTitles } : {}),
  };
  ws.headerFooter = { oddFooter: "&C&P / &N" };
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    c.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
  });
}

/** A two-column table (label, amount) with a SUM totals row; the row after it. */
function amountTable(ws: ExcelJS.Worksheet, at: number, title: string, heading: [string, string], lines: [string, number][], totalLabel: string): number {
  ws.getCell(`A${at}`).value = title;
  ws.getCell(`A${at}`).font = { bold: true };
  const head = ws.getRow(at + 1);
  head.values = heading;
  styleHeader(head);
  let r = at + 2;
  const first = r;
  for (const [label, amount] of lines) {
    ws.getCell(`A${r}`).value = clean(label);
    ws.getCell(`B${r}`).value = amount;
    ws.getCell(`B${r}`).numFmt = AMOUNT_FORMAT;
    r++;
  }
  const total = lines.reduce((s, [, a]) => s + a, 0);
  ws.getCell(`A${r}`).value = totalLabel;
  const cell = ws.getCell(`B${r}`);
  cell.value = { formula: lines.length ? `SUM(B${first}:B${r - 1})` : "0", result: total };
  cell.numFmt = AMOUNT_FORMAT;
  ws.getRow(r).font = { bold: true };
  return r + 2;
}

const BY_SCHOOL_GROUP_ROW = 3;
const BY_SCHOOL_HEADER_ROW = 4;

/** One amount column of the per-school sheet. */
interface AmountColumn {
  /** Over the column, in the group header row (null: the heading spans both header rows). */
  group: string | null;
  heading: string;
  width: number;
  /** The school's figure; null leaves the cell empty (another form's standard, an unreadable file). */
  value: (s: SchoolSummary) => number | null;
}

/**
 * Each school's amounts by standard and by source: STT, school, form, the
 * standards of each form present (a school of the other form leaves them
 * empty), the amount no standard was given for (only when some school has
 * one), the four sources, the amount; a SUBTOTAL row. One line per file, in
 * the first sheet's order and numbering, an unreadable file included.
 */
function bySchoolSheet(wb: ExcelJS.Workbook, summary: Summary, lang: Lang): void {
  const ws = wb.addWorksheet(t("summarySheetBySchool", lang), { views: [{ state: "frozen", xSplit: 2, ySplit: BY_SCHOOL_HEADER_ROW }] });
  const readable = (s: SchoolSummary): boolean => s.error === undefined;
  const amounts: AmountColumn[] = [];
  for (const { form, standards } of standardColumns(summary.schools)) {
    for (const std of standards) {
      amounts.push({
        group: t("summaryFormStandards", form, lang),
        heading: t("summaryStandard", std, lang),
        width: 14,
        value: (s) => (readable(s) && s.form === form ? (s.byStandard[std] ?? 0) : null),
      });
    }
  }
  if (summary.schools.some((s) => readable(s) && unassignedAmount(s) !== 0)) {
    amounts.push({ group: null, heading: t("summaryNoStandard", lang), width: 14, value: (s) => (readable(s) ? unassignedAmount(s) : null) });
  }
  for (const g of SOURCE_GROUPS) {
    amounts.push({ group: t("summaryBySourceGroup", lang), heading: t("fundingGroup", g, lang), width: 15, value: (s) => (readable(s) ? (s.bySource[g] ?? 0) : null) });
  }
  amounts.push({ group: null, heading: t("summaryHeading", "amount", lang), width: 17, value: (s) => (readable(s) ? s.amount : null) });
  // 2026-form plans: how many rows of table V are done, in progress, not done, not assessed (empty for a 2018-form plan).
  if (summary.schools.some((s) => s.progress)) {
    const label = { done: "uiProgressDone", inProgress: "uiProgressInProgress", notDone: "uiProgressNotDone", unset: "uiProgressUnset" } as const;
    for (const k of PROGRESS_KINDS) {
      amounts.push({ group: t("summaryProgressGroup", lang), heading: t(label[k], lang), width: 12, value: (s) => s.progress?.[k] ?? null });
    }
  }

  const lead = [
    { heading: t("summaryHeading", "n", lang), width: 5 },
    { heading: t("summaryHeading", "school", lang), width: 30 },
    { heading: t("summaryHeading", "form", lang), width: 7 },
  ];
  const firstAmount = lead.length + 1;
  const lastCol = lead.length + amounts.length;
  const last = colLetter(lastCol);
  ws.getCell(`A${TITLE_ROW}`).value = t("summaryBySchoolTitle", summary.total.files, lang);
  ws.getCell(`A${TITLE_ROW}`).font = { bold: true, size: 14 };
  ws.mergeCells(`A${TITLE_ROW}:${last}${TITLE_ROW}`);
  lead.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  amounts.forEach((c, i) => (ws.getColumn(firstAmount + i).width = c.width));

  // Two header rows: a group's heading over its columns; a heading without group spans both rows.
  const groupRow = ws.getRow(BY_SCHOOL_GROUP_ROW);
  const headRow = ws.getRow(BY_SCHOOL_HEADER_ROW);
  const spans: { from: number; to: number; text: string; vertical: boolean }[] = lead.map((c, i) => ({ from: i + 1, to: i + 1, text: c.heading, vertical: true }));
  amounts.forEach((c, i) => {
    const col = firstAmount + i;
    if (c.group === null) {
      spans.push({ from: col, to: col, text: c.heading, vertical: true });
      return;
    }
    headRow.getCell(col).value = c.heading;
    const prev = spans[spans.length - 1];
    if (!prev.vertical && prev.text === c.group && prev.to === col - 1) prev.to = col;
    else spans.push({ from: col, to: col, text: c.group, vertical: false });
  });
  for (const span of spans) {
    groupRow.getCell(span.from).value = span.text;
    if (span.vertical) ws.mergeCells(BY_SCHOOL_GROUP_ROW, span.from, BY_SCHOOL_HEADER_ROW, span.from);
    else if (span.to > span.from) ws.mergeCells(BY_SCHOOL_GROUP_ROW, span.from, BY_SCHOOL_GROUP_ROW, span.to);
  }
  groupRow.height = 30;
  headRow.height = 45;
  for (const row of [groupRow, headRow]) {
    row.font = { bold: true };
    row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    for (let c = 1; c <= lastCol; c++) {
      const cell = row.getCell(c);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
      cell.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
    }
  }

  const first = BY_SCHOOL_HEADER_ROW + 1;
  summary.schools.forEach((s, i) => {
    const row = ws.getRow(first + i);
    row.getCell(1).value = i + 1;
    const name = s.school ?? (readable(s) ? t("unknownValue", lang) : t("summaryUnreadable", lang));
    row.getCell(2).value = clean(name);
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    fitHeight(row, [[name, lead[1].width]]);
    if (!readable(s)) row.getCell(2).font = { bold: true, color: { argb: "FFC00000" } };
    row.getCell(3).value = s.form;
    row.getCell(1).alignment = row.getCell(3).alignment = { vertical: "top" };
    amounts.forEach((c, j) => {
      const cell = row.getCell(firstAmount + j);
      cell.value = c.value(s);
      cell.numFmt = AMOUNT_FORMAT;
      cell.alignment = { vertical: "top" };
    });
    for (let c = 1; c <= lastCol; c++) row.getCell(c).border = { left: { style: "hair" }, right: { style: "hair" }, bottom: { style: "hair" } };
  });
  const lastData = first + summary.schools.length - 1;
  const totalRow = ws.getRow(lastData + 1);
  totalRow.getCell(2).value = t("summaryTotalRow", summary.total.files, summary.total.unreadable, lang);
  amounts.forEach((c, j) => {
    const letter = colLetter(firstAmount + j);
    const result = summary.schools.reduce((a, s) => a + (c.value(s) ?? 0), 0);
    const cell = totalRow.getCell(firstAmount + j);
    // SUBTOTAL(109, …) as on the first sheet: the lines the filter shows (an empty cell counts nothing).
    cell.value = { formula: summary.schools.length ? `SUBTOTAL(109,${letter}${first}:${letter}${lastData})` : "0", result };
    cell.numFmt = AMOUNT_FORMAT;
  });
  totalRow.font = { bold: true };
  for (let c = 1; c <= lastCol; c++) totalRow.getCell(c).border = { top: { style: "thin" }, bottom: { style: "double" } };
  ws.autoFilter = { from: { row: BY_SCHOOL_HEADER_ROW, column: 1 }, to: { row: Math.max(lastData, BY_SCHOOL_HEADER_ROW), column: lastCol } };
  printSetup(ws, `${BY_SCHOOL_GROUP_ROW}:${BY_SCHOOL_HEADER_ROW}`);
}

/** The .xlsx bytes of the summary, in the chosen language. */
export async function buildSummaryWorkbook(summary: Summary, lang: Lang = "vi"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ctcl";
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const ws = wb.addWorksheet(t("summarySheetSchools", lang), { views: [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW }] });
  const last = colLetter(COLUMNS.length);
  ws.getCell(`A${TITLE_ROW}`).value = t("summaryTitle", summary.total.files, lang);
  ws.getCell(`A${TITLE_ROW}`).font = { bold: true, size: 14 };
  ws.mergeCells(`A${TITLE_ROW}:${last}${TITLE_ROW}`);
  COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const header = ws.getRow(HEADER_ROW);
  header.values = COLUMNS.map((c) => t("summaryHeading", c.key, lang));
  header.height = 30;
  styleHeader(header);

  const first = HEADER_ROW + 1;
  summary.schools.forEach((s, i) => {
    const row = ws.getRow(first + i);
    COLUMNS.forEach((c, j) => {
      const v = c.value(s, i + 1, lang);
      const cell = row.getCell(j + 1);
      cell.value = typeof v === "string" ? clean(v) : v;
      if (c.amount) cell.numFmt = AMOUNT_FORMAT;
      else if (c.sum) cell.numFmt = "0";
    });
    row.getCell(COLUMNS.length).alignment = { wrapText: true, vertical: "top" };
    fitHeight(row, [[s.error ?? null, COLUMNS[COLUMNS.length - 1].width]]);
    row.eachCell((cell) => (cell.alignment = { ...cell.alignment, vertical: "top" }));
    if (s.error !== undefined) row.getCell(3).font = { bold: true, color: { argb: "FFC00000" } };
  });
  const lastData = first + summary.schools.length - 1;
  const totalRow = ws.getRow(lastData + 1);
  totalRow.getCell(2).value = t("summaryTotalRow", summary.total.files, summary.total.unreadable, lang);
  const sums: Record<string, number> = {
    rows: summary.total.rows,
    amount: summary.total.amount,
    errors: summary.total.errors,
    warnings: summary.total.warnings,
    uncounted: summary.total.uncounted,
  };
  COLUMNS.forEach((c, j) => {
    if (!c.sum) return;
    const letter = colLetter(j + 1);
    const cell = totalRow.getCell(j + 1);
    // SUBTOTAL(109, …): with the autofilter on, the total of the lines shown (all of them as written).
    cell.value = { formula: summary.schools.length ? `SUBTOTAL(109,${letter}${first}:${letter}${lastData})` : "0", result: sums[c.key] };
    cell.numFmt = c.amount ? AMOUNT_FORMAT : "0";
  });
  totalRow.font = { bold: true };
  totalRow.eachCell((c) => (c.border = { top: { style: "thin" }, bottom: { style: "double" } }));
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: Math.max(lastData, HEADER_ROW), column: COLUMNS.length } };
  printSetup(ws, `${HEADER_ROW}:${HEADER_ROW}`);

  bySchoolSheet(wb, summary, lang);

  const totals = wb.addWorksheet(t("summarySheetTotals", lang));
  totals.getColumn(1).width = 40;
  totals.getColumn(2).width = 20;
  const totalLabel = t("reportTotal", lang);
  let next = 1;
  for (const { form } of standardColumns(summary.schools)) {
    next = amountTable(
      totals,
      next,
      t("summaryByStandard", form, lang),
      [t("summaryStandard", "", lang).trim(), t("summaryHeading", "amount", lang)],
      orderedEntries(summary.byStandard[form] ?? {}).map(([std, a]) => [t("summaryStandard", std, lang), a]),
      totalLabel,
    );
  }
  amountTable(
    totals,
    next,
    t("summaryBySource", lang),
    [t("summarySource", lang), t("summaryHeading", "amount", lang)],
    SOURCE_GROUPS.map((g) => [t("fundingGroup", g, lang), summary.bySource[g] ?? 0]),
    totalLabel,
  );
  printSetup(totals);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
