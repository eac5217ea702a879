/**
 * The one strings table: every user-facing text, Vietnamese first with English
 * beside it. Code picks the language with `t(key, lang)`; messages that take
 * values are functions. Each part of the project keeps its own section; add
 * entries inside your section only (between its markers).
 */
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
  // --- read / cli (end) ---
  // --- validation (start) ---
  // --- validation (end) ---
  // --- word (start) ---
  // --- word (end) ---
  // --- ui (start) ---
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
