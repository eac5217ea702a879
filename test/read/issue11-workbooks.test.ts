/**
 * Workbooks made here with exceljs that reproduce what real plans do (issue
 * 11): remark rows under a standard in several shapes, the numbering row,
 * level bands with their remark, notes under the table, periods that overlap
 * the school year but run past it, and budgets written per unit. Each is read
 * from its .xlsx bytes like a user's file; the plan read, the findings (codes
 * and cells), the totals and the Word table are asserted.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv from "ajv";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { ROOT } from "../helpers";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/check";
import { issueMessage } from "../../src/core/messages";
import type { Issue, Plan } from "../../src/core/plan";
import { planTableXml } from "../../src/core/word/table";
import { visibleText } from "../word/docx-xml";
import { HEADER_2018 } from "../robustness/generate";


type Cell = string | number | null | { formula: string; result: number };

interface Sheet {
  year: string;
  /** Rows from the header (row 9) down; the header is added. */
  rows: Cell[][];
  /** Merges as A1 ranges. */
  merges: string[];
}

const HEADER_ROW = 9;

async function workbook({ year, rows, merges }: Sheet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KH CTCL");
  ws.getCell("A1").value = "PHÒNG GD&ĐT HUYỆN HOA SEN";
  ws.getCell("A2").value = "TRƯỜNG TIỂU HỌC HOA SEN";
  ws.getCell("E1").value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.getCell("E2").value = "Độc lập - Tự do - Hạnh phúc";
  ws.getCell("A5").value = "KẾ HOẠCH";
  ws.getCell("A6").value = "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC";
  ws.getCell("A7").value = `Năm học ${year}`;
  [HEADER_2018, ...rows].forEach((row, i) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(HEADER_ROW + i, c + 1).value = v as ExcelJS.CellValue;
    }),
  );
  for (const m of merges) ws.mergeCells(m);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function read(sheet: Sheet): Promise<{ plan: Plan; issues: Issue[]; totals: ReturnType<typeof checkPlan>["totals"] }> {
  const r = readPlan(await snapshotFromXlsx(await workbook(sheet)));
  if (!r.ok) throw new Error(r.error.code);
  return { plan: r.plan, ...checkPlan(r.plan) };
}

const brief = (issues: Issue[]) => issues.map((i) => `${i.cell} ${i.severity} ${i.code}`);
/** Findings on the given sheet rows (any column). */
const onRows = (issues: Issue[], rows: number[]) => issues.filter((i) => rows.includes(Number(/\d+$/.exec(i.cell)?.[0])));

/** A full plan row: criterion code only (no name to drift), every field filled. */
const row = (tt: number, code: string, timeline: string, budget: Cell): Cell[] => [
  tt,
  `Tiêu chí ${code}`,
  "Đạt mức 2, duy trì kết quả đã đạt và khắc phục điểm yếu đã nêu trong báo cáo tự đánh giá.",
  "Rà soát, bổ sung hồ sơ; tổ chức thực hiện theo kế hoạch đã được phê duyệt.",
  "Hiệu trưởng, Phó hiệu trưởng",
  timeline,
  budget,
];

describe("a 2023-2024 plan with remark rows, overlapping periods and budgets per unit", () => {
  // Row numbers of the sheet (header on row 9).
  const sheet: Sheet = {
    year: "2023-2024",
    rows: [
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"], // 10
      ["MỨC 1, 2, 3"], // 11
      ["Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], // 12
      row(1, "1.1", "Năm 2024", "500.000đ/tháng x 9 tháng"), // 13
      ["Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"], // 14
      ["Không có cải tiến chất lượng giáo dục."], // 15: merged A:I
      ["Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"], // 16
      row(2, "3.3", "Từ tháng 9/2023 đến tháng 8/2024", "20 bộ × 1.200.000đ"), // 17
      row(3, "3.5", "Năm học 2023-2024", "500.000đ/tháng"), // 18
      ["Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội"], // 19
      [null, "Đã cải tiến chất lượng giáo dục"], // 20: only in the criterion column, not merged
      ["Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục"], // 21
      [null, null, "Nhà trường tiếp tục duy trì các tiêu chí đã đạt."], // 22: only in the result column
      ["MỨC 4: không có"], // 23
      [null, "Tổng cộng", null, null, null, null, 28500000], // 24: typed by someone who multiplied out
    ],
    merges: ["A11:I11", "A12:I12", "A14:I14", "A15:I15", "A16:I16", "A19:I19", "A21:I21", "A23:I23"],
  };

  test("remarks belong to their standards; no remark, numbering or band row is a plan row or has a finding", async () => {
    const { plan, issues } = await read(sheet);
    expect(plan.schoolYear).toBe("2023-2024");
    expect(plan.rows.map((r) => [r.row, r.criterion])).toEqual([
      [13, "1.1"],
      [17, "3.3"],
      [18, "3.5"],
    ]);
    expect(plan.remarks.map((r) => [r.row, r.cell, r.standard, r.text])).toEqual([
      [15, "A15", 2, "Không có cải tiến chất lượng giáo dục."],
      [20, "B20", 4, "Đã cải tiến chất lượng giáo dục"],
      [22, "C22", 5, "Nhà trường tiếp tục duy trì các tiêu chí đã đạt."],
    ]);
    expect(plan.bands.map((b) => [b.row, b.band, b.text])).toEqual([
      [11, "1-3", "MỨC 1, 2, 3"],
      [23, "4", "MỨC 4: không có"],
    ]);
    expect(onRows(issues, [10, 11, 15, 20, 22, 23])).toEqual([]);
  });

  test("periods: 'Năm 2024' runs past 2023-2024 (a note), summer up to August is inside", async () => {
    const { issues } = await read(sheet);
    const timeline = issues.filter((i) => i.code.startsWith("timeline"));
    expect(brief(timeline)).toEqual(["F13 info timeline-beyond-year"]);
    expect(issueMessage(timeline[0], "vi")).toContain("kéo dài quá năm học 2023-2024");
    expect(issueMessage(timeline[0], "vi")).not.toContain("nằm ngoài");
  });

  test("budgets per unit count as the product; the rate without a count is a note; the typed total agrees", async () => {
    const { issues, totals } = await read(sheet);
    expect(brief(issues.filter((i) => i.code.startsWith("budget") || i.code.startsWith("total")))).toEqual(["G18 info budget-rate"]);
    expect(totals.amount).toBe(28500000);
    expect(totals.words).toBe("Hai mươi tám triệu năm trăm nghìn đồng");
    expect(totals.byStandard).toEqual({ "1": 4500000, "3": 24000000 });
    expect(totals.rows.map((r) => [r.cell, r.kind, r.amount])).toEqual([
      ["G13", "amount", 4500000],
      ["G17", "amount", 24000000],
      ["G18", "rate", null],
    ]);
    expect(totals.uncounted).toEqual(["G18"]);
    expect(totals.reconciliation).toMatchObject({ cell: "G24", stated: 28500000, computed: 28500000, matches: true });
  });

  test("the Word table carries each remark under its standard heading", async () => {
    const { plan, totals } = await read(sheet);
    const text = visibleText(planTableXml(plan, totals, 14000));
    const at = (s: string) => text.indexOf(s);
    for (const [standard, remark, next] of [
      ["Tiêu chuẩn 2", "Không có cải tiến chất lượng giáo dục.", "Tiêu chuẩn 3"],
      ["Tiêu chuẩn 4", "Đã cải tiến chất lượng giáo dục", "Tiêu chuẩn 5"],
      ["Tiêu chuẩn 5", "Nhà trường tiếp tục duy trì các tiêu chí đã đạt.", "MỨC 4"],
    ]) {
      expect(at(standard)).toBeGreaterThanOrEqual(0);
      expect(at(remark)).toBeGreaterThan(at(standard));
      expect(at(remark)).toBeLessThan(at(next));
    }
  });
});

describe("a 2025-2026 plan with other shapes", () => {
  const sheet: Sheet = {
    year: "2025-2026",
    rows: [
      [1, 2, 3, 4, 5, 6, 7, 8, 9], // 10: numbering without brackets
      ["I", "MỨC 1, 2, 3"], // 11
      ["Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], // 12
      [1, "Không có cải tiến chất lượng giáo dục."], // 13: TT cell, then merged B:I
      ["Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"], // 14
      row(1, "2.2", "Từ tháng 8 năm 2025 đến tháng 9 năm 2026.", "2 đợt x 5 triệu"), // 15
      row(2, "2.3", "Năm học 2024-2025", "5 triệu x 2 đợt"), // 16
      ["Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"], // 17
      row(3, "3.3", "Tháng 6/2026", "1.200.000đ/bộ x 20 bộ"), // 18
      row(4, "3.2", "Năm học 2025-2026 và các năm tiếp theo", "200.000đ/người"), // 19
      ["Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội"], // 20
      [null, "Nhà trường tiếp tục duy trì các hoạt động đã đạt, không có nội dung cải tiến mới."], // 21-22: merged over two rows
      [], // 22
      ["II", "Mức 4: Không đạt"], // 23
      ["Ghi chú: Kinh phí thực hiện theo dự toán được duyệt."], // 24
      [null, "Tổng cộng", null, null, null, null, { formula: "SUM(G15:G23)", result: 0 }], // 25
    ],
    merges: ["A12:I12", "B13:I13", "A14:I14", "A17:I17", "A20:I20", "B21:I22", "B11:I11", "B23:I23", "A24:I24"],
  };

  test("the plan read: four plan rows, two remarks, two bands, nothing from the numbering or the note", async () => {
    const { plan, issues } = await read(sheet);
    expect(plan.schoolYear).toBe("2025-2026");
    expect(plan.rows.map((r) => [r.row, r.criterion, r.standard])).toEqual([
      [15, "2.2", 2],
      [16, "2.3", 2],
      [18, "3.3", 3],
      [19, "3.2", 3],
    ]);
    expect(plan.remarks.map((r) => [r.row, r.standard, r.band])).toEqual([
      [13, 1, "1-3"],
      [21, 4, "1-3"],
    ]);
    expect(plan.bands.map((b) => [b.row, b.band, b.text])).toEqual([
      [11, "1-3", "MỨC 1, 2, 3"],
      [23, "4", "Mức 4: Không đạt"],
    ]);
    expect(onRows(issues, [10, 11, 13, 21, 22, 23, 24])).toEqual([]);
  });

  test("findings: only the period wholly outside the year is a warning; the rate is a note; SUM skipped the text amounts", async () => {
    const { issues, totals } = await read(sheet);
    expect(brief(issues.filter((i) => /^(timeline|budget|total)/.test(i.code)))).toEqual([
      "F15 info timeline-beyond-year",
      "F16 warning timeline-outside-year",
      "G19 info budget-rate",
      "G25 error total-mismatch",
    ]);
    const rate = issues.find((i) => i.code === "budget-rate")!;
    expect(issueMessage(rate, "vi")).toContain("người");
    expect(issueMessage(rate, "vi")).toContain("không được cộng vào tổng");
    expect(totals.amount).toBe(10000000 + 10000000 + 24000000);
    expect(totals.words).toBe("Bốn mươi tư triệu đồng");
    expect(totals.byStandard).toEqual({ "2": 20000000, "3": 24000000 });
    expect(totals.rows.find((r) => r.cell === "G18")).toMatchObject({ kind: "amount", amount: 24000000, product: { unit: 1200000, counts: [20], per: "bộ" } });
    expect(totals.reconciliation).toMatchObject({ stated: 0, computed: 44000000, matches: false, misses: { text: true, outside: false } });
  });
});

describe("ctcl check --json on these workbooks", () => {
  test("products and rates in totals.rows match the documented schema", async () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "docs", "check-output.schema.json"), "utf8"));
    const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-i11-"));
    const file = path.join(dir, "plan.xlsx");
    fs.writeFileSync(
      file,
      await workbook({
        year: "2023-2024",
        rows: [["Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], row(1, "1.1", "Năm học 2023-2024", "20 bộ × 1.200.000đ"), row(2, "1.2", "Năm học 2023-2024", "500.000đ/tháng")],
        merges: ["A10:I10"],
      }),
    );
    let out = "";
    const code = await main(["check", file, "--json"], { out: (x) => (out += x), err: () => undefined });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { totals: { rows: { kind: string; amount: number | null }[] } };
    if (!validate(json)) throw new Error(JSON.stringify(validate.errors, null, 2));
    expect(json.totals.rows.map((r) => [r.kind, r.amount])).toEqual([
      ["amount", 24000000],
      ["rate", null],
    ]);
  });
});
