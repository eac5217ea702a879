/**
 * The workbook of `ctcl summary -o TONG-HOP.xlsx`, built with exceljs, made
 * for printing and filtering: one line per school under a frozen header with
 * an autofilter, amounts as numbers in `#,##0`, a totals row of
 * SUBTOTAL(109, …) formulas (the total of the lines the filter shows; their
 * values stored, so a reader that does not recalculate shows them), A4
 * landscape fitted to the page width; a second sheet with the amounts by
 * standard and by funding source across schools.
 */
import ExcelJS from "exceljs";
import type { SchoolSummary, Summary } from "../core/summary";
import { SOURCE_GROUPS } from "../core/summary";
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

  const totals = wb.addWorksheet(t("summarySheetTotals", lang));
  totals.getColumn(1).width = 40;
  totals.getColumn(2).width = 20;
  const totalLabel = t("reportTotal", lang);
  const next = amountTable(
    totals,
    1,
    t("summaryByStandard", lang),
    [t("summaryStandard", "", lang).trim(), t("summaryHeading", "amount", lang)],
    orderedEntries(summary.byStandard).map(([std, a]) => [t("summaryStandard", std, lang), a]),
    totalLabel,
  );
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
