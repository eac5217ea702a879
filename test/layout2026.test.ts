/** The core layout of a 2026-form plan sheet (Biểu 2), pure: what both workbook writers render. */
import {
  CATALOGUE_2026_SHEET,
  DROPDOWN_ROWS,
  STATUS_VALUES,
  a1Range,
  blankDraft,
  catalogueLayout,
  draftCriteria,
  draftFromPlan,
  draftLayout,
  draftSheetName,
  listSource,
  type LayoutRange,
} from "../src/core/forms/layout2026";
import { FORM_2026 } from "../src/core/forms";
import { readPlan } from "../src/core/read";
import { cellAddress, gridFromRows } from "../src/core/grid";
import { sampleRows } from "./ui/fake-host";

const overlap = (a: LayoutRange, b: LayoutRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

describe("draftLayout of a blank plan", () => {
  const draft = blankDraft("thcs", "2026-2027", "Trường THCS Hoa Sen");
  const criteria = draftCriteria(draft);
  const { sheet, catalogue } = draftLayout(draft, criteria);
  const at = (r: number, c: number) => sheet.cells.find((x) => x.row === r && x.col === c);

  test("letterhead, title with the school year, the agency of the 2025 administration when none is given", () => {
    expect(at(0, 0)).toMatchObject({ value: "UBND XÃ/PHƯỜNG …", role: "letterhead" });
    expect(at(1, 0)).toMatchObject({ value: "TRƯỜNG THCS HOA SEN", role: "letterheadBold" });
    expect(at(2, 0)?.value).toBe("Số: …/KH-…");
    expect(at(0, 4)?.value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(at(1, 4)?.value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(at(2, 4)?.value).toBe("……, ngày …… tháng …… năm 20……");
    expect(sheet.cells.some((c) => c.role === "title" && c.value === "KẾ HOẠCH")).toBe(true);
    expect(sheet.cells.some((c) => c.value === "Cải tiến chất lượng giáo dục năm học 2026-2027")).toBe(true);
  });

  test("the sections in the form's order, tables IV, V (numbering row), VI with its two fixed rows", () => {
    const sections = sheet.cells.filter((c) => c.role === "section").map((c) => c.value);
    expect(sections).toEqual([
      "I. THÔNG TIN CHUNG; II. CĂN CỨ XÂY DỰNG KẾ HOẠCH; III. MỤC ĐÍCH, YÊU CẦU",
      "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
      "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
      "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
      "VII. TỔ CHỨC THỰC HIỆN; VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
    ]);
    const { IV, V, VI } = sheet.tables;
    expect(IV.header).toBeLessThan(V.header);
    expect(V.header).toBeLessThan(VI.header);
    const headerOf = (row: number) => sheet.cells.filter((c) => c.row === row && c.value).map((c) => c.value);
    expect(headerOf(IV.header)).toEqual(FORM_2026.tables[0].columns.map((c) => c.title));
    expect(headerOf(V.header)).toEqual(FORM_2026.planTable.columns.map((c) => c.title));
    expect(headerOf(V.header + 1)).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"]);
    expect(headerOf(VI.header)).toEqual(FORM_2026.tables[2].columns.map((c) => c.title));
    expect([VI.first, VI.last].map((r) => at(r, 0)?.value)).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
    // A few blank, bordered rows to type in.
    expect(IV.last - IV.first + 1).toBe(3);
    expect(V.last - V.first + 1).toBe(5);
    for (let r = V.first; r <= V.last; r++) for (let c = 0; c < 10; c++) expect(at(r, c)).toMatchObject({ value: "", role: expect.stringMatching(/^body/) });
  });

  test("merges never overlap; columns, print setup A4 landscape one page wide with table V's header repeated", () => {
    for (let i = 0; i < sheet.merges.length; i++) for (let j = i + 1; j < sheet.merges.length; j++) expect(overlap(sheet.merges[i], sheet.merges[j])).toBe(false);
    expect(sheet.columnWidths).toHaveLength(10);
    expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 0, repeatRows: { first: sheet.tables.V.header, last: sheet.tables.V.header + 1 } });
    expect(sheet.print.area.bottom).toBe(Math.max(...sheet.cells.map((c) => c.row)));
  });

  test("dropdowns: criteria in IV, contents in V (no error alert), statuses strict; below table V they never reach a cell that holds text", () => {
    const { IV, V } = sheet.tables;
    expect(sheet.validations).toEqual([
      { range: { top: IV.first, left: 2, bottom: IV.last, right: 2 }, list: "criteria", strict: false },
      { range: { top: V.first, left: 1, bottom: V.first + DROPDOWN_ROWS - 1, right: 1 }, list: "contents", strict: false },
      { range: { top: V.first, left: 9, bottom: V.first + DROPDOWN_ROWS - 1, right: 9 }, list: "statuses", strict: true },
    ]);
    for (const v of sheet.validations.slice(1)) {
      for (const c of sheet.cells.filter((x) => x.row > V.last && x.col === v.range.left && x.row <= v.range.bottom)) {
        // Under a merge whose first cell is elsewhere: Excel takes input in the first cell only.
        expect(sheet.merges.some((m) => overlap(m, { top: c.row, left: c.col, bottom: c.row, right: c.col }) && m.left < c.col)).toBe(true);
        expect(c.value).toBe("");
      }
    }
  });

  test("the list sheet: criteria as IV and V write them, the three statuses; sources point at it", () => {
    expect(catalogue.name).toBe(CATALOGUE_2026_SHEET);
    expect(catalogue.rows[1]).toEqual([criteria[0].code, `${criteria[0].code}: ${criteria[0].name}`, `Tiêu chí ${criteria[0].code}: ${criteria[0].name}`, STATUS_VALUES[0]]);
    expect(catalogue.rows.length - 1).toBe(criteria.length);
    expect(listSource(catalogue, "contents")).toBe(`='DanhMuc'!$C$2:$C$${criteria.length + 1}`);
    expect(listSource(catalogue, "statuses")).toBe("='DanhMuc'!$D$2:$D$4");
    expect(listSource(catalogueLayout(criteria, "Danh mục (2)"), "criteria")).toBe(`='Danh mục (2)'!$B$2:$B$${criteria.length + 1}`);
  });
});

describe("names and criteria by context", () => {
  test("the preschool regulation's criteria for mầm non, the general one otherwise", () => {
    const mn = draftCriteria(blankDraft("mam-non", "2026-2027"));
    const pt = draftCriteria(blankDraft("thpt", "2026-2027"));
    expect(mn.length).toBeGreaterThan(0);
    expect(pt.length).toBeGreaterThan(0);
    expect(mn).not.toEqual(pt);
    expect(blankDraft("mam-non", "2026-2027").regulation).toBe("TT57/2026-MN");
    expect(blankDraft("nhieu-cap", "2027-2028").regulation).toBe("TT57/2026-PT");
  });
  test("the sheet's name carries the level only when the school's name does not", () => {
    expect(draftSheetName(blankDraft("thcs", "2026-2027", "Trường THCS A"))).toBe("Kế hoạch CTCL 2026-2027");
    expect(draftSheetName(blankDraft("thcs", "2026-2027", ""))).toBe("Kế hoạch CTCL 2026-2027"); // "TRƯỜNG THCS …"
    expect(draftSheetName(blankDraft("thcs", "2026-2027", "Trường Hoa Sen"))).toBe("KH CTCL THCS 2026-2027");
    expect(draftSheetName(blankDraft("nhieu-cap", "2026-2027", "Trường Hoa Sen"))).toBe("KH CTCL nhiều cấp 2026-2027");
    expect(draftSheetName(blankDraft("mam-non", "2026-2027", "Trường Hoa Sen"))).toBe("KH CTCL Mầm non 2026-2027");
  });
  test("a1", () => {
    expect([cellAddress(0, 0), cellAddress(9, 25), cellAddress(0, 26)]).toEqual(["A1", "Z10", "AA1"]);
    expect(a1Range({ top: 1, left: 0, bottom: 1, right: 9 })).toBe("A2:J2");
  });
});

describe("draftFromPlan", () => {
  test("a 2018 table read in a 2026-form year: the school's words kept (budget and support as resources, the note as a note)", () => {
    const rows = sampleRows().map((r) => [...r]);
    rows[4] = ["Năm học 2026-2027"];
    rows[8][7] = "Hội cha mẹ học sinh hỗ trợ";
    rows[8][8] = "Ưu tiên";
    const read = readPlan({ sheets: [gridFromRows("KH", rows)] });
    if (!read.ok) throw new Error(read.error.code);
    const draft = draftFromPlan(read.plan);
    expect(draft).toMatchObject({ level: "tieu-hoc", schoolYear: "2026-2027", regulation: "TT57/2026-PT", problems: [], reviews: [] });
    expect(draft.rows[0]).toEqual({
      content: "Tiêu chí 3.1: Khuôn viên, khu sân chơi, bãi tập",
      goal: "Khuôn viên xanh, sạch, đẹp",
      actions: "Trồng thêm cây xanh, sửa sân chơi",
      indicator: "",
      timeline: "Năm học 2024-2025",
      owner: "Hiệu trưởng",
      resources: "5.000.000\nHội cha mẹ học sinh hỗ trợ",
      evidence: "",
      status: "",
      notes: { content: "Ghi chú: Ưu tiên" },
    });
    expect(draft.rows[2].resources).toBe("5.000.000 đồng");
    // Its layout has table VI's two fixed rows although the plan had none.
    const { sheet } = draftLayout(draft, draftCriteria(draft));
    expect(sheet.tables.VI.last - sheet.tables.VI.first).toBe(1);
    expect(sheet.cells.find((c) => c.note)).toMatchObject({ value: draft.rows[0].content, note: "Ghi chú: Ưu tiên" });
  });
});
