/** A school's own template: placeholders filled, the table put in, clear errors. */
import * as fs from "fs";
import * as path from "path";
import { Document, Packer, PageOrientation, Paragraph, TextRun } from "docx";
import { fillTemplateDocx, defaultDocumentInfo, TemplateError, buildPlanDocx } from "../../src/core/word";
import { cells, parts, rows, tables, visibleText } from "./docx-xml";
import { SAM_MUN_TOTALS, samMunPlan } from "./fixtures";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "examples", "templates", "mau-tieu-de-truong.docx");

function input() {
  const plan = samMunPlan();
  return { plan, totals: SAM_MUN_TOTALS, info: defaultDocumentInfo(plan) };
}

/** A template of paragraphs; a paragraph given as runs keeps them apart (as Word splits a placeholder). */
async function template(paragraphs: (string | TextRun[])[], landscape = false): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        properties: landscape
          ? { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } } }
          : {},
        children: paragraphs.map((p) =>
          typeof p === "string" ? new Paragraph({ children: [new TextRun({ text: p, font: "Arial" })] }) : new Paragraph({ children: p }),
        ),
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}

async function error(bytes: Uint8Array): Promise<TemplateError> {
  try {
    await fillTemplateDocx(bytes, input());
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    return e as TemplateError;
  }
  throw new Error("no TemplateError");
}

describe("fillTemplateDocx", () => {
  test("the sample template: every placeholder filled, the table with its merges, the template's own text kept", async () => {
    const bytes = await fillTemplateDocx(new Uint8Array(fs.readFileSync(SAMPLE)), input());
    const { document } = parts(bytes);
    const text = visibleText(document);
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toContain("UBND XÃ MẪU"); // only the school's own agency, no made-up line
    expect(text).toContain("PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN");
    expect(text).toContain("TRƯỜNG MN XÃ SAM MỨN");
    expect(text).toContain("Số: 95/KH-MNSM");
    expect(text).toContain("Sam Mứn, ngày 10 tháng 10 năm 2022");
    expect(text).toContain("Cải tiến chất lượng giáo dục năm học 2022-2023");
    expect(text).toContain("Tổng kinh phí dự kiến: 400.000.000 đồng (Bằng chữ: Bốn trăm triệu đồng).");
    expect(text).toContain("Nguyễn Thị Vi");
    expect(text).toContain("IV. TỔ CHỨC THỰC HIỆN"); // the template's own headings are kept
    // signer title lines: a line break between them
    expect(document).toMatch(/TM\. HỘI ĐỒNG<\/w:t>(?:<\/w:r><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?)?<w:br\/>/);
    const plan = tables(document).find((t) => t.includes("Tiêu chuẩn, tiêu chí"))!;
    expect(plan.match(/<w:gridCol /g)).toHaveLength(9);
    const trs = rows(plan);
    expect(trs[0]).toContain("<w:tblHeader/>");
    expect(plan).toContain('<w:vMerge w:val="restart"/>');
    expect(plan).toContain('<w:gridSpan w:val="9"/>');
    expect(visibleText(trs[trs.length - 1])).toContain("400.000.000");
    // the table fills the landscape section's text width
    const grid = [...plan.matchAll(/<w:gridCol w:w="(\d+)"/g)].reduce((a, m) => a + Number(m[1]), 0);
    expect(grid).toBe(16838 - 1701 - 850);
    // the italic date run of the template stays italic
    expect(document).toMatch(/<w:i\/>(?:(?!<\/w:r>)[\s\S])*Sam Mứn, ngày 10 tháng 10 năm 2022/);
  });

  test("a placeholder split over runs is filled in the first run's format", async () => {
    const bytes = await template([
      [new TextRun({ text: "Trường: {sch", bold: true, font: "Arial" }), new TextRun({ text: "ool}", italics: true })],
      [new TextRun({ text: "{date}", font: "Arial" })],
      "{table}",
    ]);
    const { document } = parts(await fillTemplateDocx(bytes, input()));
    expect(document).toMatch(/<w:b\/>(?:(?!<\/w:r>)[\s\S])*Trường: TRƯỜNG MN XÃ SAM MỨN/);
    expect(document).toMatch(/w:ascii="Arial"(?:(?!<\/w:r>)[\s\S])*ngày 10 tháng 10 năm 2022/);
    expect(tables(document)).toHaveLength(1);
  });

  test("{%table} is read as the table placeholder too", async () => {
    const { document } = parts(await fillTemplateDocx(await template(["{school}", "{%table}"], true), input()));
    expect(tables(document)).toHaveLength(1);
    expect(cells(rows(tables(document)[0])[0])).toHaveLength(9);
  });

  test("an unknown placeholder is named, in Vietnamese, with the valid ones", async () => {
    const e = await error(await template(["{shcool}", "{table}"]));
    expect(e.code).toBe("unknown-placeholder");
    expect(e.placeholder).toBe("shcool");
    expect(e.message).toContain("Mẫu Word có chỗ điền {shcool} không được hỗ trợ. Các chỗ điền hợp lệ: ");
    expect(e.message).toContain("{school}");
    expect(e.message).toContain("{table}");
  });

  test("a loop tag is not a placeholder of ours", async () => {
    const e = await error(await template(["{#rows}x{/rows}", "{table}"]));
    expect(e.code).toBe("unknown-placeholder");
    expect(e.message).toContain("{#rows}");
  });

  test("a template without the table placeholder", async () => {
    const e = await error(await template(["{school}", "{date}"]));
    expect(e.code).toBe("missing-placeholder");
    expect(e.placeholder).toBe("table");
    expect(e.message).toContain("{table}");
  });

  test("a broken tag", async () => {
    const e = await error(await template(["{school", "{table}"]));
    expect(e.code).toBe("broken-tag");
    expect(e.message).toMatch(/^Mẫu Word có chỗ điền/);
  });

  test("the table placeholder must be alone in its paragraph", async () => {
    const e = await error(await template(["Bảng: {table}"]));
    expect(e.code).toBe("broken-tag");
    expect(e.placeholder).toBe("table");
  });

  test("not a .docx", async () => {
    for (const bytes of [
      new TextEncoder().encode("TT,Tiêu chí\n1,1.1\n"),
      new Uint8Array(0),
      new Uint8Array(fs.readFileSync(path.join(ROOT, "test", "fixtures", "form-2026.xlsx"))),
    ]) {
      const e = await error(bytes);
      expect(e.code).toBe("not-docx");
      expect(e.message).toContain(".docx");
    }
  });

  test("a generated document is a valid template only with {table} (it has none)", async () => {
    const e = await error(await buildPlanDocx(input()));
    expect(e.code).toBe("missing-placeholder");
  });
});
