/**
 * Workbooks on the 2026 form (Biểu 2, Thông tư 57/2026) made here with
 * exceljs, read from their .xlsx bytes like a user's file (issue 12): one on
 * a single sheet with section titles as merged rows and the numbering row
 * under table V; one with tables IV, V and VI on separate sheets and the
 * columns in another order; one with every rule of the form broken once.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv from "ajv";
import { main } from "../../src/cli/main";
import { ROOT } from "../helpers";
import { EVERY_RULE_BROKEN, HEADER_IV, HEADER_V, LETTERHEAD, MERGED_HEADERS, NUMBERING, SEPARATE_SHEETS, SINGLE_SHEET, planRow, readSheets, workbook, type SheetSpec } from "../support/form2026";
import { checkPlan } from "../../src/core/check";
import { issueMessage } from "../../src/core/messages";
import type { Issue, Plan } from "../../src/core/plan";
import { isStatus } from "../../src/core/validate/form2026";

async function read(sheets: SheetSpec[]): Promise<{ plan: Plan; issues: Issue[]; totals: ReturnType<typeof checkPlan>["totals"] }> {
  const plan = await readSheets(sheets);
  return { plan, ...checkPlan(plan) };
}

const brief = (issues: Issue[]) => issues.map((i) => `${i.cell} ${i.severity} ${i.code}`);

describe("a Biểu 2 on one sheet: section titles merged, wrapped headers, numbering row", () => {
  const sheet = SINGLE_SHEET;

  test("tables IV, V and VI are read; VI's rows are no plan rows", async () => {
    const { plan } = await read([sheet]);
    expect(plan.form).toBe("2026");
    expect(plan.regulation).toBe("TT57/2026-PT");
    expect(plan.header.row).toBe(15);
    expect(plan.problems).toEqual([
      expect.objectContaining({ row: 11, tt: "1", standard: 2, criterion: "2.2", criteria: ["2.2"], weakness: "Còn 02 giáo viên chưa đạt chuẩn trình độ.", cells: expect.objectContaining({ criterion: "C11", weakness: "E11", cause: "F11" }) }),
      expect.objectContaining({ row: 12, standard: 4, criterion: null, criteria: [], situation: "Sân chơi xuống cấp, thiếu đồ chơi ngoài trời.", cause: "Thiếu kinh phí." }),
    ]);
    expect(plan.rows.map((r) => [r.row, r.criterion, r.standard, r.problem, r.status])).toEqual([
      [17, "2.2", 2, 0, "Đã hoàn thành."],
      // No code in its content: linked to problem 2 by its words, the standard taken from it.
      [18, null, 4, 1, "dang thuc hien"],
    ]);
    expect(plan.rows[1].indicator).toContain("Chỉ số 2");
    expect(plan.rows[1].evidence).toContain("Minh chứng 2");
    expect(plan.rows[1].cells).toMatchObject({ indicator: "E18", evidence: "I18", status: "J18", budget: "H18" });
    expect(plan.reviews).toEqual([
      { row: 22, when: "Cuối học kỳ I", subject: "Tiến độ thực hiện kế hoạch", result: "Đạt 50% chỉ số", adjustment: "Không", reviewer: "Tổ giám sát", cells: { when: "A22", subject: "B22", result: "C22", adjustment: "D22", reviewer: "E22" } },
      expect.objectContaining({ row: 23, when: "Cuối năm học", subject: "" }),
    ]);
    expect(plan.info.school).toBe("TRƯỜNG TIỂU HỌC HOA SEN");
    expect(plan.info.signerName).toBe("Nguyễn Văn An");
  });

  test("a correct plan has no finding; resources 'NSNN … + XHH …' are totalled by source", async () => {
    const { issues, totals } = await read([sheet]);
    expect(brief(issues)).toEqual([]);
    expect(totals.amount).toBe(60000000);
    expect(totals.bySource).toMatchObject({ nsnn: 45000000, xhh: 15000000 });
    expect(totals.words).toBe("Sáu mươi triệu đồng");
  });
});

describe("a Biểu 2 with its tables on separate sheets and the columns in another order", () => {
  const sheets = SEPARATE_SHEETS;

  test("each table is read on its sheet, cells qualified with the sheet's name", async () => {
    const { plan, issues } = await read(sheets);
    expect(plan.sheet).toBe("V. Kế hoạch");
    expect(plan.header.columns).toMatchObject({ status: "B", evidence: "C", criterion: "D", actions: "E", result: "F", budget: "G", timeline: "H", indicator: "I", owner: "J" });
    expect(plan.problems?.map((p) => [p.row, p.sheet, p.standard, p.criterion, p.weakness, p.cells.criterion])).toEqual([
      [3, "IV. Vấn đề trọng tâm", 3, "3.2", "Tổ chuyên môn sinh hoạt chưa hiệu quả.", "'IV. Vấn đề trọng tâm'!E3"],
      [4, "IV. Vấn đề trọng tâm", 1, "1.4", "Hồ sơ tự đánh giá chưa đầy đủ.", "'IV. Vấn đề trọng tâm'!E4"],
    ]);
    expect(plan.rows.map((r) => [r.row, r.criterion, r.problem, r.status, r.indicator, r.evidence])).toEqual([
      [10, "3.2", 0, "Chưa hoàn thành", "12 buổi sinh hoạt", "Sổ sinh hoạt chuyên môn"],
      [11, "1.4", 1, "", "Hồ sơ được duyệt", "Báo cáo tự đánh giá"],
    ]);
    expect(plan.reviews?.map((r) => [r.when, r.subject, r.result, r.reviewer, r.cells.when])).toEqual([
      ["Cuối học kỳ I", "Các hoạt động của mục V", "Đạt tiến độ", "Hiệu trưởng", "'VI. Theo dõi'!B3"],
      ["Cuối năm học", "Các hoạt động của mục V", "Hoàn thành", "Hiệu trưởng", "'VI. Theo dõi'!B4"],
    ]);
    expect(brief(issues)).toEqual([]);
  });
});

describe("a Biểu 2 with every rule of the form broken once", () => {
  const sheet = EVERY_RULE_BROKEN;

  test("each finding is on its cell, with its code", async () => {
    const { plan, issues } = await read([sheet]);
    expect(plan.rows.map((r) => r.row)).toEqual([17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
    expect(brief(issues)).toEqual([
      "C10 error mandatory-unaddressed",
      "C11 warning problem-unaddressed",
      "C12 error problem-criterion-unknown",
      "B17 error content-missing",
      "C18 warning result-missing",
      "D19 error actions-missing",
      "E20 warning indicator-missing",
      "F21 warning timeline-outside-year",
      "G22 warning owner-missing",
      "I23 warning evidence-missing",
      "J24 warning status-level",
      "J25 warning status-unknown",
      "B26 warning row-untraced",
      "B27 error criterion-unknown",
    ]);
    const level = issues.find((i) => i.code === "status-level")!;
    expect(issueMessage(level, "vi")).toContain("Hoàn thành, Đang thực hiện hoặc Chưa hoàn thành");
    expect(issueMessage(level, "en")).toContain("implementation status");
    const mandatory = issues.find((i) => i.code === "mandatory-unaddressed")!;
    expect(issueMessage(mandatory, "vi")).toContain("Tiêu chí 3.1");
    // No name drift on the 2026 form: the school's own words are not official names.
    expect(issues.some((i) => /name/.test(i.code))).toBe(false);
  });
});

describe("headers merged over two rows, a standard merged down over its problems", () => {
  const sheet = MERGED_HEADERS;

  test("the three tables are read and the plan is clean", async () => {
    const { plan, issues } = await read([sheet]);
    expect(plan.problems?.map((p) => [p.row, p.standard, p.criterion, p.cells.standard])).toEqual([
      [11, 2, "2.1", "B11"],
      [12, 2, "2.2", "B11"],
    ]);
    expect(plan.rows.map((r) => [r.row, r.criterion, r.problem])).toEqual([
      [16, "2.1", 0],
      [17, "2.2", 1],
    ]);
    expect(plan.reviews?.map((r) => [r.row, r.when, r.result])).toEqual([[21, "Cuối học kỳ I", "Đúng tiến độ"]]);
    expect(brief(issues)).toEqual([]);
  });
});

describe("statuses", () => {
  test.each(["Hoàn thành", "hoàn thành.", "HOAN THANH", "Đã hoàn thành", "Đang thực hiện", "dang thuc hien", "Chưa hoàn thành", "chua hoan thanh"])("%s is a status", (s) => {
    expect(isStatus(s)).toBe(true);
  });
  test.each(["Mức 2", "Tốt", "Đạt"])("%s is not", (s) => expect(isStatus(s)).toBe(false));
});

describe("ctcl check --json on a 2026-form plan", () => {
  test("problems, rows and reviews match the documented schema", async () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "docs", "check-output.schema.json"), "utf8"));
    const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-f26-"));
    const file = path.join(dir, "plan.xlsx");
    fs.writeFileSync(
      file,
      await workbook([
        {
          name: "IV",
          rows: [HEADER_IV, [1, "Tiêu chuẩn 2", "2.2", "Hiện trạng.", "Hạn chế.", "Nguyên nhân."]],
        },
        { name: "V", rows: [...LETTERHEAD, HEADER_V, NUMBERING, planRow(1, "Tiêu chí 2.2: Bồi dưỡng giáo viên", { status: "Mức 2" })] },
      ]),
    );
    let out = "";
    const code = await main(["check", file, "--json"], { out: (x) => (out += x), err: () => undefined });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { plan: Plan; issues: { code: string; cell: string }[] };
    if (!validate(json)) throw new Error(JSON.stringify(validate.errors, null, 2));
    expect(json.plan.problems?.[0].cells.criterion).toBe("'IV'!C2");
    expect(json.plan.reviews).toEqual([]);
    expect(json.issues.map((i) => `${i.cell} ${i.code}`)).toEqual(["J10 status-level"]);
  });
});
