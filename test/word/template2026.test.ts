/**
 * A school's own template for a 2026-form plan: {problems} and {monitoring}
 * become tables IV and VI of Biểu 2, {table} table V with its numbering row,
 * the totals by funding source fill their placeholders; the same protections
 * as for {table} (alone in its paragraph, once, in the body); a 2018 plan
 * leaves nothing where tables IV and VI would go.
 */
import { Document, Footer, Packer, PageOrientation, Paragraph, SectionType, TextRun } from "docx";
import { defaultDocumentInfo, fillTemplateDocx, TemplateError, TEMPLATE_PLACEHOLDERS } from "../../src/core/word";
import { TABLE_PLACEHOLDERS } from "../../src/core/word/template";
import type { Plan } from "../../src/core/plan";
import { computeTotals } from "../../src/core/totals";
import { formatAmount } from "../../src/core/words";
import { cells, parts, planTableOf, rows, tables, visibleText } from "./docx-xml";
import { SINGLE_SHEET, readSheets } from "../support/form2026";
import { SAM_MUN_TOTALS, samMunPlan } from "./fixtures";

const p = (text: string) => new Paragraph({ children: [new TextRun({ text, font: "Times New Roman" })] });

/** Portrait: title, IV; landscape: V and the totals; portrait: VI. */
async function biểu2Template(extra: { iv?: string } = {}): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [p("KẾ HOẠCH năm học {year}"), p("IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN"), p(extra.iv ?? "{problems}")],
      },
      {
        properties: { type: SectionType.NEXT_PAGE, page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } } },
        children: [p("V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"), p("{table}"), p("{totalBySource}"), p("NSNN {totalNsnn}; XHH {totalXhh}; CTX {totalCtx}; khác {totalOther}"), p("Bằng chữ: {totalWords}.")],
      },
      {
        properties: { type: SectionType.NEXT_PAGE },
        children: [p("VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN"), p("{monitoring}"), p("VII. TỔ CHỨC THỰC HIỆN")],
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}

async function fill(template: Uint8Array, plan: Plan) {
  const totals = computeTotals(plan);
  const bytes = await fillTemplateDocx(template, { plan, totals, info: defaultDocumentInfo(plan) });
  const { document } = parts(bytes);
  // A line break inside a filled placeholder reads as a new line.
  return { document, totals, text: visibleText(document.replace(/<w:br\/>/g, "<w:t>\n</w:t>")) };
}

async function error(template: Uint8Array, plan: Plan): Promise<TemplateError> {
  try {
    await fill(template, plan);
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    return e as TemplateError;
  }
  throw new Error("no TemplateError");
}

const sectAfter = (document: string, at: number) => /<w:sectPr[ >][\s\S]*?<\/w:sectPr>/.exec(document.slice(at))![0];

describe("a template for a 2026-form plan", () => {
  test("tables IV, V (numbered) and VI where their placeholders are, each as wide as its section, the section breaks kept", async () => {
    const plan = await readSheets([SINGLE_SHEET]);
    const { document, text } = await fill(await biểu2Template(), plan);
    expect(text).not.toMatch(/[{}]/);
    const all = tables(document);
    expect(all).toHaveLength(3);
    const [iv, v, vi] = all;
    expect(visibleText(rows(iv)[0])).toMatch(/^TT\nTiêu chuẩn\nTiêu chí liên quan \(nếu có\)\n/);
    expect(rows(iv)).toHaveLength(1 + plan.problems!.length);
    expect(visibleText(cells(rows(iv)[1])[4]).trim()).toBe(plan.problems![0].weakness);
    expect(v).toBe(planTableOf(document));
    expect(visibleText(rows(v)[1]).split("\n").filter(Boolean)).toHaveLength(10);
    expect(visibleText(rows(vi)[0])).toMatch(/^Thời điểm\n/);
    expect(rows(vi).slice(1).map((tr) => visibleText(cells(tr)[0]).trim())).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
    // Widths follow the sections: portrait A4 (docx's default margins) for IV and VI, landscape for V.
    const width = (t: string) => [...t.matchAll(/<w:gridCol w:w="(\d+)"/g)].reduce((a, m) => a + Number(m[1]), 0);
    expect(width(v)).toBeGreaterThan(width(iv));
    expect(width(iv)).toBe(width(vi));
    expect(document.match(/<w:pgSz [^>]*>/g)).toHaveLength(3);
    expect(sectAfter(document, document.indexOf(v))).toContain('w:orient="landscape"');
    expect(sectAfter(document, document.indexOf(iv))).not.toContain('w:orient="landscape"');
  });

  test("the totals by source, in lines and one by one, as computeTotals counts them", async () => {
    const plan = await readSheets([SINGLE_SHEET]);
    const { text, totals } = await fill(await biểu2Template(), plan);
    expect(totals.bySource).toMatchObject({ nsnn: 45000000, xhh: 15000000 });
    expect(text).toContain("Tổng kinh phí dự kiến: 60.000.000 đồng, trong đó:\n- Ngân sách nhà nước: 45.000.000 đồng;\n- Xã hội hóa: 15.000.000 đồng.");
    expect(text).toContain(`NSNN ${formatAmount(totals.bySource.nsnn)}; XHH ${formatAmount(totals.bySource.xhh)}; CTX 0; khác 0`);
    expect(text).toContain(`Bằng chữ: ${totals.words}.`);
  });

  test("the new placeholders are listed with the others", () => {
    expect(TEMPLATE_PLACEHOLDERS).toEqual(expect.arrayContaining(["totalBySource", "totalNsnn", "totalXhh", "totalCtx", "totalOther"]));
    expect(TABLE_PLACEHOLDERS).toEqual(["table", "problems", "monitoring"]);
  });

  test("{problems} twice, not alone in its paragraph, or in a footer: refused with a sentence", async () => {
    const plan = await readSheets([SINGLE_SHEET]);
    const doc = new Document({ sections: [{ children: [p("{problems}"), p("{problems}"), p("{table}")] }] });
    const twice = await error(await Packer.pack(doc, "uint8array"), plan);
    expect(twice.code).toBe("broken-tag");
    expect(twice.placeholder).toBe("problems");
    expect(twice.message).toContain("{problems}");
    const notAlone = await error(await biểu2Template({ iv: "Bảng: {problems}" }), plan);
    expect(notAlone.code).toBe("broken-tag");
    expect(notAlone.message).toBe("Chỗ điền {problems} phải đứng một mình trong một đoạn văn (không có chữ khác cùng dòng).");
    const footer = new Document({ sections: [{ footers: { default: new Footer({ children: [p("{monitoring}")] }) }, children: [p("{table}")] }] });
    const inFooter = await error(await Packer.pack(footer, "uint8array"), plan);
    expect(inFooter.code).toBe("broken-tag");
    expect(inFooter.message).toBe("Chỗ điền {monitoring} phải nằm trong thân văn bản, không đặt trong đầu trang, chân trang hay khung văn bản.");
  });

  test("a misspelt table placeholder is named with the valid ones, the new ones among them", async () => {
    const doc = new Document({ sections: [{ children: [p("{problem}"), p("{table}")] }] });
    const e = await error(await Packer.pack(doc, "uint8array"), await readSheets([SINGLE_SHEET]));
    expect(e.code).toBe("unknown-placeholder");
    expect(e.message).toContain("{problems}, {monitoring}");
  });

  test("a 2018-form plan: nothing where tables IV and VI would go, table V as before", async () => {
    const plan = samMunPlan();
    const bytes = await fillTemplateDocx(await biểu2Template(), { plan, totals: SAM_MUN_TOTALS, info: defaultDocumentInfo(plan) });
    const { document } = parts(bytes);
    const all = tables(document);
    expect(all).toHaveLength(1);
    expect(all[0].match(/<w:gridCol /g)).toHaveLength(9);
    expect(visibleText(document)).not.toMatch(/[{}]|ctclPlanTable/);
    // The section breaks that the placeholders' paragraphs carried are still there.
    expect(document.match(/<w:pgSz [^>]*>/g)).toHaveLength(3);
  });
});
