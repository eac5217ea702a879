#!/usr/bin/env node
/* global require, console, __dirname */
/**
 * Writes examples/templates/mau-tieu-de-truong.docx: a sample user template
 * with the school's own letterhead and the placeholders of docs/word-template.md
 * ({agency}, {school}, {number}, {place}, {date}, {year}, {table},
 * {total}, {totalWords}, {uncounted}, {signerTitle}, {signerName}), page
 * numbers centred at the top from page 2. Run: node scripts/make-template-example.js
 */
const fs = require("fs");
const path = require("path");
const {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  PageNumber,
  Packer,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} = require("docx");

const FONT = "Times New Roman";
const r = (text, o = {}) => new TextRun({ text, font: FONT, size: (o.size || 13) * 2, bold: o.bold, italics: o.italics });
const p = (text, o = {}) =>
  new Paragraph({
    alignment: o.align || AlignmentType.LEFT,
    indent: o.indent,
    spacing: { before: o.before || 0, after: o.after || 0 },
    border: o.border,
    children: [r(text, o)],
  });
const cell = (children, width) =>
  new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: { left: 57, right: 57 } });
const C = AlignmentType.CENTER;
const line = { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } };

const letterhead = new Table({
  width: { size: 9638, type: WidthType.DXA },
  columnWidths: [4252, 5386],
  indent: { size: -567, type: WidthType.DXA },
  layout: TableLayoutType.FIXED,
  borders: TableBorders.NONE,
  rows: [
    new TableRow({
      children: [
        cell(
          [
            p("{agency}", { align: C, size: 12 }),
            p("{school}", { align: C, size: 12, bold: true }),
            p("", { align: C, size: 2, before: 40, indent: { left: 1300, right: 1300 }, border: line }),
          ],
          4252,
        ),
        cell(
          [
            p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { align: C, size: 12, bold: true }),
            p("Độc lập - Tự do - Hạnh phúc", { align: C, size: 13, bold: true }),
            p("", { align: C, size: 2, before: 40, indent: { left: 1060, right: 1060 }, border: line }),
          ],
          5386,
        ),
      ],
    }),
    new TableRow({
      children: [
        cell([p("Số: {number}", { align: C, before: 120 })], 4252),
        cell([p("{place}, {date}", { align: C, italics: true, size: 14, before: 120 })], 5386),
      ],
    }),
  ],
});

const body = (text, o = {}) => p(text, { size: 14, after: 120, indent: { firstLine: 720 }, align: AlignmentType.JUSTIFIED, ...o });

const signer = new Table({
  width: { size: 9071, type: WidthType.DXA },
  columnWidths: [4082, 4989],
  layout: TableLayoutType.FIXED,
  borders: TableBorders.NONE,
  rows: [
    new TableRow({
      children: [
        cell(
          [
            p("Nơi nhận:", { size: 12, bold: true, italics: true }),
            p("- Phòng GD&ĐT (b/c);", { size: 11 }),
            p("- Hội đồng TĐG (để th/h);", { size: 11 }),
            p("- Lưu: VT.", { size: 11 }),
          ],
          4082,
        ),
        cell(
          [
            p("{signerTitle}", { align: C, size: 14, bold: true }),
            p("", { size: 14 }),
            p("", { size: 14 }),
            p("", { size: 14 }),
            p("", { size: 14 }),
            p("{signerName}", { align: C, size: 14, bold: true }),
          ],
          4989,
        ),
      ],
    }),
  ],
});

// Page numbers centred at the top from page 2 (Nghị định 30): an empty first-page header.
const numbered = new Header({
  children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })] })],
});
const headers = { default: numbered, first: new Header({ children: [new Paragraph({ children: [] })] }) };
const later = { default: numbered };

const portrait = {
  size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT },
  margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
};
const landscape = {
  size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
  margin: { top: 1134, bottom: 1134, left: 1701, right: 850 },
};

const doc = new Document({
  creator: "ctcl",
  title: "Mẫu kế hoạch cải tiến chất lượng giáo dục (mẫu của trường)",
  styles: { default: { document: { run: { font: FONT, size: 28 } } } },
  sections: [
    {
      properties: { page: portrait, titlePage: true },
      headers,
      children: [
        letterhead,
        p("KẾ HOẠCH", { align: C, bold: true, size: 14, before: 360 }),
        p("Cải tiến chất lượng giáo dục năm học {year}", { align: C, bold: true, size: 14, after: 240 }),
        body("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
        body("(Nhà trường viết mục đích, yêu cầu của mình ở đây.)"),
        body("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", { bold: true }),
        body("(Nhà trường viết các căn cứ của mình ở đây.)"),
      ],
    },
    {
      properties: { page: landscape, type: SectionType.NEXT_PAGE },
      headers: later,
      children: [
        body("III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", { bold: true }),
        p("{table}", { size: 12 }),
        body("Tổng kinh phí dự kiến: {total} đồng (Bằng chữ: {totalWords}).", { italics: true, before: 120 }),
        body("{uncounted}", { italics: true }),
      ],
    },
    {
      properties: { page: portrait, type: SectionType.NEXT_PAGE },
      headers: later,
      children: [
        body("IV. TỔ CHỨC THỰC HIỆN", { bold: true }),
        body("(Nhà trường viết phần tổ chức thực hiện của mình ở đây.)"),
        signer,
      ],
    },
  ],
});

const out = path.join(__dirname, "..", "examples", "templates", "mau-tieu-de-truong.docx");
fs.mkdirSync(path.dirname(out), { recursive: true });
Packer.toBuffer(doc).then((b) => {
  fs.writeFileSync(out, b);
  console.log(out);
});
