/**
 * A 2026-form plan (Biểu 2, TT57/2026) with every kind of status in table V,
 * made with exceljs and read back from its .xlsx bytes like a user's file:
 * the three statuses in the spellings schools use (accents, case, "Đã …",
 * "Chưa HT", a final full stop, decomposed Unicode), empty cells, texts that
 * are no status ("Hoàn thành 100%", "Mức 2"), a criterion with sub-rows, a
 * row with no standard, a blank numbered row, and table VI filled for both
 * reviews.
 */
import { HEADER_V, readSheets, workbook, type Cell, type SheetSpec } from "../support/form2026";
import type { Plan } from "../../src/core/plan";

const row = (tt: Cell, content: string, indicator: string, status: string, resources = "Không"): Cell[] => [
  tt,
  content,
  `Mục tiêu của dòng ${tt ?? "phụ"}.`,
  `Hoạt động của dòng ${tt ?? "phụ"}.`,
  indicator,
  "Từ tháng 9/2026 đến tháng 5/2027",
  "Phó hiệu trưởng",
  resources,
  "Biên bản, báo cáo.",
  status,
];

/** What each plan row of the workbook is, in sheet order: [sheet row, status as typed, counted as]. */
export const STATUS_ROWS: [number, string, "done" | "inProgress" | "notDone" | "unset"][] = [
  [11, "Hoàn thành", "done"],
  [12, "Đã hoàn thành.", "done"],
  [13, "ĐANG THỰC HIỆN", "inProgress"],
  [14, "Chưa hoàn thành".normalize("NFD"), "notDone"],
  [15, "Chưa HT", "notDone"],
  [16, "", "unset"],
  [17, "Hoàn thành 100%", "unset"],
  [18, "Mức 2", "unset"],
  [19, "Đang triển khai", "inProgress"],
  [20, "", "unset"],
];

/** The indicator of each row, to find it in documents. */
export const INDICATORS = STATUS_ROWS.map(([r]) => `Chỉ số dòng ${r}`);

export const REVIEW_HK1 = {
  result: "Hoàn thành 2 nội dung; 3 nội dung đang triển khai.",
  adjustment: "Lùi thời hạn cải tạo sân chơi sang tháng 3/2027.",
};
export const REVIEW_YEAR = {
  result: "Hoàn thành 2 trên 10 nội dung.",
  adjustment: "Chuyển các nội dung chưa hoàn thành sang năm học 2027-2028.",
};

export function statusSheetRows(): Cell[][] {
  const content = [
    "Tiêu chí 1.3: Vận hành hệ thống bảo đảm chất lượng bên trong",
    "Tiêu chí 1.4: Hoàn thiện hồ sơ tự đánh giá",
    "Tiêu chí 2.2: Nâng chuẩn trình độ giáo viên",
    "Tiêu chí 3.1: Thực hiện chương trình giáo dục nhà trường",
    "Tiêu chí 4.1: Cải tạo sân chơi bảo đảm an toàn",
    null, // sub-row of 4.1 (criterion cell merged down)
    "Tiêu chí 4.2: Bổ sung thiết bị dạy học",
    "Tiêu chí 2.1: Bồi dưỡng cán bộ quản lý",
    "Tiêu chí 3.2: Đổi mới sinh hoạt chuyên môn",
    "Tăng cường truyền thông với cha mẹ học sinh", // no criterion, no table IV: no standard
  ];
  const rows: Cell[][] = [
    ["UBND PHƯỜNG HOA LƯ", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], // 1
    ["TRƯỜNG THCS HOA LƯ", null, null, null, null, "Độc lập - Tự do - Hạnh phúc"], // 2
    ["Số: 27/KH-THCSHL", null, null, null, null, "Hoa Lư, ngày 06 tháng 10 năm 2026"], // 3
    [], // 4
    ["KẾ HOẠCH"], // 5
    ["Cải tiến chất lượng giáo dục năm học 2026-2027"], // 6
    [], // 7
    ["V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"], // 8
    HEADER_V, // 9
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"], // 10
  ];
  STATUS_ROWS.forEach(([r, status], i) => {
    const tt = content[i] === null ? null : i + 1 - (i > 5 ? 1 : 0);
    const resources = r === 15 ? "NSNN 45.000.000đ" : r === 16 ? "XHH 15.000.000đ" : "Không";
    rows.push(row(tt, content[i] ?? "", `${INDICATORS[i]}: đạt 100%.`, status, resources));
  });
  rows.push([11]); // 21: a numbered row left blank
  rows.push([]); // 22
  rows.push(["VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)"]); // 23
  rows.push(["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá"]); // 24
  rows.push(["Cuối học kỳ I", "Tiến độ các hoạt động cải tiến", REVIEW_HK1.result, REVIEW_HK1.adjustment, "Tổ giám sát"]); // 25
  rows.push(["Cuối năm học", "Kết quả cả năm", REVIEW_YEAR.result, REVIEW_YEAR.adjustment, "Hội đồng tự đánh giá"]); // 26
  rows.push([]); // 27
  rows.push(["VII. TỔ CHỨC THỰC HIỆN"]); // 28
  rows.push([null, "Nơi nhận:", null, null, null, null, "HIỆU TRƯỞNG"]); // 29
  rows.push([null, "- Lưu: VT."]); // 30
  rows.push([null, null, null, null, null, null, "Trần Thị Mai"]); // 31
  return rows;
}

/** The same sheet without table V's "Mức độ thực hiện" column (J), e.g. a draft made from an older layout. */
export function withoutStatusColumn(rows: Cell[][]): Cell[][] {
  return rows.map((r, i) => (i >= 8 && i <= 20 ? r.slice(0, 9) : r));
}

const statusSheet = (rows: Cell[][], extraMerges: string[]): SheetSpec => ({
  name: "KH CTCL 2026-2027",
  rows,
  merges: ["A8:J8", "B15:B16", "A23:J23", "A28:J28", ...extraMerges],
});

export async function statusWorkbook(rows: Cell[][] = statusSheetRows(), extraMerges: string[] = []): Promise<Uint8Array> {
  return workbook([statusSheet(rows, extraMerges)]);
}

export async function statusPlan(rows: Cell[][] = statusSheetRows(), extraMerges: string[] = []): Promise<Plan> {
  return readSheets([statusSheet(rows, extraMerges)]);
}
