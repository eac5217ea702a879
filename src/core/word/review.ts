/**
 * The review report (báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng
 * giáo dục, học kỳ I or năm học) of a 2026-form plan, in the Nghị định 30
 * layout, on the blocks every document shares (./blocks.ts): letterhead with
 * "Số: …/BC-…", title "BÁO CÁO" and its subject, then
 *   I.   the counts by status, in all and by standard (a small table), and the
 *        period's row(s) of table VI (when, subject, result, adjustment, who);
 *   II.  every plan row with its indicator, owner and status;
 *   III. the rows not done (in progress, not done, not assessed) with the
 *        row's note as reason and the period's adjustment;
 *   IV.  what carries on: into semester II (hk1) or next year's plan (cuối năm);
 * closing sentence, recipients and signer. One A4 portrait section (five
 * columns fit 16 cm at 12 pt: no landscape page is needed), page numbers from
 * page 2. Fixed words come from ./review-report.json. Pure: bytes out.
 */
import { AlignmentType, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, VerticalMergeType, WidthType, BorderStyle } from "docx";
import type { Plan, PlanRow, Review, Totals } from "../plan";
import { FORM_2026, columnTitle } from "../forms";
import { planProgress, progressRows, reviewsOfPeriod, rowStatus, emptyCounts, type ReviewPeriod, type StatusCounts } from "../progress";
import { cellLines, nfc, schoolYearText } from "./format";
import { PT, para } from "./runs";
import { unzipFiles, zipFiles, type ZipCodec } from "./zip";
import type { DocumentInfo } from "./types";
import { PORTRAIT_WIDTH, BODY, documentShell, emptyHeader, heading, letterhead, pageHeader, portraitPage, signerBlock, titleBlock } from "./blocks";
import words from "./review-report.json";

export interface ReviewInput {
  plan: Plan;
  /** The plan's totals (the input every document of the plan takes); the report itself shows no amounts. */
  totals: Totals;
  /** Letterhead, number (…/BC-…), signer and recipients of the report (see ./review-info.ts). */
  info: DocumentInfo;
  period: ReviewPeriod;
}

/** "{a} và {b}" with the values put in. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** "2026-2027" -> "2027-2028"; null when it is no school year. */
export function nextSchoolYear(year: string): string | null {
  const m = /^(\d{4})-(\d{4})$/.exec(year);
  return m ? `${Number(m[1]) + 1}-${Number(m[2]) + 1}` : null;
}

/** "2026-10-06" -> "06/10/2026"; "" when unknown. */
function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso.trim());
  return m ? `${m[3].padStart(2, "0")}/${m[2].padStart(2, "0")}/${m[1]}` : "";
}

// ---- tables ----

interface Cell {
  text: string;
  bold?: boolean;
  align?: "left" | "center";
  /** Part of a cell merged down over the rows below ("restart") or continued from above ("continue"). */
  merge?: "restart" | "continue";
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function cellParagraphs(c: Cell): Paragraph[] {
  return cellLines(c.text).map((line) =>
    para(line, {
      alignment: c.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { before: 40, after: 40 },
      size: PT.table,
      bold: c.bold,
    }),
  );
}

/** A bordered table of `shares` (percent of the width); the first row is the header, repeated on every page. */
function grid(header: string[], rows: Cell[][], shares: number[], width = PORTRAIT_WIDTH): Table {
  const widths = shares.map((s) => Math.round((width * s) / 100));
  const row = (cells: Cell[], isHeader: boolean): TableRow =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map(
        (c, i) =>
          new TableCell({
            children: c.merge === "continue" ? [para("", { size: PT.table })] : cellParagraphs(c),
            width: { size: widths[i], type: WidthType.DXA },
            verticalAlign: isHeader ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
            verticalMerge: c.merge === "restart" ? VerticalMergeType.RESTART : c.merge === "continue" ? VerticalMergeType.CONTINUE : undefined,
            margins: { top: 0, bottom: 0, left: 85, right: 85 },
          }),
      ),
    });
  return new Table({
    rows: [row(header.map((text) => ({ text, bold: true, align: "center" })), true), ...rows.map((r) => row(r, false))],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}

// ---- the parts ----

/** A little space under a table, before the next paragraph. */
const gap = (): Paragraph => para("", { spacing: { before: 0, after: 120 }, size: 6 });

const body = (text: string, extra: { italics?: boolean; bold?: boolean; keepNext?: boolean } = {}): Paragraph =>
  para(text, { ...BODY, size: PT.body, ...extra });

/** The words of a row's status: the status itself, "Chưa đánh giá" when empty, the typed text when it is none of the three. */
export function statusText(row: Pick<PlanRow, "status">): string {
  const kind = rowStatus(row);
  if (kind !== "unset") return words.status[kind];
  const typed = nfc(row.status).trim();
  return typed || words.status.unset;
}

function countRow(label: string, c: StatusCounts, bold = false): Cell[] {
  return [
    { text: label, bold },
    ...[c.total, c.done, c.inProgress, c.notDone, c.unset].map((n): Cell => ({ text: String(n), bold, align: "center" })),
  ];
}

function countsPart(plan: Plan): (Paragraph | Table)[] {
  const p = planProgress(plan);
  if (!p || p.total === 0) return [body(words.counts.empty)];
  const share = `${Math.round((p.done / p.total) * 100)}%`;
  const rows: Cell[][] = Object.entries(p.byStandard).map(([n, c]) => countRow(fill(words.counts.standard, { n }), c));
  // Rows whose standard cannot be told count in the totals: shown on their own line so the columns add up.
  const rest = emptyCounts();
  for (const k of ["done", "inProgress", "notDone", "unset", "total"] as const) {
    rest[k] = p[k] - Object.values(p.byStandard).reduce((a, c) => a + c[k], 0);
  }
  if (rest.total > 0) rows.push(countRow(words.counts.noStandard, rest));
  rows.push(countRow(words.counts.total, p, true));
  return [
    body(fill(words.counts.sentence, { total: p.total, done: p.done, inProgress: p.inProgress, notDone: p.notDone, unset: p.unset, share })),
    grid(words.counts.columns, rows, [30, 14, 14, 14, 14, 14]),
    gap(),
  ];
}

const MONITORING = FORM_2026.tables.find((t) => t.id === "VI")!;
const monitoringTitle = (key: string): string => MONITORING.columns.find((c) => c.key === key)?.title ?? key;

const filled = (r: Review): boolean => [r.subject, r.result, r.adjustment, r.reviewer].some((s) => s.trim() !== "");

function monitoringPart(reviews: Review[], period: string): (Paragraph | Table)[] {
  const rows = reviews.filter(filled);
  if (!rows.length) return [body(fill(words.monitoring.none, { period }), { italics: true })];
  const keys = ["when", "subject", "result", "adjustment", "reviewer"] as const;
  return [grid(keys.map(monitoringTitle), rows.map((r) => keys.map((k): Cell => ({ text: r[k] }))), [15, 20, 27, 23, 15]), gap()];
}

/** Every plan row: TT, content (merged down over a criterion's sub-rows), indicator, owner, status. */
function rowsPart(rows: PlanRow[]): Table {
  const header = [columnTitle(FORM_2026, "tt"), columnTitle(FORM_2026, "criterion"), columnTitle(FORM_2026, "indicator"), columnTitle(FORM_2026, "owner"), columnTitle(FORM_2026, "status")];
  const lines = rows.map((r, i): Cell[] => {
    const continues = r.subRow > 0 && i > 0 && rows[i - 1].criterionText === r.criterionText;
    const startsGroup = !continues && rows[i + 1]?.subRow > 0 && rows[i + 1].criterionText === r.criterionText;
    return [
      { text: r.tt, align: "center" },
      { text: r.criterionText, merge: continues ? "continue" : startsGroup ? "restart" : undefined },
      { text: r.indicator ?? "" },
      { text: r.owner },
      { text: statusText(r), align: "center" },
    ];
  });
  return grid(header, lines, [6, 31, 29, 17, 17]);
}

function notDonePart(open: PlanRow[], reviews: Review[], period: string): (Paragraph | Table)[] {
  if (!open.length) return [body(words.notDone.none)];
  const rows = open.map((r): Cell[] => [
    { text: r.tt, align: "center" },
    { text: r.criterionText },
    { text: r.actions },
    { text: statusText(r), align: "center" },
    { text: r.note },
  ]);
  const out: (Paragraph | Table)[] = [grid(words.notDone.columns, rows, [6, 27, 27, 16, 24]), gap()];
  for (const r of reviews) {
    const adj = nfc(r.adjustment).trim();
    if (adj && !/^kh[oô]ng\.?$/iu.test(adj)) out.push(body(fill(words.notDone.adjustment, { period, text: adj }), { italics: true }));
  }
  return out;
}

function carryPart(open: PlanRow[], period: ReviewPeriod, next: string): Paragraph[] {
  if (!open.length) return [body(words.carry.none[period])];
  const lines = open.map((r, i) => {
    const what = [nfc(r.criterionText).trim(), nfc(r.actions).trim()].filter(Boolean).join(": ").replace(/[.;\s]+$/, "");
    return body(`- ${what}${i === open.length - 1 ? "." : ";"}`);
  });
  return [...lines, body(fill(words.carry.closing[period], { next }))];
}

export function buildReviewDocument(input: ReviewInput) {
  const { plan, info, period } = input;
  const year = schoolYearText(info.schoolYear || plan.schoolYear || "") || "20…-20…";
  const next = nextSchoolYear(year) ?? "20…-20…";
  const phrase = words.periodPhrase[period];
  const rows = progressRows(plan);
  const open = rows.filter((r) => rowStatus(r) !== "done");
  const reviews = reviewsOfPeriod(plan, period);
  const planNumber = nfc(plan.info.number).trim();
  const date = shortDate(plan.info.date);
  const intro = planNumber
    ? fill(words.intro.withNumber, { number: planNumber, date: date ? fill(words.intro.date, { date }) : "", year, period: phrase })
    : fill(words.intro.withoutNumber, { year, period: phrase });
  const [n1, n2, n3, n4] = words.numerals;
  const subjectPeriod = fill(words.subjectPeriod[period], { year });

  const children: (Paragraph | Table)[] = [
    letterhead(info),
    ...titleBlock(words.title, [words.subject, subjectPeriod]),
    body(intro),
    heading(n1, words.sections.overall),
    body(words.sections.counts, { bold: true, keepNext: true }),
    ...countsPart(plan),
    body(fill(words.sections.monitoring, { period: phrase }), { bold: true, keepNext: true }),
    ...monitoringPart(reviews, phrase),
    heading(n2, words.sections.rows),
    ...(rows.length ? [rowsPart(rows), gap()] : [body(words.counts.empty)]),
    heading(n3, words.sections.notDone),
    ...notDonePart(open, reviews, phrase),
    heading(n4, fill(words.sections.carry[period], { next })),
    ...carryPart(open, period, next),
    body(fill(words.closing, { period: subjectPeriod })),
    para("", { spacing: { before: 0, after: 0 }, size: PT.body }),
    signerBlock(info),
  ];

  return documentShell(`${words.title} ${words.subject} ${subjectPeriod}`, [
    {
      properties: { page: portraitPage, titlePage: true },
      headers: { default: pageHeader(), first: emptyHeader() },
      children,
    },
  ]);
}

/** The report as .docx bytes. `codec`: a platform's own DEFLATE (Node's zlib in the CLI); fflate's otherwise. */
export async function buildReviewDocx(input: ReviewInput, options: { codec?: ZipCodec } = {}): Promise<Uint8Array> {
  const packed = await Packer.pack(buildReviewDocument(input), "uint8array");
  return zipFiles(unzipFiles(packed), {}, options.codec);
}
