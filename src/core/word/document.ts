/**
 * The generated plan document (no user template): letterhead, title, sections
 * I-II on portrait pages, section III (the table) on landscape pages, the
 * organisation section, recipients and signer on portrait pages. Pure: builds
 * bytes with `docx`, no Node or DOM APIs.
 */
import { Packer, Paragraph, Table, TextRun } from "docx";
import type { Document } from "docx";
import type { Plan, Totals } from "../plan";
import { planTableXml, replaceMarkerParagraph, uncountedLine } from "./table";
import { textOf, unzipFiles, zipFiles, type ZipCodec } from "./zip";
import { nfc, schoolYearText } from "./format";
import { PT, para } from "./runs";
import type { DocumentInfo } from "./types";
import { FORM_2018, formSection } from "../forms";
import { contextOf } from "../context";
import { buildPlanDocx2026 } from "./document2026";
import {
  LANDSCAPE_WIDTH,
  documentShell,
  planSections,
  titleBlock,
  heading,
  letterhead,
  sectionBody,
  signerBlock,
} from "./blocks";

export { MOTTO, NATIONAL } from "./blocks";

/** Section titles of the document (the 2018 form's sections, from ./forms). */
const sectionTitle = (key: "purpose" | "basis" | "content" | "organisation"): string => formSection(FORM_2018, key).title;

export function buildDocument(input: { plan: Plan; totals: Totals; info: DocumentInfo }): Document {
  const { plan, totals, info } = input;
  const year = schoolYearText(info.schoolYear || plan.schoolYear || "") || "20…-20…";
  const words = nfc(totals.words).trim().replace(/[.\s]+$/, "");

  const first: Paragraph[] = [
    ...titleBlock("KẾ HOẠCH", [`Cải tiến chất lượng giáo dục năm học ${year}`]),
    heading(info.numbering.purpose, sectionTitle("purpose")),
    ...sectionBody(info.sections.purpose),
    heading(info.numbering.basis, sectionTitle("basis")),
    ...sectionBody(info.sections.basis),
  ];

  const tablePart: (Paragraph | Table)[] = [
    heading(info.numbering.content, sectionTitle("content")),
    // Replaced by the table's XML once packed (see buildPlanDocx).
    new Paragraph({ children: [new TextRun(TABLE_MARKER)] }),
    para(`Bằng chữ: ${words}.`, {
      spacing: { before: 120, after: 120 },
      indent: { firstLine: 720 },
      italics: true,
      size: PT.body,
    }),
    ...(uncountedLine(totals)
      ? [para(uncountedLine(totals), { spacing: { before: 0, after: 120 }, indent: { firstLine: 720 }, italics: true, size: PT.body })]
      : []),
  ];

  const last: (Paragraph | Table)[] = [
    heading(info.numbering.organisation, sectionTitle("organisation")),
    ...sectionBody(info.sections.organisation),
    ...sectionBody(info.sections.closing),
    para("", { spacing: { before: 0, after: 0 }, size: PT.body }),
    signerBlock(info),
  ];

  const sections = planSections([letterhead(info), ...first], tablePart, last);

  return documentShell(`Kế hoạch cải tiến chất lượng giáo dục năm học ${year}`, sections);
}

/** Text of the paragraph that stands where the plan table goes until it is put in. */
const TABLE_MARKER = "ctcl-plan-table-6f1d2b";

/**
 * The plan document of the plan's form: the Biểu 2 of Thông tư 57/2026 for a
 * plan on the 2026 form (./document2026), the 2018 document otherwise. Every
 * caller (CLI, PDF, the pane) goes through here.
 * `codec`: a platform's own DEFLATE for the zipping (Node's zlib in the CLI); fflate's otherwise.
 */
export async function buildPlanDocx(input: { plan: Plan; totals: Totals; info: DocumentInfo }, options: { codec?: ZipCodec } = {}): Promise<Uint8Array> {
  if (contextOf(input.plan).form === "2026") return buildPlanDocx2026(input, options);
  // docx packs the document with a one-paragraph marker where the table goes
  // (small: its zipping is cheap); the table's XML is put in its place and the
  // package zipped once more, the only deflate of the large part.
  const packed = await Packer.pack(buildDocument(input), "uint8array");
  const files = unzipFiles(packed);
  const placed = replaceMarkerParagraph(textOf(files, "word/document.xml") ?? "", TABLE_MARKER, planTableXml(input.plan, input.totals, LANDSCAPE_WIDTH));
  if (!("xml" in placed)) throw new Error("the plan table's place was not found in the generated document");
  return zipFiles(files, { "word/document.xml": placed.xml }, options.codec);
}
