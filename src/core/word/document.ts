/**
 * The generated plan document (no user template): letterhead, title, sections
 * I-II on portrait pages, section III (the table) on landscape pages, the
 * organisation section, recipients and signer on portrait pages. Pure: builds
 * bytes with `docx`, no Node or DOM APIs.
 */
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { ISectionOptions } from "docx";
import type { Plan, Totals } from "../plan";
import { planTableXml, replaceMarkerParagraph, uncountedLine } from "./table";
import { textOf, unzipFiles, zipFiles, type ZipCodec } from "./zip";
import {
  isSubHeading,
  nfc,
  numberLine,
  placeAndDate,
  recipientLines,
  schoolYearText,
  textParagraphs,
  timesBoldWidth,
  timesWidth,
  letterheadLines,
} from "./format";
import { FONT, PAGE, PT, para, rule, run } from "./runs";
import type { DocumentInfo } from "./types";
import { FORM_2018, formSection } from "../forms";

/** Section titles of the document (the 2018 form's sections, from ./forms). */
const sectionTitle = (key: "purpose" | "basis" | "content" | "organisation"): string => formSection(FORM_2018, key).title;

export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

const PORTRAIT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const LANDSCAPE_WIDTH = PAGE.height - PAGE.left - PAGE.rightLandscape;

/** Letterhead columns (twips): the table starts 1 cm into the left margin, as the state templates do. */
const HEAD_INDENT = 567;
const HEAD_LEFT = 4252; // 7.5 cm
const HEAD_RIGHT = PORTRAIT_WIDTH + HEAD_INDENT - HEAD_LEFT; // 9.5 cm
const HEAD_MARGIN = 57;

function upper(s: string): string {
  return nfc(s).trim().toLocaleUpperCase("vi");
}

function headCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { top: 0, bottom: 0, left: HEAD_MARGIN, right: HEAD_MARGIN },
  });
}

const centred = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } } as const;

function letterhead(info: DocumentInfo): Table {
  const leftInner = HEAD_LEFT - 2 * HEAD_MARGIN;
  const rightInner = HEAD_RIGHT - 2 * HEAD_MARGIN;
  const school = upper(info.school);
  const left: Paragraph[] = [];
  if (info.agency.trim()) {
    const lines = textParagraphs(upper(info.agency)).flatMap((l) => letterheadLines(l, leftInner, (x) => timesWidth(x, PT.letterhead)));
    for (const line of lines) left.push(para(line, { ...centred, size: PT.letterhead }));
  }
  const schoolLines = textParagraphs(school).flatMap((l) => letterheadLines(l, leftInner, (x) => timesBoldWidth(x, PT.letterhead)));
  for (const line of schoolLines.length ? schoolLines : [""]) {
    left.push(para(line, { ...centred, size: PT.letterhead, bold: true }));
  }
  const longest = Math.max(0, ...schoolLines.map((l) => timesBoldWidth(l, PT.letterhead)));
  const schoolRule = Math.max(850, Math.round(Math.min(longest, leftInner) * 0.4));
  left.push(rule(schoolRule, leftInner));

  const right: Paragraph[] = [
    para(NATIONAL, { ...centred, size: PT.letterhead, bold: true }),
    para(MOTTO, { ...centred, size: PT.motto, bold: true }),
    rule(timesBoldWidth(MOTTO, PT.motto), rightInner),
  ];

  const numberCell = [para(numberLine(info.number), { ...centred, spacing: { before: 120, after: 0 }, size: PT.number })];
  const dateCell = [
    para(placeAndDate(info.place, info.date), {
      ...centred,
      spacing: { before: 120, after: 0 },
      size: PT.date,
      italics: true,
    }),
  ];

  return new Table({
    rows: [
      new TableRow({ children: [headCell(left, HEAD_LEFT), headCell(right, HEAD_RIGHT)] }),
      new TableRow({ children: [headCell(numberCell, HEAD_LEFT), headCell(dateCell, HEAD_RIGHT)] }),
    ],
    width: { size: HEAD_LEFT + HEAD_RIGHT, type: WidthType.DXA },
    columnWidths: [HEAD_LEFT, HEAD_RIGHT],
    indent: { size: -HEAD_INDENT, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

const BODY = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: 720 },
  spacing: { before: 0, after: 120, line: 288 },
} as const;

function heading(numeral: string, title: string): Paragraph {
  const n = nfc(numeral).trim();
  return para(`${n ? `${n}. ` : ""}${title}`, {
    ...BODY,
    spacing: { before: 120, after: 120, line: 288 },
    keepNext: true,
    bold: true,
    size: PT.body,
  });
}

function sectionBody(text: string): Paragraph[] {
  return textParagraphs(text).map((line) =>
    para(line, { ...BODY, bold: isSubHeading(line), keepNext: isSubHeading(line), size: PT.body }),
  );
}

function signerBlock(info: DocumentInfo): Table {
  const leftW = Math.round(PORTRAIT_WIDTH * 0.45);
  const rightW = PORTRAIT_WIDTH - leftW;
  const left: Paragraph[] = [
    para("Nơi nhận:", { spacing: { before: 0, after: 0 }, size: PT.recipientsTitle, bold: true, italics: true }),
    ...recipientLines(info.recipients).map((l) => para(l, { spacing: { before: 0, after: 0 }, size: PT.recipients })),
  ];
  const titles = textParagraphs(upper(info.signerTitle || "HIỆU TRƯỞNG"));
  const right: Paragraph[] = [
    ...titles.map((l) => para(l, { ...centred, size: PT.signer, bold: true })),
    ...Array.from({ length: 4 }, () => para("", { ...centred, size: PT.signer })),
    para(nfc(info.signerName).trim(), { ...centred, spacing: { before: 240, after: 0 }, size: PT.signer, bold: true }),
  ];
  return new Table({
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ children: left, width: { size: leftW, type: WidthType.DXA }, margins: { left: 0, right: 57 } }),
          new TableCell({ children: right, width: { size: rightW, type: WidthType.DXA }, margins: { left: 57, right: 0 } }),
        ],
      }),
    ],
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

function pageHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT.pageNumber * 2 })],
      }),
    ],
  });
}

function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [run("", { size: PT.pageNumber })] })] });
}

const portraitPage = {
  size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
  margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
};

// docx swaps width and height itself for landscape: give the portrait size.
const landscapePage = {
  size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
  margin: {
    top: PAGE.top,
    bottom: PAGE.bottom,
    left: PAGE.left,
    right: PAGE.rightLandscape,
    header: PAGE.header,
    footer: PAGE.footer,
  },
};

export function buildDocument(input: { plan: Plan; totals: Totals; info: DocumentInfo }): Document {
  const { plan, totals, info } = input;
  const year = schoolYearText(info.schoolYear || plan.schoolYear || "") || "20…-20…";
  const words = nfc(totals.words).trim().replace(/[.\s]+$/, "");

  const first: Paragraph[] = [
    para("KẾ HOẠCH", { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, bold: true, size: PT.title }),
    para(`Cải tiến chất lượng giáo dục năm học ${year}`, {
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 80 },
      bold: true,
      size: PT.title,
    }),
    rule(1984, PORTRAIT_WIDTH),
    para("", { spacing: { before: 0, after: 120 }, size: PT.body }),
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

  const header = pageHeader();
  const sections: ISectionOptions[] = [
    {
      properties: { page: portraitPage, titlePage: true },
      headers: { default: header, first: emptyHeader() },
      children: [letterhead(info), ...first],
    },
    {
      properties: { page: landscapePage, type: SectionType.NEXT_PAGE },
      headers: { default: pageHeader() },
      children: tablePart,
    },
    {
      properties: { page: portraitPage, type: SectionType.NEXT_PAGE },
      headers: { default: pageHeader() },
      children: last,
    },
  ];

  return new Document({
    creator: "ctcl",
    title: `Kế hoạch cải tiến chất lượng giáo dục năm học ${year}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: PT.body * 2 },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections,
  });
}

/** Text of the paragraph that stands where the plan table goes until it is put in. */
const TABLE_MARKER = "ctcl-plan-table-6f1d2b";

/** `codec`: a platform's own DEFLATE for the zipping (Node's zlib in the CLI); fflate's otherwise. */
export async function buildPlanDocx(input: { plan: Plan; totals: Totals; info: DocumentInfo }, options: { codec?: ZipCodec } = {}): Promise<Uint8Array> {
  // docx packs the document with a one-paragraph marker where the table goes
  // (small: its zipping is cheap); the table's XML is put in its place and the
  // package zipped once more, the only deflate of the large part.
  const packed = await Packer.pack(buildDocument(input), "uint8array");
  const files = unzipFiles(packed);
  const placed = replaceMarkerParagraph(textOf(files, "word/document.xml") ?? "", TABLE_MARKER, planTableXml(input.plan, input.totals, LANDSCAPE_WIDTH));
  if (!("xml" in placed)) throw new Error("the plan table's place was not found in the generated document");
  return zipFiles(files, { "word/document.xml": placed.xml }, options.codec);
}
