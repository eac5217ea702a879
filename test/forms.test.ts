import { fold } from "../src/core/text";
import {
  FORM_2018,
  FORM_2026,
  FORMS,
  PLAN_SHEET_COLUMNS,
  columnTitle,
  formById,
  formSection,
  headerTest,
  type FormTable,
} from "../src/core/forms";
import { headerRuleOrder, titleRole } from "../src/core/read/header";
import { COLUMNS_2018, COLUMNS_2026 } from "../src/core/word/table";
import { PLAN_TABLE_COLUMNS, PLAN_TABLE_COLUMNS_2026 } from "../src/core/plan-table";
import { defaultDocumentInfo } from "../src/core/word/defaults";
import { makePlan } from "./office/plans";

/** The key a table's own header words give a title (first match in rank order), or null. */
function keyInTable(table: FormTable, title: string): string | null {
  const t = fold(title);
  const rules = table.columns.flatMap((c) => c.header.map((w) => ({ key: c.key, rank: w.rank, test: headerTest(w) })));
  rules.sort((a, b) => a.rank - b.rank);
  return rules.find((r) => r.test(t))?.key ?? null;
}

describe("the form descriptions", () => {
  it("describe the 2018 table and the 2026 Biểu 2", () => {
    expect(FORMS.map((f) => f.id)).toEqual(["2018", "2026"]);
    expect(formById("2026")).toBe(FORM_2026);
    expect(FORM_2018.regulations).toEqual(["TT19/2018", "TT17/2018", "TT18/2018"]);
    expect(FORM_2026.regulations).toEqual(["TT57/2026-MN", "TT57/2026-PT"]);
    expect(FORM_2018.tables.map((t) => t.id)).toEqual(["plan"]);
    expect(FORM_2026.tables.map((t) => [t.id, t.title])).toEqual([
      ["IV", "Tóm tắt các vấn đề trọng tâm cần cải tiến"],
      ["V", "Kế hoạch cải tiến chất lượng"],
      ["VI", "Theo dõi và đánh giá thực hiện (giám sát nội bộ)"],
    ]);
    for (const f of FORMS) {
      expect(f.tables).toContain(f.planTable);
      expect(f.source).toBeTruthy();
      for (const t of f.tables) expect(t.source).toBeTruthy();
    }
    expect(FORM_2026.source).toMatch(/two independent public implementations; to verify/);
  });

  it("list the 2018 form's 9 columns in order", () => {
    expect(FORM_2018.planTable.columns.map((c) => c.title)).toEqual([
      "TT",
      "Tiêu chuẩn, tiêu chí",
      "Kết quả cần đạt (so với hiện trạng)",
      "Công việc/giải pháp cần thực hiện",
      "Chủ trì và phối hợp thực hiện",
      "Thời gian thực hiện và hoàn thành",
      "Dự kiến kinh phí",
      "Điều kiện hỗ trợ khác",
      "Ghi chú",
    ]);
  });

  it("list table V's 10 numbered columns and tables IV and VI", () => {
    const v = FORM_2026.planTable;
    expect(v.columns.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(v.columns.map((c) => c.key)).toEqual([
      "tt",
      "criterion",
      "result",
      "actions",
      "indicator",
      "timeline",
      "owner",
      "budget",
      "evidence",
      "status",
    ]);
    expect(columnTitle(FORM_2026, "budget")).toBe("Nguồn lực bảo đảm");
    const [iv, , vi] = FORM_2026.tables;
    expect(iv.columns.map((c) => c.title)).toEqual([
      "TT",
      "Tiêu chuẩn",
      "Tiêu chí liên quan (nếu có)",
      "Đánh giá hiện trạng",
      "Điểm hạn chế",
      "Nguyên nhân của hạn chế",
    ]);
    expect(vi.columns.map((c) => c.title)).toEqual([
      "Thời điểm",
      "Nội dung theo dõi",
      "Kết quả thực hiện",
      "Điều chỉnh (nếu có)",
      "Người đánh giá",
    ]);
    expect(vi.fixedRows?.map((r) => r.title)).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
  });

  it("give every column an English title", () => {
    for (const f of FORMS) for (const t of f.tables) for (const c of t.columns) expect([c.key, c.titleEn]).toEqual([c.key, expect.any(String)]);
  });

  it("list the sections in order", () => {
    expect(FORM_2018.sections.map((s) => [s.number, s.title])).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "CĂN CỨ XÂY DỰNG KẾ HOẠCH"],
      ["III", "NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"],
      ["IV", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(formSection(FORM_2018, "organisation").numbersSeen).toEqual(["VI"]);
    expect(FORM_2026.sections.map((s) => s.number)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
    expect(FORM_2026.sections.filter((s) => s.table).map((s) => [s.number, s.table])).toEqual([
      ["IV", "IV"],
      ["V", "V"],
      ["VI", "VI"],
    ]);
  });

  it("number the generated document's sections as the 2018 form does", () => {
    expect(defaultDocumentInfo(makePlan(1)).numbering).toEqual({ purpose: "I", basis: "II", content: "III", organisation: "IV" });
  });
});

describe("one owner for the column titles", () => {
  it("gives the Word table its titles", () => {
    expect(COLUMNS_2018.map((c) => c.title)).toEqual(FORM_2018.planTable.columns.map((c) => c.title));
    expect(COLUMNS_2026.map((c) => c.title)).toEqual(FORM_2026.planTable.columns.map((c) => c.title));
    for (const cols of [COLUMNS_2018, COLUMNS_2026]) expect(cols.reduce((s, c) => s + c.share, 0)).toBeCloseTo(100, 5);
  });

  it("gives the plan sheet its titles", () => {
    const sheet = new Map(PLAN_SHEET_COLUMNS.map((c) => [c.key as string, c.title]));
    for (const c of [...PLAN_TABLE_COLUMNS, ...PLAN_TABLE_COLUMNS_2026]) {
      const official = FORMS.flatMap((f) => f.planTable.columns).find((x) => x.key === c.key)?.title;
      expect([c.key, c.title]).toEqual([c.key, sheet.get(c.key) ?? official]);
    }
  });
});

describe("header words", () => {
  it("find every official title of both plan tables as its column", () => {
    for (const f of FORMS)
      for (const c of f.planTable.columns) expect([f.id, c.title, titleRole(c.title)?.role]).toEqual([f.id, c.title, c.key]);
  });

  it("make a title evidence of the 2026 form only when no other form uses its words", () => {
    const tagged = FORM_2026.planTable.columns.filter((c) => titleRole(c.title)?.form === "2026").map((c) => c.key);
    expect(tagged).toEqual(["criterion", "result", "indicator", "owner", "budget", "evidence", "status"]);
    for (const c of FORM_2018.planTable.columns) expect(titleRole(c.title)?.form).toBeUndefined();
  });

  it("keep the reader's precedence", () => {
    expect(headerRuleOrder()).toEqual([
      { role: "source" },
      { role: "amount" },
      { role: "band" },
      { role: "status", form: "2026" },
      { role: "tt" },
      { role: "standard" },
      { role: "criterion", form: "2026" },
      { role: "result", form: "2026" },
      { role: "indicator", form: "2026" },
      { role: "evidence", form: "2026" },
      { role: "budget", form: "2026" },
      { role: "owner", form: "2026" },
      { role: "criterion" },
      { role: "result" },
      { role: "actions" },
      { role: "timeline" },
      { role: "owner" },
      { role: "budget" },
      { role: "support" },
      { role: "note" },
    ]);
    expect(titleRole("Người thực hiện, thời gian")?.role).toBe("timeline");
    expect(titleRole("Đơn vị/cá nhân phụ trách, nguồn lực")?.role).toBe("budget");
    expect(titleRole("Mức độ thực hiện (chỉ số)")?.role).toBe("status");
    expect(titleRole("Tiêu chuẩn")?.role).toBe("standard");
  });

  it("give every rank once among the plan tables' distinct words", () => {
    const words = new Map<string, number>();
    for (const c of [...FORMS.flatMap((f) => f.planTable.columns), ...PLAN_SHEET_COLUMNS])
      for (const w of c.header) words.set(`${c.key} ${JSON.stringify(w)}`, w.rank);
    const ranks = [...words.values()];
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it("find the columns of tables IV and VI by their own words", () => {
    for (const t of FORM_2026.tables.filter((x) => x !== FORM_2026.planTable))
      for (const c of t.columns) expect([t.id, c.title, keyInTable(t, c.title)]).toEqual([t.id, c.title, c.key]);
  });
});
