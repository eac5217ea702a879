/**
 * Workbook generators shared by the benchmark (scripts/bench.js compiles this
 * file on the fly) and the robustness tests. Not a test file itself.
 *
 * - planWorkbook(): a realistic 2018-form plan laid out like the project's
 *   sample (scripts/make-fixtures.js): letterhead in rows 1-7, the header in
 *   row 9, level bands and standard rows merged across, criteria with sub-rows
 *   (criterion cell merged down), budgets as numbers and as text, a "Tổng cộng"
 *   row with a SUM formula and its cached result, the signer block. At district
 *   scale it reads like the plans of many schools pasted one after another.
 *   `rows` is the exact number of plan rows the reader should find.
 * - randomWorkbook(): cells of random types and lengths, odd merges, formulas
 *   with and without cached results, rich text, error values, dates, up to
 *   1,000 columns, empty sheets; optionally on top of a plan layout.
 * - mulberry32(): the seeded PRNG everything here draws from.
 */
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import catalogue from "../../src/core/catalogue/catalogue.json";

export type Rand = () => number;

/** Tiny seeded PRNG (mulberry32): same seed, same sequence, everywhere. */
export function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
export const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

export const HEADER_2018 = [
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

interface CatCriterion {
  code: string;
  name: string;
}
interface CatStandard {
  number: number;
  name: string;
  criteria: CatCriterion[];
}
const TT18 = (catalogue as unknown as { regulations: { id: string; standards: CatStandard[] }[] }).regulations.find(
  (r) => r.id === "TT18/2018",
)!.standards;

const RESULTS = [
  "Mức 3 – Chiến lược phát triển được rà soát, bổ sung và công khai trên cổng thông tin của trường.",
  "Tổ chuyên môn sinh hoạt theo nghiên cứu bài học mỗi tháng một lần.",
  "100% giáo viên đạt chuẩn trình độ đào tạo; 30% giáo viên dạy giỏi cấp huyện.",
  "Giáo viên sử dụng thành thạo học liệu số.",
  "Sửa chữa phòng họp hội đồng, thay hệ thống điện.",
  "Bổ sung thiết bị dạy học môn Khoa học tự nhiên theo danh mục tối thiểu.",
  "Mức 2 – Không để xảy ra tai nạn thương tích, bạo lực học đường.",
  "Ban đại diện cha mẹ học sinh hoạt động hiệu quả.",
  "Mức 3 – 100% học sinh có hoàn cảnh khó khăn được hỗ trợ học tập.",
];
const ACTIONS = [
  "- Tổ chức lấy ý kiến cán bộ, giáo viên, nhân viên và cha mẹ học sinh.\n- Trình Hội đồng trường thông qua, đăng tải công khai.",
  "Xây dựng lịch sinh hoạt chuyên môn; dự giờ, rút kinh nghiệm.",
  "Phối hợp công an xã tuyên truyền; kiểm tra định kỳ hệ thống phòng cháy chữa cháy.",
  "- Cử giáo viên học nâng chuẩn.\n- Tổ chức hội giảng cấp trường.",
  "Lập dự toán, tham mưu UBND xã hỗ trợ kinh phí.",
  "Rà soát thiết bị hiện có; mua sắm bổ sung theo danh mục.",
  "Phụ đạo học sinh yếu; bồi dưỡng học sinh giỏi; vận động mạnh thường quân trao học bổng.",
];
const OWNERS = [
  "Hiệu trưởng",
  "Hiệu trưởng, Hội đồng trường",
  "PHT, Tổ trưởng CM",
  "BGH, TPT Đội, Công an xã",
  "BGH, Tổ trưởng CM, GV",
  "Kế toán, nhân viên thiết bị",
  "BGH, GVCN, BĐD CMHS",
];
const TIMELINES = [
  "Từ tháng 9/2025 đến tháng 11/2025",
  "Năm học 2025-2026",
  "Thường xuyên",
  "Học kỳ I năm học 2025-2026",
  "Tháng 10/2025",
  "Quý II/2026",
  "Trong năm học 2025-2026",
];
const TEXT_BUDGETS = ["Không", "8.500.000 đồng", "15 triệu đồng", "Kinh phí chi thường xuyên", "120.000.000 đồng", "Theo khảo sát thực tế"];
const SUPPORT = ["", "", "Kinh phí chi thường xuyên", "Hỗ trợ từ Phòng GD&ĐT", "Xã hội hóa", "UBND xã hỗ trợ"];

const thin: Partial<ExcelJS.Border> = { style: "thin" };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export interface PlanWorkbookOptions {
  /** Exact number of plan rows (criterion rows + sub-rows). */
  rows: number;
  seed?: number;
  /** Borders and wrap on every table cell, like a real plan (default true). */
  styled?: boolean;
  /** Share of rows with a planted mistake (bad month, unknown criterion, empty owner). Default 0.03. */
  mistakes?: number;
  /** Text cells that look like formulas ("=SUM(A1:A3)", "+84 912", "-5", "@user"). */
  formulaLikeTexts?: readonly string[];
}

/** The sample's letterhead (rows 1-7), as scripts/make-fixtures.js writes it. */
function letterhead(ws: ExcelJS.Worksheet): void {
  const cells: [string, string, string][] = [
    ["A1", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HOA SEN", "A1:C1"],
    ["E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "E1:I1"],
    ["A2", "TRƯỜNG THCS XÃ HOA SEN", "A2:C2"],
    ["E2", "Độc lập - Tự do - Hạnh phúc", "E2:I2"],
    ["A3", "Số: 42/KH-THCSHS", "A3:C3"],
    ["E3", "Hoa Sen, ngày 05 tháng 9 năm 2025", "E3:I3"],
    ["A5", "KẾ HOẠCH", "A5:I5"],
    ["A6", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "A6:I6"],
    ["A7", "Năm học 2025 – 2026", "A7:I7"],
  ];
  for (const [a, v, m] of cells) {
    ws.getCell(a).value = v;
    ws.mergeCells(m);
  }
}

/**
 * A realistic plan workbook. Deterministic for a given seed: the benchmark
 * reads the same bytes in every run.
 */
export function planWorkbook(opts: PlanWorkbookOptions): ExcelJS.Workbook {
  const rand = mulberry32(opts.seed ?? 2025);
  const styled = opts.styled ?? true;
  const mistakes = opts.mistakes ?? 0.03;
  const wb = new ExcelJS.Workbook();
  wb.creator = "ctcl-bench";
  const ws = wb.addWorksheet("Kế hoạch CTCL 2025-2026");
  [5, 22, 30, 34, 18, 16, 14, 14, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  letterhead(ws);
  HEADER_2018.forEach((t, i) => {
    const c = ws.getCell(9, i + 1);
    c.value = t;
    if (styled) {
      c.font = { name: "Times New Roman", bold: true, size: 12 };
      c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
      c.border = BORDER;
    }
  });

  let r = 10;
  let planRows = 0;
  let sum = 0;
  let formulaLike = 0;
  const style = (row: number) => {
    if (!styled) return;
    for (let c = 1; c <= 9; c++) {
      const cell = ws.getCell(row, c);
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: "top" };
    }
  };
  const text = (xs: readonly string[], n: number) => {
    if (opts.formulaLikeTexts?.length && rand() < 0.3) return opts.formulaLikeTexts[formulaLike++ % opts.formulaLikeTexts.length];
    return `${pick(rand, xs)}${n % 7 === 0 ? "" : ` (${n})`}`;
  };
  const budget = (): string | number => {
    const x = rand();
    if (x < 0.45) {
      const n = int(rand, 1, 200) * 500_000;
      sum += n;
      return n;
    }
    return pick(rand, TEXT_BUDGETS);
  };

  // District scale: the catalogue again and again (one school after another),
  // band "MỨC 1, 2, 3" first, a short "MỨC 4" block at the end.
  let school = 0;
  const band = (label: string) => {
    ws.getCell(r, 1).value = label;
    ws.mergeCells(r, 1, r, 9);
    style(r);
    r++;
  };
  band("MỨC 1, 2, 3");
  const level4 = Math.max(1, Math.floor(opts.rows / 50));
  const writeCriterion = (std: CatStandard, crit: CatCriterion, tt: number, count: number) => {
    const first = r;
    for (let k = 0; k < count; k++) {
      const n = planRows + 1;
      const bad = rand() < mistakes ? int(rand, 0, 2) : -1;
      if (k === 0) {
        ws.getCell(r, 1).value = tt;
        ws.getCell(r, 2).value = bad === 0 ? `Tiêu chí ${std.number}.${std.criteria.length + 5}: Không có trong danh mục` : `Tiêu chí ${crit.code}: ${crit.name}`;
      }
      ws.getCell(r, 3).value = text(RESULTS, n + school);
      ws.getCell(r, 4).value = text(ACTIONS, n);
      if (bad !== 2) ws.getCell(r, 5).value = pick(rand, OWNERS);
      ws.getCell(r, 6).value = bad === 1 ? "Tháng 13/2025" : pick(rand, TIMELINES);
      const b = budget();
      ws.getCell(r, 7).value = b;
      if (typeof b === "number") ws.getCell(r, 7).numFmt = "#,##0";
      const s = pick(rand, SUPPORT);
      if (s) ws.getCell(r, 8).value = s;
      style(r);
      r++;
      planRows++;
    }
    if (count > 1) ws.mergeCells(first, 2, r - 1, 2);
  };
  const target1to3 = opts.rows - level4;
  outer: while (planRows < target1to3) {
    school++;
    for (const std of TT18) {
      if (planRows >= target1to3) break outer;
      ws.getCell(r, 1).value = std.number;
      ws.getCell(r, 2).value = `Tiêu chuẩn ${std.number}: ${std.name}`;
      ws.mergeCells(r, 2, r, 9);
      style(r);
      r++;
      let tt = 1;
      for (const crit of std.criteria) {
        if (planRows >= target1to3) break outer;
        if (rand() < 0.35) continue; // a school improves some criteria only
        writeCriterion(std, crit, tt++, Math.min(int(rand, 1, 3), target1to3 - planRows));
      }
    }
  }
  band("MỨC 4");
  const std1 = TT18[0];
  ws.getCell(r, 1).value = 1;
  ws.getCell(r, 2).value = `Tiêu chuẩn 1: ${std1.name}`;
  ws.mergeCells(r, 2, r, 9);
  style(r);
  r++;
  let tt = 1;
  while (planRows < opts.rows) {
    const crit = std1.criteria[(tt - 1) % std1.criteria.length];
    writeCriterion(std1, crit, tt++, Math.min(int(rand, 1, 2), opts.rows - planRows));
  }

  ws.getCell(r, 2).value = "Tổng cộng";
  ws.getCell(r, 7).value = { formula: `SUM(G10:G${r - 1})`, result: sum } as ExcelJS.CellFormulaValue;
  ws.getCell(r, 7).numFmt = "#,##0";
  style(r);
  const s = r + 2;
  ws.getCell(s, 2).value = "Nơi nhận:";
  ws.getCell(s + 1, 2).value = "- Phòng GD&ĐT (b/c);";
  ws.getCell(s + 2, 2).value = "- Hội đồng TĐG (để th/h);";
  ws.getCell(s + 3, 2).value = "- Lưu: VT.";
  ws.getCell(s, 7).value = "HIỆU TRƯỞNG";
  ws.getCell(s + 5, 7).value = "Trần Văn Minh";
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export async function planWorkbookBytes(opts: PlanWorkbookOptions): Promise<Uint8Array> {
  return workbookBytes(planWorkbook(opts));
}

// ---------------------------------------------------------------------------
// Random content for the fuzz test.

const WORDS = [
  "Tiêu chí",
  "Tiêu chuẩn 1:",
  "MỨC 4",
  "Tổng cộng",
  "Nơi nhận:",
  "Hiệu trưởng",
  "Tháng 13/2025",
  "Năm học 2025-2026",
  "15 triệu đồng",
  "1,2 tỷ",
  "Không",
  "=SUM(A1:A3)",
  "+84 912",
  "-5",
  "@user",
  "#REF!",
  "\u0000",
  "\t",
  "\n",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀",
  "Tie\u0302\u0301u chi\u0301", // decomposed (NFD) Vietnamese
  "<w:t>&amp;</w:t>",
  "]]>",
  "1.1",
  "99.99",
  "Mức 2 – kết quả",
];

/** A string of random length (up to `max`) from Vietnamese words, symbols and odd characters. */
export function randomText(rand: Rand, max = 200): string {
  const len = int(rand, 0, max);
  let s = "";
  while (s.length < len) {
    const x = rand();
    if (x < 0.6) s += pick(rand, WORDS) + " ";
    else if (x < 0.8) s += String.fromCharCode(int(rand, 32, 0x24f));
    else if (x < 0.9) s += String.fromCharCode(int(rand, 0x1ea0, 0x1ef9)); // Vietnamese precomposed
    else s += String(int(rand, -1e6, 1e9));
  }
  return s.slice(0, len);
}

const ERRORS = ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];

/** One random exceljs cell value: every kind exceljs can write. */
export function randomCellValue(rand: Rand, longText = false): ExcelJS.CellValue {
  const x = rand();
  if (x < 0.25) return randomText(rand, longText && rand() < 0.2 ? 10_000 : 120);
  if (x < 0.4) {
    const k = rand();
    return k < 0.1 ? NaN : k < 0.2 ? -0 : k < 0.3 ? 1e308 : k < 0.4 ? -1e-300 : Math.round((rand() - 0.3) * 1e9);
  }
  if (x < 0.45) return rand() < 0.5;
  if (x < 0.5) return new Date(Date.UTC(int(rand, 1900, 2100), int(rand, 0, 11), int(rand, 1, 28)));
  if (x < 0.6) {
    const f = pick(rand, ["SUM(G10:G20)", "A1&B1", "1/0", "XLOOKUP(1,A:A,B:B)", "INDIRECT(\"Z\"&1)", "NOW()"]);
    const r = rand();
    // with a cached result of some type, or none at all
    const result = r < 0.3 ? undefined : r < 0.5 ? Math.round(rand() * 1e8) : r < 0.7 ? randomText(rand, 30) : r < 0.85 ? { error: pick(rand, ERRORS) } : rand() < 0.5;
    return (result === undefined ? { formula: f } : { formula: f, result }) as ExcelJS.CellFormulaValue;
  }
  if (x < 0.7) {
    return {
      richText: Array.from({ length: int(rand, 0, 4) }, () => ({
        text: randomText(rand, 40),
        font: rand() < 0.5 ? { bold: true } : { italic: true, color: { argb: "FFFF0000" } },
      })),
    } as ExcelJS.CellRichTextValue;
  }
  if (x < 0.78) return { error: pick(rand, ERRORS) } as ExcelJS.CellErrorValue;
  if (x < 0.83) return { text: randomText(rand, 30), hyperlink: "https://example.invalid/x" } as ExcelJS.CellHyperlinkValue;
  if (x < 0.88) return "";
  return null;
}

/** Merges in odd places: single cells, whole rows, tall strips, ones that touch or nest-looking. */
function randomMerges(rand: Rand, ws: ExcelJS.Worksheet, maxRow: number, maxCol: number): void {
  const n = int(rand, 0, 12);
  for (let i = 0; i < n; i++) {
    const top = int(rand, 1, maxRow);
    const left = int(rand, 1, maxCol);
    const k = rand();
    const bottom = k < 0.3 ? top : Math.min(top + int(rand, 0, 40), maxRow + 40);
    const right = k < 0.2 ? Math.max(left, maxCol) : Math.min(left + int(rand, 0, 10), maxCol + 5);
    try {
      // exceljs refuses merges that overlap an existing one; the reader must
      // still cope with what gets through (adjacent, touching, whole rows).
      if (k < 0.1) ws.mergeCells(top, 1, top, maxCol + int(rand, 0, 30)); // a whole-row merge
      else ws.mergeCells(top, left, bottom, right);
    } catch {
      /* overlapping merge refused by exceljs */
    }
  }
}

export type RandomKind = "random-sheet" | "plan-mutated" | "wide" | "empty-sheets" | "long-texts";

/**
 * A random workbook of one kind. "plan-mutated" starts from a small real plan
 * and overwrites random cells, adds merges and rows, so the reader finds a
 * plan more often than not and the later stages run on odd content.
 */
export function randomWorkbook(rand: Rand, kind: RandomKind): ExcelJS.Workbook {
  if (kind === "plan-mutated") {
    const wb = planWorkbook({ rows: int(rand, 1, 40), seed: int(rand, 1, 1e9), styled: rand() < 0.3, mistakes: rand() * 0.5 });
    const ws = wb.worksheets[0];
    const edits = int(rand, 1, 60);
    for (let i = 0; i < edits; i++) {
      const row = int(rand, 1, ws.rowCount + 5);
      const col = int(rand, 1, rand() < 0.9 ? 10 : 40);
      try {
        ws.getCell(row, col).value = randomCellValue(rand, true);
      } catch {
        /* a merged slave cell written through its master: fine either way */
      }
    }
    randomMerges(rand, ws, ws.rowCount + 5, 10);
    if (rand() < 0.2) wb.addWorksheet(`Trống ${int(rand, 1, 99)}`);
    if (rand() < 0.2) {
      // a second copy of the header further down, or a header-only sheet first
      const extra = wb.addWorksheet("Bản sao");
      extra.addRow(HEADER_2018);
      if (rand() < 0.5) extra.addRow([1, "Tiêu chí 9.9", randomCellValue(rand), null, "", randomCellValue(rand)]);
    }
    return wb;
  }
  const wb = new ExcelJS.Workbook();
  if (kind === "empty-sheets") {
    const n = int(rand, 0, 3);
    for (let i = 0; i < n; i++) wb.addWorksheet(`Sheet${i + 1}`);
    if (rand() < 0.5 && n > 0) wb.worksheets[0].getCell(int(rand, 1, 50), int(rand, 1, 20)).value = rand() < 0.5 ? "" : null;
    return wb;
  }
  const sheets = int(rand, 1, 3);
  for (let s = 0; s < sheets; s++) {
    const ws = wb.addWorksheet(`${randomText(rand, 20).replace(/[\\/?*[\]:]/g, "") || "S"}${s}`.slice(0, 31));
    const rows = kind === "wide" ? int(rand, 1, 4) : int(rand, 0, 60);
    const cols = kind === "wide" ? 1000 : int(rand, 1, 15);
    if (rand() < 0.4 && kind !== "wide") ws.addRow(HEADER_2018.map((h) => (rand() < 0.8 ? h : randomCellValue(rand))));
    for (let r = 0; r < rows; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = 0; c < cols; c++) row.push(kind === "wide" && rand() < 0.7 ? null : randomCellValue(rand, kind === "long-texts"));
      try {
        ws.addRow(row);
      } catch {
        /* exceljs may refuse a value; the row is skipped */
      }
    }
    randomMerges(rand, ws, rows + 2, Math.min(cols, 30));
  }
  return wb;
}

/** Bytes damaged in a few places: flipped bits, a truncation, a zeroed block. */
export function mutateBytes(rand: Rand, bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes);
  const k = rand();
  if (k < 0.35) {
    const flips = int(rand, 1, 8);
    for (let i = 0; i < flips; i++) out[int(rand, 0, out.length - 1)] ^= 1 << int(rand, 0, 7);
    return out;
  }
  if (k < 0.7) return out.slice(0, int(rand, 0, out.length - 1));
  if (k < 0.85) {
    const at = int(rand, 0, out.length - 1);
    out.fill(0, at, Math.min(out.length, at + int(rand, 1, 512)));
    return out;
  }
  // random bytes, sometimes behind a zip signature
  const junk = new Uint8Array(int(rand, 0, 4096));
  for (let i = 0; i < junk.length; i++) junk[i] = int(rand, 0, 255);
  if (rand() < 0.5 && junk.length >= 4) junk.set([0x50, 0x4b, 0x03, 0x04]);
  return junk;
}

/**
 * Rewrites the XML of the first worksheet inside .xlsx bytes: for inputs
 * exceljs would never write (a merge over a whole sheet, a dimension or cell
 * far away) but Excel or other tools can.
 */
export function patchSheetXml(bytes: Uint8Array, patch: (xml: string) => string): Uint8Array {
  const zip = new PizZip(bytes);
  const name = "xl/worksheets/sheet1.xml";
  zip.file(name, patch(zip.file(name)!.asText()));
  return zip.generate({ type: "uint8array", compression: "DEFLATE" }) as Uint8Array;
}

/** Adds merge areas (A1 refs) to the first sheet's XML. */
export function addMergesXml(bytes: Uint8Array, refs: string[]): Uint8Array {
  const cells = refs.map((r) => `<mergeCell ref="${r}"/>`).join("");
  return patchSheetXml(bytes, (xml) =>
    /<mergeCells count="\d+">/.test(xml)
      ? xml.replace(/<mergeCells count="(\d+)">/, (_m, n) => `<mergeCells count="${Number(n) + refs.length}">${cells}`)
      : xml.replace("</sheetData>", `</sheetData><mergeCells count="${refs.length}">${cells}</mergeCells>`),
  );
}

/**
 * Damage inside the sheet XML that still unzips: what other tools (or hand
 * edits) write and exceljs may or may not accept. Bounded in size.
 */
export function mutateSheetXml(rand: Rand, bytes: Uint8Array): Uint8Array {
  const col = () => String.fromCharCode(65 + int(rand, 0, 11));
  const edits: ((xml: string) => string)[] = [
    // overlapping merges (Excel calls the file damaged; exceljs refuses it)
    (x) => addMergesInline(x, [`B90:C92`, `C91:D93`]),
    // merges away from the table: reversed, single-cell, random small ones
    (x) => addMergesInline(x, [`C96:A94`, `A98:A98`]),
    (x) => addMergesInline(x, [`${col()}${int(rand, 100, 120)}:${col()}${int(rand, 121, 140)}`]),
    (x) => addMergesInline(x, [`A0:B2`, `ZZZZ1:A2`]),
    // shared-string index out of range, wrong types on plain cells
    (x) => x.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?) t="s"><v>\d+<\/v>/, '<c r="$1"$2 t="s"><v>999999</v>'),
    (x) => x.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?)><v>([^<]*)<\/v>/, '<c r="$1"$2 t="n"><v>không phải số</v>'),
    (x) => x.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?)><v>([^<]*)<\/v>/, '<c r="$1"$2 t="b"><v>2</v>'),
    (x) => x.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?)><v>([^<]*)<\/v>/, '<c r="$1"$2 t="e"><v>#REF!</v>'),
    (x) => x.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?)><v>([^<]*)<\/v>/, '<c r="$1"$2 t="d"><v>không phải ngày</v>'),
    // inline strings, formulas without values, rich inline text
    (x) => x.replace("</sheetData>", `<row r="61"><c r="B61" t="inlineStr"><is><t>Tiêu chí 1.1</t></is></c><c r="G61"><f>SUM(G1:G2)</f></c><c r="C61" t="inlineStr"><is><r><t>Mức 2</t></r><r><rPr><b/></rPr><t> – đậm</t></r></is></c></row></sheetData>`),
    // cells out of order, repeated, without r
    (x) => x.replace("</sheetData>", `<row r="70"><c r="D70" t="str"><v>b</v></c><c r="B70" t="str"><v>a</v></c><c r="B70" t="str"><v>again</v></c><c t="str"><v>no ref</v></c></row></sheetData>`),
    // rows out of order, a row number 0
    (x) => x.replace("</sheetData>", `<row r="80"><c r="A80" t="str"><v>x</v></c></row><row r="75"><c r="A75" t="str"><v>y</v></c></row></sheetData>`),
    // a dimension that lies
    (x) => x.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${pick(rand, ["B2", "XFD1048576", "A0", ""])}"/>`),
    // zero-width and byte-order-mark characters inside a value
    (x) => x.replace(/<v>([^<]{1,20})<\/v>/, "<v>\u200b\ufeff$1\u200b</v>"),
    // an invalid character entity (the XML is then not well-formed)
    (x) => x.replace(/<v>([^<]{1,20})<\/v>/, "<v>&#x1;$1</v>"),
  ];
  const n = int(rand, 1, 3);
  return patchSheetXml(bytes, (xml) => {
    let out = xml;
    for (let i = 0; i < n; i++) out = pick(rand, edits)(out);
    return out;
  });
}

function addMergesInline(xml: string, refs: string[]): string {
  const cells = refs.map((r) => `<mergeCell ref="${r}"/>`).join("");
  return /<mergeCells count="\d+">/.test(xml)
    ? xml.replace(/<mergeCells count="(\d+)">/, (_m, n) => `<mergeCells count="${Number(n) + refs.length}">${cells}`)
    : xml.replace("</sheetData>", `</sheetData><mergeCells count="${refs.length}">${cells}</mergeCells>`);
}
