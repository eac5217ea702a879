/**
 * Biểu 2 (2026-form, Thông tư 57/2026) workbooks built with exceljs, shared by
 * the reader, rule, Word, review and write tests: one sheet with section titles
 * and the numbering row; tables on separate sheets with the columns in another
 * order; every rule broken once; headers merged over two rows. As .xlsx bytes,
 * as the plan they read as, or as rows to put into the fake Excel.
 */
import ExcelJS from "exceljs";
import type { Plan } from "../../src/core/plan";

export type Cell = string | number | null;

export interface SheetSpec {
  name: string;
  /** Rows from row 1 down. */
  rows: Cell[][];
  merges?: string[];
}

export const LETTERHEAD: Cell[][] = [
  ["UBND XÃ HOA SEN", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], // 1
  ["TRƯỜNG TIỂU HỌC HOA SEN", null, null, null, "Độc lập - Tự do - Hạnh phúc"], // 2
  ["Số: 12/KH-THHS", null, null, null, "Hoa Sen, ngày 05 tháng 10 năm 2026"], // 3
  [], // 4
  ["KẾ HOẠCH"], // 5
  ["Cải tiến chất lượng giáo dục năm học 2026-2027"], // 6
  [], // 7
];

export const HEADER_IV = ["TT", "Tiêu chuẩn", "Tiêu chí liên quan\n(nếu có)", "Đánh giá\nhiện trạng", "Điểm hạn chế", "Nguyên nhân\ncủa hạn chế"];
export const HEADER_V = [
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
export const NUMBERING = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"];
export const HEADER_VI = ["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh\n(nếu có)", "Người đánh giá"];

export async function workbook(sheets: SheetSpec[]): Promise<Uint8Array> {
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

/** A complete plan row of table V in the form's column order. */
export const planRow = (tt: number, content: string, o: Partial<Record<"goal" | "actions" | "indicator" | "timeline" | "owner" | "resources" | "evidence" | "status", string>> = {}): Cell[] => [
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

/** Tables IV, V and VI on one sheet "KH CTCL 2026-2027": IV rows 11-12, V rows 17-18 (status J), VI rows 22-23. */
export const SINGLE_SHEET: SheetSpec = {
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

/** Tables on three sheets, columns in another order: IV rows 3-4 (criterion E), V rows 10-11 (content D, status B), VI rows 3-4. */
export const SEPARATE_SHEETS: SheetSpec[] = [
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

/** The plan a workbook of these sheets reads as. */
export async function readSheets(sheets: SheetSpec[]): Promise<Plan> {
  // Loaded here, not at the top: the jsdom test environments that only build rows lack TextDecoder.
  const { snapshotFromXlsx } = await import("../../src/file/xlsx");
  const { readPlan } = await import("../../src/core/read");
  const r = readPlan(await snapshotFromXlsx(await workbook(sheets)));
  if (!r.ok) throw new Error(r.error.code);
  return r.plan;
}

/** Every rule of the form broken once: each row says which. */
export const EVERY_RULE_BROKEN: SheetSpec = {
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
export const MERGED_HEADERS: SheetSpec = {
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