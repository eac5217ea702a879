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
import { Packer, Paragraph, Table, TextRun } from "docx";
import type { Document } from "docx";
import type { Plan, Totals } from "../plan";
import { planTableXml, replaceMarkerParagraph, uncountedLine } from "./table";
import { monitoringTableXml, problemsTableXml, totalLines } from "./tables2026";
import { textOf, unzipFiles, zipFiles, type ZipCodec } from "./zip";
import { nfc, schoolYearText, textParagraphs } from "./format";
import { PT, para } from "./runs";
import type { DocumentInfo } from "./types";
import { FORM_2026, formSection, type SectionKey } from "../forms";
import { contextOf } from "../context";
import { sectionText } from "./defaults";
import {
  BODY,
  LANDSCAPE_WIDTH,
  PORTRAIT_WIDTH,
  documentShell,
  planSections,
  titleBlock,
  heading,
  letterhead,
  sectionBody,
  signerBlock,
} from "./blocks";

type Input = { plan: Plan; totals: Totals; info: DocumentInfo };

/** Texts of the paragraphs that stand where tables IV, V and VI go until they are put in. */
const MARKERS = { IV: "ctcl-table-iv-3a9c51", V: "ctcl-table-v-8e27d4", VI: "ctcl-table-vi-51f0b6" } as const;

const sectionHeading = (key: SectionKey): Paragraph => {
  const s = formSection(FORM_2026, key);
  return heading(s.number, s.title);
};

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
    ...titleBlock("KẾ HOẠCH", [`Cải tiến chất lượng giáo dục năm học ${year}`]),
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

  const sections = planSections(first, planPart, last);
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
