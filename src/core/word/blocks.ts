/**
 * Building blocks shared by every document the add-in writes (the 2018 plan,
 * the Biểu 2 plan of 2026, the review report): the Nghị định 30 letterhead,
 * headings and body paragraphs, the recipients and signer block, page headers
 * with the page number from page 2, portrait and landscape A4 pages, and the
 * document shell with its default font. Pure: `docx` objects, no IO.
 */
import {
  AlignmentType,
  Document,
  Header,
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
import {
  isSubHeading,
  nfc,
  numberLine,
  placeAndDate,
  recipientLines,
  textParagraphs,
  timesBoldWidth,
  timesWidth,
  letterheadLines,
} from "./format";
import { FONT, PAGE, PT, para, rule, run } from "./runs";
import type { DocumentInfo } from "./types";

export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

export const PORTRAIT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const LANDSCAPE_WIDTH = PAGE.height - PAGE.left - PAGE.rightLandscape;

/** Letterhead columns (twips): the table starts 1 cm into the left margin, as the state templates do. */
const HEAD_INDENT = 567;
const HEAD_LEFT = 4252; // 7.5 cm
const HEAD_RIGHT = PORTRAIT_WIDTH + HEAD_INDENT - HEAD_LEFT; // 9.5 cm
const HEAD_MARGIN = 57;

export function upper(s: string): string {
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

export const centred = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } } as const;

export function letterhead(info: DocumentInfo): Table {
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

export const BODY = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: 720 },
  spacing: { before: 0, after: 120, line: 288 },
} as const;

export function heading(numeral: string, title: string): Paragraph {
  const n = nfc(numeral).trim();
  return para(`${n ? `${n}. ` : ""}${title}`, {
    ...BODY,
    spacing: { before: 120, after: 120, line: 288 },
    keepNext: true,
    bold: true,
    size: PT.body,
  });
}

export function sectionBody(text: string): Paragraph[] {
  return textParagraphs(text).map((line) =>
    para(line, { ...BODY, bold: isSubHeading(line), keepNext: isSubHeading(line), size: PT.body }),
  );
}

export function signerBlock(info: DocumentInfo): Table {
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

export function pageHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT.pageNumber * 2 })],
      }),
    ],
  });
}

export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [run("", { size: PT.pageNumber })] })] });
}

export const portraitPage = {
  size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
  margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
};

// docx swaps width and height itself for landscape: give the portrait size.
export const landscapePage = {
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

/** The document around its sections: Times New Roman body size, the title in the file's properties. */
export function documentShell(title: string, sections: ISectionOptions[]): Document {
  return new Document({
    creator: "ctcl",
    title,
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

/**
 * The plan documents' three page sections: portrait text (no page number on
 * the first page), the landscape table pages, portrait text to the signer;
 * pages numbered at the top from page 2.
 */
export function planSections(first: (Paragraph | Table)[], landscape: (Paragraph | Table)[], last: (Paragraph | Table)[]): ISectionOptions[] {
  return [
    { properties: { page: portraitPage, titlePage: true }, headers: { default: pageHeader(), first: emptyHeader() }, children: first },
    { properties: { page: landscapePage, type: SectionType.NEXT_PAGE }, headers: { default: pageHeader() }, children: landscape },
    { properties: { page: portraitPage, type: SectionType.NEXT_PAGE }, headers: { default: pageHeader() }, children: last },
  ];
}

/** The document's kind ("KẾ HOẠCH", "BÁO CÁO") and its subject lines, bold and centred, with the short rule under them. */
export function titleBlock(kind: string, subject: readonly string[]): Paragraph[] {
  return [
    para(kind, { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, bold: true, size: PT.title }),
    ...subject.map((line, n) =>
      para(line, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: n === subject.length - 1 ? 80 : 0 }, bold: true, size: PT.title }),
    ),
    rule(1984, PORTRAIT_WIDTH),
    para("", { spacing: { before: 0, after: 120 }, size: PT.body }),
  ];
}
