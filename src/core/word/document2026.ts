/**
 * The plan document of the 2026 form (Biểu 2, Thông tư 57/2026/TT-BGDĐT) in
 * the Nghị định 30 layout: letterhead, "KẾ HOẠCH / Cải tiến chất lượng giáo
 * dục năm học …", sections I–VIII in the form's order with the form's titles
 * (./forms, FORM_2026): I–III as text and table IV on portrait pages, table V
 * (10 numbered columns) with the total by funding source and in words on
 * landscape pages, table VI (its fixed rows "Cuối học kỳ I", "Cuối năm học"
 * always there), VII, VIII, the recipients of the year's administration and
 * the signer on portrait pages. The three tables are written as XML and put in
 * place of marker paragraphs once docx has packed the rest (see table.ts).
 * Pure: builds bytes, no Node or DOM APIs.
 */
import { AlignmentType, Packer, Paragraph, SectionType, Table, TextRun } from "docx";
import type { Document, ISectionOptions } from "docx";
import type { Plan, Problem, Review, Totals } from "../plan";
import { planTableXml, replaceMarkerParagraph, simpleTableXml, uncountedLine, type SimpleColumn, type SimpleRow } from "./table";
import { textOf, unzipFiles, zipFiles, type ZipCodec } from "./zip";
import { nfc, schoolYearText, textParagraphs } from "./format";
import { PT, para, rule } from "./runs";
import type { DocumentInfo } from "./types";
import { FORM_2026, formSection, type FormTable, type SectionKey } from "../forms";
import { contextOf } from "../context";
import { findStandard } from "../catalogue";
import { fold } from "../text";
import { formatAmount } from "../words";
import { FUNDING_GROUPS } from "../funding";
import { t } from "../strings";
import { sectionText } from "./defaults";
import {
  BODY,
  LANDSCAPE_WIDTH,
  PORTRAIT_WIDTH,
  documentShell,
  emptyHeader,
  heading,
  landscapePage,
  letterhead,
  pageHeader,
  portraitPage,
  sectionBody,
  signerBlock,
} from "./blocks";

type Input = { plan: Plan; totals: Totals; info: DocumentInfo };

/** Texts of the paragraphs that stand where tables IV, V and VI go until they are put in. */
const MARKERS = { IV: "ctcl-table-iv-3a9c51", V: "ctcl-table-v-8e27d4", VI: "ctcl-table-vi-51f0b6" } as const;

const formTable = (id: string): FormTable => {
  const table = FORM_2026.tables.find((x) => x.id === id);
  if (!table) throw new Error(`form 2026 has no table ${id}`);
  return table;
};

const sectionHeading = (key: SectionKey): Paragraph => {
  const s = formSection(FORM_2026, key);
  return heading(s.number, s.title);
};

/** Shares of the width of table IV's columns (portrait page): the three texts the widest. */
const SHARES_IV: Record<string, number> = { tt: 5, standard: 21, criterion: 12, situation: 21, weakness: 20, cause: 21 };
/** Shares of table VI's columns (portrait page). */
const SHARES_VI: Record<string, number> = { when: 19, subject: 23, result: 23, adjustment: 16, reviewer: 19 };

function columnsOf(table: FormTable, shares: Record<string, number>): SimpleColumn[] {
  return table.columns.map((c) => ({ title: c.title, share: shares[c.key] ?? 10 }));
}

function standardCell(plan: Plan, p: Problem): string {
  const written = nfc(p.standardText).trim();
  if (written || p.standard === null) return written;
  const reg = contextOf(plan).regulation;
  const name = (reg && findStandard(reg, p.standard)?.name) || "";
  return name ? `Tiêu chuẩn ${p.standard}: ${name}` : `Tiêu chuẩn ${p.standard}`;
}

/**
 * Table IV: one row per focus problem as the sheet has it; a standard cell the
 * sheet merges down over several problems is merged down here too. Without
 * problems, one empty row to fill in by hand.
 */
export function problemsTableXml(plan: Plan, width: number): string {
  const problems = plan.problems ?? [];
  const rows: SimpleRow[] = problems.map((p, i) => {
    const prev = i > 0 ? problems[i - 1] : null;
    const next = i + 1 < problems.length ? problems[i + 1] : null;
    const shares = (a: Problem | null, b: Problem | null): boolean => !!a && !!b && !!a.cells.standard && a.cells.standard === b.cells.standard;
    const standardMerge = shares(prev, p) ? "continue" : shares(p, next) ? "restart" : "none";
    return {
      cells: [
        { text: nfc(p.tt).trim() || String(i + 1), align: "center" },
        { text: standardCell(plan, p) },
        { text: nfc(p.criterionText).trim() },
        { text: nfc(p.situation) },
        { text: nfc(p.weakness) },
        { text: nfc(p.cause) },
      ],
      merge: ["none", standardMerge, "none", "none", "none", "none"],
    };
  });
  if (!rows.length) rows.push({ cells: [{ text: "1", align: "center" }] });
  return simpleTableXml(columnsOf(formTable("IV"), SHARES_IV), rows, width);
}

/** "Cuối HK I", "cuối học kỳ 1 (tháng 01/2027)" → the words of "cuối học kỳ I"; "Cuối học kỳ II" stays apart. */
function whenWords(s: string): string {
  return ` ${fold(s)
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\bhk\b/g, "hoc ky")
    .replace(/\bky 1\b/g, "ky i")
    .replace(/\bky 2\b/g, "ky ii")
    .trim()} `;
}

/** True when a review's "Thời điểm" is the form's fixed row `title` (its words, as whole words). */
export function isFixedReview(when: string, title: string): boolean {
  return whenWords(when).includes(whenWords(title));
}

/**
 * The rows of table VI: the form's fixed rows ("Cuối học kỳ I", "Cuối năm
 * học") always, each filled with the first review of the sheet whose
 * "Thời điểm" is it; the other reviews after them, in sheet order.
 */
export function monitoringRows(reviews: readonly Review[]): { when: string; review: Review | null }[] {
  const fixed = formTable("VI").fixedRows ?? [];
  const used = new Set<Review>();
  const out = fixed.map((f) => {
    const review = reviews.find((r) => !used.has(r) && isFixedReview(r.when, f.title)) ?? null;
    if (review) used.add(review);
    return { when: review ? nfc(review.when).trim() : f.title, review };
  });
  for (const r of reviews) if (!used.has(r)) out.push({ when: nfc(r.when).trim(), review: r });
  return out;
}

export function monitoringTableXml(plan: Plan, width: number): string {
  const rows: SimpleRow[] = monitoringRows(plan.reviews ?? []).map(({ when, review }) => ({
    cells: [
      { text: when, bold: false },
      { text: nfc(review?.subject ?? "") },
      { text: nfc(review?.result ?? "") },
      { text: nfc(review?.adjustment ?? "") },
      { text: nfc(review?.reviewer ?? "") },
    ],
  }));
  return simpleTableXml(columnsOf(formTable("VI"), SHARES_VI), rows, width);
}

/**
 * The lines under table V: the total in figures, then its split by funding
 * source (only the sources with money; none when it all comes from one source
 * named nowhere). Vietnamese: the document's language.
 */
export function totalLines(totals: Pick<Totals, "amount" | "bySource">): string[] {
  const parts = FUNDING_GROUPS.map((g) => ({ g, amount: totals.bySource?.[g] ?? 0 })).filter((p) => p.amount > 0);
  const total = `Tổng kinh phí dự kiến: ${formatAmount(totals.amount)} đồng`;
  if (!parts.length || (parts.length === 1 && parts[0].g === "other")) return [`${total}.`];
  if (parts.length === 1) return [`${total} (${t("fundingGroup", parts[0].g, "vi").toLocaleLowerCase("vi")}).`];
  return [
    `${total}, trong đó:`,
    ...parts.map((p, i) => `- ${t("fundingGroup", p.g, "vi")}: ${formatAmount(p.amount)} đồng${i === parts.length - 1 ? "." : ";"}`),
  ];
}

const marker = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });

const NOTE = { spacing: { before: 0, after: 120 }, indent: { firstLine: 720 }, size: PT.body } as const;

export function buildDocument2026(input: Input): Document {
  const { plan, totals, info } = input;
  const ctx = contextOf(plan);
  const year = schoolYearText(info.schoolYear || plan.schoolYear || "") || "20…-20…";
  const words = nfc(totals.words).trim().replace(/[.\s]+$/, "");
  const text = (k: "info" | "basis" | "purpose" | "organisation" | "reporting" | "closing") => sectionBody(sectionText(info, k, ctx));

  const first: (Paragraph | Table)[] = [
    letterhead(info),
    para("KẾ HOẠCH", { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, bold: true, size: PT.title }),
    para(`Cải tiến chất lượng giáo dục năm học ${year}`, {
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 80 },
      bold: true,
      size: PT.title,
    }),
    rule(1984, PORTRAIT_WIDTH),
    para("", { spacing: { before: 0, after: 120 }, size: PT.body }),
    sectionHeading("info"),
    ...text("info"),
    sectionHeading("basis"),
    ...text("basis"),
    sectionHeading("purpose"),
    ...text("purpose"),
    sectionHeading("problems"),
    marker(MARKERS.IV),
    // The section's last paragraph carries its page setup: never the marker, which the table replaces.
    para("", { spacing: { before: 0, after: 0 }, size: PT.body }),
  ];

  const uncounted = uncountedLine(totals);
  const planPart: Paragraph[] = [
    sectionHeading("content"),
    marker(MARKERS.V),
    ...totalLines(totals).map((line, i) => para(line, { ...NOTE, spacing: { before: i === 0 ? 120 : 0, after: 0 }, keepNext: true })),
    para(`Bằng chữ: ${words}.`, { ...NOTE, spacing: { before: 0, after: 120 }, italics: true }),
    ...(uncounted ? [para(uncounted, { ...NOTE, italics: true })] : []),
  ];

  const last: (Paragraph | Table)[] = [
    sectionHeading("monitoring"),
    marker(MARKERS.VI),
    para("", { spacing: { before: 0, after: 0 }, size: PT.body }),
    sectionHeading("organisation"),
    ...text("organisation"),
    sectionHeading("reporting"),
    ...text("reporting"),
    // The closing sentence stays on the signer's page: the signature never stands alone on a page.
    ...textParagraphs(sectionText(info, "closing", ctx)).map((line) => para(line, { ...BODY, size: PT.body, keepNext: true })),
    para("", { spacing: { before: 0, after: 0 }, size: PT.body, keepNext: true }),
    signerBlock(info),
  ];

  const sections: ISectionOptions[] = [
    {
      properties: { page: portraitPage, titlePage: true },
      headers: { default: pageHeader(), first: emptyHeader() },
      children: first,
    },
    {
      properties: { page: landscapePage, type: SectionType.NEXT_PAGE },
      headers: { default: pageHeader() },
      children: planPart,
    },
    {
      properties: { page: portraitPage, type: SectionType.NEXT_PAGE },
      headers: { default: pageHeader() },
      children: last,
    },
  ];
  return documentShell(`Kế hoạch cải tiến chất lượng giáo dục năm học ${year}`, sections);
}

/** The Biểu 2 document as .docx bytes. `codec`: a platform's own DEFLATE (Node's zlib in the CLI); fflate's otherwise. */
export async function buildPlanDocx2026(input: Input, options: { codec?: ZipCodec } = {}): Promise<Uint8Array> {
  const packed = await Packer.pack(buildDocument2026(input), "uint8array");
  const files = unzipFiles(packed);
  let xml = textOf(files, "word/document.xml") ?? "";
  const tables: [string, string][] = [
    [MARKERS.IV, problemsTableXml(input.plan, PORTRAIT_WIDTH)],
    [MARKERS.V, planTableXml(input.plan, input.totals, LANDSCAPE_WIDTH)],
    [MARKERS.VI, monitoringTableXml(input.plan, PORTRAIT_WIDTH)],
  ];
  for (const [m, table] of tables) {
    const placed = replaceMarkerParagraph(xml, m, table);
    if (!("xml" in placed)) throw new Error("a table's place was not found in the generated document");
    xml = placed.xml;
  }
  return zipFiles(files, { "word/document.xml": xml }, options.codec);
}
