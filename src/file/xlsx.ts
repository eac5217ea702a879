/**
 * exceljs adapter: .xlsx bytes -> WorkbookSnapshot (the same Grid shape the
 * Office.js adapter produces). Runs in Node (CLI) and in the browser (file host).
 */
import ExcelJS from "exceljs";
import { errorDetail } from "../core/errors";
import { isCompoundFile, readZipEntry, readZipFiltered, storedZip, zipEntries, ZipError, type ZipEntry } from "../core/zip";
import { XLSX_LIMITS, WorkbookReadError } from "./read-error";
import { cellAddress, parseAddress, type CellValue, type Grid, type MergeArea, type WorkbookSnapshot } from "../core/grid";

export { XLSX_LIMITS, xlsxLimitText, WorkbookReadError, type WorkbookReadErrorCode } from "./read-error";

/** One number per cell (Excel's 16,384 columns stay below 65,536). */
const cellKey = (row: number, col: number): number => row * 65_536 + col;

type MergeModel = { mergeCells?: string[] };
interface WorksheetInternals {
  _merges: Record<string, unknown>;
  mergeCellsWithoutStyle(ref: string): void;
}
type WorksheetProto = {
  _parseMergeCells?: (this: WorksheetInternals, model: MergeModel) => void;
  __ctclMergeGuard?: boolean;
  __ctclOriginalParseMergeCells?: (this: WorksheetInternals, model: MergeModel) => void;
};

/** Merged cells already taken by each workbook being loaded (XLSX_LIMITS.maxMergeCellsTotal). */
const mergeBudget = new WeakMap<object, number>();

/** Merged cells of one sheet above which the fast path is not taken (memory of its overlap check). */
const FAST_MERGE_CELLS = 2_000_000;

/**
 * exceljs's merge parser, called while loading, has two costs a district
 * workbook pays: it creates a cell object for every cell of a merge (a merge
 * over A1:XFD1048576 takes all memory), and it checks each merge against every
 * merge before it (quadratic: a 5,000-row plan with a thousand merged
 * criterion cells spent about 0.3 s there). The wrapper skips merges above
 * maxMergeCells and those past the workbook's budget of maxMergeCellsTotal
 * (a hundred merges just under the per-merge limit would otherwise cost
 * gigabytes), checks overlaps with one set of cells instead, and still
 * refuses overlapping merges (Excel calls such a file damaged) with exceljs's
 * own error. It reaches the class through a worksheet instance, so it works
 * in the Node and the browser builds; it uses exceljs 4.x's private
 * `_parseMergeCells` and `_merges`, and leaves exceljs alone if they are not
 * there. The original stays reachable (for the benchmark's bare load).
 */
function guardHugeMerges(): void {
  const proto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet("x")) as WorksheetProto;
  const original = proto._parseMergeCells;
  if (proto.__ctclMergeGuard || typeof original !== "function") return;
  proto._parseMergeCells = function (this: WorksheetInternals, model: MergeModel) {
    const kept: { ref: string; area: MergeArea }[] = [];
    let cells = 0;
    // The budget is the workbook's: every sheet's merges draw on it.
    const book = (this as unknown as { _workbook?: object })._workbook ?? this;
    let spent = mergeBudget.get(book) ?? 0;
    for (const ref of model.mergeCells ?? []) {
      const area = parseRange(String(ref));
      if (!area) continue;
      const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (size > XLSX_LIMITS.maxMergeCells || spent + size > XLSX_LIMITS.maxMergeCellsTotal) continue;
      kept.push({ ref: String(ref), area });
      cells += size;
      spent += size;
    }
    mergeBudget.set(book, spent);
    if (cells > FAST_MERGE_CELLS || typeof this._merges !== "object" || this._merges === null) {
      return original.call(this, { ...model, mergeCells: kept.map((k) => k.ref) });
    }
    const taken = new Set<number>();
    for (const { area } of kept) {
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) {
          const key = cellKey(r, c);
          if (taken.has(key)) throw new Error("Cannot merge already merged cells");
          taken.add(key);
        }
    }
    // No two merges overlap: merge each against an empty list, then put all back.
    const before = this._merges;
    const all: Record<string, unknown> = { ...before };
    try {
      for (const { ref } of kept) {
        this._merges = {};
        this.mergeCellsWithoutStyle(ref);
        Object.assign(all, this._merges);
      }
    } finally {
      this._merges = all;
    }
  };
  proto.__ctclOriginalParseMergeCells = original;
  proto.__ctclMergeGuard = true;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The parts of the workbook exceljs reads for a snapshot: the workbook, its
 * relationships, shared strings, styles (number formats), the sheets with
 * their relationships, and what those relationships point at (comments,
 * drawings, tables: exceljs needs them to resolve a sheet). Pictures
 * (xl/media) keep their names with no content; everything else (themes,
 * customXml, printer settings, macros, pivot caches, unknown parts) is
 * dropped unread.
 */
const READ_PARTS = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/tables\/table\d+\.xml$/,
  /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
  /^xl\/drawings\/_rels\/[a-zA-Z0-9]+\.xml\.rels$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
];

/** Other formats in a zip, told by a part only they have. */
function otherFormat(entries: ZipEntry[], bytes: Uint8Array): string | null {
  const names = new Set(entries.map((e) => e.name));
  if (names.has("word/document.xml")) return "docx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  const mimetype = entries.find((e) => e.name === "mimetype");
  if (mimetype) {
    let type = "";
    try {
      type = new TextDecoder().decode(readZipEntry(bytes, mimetype, 200));
    } catch {
      type = "";
    }
    if (type.includes("opendocument.spreadsheet")) return "ods";
    if (type.includes("opendocument.text")) return "odt";
  }
  return null;
}

/** The parts exceljs needs, inflated within XLSX_LIMITS; throws WorkbookReadError. */
function neededParts(bytes: Uint8Array): Map<string, Uint8Array> {
  try {
    const entries = zipEntries(bytes);
    if (!entries.some((e) => e.name === "xl/workbook.xml")) {
      const format = otherFormat(entries, bytes);
      if (format) throw new WorkbookReadError("other-format", `a ${format} file`, { format });
      throw new WorkbookReadError("not-xlsx", "no xl/workbook.xml");
    }
    return readZipFiltered(bytes, {
      keep: (name) => (READ_PARTS.some((re) => re.test(name)) ? "read" : /^xl\/media\/[^/]+$/.test(name) ? "empty" : "drop"),
      maxEntryBytes: XLSX_LIMITS.maxPartBytes,
      maxTotalBytes: XLSX_LIMITS.maxUnpackedBytes,
    });
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    if (e instanceof ZipError) {
      if (e.problem === "too-large") throw new WorkbookReadError("part-too-large", e.message, { part: e.entry ?? "?" });
      if (e.problem === "encrypted") throw new WorkbookReadError("protected", e.message);
    }
    throw new WorkbookReadError("not-xlsx", errorDetail(e));
  }
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function dateText(d: Date): string {
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** exceljs cell value -> plain value, display text and formula. */
export function convertCellValue(v: ExcelJS.CellValue): { value: CellValue; text: string; formula: string | null } {
  if (v === null || v === undefined) return { value: null, text: "", formula: null };
  if (typeof v === "string") {
    const s = v.normalize("NFC");
    return { value: s, text: s, formula: null };
  }
  if (typeof v === "number") return { value: v, text: String(v), formula: null };
  if (typeof v === "boolean") return { value: v, text: v ? "TRUE" : "FALSE", formula: null };
  if (v instanceof Date) {
    const s = dateText(v);
    return { value: s, text: s, formula: null };
  }
  const o = v as unknown as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) {
    const formula = String(o.formula ?? o.sharedFormula ?? "");
    const inner = convertCellValue((o.result ?? null) as ExcelJS.CellValue);
    return { value: inner.value, text: inner.text, formula };
  }
  if (Array.isArray(o.richText)) {
    const s = (o.richText as { text?: string }[])
      .map((r) => r.text ?? "")
      .join("")
      .normalize("NFC");
    return { value: s, text: s, formula: null };
  }
  if ("error" in o) {
    const s = String(o.error);
    return { value: s, text: s, formula: null };
  }
  if ("text" in o) {
    const t = o.text;
    const s = (typeof t === "string" ? t : Array.isArray((t as { richText?: unknown }).richText) ? convertCellValue(t as ExcelJS.CellValue).text : String(t ?? "")).normalize("NFC");
    return { value: s, text: s, formula: null };
  }
  return { value: null, text: "", formula: null };
}

function parseRange(ref: string): MergeArea | null {
  const [from, to, ...rest] = ref.split(":");
  const a = parseAddress(from);
  const b = to === undefined ? a : parseAddress(to);
  if (!a || !b || rest.length > 0) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** One worksheet -> Grid. Slave cells of merged areas are left empty. */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const merges: MergeArea[] = [];
  // exceljs keeps merges in a private map (4.x); its public `model` getter
  // would serialise every row to get them.
  const internal = (ws as unknown as { _merges?: Record<string, { range?: unknown }> })._merges;
  const mergeRefs: string[] =
    internal && typeof internal === "object"
      ? Object.values(internal).map((m) => String(m?.range ?? ""))
      : ((ws.model as unknown as { merges?: string[] }).merges ?? []);
  for (const ref of mergeRefs) {
    const m = parseRange(ref);
    if (m && (m.bottom - m.top + 1) * (m.right - m.left + 1) <= XLSX_LIMITS.maxMergeCells) merges.push(m);
  }
  const slaves = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) slaves.add(cellKey(r, c));
  }
  // Collect the non-empty cells first: a sheet formatted down to row 1,048,576
  // must not be mistaken for a large one.
  const found: { r: number; c: number; value: CellValue; text: string; fmt: string; formula: string | null }[] = [];
  let height = 0;
  let width = 0;
  let far: { r: number; c: number } | null = null;
  const tooFar = (r: number, c: number): WorkbookReadError =>
    new WorkbookReadError("cell-too-far", `sheet "${ws.name}" has data in ${cellAddress(r - 1, c - 1)}`, { sheet: ws.name.normalize("NFC"), cell: cellAddress(r - 1, c - 1) });
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (slaves.has(cellKey(r - 1, c - 1))) return;
      const conv = convertCellValue(cell.value);
      if ((conv.value === null || conv.value === "") && conv.formula === null) return;
      if (c > XLSX_LIMITS.maxColumns || r > XLSX_LIMITS.maxRows) throw tooFar(r, c);
      found.push({ r: r - 1, c: c - 1, value: conv.value, text: conv.text, fmt: cell.numFmt || "General", formula: conv.formula });
      if (r > height) height = r;
      if (c > width) width = c;
      if (!far || r * c > far.r * far.c) far = { r, c };
    });
  });
  if (height * width > XLSX_LIMITS.maxCells) {
    const at = far as { r: number; c: number } | null;
    throw at ? tooFar(at.r, at.c) : new WorkbookReadError("too-large", `sheet "${ws.name}" spans ${height} rows by ${width} columns`);
  }
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    text.push(new Array<string>(width).fill(""));
    numberFormats.push(new Array<string>(width).fill("General"));
    formulas.push(new Array<string | null>(width).fill(null));
  }
  for (const f of found) {
    values[f.r][f.c] = f.value;
    text[f.r][f.c] = f.text;
    numberFormats[f.r][f.c] = f.fmt;
    formulas[f.r][f.c] = f.formula;
  }
  return { sheetName: ws.name.normalize("NFC"), originRow: 0, originCol: 0, values, text, numberFormats, formulas, merges };
}

/**
 * Reads .xlsx bytes. Throws WorkbookReadError: "not-xlsx" for anything that is
 * not a readable .xlsx (CSV renamed, truncated zip, .xls, random bytes),
 * "too-large" above XLSX_LIMITS, "empty" when every sheet is empty.
 */
export async function snapshotFromXlsx(input: Uint8Array | ArrayBuffer): Promise<WorkbookSnapshot> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length > XLSX_LIMITS.maxBytes) throw new WorkbookReadError("too-large", `${bytes.length} bytes`);
  if (isCompoundFile(bytes)) throw new WorkbookReadError("protected", "an OLE compound file: encrypted, or an old .xls");
  if (!isZip(bytes)) throw new WorkbookReadError("not-xlsx", "not a zip container");
  const parts = neededParts(bytes);
  guardHugeMerges();
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs accepts a Buffer in Node and an ArrayBuffer in the browser.
    const zipped = storedZip(parts);
    parts.clear();
    const data: ArrayBuffer = zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer;
    await wb.xlsx.load(data);
  } catch (e) {
    throw new WorkbookReadError("not-xlsx", errorDetail(e));
  }
  const sheets: Grid[] = [];
  let cells = 0;
  for (const ws of wb.worksheets) {
    const g = gridFromWorksheet(ws);
    cells += g.values.length * (g.values[0]?.length ?? 0);
    if (cells > XLSX_LIMITS.maxCells) throw new WorkbookReadError("too-large", `more than ${XLSX_LIMITS.maxCells} cells`);
    sheets.push(g);
  }
  if (sheets.length === 0 || sheets.every((s) => s.values.length === 0)) {
    throw new WorkbookReadError("empty", "every sheet is empty");
  }
  return { sheets };
}
