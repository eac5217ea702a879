#!/usr/bin/env node
/**
 * Writes the project's own sample plan (examples/ke-hoach-mau.xlsx) and the
 * test fixtures (test/fixtures/*.xlsx) with exceljs. The outputs are committed;
 * run `node scripts/make-fixtures.js` again after changing this file.
 * The schools and people here are made up for this project.
 */
const path = require("path");
const fs = require("fs");
const ExcelJS = require("exceljs");

const root = path.join(__dirname, "..");
const fixtures = path.join(root, "test", "fixtures");
fs.mkdirSync(fixtures, { recursive: true });
fs.mkdirSync(path.join(root, "examples"), { recursive: true });

const HEADER_2018 = [
  "TT",
  "Tiêu chuẩn, tiêu chí",
  "Kết quả cần đạt\n(so với hiện trạng)",
  "Công việc/giải pháp cần thực hiện",
  "Chủ trì và phối hợp thực hiện",
  "Thời gian thực hiện và hoàn thành",
  "Dự kiến kinh phí",
  "Điều kiện hỗ trợ khác",
  "Ghi chú",
];

const thin = { style: "thin" };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function letterhead(ws, { agency, school, number, placeDate, year, width = 9 }) {
  const last = String.fromCharCode(64 + width);
  ws.getCell("A1").value = agency;
  ws.mergeCells("A1:C1");
  ws.getCell("E1").value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.mergeCells(`E1:${last}1`);
  ws.getCell("A2").value = school;
  ws.mergeCells("A2:C2");
  ws.getCell("E2").value = "Độc lập - Tự do - Hạnh phúc";
  ws.mergeCells(`E2:${last}2`);
  ws.getCell("A3").value = number;
  ws.mergeCells("A3:C3");
  ws.getCell("E3").value = placeDate;
  ws.mergeCells(`E3:${last}3`);
  ws.getCell("A5").value = "KẾ HOẠCH";
  ws.mergeCells(`A5:${last}5`);
  ws.getCell("A6").value = "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC";
  ws.mergeCells(`A6:${last}6`);
  ws.getCell("A7").value = year;
  ws.mergeCells(`A7:${last}7`);
  for (const a of ["A1", "A2", "E1", "E2", "A5", "A6", "A7"]) ws.getCell(a).font = { name: "Times New Roman", bold: a !== "A1", size: 13 };
  ws.getCell("E3").font = { name: "Times New Roman", italic: true, size: 13 };
}

function header(ws, row, titles) {
  titles.forEach((t, i) => {
    const c = ws.getCell(row, i + 1);
    c.value = t;
    c.font = { name: "Times New Roman", bold: true, size: 12 };
    c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    c.border = border;
  });
  ws.getRow(row).height = 48;
}

function widths(ws, ws9 = [5, 22, 30, 34, 18, 16, 14, 14, 10]) {
  ws9.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** Writes body rows: ["band", text] | ["std", n, text] | ["remark", text] | [tt, crit, result, actions, owner, time, budget, support, note] */
function body(ws, startRow, items, width = 9) {
  const last = String.fromCharCode(64 + width);
  let r = startRow;
  const mergeDown = [];
  for (const it of items) {
    if (it[0] === "band") {
      ws.getCell(r, 1).value = it[1];
      ws.mergeCells(`A${r}:${last}${r}`);
      ws.getCell(r, 1).font = { bold: true };
    } else if (it[0] === "std") {
      ws.getCell(r, 1).value = it[1];
      ws.getCell(r, 2).value = it[2];
      ws.mergeCells(`B${r}:${last}${r}`);
      ws.getCell(r, 2).font = { bold: true };
    } else if (it[0] === "remark") {
      ws.getCell(r, 2).value = it[1];
      ws.mergeCells(`B${r}:${last}${r}`);
      ws.getCell(r, 2).font = { italic: true };
    } else if (it[0] === "sub") {
      // sub-rows of the criterion above: merge its cell down
      const [, ...cells] = it;
      cells.forEach((v, i) => {
        if (v !== null && v !== undefined) ws.getCell(r, i + 3).value = v;
      });
      mergeDown[mergeDown.length - 1].to = r;
    } else {
      it.forEach((v, i) => {
        if (v !== null && v !== undefined && v !== "") ws.getCell(r, i + 1).value = v;
      });
      mergeDown.push({ from: r, to: r });
    }
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = border;
      cell.alignment = { wrapText: true, vertical: "top" };
      if (c === 7 && typeof cell.value === "number") cell.numFmt = "#,##0";
    }
    r++;
  }
  for (const m of mergeDown) if (m.to > m.from) ws.mergeCells(`B${m.from}:B${m.to}`);
  return r;
}

function signer(ws, row, titles, name) {
  ws.getCell(row, 2).value = "Nơi nhận:";
  ws.getCell(row, 2).font = { bold: true, italic: true };
  ws.getCell(row + 1, 2).value = "- Phòng GD&ĐT (b/c);";
  ws.getCell(row + 2, 2).value = "- Hội đồng TĐG (để th/h);";
  ws.getCell(row + 3, 2).value = "- Lưu: VT.";
  titles.forEach((t, i) => {
    ws.getCell(row + i, 7).value = t;
    ws.getCell(row + i, 7).font = { bold: true };
  });
  ws.getCell(row + 5, 7).value = name;
  ws.getCell(row + 5, 7).font = { bold: true };
}

async function save(wb, file) {
  await wb.xlsx.writeFile(file);
  console.log("wrote", path.relative(root, file));
}

/** The sample plan shipped with the project: a lower secondary school, 2025-2026 (TT18/2018). */
async function samplePlan() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ctcl";
  const ws = wb.addWorksheet("Kế hoạch CTCL 2025-2026");
  widths(ws);
  letterhead(ws, {
    agency: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HOA SEN",
    school: "TRƯỜNG THCS XÃ HOA SEN",
    number: "Số: 42/KH-THCSHS",
    placeDate: "Hoa Sen, ngày 05 tháng 9 năm 2025",
    year: "Năm học 2025 – 2026",
  });
  header(ws, 9, HEADER_2018);
  const end = body(ws, 10, [
    ["band", "MỨC 1, 2, 3"],
    ["std", 1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
    [1, "Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường", "Mức 3 – Chiến lược phát triển giai đoạn 2025-2030 được rà soát, bổ sung và công khai trên cổng thông tin của trường.", "- Tổ chức lấy ý kiến cán bộ, giáo viên, nhân viên và cha mẹ học sinh.\n- Trình Hội đồng trường thông qua, đăng tải công khai.", "Hiệu trưởng, Hội đồng trường", "Từ tháng 9/2025 đến tháng 11/2025", "Không", "", ""],
    [2, "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng", "Tổ chuyên môn sinh hoạt theo nghiên cứu bài học mỗi tháng một lần.", "Xây dựng lịch sinh hoạt chuyên môn theo nghiên cứu bài học; dự giờ, rút kinh nghiệm.", "PHT, Tổ trưởng CM", "Năm học 2025-2026", "", "", ""],
    [3, "Tiêu chí 1.10: Đảm bảo an ninh trật tự, an toàn trường học", "Mức 3 – Không để xảy ra tai nạn thương tích, bạo lực học đường.", "Phối hợp công an xã tuyên truyền; kiểm tra định kỳ hệ thống phòng cháy chữa cháy.", "BGH, TPT Đội, Công an xã", "Thường xuyên", "8.500.000 đồng", "Kinh phí chi thường xuyên", ""],
    ["std", 2, "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"],
    [1, "Tiêu chí 2.2: Đối với giáo viên", "100% giáo viên đạt chuẩn trình độ đào tạo; 30% giáo viên dạy giỏi cấp huyện.", "- Cử 03 giáo viên học nâng chuẩn.\n- Tổ chức hội giảng cấp trường.", "BGH, Tổ trưởng CM, GV", "Học kỳ I năm học 2025-2026", 12000000, "Hỗ trợ từ Phòng GD&ĐT", ""],
    ["sub", "Giáo viên sử dụng thành thạo học liệu số.", "Tập huấn ứng dụng công nghệ thông tin trong dạy học.", "PHT, GV tin học", "Tháng 10/2025", "Không", "", ""],
    ["std", 3, "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
    [1, "Tiêu chí 3.3: Khối phòng hành chính – quản trị", "Sửa chữa phòng họp hội đồng, thay hệ thống điện.", "Lập dự toán, tham mưu UBND xã hỗ trợ kinh phí.", "Hiệu trưởng, kế toán", "Quý II/2026", 45000000, "UBND xã hỗ trợ", ""],
    [2, "Tiêu chí 3.5: Thiết bị", "Bổ sung thiết bị dạy học môn Khoa học tự nhiên lớp 9 theo danh mục tối thiểu.", "- Rà soát thiết bị hiện có.\n- Mua sắm bổ sung theo danh mục.", "PHT, nhân viên thiết bị", "Từ tháng 8 năm 2025 đến tháng 5 năm 2025", "120.000.000 đồng", "", ""],
    ["sub", "Sửa chữa máy chiếu các phòng học.", "Liên hệ đơn vị bảo hành.", "Kế toán, nhân viên thiết bị", "Tháng 13/2025", "Theo khảo sát thực tế", "", ""],
    [3, "Tiêu chí 3.7: Phòng học bộ môn", "Cải tạo phòng học bộ môn Tin học.", "Tham mưu cấp trên đầu tư.", "Hiệu trưởng", "Năm 2026", "2,5 tỷ", "Ngân sách nhà nước", ""],
    ["std", 4, "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội"],
    ["remark", "Nhà trường tiếp tục duy trì các tiêu chí đã đạt, không có nội dung cải tiến mới."],
    ["std", 5, "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục"],
    [1, "Tiêu chí 5.2: Tổ chức hoạt động giáo dục cho học sinh có hoàn cảnh khó khăn, học sinh có năng khiếu, học sinh gặp khó khăn trong học tập và rèn luyện", "Mức 3 – 100% học sinh có hoàn cảnh khó khăn được hỗ trợ học tập.", "Phụ đạo học sinh yếu; bồi dưỡng học sinh giỏi; vận động mạnh thường quân trao học bổng.", "BGH, GVCN, BĐD CMHS", "Trong năm học 2025-2026", "15 triệu đồng", "Xã hội hóa", ""],
    [2, "Tiêu chí 5.4: Kết quả giáo dục", "", "", "", "", "", "", ""],
    ["band", "MỨC 4"],
    ["std", 1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
    [1, "Tiêu chí 1.1", "Kế hoạch giáo dục nhà trường có nội dung giáo dục địa phương đặc thù.", "Xây dựng chủ đề giáo dục địa phương gắn với làng nghề.", "BGH, tổ chuyên môn", "Năm học 2025-2026 và các năm học tiếp theo", "Không", "", ""],
  ]);
  const totalRow = end;
  ws.getCell(totalRow, 2).value = "Tổng cộng";
  ws.getCell(totalRow, 2).font = { bold: true };
  ws.getCell(totalRow, 7).value = { formula: `SUM(G10:G${end - 1})`, result: 57000000 };
  ws.getCell(totalRow, 7).numFmt = "#,##0";
  for (let c = 1; c <= 9; c++) ws.getCell(totalRow, c).border = border;
  signer(ws, totalRow + 2, ["HIỆU TRƯỞNG"], "Trần Văn Minh");
  await save(wb, path.join(root, "examples", "ke-hoach-mau.xlsx"));
}

/** The plan on a later sheet, after a guide sheet and a grade book. */
async function planOnLaterSheet() {
  const wb = new ExcelJS.Workbook();
  const guide = wb.addWorksheet("Hướng dẫn");
  guide.getCell("A1").value = "Hướng dẫn điền kế hoạch: điền mỗi tiêu chí một dòng.";
  const grades = wb.addWorksheet("Sổ điểm");
  grades.addRow(["STT", "Họ và tên", "Toán", "Tiếng Việt"]);
  grades.addRow([1, "Nguyễn Văn An", 9, 8]);
  const ws = wb.addWorksheet("KH CTCL");
  widths(ws);
  letterhead(ws, {
    agency: "UBND HUYỆN SÔNG MÃ",
    school: "TRƯỜNG MẦM NON HOA BAN",
    number: "Số:     /KH-MNHB",
    placeDate: "Sông Mã, ngày 15 tháng 01 năm 2025",
    year: "NĂM HỌC 2024-2025",
  });
  header(ws, 9, HEADER_2018);
  const end = body(ws, 10, [
    ["band", "Mức 1, 2, 3"],
    ["std", 2, "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên"],
    [1, "Tiêu chí 2.2: Đối với giáo viên", "Giáo viên tổ chức hoạt động lấy trẻ làm trung tâm.", "Dự giờ, bồi dưỡng chuyên đề.", "Hiệu trưởng, PHT", "Học kỳ II năm học 2024-2025", "Không", "", ""],
    [2, "Tiêu chí 2.4: Đối với học sinh", "Không có.", "Không có.", "BGH", "Năm học 2024-2025", "Không", "", ""],
    ["std", 3, "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
    [1, "Tiêu chí 3.5: Thiết bị, đồ dùng, đồ chơi", "Bổ sung đồ chơi ngoài trời.", "Mua sắm đồ chơi theo danh mục.", "Kế toán, BGH", "Tháng 3/2025", 25000000, "", ""],
  ]);
  ws.getCell(end, 2).value = "Tổng cộng";
  ws.getCell(end, 7).value = 25000000;
  signer(ws, end + 2, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], "Lò Thị Mai");
  await save(wb, path.join(fixtures, "plan-on-later-sheet.xlsx"));
}

/** Header in row 1 with another school's wording, a numbering row, no letterhead. */
async function headerWithoutLetterhead() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bang KH");
  widths(ws);
  header(ws, 1, [
    "STT",
    "Tiêu chí",
    "Kết quả cần đạt",
    "Giải pháp\nthực hiện",
    "Người chủ trì/\nphối hợp",
    "Thời gian\nhoàn thành",
    "Kinh phí\ndự kiến",
    "Điều kiện\nhỗ trợ",
    "GHI CHÚ",
  ]);
  ws.addRow(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"]);
  ws.addRow(["I", "TIÊU CHUẨN 1: TỔ CHỨC VÀ QUẢN LÝ NHÀ TRƯỜNG"]);
  ws.addRow([1, "1.5\n(Mức 3)", "Lớp học đủ sĩ số theo quy định.", "Tuyển sinh đúng kế hoạch.", "HT", "Tháng 8/2026", "Không"]);
  ws.addRow([2, "TC 1.6 - Quản lý hành chính, tài chính và tài sản", "Công khai tài chính đúng hạn.", "Niêm yết công khai hằng quý.", "Kế toán", "Quý 3/2026", "Không"]);
  ws.addRow(["", "", "Cập nhật phần mềm quản lý tài sản.", "Tập huấn phần mềm.", "Kế toán, văn thư", "Tháng 9/2026", "3 triệu"]);
  ws.addRow(["II", "TIÊU CHUẨN 3: CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ DẠY HỌC"]);
  ws.addRow([1, "Tiêu chí 3.6", "Thư viện đạt chuẩn.", "Bổ sung đầu sách.", "NV thư viện", "Năm học 2025-2026", "10.000.000đ"]);
  await save(wb, path.join(fixtures, "header-without-letterhead.xlsx"));
}

/** Budgets typed as text, under a hand-typed total that does not match. */
async function textBudgetsTypedTotal() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  widths(ws);
  letterhead(ws, {
    agency: "PHÒNG GD&ĐT THÀNH PHỐ BIÊN HÒA",
    school: "TRƯỜNG TIỂU HỌC BÌNH MINH",
    number: "Số: 07/KH-THBM",
    placeDate: "Biên Hòa, ngày 20 tháng 9 năm 2024",
    year: "Năm học 2024-2025",
  });
  header(ws, 9, HEADER_2018);
  const end = body(ws, 10, [
    ["band", "MỨC 1, 2, 3"],
    ["std", 3, "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
    [1, "Tiêu chí 3.2: Phòng học, phòng học bộ môn và khối phục vụ học tập", "Sửa chữa 04 phòng học.", "Lập dự toán sửa chữa.", "HT, kế toán", "Tháng 6/2025", "80 triệu đồng", "", ""],
    [2, "Tiêu chí 3.4: Khu vệ sinh, hệ thống cấp thoát nước", "Xây mới khu vệ sinh học sinh.", "Tham mưu UBND phường.", "HT", "Năm 2025", "1,2 tỷ đồng", "Ngân sách nhà nước", ""],
    [3, "Tiêu chí 3.5: Thiết bị", "Mua 10 máy tính.", "Mua sắm theo quy định.", "Kế toán", "Quý 4/2024", "150.000.000 VNĐ", "", ""],
    ["std", 4, "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội"],
    [1, "Tiêu chí 4.1: Ban đại diện cha mẹ học sinh", "Ban đại diện hoạt động hiệu quả.", "Họp định kỳ mỗi học kỳ.", "BGH, BĐD CMHS", "Năm học 2024-2025", "5.000.000 đồng (xã hội hóa)", "", ""],
  ]);
  ws.getCell(end, 2).value = "Tổng cộng";
  ws.getCell(end, 7).value = "1.430.000.000 đồng";
  signer(ws, end + 2, ["HIỆU TRƯỞNG"], "Phạm Thu Hà");
  await save(wb, path.join(fixtures, "text-budgets-typed-total.xlsx"));
}

/**
 * The 2026 form (TT57/2026, Biểu 2) on one sheet, school year 2026-2027:
 * section titles as merged rows, table IV (focus problems), table V (10
 * numbered columns, a numbering row, statuses in "Mức độ thực hiện"), table VI
 * (reviews "Cuối học kỳ I", "Cuối năm học"), then the signer.
 */
async function form2026() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch 2026-2027");
  [5, 24, 24, 28, 20, 16, 18, 18, 20, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  letterhead(ws, {
    agency: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG",
    school: "TRƯỜNG THPT CHUYÊN SÔNG LÔ",
    number: "Số: 118/KH-THPTSL",
    placeDate: "Sông Lô, ngày 02 tháng 10 năm 2026",
    year: "Năm học 2026-2027",
    width: 10,
  });
  const title = (r, text) => {
    ws.getCell(r, 1).value = text;
    ws.mergeCells(`A${r}:J${r}`);
    ws.getCell(r, 1).font = { name: "Times New Roman", bold: true, size: 13 };
  };
  const put = (r, values) => values.forEach((v, i) => v !== null && v !== "" && (ws.getCell(r, i + 1).value = v));
  title(9, "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN");
  header(ws, 10, ["TT", "Tiêu chuẩn", "Tiêu chí liên quan (nếu có)", "Đánh giá hiện trạng", "Điểm hạn chế", "Nguyên nhân của hạn chế"]);
  put(11, [1, "Tiêu chuẩn 1: Quản trị nhà trường và bảo đảm chất lượng", "Tiêu chí 1.3", "Kế hoạch và dữ liệu quản lý chưa đồng bộ.", "Chưa có tổ bảo đảm chất lượng bên trong.", "Chưa phân công đầu mối."]);
  put(12, [2, "Tiêu chuẩn 4: Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội", "Tiêu chí 4.1", "02 phòng học bộ môn xuống cấp.", "Phòng học bộ môn chưa đạt chuẩn.", "Thiếu kinh phí sửa chữa."]);
  title(14, "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG");
  header(ws, 15, [
    "TT",
    "Nội dung cải tiến",
    "Mục tiêu cải tiến",
    "Hoạt động/giải pháp",
    "Chỉ số đánh giá kết quả",
    "Thời gian thực hiện",
    "Đơn vị/cá nhân phụ trách",
    "Nguồn lực bảo đảm",
    "Thông tin, dữ liệu hoặc minh chứng dự kiến",
    "Mức độ thực hiện",
  ]);
  put(16, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"]);
  put(17, [1, "Tiêu chí 1.3: Vận hành hệ thống bảo đảm chất lượng bên trong", "Vận hành hệ thống bảo đảm chất lượng bên trong.", "Thành lập tổ bảo đảm chất lượng; ban hành quy trình.", "Quy trình được ban hành", "Từ 9/2026 đến 12/2026", "Hiệu trưởng", "Không", "Quyết định thành lập tổ", "Hoàn thành"]);
  put(18, [2, "Tiêu chí 4.1: Cải tạo phòng học bộ môn", "Phòng học bộ môn đạt chuẩn.", "Cải tạo 02 phòng học bộ môn.", "02 phòng đạt chuẩn", "Học kỳ II năm học 2026-2027", "PHT phụ trách CSVC", "NSNN 45.000.000đ + XHH 15.000.000đ", "Biên bản nghiệm thu", "Đang thực hiện"]);
  ws.getCell(19, 2).value = "Tổng cộng";
  title(21, "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)");
  header(ws, 22, ["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá"]);
  put(23, ["Cuối học kỳ I", "Tiến độ các hoạt động cải tiến", "Hoàn thành tiêu chí 1.3; tiêu chí 4.1 đang cải tạo", "Không", "Tổ giám sát"]);
  put(24, ["Cuối năm học", "", "", "", ""]);
  title(26, "VII. TỔ CHỨC THỰC HIỆN");
  signer(ws, 28, ["HIỆU TRƯỞNG"], "Hoàng Văn Sơn");
  await save(wb, path.join(fixtures, "form-2026.xlsx"));
}

/** Bad inputs: a grade book (no plan), an empty workbook, a CSV renamed, a truncated file. */
async function badInputs() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sổ điểm lớp 5A");
  ws.addRow(["STT", "Họ và tên", "Toán", "Tiếng Việt", "Khoa học", "Xếp loại"]);
  for (let i = 1; i <= 20; i++) ws.addRow([i, `Học sinh ${i}`, 5 + (i % 5), 6 + (i % 4), 7, "Hoàn thành"]);
  await save(wb, path.join(fixtures, "bad-gradebook.xlsx"));
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1");
  await save(empty, path.join(fixtures, "bad-empty.xlsx"));
  fs.writeFileSync(path.join(fixtures, "bad-csv-renamed.xlsx"), "TT,Tiêu chí,Kết quả\n1,Tiêu chí 1.1,Tốt\n");
  const sample = fs.readFileSync(path.join(root, "examples", "ke-hoach-mau.xlsx"));
  fs.writeFileSync(path.join(fixtures, "bad-truncated.xlsx"), sample.subarray(0, Math.floor(sample.length / 2)));
  console.log("wrote bad-csv-renamed.xlsx, bad-truncated.xlsx");
}

(async () => {
  await samplePlan();
  await planOnLaterSheet();
  await headerWithoutLetterhead();
  await textBudgetsTypedTotal();
  await form2026();
  await badInputs();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
