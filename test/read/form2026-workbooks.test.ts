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
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { ROOT } from "../helpers";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/check";
import { issueMessage } from "../../src/core/messages";
import type { Issue, Plan } from "../../src/core/plan";
import { isStatus } from "../../src/core/validate/form2026";

type Cell = string | number | null;

interface SheetSpec {
  name: string;
  /** Rows from row 1 down. */
  rows: Cell[][];
  merges?: string[];
}

const LETTERHEAD: Cell[][] = [
  ["UBND XÃ HOA SEN", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], // 1
  ["TRƯỜNG TIỂU HỌC HOA SEN", null, null, null, "Độc lập - Tự do - Hạnh phúc"], // 2
  ["Số: 12/KH-THHS", null, null, null, "Hoa Sen, ngày 05 tháng 10 năm 2026"], // 3
  [], // 4
  ["KẾ HOẠCH"], // 5
  ["Cải tiến chất lượng giáo dục năm học 2026-2027"], // 6
  [], // 7
];

const HEADER_IV = ["TT", "Tiêu chuẩn", "Tiêu chí liên quan\n(nếu có)", "Đánh giá\nhiện trạng", "Điểm hạn chế", "Nguyên nhân\ncủa hạn chế"];
const HEADER_V = [
  "TT",
  "Nội dung\ncải tiến",
  "Mục tiêu\ncải tiến",
  "Hoạt động/\ngiải pháp",
  "Chỉ số đánh giá\nkết quả",
  "Thời gian\nthực hiện",
  "Đơn vị/cá nhân\nphụ trách",
  "Nguồn lực\nbảo đảm",
  "Thông tin, dữ liệu hoặc\nminh chứng dự kiến",
  "Mức độ\nthực hiện",
];
const NUMBERING = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"];
const HEADER_VI = ["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh\n(nếu có)", "Người đánh giá"];

async function workbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, i) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(i + 1, c + 1).value = v;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function read(sheets: SheetSpec[]): Promise<{ plan: Plan; issues: Issue[]; totals: ReturnType<typeof checkPlan>["totals"] }> {
  const r = readPlan(await snapshotFromXlsx(await workbook(sheets)));
  if (!r.ok) throw new Error(r.error.code);
  return { plan: r.plan, ...checkPlan(r.plan) };
}

const brief = (issues: Issue[]) => issues.map((i) => `${i.cell} ${i.severity} ${i.code}`);

/** A complete plan row of table V in the form's column order. */
const planRow = (tt: number, content: string, o: Partial<Record<"goal" | "actions" | "indicator" | "timeline" | "owner" | "resources" | "evidence" | "status", string>> = {}): Cell[] => [
  tt,
  content,
  o.goal ?? `Mục tiêu ${tt}: khắc phục hạn chế đã nêu trong báo cáo tự đánh giá.`,
  o.actions ?? `Hoạt động ${tt}: rà soát, xây dựng và tổ chức thực hiện theo kế hoạch.`,
  o.indicator ?? `Chỉ số ${tt}: 100% nội dung được triển khai đúng kế hoạch.`,
  o.timeline ?? "Từ tháng 9/2026 đến tháng 5/2027",
  o.owner ?? "Hiệu trưởng, Phó hiệu trưởng",
  o.resources ?? "Không",
  o.evidence ?? `Minh chứng ${tt}: biên bản, báo cáo kết quả.`,
  o.status ?? "",
];

describe("a Biểu 2 on one sheet: section titles merged, wrapped headers, numbering row", () => {
  const sheet: SheetSpec = {
    name: "KH CTCL 2026-2027",
    rows: [
      ...LETTERHEAD,
      ["IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN"], // 8
      HEADER_IV, // 9
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], // 10
      [1, "Tiêu chuẩn 2: Phát triển đội ngũ", "Tiêu chí 2.2", "Giáo viên đạt chuẩn 90%.", "Còn 02 giáo viên chưa đạt chuẩn trình độ.", "Giáo viên lớn tuổi."], // 11
      [2, "Tiêu chuẩn 4: Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội", null, "Sân chơi xuống cấp, thiếu đồ chơi ngoài trời.", "Sân chơi chưa bảo đảm an toàn cho học sinh.", "Thiếu kinh phí."], // 12
      [], // 13
      ["V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"], // 14
      HEADER_V, // 15
      NUMBERING, // 16
      planRow(1, "Tiêu chí 2.2: Nâng chuẩn trình độ giáo viên", { status: "Đã hoàn thành." }), // 17
      planRow(2, "Cải tạo sân chơi bảo đảm an toàn cho học sinh", { resources: "NSNN 45.000.000đ + XHH 15.000.000đ", status: "dang thuc hien" }), // 18
      [], // 19
      ["VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)"], // 20
      HEADER_VI, // 21
      ["Cuối học kỳ I", "Tiến độ thực hiện kế hoạch", "Đạt 50% chỉ số", "Không", "Tổ giám sát"], // 22
      ["Cuối năm học"], // 23
      [], // 24
      ["VII. TỔ CHỨC THỰC HIỆN"], // 25
      ["1. Hiệu trưởng chỉ đạo chung."], // 26
      [null, "Nơi nhận:", null, null, null, null, "HIỆU TRƯỞNG"], // 27
      [null, "- Lưu: VT."], // 28
      [null, null, null, null, null, null, "Nguyễn Văn An"], // 29
    ],
    merges: ["A8:J8", "A14:J14", "A20:J20", "A25:J25"],
  };

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
  const sheets: SheetSpec[] = [
    {
      name: "IV. Vấn đề trọng tâm",
      rows: [
        ["IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN"], // 1
        ["TT", "Điểm hạn chế", "Nguyên nhân của hạn chế", "Tiêu chuẩn", "Tiêu chí liên quan (nếu có)", "Đánh giá hiện trạng"], // 2
        [1, "Tổ chuyên môn sinh hoạt chưa hiệu quả.", "Chưa đổi mới hình thức.", "Tiêu chuẩn 3", "3.2", "Sinh hoạt theo lối cũ."], // 3
        [2, "Hồ sơ tự đánh giá chưa đầy đủ.", "Chưa phân công rõ.", "Tiêu chuẩn 1", "Tiêu chí 1.4", "Thiếu minh chứng."], // 4
      ],
      merges: ["A1:F1"],
    },
    {
      name: "V. Kế hoạch",
      rows: [
        ...LETTERHEAD,
        ["V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"], // 8
        // Columns in another order: status and evidence first after TT, the budget before the timeline.
        ["TT", "Mức độ thực hiện", "Thông tin, dữ liệu hoặc minh chứng dự kiến", "Nội dung cải tiến", "Hoạt động/giải pháp", "Mục tiêu cải tiến", "Nguồn lực bảo đảm", "Thời gian thực hiện", "Chỉ số đánh giá kết quả", "Đơn vị/cá nhân phụ trách"], // 9
        [1, "Chưa hoàn thành", "Sổ sinh hoạt chuyên môn", "Tiêu chí 3.2: Sinh hoạt chuyên môn theo nghiên cứu bài học", "Sinh hoạt theo nghiên cứu bài học mỗi tháng.", "100% tổ chuyên môn đổi mới sinh hoạt.", "Không", "Năm học 2026-2027", "12 buổi sinh hoạt", "Tổ trưởng chuyên môn"], // 10
        [2, "", "Báo cáo tự đánh giá", "Tiêu chí 1.4: Hoàn thiện hồ sơ tự đánh giá", "Phân công thu thập minh chứng.", "Hồ sơ đầy đủ.", "5 triệu đồng", "Tháng 3/2027", "Hồ sơ được duyệt", "Phó hiệu trưởng"], // 11
        [null, "Nơi nhận:"], // 12
      ],
      merges: ["A8:J8"],
    },
    {
      name: "VI. Theo dõi",
      rows: [
        ["VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)"], // 1
        ["Người đánh giá", "Thời điểm", "Kết quả thực hiện", "Nội dung theo dõi", "Điều chỉnh (nếu có)"], // 2
        ["Hiệu trưởng", "Cuối học kỳ I", "Đạt tiến độ", "Các hoạt động của mục V", "Không"], // 3
        ["Hiệu trưởng", "Cuối năm học", "Hoàn thành", "Các hoạt động của mục V", ""], // 4
      ],
      merges: ["A1:E1"],
    },
  ];

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
  const sheet: SheetSpec = {
    name: "Kế hoạch",
    rows: [
      ...LETTERHEAD,
      ["IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN"], // 8
      HEADER_IV, // 9
      [1, "Tiêu chuẩn 3", "Tiêu chí 3.1", "Chương trình nhà trường chưa cập nhật.", "Kế hoạch giáo dục chưa điều chỉnh.", "Thiếu hướng dẫn."], // 10: mandatory, no action in V
      [2, "Tiêu chuẩn 2", "Tiêu chí 2.3", "Nhân viên thư viện kiêm nhiệm.", "Thư viện mở cửa ít.", "Thiếu người."], // 11: no action in V
      [3, "Tiêu chuẩn 1", "Tiêu chí 1.9", "Chưa có.", "Chưa có.", "Chưa có."], // 12: no such criterion
      [4, "Tiêu chuẩn 1", "Tiêu chí 1.3", "Dữ liệu quản lý rời rạc.", "Chưa có phần mềm quản lý.", "Thiếu kinh phí."], // 13
      ["V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"], // 14
      HEADER_V, // 15
      NUMBERING, // 16
      planRow(1, "", { goal: "Mục tiêu riêng của dòng không có nội dung." }), // 17: content missing
      planRow(2, "Tiêu chí 1.3: Số hóa dữ liệu quản lý", { goal: "" }), // 18: goal missing
      planRow(3, "Tiêu chí 1.3: Tập huấn phần mềm quản lý", { actions: "" }), // 19: actions missing
      planRow(4, "Tiêu chí 1.3: Cập nhật hồ sơ điện tử", { indicator: "" }), // 20: indicator missing
      planRow(5, "Tiêu chí 1.3: Sao lưu dữ liệu", { timeline: "Tháng 9/2028" }), // 21: outside the school year
      planRow(6, "Tiêu chí 1.3: Công khai dữ liệu", { owner: "" }), // 22: owner missing
      planRow(7, "Tiêu chí 1.3: Báo cáo định kỳ", { evidence: "" }), // 23: evidence missing
      planRow(8, "Tiêu chí 1.3: Kiểm tra nội bộ", { status: "Mức 2" }), // 24: a target level as the status
      planRow(9, "Tiêu chí 1.3: Rà soát quy chế", { status: "xong rồi" }), // 25: not a status
      planRow(10, "Tổ chức ngày hội đọc sách cho phụ huynh"), // 26: neither a criterion nor a problem
      planRow(11, "Tiêu chí 1.9: Nội dung tự đặt"), // 27: no such criterion
      [], // 28
      ["VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)"], // 29
      HEADER_VI, // 30
      ["Cuối học kỳ I", "Tiến độ", "Chưa đạt", "Bổ sung kinh phí", "Hiệu trưởng"], // 31
      ["Cuối năm học"], // 32
    ],
    merges: ["A8:J8", "A14:J14", "A29:J29"],
  };

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
  const sheet: SheetSpec = {
    name: "Biểu 2",
    rows: [
      ...LETTERHEAD,
      ["IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN"], // 8
      HEADER_IV, // 9 (merged down over row 10)
      [], // 10
      [1, "Tiêu chuẩn 2: Phát triển đội ngũ", "Tiêu chí 2.1", "Cán bộ quản lý chưa qua bồi dưỡng.", "Thiếu chứng chỉ quản lý.", "Chưa được cử đi học."], // 11
      [2, null, "Tiêu chí 2.2", "Giáo viên chưa ứng dụng công nghệ.", "Kỹ năng số hạn chế.", "Chưa được tập huấn."], // 12: standard merged down from B11
      ["V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"], // 13
      HEADER_V, // 14 (merged down over row 15)
      [], // 15
      planRow(1, "Tiêu chí 2.1: Bồi dưỡng cán bộ quản lý", { status: "Hoàn thành" }), // 16
      planRow(2, "Tiêu chí 2.2: Tập huấn kỹ năng số cho giáo viên"), // 17
      ["VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)"], // 18
      HEADER_VI, // 19 (merged down over row 20)
      [], // 20
      ["Cuối học kỳ I", "Các hoạt động", "Đúng tiến độ", "", "Hiệu trưởng"], // 21
    ],
    merges: [
      "A8:J8",
      "A13:J13",
      "A18:J18",
      ..."ABCDEF".split("").map((c) => `${c}9:${c}10`),
      ..."ABCDEFGHIJ".split("").map((c) => `${c}14:${c}15`),
      ..."ABCDE".split("").map((c) => `${c}19:${c}20`),
      "B11:B12",
    ],
  };

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
