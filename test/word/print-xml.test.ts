/**
 * The printed plan as a finished document, read from the .docx XML, for both
 * forms (2018: 9 columns, 2026: 10) and for a school's template: every plan-table
 * row cannot split across pages, band and standard headings keep with the next
 * row, the header row repeats, counted amounts are printed with dot thousands
 * and right-aligned, "Chưa tính vào tổng: …" is under the total only when some
 * entries are left out, and the "Nơi nhận" list is 11 pt.
 */
import * as fs from "fs";
import * as path from "path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { buildPlanDocx, defaultDocumentInfo, fillTemplateDocx } from "../../src/core/word";
import type { Plan } from "../../src/core/plan";
import { computeTotals } from "../../src/core/totals";
import { columnsFor } from "../../src/core/word/table";
import { formatAmount } from "../../src/core/words";
import { letterheadLines, timesWidth } from "../../src/core/word/format";
import { cells, parts, planTableOf, rows, tables, visibleText } from "./docx-xml";
import { plan2026, samMunPlan } from "./fixtures";

const SAMPLE_TEMPLATE = path.join(__dirname, "..", "..", "examples", "templates", "mau-tieu-de-truong.docx");

type Kind = "document" | "sample template" | "own template";
const FORMS: [string, () => Plan][] = [
  ["2018", samMunPlan],
  ["2026", plan2026],
];

/** A plain template with the table and the uncounted line, as a school may write one. */
async function ownTemplate(): Promise<Uint8Array> {
  const p = (text: string) => new Paragraph({ children: [new TextRun({ text, font: "Times New Roman" })] });
  const doc = new Document({ sections: [{ children: [p("KẾ HOẠCH {year}"), p("{table}"), p("Tổng: {total} đồng."), p("{uncounted}")] }] });
  return Packer.pack(doc, "uint8array");
}

async function render(kind: Kind, plan: Plan): Promise<string> {
  const totals = computeTotals(plan);
  const input = { plan, totals, info: defaultDocumentInfo(plan) };
  if (kind === "document") return parts(await buildPlanDocx(input)).document;
  const template = kind === "sample template" ? new Uint8Array(fs.readFileSync(SAMPLE_TEMPLATE)) : await ownTemplate();
  return parts(await fillTemplateDocx(template, input)).document;
}

const planTable = planTableOf;

/** Adds an entry the total leaves out (a funding source without an amount). */
function withUncounted(plan: Plan): Plan {
  plan.rows[0].budget = "Ngân sách nhà nước";
  return plan;
}

describe.each(FORMS)("the %s form", (form, make) => {
  describe.each<Kind>(["document", "sample template", "own template"])("in the %s", (kind) => {
    test("every plan-table row has cantSplit; the header row repeats; headings keep with the next row", async () => {
      const plan = make();
      const tbl = planTable(await render(kind, plan));
      const n = columnsFor(plan).length;
      expect(tbl.match(/<w:gridCol /g)).toHaveLength(n);
      const trs = rows(tbl);
      expect(trs.length).toBeGreaterThan(plan.rows.length);
      for (const tr of trs) expect(tr).toMatch(/^<w:tr[^>]*><w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:cantSplit\/>/);
      // The header row repeats; on the 2026 form the numbering row "(1)"…"(10)" under it repeats with it.
      const headerRows = form === "2026" ? 2 : 1;
      for (const tr of trs.slice(0, headerRows)) expect(tr).toContain("<w:tblHeader/>");
      expect(trs.slice(headerRows).some((tr) => tr.includes("<w:tblHeader/>"))).toBe(false);
      if (form === "2026") expect(visibleText(trs[1]).split("\n").filter(Boolean)).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"]);
      const headings = trs.filter((tr) => tr.includes(`<w:gridSpan w:val="${n}"/>`) && /^(?:MỨC|Tiêu chuẩn)/.test(visibleText(tr)));
      expect(headings.length).toBe(plan.standards.length + plan.bands.length);
      for (const h of headings) {
        const paras = h.match(/<w:p>[\s\S]*?<\/w:p>/g)!;
        for (const p of paras) expect(p).toContain("<w:keepNext/>");
      }
      // remark rows are not headings: they do not pull the next row along
      for (const tr of trs.filter((r) => visibleText(r).includes("Không có nội dung cần cải tiến"))) expect(tr).not.toContain("<w:keepNext/>");
      // the total row stays with what follows it (the amount in words)
      const total = trs[trs.length - 1];
      expect(visibleText(total)).toContain("Tổng cộng");
      expect(total).toContain("<w:keepNext/>");
    });

    test("counted amounts with dot thousands, right-aligned", async () => {
      const plan = make();
      const totals = computeTotals(plan);
      const tbl = planTable(await render(kind, plan));
      const budget = columnsFor(plan).findIndex((c) => c.key === "budget");
      const counted = totals.rows.filter((r) => r.kind === "amount" && r.amount !== null);
      expect(counted.length).toBeGreaterThan(0);
      const n = columnsFor(plan).length;
      const budgetCells = rows(tbl)
        .map((tr) => cells(tr))
        .filter((cs) => cs.length === n)
        .slice(1)
        .map((cs) => cs[budget]);
      for (const r of counted) {
        const figure = formatAmount(r.amount!);
        const cell = budgetCells.find((c) => visibleText(c).split("\n")[0] === figure);
        expect(cell).toBeDefined();
        expect(cell!.match(/<w:p>[\s\S]*?<\/w:p>/)![0]).toContain('<w:jc w:val="right"/>');
      }
      expect(visibleText(rows(tbl).pop()!)).toContain(formatAmount(totals.amount));
    });

    test("'Chưa tính vào tổng' under the total when an entry is left out, and not otherwise", async () => {
      const without = visibleText(await render(kind, make()));
      expect(without).not.toContain("Chưa tính vào tổng");
      const plan = withUncounted(make());
      const doc = await render(kind, plan);
      const text = visibleText(doc);
      expect(text).toMatch(/Chưa tính vào tổng: (?:\S+ )?“Ngân sách nhà nước”\./);
      // printed after the table
      expect(doc.indexOf("Chưa tính vào tổng")).toBeGreaterThan(doc.indexOf("</w:tbl>", doc.indexOf("<w:tblHeader/>")));
    });

    if (kind !== "own template") {
      test("the 'Nơi nhận' list at 11 pt", async () => {
        const doc = await render(kind, make());
        const at = doc.indexOf("Nơi nhận:");
        expect(at).toBeGreaterThan(0);
        const list = (doc.slice(at).match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).filter((p) => /^- /.test(visibleText(p)));
        expect(list.length).toBeGreaterThanOrEqual(2);
        expect(visibleText(list[list.length - 1])).toBe("- Lưu: VT.\n");
        for (const p of list) {
          for (const sz of p.match(/<w:sz w:val="\d+"\/>/g)!) expect(sz).toBe('<w:sz w:val="22"/>');
        }
      });
    }
  });
});

test("the 2026 form's heading rows span its 10 columns and keep with the next row", async () => {
  const plan = plan2026();
  const tbl = planTable(await render("document", plan));
  const heading = rows(tbl).find((tr) => visibleText(tr).startsWith("Tiêu chuẩn 1"))!;
  expect(heading).toContain('<w:gridSpan w:val="10"/>');
  expect(heading).toContain("<w:keepNext/>");
});

test("the sample template: page numbers centred at the top from page 2, sections in order, only the school's own agency", async () => {
  const plan = samMunPlan();
  const bytes = await fillTemplateDocx(new Uint8Array(fs.readFileSync(SAMPLE_TEMPLATE)), { plan, totals: computeTotals(plan), info: defaultDocumentInfo(plan) });
  const { document, headers } = parts(bytes);
  const firstSect = document.match(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/)![0];
  expect(firstSect).toContain("<w:titlePg/>");
  const withPage = headers.filter((h) => /<w:instrText[^>]*>\s*PAGE\s*</.test(h));
  expect(withPage.length).toBeGreaterThanOrEqual(1);
  for (const h of withPage) expect(h).toContain('<w:jc w:val="center"/>');
  const text = visibleText(document);
  const headings = ["I. MỤC ĐÍCH", "II. CĂN CỨ", "III. NỘI DUNG", "IV. TỔ CHỨC"].map((h) => text.indexOf(h));
  expect(headings.every((at, i) => at >= 0 && (i === 0 || at > headings[i - 1]))).toBe(true);
  expect(text).not.toContain("UBND XÃ MẪU");
});

test("a letterhead line too wide for its column is cut before its place, never inside the place name", async () => {
  const plan = plan2026();
  const info = defaultDocumentInfo(plan);
  info.agency = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG";
  info.school = "TRƯỜNG MẦM NON THỊ TRẤN SÔNG LÔ";
  const { document } = parts(await buildPlanDocx({ plan, totals: computeTotals(plan), info }));
  const head = visibleText(tables(document)[0]);
  expect(head).toContain("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH HÀ GIANG\n");
  expect(head).toContain("TRƯỜNG MẦM NON\nTHỊ TRẤN SÔNG LÔ\n");
  expect(letterheadLines("PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN", 4000, (x) => timesWidth(x, 12))).toEqual(["PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN"]);
  expect(letterheadLines("MỘT DÒNG RẤT DÀI KHÔNG CÓ ĐỊA DANH NÀO", 1000, (x) => timesWidth(x, 12))).toEqual(["MỘT DÒNG RẤT DÀI KHÔNG CÓ ĐỊA DANH NÀO"]);
});

test(`the form tests cover both forms`, () => {
  expect(FORMS.map(([f, make]) => [f, make().form])).toEqual([
    ["2018", "2018"],
    ["2026", "2026"],
  ]);
});
