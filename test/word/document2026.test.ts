/**
 * The Biểu 2 document (Thông tư 57/2026) written for 2026-form plans, read back
 * from its XML: on test/fixtures/form-2026.xlsx and the 2026 workbooks of
 * ./form2026-workbooks (one sheet with the numbering row; tables on separate
 * sheets, columns in another order; every rule broken once; headers merged).
 */
import * as path from "path";
import { buildPlanDocx, defaultDocumentInfo, type DocumentInfo } from "../../src/core/word";
import type { Plan, Review } from "../../src/core/plan";
import { computeTotals } from "../../src/core/totals";
import { contextOf } from "../../src/core/context";
import { FORM_2026 } from "../../src/core/forms";
import { formatAmount } from "../../src/core/words";
import { isFixedReview, monitoringRows, totalLines } from "../../src/core/word/tables2026";
import { FIXTURES, readPlanFile } from "../helpers";
import { cells, parts, planTableOf, rows, tables, visibleText } from "./docx-xml";
import { EVERY_RULE_BROKEN, MERGED_HEADERS, SINGLE_SHEET, SEPARATE_SHEETS, readSheets } from "../support/form2026";
import { samMunPlan, SAM_MUN_TOTALS } from "./fixtures";
import { validateXML } from "xmllint-wasm";

const WORKBOOKS: [string, () => Promise<Plan>][] = [
  ["test/fixtures/form-2026.xlsx", () => readPlanFile(path.join(FIXTURES, "form-2026.xlsx"))],
  ["one sheet with the numbering row", () => readSheets([SINGLE_SHEET])],
  ["tables on separate sheets, columns in another order", () => readSheets(SEPARATE_SHEETS)],
  ["every rule broken once", () => readSheets([EVERY_RULE_BROKEN])],
  ["headers merged over two rows", () => readSheets([MERGED_HEADERS])],
];

async function documentOf(plan: Plan, edit: (info: DocumentInfo) => void = () => {}) {
  const totals = computeTotals(plan);
  const info = defaultDocumentInfo(plan);
  edit(info);
  const bytes = await buildPlanDocx({ plan, totals, info });
  const p = parts(bytes);
  return { ...p, totals, info, text: visibleText(p.document) };
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`w:${name}="(\\d+)"`).exec(tag);
  if (!m) throw new Error(`${name} missing in ${tag}`);
  return Number(m[1]);
}

/** The section properties that apply to the content at `at` (the first sectPr after it). */
function sectionAt(document: string, at: number): string {
  return /<w:sectPr[ >][\s\S]*?<\/w:sectPr>/.exec(document.slice(at))![0];
}

const headingLines = (text: string) =>
  text.split("\n").filter((l) => /^(?:I|II|III|IV|V|VI|VII|VIII)\. /.test(l));

describe.each(WORKBOOKS)("Biểu 2 of %s", (_name, load) => {
  test("sections I–VIII with the form's titles, in the form's order, after the title", async () => {
    const plan = await load();
    expect(contextOf(plan).form).toBe("2026");
    const { text } = await documentOf(plan);
    expect(headingLines(text)).toEqual(FORM_2026.sections.map((s) => `${s.number}. ${s.title}`));
    expect(headingLines(text)).toEqual([
      "I. THÔNG TIN CHUNG",
      "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
      "III. MỤC ĐÍCH, YÊU CẦU",
      "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
      "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
      "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
      "VII. TỔ CHỨC THỰC HIỆN",
      "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
    ]);
    const title = text.indexOf("KẾ HOẠCH\nCải tiến chất lượng giáo dục năm học 2026-2027");
    expect(title).toBeGreaterThan(0);
    expect(text.indexOf("I. THÔNG TIN CHUNG")).toBeGreaterThan(title);
    // The 2018 document's section III is not there.
    expect(text).not.toContain("NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");
  });

  test("table V: the 10 columns of the form and their numbering row, repeated on each page, on a landscape page", async () => {
    const plan = await load();
    const { document } = await documentOf(plan);
    const tbl = planTableOf(document);
    expect(tbl.match(/<w:gridCol /g)).toHaveLength(10);
    const trs = rows(tbl);
    expect(visibleText(trs[0]).split("\n").filter(Boolean)).toEqual(FORM_2026.planTable.columns.map((c) => c.title));
    expect(visibleText(trs[1]).split("\n").filter(Boolean)).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"]);
    expect(trs[0]).toContain("<w:tblHeader/>");
    expect(trs[1]).toContain("<w:tblHeader/>");
    expect(trs.slice(2).some((tr) => tr.includes("<w:tblHeader/>"))).toBe(false);
    for (const tr of trs) expect(tr).toMatch(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:cantSplit\/>/);
    // Every plan row is there, with its indicator and evidence.
    const text = visibleText(tbl);
    for (const r of plan.rows) {
      if (r.indicator) expect(text).toContain(r.indicator.split("\n")[0]);
      if (r.evidence) expect(text).toContain(r.evidence.split("\n")[0]);
    }
    const sect = sectionAt(document, document.indexOf(tbl));
    const size = sect.match(/<w:pgSz [^>]*>/)![0];
    expect([attr(size, "w"), attr(size, "h")]).toEqual([16838, 11906]);
    expect(size).toContain('w:orient="landscape"');
  });

  test("table IV: the form's columns, one row per focus problem as the sheet has it", async () => {
    const plan = await load();
    const { document } = await documentOf(plan);
    const iv = tables(document).find((t) => visibleText(rows(t)[0] ?? "").startsWith("TT\nTiêu chuẩn\nTiêu chí liên quan"))!;
    expect(iv).toBeDefined();
    const trs = rows(iv);
    expect(visibleText(trs[0]).split("\n").filter(Boolean)).toEqual([
      "TT",
      "Tiêu chuẩn",
      "Tiêu chí liên quan (nếu có)",
      "Đánh giá hiện trạng",
      "Điểm hạn chế",
      "Nguyên nhân của hạn chế",
    ]);
    const problems = plan.problems ?? [];
    expect(problems.length).toBeGreaterThan(0);
    expect(trs).toHaveLength(1 + problems.length);
    problems.forEach((p, i) => {
      const cs = cells(trs[i + 1]);
      expect(cs).toHaveLength(6);
      expect(visibleText(cs[3]).trim()).toBe(p.situation);
      expect(visibleText(cs[4]).trim()).toBe(p.weakness);
      expect(visibleText(cs[5]).trim()).toBe(p.cause);
    });
    // Table IV sits on a portrait page, before table V.
    const size = sectionAt(document, document.indexOf(iv)).match(/<w:pgSz [^>]*>/)![0];
    expect(size).toContain('w:orient="portrait"');
    expect(document.indexOf(iv)).toBeLessThan(document.indexOf(planTableOf(document)));
  });

  test("table VI: 'Cuối học kỳ I' and 'Cuối năm học' always, filled where the sheet has them", async () => {
    const plan = await load();
    const { document } = await documentOf(plan);
    const vi = tables(document).find((t) => visibleText(rows(t)[0] ?? "").startsWith("Thời điểm\n"))!;
    const trs = rows(vi);
    expect(visibleText(trs[0]).split("\n").filter(Boolean)).toEqual(["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá"]);
    const body = trs.slice(1).map((tr) => cells(tr).map((c) => visibleText(c).trim()));
    expect(body[0][0]).toBe("Cuối học kỳ I");
    expect(body[1][0]).toBe("Cuối năm học");
    for (const review of plan.reviews ?? []) {
      const row = body.find((b) => b[0] === review.when)!;
      expect(row).toEqual([review.when, review.subject, review.result, review.adjustment, review.reviewer]);
    }
    expect(body).toHaveLength(Math.max(2, (plan.reviews ?? []).length));
  });

  test("under table V: the total, split by funding source, and in words, as computeTotals counts them", async () => {
    const plan = await load();
    const { text, totals } = await documentOf(plan);
    const sources = Object.entries(totals.bySource).filter(([, v]) => v > 0);
    expect(sources.reduce((a, [, v]) => a + v, 0)).toBe(totals.amount);
    const at = text.indexOf(`Tổng kinh phí dự kiến: ${formatAmount(totals.amount)} đồng`);
    expect(at).toBeGreaterThan(text.indexOf("V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"));
    expect(at).toBeLessThan(text.indexOf("VI. THEO DÕI"));
    for (const line of totalLines(totals)) expect(text).toContain(line);
    expect(text).toContain(`Bằng chữ: ${totals.words}.`);
    // The table's own total row says the same amount.
    expect(visibleText(rows(planTableOf((await documentOf(plan)).document)).pop()!)).toContain(formatAmount(totals.amount));
  });

  test("recipients of the 2025 administration: no district Phòng GD&ĐT; the signer", async () => {
    const plan = await load();
    const { document, info } = await documentOf(plan);
    const all = tables(document);
    const [left, right] = cells(rows(all[all.length - 1])[0]);
    const list = visibleText(left);
    expect(list).toMatch(/^Nơi nhận:\n/);
    expect(list).not.toMatch(/Phòng GD|Phòng Giáo dục/i);
    // The sheet's own list wins; without one, the year's administration comes first.
    if (!plan.info.recipients?.length) expect(list.split("\n")[1]).toBe(`- ${contextOf(plan).administration.recipient};`);
    expect(list).toMatch(/- Lưu: VT\.\n$/);
    expect(visibleText(right)).toContain("HIỆU TRƯỞNG");
    if (info.signerName) expect(visibleText(right)).toContain(info.signerName);
  });

  test("A4 pages: portrait, landscape for table V, portrait; margins of Nghị định 30; Times New Roman only", async () => {
    const plan = await load();
    const { document, styles, headers } = await documentOf(plan);
    const sizes = document.match(/<w:pgSz [^>]*>/g)!;
    expect(sizes.map((s) => [attr(s, "w"), attr(s, "h")])).toEqual([
      [11906, 16838],
      [16838, 11906],
      [11906, 16838],
    ]);
    const mm = (tw: number) => (tw / 1440) * 25.4;
    for (const m of document.match(/<w:pgMar [^>]*>/g)!) {
      for (const side of ["top", "bottom"]) {
        expect(mm(attr(m, side))).toBeGreaterThanOrEqual(19.9);
        expect(mm(attr(m, side))).toBeLessThanOrEqual(25.1);
      }
      expect(mm(attr(m, "left"))).toBeGreaterThanOrEqual(29.9);
      expect(mm(attr(m, "left"))).toBeLessThanOrEqual(35.1);
      expect(mm(attr(m, "right"))).toBeGreaterThanOrEqual(14.9);
      expect(mm(attr(m, "right"))).toBeLessThanOrEqual(20.1);
    }
    for (const xml of [document, styles, ...headers]) {
      expect(xml).not.toMatch(/w:(ascii|hAnsi|cs|eastAsia)Theme=/);
      for (const f of xml.match(/<w:rFonts [^>]*>/g) ?? []) {
        for (const v of f.match(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g) ?? []) expect(v).toMatch(/="Times New Roman"$/);
      }
    }
    for (const r of document.match(/<w:r>[\s\S]*?<\/w:r>/g)!) if (/<w:t[ >]/.test(r)) expect(r).toContain('w:ascii="Times New Roman"');
    // Page numbers from page 2: the first page's header is empty.
    expect(document.match(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/)![0]).toContain("<w:titlePg/>");
    // No marker paragraph is left behind.
    expect(document).not.toMatch(/ctcl-table-/);
  });
});

describe("Biểu 2 details", () => {
  test("a 2018-form plan still gets the 2018 document", async () => {
    const plan = samMunPlan();
    const text = visibleText(parts(await buildPlanDocx({ plan, totals: SAM_MUN_TOTALS, info: defaultDocumentInfo(plan) })).document);
    expect(text).toContain("III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");
    expect(text).not.toContain("THÔNG TIN CHUNG");
  });

  test("the default texts name the school, the year, the regulation and the administration of 2026-2027", async () => {
    const plan = await readSheets([SINGLE_SHEET]);
    plan.info.recipients = undefined;
    const { text, info } = await documentOf(plan);
    const part = (from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));
    expect(part("I. THÔNG TIN CHUNG", "II. ")).toContain("Tên cơ sở giáo dục: TRƯỜNG TIỂU HỌC HOA SEN");
    const basis = part("II. CĂN CỨ", "III. ");
    expect(basis).toContain("Thông tư 57/2026/TT-BGDĐT");
    expect(basis).toContain("năm học 2025-2026");
    expect(basis).toContain("năm học 2026-2027");
    expect(part("III. MỤC ĐÍCH", "IV. ")).toContain("vấn đề trọng tâm");
    expect(part("VIII. CƠ CHẾ", "Nơi nhận")).toContain(contextOf(plan).administration.office);
    expect(text).not.toMatch(/\{\w+\}/);
    expect(info.recipients[0]).toBe("Phòng VH-XH UBND xã/phường (b/c)");
  });

  test("the user's section texts replace the defaults; details saved before the 2026 sections use the defaults", async () => {
    const plan = await readSheets([SINGLE_SHEET]);
    const edited = await documentOf(plan, (i) => {
      i.sections.info = "1. Trường Tiểu học Hoa Sen, công lập, xã Hoa Sen.";
      i.sections.reporting = "Báo cáo UBND xã Hoa Sen mỗi học kỳ.";
      i.sections.organisation = "Hiệu trưởng phân công cụ thể.";
    });
    expect(edited.text).toContain("I. THÔNG TIN CHUNG\n1. Trường Tiểu học Hoa Sen, công lập, xã Hoa Sen.\nII. CĂN CỨ");
    expect(edited.text).toContain("VII. TỔ CHỨC THỰC HIỆN\nHiệu trưởng phân công cụ thể.\nVIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO\nBáo cáo UBND xã Hoa Sen mỗi học kỳ.\n");
    const old = await documentOf(plan, (i) => {
      delete i.sections.info;
      delete i.sections.reporting;
    });
    const fresh = await documentOf(plan);
    expect(old.text).toBe(fresh.text);
  });

  test("a sheet naming the district Phòng GD&ĐT: the document reports to the office of the year", async () => {
    const plan = await readPlanFile(path.join(FIXTURES, "form-2026.xlsx"));
    expect(plan.info.recipients).toContain("Phòng GD&ĐT (b/c)");
    const { info } = await documentOf(plan);
    // An upper-secondary school: the Sở GD&ĐT, in place of the district office, the rest as the sheet lists it.
    expect(info.recipients).toEqual(["Sở GD&ĐT (b/c)", "Hội đồng TĐG (để th/h)", "Lưu: VT"]);
  });

  test("reviews of table VI: matched to the form's rows by their words; others after them", () => {
    const review = (when: string, result = ""): Review => ({ row: 1, when, subject: "", result, adjustment: "", reviewer: "", cells: {} });
    expect(isFixedReview("Cuối HK I", "Cuối học kỳ I")).toBe(true);
    expect(isFixedReview("cuối học kỳ 1 (tháng 01/2027)", "Cuối học kỳ I")).toBe(true);
    expect(isFixedReview("CUỐI NĂM HỌC", "Cuối năm học")).toBe(true);
    expect(isFixedReview("Cuối học kỳ II", "Cuối học kỳ I")).toBe(false);
    expect(isFixedReview("Giữa học kỳ I", "Cuối học kỳ I")).toBe(false);
    const out = monitoringRows([review("Giữa học kỳ II", "a"), review("Cuối năm học", "b"), review("Cuối HK I", "c"), review("Cuối học kỳ I", "d")]);
    expect(out.map((r) => [r.when, r.review?.result ?? null])).toEqual([
      ["Cuối HK I", "c"],
      ["Cuối năm học", "b"],
      ["Giữa học kỳ II", "a"],
      ["Cuối học kỳ I", "d"],
    ]);
    expect(monitoringRows([]).map((r) => [r.when, r.review])).toEqual([
      ["Cuối học kỳ I", null],
      ["Cuối năm học", null],
    ]);
  });

  test("the total by source: only the sources with money; none listed when no source is named", () => {
    expect(totalLines({ amount: 60000000, bySource: { nsnn: 45000000, xhh: 15000000, ctx: 0, other: 0 } })).toEqual([
      "Tổng kinh phí dự kiến: 60.000.000 đồng, trong đó:",
      "- Ngân sách nhà nước: 45.000.000 đồng;",
      "- Xã hội hóa: 15.000.000 đồng.",
    ]);
    expect(totalLines({ amount: 5000000, bySource: { nsnn: 0, xhh: 0, ctx: 0, other: 5000000 } })).toEqual(["Tổng kinh phí dự kiến: 5.000.000 đồng."]);
    expect(totalLines({ amount: 5000000, bySource: { nsnn: 5000000, xhh: 0, ctx: 0, other: 0 } })).toEqual(["Tổng kinh phí dự kiến: 5.000.000 đồng (ngân sách nhà nước)."]);
    expect(totalLines({ amount: 0, bySource: { nsnn: 0, xhh: 0, ctx: 0, other: 0 } })).toEqual(["Tổng kinh phí dự kiến: 0 đồng."]);
  });

  test("a plan without problems or reviews: table IV keeps one empty row to fill in, table VI its two fixed rows", async () => {
    const plan = await readSheets([SINGLE_SHEET]);
    plan.problems = [];
    plan.reviews = [];
    const { document } = await documentOf(plan);
    const iv = tables(document).find((t) => visibleText(rows(t)[0] ?? "").startsWith("TT\nTiêu chuẩn\n"))!;
    expect(rows(iv)).toHaveLength(2);
    const vi = tables(document).find((t) => visibleText(rows(t)[0] ?? "").startsWith("Thời điểm\n"))!;
    expect(rows(vi).slice(1).map((tr) => visibleText(cells(tr)[0]).trim())).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
  });

  test("a standard merged down over several problems in the sheet is merged down in table IV", async () => {
    const plan = await readSheets([MERGED_HEADERS]);
    const { document } = await documentOf(plan);
    const iv = tables(document).find((t) => visibleText(rows(t)[0] ?? "").startsWith("TT\nTiêu chuẩn\n"))!;
    const [a, b] = rows(iv).slice(1).map(cells);
    expect(a[1]).toContain('<w:vMerge w:val="restart"/>');
    expect(b[1]).toContain('<w:vMerge w:val="continue"/>');
    expect(visibleText(a[1])).toContain("Tiêu chuẩn 2: Phát triển đội ngũ");
    expect(a[2]).not.toContain("vMerge");
  });

  test("texts of tables IV and VI with XML specials and control characters: the document stays well-formed, the text as typed", async () => {
    const plan = await readSheets([SINGLE_SHEET]);
    plan.problems![0].weakness = 'Thiếu "bàn ghế" <loại 1> & tủ\u0001 sách =SUM(A1:A9)';
    plan.reviews![0].adjustment = "Bổ sung <b>kinh phí</b> & người\u0008";
    const { document, text } = await documentOf(plan);
    const r = await validateXML({ xml: [{ fileName: "document.xml", contents: document }], normalization: "format" });
    expect(r.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(text).toContain('Thiếu "bàn ghế" <loại 1> & tủ sách =SUM(A1:A9)');
    expect(text).toContain("Bổ sung <b>kinh phí</b> & người");
  });
});
