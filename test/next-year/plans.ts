/** Last year's plans for the next-year tests, built with exceljs as schools lay them out. */
import ExcelJS from "exceljs";

type Cell = string | number;

/** A 2018-form primary plan of 2025-2026 (TT17 as amended by TT22/2024) with a letterhead, three standards, Mức 4 and a total. */
export async function plan2018(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KH CTCL");
  const rows: Cell[][] = [
    ["PHÒNG GD&ĐT HUYỆN MƯỜNG ẢNG", "", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["TRƯỜNG TIỂU HỌC HOA BAN", "", "", "", "", "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 12/KH-THHB", "", "", "", "", "Hoa Ban, ngày 05 tháng 10 năm 2025"],
    ["KẾ HOẠCH"],
    ["Cải tiến chất lượng giáo dục năm học 2025-2026"],
    [
      "TT",
      "Tiêu chuẩn, tiêu chí",
      "Kết quả cần đạt (so với hiện trạng)",
      "Công việc/giải pháp cần thực hiện",
      "Chủ trì và phối hợp thực hiện",
      "Thời gian thực hiện và hoàn thành",
      "Dự kiến kinh phí",
      "Điều kiện hỗ trợ khác",
      "Ghi chú",
    ],
    ["", "MỨC 1, 2, 3"],
    ["", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
    // 9: unfinished last year
    ["1", "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản", "Mức 2 – Công khai tài chính đúng hạn", "Niêm yết công khai hằng quý", "Hiệu trưởng, kế toán", "Tháng 3/2026", "5.000.000 đồng", "", "Chưa hoàn thành"],
    // 10: done last year: left out
    ["2", "Tiêu chí 1.10: Đảm bảo an ninh trật tự, an toàn trường học", "Có phương án phòng cháy", "Diễn tập phòng cháy", "Phó HT", "Năm học 2025-2026", "Không", "", "Đã hoàn thành"],
    ["", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
    // 12: an amended criterion (TT22/2024), a target level TT57 does not have, money as a number plus its source
    ["3", "Tiêu chí 3.2: Các hạng mục công trình đảm bảo tiêu chuẩn cơ sở vật chất tối thiểu", "Mức 3 – Đủ phòng học bộ môn", "Xây 02 phòng học bộ môn", "BGH, UBND xã", "Từ tháng 9 năm 2025 đến tháng 5 năm 2026", 300000000, "Ngân sách nhà nước", ""],
    // 13: a criterion TT22/2024 removed (3.6), still in progress
    ["4", "Tiêu chí 3.6: Thư viện", "Bổ sung 200 đầu sách", "Vận động quyên góp sách", "Nhân viên thư viện", "Thường xuyên", "20.000.000", "", "Đang thực hiện"],
    ["", "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục"],
    // 15: no pair in TT57
    ["5", "Tiêu chí 5.4: Công tác phổ cập giáo dục tiểu học", "Duy trì phổ cập mức độ 3", "Điều tra, cập nhật số liệu phổ cập", "Phó HT, giáo viên", "Năm học 2025-2026", "Không", "", ""],
    // 16: primary 5.2 -> 3.1
    ["6", "Tiêu chí 5.2: Thực hiện Chương trình giáo dục phổ thông cấp tiểu học", "Mức 2 – 100% giáo viên dạy đúng chương trình", "Dự giờ, sinh hoạt chuyên môn", "Tổ chuyên môn", "Học kỳ II năm học 2025-2026", "2 đợt x 5 triệu", "", ""],
    ["", "MỨC 4"],
    // 18: a Mức 4 requirement without a criterion code
    ["7", "Kế hoạch giáo dục có tham khảo chương trình giáo dục tiên tiến", "Xây dựng kế hoạch tham khảo", "Nghiên cứu tài liệu", "Hiệu trưởng", "Tháng 12/2025", "Không", "", ""],
    ["", "Tổng cộng", "", "", "", "", 335000000],
    [],
    ["Nơi nhận:", "", "", "", "", "HIỆU TRƯỞNG"],
    ["- Lưu: VT.", "", "", "", "", "Lò Văn Minh"],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v)));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

