/**
 * The one strings table: every user-facing text, Vietnamese first with English
 * beside it. Code picks the language with `t(key, lang)`; messages that take
 * values are functions. Each part of the project keeps its own section; add
 * entries inside your section only (between its markers).
 */
import { formatAmount } from "./words";

export type Lang = "vi" | "en";

export interface Entry<A extends unknown[] = []> {
  vi: (...a: A) => string;
  en: (...a: A) => string;
}

function s(vi: string, en: string): Entry {
  return { vi: () => vi, en: () => en };
}

function f<A extends unknown[]>(vi: (...a: A) => string, en: (...a: A) => string): Entry<A> {
  return { vi, en };
}

export const STRINGS = {
  // --- read / cli (start) ---
  fileMissing: f(
    (p: string) => `Không tìm thấy tệp "${p}". Hãy kiểm tra lại đường dẫn và tên tệp.`,
    (p: string) => `File "${p}" not found. Check the path and the file name.`,
  ),
  fileUnreadable: f(
    (p: string) => `Không đọc được tệp "${p}". Hãy kiểm tra quyền truy cập tệp.`,
    (p: string) => `Cannot read "${p}". Check the file permissions.`,
  ),
  notXlsx: f(
    (p: string) =>
      `Tệp "${p}" không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng. Hãy mở tệp bằng Excel rồi lưu lại dưới dạng "Excel Workbook (*.xlsx)".`,
    (p: string) => `"${p}" is not an Excel workbook (.xlsx) or it is damaged. Open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
  ),
  tooLarge: f(
    (p: string, limit: string) => `Tệp "${p}" quá lớn (giới hạn ${limit}). Hãy chỉ giữ lại trang tính chứa kế hoạch.`,
    (p: string, limit: string) => `"${p}" is too large (limit ${limit}). Keep only the sheet that holds the plan.`,
  ),
  emptyWorkbook: f(
    (p: string) => `Tệp "${p}" không có dữ liệu: mọi trang tính đều trống. Hãy chọn đúng tệp kế hoạch.`,
    (p: string) => `"${p}" holds no data: every sheet is empty. Choose the plan file.`,
  ),
  noPlan: f(
    (p: string) =>
      `Không tìm thấy bảng kế hoạch cải tiến chất lượng trong tệp "${p}": cần một hàng tiêu đề có các cột "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì...", "Thời gian...", "Dự kiến kinh phí".`,
    (p: string) =>
      `No quality improvement plan table found in "${p}": a header row with the columns "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì...", "Thời gian...", "Dự kiến kinh phí" is needed.`,
  ),
  sheetMissing: f(
    (sheet: string, names: string) => `Không có trang tính "${sheet}". Các trang tính trong tệp: ${names}.`,
    (sheet: string, names: string) => `There is no sheet "${sheet}". Sheets in the file: ${names}.`,
  ),
  cliUsage: s(
    [
      "ctcl — Kế hoạch cải tiến chất lượng giáo dục",
      "",
      "Cách dùng:",
      "  ctcl check TỆP.xlsx [--sheet TÊN] [--level mam-non|tieu-hoc|thcs|thpt|nhieu-cap] [--json] [--year NĂM-HỌC] [--lang vi|en]",
      "      Đọc bảng kế hoạch, kiểm tra từng ô và tính tổng kinh phí.",
      "      Mã thoát: 0 không có lỗi, 1 kế hoạch có lỗi, 2 không đọc được tệp.",
      "  ctcl word TỆP.xlsx -o KẾ-HOẠCH.docx [--template MẪU.docx] [--sheet TÊN] [--level ...] [--year NĂM-HỌC] [--lang vi|en]",
      "      Tạo văn bản Word theo thể thức Nghị định 30/2020; -o KẾ-HOẠCH.pdf tạo PDF để ký số (cần LibreOffice).",
      "  ctcl summary TỆP.xlsx... | THƯ-MỤC [-o TỔNG-HỢP.xlsx] [--json] [--lang vi|en]",
      "      Tổng hợp kế hoạch của nhiều trường: mỗi tệp một dòng, tổng cộng, kinh phí theo tiêu chuẩn và theo nguồn.",
      "      Thư mục: mọi tệp .xlsx trong đó (không đọc thư mục con), theo thứ tự tên. -o ghi thêm bảng tính Excel để in và lọc.",
      "      Tệp không đọc được là một dòng ghi lý do; các tệp khác vẫn được tổng hợp.",
      "      Mã thoát: 0 đọc được mọi tệp và không kế hoạch nào có lỗi, 1 có kế hoạch có lỗi, 2 có tệp không đọc được (hoặc không ghi được -o).",
      "  ctcl new --level CẤP-HỌC --school \"TÊN TRƯỜNG\" [--year NĂM-HỌC] [--agency \"UBND XÃ …\"] -o KẾ-HOẠCH.xlsx [--lang vi|en]",
      "      Tạo bảng tính kế hoạch mới theo Biểu 2 (Thông tư 57/2026): tiêu đề, bảng IV, V, VI, danh sách chọn tiêu chí và mức độ thực hiện.",
      "      Năm học mặc định là năm học hiện tại; không ghi đè tệp đã có.",
      "  ctcl next-year KẾ-HOẠCH-NĂM-TRƯỚC.xlsx -o KẾ-HOẠCH-MỚI.xlsx [--year 2026-2027] [--sheet TÊN] [--level ...] [--lang vi|en]",
      "      Lập bản nháp kế hoạch năm học mới theo Thông tư 57/2026 (Biểu 2) từ kế hoạch năm trước: tiêu chí chuyển theo bảng",
      "      docs/chuyen-tieu-chi-2026.md, thời gian dời sang năm mới, dòng đã hoàn thành không mang sang. Không ghi đè tệp năm trước.",
      "  ctcl review TỆP.xlsx -o BÁO-CÁO.docx [--period hk1|cuoi-nam] [--sheet TÊN] [--level ...] [--year NĂM-HỌC] [--lang vi|en]",
      "      Báo cáo kết quả thực hiện kế hoạch (mẫu năm 2026): số nội dung theo mức độ thực hiện, kết quả theo dõi mục VI, nội dung chưa hoàn thành.",
      "      --period hk1: học kỳ I; cuoi-nam: cả năm học (mặc định theo ngày hôm nay: tháng 9 đến tháng 2 là hk1). -o BÁO-CÁO.pdf tạo PDF (cần LibreOffice).",
      "  --lang vi|en: ngôn ngữ của thông báo và kết quả kiểm tra (mặc định vi: tiếng Việt).",
      "  --year 2026-2027: năm học của kế hoạch khi bảng tính ghi sai hoặc không ghi; năm học quyết định quy định áp dụng và các câu trong văn bản.",
      "",
    ].join("\n"),
    [
      "ctcl — education quality improvement plan",
      "",
      "Usage:",
      "  ctcl check FILE.xlsx [--sheet NAME] [--level mam-non|tieu-hoc|thcs|thpt|nhieu-cap] [--json] [--year YEAR] [--lang vi|en]",
      "      Reads the plan table, checks every cell and adds up the budget.",
      "      Exit code: 0 no errors, 1 the plan has errors, 2 the file cannot be read.",
      "  ctcl word FILE.xlsx -o OUT.docx [--template T.docx] [--sheet NAME] [--level ...] [--year YEAR] [--lang vi|en]",
      "      Writes the Word document in the Decree 30/2020 format; -o OUT.pdf writes a PDF for digital signing (needs LibreOffice).",
      "  ctcl summary FILE.xlsx... | FOLDER [-o SUMMARY.xlsx] [--json] [--lang vi|en]",
      "      Many schools' plans at once: one line per file, a grand total, amounts by standard and by funding source.",
      "      A folder: every .xlsx in it (not its subfolders), by name. -o also writes an Excel workbook for printing and filtering.",
      "      A file that cannot be read is one line saying why; the others are still summed.",
      "      Exit code: 0 every file read and no plan has errors, 1 some plan has errors, 2 some file cannot be read (or -o cannot be written).",
      "  ctcl new --level LEVEL --school \"SCHOOL NAME\" [--year YEAR] [--agency \"AGENCY\"] -o PLAN.xlsx [--lang vi|en]",
      "      Writes a new blank plan workbook on Form 2 (Circular 57/2026): letterhead, tables IV, V, VI, dropdowns of criteria and statuses.",
      "      The year defaults to the current school year; an existing file is never overwritten.",
      "  ctcl next-year LAST-YEAR.xlsx -o NEW-PLAN.xlsx [--year 2026-2027] [--sheet NAME] [--level ...] [--lang vi|en]",
      "      Drafts the new school year's plan on Circular 57/2026 (Form 2) from last year's: criteria carried by the table in",
      "      docs/chuyen-tieu-chi-2026.md, timelines moved to the new year, done rows left out. Never overwrites last year's file.",
      "  ctcl review FILE.xlsx -o REPORT.docx [--period hk1|cuoi-nam] [--sheet NAME] [--level ...] [--year YEAR] [--lang vi|en]",
      "      The review report of a 2026-form plan: rows by implementation status, the table VI results, the rows not done.",
      "      --period hk1: semester I; cuoi-nam: the whole school year (default from today: September to February is hk1). -o REPORT.pdf writes a PDF (needs LibreOffice).",
      "  --lang vi|en: language of the messages and findings (default vi: Vietnamese).",
      "  --year 2026-2027: the plan's school year when the sheet's is wrong or missing; it decides the regulation and the document's texts.",
      "",
    ].join("\n"),
  ),
  cliNeedFile: s("Thiếu tên tệp Excel cần đọc.", "The Excel file to read is missing."),
  cliExtraArgs: f(
    (a: string) => `Không hiểu phần thừa trong lệnh: ${a}.`,
    (a: string) => `Unexpected arguments: ${a}.`,
  ),
  cliUnknownCommand: f(
    (c: string) => `Không có lệnh "${c}". Các lệnh: check, word, summary, new, next-year, review.`,
    (c: string) => `Unknown command "${c}". Commands: check, word, summary, new, next-year, review.`,
  ),
  cliSeeHelp: s("Xem hướng dẫn: ctcl --help", "See: ctcl --help"),
  cliBadLang: f(
    (l: string) => `Ngôn ngữ "${l}" không hợp lệ. Chọn vi (tiếng Việt) hoặc en (tiếng Anh).`,
    (l: string) => `Invalid language "${l}". Choose vi (Vietnamese) or en (English).`,
  ),
  cliBadArgs: f(
    (m: string) => `Tham số không hợp lệ (${m}).`,
    (m: string) => `Invalid arguments (${m}).`,
  ),
  cliBadYear: f(
    (y: string) => `Năm học "${y}" không hợp lệ. Hãy ghi như 2026-2027.`,
    (y: string) => `Invalid school year "${y}". Write it like 2026-2027.`,
  ),
  cliBadLevel: f(
    (l: string, all: string) => `Cấp học "${l}" không hợp lệ. Chọn một trong: ${all}.`,
    (l: string, all: string) => `Invalid school level "${l}". Choose one of: ${all}.`,
  ),
  cliInternal: f(
    (m: string) => `Đã xảy ra lỗi không mong muốn khi xử lý tệp (${m}). Hãy gửi tệp này cho nhóm hỗ trợ.`,
    (m: string) => `Unexpected error while processing the file (${m}). Please send the file to support.`,
  ),
  cliWordNeedsOutput: s(
    "Thiếu tên tệp Word cần ghi: thêm -o TÊN.docx.",
    "The Word file to write is missing: add -o NAME.docx.",
  ),
  cliTemplateMissing: f(
    (p: string) => `Không đọc được tệp mẫu Word "${p}". Hãy kiểm tra đường dẫn.`,
    (p: string) => `Cannot read the Word template "${p}". Check the path.`,
  ),
  cliCannotWrite: f(
    (p: string) => `Không ghi được tệp "${p}". Hãy kiểm tra thư mục và đóng tệp nếu nó đang mở trong Word.`,
    (p: string) => `Cannot write "${p}". Check the folder, and close the file if Word has it open.`,
  ),
  cliWordWritten: f(
    (p: string, rows: number, errors: number, warnings: number) =>
      `Đã tạo kế hoạch ${/\.pdf$/i.test(p) ? "PDF" : "Word"}: ${p} (${rows} dòng kế hoạch).` +
      (errors || warnings ? ` Lưu ý: bảng kế hoạch còn ${errors} lỗi và ${warnings} cảnh báo; xem bằng "ctcl check".` : ""),
    (p: string, rows: number, errors: number, warnings: number) =>
      `${/\.pdf$/i.test(p) ? "PDF" : "Word"} plan written: ${p} (${rows} plan rows).` +
      (errors || warnings
        ? ` Note: the plan still has ${errors} ${errors === 1 ? "error" : "errors"} and ${warnings} ${warnings === 1 ? "warning" : "warnings"}; see "ctcl check".`
        : ""),
  ),
  reportTitle: f(
    (file: string) => `Kế hoạch cải tiến chất lượng giáo dục — ${file}`,
    (file: string) => `Education quality improvement plan — ${file}`,
  ),
  reportSchool: s("Trường", "School"),
  reportYear: s("Năm học", "School year"),
  reportLevel: s("Cấp học", "School level"),
  reportRegulation: s("Quy định áp dụng", "Regulation"),
  reportSheet: s("Trang tính", "Sheet"),
  reportRows: f(
    (rows: number, criteria: number) => `Số dòng kế hoạch: ${rows} (${criteria} tiêu chí)`,
    (rows: number, criteria: number) => `Plan rows: ${rows} (${criteria} criteria)`,
  ),
  reportIssues: f(
    (e: number, w: number, i: number) => `Kết quả kiểm tra: ${e} lỗi, ${w} cảnh báo, ${i} lưu ý`,
    (e: number, w: number, i: number) =>
      `Check: ${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}, ${i} ${i === 1 ? "note" : "notes"}`,
  ),
  reportNoIssues: s("Không phát hiện vấn đề nào.", "No problems found."),
  reportSeverityError: s("LỖI", "ERROR"),
  reportSeverityWarning: s("CẢNH BÁO", "WARNING"),
  reportSeverityInfo: s("LƯU Ý", "NOTE"),
  reportFix: s("Đề xuất", "Suggested"),
  reportTotals: s("Tổng kinh phí", "Budget totals"),
  reportByStandard: f(
    (n: string) => `Tiêu chuẩn ${n}`,
    (n: string) => `Standard ${n}`,
  ),
  reportBand: f(
    (b: string) => (b === "4" ? "Mức 4" : "Mức 1, 2, 3"),
    (b: string) => (b === "4" ? "Level 4" : "Levels 1-3"),
  ),
  reportTotal: s("Tổng cộng", "Total"),
  reportAmount: f(
    (amount: string) => `${amount} đồng`,
    (amount: string) => `${amount} VND`,
  ),
  reportInWords: s("Bằng chữ", "In words"),
  reportStated: f(
    (cell: string, amount: string) => `Tổng ghi trên bảng (ô ${cell}): ${amount} đồng`,
    (cell: string, amount: string) => `Total stated in the sheet (cell ${cell}): ${amount} VND`,
  ),
  reportUncounted: f(
    (cells: string) => `Không tính vào tổng (kinh phí không ghi số tiền): ${cells}`,
    (cells: string) => `Not counted (budget names no amount): ${cells}`,
  ),
  levelName: f(
    (l: string) => ({ "mam-non": "Mầm non", "tieu-hoc": "Tiểu học", thcs: "Trung học cơ sở", thpt: "Trung học phổ thông", "nhieu-cap": "Trường phổ thông có nhiều cấp học" } as Record<string, string>)[l] ?? "Chưa xác định",
    (l: string) => ({ "mam-non": "Preschool", "tieu-hoc": "Primary", thcs: "Lower secondary", thpt: "Upper secondary", "nhieu-cap": "Multi-level school" } as Record<string, string>)[l] ?? "Unknown",
  ),
  unknownValue: s("(chưa xác định)", "(unknown)"),
  readProtected: f(
    (p: string) =>
      `Tệp "${p}" được bảo vệ bằng mật khẩu hoặc là tệp Excel cũ (.xls), nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại dưới dạng "Excel Workbook (*.xlsx)".`,
    (p: string) =>
      `"${p}" is protected by a password or is an old Excel file (.xls), so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook) and save it as "Excel Workbook (*.xlsx)".`,
  ),
  readOtherFormat: f(
    (p: string, format: string) =>
      `Tệp "${p}" là ${({ docx: "văn bản Word (.docx)", ods: "bảng tính OpenDocument (.ods)", pptx: "bản trình chiếu PowerPoint (.pptx)", odt: "văn bản OpenDocument (.odt)" } as Record<string, string>)[format] ?? format} được đổi đuôi thành .xlsx, không phải bảng tính Excel. Hãy mở tệp kế hoạch bằng Excel (hoặc LibreOffice) rồi lưu lại dưới dạng "Excel Workbook (*.xlsx)".`,
    (p: string, format: string) =>
      `"${p}" is ${({ docx: "a Word document (.docx)", ods: "an OpenDocument spreadsheet (.ods)", pptx: "a PowerPoint presentation (.pptx)", odt: "an OpenDocument text (.odt)" } as Record<string, string>)[format] ?? format} renamed .xlsx, not an Excel workbook. Open the plan in Excel (or LibreOffice) and save it as "Excel Workbook (*.xlsx)".`,
  ),
  readPartTooLarge: f(
    (p: string, part: string, limit: string) =>
      `Tệp "${p}" quá lớn khi giải nén: phần "${part}" vượt giới hạn ${limit}. Hãy chỉ giữ lại trang tính chứa kế hoạch, hoặc mở tệp bằng Excel rồi lưu lại.`,
    (p: string, part: string, limit: string) =>
      `"${p}" is too large once unpacked: the part "${part}" exceeds the limit of ${limit}. Keep only the sheet that holds the plan, or open the file in Excel and save it again.`,
  ),
  readCellTooFar: f(
    (p: string, sheet: string, cell: string, limit: string) =>
      `Trang tính "${sheet}" của tệp "${p}" có dữ liệu ở ô ${cell}, ngoài giới hạn đọc được (${limit}). Hãy xóa nội dung ô đó (hoặc chuyển bảng kế hoạch sang một tệp riêng) rồi lưu lại.`,
    (p: string, sheet: string, cell: string, limit: string) =>
      `Sheet "${sheet}" of "${p}" has data in cell ${cell}, beyond what can be read (${limit}). Clear that cell (or move the plan to a file of its own) and save again.`,
  ),
  readNotRegularFile: f(
    (p: string) => `"${p}" không phải là một tệp thông thường (có thể là thiết bị hoặc đường ống), nên không đọc. Hãy chọn tệp .xlsx đã lưu trên máy.`,
    (p: string) => `"${p}" is not a regular file (a device or a pipe, perhaps), so it is not read. Choose an .xlsx file saved on disk.`,
  ),
  templateTooLarge: f(
    (limit: string) => `Tệp mẫu Word quá lớn (giới hạn ${limit}). Hãy dùng mẫu chỉ có phần văn bản và bảng kế hoạch.`,
    (limit: string) => `The Word template is too large (limit ${limit}). Use a template holding only the text and the plan table.`,
  ),
  templateNotRegularFile: f(
    (p: string) => `Tệp mẫu Word "${p}" không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị). Hãy chọn tệp .docx đã lưu trên máy.`,
    (p: string) => `The Word template "${p}" is not a regular file (a folder or a device, perhaps). Choose a .docx file saved on disk.`,
  ),
  templateDamaged: s(
    `Tệp mẫu Word đã bị hỏng (nội dung bên trong không đọc được). Hãy mở tệp bằng Word rồi lưu lại dưới dạng "Word Document (*.docx)".`,
    `The Word template is damaged (its content cannot be read). Open it in Word and save it as "Word Document (*.docx)".`,
  ),
  templateProtected: s(
    `Tệp mẫu Word được bảo vệ bằng mật khẩu hoặc là tệp Word cũ (.doc). Hãy mở tệp bằng Word, gỡ mật khẩu rồi lưu lại dưới dạng "Word Document (*.docx)".`,
    `The Word template is protected by a password or is an old Word file (.doc). Open it in Word, remove the password and save it as "Word Document (*.docx)".`,
  ),
  templateTableTwice: f(
    (tag: string) => `Mẫu Word có chỗ điền ${tag} nhiều lần; bảng kế hoạch chỉ đặt được ở một chỗ. Hãy giữ lại một ${tag}.`,
    (tag: string) => `The Word template has the placeholder ${tag} more than once; the plan table goes in one place only. Keep a single ${tag}.`,
  ),
  templateExternalDropped: f(
    (targets: string) => `Lưu ý: mẫu Word có liên kết ra ngoài (${targets}); các liên kết này đã được bỏ khỏi văn bản tạo ra.`,
    (targets: string) => `Note: the Word template links to outside resources (${targets}); these links were left out of the document written.`,
  ),
  cliSameFile: f(
    (out: string, what: string) =>
      `Không ghi đè "${out}": đó chính là ${what === "template" ? "tệp mẫu Word" : "tệp Excel cần đọc"}. Hãy chọn tên khác cho tệp Word, ví dụ -o ke-hoach.docx.`,
    (out: string, what: string) =>
      `Not overwriting "${out}": it is the ${what === "template" ? "Word template" : "Excel file being read"}. Choose another name for the Word file, e.g. -o plan.docx.`,
  ),
  cliWrongExtension: f(
    (out: string) => `Tệp cần ghi "${out}" phải có đuôi .docx (văn bản Word) hoặc .pdf. Hãy đặt tên như -o ke-hoach.docx.`,
    (out: string) => `The file to write "${out}" must end in .docx (a Word document) or .pdf. Name it like -o plan.docx.`,
  ),
  cliPdfNeedsLibreOffice: f(
    (out: string) =>
      `Không tạo được "${out}": cần LibreOffice để chuyển văn bản sang PDF. Hãy cài LibreOffice (https://www.libreoffice.org; trên Debian/Ubuntu: sudo apt-get install libreoffice-writer) rồi chạy lại, hoặc ghi ra .docx rồi dùng "Lưu thành PDF" trong Word.`,
    (out: string) =>
      `Cannot write "${out}": LibreOffice is needed to convert the document to PDF. Install LibreOffice (https://www.libreoffice.org; on Debian/Ubuntu: sudo apt-get install libreoffice-writer) and run again, or write a .docx and use Save as PDF in Word.`,
  ),
  cliPdfFailed: f(
    (out: string, why: string) => `LibreOffice không chuyển được văn bản sang PDF "${out}" (${why}). Hãy ghi ra .docx rồi dùng "Lưu thành PDF" trong Word.`,
    (out: string, why: string) => `LibreOffice could not convert the document to PDF "${out}" (${why}). Write a .docx and use Save as PDF in Word.`,
  ),
  cliUnknownOption: f(
    (o: string) => `Không hiểu tùy chọn "${o}". Nếu đó là tên tệp bắt đầu bằng dấu "-", hãy viết "--" trước tên tệp (ví dụ: ctcl check -- ${o}) hoặc viết ./${o}.`,
    (o: string) => `Unknown option "${o}". If it is a file name starting with "-", put "--" before it (e.g. ctcl check -- ${o}) or write ./${o}.`,
  ),
  cliOptionNeedsValue: f(
    (o: string) => `Tùy chọn "${o}" cần một giá trị, ví dụ ${o} TÊN.`,
    (o: string) => `The option "${o}" needs a value, e.g. ${o} NAME.`,
  ),
  summaryTitle: f(
    (n: number) => `Tổng hợp kế hoạch cải tiến chất lượng giáo dục: ${n} tệp`,
    (n: number) => `Summary of education quality improvement plans: ${n} ${n === 1 ? "file" : "files"}`,
  ),
  summaryHeading: f(
    (k: string) =>
      ({ n: "STT", file: "Tệp", school: "Trường", schoolYear: "Năm học", level: "Cấp học", regulation: "Quy định", form: "Mẫu", rows: "Số dòng", amount: "Kinh phí (đồng)", errors: "Lỗi", warnings: "Cảnh báo", uncounted: "Chưa tính", note: "Ghi chú" } as Record<string, string>)[k] ?? k,
    (k: string) =>
      ({ n: "No.", file: "File", school: "School", schoolYear: "School year", level: "Level", regulation: "Regulation", form: "Form", rows: "Rows", amount: "Amount (VND)", errors: "Errors", warnings: "Warnings", uncounted: "Not counted", note: "Note" } as Record<string, string>)[k] ?? k,
  ),
  summaryTotalRow: f(
    (files: number, unreadable: number) => `Tổng cộng (${files} tệp${unreadable ? `, ${unreadable} tệp không đọc được` : ""})`,
    (files: number, unreadable: number) => `Total (${files} ${files === 1 ? "file" : "files"}${unreadable ? `, ${unreadable} unreadable` : ""})`,
  ),
  summaryUnreadable: s("KHÔNG ĐỌC ĐƯỢC", "UNREADABLE"),
  summaryByStandard: f(
    (form: string) => `Kinh phí theo tiêu chuẩn, ${form === "2026" ? "mẫu 2026 (Thông tư 57/2026)" : "mẫu 2018 (Thông tư 17, 18, 19/2018)"} (mọi trường)`,
    (form: string) => `Amount by standard, ${form === "2026" ? "2026 form (Circular 57/2026)" : "2018 form (Circulars 17, 18, 19/2018)"} (all schools)`,
  ),
  summaryStandard: f(
    (n: string) => `Tiêu chuẩn ${n}`,
    (n: string) => `Standard ${n}`,
  ),
  summaryBySource: s("Kinh phí theo nguồn (mọi trường)", "Amount by funding source (all schools)"),
  summarySource: s("Nguồn kinh phí", "Funding source"),
  summarySheetSchools: s("Tổng hợp", "Summary"),
  summarySheetTotals: s("Theo tiêu chuẩn, nguồn", "By standard, source"),
  summaryNoFiles: f(
    (dir: string) => `Thư mục "${dir}" không có tệp Excel (.xlsx) nào.`,
    (dir: string) => `The folder "${dir}" holds no Excel (.xlsx) file.`,
  ),
  summaryNeedFiles: s(
    "Thiếu tệp Excel cần tổng hợp: ghi một hoặc nhiều tệp .xlsx, hoặc một thư mục.",
    "The Excel files to summarise are missing: name one or more .xlsx files, or a folder.",
  ),
  summarySameFile: f(
    (out: string) => `Không ghi đè "${out}": đó là một trong các tệp kế hoạch cần đọc. Hãy chọn tên khác, ví dụ -o tong-hop.xlsx.`,
    (out: string) => `Not overwriting "${out}": it is one of the plan files being read. Choose another name, e.g. -o summary.xlsx.`,
  ),
  summaryWrongExtension: f(
    (out: string) => `Tệp tổng hợp "${out}" phải có đuôi .xlsx (bảng tính Excel). Hãy đặt tên như -o tong-hop.xlsx.`,
    (out: string) => `The summary file "${out}" must end in .xlsx (an Excel workbook). Name it like -o summary.xlsx.`,
  ),
  summaryWritten: f(
    (p: string) => `Đã ghi bảng tổng hợp: ${p}`,
    (p: string) => `Summary workbook written: ${p}`,
  ),
  summarySheetBySchool: s("Theo trường", "By school"),
  summaryBySchoolTitle: f(
    (n: number) => `Kinh phí của từng trường theo tiêu chuẩn và theo nguồn: ${n} tệp`,
    (n: number) => `Each school's amount by standard and by funding source: ${n} ${n === 1 ? "file" : "files"}`,
  ),
  summaryFormStandards: f(
    (form: string) => (form === "2026" ? "Theo tiêu chuẩn, mẫu 2026 (Thông tư 57/2026)" : "Theo tiêu chuẩn, mẫu 2018 (Thông tư 17, 18, 19/2018)"),
    (form: string) => (form === "2026" ? "By standard, 2026 form (Circular 57/2026)" : "By standard, 2018 form (Circulars 17, 18, 19/2018)"),
  ),
  summaryNoStandard: s("Chưa rõ tiêu chuẩn", "No standard given"),
  summaryBySourceGroup: s("Theo nguồn kinh phí", "By funding source"),
  summaryProgressGroup: s("Mức độ thực hiện (mẫu 2026, số nội dung)", "Implementation status (2026 form, rows)"),
  // next year (ctcl next-year, "Lập kế hoạch năm học mới"): notes written on the draft's cells, errors, CLI report
  nyNoteCrosswalk: f(
    (old: string, oldReg: string, code: string, reg: string, name: string, reason: string) =>
      `Năm trước: ${old} (${oldReg}) → Tiêu chí ${code} (${reg}): ${name}. Lý do: ${reason} Bảng chuyển tiêu chí chưa được Bộ công bố: hãy kiểm tra lại.`,
    (old: string, oldReg: string, code: string, reg: string, name: string, reason: string) =>
      `Last year: ${old} (${oldReg}) → Criterion ${code} (${reg}): ${name}. Reason: ${reason} The Ministry has published no correspondence table: check it.`,
  ),
  nyNoteChoose: f(
    (old: string, reason: string, also: string) =>
      `Chưa có tiêu chí tương ứng (${old}): ${reason}${also ? ` Gợi ý: ${also}.` : ""} Hãy chọn tiêu chí và ghi "Tiêu chí A.B: …" ở đầu ô.`,
    (old: string, reason: string, also: string) =>
      `No matching criterion (${old}): ${reason}${also ? ` Suggested: ${also}.` : ""} Choose the criterion and start the cell with "Tiêu chí A.B: …".`,
  ),
  nyChooseUnknownCode: f(
    (code: string, reg: string) => `tiêu chí ${code} không có trong ${reg}.`,
    (code: string, reg: string) => `criterion ${code} is not in ${reg}.`,
  ),
  nyChooseNoCode: s("kế hoạch năm trước không ghi mã tiêu chí ở dòng này.", "last year's plan names no criterion code on this row."),
  nyNoteTimeline: f(
    (from: string, to: string) => `Thời gian đã được dời sang năm học mới: "${from}" → "${to}". Hãy kiểm tra lại.`,
    (from: string, to: string) => `Timeline moved to the new school year: "${from}" → "${to}". Check it.`,
  ),
  nyNoteOldNote: f(
    (note: string) => `Ghi chú năm trước: ${note}`,
    (note: string) => `Last year's note: ${note}`,
  ),
  nyNoteUnfinished: f(
    (status: string, year: string) => `Năm học ${year}: ${status}. Tiếp tục thực hiện.`,
    (status: string, year: string) => `School year ${year}: ${status}. Carried on.`,
  ),
  nyNoteLevel: f(
    (level: number, reg: string, levels: string) =>
      `Mục tiêu năm trước ghi Mức ${level} (${reg}); Thông tư 57/2026 chỉ có ${levels}: đã bỏ "Mức ${level}" ở đầu ô, hãy xem lại mục tiêu.`,
    (level: number, reg: string, levels: string) =>
      `Last year's goal named Level ${level} (${reg}); Thông tư 57/2026 has only ${levels}: "Mức ${level}" was taken off the start of the cell, review the goal.`,
  ),
  nyNoteSupport: f(
    (support: string) => `Điều kiện hỗ trợ khác năm trước: ${support}`,
    (support: string) => `Last year's other support: ${support}`,
  ),
  nyNoteProblem: f(
    (year: string) => `Điền từ báo cáo tự đánh giá${year ? ` năm học ${year}` : ""}.`,
    (year: string) => `Fill in from the self-assessment report${year ? ` of ${year}` : ""}.`,
  ),
  nyNoteAgency: f(
    (old: string) =>
      `Năm trước ghi "${old}". Từ 1/7/2025 không còn cấp huyện: hãy ghi cơ quan quản lý trường (UBND xã/phường hoặc Sở GD&ĐT).`,
    (old: string) =>
      `Last year's plan said "${old}". Districts were abolished on 1/7/2025: write the school's managing body (commune/ward People's Committee or the provincial department).`,
  ),
  nyErrorYear: f(
    (year: string, first: string) =>
      `Năm học ${year} chưa áp dụng Thông tư 57/2026: kế hoạch mới theo mẫu Biểu 2 chỉ lập cho năm học từ ${first} trở đi. Hãy chọn năm học khác (--year ${first}).`,
    (year: string, first: string) =>
      `Thông tư 57/2026 does not apply to ${year} yet: a new plan on Form 2 is made for ${first} or later. Choose another school year (--year ${first}).`,
  ),
  nyErrorLevel: s(
    "Không xác định được cấp học của kế hoạch năm trước (mầm non hay phổ thông), nên chưa chọn được bộ tiêu chí mới. Hãy chọn cấp học (--level mam-non|tieu-hoc|thcs|thpt).",
    "The level of last year's plan (preschool or general school) is unknown, so the new criteria cannot be chosen. Choose the level (--level mam-non|tieu-hoc|thcs|thpt).",
  ),
  cliNyNeedsOutput: s(
    "Thiếu tên tệp Excel cần ghi bản nháp kế hoạch năm học mới: thêm -o TÊN.xlsx, ví dụ -o ke-hoach-2026-2027.xlsx.",
    "The Excel file for the new year's draft is missing: add -o NAME.xlsx, e.g. -o plan-2026-2027.xlsx.",
  ),
  cliNySameFile: f(
    (out: string) => `Không ghi đè "${out}": đó chính là kế hoạch năm trước cần đọc. Hãy chọn tên khác, ví dụ -o ke-hoach-nam-moi.xlsx.`,
    (out: string) => `Not overwriting "${out}": it is last year's plan being read. Choose another name, e.g. -o new-plan.xlsx.`,
  ),
  cliNyWrongExtension: f(
    (out: string) => `Tệp cần ghi "${out}" phải có đuôi .xlsx (bảng tính Excel). Hãy đặt tên như -o ke-hoach-nam-moi.xlsx.`,
    (out: string) => `The file to write "${out}" must end in .xlsx (an Excel workbook). Name it like -o new-plan.xlsx.`,
  ),
  cliNyWritten: f(
    (p: string, year: string, reg: string) => `Đã ghi bản nháp kế hoạch năm học ${year} theo ${reg}: ${p}`,
    (p: string, year: string, reg: string) => `Draft plan for ${year} on ${reg} written: ${p}`,
  ),
  cliNyFrom: f(
    (year: string, reg: string, carried: number, left: number) =>
      `Từ kế hoạch ${year ? `năm học ${year}` : "năm trước"}${reg ? ` (${reg})` : ""}: ${carried} dòng mang sang, ${left} dòng đã hoàn thành không mang sang.`,
    (year: string, reg: string, carried: number, left: number) =>
      `From the plan of ${year || "last year"}${reg ? ` (${reg})` : ""}: ${carried} row(s) carried, ${left} done row(s) left out.`,
  ),
  cliNyAgency: f(
    (from: string, to: string) => `Cơ quan chủ quản: "${from}" → "${to}" (từ 1/7/2025 không còn cấp huyện: hãy ghi tên xã/phường hoặc Sở).`,
    (from: string, to: string) => `Managing body: "${from}" → "${to}" (no districts since 1/7/2025: write the commune/ward or the provincial department).`,
  ),
  cliNyCarriedHead: s("Mang sang mục V (tiêu chí cũ → tiêu chí mới):", "Carried into table V (old criterion → new criterion):"),
  cliNyCarriedLine: f(
    (tt: number, row: number, from: string, to: string, unfinished: boolean) =>
      `  TT ${tt} (dòng ${row} năm trước): ${from} → ${to}${unfinished ? " — chưa xong năm trước, đưa lên đầu" : ""}`,
    (tt: number, row: number, from: string, to: string, unfinished: boolean) =>
      `  No. ${tt} (last year's row ${row}): ${from} → ${to}${unfinished ? " — not finished last year, moved to the top" : ""}`,
  ),
  cliNyToChooseMark: s("cần chọn", "to choose"),
  cliNyNoCode: s("(không có mã)", "(no code)"),
  cliNyLeftHead: s("Không mang sang (đã hoàn thành năm trước):", "Left out (done last year):"),
  cliNyLeftLine: f(
    (row: number, content: string, status: string) => `  Dòng ${row}: ${content} — ${status}`,
    (row: number, content: string, status: string) => `  Row ${row}: ${content} — ${status}`,
  ),
  cliNyChooseHead: s("Cần chọn tiêu chí của Thông tư 57/2026 (không có tiêu chí tương ứng):", "Choose a criterion of Thông tư 57/2026 (no matching one):"),
  cliNyChooseLine: f(
    (tt: number, content: string, reason: string) => `  TT ${tt}: "${content}" — ${reason}`,
    (tt: number, content: string, reason: string) => `  No. ${tt}: "${content}" — ${reason}`,
  ),
  cliNyMoved: f(
    (n: number) => `Thời gian đã dời sang năm học mới ở ${n} dòng (có ghi chú trong ô): hãy kiểm tra lại.`,
    (n: number) => `Timelines moved to the new school year on ${n} row(s) (noted in the cell): check them.`,
  ),
  cliNyToFill: f(
    (problems: number, rows: number) =>
      `Còn phải điền: số và ngày của kế hoạch; mục IV: đánh giá hiện trạng, điểm hạn chế, nguyên nhân của ${problems} vấn đề (từ báo cáo tự đánh giá); mục V: chỉ số đánh giá kết quả và minh chứng dự kiến của ${rows} dòng; các phần lời (mục I–III, VII, VIII).`,
    (problems: number, rows: number) =>
      `Still to fill in: the plan's number and date; table IV: current state, weaknesses and causes of ${problems} problem(s) (from the self-assessment report); table V: result indicators and expected evidence of ${rows} row(s); the text sections (I–III, VII, VIII).`,
  ),
  cliNyCheckHint: f(
    (file: string) => `Kiểm tra bản nháp: ctcl check "${file}"`,
    (file: string) => `Check the draft: ctcl check "${file}"`,
  ),
  cliNewNeedsOutput: s(
    "Thiếu tên tệp Excel cần tạo: thêm -o TÊN.xlsx.",
    "The Excel file to create is missing: add -o NAME.xlsx.",
  ),
  cliNewWrongExtension: f(
    (p: string) => `Kế hoạch mới "${p}" phải có đuôi .xlsx (bảng tính Excel). Hãy đặt tên như -o ke-hoach-2026-2027.xlsx.`,
    (p: string) => `The new plan "${p}" must end in .xlsx (an Excel workbook). Name it like -o plan-2026-2027.xlsx.`,
  ),
  cliNewNeedsLevel: s(
    "Chưa biết cấp học của trường: thêm --level mam-non|tieu-hoc|thcs|thpt|nhieu-cap (hoặc ghi cấp học trong --school, như \"Trường Tiểu học …\").",
    "The school level is unknown: add --level mam-non|tieu-hoc|thcs|thpt|nhieu-cap (or name it in --school, like \"Trường Tiểu học …\").",
  ),
  cliNewLevelMismatch: f(
    (school: string, named: string, level: string) => `Tên trường "${school}" là cấp ${named}, khác --level ${level}. Hãy sửa tên trường hoặc --level cho khớp.`,
    (school: string, named: string, level: string) => `The school name "${school}" says ${named}, not --level ${level}. Make the name and --level agree.`,
  ),
  cliNewYearBeforeForm: f(
    (y: string, from: string) => `Biểu 2 (Thông tư 57/2026) áp dụng từ năm học ${from}; năm học ${y} dùng mẫu kế hoạch cũ. Hãy chọn --year ${from} hoặc muộn hơn.`,
    (y: string, from: string) => `Form 2 (Circular 57/2026) applies from school year ${from}; ${y} uses the older plan form. Choose --year ${from} or later.`,
  ),
  cliNewExists: f(
    (p: string) => `Tệp "${p}" đã có: không ghi đè lên kế hoạch đang có. Hãy chọn tên khác hoặc tự xóa tệp cũ.`,
    (p: string) => `"${p}" already exists: an existing plan is never overwritten. Choose another name or delete the old file yourself.`,
  ),
  cliCannotWriteWorkbook: f(
    (p: string) => `Không ghi được tệp "${p}". Hãy kiểm tra thư mục và quyền ghi.`,
    (p: string) => `Cannot write "${p}". Check the folder and the permission to write there.`,
  ),
  cliNewWritten: f(
    (p: string, level: string, year: string) => `Đã tạo kế hoạch mới (Biểu 2, ${level}, năm học ${year}): ${p}`,
    (p: string, level: string, year: string) => `New plan written (Form 2, ${level}, school year ${year}): ${p}`,
  ),
  reportProgress: f(
    (total: number, done: number, inProgress: number, notDone: number, unset: number) =>
      `Mức độ thực hiện (${total} nội dung): ${done} hoàn thành, ${inProgress} đang thực hiện, ${notDone} chưa hoàn thành, ${unset} chưa đánh giá`,
    (total: number, done: number, inProgress: number, notDone: number, unset: number) =>
      `Implementation status (${total} ${total === 1 ? "row" : "rows"}): ${done} done, ${inProgress} in progress, ${notDone} not done, ${unset} not assessed`,
  ),
  cliReviewNeedsOutput: s(
    "Thiếu tên tệp báo cáo cần ghi: thêm -o BAO-CAO.docx (hoặc .pdf).",
    "The report file to write is missing: add -o REPORT.docx (or .pdf).",
  ),
  cliBadPeriod: f(
    (p: string) => `Kỳ báo cáo "${p}" không hợp lệ. Chọn hk1 (học kỳ I) hoặc cuoi-nam (cả năm học).`,
    (p: string) => `Invalid report period "${p}". Choose hk1 (semester I) or cuoi-nam (the whole school year).`,
  ),
  cliReviewNeeds2026: f(
    (file: string) =>
      `Không lập được báo cáo từ "${file}": báo cáo cần cột "Mức độ thực hiện" và mục VI "Theo dõi và đánh giá thực hiện" của mẫu kế hoạch năm 2026 (Biểu 2, Thông tư 57/2026), còn tệp này là kế hoạch theo mẫu năm 2018, không có cột đó.`,
    (file: string) =>
      `Cannot write a report from "${file}": the report needs the "Mức độ thực hiện" (status) column and section VI of the 2026 plan form (Form 2, Circular 57/2026); this file is a plan on the 2018 form, which has no such column.`,
  ),
  cliReviewNoStatusColumn: f(
    (file: string) =>
      `Không lập được báo cáo từ "${file}": bảng V của kế hoạch không có cột "Mức độ thực hiện" (cột 10 của Biểu 2), nên chưa biết nội dung nào đã hoàn thành. Hãy thêm cột đó, ghi Hoàn thành / Đang thực hiện / Chưa hoàn thành cho từng dòng rồi chạy lại.`,
    (file: string) =>
      `Cannot write a report from "${file}": table V of the plan has no "Mức độ thực hiện" (status) column (column 10 of Form 2), so nothing says which rows are done. Add that column, write Hoàn thành / Đang thực hiện / Chưa hoàn thành for each row and run again.`,
  ),
  cliReviewWritten: f(
    (p: string, period: string, total: number, done: number, inProgress: number, notDone: number, unset: number) =>
      `Đã tạo báo cáo ${period === "hk1" ? "học kỳ I" : "cuối năm học"} (${/\.pdf$/i.test(p) ? "PDF" : "Word"}): ${p}. ${total} nội dung: ${done} hoàn thành, ${inProgress} đang thực hiện, ${notDone} chưa hoàn thành, ${unset} chưa đánh giá.`,
    (p: string, period: string, total: number, done: number, inProgress: number, notDone: number, unset: number) =>
      `Report of ${period === "hk1" ? "semester I" : "the school year"} written (${/\.pdf$/i.test(p) ? "PDF" : "Word"}): ${p}. ${total} rows: ${done} done, ${inProgress} in progress, ${notDone} not done, ${unset} not assessed.`,
  ),
  cliReviewUnknownStatuses: f(
    (cells: string) =>
      `Lưu ý: các ô "Mức độ thực hiện" ${cells} không ghi một trong ba mức (Hoàn thành, Đang thực hiện, Chưa hoàn thành); báo cáo tính các nội dung đó là chưa đánh giá.`,
    (cells: string) =>
      `Note: the status cells ${cells} hold none of the three statuses (Hoàn thành, Đang thực hiện, Chưa hoàn thành); the report counts those rows as not assessed.`,
  ),
  cliReviewNoPeriodRow: f(
    (period: string) =>
      `Lưu ý: mục VI của kế hoạch chưa ghi kết quả theo dõi ${period === "hk1" ? "cuối học kỳ I" : "cuối năm học"}; báo cáo ghi rõ điều đó.`,
    (period: string) =>
      `Note: section VI of the plan records no review for ${period === "hk1" ? "the end of semester I" : "the end of the year"}; the report says so.`,
  ),
  // --- read / cli (end) ---
  // --- validation (start) ---
  vSubjectCriterion: f(
    (code: string) => `Tiêu chí ${code}`,
    (code: string) => `Criterion ${code}`,
  ),
  vSubjectSubRow: f(
    (code: string, row: number) => `Tiêu chí ${code} (dòng ${row})`,
    (code: string, row: number) => `Criterion ${code} (row ${row})`,
  ),
  vSubjectRow: f(
    (row: number) => `Dòng ${row}`,
    (row: number) => `Row ${row}`,
  ),
  vCriterionUnknown: f(
    (code: string, reg: string, std: number, range: string) =>
      `Tiêu chí ${code} không có trong ${reg}: tiêu chuẩn ${std} chỉ có ${range}. Hãy kiểm tra lại số hiệu tiêu chí.`,
    (code: string, reg: string, std: number, range: string) =>
      `Criterion ${code} does not exist in ${reg}: standard ${std} only has ${range}. Check the criterion number.`,
  ),
  vStandardOfCriterionUnknown: f(
    (code: string, reg: string, std: number, count: number) =>
      `Tiêu chí ${code} không có trong ${reg}: không có tiêu chuẩn ${std} (chỉ có tiêu chuẩn 1–${count}).`,
    (code: string, reg: string, std: number, count: number) =>
      `Criterion ${code} does not exist in ${reg}: there is no standard ${std} (only standards 1–${count}).`,
  ),
  vStandardUnknown: f(
    (std: number, reg: string, count: number) => `${reg} không có tiêu chuẩn ${std} (chỉ có tiêu chuẩn 1–${count}).`,
    (std: number, reg: string, count: number) => `${reg} has no standard ${std} (only standards 1–${count}).`,
  ),
  vCriterionUnreadable: f(
    (row: number) =>
      `Dòng ${row} có nội dung nhưng không đọc được số hiệu tiêu chí. Hãy ghi theo dạng "Tiêu chí 1.6: Tên tiêu chí".`,
    (row: number) => `Row ${row} has content but no readable criterion number. Write it as "Tiêu chí 1.6: <criterion name>".`,
  ),
  vCriterionStandardMismatch: f(
    (code: string, heading: number, std: number) =>
      `Tiêu chí ${code} đang nằm dưới tiêu chuẩn ${heading}, nhưng tiêu chí này thuộc tiêu chuẩn ${std}.`,
    (code: string, heading: number, std: number) =>
      `Criterion ${code} sits under standard ${heading}, but it belongs to standard ${std}.`,
  ),
  vCriterionLevelUnavailable: f(
    (code: string, levels: string, reg: string, level: number) =>
      `Tiêu chí ${code} chỉ có ${levels} theo ${reg}; không thể đặt mục tiêu Mức ${level}.`,
    (code: string, levels: string, reg: string, level: number) =>
      `Criterion ${code} only has ${levels} under ${reg}; a target of level ${level} is impossible.`,
  ),
  vCriterionLevel4InBand: f(
    (code: string) =>
      `Tiêu chí ${code} đặt mục tiêu Mức 4, nhưng Mức 4 không đánh giá theo từng tiêu chí: đó là các yêu cầu riêng, ghi trong phần "MỨC 4" của bảng. Ở phần "MỨC 1, 2, 3" chỉ đặt mục tiêu Mức 1–3.`,
    (code: string) =>
      `Criterion ${code} targets level 4, but level 4 is not assessed per criterion: it is a separate list of requirements, written in the "MỨC 4" part of the table. In the "MỨC 1, 2, 3" part aim at levels 1–3 only.`,
  ),
  vCriterionNameDrift: f(
    (code: string, reg: string, name: string) => `Tên tiêu chí ${code} khác với ${reg}: "${name}".`,
    (code: string, reg: string, name: string) => `The name of criterion ${code} differs from ${reg}: "${name}".`,
  ),
  vCriterionNameOther: f(
    (code: string, reg: string, name: string, other: string) =>
      `Tên ghi ở tiêu chí ${code} là tên của tiêu chí ${other} theo ${reg}; tên của tiêu chí ${code} là "${name}". Hãy kiểm tra lại số hiệu hoặc tên tiêu chí.`,
    (code: string, reg: string, name: string, other: string) =>
      `The name written for criterion ${code} is that of criterion ${other} in ${reg}; criterion ${code} is "${name}". Check the number or the name.`,
  ),
  vStandardNameDrift: f(
    (std: number, reg: string, name: string) => `Tên tiêu chuẩn ${std} khác với ${reg}: "${name}".`,
    (std: number, reg: string, name: string) => `The name of standard ${std} differs from ${reg}: "${name}".`,
  ),
  vRowEmpty: f(
    (subject: string) => `${subject} chưa có nội dung cải tiến: hãy ghi kết quả cần đạt, công việc/giải pháp, người chủ trì, thời gian và kinh phí.`,
    (subject: string) => `${subject} has no improvement content yet: fill in the expected result, actions, owner, timeline and budget.`,
  ),
  vActionsMissing: f(
    (subject: string, field: string) => `${subject} chưa có ${field}.`,
    (subject: string, field: string) => `${subject} has no ${field}.`,
  ),
  vResultMissing: f(
    (subject: string, field: string) => `${subject} chưa ghi ${field}.`,
    (subject: string, field: string) => `${subject} has no ${field}.`,
  ),
  vOwnerMissing: f(
    (subject: string, field: string) => `${subject} chưa ghi ${field}.`,
    (subject: string, field: string) => `${subject} does not name the ${field}.`,
  ),
  vTimelineMissing: f(
    (subject: string) => `${subject} chưa ghi thời gian thực hiện và hoàn thành.`,
    (subject: string) => `${subject} has no timeline.`,
  ),
  vOwnerUnrecognized: f(
    (text: string) =>
      `Không nhận ra chức danh hay bộ phận nào trong "${text}" (ví dụ: Hiệu trưởng, Phó hiệu trưởng, BGH, Tổ trưởng CM, GV, NV). Hãy kiểm tra lại người chủ trì.`,
    (text: string) =>
      `No known role or unit found in "${text}" (e.g. "Hiệu trưởng", "Phó hiệu trưởng", "BGH", "Tổ trưởng CM", "GV", "NV"). Check the owner.`,
  ),
  vTimelineBadYear: f(
    (text: string, detail: string) => `Thời gian "${text}" ghi năm không hợp lệ${detail ? ` (${detail})` : ""}. Hãy sửa lại năm.`,
    (text: string, detail: string) => `The timeline "${text}" has an invalid year${detail ? ` (${detail})` : ""}. Correct the year.`,
  ),
  vTimelineBadMonth: f(
    (text: string, detail: string) => `Thời gian "${text}" ghi tháng không hợp lệ${detail ? ` (${detail})` : ""}; tháng phải từ 1 đến 12.`,
    (text: string, detail: string) => `The timeline "${text}" has an invalid month${detail ? ` (${detail})` : ""}; months run from 1 to 12.`,
  ),
  vTimelineBadDay: f(
    (text: string, detail: string) => `Thời gian "${text}" ghi ngày không có thật${detail ? ` (${detail})` : ""}.`,
    (text: string, detail: string) => `The timeline "${text}" names a day that does not exist${detail ? ` (${detail})` : ""}.`,
  ),
  vTimelineNotASchoolYear: f(
    (text: string, detail: string) =>
      `Thời gian "${text}" ghi một năm học không có thật${detail ? ` (${detail})` : ""}: năm học gồm hai năm liền nhau, ví dụ 2025-2026.`,
    (text: string, detail: string) =>
      `The timeline "${text}" names a school year that does not exist${detail ? ` (${detail})` : ""}: a school year spans two consecutive years, e.g. 2025-2026.`,
  ),
  vTimelineEndsBeforeStart: f(
    (text: string, start: string, end: string) =>
      `Thời gian "${text}" kết thúc${end ? ` (${end})` : ""} trước khi bắt đầu${start ? ` (${start})` : ""}. Hãy kiểm tra lại tháng, năm.`,
    (text: string, start: string, end: string) =>
      `The timeline "${text}" ends${end ? ` (${end})` : ""} before it starts${start ? ` (${start})` : ""}. Check the months and years.`,
  ),
  vTimelineOutsideYear: f(
    (text: string, year: string) => `Thời gian "${text}" nằm ngoài năm học ${year} của kế hoạch.`,
    (text: string, year: string) => `The timeline "${text}" lies outside the plan's school year ${year}.`,
  ),
  vTimelineUnrecognized: f(
    (text: string) =>
      `Không đọc được mốc thời gian trong "${text}". Nên ghi rõ, ví dụ "Từ tháng 9/2025 đến tháng 5/2026" hoặc "Năm học 2025-2026".`,
    (text: string) => `No date found in "${text}". Write it plainly, e.g. "Từ tháng 9/2025 đến tháng 5/2026" or "Năm học 2025-2026".`,
  ),
  vBudgetUnspecified: f(
    (text: string) =>
      `Kinh phí "${text}" chưa ghi số tiền nên không được cộng vào tổng. Hãy ghi số tiền dự kiến (ví dụ 5.000.000) hoặc "Không".`,
    (text: string) => `The budget "${text}" names no amount, so it is not counted in the total. Write the expected amount (e.g. 5.000.000) or "Không".`,
  ),
  vBudgetSource: f(
    (text: string) =>
      `Kinh phí "${text}" chỉ ghi nguồn kinh phí, chưa ghi số tiền nên không được cộng vào tổng.`,
    (text: string) => `The budget "${text}" names a funding source but no amount, so it is not counted in the total.`,
  ),
  vBudgetRange: f(
    (text: string, high: string) => `Kinh phí "${text}" là một khoảng; tổng cộng tính theo mức cao nhất (${high} đồng).`,
    (text: string, high: string) => `The budget "${text}" is a range; the total counts its upper bound (${high} VND).`,
  ),
  vBudgetPeriod: f(
    (text: string, period: string, amount: string) =>
      `Kinh phí "${text}" tính theo ${period}; tổng cộng chỉ tính một lần (${amount} đồng).`,
    (text: string, period: string, amount: string) =>
      `The budget "${text}" is per ${period}; the total counts it once (${amount} VND).`,
  ),
  vTotalMismatch: f(
    (stated: string, computed: string, note: string) =>
      `Tổng cộng ghi trên bảng là ${stated} đồng nhưng tổng kinh phí tính được là ${computed} đồng${note ? ` (${note})` : ""}.`,
    (stated: string, computed: string, note: string) =>
      `The sheet's total says ${stated} VND but the budgets add up to ${computed} VND${note ? ` (${note})` : ""}.`,
  ),
  vTotalNoteTextSkipped: s(
    "có khoản kinh phí ghi dạng chữ mà hàm SUM bỏ qua",
    "some budgets are written as text, which SUM skips",
  ),
  vTotalNoteOutsideRange: s(
    "hàm SUM không bao hết các dòng có kinh phí",
    "the SUM range does not cover every budget row",
  ),
  vRowDuplicate: f(
    (code: string, row: number) =>
      `Tiêu chí ${code} lặp lại dòng ${row}: cùng kết quả cần đạt và công việc/giải pháp. Hãy xóa dòng trùng hoặc gộp lại.`,
    (code: string, row: number) =>
      `Criterion ${code} repeats row ${row}: the same expected result and actions. Delete the duplicate or merge the rows.`,
  ),
  vRegulationCircular: f(
    (n: string) => `Thông tư ${n}`,
    (n: string) => `Circular ${n}`,
  ),
  vLevel: f(
    (n: number) => `Mức ${n}`,
    (n: number) => `level ${n}`,
  ),
  vLevels: f(
    (lo: number, hi: number) => `Mức ${lo}–${hi}`,
    (lo: number, hi: number) => `levels ${lo}–${hi}`,
  ),
  vCriterionRangeOne: f(
    (code: string) => `tiêu chí ${code}`,
    (code: string) => `criterion ${code}`,
  ),
  vCriterionRange: f(
    (first: string, last: string) => `tiêu chí ${first}–${last}`,
    (first: string, last: string) => `criteria ${first}–${last}`,
  ),
  vFieldActions: s("công việc/giải pháp cần thực hiện", "actions/solutions"),
  vFieldActions2026: s("hoạt động/giải pháp", "activities/solutions"),
  vFieldResult: s("kết quả cần đạt", "expected result"),
  vFieldResult2026: s("mục tiêu cải tiến", "improvement target"),
  vFieldOwner: s("người chủ trì và phối hợp thực hiện", "owner and the partners"),
  vFieldOwner2026: s("đơn vị/cá nhân phụ trách", "responsible unit or person"),
  vMonth: f(
    (month: number, year: string) => `tháng ${month}/${year}`,
    (month: number, year: string) =>
      `${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1] ?? `month ${month} of`} ${year}`,
  ),
  vDetailYear: f(
    (y: string) => `năm ${y}`,
    (y: string) => `year ${y}`,
  ),
  vDetailMonth: f(
    (m: string) => `tháng ${m}`,
    (m: string) => `month ${m}`,
  ),
  vDetailDay: f(
    (date: string) => `ngày ${date}`,
    (date: string) => `date ${date}`,
  ),
  vDetailSchoolYear: f(
    (years: string) => `năm học ${years}`,
    (years: string) => `school year ${years}`,
  ),
  vPeriod: f(
    (p: string) => p,
    (p: string) =>
      ({ "năm học": "school year", năm: "year", tháng: "month", "học kỳ": "semester", quý: "quarter", tuần: "week", ngày: "day", đợt: "round", kỳ: "term" } as Record<string, string>)[p] ?? `"${p}"`,
  ),
  vJoinNotes: f(
    (a: string, b: string) => `${a}; ${b}`,
    (a: string, b: string) => `${a}; ${b}`,
  ),
  vCriterionRemoved: f(
    (code: string, reg: string, amendment: string, year: string, range: string, to: string, reason: string, _reasonEn: string) =>
      `Tiêu chí ${code} không còn từ năm học ${year}: ${amendment} sửa đổi ${reg}, tiêu chuẩn 3 chỉ còn ${range}. Nội dung này nay thuộc ${to}${reason ? ` (${reason})` : ""}.`,
    (code: string, reg: string, amendment: string, year: string, range: string, to: string, _reason: string, reasonEn: string) =>
      `Criterion ${code} no longer exists from school year ${year}: ${amendment} amended ${reg}, and standard 3 now has only ${range}. This content now belongs under ${to}${reasonEn ? ` (${reasonEn})` : ""}.`,
  ),
  vCriterionMoved: f(
    (main: string, also: string) => `tiêu chí ${main}${also ? ` (một phần thuộc tiêu chí ${also})` : ""}`,
    (main: string, also: string) => `criterion ${main}${also ? ` (partly criterion ${also})` : ""}`,
  ),
  vCriterionNameShort: f(
    (code: string, reg: string, name: string) => `Tên tiêu chí ${code} được ghi tắt; tên đầy đủ theo ${reg}: "${name}".`,
    (code: string, reg: string, name: string) => `Criterion ${code} is named in short; its full name in ${reg}: "${name}".`,
  ),
  vStandardNameShort: f(
    (std: number, reg: string, name: string) => `Tên tiêu chuẩn ${std} được ghi tắt; tên đầy đủ theo ${reg}: "${name}".`,
    (std: number, reg: string, name: string) => `Standard ${std} is named in short; its full name in ${reg}: "${name}".`,
  ),
  vLevel4Unknown: f(
    (written: string, reg: string, count: number) =>
      `Phần "MỨC 4" ghi "${written}", nhưng Mức 4 của ${reg} chỉ có ${count} yêu cầu (Điều 22, khoản 1–${count}). Hãy kiểm tra lại số thứ tự yêu cầu.`,
    (written: string, reg: string, count: number) =>
      `The "MỨC 4" part says "${written}", but Level 4 of ${reg} has only ${count} requirements (Article 22, clauses 1–${count}). Check the requirement's number.`,
  ),
  vLevel4Criterion: f(
    (code: string, reg: string, count: number) =>
      `Phần "MỨC 4" ghi tiêu chí ${code}, là tiêu chí của Mức 1–3. Mức 4 của ${reg} gồm ${count} yêu cầu riêng (Điều 22): hãy ghi yêu cầu Mức 4 mà dòng này nhắm tới, hoặc chuyển dòng lên phần "MỨC 1, 2, 3".`,
    (code: string, reg: string, count: number) =>
      `The "MỨC 4" part cites criterion ${code}, a Level 1–3 criterion. Level 4 of ${reg} is ${count} separate requirements (Article 22): name the Level 4 requirement this row aims at, or move the row up to "MỨC 1, 2, 3".`,
  ),
  vTimelineBeyondYear: f(
    (text: string, year: string) =>
      `Thời gian "${text}" kéo dài quá năm học ${year} của kế hoạch; phần trùng với năm học vẫn thuộc kế hoạch. Nếu đúng ý định thì không cần sửa.`,
    (text: string, year: string) =>
      `The timeline "${text}" runs past the school year ${year} of the plan; the part within the school year still belongs to the plan. If that is intended, nothing needs changing.`,
  ),
  vBudgetRate: f(
    (text: string, per: string, amount: string) =>
      `Kinh phí "${text}" là đơn giá theo ${per} nhưng chưa ghi số lượng (số ${per}) nên không được cộng vào tổng. Hãy ghi cả số lượng, ví dụ "${amount}đ/${per} x 10 ${per}".`,
    (text: string, per: string, amount: string) =>
      `The budget "${text}" is a rate of ${amount} VND per ${per} without a count (how many), so it is not counted in the total. Write the count too, e.g. "500.000đ/tháng x 9 tháng".`,
  ),
  vIndicatorMissing: f(
    (subject: string) => `${subject}: chưa ghi chỉ số đánh giá kết quả (cột "Chỉ số đánh giá kết quả").`,
    (subject: string) => `${subject}: no result indicator ("Chỉ số đánh giá kết quả" column).`,
  ),
  vEvidenceMissing: f(
    (subject: string) => `${subject}: chưa ghi thông tin, dữ liệu hoặc minh chứng dự kiến.`,
    (subject: string) => `${subject}: no expected information, data or evidence.`,
  ),
  vContentMissing: f(
    (row: number) => `Dòng ${row}: chưa ghi nội dung cải tiến.`,
    (row: number) => `Row ${row}: no content ("Nội dung cải tiến").`,
  ),
  vStatusLevel: f(
    (text: string) =>
      `Cột "Mức độ thực hiện" ghi "${text}", là mức đánh giá của tiêu chí. Cột này ghi tình trạng thực hiện: Hoàn thành, Đang thực hiện hoặc Chưa hoàn thành (để trống khi kế hoạch mới lập).`,
    (text: string) =>
      `"Mức độ thực hiện" says "${text}", a criterion's level. The column holds the implementation status: "Hoàn thành", "Đang thực hiện" or "Chưa hoàn thành" (empty while the plan is new).`,
  ),
  vStatusUnknown: f(
    (text: string) => `Cột "Mức độ thực hiện" ghi "${text}": hãy ghi Hoàn thành, Đang thực hiện hoặc Chưa hoàn thành.`,
    (text: string) => `"Mức độ thực hiện" says "${text}": write "Hoàn thành", "Đang thực hiện" or "Chưa hoàn thành".`,
  ),
  vProblemUnaddressed: f(
    (tt: string, what: string) => `Vấn đề trọng tâm ${tt} (${what}) ở mục IV chưa có hoạt động nào trong kế hoạch ở mục V.`,
    (tt: string, what: string) => `Focus problem ${tt} (${what}) of section IV has no action in the plan of section V.`,
  ),
  vMandatoryUnaddressed: f(
    (code: string, reg: string, name: string) =>
      `Tiêu chí ${code} (${name}) là tiêu chí bắt buộc của ${reg}; mục IV nêu vấn đề của tiêu chí này nhưng mục V chưa có hoạt động cải tiến nào.`,
    (code: string, reg: string, name: string) =>
      `Criterion ${code} ("${name}") is mandatory in ${reg}; section IV names a problem of it but section V plans no action for it.`,
  ),
  vRowUntraced: f(
    (row: number) =>
      `Dòng ${row}: nội dung cải tiến không ghi tiêu chí và không gắn với vấn đề nào ở mục IV. Hãy ghi "Tiêu chí x.y: …" hoặc nêu vấn đề ở mục IV.`,
    (row: number) =>
      `Row ${row}: the content names no criterion and matches no problem of section IV. Write "Tiêu chí x.y: …" or list the problem in section IV.`,
  ),
  vProblemCriterionUnknown: f(
    (code: string, reg: string) => `Mục IV ghi tiêu chí ${code}, nhưng ${reg} không có tiêu chí này.`,
    (code: string, reg: string) => `Section IV cites criterion ${code}, which ${reg} does not have.`,
  ),
  vProblemWhat: f(
    (what: string) => `tiêu chí ${what}`,
    (what: string) => `criterion ${what}`,
  ),
  vProblemStandard: f(
    (n: number) => `tiêu chuẩn ${n}`,
    (n: number) => `standard ${n}`,
  ),
  // --- validation (end) ---
  // --- word (start) ---
  wordNotDocx: f(
    () => `Tệp mẫu không phải tài liệu Word (.docx) hoặc đã bị hỏng. Hãy mở tệp bằng Word rồi lưu lại dưới dạng "Word Document (*.docx)".`,
    () => `The template is not a Word document (.docx) or it is damaged. Open it in Word and save it as "Word Document (*.docx)".`,
  ),
  wordUnknownPlaceholder: f(
    (tag: string, valid: string) => `Mẫu Word có chỗ điền ${tag} không được hỗ trợ. Các chỗ điền hợp lệ: ${valid}.`,
    (tag: string, valid: string) => `The Word template has a placeholder ${tag} that is not supported. Valid placeholders: ${valid}.`,
  ),
  wordMissingPlaceholder: f(
    (tag: string) =>
      `Mẫu Word chưa có chỗ điền ${tag} cho bảng kế hoạch. Hãy thêm một đoạn văn chỉ gồm ${tag} vào chỗ đặt bảng.`,
    (tag: string) => `The Word template has no ${tag} placeholder for the plan table. Add a paragraph holding only ${tag} where the table goes.`,
  ),
  wordUnclosedTag: f(
    (tag: string) => `Mẫu Word có chỗ điền "{${tag}" thiếu dấu đóng "}". Mỗi chỗ điền có dạng {tên}, ví dụ {school}.`,
    (tag: string) => `The Word template has a placeholder "{${tag}" without its closing "}". Placeholders look like {name}, e.g. {school}.`,
  ),
  wordUnopenedTag: f(
    (tag: string) => `Mẫu Word có chỗ điền "${tag}}" thiếu dấu mở "{". Mỗi chỗ điền có dạng {tên}, ví dụ {school}.`,
    (tag: string) => `The Word template has a placeholder "${tag}}" without its opening "{". Placeholders look like {name}, e.g. {school}.`,
  ),
  wordBrokenTag: f(
    (near: string) => `Mẫu Word có chỗ điền viết sai gần "${near}". Mỗi chỗ điền có dạng {tên}, ví dụ {school}, không lồng nhau.`,
    (near: string) => `The Word template has a malformed placeholder near "${near}". Placeholders look like {name}, e.g. {school}, never nested.`,
  ),
  wordTableNotAlone: f(
    (tag: string) => `Chỗ điền ${tag} phải đứng một mình trong một đoạn văn (không có chữ khác cùng dòng).`,
    (tag: string) => `The ${tag} placeholder must be alone in its paragraph (no other text on the line).`,
  ),
  wordTableInBody: f(
    (tag: string) => `Chỗ điền ${tag} phải nằm trong thân văn bản, không đặt trong đầu trang, chân trang hay khung văn bản.`,
    (tag: string) => `The ${tag} placeholder must be in the body of the document, not in a header, a footer or a text box.`,
  ),
  draftTextPartsNote: s(
    "(Phần lời của mục này được soạn trong văn bản Word của kế hoạch; trang tính này giữ các bảng IV, V, VI.)",
    "(The text of these sections is written in the plan's Word document; this sheet holds tables IV, V and VI.)",
  ),
  draftStatusErrorTitle: s("Mức độ thực hiện", "Implementation status"),
  draftStatusError: s(
    "Chọn một trong ba mức: Hoàn thành, Đang thực hiện, Chưa hoàn thành (hoặc để trống khi kế hoạch mới lập).",
    "Choose one of: Hoàn thành, Đang thực hiện, Chưa hoàn thành (or leave it empty while the plan is new).",
  ),
  // --- word (end) ---
  // --- office (start) ---
  officeNotAvailable: s(
    "Không kết nối được với Excel. Hãy mở lại ngăn tác vụ từ thẻ Trang đầu (Home) của Excel.",
    "Cannot reach Excel. Open the task pane again from Excel's Home tab.",
  ),
  officeError: f(
    (detail: string) => `Excel báo lỗi khi thực hiện thao tác (${detail}). Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ tính rồi mở lại.`,
    (detail: string) => `Excel reported an error (${detail}). Try again; if it persists, save the workbook and reopen it.`,
  ),
  officeBusy: s(
    "Excel đang bận (có thể một ô đang được sửa). Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.",
    "Excel is busy (a cell may be in edit mode). Press Enter or Esc to finish editing, then try again.",
  ),
  officeSheetMissing: f(
    (sheet: string) => `Không có trang tính "${sheet}" trong sổ tính này.`,
    (sheet: string) => `There is no sheet "${sheet}" in this workbook.`,
  ),
  officeSheetTooLarge: f(
    (sheet: string, limit: string) => `Trang tính "${sheet}" quá lớn để đọc (giới hạn ${limit}). Hãy chép riêng bảng kế hoạch sang một trang tính khác rồi thử lại.`,
    (sheet: string, limit: string) => `Sheet "${sheet}" is too large to read (limit ${limit}). Copy the plan table to a sheet of its own and try again.`,
  ),
  officePlanSheetMissing: f(
    (sheet: string) => `Chưa có trang "${sheet}". Hãy bấm "Chuyển thành bảng kế hoạch" trước.`,
    (sheet: string) => `There is no "${sheet}" sheet yet. Use "Convert to plan table" first.`,
  ),
  officePlanTableMissing: f(
    (sheet: string) => `Trang "${sheet}" không còn bảng kế hoạch (bảng Excel có cột "Kinh phí (đồng)"). Hãy chuyển lại thành bảng kế hoạch.`,
    (sheet: string) => `The "${sheet}" sheet no longer holds the plan table (an Excel table with a "Kinh phí (đồng)" column). Convert the plan again.`,
  ),
  officeSelectPlanRow: f(
    (sheet: string) => `Hãy chọn một dòng của bảng kế hoạch trên trang "${sheet}" (không phải hàng tiêu đề hay hàng tổng cộng) rồi chèn lại.`,
    (sheet: string) => `Select a row of the plan table on the "${sheet}" sheet (not the header or the totals row), then insert again.`,
  ),
  officeWriteFailedUnchanged: f(
    (sheet: string, detail: string) =>
      `Không ghi được bảng kế hoạch (${detail}). Không có gì bị thay đổi: trang "${sheet}" (nếu đã có) và trang tính gốc vẫn giữ nguyên.`,
    (sheet: string, detail: string) =>
      `The plan table could not be written (${detail}). Nothing was changed: the "${sheet}" sheet (if any) and the original sheet are as they were.`,
  ),
  officeWriteFailedTempLeft: f(
    (sheet: string, temp: string, detail: string) =>
      `Bảng kế hoạch mới đã được ghi vào trang "${temp}" nhưng chưa thay được trang "${sheet}" (${detail}). Trang "${sheet}" cũ và trang tính gốc vẫn giữ nguyên; bạn có thể xóa trang "${temp}" hoặc đổi tên nó.`,
    (sheet: string, temp: string, detail: string) =>
      `The new plan table was written to the "${temp}" sheet but could not replace "${sheet}" (${detail}). The old "${sheet}" sheet and the original sheet are unchanged; delete or rename "${temp}".`,
  ),
  officeWriteFailedRenamed: f(
    (sheet: string, temp: string, detail: string) =>
      `Trang "${sheet}" cũ đã được thay, nhưng bảng kế hoạch mới đang nằm ở trang "${temp}" vì không đổi được tên (${detail}). Hãy đổi tên trang đó thành "${sheet}". Trang tính gốc không bị thay đổi.`,
    (sheet: string, temp: string, detail: string) =>
      `The old "${sheet}" sheet was replaced, but the new plan table is on the "${temp}" sheet because it could not be renamed (${detail}). Rename it to "${sheet}". The original sheet is unchanged.`,
  ),
  officeMacDownload: f(
    (file: string) =>
      `Excel trên máy Mac không cho phép tải tệp "${file}" từ ngăn tác vụ. Hãy mở sổ tính này bằng Excel trên web (office.com) và bấm lại nút tạo tệp, hoặc mở trang của tiện ích trong trình duyệt và chọn tệp Excel để tạo tệp tại đó.`,
    (file: string) =>
      `Excel for Mac does not allow downloading "${file}" from a task pane. Open this workbook in Excel on the web (office.com) and use the button again, or open the add-in's page in a browser and pick the Excel file there.`,
  ),
  officeDownloadFailed: f(
    (file: string, detail: string) => `Không tải được tệp "${file}" (${detail}).`,
    (file: string, detail: string) => `Could not download "${file}" (${detail}).`,
  ),
  officeSettingsFailed: f(
    (detail: string) => `Không lưu được thông tin kế hoạch vào sổ tính (${detail}). Hãy thử lại rồi lưu sổ tính.`,
    (detail: string) => `Could not save the plan information in the workbook (${detail}). Try again, then save the workbook.`,
  ),
  officeSettingsUnreadable: s(
    "Thông tin kế hoạch lưu trong sổ tính bị hỏng nên không đọc được; hãy nhập lại và lưu.",
    "The plan information saved in the workbook is damaged and cannot be read; enter it again and save.",
  ),
  officeNotInOffice: s(
    "Chức năng này chỉ dùng được khi tiện ích chạy trong Excel.",
    "This only works when the add-in runs inside Excel.",
  ),
  officeSelect2026Row: s(
    "Hãy chọn một ô trong một dòng của bảng IV (vấn đề trọng tâm) hoặc bảng V (kế hoạch cải tiến) rồi bấm chèn lại.",
    "Select a cell in a row of table IV (focus problems) or table V (the improvement plan), then insert again.",
  ),
  officeCriterionAlreadyThere: f(
    (code: string) => `Dòng đã chọn đã ghi tiêu chí ${code}; không có gì thay đổi.`,
    (code: string) => `The selected row already names criterion ${code}; nothing was changed.`,
  ),
  officeCellNeedsSheet: f(
    (cell: string) => `Địa chỉ ô "${cell}" không rõ trang tính; không có gì được ghi.`,
    (cell: string) => `The cell address "${cell}" names no sheet; nothing was written.`,
  ),
  officeCellsMissing: s(
    "Không tìm thấy trang tính hoặc ô cần ghi (có thể trang đã bị đổi tên hoặc xóa) nên không có gì được ghi. Kế hoạch được đọc lại; hãy kiểm tra rồi làm lại.",
    "A sheet or cell to write was not found (it may have been renamed or deleted), so nothing was written. The plan is read again; check it and try again.",
  ),
  officeCellHasFormula: f(
    (cell: string) => `Ô ${cell} đang chứa công thức nên không được ghi đè; không có gì được ghi.`,
    (cell: string) => `Cell ${cell} holds a formula and is not overwritten; nothing was written.`,
  ),
  officeCellChanged: f(
    (cell: string, now: string) =>
      `Ô ${cell} đã thay đổi từ lần đọc trước (nay là "${now}") nên không có gì được ghi. Kế hoạch được đọc lại; hãy kiểm tra rồi làm lại.`,
    (cell: string, now: string) => `Cell ${cell} changed since the plan was read (it now holds "${now}"), so nothing was written. The plan is read again; check it and try again.`,
  ),
  officeCreatePlanFailed: f(
    (sheet: string, detail: string) => `Không tạo được trang tính kế hoạch mới "${sheet}" (${detail}). Các trang tính đang có không bị thay đổi.`,
    (sheet: string, detail: string) => `Could not create the new plan sheet "${sheet}" (${detail}). The existing sheets are unchanged.`,
  ),
  // --- office (end) ---
  // --- ui (start) ---
  uiAppTitle: s("Kế hoạch cải tiến chất lượng giáo dục", "Education quality improvement plan"),
  uiHostExcel: s("Đang làm việc trên sổ tính Excel", "Working on the Excel workbook"),
  uiHostFile: s("Đang làm việc trên tệp", "Working on a file"),
  uiHostFake: s("Đang làm việc trên dữ liệu thử", "Working on test data"),
  uiNoFileYet: s(
    "Chưa mở tệp nào. Hãy chọn tệp Excel (.xlsx) chứa bảng kế hoạch của trường, hoặc mở kế hoạch mẫu để xem cách làm.",
    "No file open yet. Choose the Excel file (.xlsx) holding the school's plan table, or open the sample plan to see how it works.",
  ),
  uiOpenFile: s("Mở tệp .xlsx", "Open an .xlsx file"),
  uiOpenOtherFile: s("Mở tệp khác", "Open another file"),
  uiOpenSample: s("Mở kế hoạch mẫu", "Open the sample plan"),
  uiDropHint: s("hoặc kéo thả tệp .xlsx vào đây", "or drop an .xlsx file here"),
  uiDropZoneLabel: s("Vùng thả tệp kế hoạch .xlsx", "Drop zone for the .xlsx plan file"),
  uiFileInputLabel: s("Chọn tệp kế hoạch (.xlsx)", "Choose the plan file (.xlsx)"),
  uiPrivacy: s(
    "Tệp được xử lý ngay trên máy này, không gửi đi đâu.",
    "The file is processed on this computer and is never sent anywhere.",
  ),
  uiLoading: s("Đang đọc bảng kế hoạch…", "Reading the plan…"),
  uiSampleFailed: f(
    (detail: string) => `Không mở được kế hoạch mẫu (${detail}). Hãy tải lại trang rồi thử lại.`,
    (detail: string) => `Could not open the sample plan (${detail}). Reload the page and try again.`,
  ),
  uiUnexpected: f(
    (detail: string) => `Đã xảy ra lỗi không mong muốn (${detail}). Hãy thử lại; nếu vẫn lỗi, hãy gửi tệp cho nhóm hỗ trợ.`,
    (detail: string) => `Something unexpected went wrong (${detail}). Try again; if it persists, send the file to support.`,
  ),
  uiSheetPicker: s("Trang tính chứa kế hoạch", "Sheet holding the plan"),
  uiPlanSummary: f(
    (rows: number, criteria: number, year: string) =>
      `${rows} dòng kế hoạch, ${criteria} tiêu chí${year ? ` · Năm học ${year}` : ""}`,
    (rows: number, criteria: number, year: string) => `${rows} plan rows, ${criteria} criteria${year ? ` · School year ${year}` : ""}`,
  ),
  uiSummaryCounts: f(
    (e: number, w: number, i: number) => `${e} lỗi · ${w} cảnh báo · ${i} lưu ý`,
    (e: number, w: number, i: number) => `${e} errors · ${w} warnings · ${i} notes`,
  ),
  uiSectionsNav: s("Các phần của kế hoạch", "Parts of the plan"),
  uiTabInfo: s("Thông tin", "Details"),
  uiTabTable: s("Bảng", "Table"),
  uiTabCheck: s("Kiểm tra", "Check"),
  uiTabTotals: s("Kinh phí", "Budget"),
  uiTabCriteria: s("Tiêu chí", "Criteria"),
  uiInfoHeading: s("Thông tin kế hoạch", "Plan details"),
  uiInfoIntro: s(
    "Đã điền sẵn theo phần đầu bảng tính. Sửa nếu cần rồi bấm Lưu; văn bản Word dùng các thông tin này.",
    "Prefilled from the top of the sheet. Correct what is needed, then Save; the Word document uses these details.",
  ),
  uiFieldAgency: s("Cơ quan chủ quản", "Governing body"),
  uiFieldSchool: s("Tên trường", "School"),
  uiFieldNumber: s("Số văn bản", "Document number"),
  uiFieldNumberHint: s("Ví dụ: 95/KH-MNSM", "E.g. 95/KH-MNSM"),
  uiFieldPlace: s("Địa danh", "Place"),
  uiFieldDate: s("Ngày ban hành", "Date"),
  uiFieldSchoolYear: s("Năm học", "School year"),
  uiFieldSchoolYearHint: s("Ví dụ: 2025-2026", "E.g. 2025-2026"),
  uiFieldLevel: s("Cấp học", "School level"),
  uiFieldRegulation: s("Quy định áp dụng", "Regulation"),
  uiDetected: s("tự nhận biết", "detected"),
  uiNotDetected: s("Chưa nhận biết được — hãy chọn", "Not detected — please choose"),
  uiRegulationHint: f(
    (name: string) => `Tự nhận biết theo cấp học và năm học: ${name}. Chỉ chọn khác khi trường áp dụng quy định khác.`,
    (name: string) => `Detected from the school level and year: ${name}. Choose another only if the school follows a different one.`,
  ),
  uiFieldSignerTitle: s("Chức vụ người ký", "Signer's title"),
  uiFieldSignerTitleHint: s(
    "Mỗi dòng một chức danh, ví dụ: KT. HIỆU TRƯỞNG rồi PHÓ HIỆU TRƯỞNG",
    "One title per line, e.g. KT. HIỆU TRƯỞNG then PHÓ HIỆU TRƯỞNG",
  ),
  uiFieldSignerName: s("Họ và tên người ký", "Signer's name"),
  uiFieldRecipients: s("Nơi nhận", "Recipients"),
  uiFieldRecipientsHint: s("Mỗi dòng một nơi nhận; dòng cuối thường là: Lưu: VT", "One recipient per line; the last is usually: Lưu: VT"),
  uiSectionTexts: s("Nội dung các phần của văn bản", "Text of the document's sections"),
  uiFieldPurpose: s("Mục đích, yêu cầu", "Purpose and requirements"),
  uiFieldBasis: s("Căn cứ xây dựng kế hoạch", "Basis of the plan"),
  uiFieldOrganisation: s("Tổ chức thực hiện", "Implementation"),
  uiFieldClosing: s("Đoạn kết", "Closing paragraph"),
  uiFieldNumbering: s("Số mục của phần Tổ chức thực hiện", "Number of the Implementation section"),
  uiNumberingIV: s("IV (nối tiếp mục III)", "IV (follows III)"),
  uiNumberingVI: s("VI (như nhiều kế hoạch vẫn ghi)", "VI (as many plans write it)"),
  uiSaveInfo: s("Lưu thông tin", "Save details"),
  uiInfoSavedExcel: s("Đã lưu thông tin vào sổ tính (nhớ lưu sổ tính).", "Details saved in the workbook (remember to save the workbook)."),
  uiInfoSavedFile: s("Đã lưu thông tin trên trình duyệt này.", "Details saved in this browser."),
  uiInfoUnsaved: s("Có thay đổi chưa lưu.", "There are unsaved changes."),
  uiTableHeading: s("Bảng kế hoạch", "Plan table"),
  uiConvert: s("Tạo bảng kế hoạch", "Create the plan table"),
  uiConvertHelp: s(
    "Ghi kế hoạch thành một bảng Excel gọn trên trang mới \"Kế hoạch CTCL\": mỗi dòng một việc, có cột kinh phí bằng số và dòng tổng cộng. Trang tính gốc giữ nguyên.",
    "Writes the plan as a tidy Excel table on a new \"Kế hoạch CTCL\" sheet: one row per task, a numeric budget column and a totals row. The original sheet is left as it is.",
  ),
  uiDownloadTable: s("Tải bảng kế hoạch", "Download the plan table"),
  uiDownloadTableHelp: s(
    "Tải về một tệp Excel chỉ gồm bảng kế hoạch đã chuẩn hoá: mỗi dòng một việc, có cột kinh phí bằng số và dòng tổng cộng. Tệp gốc giữ nguyên.",
    "Downloads an Excel file holding only the tidied plan table: one row per task, a numeric budget column and a totals row. The original file is left as it is.",
  ),
  uiReplaceTitle: s("Thay bảng kế hoạch cũ?", "Replace the existing plan table?"),
  uiReplaceBody: f(
    (sheet: string) =>
      `Sổ tính đã có trang "${sheet}". Tạo lại sẽ thay toàn bộ trang đó bằng bảng mới, những chỗ đã sửa trên trang đó sẽ mất. Trang tính gốc không bị thay đổi.`,
    (sheet: string) =>
      `The workbook already has a "${sheet}" sheet. Creating it again replaces that whole sheet with the new table; edits made on it are lost. The original sheet is not changed.`,
  ),
  uiReplaceConfirm: s("Thay bằng bảng mới", "Replace with the new table"),
  uiCancel: s("Hủy", "Cancel"),
  uiConverted: f(
    (sheet: string, rows: number) =>
      `Đã ghi ${rows} dòng vào trang "${sheet}". Phần Kiểm tra giờ theo dõi trang này và tự kiểm tra lại khi bạn sửa.`,
    (sheet: string, rows: number) =>
      `${rows} rows written to the "${sheet}" sheet. The Check part now follows that sheet and re-checks it as you edit.`,
  ),
  uiDownloaded: f(
    (file: string) => `Đã tải về tệp "${file}" (xem thư mục Tải xuống).`,
    (file: string) => `Downloaded "${file}" (see your Downloads folder).`,
  ),
  uiCheckHeading: s("Kết quả kiểm tra", "Check results"),
  uiSevError: s("Lỗi", "Errors"),
  uiSevWarning: s("Cảnh báo", "Warnings"),
  uiSevInfo: s("Lưu ý", "Notes"),
  uiCell: f(
    (cell: string) => `Ô ${cell}`,
    (cell: string) => `Cell ${cell}`,
  ),
  uiIssueSelectHint: s("Bấm vào một vấn đề để chọn ô đó trong Excel.", "Click a problem to select its cell in Excel."),
  uiIssueFileHint: s(
    "Mỗi vấn đề ghi rõ ô cần sửa. Sửa trong Excel, lưu tệp rồi mở lại tệp ở đây để kiểm tra lại.",
    "Each problem names the cell to fix. Fix it in Excel, save the file and open it here again to re-check.",
  ),
  uiLiveCheck: f(
    (sheet: string) => `Khi bạn sửa trang "${sheet}", các dòng đã sửa được kiểm tra lại ngay.`,
    (sheet: string) => `When you edit the "${sheet}" sheet, the edited rows are checked again at once.`,
  ),
  uiSelectFailed: f(
    (detail: string) => `Không chọn được ô: ${detail}`,
    (detail: string) => `Could not select the cell: ${detail}`,
  ),
  uiTotalsHeading: s("Tổng kinh phí", "Budget total"),
  uiAmountDong: f(
    (amount: string) => `${amount} đồng`,
    (amount: string) => `${amount} đồng`,
  ),
  uiByStandard: s("Theo tiêu chuẩn", "By standard"),
  uiByBand: s("Theo mức", "By level"),
  uiStatedMatch: f(
    (cell: string, amount: string) => `Khớp với tổng ghi trên bảng (ô ${cell}: ${amount} đồng).`,
    (cell: string, amount: string) => `Matches the total stated in the sheet (cell ${cell}: ${amount} đồng).`,
  ),
  uiStatedMismatch: f(
    (cell: string, stated: string, computed: string, diff: string) =>
      `Tổng ghi trên bảng (ô ${cell}) là ${stated} đồng, khác với tổng tính được ${computed} đồng (chênh lệch ${diff} đồng).`,
    (cell: string, stated: string, computed: string, diff: string) =>
      `The total stated in the sheet (cell ${cell}) is ${stated} đồng, not the computed ${computed} đồng (difference ${diff} đồng).`,
  ),
  uiStatedNone: s("Bảng không có dòng \"Tổng cộng\" ghi số tiền để đối chiếu.", "The sheet has no \"Tổng cộng\" row with an amount to compare."),
  uiWriteTotals: s("Ghi dòng tổng cộng", "Write the totals row"),
  uiWriteTotalsHelp: s(
    "Ghi (hoặc cập nhật) dòng tổng cộng của trang Kế hoạch CTCL bằng công thức để kế toán đối chiếu.",
    "Writes (or refreshes) the totals row of the Kế hoạch CTCL sheet with a formula the accountant can check.",
  ),
  uiTotalsWritten: f(
    (cell: string, formula: string) => `Đã ghi dòng tổng cộng vào ô ${cell}, công thức ${formula}.`,
    (cell: string, formula: string) => `Totals row written in cell ${cell}, formula ${formula}.`,
  ),
  uiCriteriaHeading: s("Danh mục tiêu chí", "Criteria catalogue"),
  uiSearchLabel: s("Tìm tiêu chí (số hiệu hoặc từ khoá, gõ có dấu hay không dấu đều được)", "Search criteria (number or words, with or without diacritics)"),
  uiSearchPlaceholder: s("Ví dụ: 3.2 hoặc co so vat chat", "E.g. 3.2 or co so vat chat"),
  uiSearchCount: f(
    (n: number) => `${n} tiêu chí`,
    (n: number) => `${n} criteria`,
  ),
  uiNoMatch: s("Không có tiêu chí nào khớp. Hãy thử từ khoá khác.", "No criterion matches. Try other words."),
  uiStandardHeading: f(
    (n: number, name: string) => `Tiêu chuẩn ${n}: ${name}`,
    (n: number, name: string) => `Standard ${n}: ${name}`,
  ),
  uiLevels: f(
    (levels: string) => `Mức ${levels}`,
    (levels: string) => `Levels ${levels}`,
  ),
  uiMandatory: s("Bắt buộc", "Mandatory"),
  uiInsert: s("Chèn", "Insert"),
  uiInsertLabel: f(
    (code: string) => `Chèn tiêu chí ${code} vào dòng đang chọn`,
    (code: string) => `Insert criterion ${code} into the selected row`,
  ),
  uiCopy: s("Sao chép", "Copy"),
  uiCopyLabel: f(
    (code: string) => `Sao chép tiêu chí ${code}`,
    (code: string) => `Copy criterion ${code}`,
  ),
  uiInserted: f(
    (code: string, cell: string) => `Đã chèn tiêu chí ${code} vào ô ${cell}.`,
    (code: string, cell: string) => `Criterion ${code} inserted in cell ${cell}.`,
  ),
  uiCopied: f(
    (code: string) => `Đã sao chép tiêu chí ${code}; dán vào ô tiêu chí trong Excel.`,
    (code: string) => `Criterion ${code} copied; paste it into the criterion cell in Excel.`,
  ),
  uiCopyFailed: s(
    "Trình duyệt không cho sao chép tự động; hãy bôi đen tên tiêu chí rồi nhấn Ctrl+C.",
    "The browser does not allow copying here; select the criterion's name and press Ctrl+C.",
  ),
  uiInsertHint: s(
    "Chọn một dòng của bảng trên trang Kế hoạch CTCL rồi bấm Chèn.",
    "Select a row of the table on the Kế hoạch CTCL sheet, then press Insert.",
  ),
  uiCopyHint: s("Bấm Sao chép rồi dán vào ô tiêu chí trong Excel.", "Press Copy, then paste into the criterion cell in Excel."),
  uiWordHeading: s("Văn bản kế hoạch", "Plan document"),
  uiMakeWord: s("Tạo kế hoạch Word", "Create the Word plan"),
  uiMakeWordHelp: s(
    "Tạo văn bản Word (.docx) đầy đủ theo thể thức Nghị định 30/2020, dùng thông tin kế hoạch và bảng kế hoạch.",
    "Creates the complete Word document (.docx) in the Decree 30/2020 format from the plan details and table.",
  ),
  uiWordProgress: s("Đang tạo văn bản Word…", "Creating the Word document…"),
  uiWordFailed: f(
    (detail: string) => `Không tạo được văn bản Word (${detail}). Hãy thử lại.`,
    (detail: string) => `Could not create the Word document (${detail}). Try again.`,
  ),
  uiWordDraftNote: f(
    (errors: number) => `Kế hoạch còn ${errors} lỗi: văn bản vẫn được tạo, hãy coi là bản nháp và sửa các lỗi trước khi ký.`,
    (errors: number) => `The plan still has ${errors} errors: the document is made anyway; treat it as a draft and fix them before signing.`,
  ),
  uiWorking: s("Đang xử lý…", "Working…"),
  uiNeedPlan: s("Hãy mở một kế hoạch trước.", "Open a plan first."),
  uiDismiss: s("Đóng thông báo", "Dismiss"),
  uiPlanSheet: f(
    (sheet: string) => `Trang tính: ${sheet}`,
    (sheet: string) => `Sheet: ${sheet}`,
  ),
  uiCriteriaOf: f(
    (name: string) => `Theo ${name}. Đổi quy định áp dụng ở phần Thông tin.`,
    (name: string) => `Following ${name}. Change the regulation in Details.`,
  ),
  uiLevelShort: f(
    (l: string) => ({ "mam-non": "mầm non", "tieu-hoc": "tiểu học", thcs: "THCS", thpt: "THPT", "nhieu-cap": "nhiều cấp học" } as Record<string, string>)[l] ?? l,
    (l: string) => ({ "mam-non": "preschool", "tieu-hoc": "primary", thcs: "lower secondary", thpt: "upper secondary", "nhieu-cap": "multi-level" } as Record<string, string>)[l] ?? l,
  ),
  uiBadgeErrors: f(
    (n: number) => `${formatAmount(n)} lỗi`,
    (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "error" : "errors"}`,
  ),
  uiBadgeWarnings: f(
    (n: number) => `${formatAmount(n)} cảnh báo`,
    (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "warning" : "warnings"}`,
  ),
  uiBadgeNotes: f(
    (n: number) => `${formatAmount(n)} lưu ý`,
    (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "note" : "notes"}`,
  ),
  uiOpenFailedKept: s("Kế hoạch đang mở vẫn được giữ nguyên.", "The plan that was open is kept as it was."),
  uiCriteriaNeedLevel: s(
    "Chưa biết cấp học của trường: hãy chọn cấp học ở phần Thông tin để xem danh mục tiêu chí.",
    "The school's level is unknown: choose it in Details to see the criteria.",
  ),
  uiLanguage: s("Ngôn ngữ", "Language"),
  uiSavedInfoInUse: s(
    "Đang dùng thông tin đã lưu cho kế hoạch này (trường, năm học, cấp học).",
    "Using the details saved earlier for this plan (school, school year, level).",
  ),
  uiUseSheetInfo: s("Dùng thông tin đọc từ bảng tính", "Use the details read from the sheet"),
  uiStaleSections: f(
    (names: string, year: string) => `Phần đã sửa tay vẫn nhắc năm học khác năm học ${year}: ${names}. Hãy kiểm tra lại.`,
    (names: string, year: string) => `Sections edited by hand still name a school year other than ${year}: ${names}. Check them.`,
  ),
  uiDiscardTitle: s("Thông tin kế hoạch chưa lưu", "Unsaved plan details"),
  uiDiscardBody: f(
    (file: string) => `Thông tin kế hoạch đang mở có thay đổi chưa lưu. Mở "${file}" sẽ bỏ các thay đổi đó.`,
    (file: string) => `The open plan's details have unsaved changes. Opening "${file}" drops them.`,
  ),
  uiDiscardSave: s("Lưu rồi mở", "Save, then open"),
  uiDiscardDrop: s("Bỏ thay đổi và mở", "Drop changes and open"),
  fundingGroup: f(
    (g: string) => ({ nsnn: "Ngân sách nhà nước", xhh: "Xã hội hóa", ctx: "Chi thường xuyên", other: "Khác / chưa ghi nguồn" } as Record<string, string>)[g] ?? g,
    (g: string) => ({ nsnn: "State budget", xhh: "Private contributions (xã hội hóa)", ctx: "Recurrent spending", other: "Other / no source named" } as Record<string, string>)[g] ?? g,
  ),
  auditReason: f(
    (k: string) =>
      `không tính: ${({ source: "chỉ ghi nguồn kinh phí, không ghi số tiền", unspecified: "không ghi số tiền", empty: "ô trống", none: "ghi là không có kinh phí", rate: "đơn giá chưa có số lượng" } as Record<string, string>)[k] ?? "không đọc được số tiền"}`,
    (k: string) =>
      `not counted: ${({ source: "names a funding source only, no amount", unspecified: "no amount written", empty: "empty cell", none: "says no budget", rate: "a rate without a count" } as Record<string, string>)[k] ?? "no amount could be read"}`,
  ),
  auditColCell: s("Ô", "Cell"),
  auditColCriterion: s("Tiêu chí", "Criterion"),
  auditColText: s("Nội dung ô", "As typed"),
  auditColAmount: s("Số tiền tính", "Amount counted"),
  auditColSource: s("Nguồn kinh phí", "Funding source"),
  uiAuditHeading: s("Từng dòng kinh phí", "Budget row by row"),
  uiAuditHelp: s(
    "Mỗi dòng: ô, tiêu chí, nội dung như đã nhập, số tiền được tính (hoặc lý do không tính) và nguồn kinh phí.",
    "Each row: the cell, criterion, the text as typed, the amount counted (or why not) and the funding source.",
  ),
  uiAuditOnlyUncounted: s("Chỉ dòng không tính", "Only rows not counted"),
  uiAuditCopy: s("Chép bảng (dán vào Excel)", "Copy as a table (paste into Excel)"),
  uiAuditCopied: f(
    (n: string) => `Đã chép ${n} dòng; dán vào Excel để đối chiếu.`,
    (n: string) => `Copied ${n} rows; paste them into Excel to check.`,
  ),
  uiBySource: s("Theo nguồn kinh phí", "By funding source"),
  uiDifferenceRows: s(
    "Các dòng làm tổng ghi trên bảng khác tổng tính được (hàm SUM không cộng):",
    "Rows that make the sheet's total differ from the computed one (the SUM does not add them):",
  ),
  uiSumSkipsText: s("số ghi dạng chữ, SUM bỏ qua", "written as text, SUM skips it"),
  uiSumOutside: s("nằm ngoài vùng của SUM", "outside the SUM's range"),
  uiAuditEmpty: s("Không có dòng nào.", "No rows."),
  uiAuditMore: f(
    (shown: string, all: string) => `Đang hiện ${shown} trong ${all} dòng; bấm "Chép bảng" để có đủ.`,
    (shown: string, all: string) => `Showing ${shown} of ${all} rows; "Copy as a table" gives them all.`,
  ),
  uiFindingKind: f(
    (k: string) => ({ criterion: "Tiêu chí", content: "Nội dung", owner: "Người chủ trì", timeline: "Thời gian", budget: "Kinh phí", other: "Khác" } as Record<string, string>)[k] ?? k,
    (k: string) => ({ criterion: "Criteria", content: "Content", owner: "Owners", timeline: "Timelines", budget: "Budget", other: "Other" } as Record<string, string>)[k] ?? k,
  ),
  uiAllKinds: s("Mọi loại", "All kinds"),
  uiKindFilter: s("Loại vấn đề", "Kind of finding"),
  uiSeverityFilter: s("Mức độ", "Severity"),
  uiShowingFindings: f(
    (shown: string, all: string) => `Đang hiện ${shown} trong ${all} vấn đề.`,
    (shown: string, all: string) => `Showing ${shown} of ${all} findings.`,
  ),
  uiGroupCells: f(
    (n: string) => `${n} ô`,
    (n: string) => `${n} cells`,
  ),
  uiShowCells: s("Xem các ô", "Show the cells"),
  uiHideCells: s("Ẩn các ô", "Hide the cells"),
  uiMoreCells: f(
    (n: string) => `… và ${n} ô khác`,
    (n: string) => `… and ${n} more cells`,
  ),
  uiClearFilter: s("Bỏ lọc", "Clear the filter"),
  uiPdfHint: s(
    "Cần PDF để ký số? Mở tệp .docx bằng Word, chọn Tệp → Lưu thành → PDF (hoặc dùng lệnh ctcl word … -o KE-HOACH.pdf).",
    "Need a PDF to sign digitally? Open the .docx in Word and choose File → Save As → PDF (or run ctcl word … -o PLAN.pdf).",
  ),
  uiGridHeading: f(
    (n: string) => `Kế hoạch, từng dòng (${n} dòng), kèm vấn đề của dòng`,
    (n: string) => `The plan row by row (${n} rows), with each row's findings`,
  ),
  uiGridRow: f(
    (n: string) => `Dòng ${n}`,
    (n: string) => `Row ${n}`,
  ),
  uiGridResult: s("Kết quả cần đạt", "Target"),
  uiGridActions: s("Công việc, giải pháp", "Actions"),
  uiGridOwner: s("Chủ trì", "Owner"),
  uiGridTimeline: s("Thời gian", "Timeline"),
  uiGridBudget: s("Kinh phí", "Budget"),
  uiLevel4Heading: s("Mức 4", "Level 4"),
  uiLevel4Help: f(
    (count: number, source: string) => `${count} yêu cầu riêng, không theo tiêu chí (${source}).`,
    (count: number, _source: string) => `${count} separate requirements, not per criterion (Article 22).`,
  ),
  uiLevel4Item: f(
    (n: number) => `Yêu cầu ${n}`,
    (n: number) => `Requirement ${n}`,
  ),
  uiLevel4NoText: s("Nội dung: xem Điều 22 (chưa có trong dữ liệu).", "Wording: see Article 22 (not in the data yet)."),
  uiUnverified: s("chưa đối chiếu văn bản", "not checked against the text"),
  uiWorkCancelled: s("Đã dừng.", "Stopped."),
  uiWorkCancelledKept: s("Đã dừng. Kế hoạch đang mở vẫn giữ nguyên.", "Stopped. The open plan is unchanged."),
  uiStage: f(
    (stage: string, onFile: boolean) =>
      ({ reading: onFile ? "Đang đọc tệp…" : "Đang đọc trang tính…", planning: "Đang tìm bảng kế hoạch…", checking: "Đang kiểm tra…", files: "Đang tổng hợp…", word: "Đang tạo văn bản Word…" } as Record<string, string>)[stage] ?? "Đang làm…",
    (stage: string, onFile: boolean) =>
      ({ reading: onFile ? "Reading the file…" : "Reading the sheet…", planning: "Finding the plan table…", checking: "Checking…", files: "Adding up…", word: "Creating the Word document…" } as Record<string, string>)[stage] ?? "Working…",
  ),
  uiStageFile: f(
    (index: number, count: number, name: string) => `Tệp ${index}/${count}: ${name}`,
    (index: number, count: number, name: string) => `File ${index} of ${count}: ${name}`,
  ),
  uiProgressLabel: s("Tiến độ", "Progress"),
  uiCancelWork: s("Hủy", "Cancel"),
  uiDropHintMany: s("hoặc kéo thả một hay nhiều tệp .xlsx vào đây (nhiều tệp: bảng tổng hợp các trường)", "or drop one or more .xlsx files here (several: a summary of the schools)"),
  uiSummaryHeading: f(
    (n: number) => `Tổng hợp ${n} tệp`,
    (n: number) => `Summary of ${n} ${n === 1 ? "file" : "files"}`,
  ),
  uiSummaryHelp: s("Bấm vào tên trường để mở kế hoạch của trường đó.", "Click a school to open its plan."),
  uiSummaryDownload: s("Tải bảng tổng hợp", "Download the summary"),
  uiSummaryBack: s("Về bảng tổng hợp", "Back to the summary"),
  uiSummaryClose: s("Đóng bảng tổng hợp", "Close the summary"),
  uiSummaryStopped: f(
    (done: number, count: number) => `Đã dừng sau ${done}/${count} tệp: bảng chỉ gồm các tệp đã đọc xong.`,
    (done: number, count: number) => `Stopped after ${done} of ${count} files: the table holds only the files read.`,
  ),
  uiSummaryLine: f(
    (rows: number, errors: number, warnings: number, uncounted: number) =>
      `${rows} dòng · ${errors} lỗi · ${warnings} cảnh báo${uncounted ? ` · ${uncounted} chưa tính` : ""}`,
    (rows: number, errors: number, warnings: number, uncounted: number) =>
      `${rows} rows · ${errors} errors · ${warnings} warnings${uncounted ? ` · ${uncounted} not counted` : ""}`,
  ),
  uiSummaryTotals: s("Cộng các trường", "All schools"),
  uiReadAgain: s("Đọc lại sổ tính", "Read the workbook again"),
  uiInsertHint2026: s(
    "Kế hoạch theo mẫu 2026: chọn một ô trong dòng của bảng IV hoặc bảng V rồi bấm Chèn. Lời của trường trong ô được giữ, mã tiêu chí được thêm vào trước.",
    "A 2026-form plan: select a cell in a row of table IV or V, then Insert. The school's own words in the cell are kept; the criterion code is put in front.",
  ),
  uiRevModeTab: s("Rà soát", "Review"),
  uiRevModeHeading: s("Rà soát thực hiện kế hoạch", "Reviewing the plan"),
  uiRevModeHelp: s(
    "Chọn mức độ thực hiện của từng nội dung (bảng V) và ghi kết quả theo dõi của kỳ (bảng VI). Bấm \"Xem thay đổi\" để xem từng ô trước khi ghi.",
    "Set how far each item got (table V) and fill the monitoring row of the period (table VI). \"Review changes\" lists every cell before anything is written.",
  ),
  uiRevModeOnly2026: s(
    "Chế độ rà soát dùng cho kế hoạch theo mẫu 2026 (Biểu 2, Thông tư 57/2026), có cột \"Mức độ thực hiện\" và bảng VI theo dõi, đánh giá.",
    "The review mode is for plans on the 2026 form (Biểu 2, Circular 57/2026), with a \"Mức độ thực hiện\" column and the monitoring table VI.",
  ),
  uiRevModeRowsHeading: s("Mức độ thực hiện (bảng V)", "Implementation status (table V)"),
  uiRevModeStatusLabel: f(
    (row: string) => `Mức độ thực hiện của dòng ${row}`,
    (row: string) => `Implementation status of row ${row}`,
  ),
  uiRevModeEmpty: s("(để trống)", "(empty)"),
  uiRevModeAsIs: f(
    (v: string) => `Giữ nguyên: ${v}`,
    (v: string) => `Keep: ${v}`,
  ),
  uiRevModeNoCell: s("Không có ô mức độ thực hiện", "No status cell"),
  uiRevModePeriodLabel: s("Thời điểm (bảng VI)", "Period (table VI)"),
  uiRevModePeriodHk1: s("Cuối học kỳ I", "End of semester I"),
  uiRevModePeriodYear: s("Cuối năm học", "End of the school year"),
  uiRevModeSubject: s("Nội dung theo dõi", "What was monitored"),
  uiRevModeResult: s("Kết quả thực hiện", "Result"),
  uiRevModeAdjustment: s("Điều chỉnh (nếu có)", "Adjustment (if any)"),
  uiRevModeReviewer: s("Người đánh giá", "Reviewer"),
  uiRevModeStatus: s("Mức độ thực hiện", "Status"),
  uiRevModeNoStatusColumn: s(
    "Bảng V không có cột \"Mức độ thực hiện\"; hãy thêm cột này vào bảng trong sổ tính rồi đọc lại.",
    "Table V has no \"Mức độ thực hiện\" column; add it to the table in the workbook, then read the plan again.",
  ),
  uiRevModeNoReviewTable: s(
    "Không tìm thấy bảng VI (Theo dõi và đánh giá thực hiện); hãy thêm bảng VI vào sổ tính rồi đọc lại.",
    "Table VI (monitoring and review) was not found; add it to the workbook, then read the plan again.",
  ),
  uiRevModeNoPeriodRow: f(
    (period: string) => `Bảng VI chưa có dòng "${period}"; hãy thêm dòng đó (cột Thời điểm ghi "${period}") trong sổ tính rồi đọc lại.`,
    (period: string) => `Table VI has no "${period}" row; add it (with "${period}" in the Thời điểm column) in the workbook, then read the plan again.`,
  ),
  uiRevModeShowChanges: s("Xem thay đổi", "Review changes"),
  uiRevModeChanges: f(
    (n: number) => `${n} ô sẽ được ghi:`,
    (n: number) => `${n} cells will be written:`,
  ),
  uiRevModeEmptyValue: s("(trống)", "(empty)"),
  uiRevModeUndoExcel: s(
    "Excel không hoàn tác (Ctrl+Z) được các ô do tiện ích ghi; hãy kiểm tra danh sách trước khi ghi.",
    "Excel cannot undo (Ctrl+Z) cells written by the add-in; check the list before writing.",
  ),
  uiRevModeUndoFile: s(
    "Các ô được ghi vào bảng đang mở trong trình duyệt; tệp trên máy không đổi. Bản tải về giữ các trang, công thức, định dạng, ô gộp và danh sách chọn, nhưng không giữ ghi chú (comment) và biểu đồ nếu tệp có.",
    "The cells are written into the workbook open in the browser; the file on your computer is unchanged. The download keeps the sheets, formulas, formatting, merged cells and dropdowns, but not comments or charts if the file has any.",
  ),
  uiRevModeConfirm: f(
    (n: number) => `Ghi ${n} thay đổi`,
    (n: number) => `Write ${n} changes`,
  ),
  uiRevModeNothing: s("Chưa có thay đổi nào để ghi.", "There is no change to write yet."),
  uiRevModeCannotWrite: s("Ở đây không ghi được trực tiếp vào ô của kế hoạch.", "Cells of the plan cannot be written here."),
  uiRevModeWritten: f(
    (n: number) => `Đã ghi ${n} ô vào sổ tính; kế hoạch đã được đọc lại.`,
    (n: number) => `${n} cells written to the workbook; the plan was read again.`,
  ),
  uiRevModeWrittenFile: f(
    (n: number) => `Đã ghi ${n} ô vào bảng đang mở; bấm "Tải về bảng đã cập nhật" để lưu tệp.`,
    (n: number) => `${n} cells written to the open workbook; use "Download the updated workbook" to save the file.`,
  ),
  uiRevModeDownload: s("Tải về bảng đã cập nhật", "Download the updated workbook"),
  uiFieldInfo2026: s("Thông tin chung", "General information"),
  uiFieldReporting2026: s("Cơ chế đánh giá và báo cáo", "Review and reporting"),
  uiSectionsDraft2026: s(
    "Văn bản gợi ý của phần mềm theo bố cục Biểu 2 (Thông tư 57/2026/TT-BGDĐT), không phải lời văn chính thức của Thông tư: hãy sửa cho phù hợp với nhà trường.",
    "The add-in's suggested wording, following the layout of Form 2 (Circular 57/2026), not the circular's official text: adapt it to the school.",
  ),
  uiNewPlanAction: s("Tạo kế hoạch mới", "New plan"),
  uiNewPlanHeading: s("Tạo kế hoạch mới (Biểu 2)", "New plan (Form 2)"),
  uiNewPlanHelp: s(
    "Bảng tính trống theo Biểu 2, Thông tư 57/2026: tiêu đề, bảng IV, V, VI, danh sách chọn tiêu chí và mức độ thực hiện trong ô.",
    "A blank workbook on Form 2, Circular 57/2026: letterhead, tables IV, V, VI, in-cell lists of criteria and statuses.",
  ),
  uiNewPlanLevel: s("Cấp học", "School level"),
  uiNewPlanChooseLevel: s("Chọn cấp học", "Choose the level"),
  uiNewPlanYear: s("Năm học", "School year"),
  uiNewPlanSchool: s("Tên trường", "School name"),
  uiNewPlanSchoolPlaceholder: s("TRƯỜNG TIỂU HỌC …", "TRƯỜNG TIỂU HỌC …"),
  uiNewPlanAgency: s("Cơ quan chủ quản", "Governing body"),
  uiNewPlanSubmit: s("Tạo", "Create"),
  uiNewPlanBusy: s("Đang tạo kế hoạch mới…", "Creating the new plan…"),
  uiNewPlanNeedsLevel: s("Hãy chọn cấp học: danh sách tiêu chí và quy định áp dụng theo cấp học.", "Choose the school level: the criteria and the regulation depend on it."),
  uiNewPlanLevelMismatch: f(
    (named: string) => `Tên trường ghi cấp ${named}, khác cấp học đã chọn. Hãy sửa tên trường hoặc cấp học cho khớp.`,
    (named: string) => `The school name says ${named}, not the level chosen. Make the name and the level agree.`,
  ),
  uiNewPlanYearBeforeForm: f(
    (from: string) => `Biểu 2 (Thông tư 57/2026) áp dụng từ năm học ${from}. Hãy chọn năm học ${from} hoặc muộn hơn.`,
    (from: string) => `Form 2 (Circular 57/2026) applies from school year ${from}. Choose ${from} or later.`,
  ),
  uiNewPlanUnsupported: s("Nơi đang mở không tạo được kế hoạch mới.", "A new plan cannot be created here."),
  uiNewPlanCreatedSheet: f(
    (sheet: string) => `Đã tạo kế hoạch mới trên trang tính "${sheet}". Điền bảng IV, V, VI; chọn tiêu chí và mức độ thực hiện từ danh sách trong ô.`,
    (sheet: string) => `New plan created on the sheet "${sheet}". Fill in tables IV, V, VI; pick criteria and statuses from the in-cell lists.`,
  ),
  uiNewPlanDownloaded: f(
    (file: string) => `Đã tải xuống "${file}". Mở tệp bằng Excel để điền, rồi mở lại tệp tại đây để kiểm tra.`,
    (file: string) => `"${file}" downloaded. Fill it in with Excel, then open it here to check it.`,
  ),
  uiConvertHelp2026: s(
    "Năm học này theo Biểu 2 (Thông tư 57/2026): ghi kế hoạch thành các bảng IV, V, VI của Biểu 2 trên trang mới \"Kế hoạch CTCL\", có danh sách chọn tiêu chí và mức độ thực hiện trong ô. Trang tính gốc giữ nguyên.",
    "This school year uses Form 2 (Circular 57/2026): writes the plan as Form 2's tables IV, V, VI on a new \"Kế hoạch CTCL\" sheet, with in-cell lists of criteria and statuses. The original sheet is left as it is.",
  ),
  uiDownloadTableHelp2026: s(
    "Năm học này theo Biểu 2 (Thông tư 57/2026): tải về tệp Excel gồm các bảng IV, V, VI của Biểu 2, có danh sách chọn tiêu chí và mức độ thực hiện trong ô. Tệp gốc giữ nguyên.",
    "This school year uses Form 2 (Circular 57/2026): downloads an Excel file with Form 2's tables IV, V, VI and in-cell lists of criteria and statuses. The original file is left as it is.",
  ),
  // next year ("Lập kế hoạch năm học mới") and the crosswalk in the criteria tab
  uiNyHeading: s("Kế hoạch năm học mới", "Next year's plan"),
  uiNyHelp: f(
    (year: string) =>
      `Lập bản nháp kế hoạch năm học ${year} theo Thông tư 57/2026 (Biểu 2) từ kế hoạch này: tiêu chí chuyển theo bảng ở mục Tiêu chí, thời gian dời sang năm mới, dòng đã hoàn thành không mang sang. Kế hoạch này không bị thay đổi.`,
    (year: string) =>
      `Drafts the ${year} plan on Thông tư 57/2026 (Form 2) from this plan: criteria carried by the table in the Criteria tab, timelines moved to the new year, done rows left out. This plan is not changed.`,
  ),
  uiNyButton: s("Lập kế hoạch năm học mới", "Draft next year's plan"),
  uiNyProgress: s("Đang lập bản nháp…", "Drafting…"),
  uiNyDone: f(
    (year: string, reg: string, where: string) => `Đã tạo bản nháp kế hoạch năm học ${year} theo ${reg}: ${where}`,
    (year: string, reg: string, where: string) => `Draft plan for ${year} on ${reg} created: ${where}`,
  ),
  uiNyLeftHead: s("Không mang sang (đã hoàn thành năm trước)", "Left out (done last year)"),
  uiNyChooseHead: s("Cần chọn tiêu chí (không có tiêu chí tương ứng)", "Criteria to choose (no matching one)"),
  uiNyNoHost: s(
    "Nơi đang dùng chưa tạo được bảng tính mới. Hãy dùng lệnh: ctcl next-year KẾ-HOẠCH.xlsx -o KẾ-HOẠCH-MỚI.xlsx",
    "This host cannot create a new workbook yet. Use: ctcl next-year PLAN.xlsx -o NEW-PLAN.xlsx",
  ),
  uiCrosswalkHeading: f(
    (from: string, to: string) => `Chuyển tiêu chí sang năm học mới: ${from} → ${to}`,
    (from: string, to: string) => `Criteria for next year: ${from} → ${to}`,
  ),
  uiCrosswalkHelp: s(
    "Tiêu chí cũ → tiêu chí mới, với lý do. Bảng do phần mềm lập bằng cách so nội dung các tiêu chí, Bộ chưa công bố bảng chuyển đổi: hãy kiểm tra lại.",
    "Old criterion → new criterion, with the reason. Made by comparing the criteria's content; the Ministry has published no correspondence table: check it.",
  ),
  uiCrosswalkToChoose: s("cần chọn", "to choose"),
  uiCrosswalkAlso: f(
    (list: string) => `Cũng có thể: ${list}`,
    (list: string) => `Could also be: ${list}`,
  ),
  uiCrosswalkRemoved: s("đã bỏ từ 2025-2026", "removed from 2025-2026"),
  uiCrosswalkLevel4: f(
    (reason: string) => `Mức 4: ${reason}`,
    (reason: string) => `Level 4: ${reason}`,
  ),
  uiProgressHeading: s("Mức độ thực hiện kế hoạch", "Implementation status"),
  uiProgressDone: s("Hoàn thành", "Done"),
  uiProgressInProgress: s("Đang thực hiện", "In progress"),
  uiProgressNotDone: s("Chưa hoàn thành", "Not done"),
  uiProgressUnset: s("Chưa đánh giá", "Not assessed"),
  uiProgressStandard: f(
    (n: string) => (n ? `Tiêu chuẩn ${n}` : "Chưa xác định tiêu chuẩn"),
    (n: string) => (n ? `Standard ${n}` : "Standard not known"),
  ),
  uiProgressBar: f(
    (label: string, done: number, inProgress: number, notDone: number, unset: number) =>
      `${label}: ${done} hoàn thành, ${inProgress} đang thực hiện, ${notDone} chưa hoàn thành, ${unset} chưa đánh giá`,
    (label: string, done: number, inProgress: number, notDone: number, unset: number) =>
      `${label}: ${done} done, ${inProgress} in progress, ${notDone} not done, ${unset} not assessed`,
  ),
  uiReviewHeading: s("Báo cáo sơ kết / tổng kết", "Semester / year-end review report"),
  uiReviewHelp: s(
    "Báo cáo kết quả thực hiện kế hoạch theo thể thức Nghị định 30: số nội dung theo mức độ thực hiện và theo tiêu chuẩn, kết quả theo dõi ở mục VI, các nội dung chưa hoàn thành và chuyển tiếp. Số và ngày của báo cáo để trống cho văn thư ghi khi ký.",
    "The report on the plan's implementation in the Decree 30 format: rows by status and by standard, the section VI review, the rows not done and what carries on. The report's number and date are left blank for the office to fill in at signing.",
  ),
  uiReviewPeriod: s("Kỳ báo cáo", "Report period"),
  uiReviewPeriodHk1: s("Sơ kết học kỳ I", "End of semester I"),
  uiReviewPeriodYear: s("Tổng kết năm học", "End of the school year"),
  uiReviewMake: s("Tải báo cáo (Word)", "Download the report (Word)"),
  uiReviewNeeds2026: s(
    "Báo cáo cần cột \"Mức độ thực hiện\" của mẫu kế hoạch năm 2026; kế hoạch này theo mẫu năm 2018.",
    "The report needs the \"Mức độ thực hiện\" (status) column of the 2026 plan form; this plan is on the 2018 form.",
  ),
  uiReviewFailed: f(
    (detail: string) => `Không tạo được báo cáo: ${detail}`,
    (detail: string) => `Could not make the report: ${detail}`,
  ),
  // --- ui (end) ---
} as const;

export type StringKey = keyof typeof STRINGS;

/** Text of a table entry in the given language (Vietnamese by default). */
export function t<K extends StringKey>(
  key: K,
  ...args: [...Parameters<(typeof STRINGS)[K]["vi"]>, Lang?] | Parameters<(typeof STRINGS)[K]["vi"]>
): string {
  const entry = STRINGS[key] as unknown as Entry<unknown[]>;
  const n = entry.vi.length;
  const lang = (args.length > n ? args[n] : "vi") as Lang;
  return entry[lang](...(args.slice(0, n) as unknown[]));
}

export { s as plainEntry, f as formatEntry };
