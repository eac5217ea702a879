/**
 * Live sheet -> Grid, the same shape src/file produces from .xlsx bytes:
 * origin at A1, rows and columns up to the last value, slave cells of merged
 * areas empty, text derived from the value (String(number), "TRUE"/"FALSE",
 * dates as dd/mm/yyyy like the file host), NFC strings, "General" for empty
 * cells, formulas without "=".
 *
 * Round trips: [list the sheets, when reading every sheet] + probe (used
 * range, merged areas, formula cells of every sheet: one sync) + data (values
 * and number formats of every sheet as row blocks, formulas of the formula
 * areas only: one sync for up to SNAPSHOT_LIMITS.cellsPerSync cells, so a
 * plan of 30 or 5,000 rows takes the same 2 or 3 syncs). Display text is not
 * loaded (it would double the payload); Excel on the web caps a response at
 * 5 MB, and a response over it is retried in smaller row blocks.
 */
import type { CellValue, Grid, MergeArea, WorkbookSnapshot } from "../core/grid";
import { CATALOGUE_SHEET_NAME } from "../core/plan-table";
import { t, type Lang } from "../core/strings";
import { parseAreas, type Box } from "./address";
import { HostError, isPayloadTooLarge } from "./result";
import { errorCode } from "../core/errors";
import { formatAmount } from "../core/words";

export const SNAPSHOT_LIMITS = {
  maxRows: 100_000,
  maxColumns: 2_000,
  /** Cells of all the sheets read at once. */
  maxCells: 6_000_000,
  /** Cells loaded per sync (values + number formats); larger reads take more syncs. */
  cellsPerSync: 1_000_000,
  /** Row blocks are cut at this many cells, so a payload error can split them. */
  cellsPerBlock: 250_000,
  /** Payload-limit retries (each halves the blocks). */
  maxSplits: 6,
};

interface Probe {
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas;
  formulas: Excel.RangeAreas;
}

interface Block {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** True for an Excel number format that shows a date or time. */
export function isDateFormat(fmt: string): boolean {
  if (!fmt || /^general$/i.test(fmt.trim())) return false;
  const f = fmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/general/gi, "");
  return /[dyhs]/i.test(f) || /^\s*\[?m+\]?\s*$/i.test(f);
}

/** Excel serial date -> "dd/mm/yyyy" (as the file host shows dates). */
export function serialToDateText(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** One Excel cell -> grid value and text (file-host conventions). */
export function convertExcelValue(v: unknown, fmt: string, hasFormula: boolean): { value: CellValue; text: string } {
  if (v === null || v === undefined) return { value: null, text: "" };
  if (typeof v === "string") {
    if (v === "" && !hasFormula) return { value: null, text: "" };
    const s = v.normalize("NFC");
    return { value: s, text: s };
  }
  if (typeof v === "number") {
    if (isDateFormat(fmt) && Number.isFinite(v) && v > 0) {
      const s = serialToDateText(v);
      return { value: s, text: s };
    }
    return { value: v, text: String(v) };
  }
  if (typeof v === "boolean") return { value: v, text: v ? "TRUE" : "FALSE" };
  const s = String(v).normalize("NFC");
  return { value: s, text: s };
}

function toMerge(b: Box): MergeArea | null {
  if (!Number.isFinite(b.bottom) || !Number.isFinite(b.right)) return null;
  return { top: b.top, left: b.left, bottom: b.bottom, right: b.right };
}

/** Cuts each sheet's used box into row blocks of at most `cellsPerBlock` cells. */
function rowBlocks(sheet: number, top: number, left: number, rows: number, cols: number, cellsPerBlock: number): Block[] {
  const step = Math.max(1, Math.floor(cellsPerBlock / Math.max(1, cols)));
  const out: Block[] = [];
  for (let r = 0; r < rows; r += step) out.push({ sheet, top: top + r, left, rows: Math.min(step, rows - r), cols });
  return out;
}

/** Groups blocks into syncs of at most `cellsPerSync` cells. */
function groupBlocks(blocks: Block[], cellsPerSync: number): Block[][] {
  const groups: Block[][] = [];
  let cur: Block[] = [];
  let n = 0;
  for (const b of blocks) {
    const c = b.rows * b.cols;
    if (cur.length && n + c > cellsPerSync) {
      groups.push(cur);
      cur = [];
      n = 0;
    }
    cur.push(b);
    n += c;
  }
  if (cur.length) groups.push(cur);
  return groups;
}

function splitBlock(b: Block): Block[] {
  if (b.rows < 2) return [b];
  const h = Math.ceil(b.rows / 2);
  return [
    { ...b, rows: h },
    { ...b, top: b.top + h, rows: b.rows - h },
  ];
}

interface SheetData {
  name: string;
  used: { top: number; left: number; rows: number; cols: number };
  merges: MergeArea[];
  formulaAreas: Box[];
  values: unknown[][];
  formats: string[][];
  formulas: Map<string, string>;
}

/**
 * Reads one sheet (by name) or every sheet (the add-in's hidden catalogue sheet
 * excluded) into a snapshot. Throws HostError with a sentence on a missing or
 * too large sheet; other Office errors propagate.
 */
/** Where a sheet's used range (values only) ends: rowIndex + rowCount, columnIndex + columnCount. */
export interface UsedExtent {
  bottom: number;
  right: number;
}

export async function readSnapshot(
  context: Excel.RequestContext,
  lang: Lang,
  sheetName?: string,
  /** Filled with each sheet's used extent, as probed (the caller may reuse it). */
  extents?: Map<string, UsedExtent>,
): Promise<WorkbookSnapshot> {
  let names: string[];
  if (sheetName === undefined) {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    // Every sheet in tab order, hidden ones too (as the file host reads them), but the add-in's catalogue.
    names = sheets.items.filter((w) => w.name !== CATALOGUE_SHEET_NAME).map((w) => w.name);
  } else {
    names = [sheetName];
  }

  // Probe: used ranges, merged areas and formula cells of every sheet, one sync.
  const probes: Probe[] = names.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const merged = used.getMergedAreasOrNullObject();
    merged.load("address");
    const formulas = used.getSpecialCellsOrNullObject("Formulas");
    formulas.load("address");
    return { name, ws, used, merged, formulas };
  });
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) === "ItemNotFound" && sheetName !== undefined) throw new HostError(t("officeSheetMissing", sheetName, lang));
    throw e;
  }

  const data: SheetData[] = [];
  let totalCells = 0;
  for (const p of probes) {
    const used = { top: p.used.rowIndex, left: p.used.columnIndex, rows: p.used.rowCount, cols: p.used.columnCount };
    extents?.set(p.name.normalize("NFC"), { bottom: used.top + used.rows, right: used.left + used.cols });
    if (used.top + used.rows > SNAPSHOT_LIMITS.maxRows || used.left + used.cols > SNAPSHOT_LIMITS.maxColumns) {
      throw new HostError(
        t("officeSheetTooLarge", p.name, `${formatAmount(SNAPSHOT_LIMITS.maxRows)} hàng × ${formatAmount(SNAPSHOT_LIMITS.maxColumns)} cột`, lang),
      );
    }
    totalCells += used.rows * used.cols;
    const within = (b: Box) => b.top < used.top + used.rows && b.left < used.left + used.cols && b.bottom >= used.top && b.right >= used.left;
    const merges = p.merged.isNullObject ? [] : parseAreas(p.merged.address).map(toMerge).filter((m): m is MergeArea => m !== null);
    const formulaAreas = p.formulas.isNullObject
      ? []
      : parseAreas(p.formulas.address)
          .filter(within)
          .map((b) => ({
            top: Math.max(b.top, used.top),
            left: Math.max(b.left, used.left),
            bottom: Math.min(b.bottom, used.top + used.rows - 1),
            right: Math.min(b.right, used.left + used.cols - 1),
          }));
    data.push({ name: p.name, used, merges, formulaAreas, values: [], formats: [], formulas: new Map() });
  }
  if (totalCells > SNAPSHOT_LIMITS.maxCells) {
    throw new HostError(t("officeSheetTooLarge", names.join(", "), `${formatAmount(SNAPSHOT_LIMITS.maxCells)} ô`, lang));
  }

  // Data: row blocks of values + number formats; formulas of the formula areas.
  let blocks: Block[] = data.flatMap((d, i) => rowBlocks(i, d.used.top, d.used.left, d.used.rows, d.used.cols, SNAPSHOT_LIMITS.cellsPerBlock));
  let cellsPerSync = SNAPSHOT_LIMITS.cellsPerSync;
  let formulasDone = false;
  for (let attempt = 0; ; attempt++) {
    const groups = groupBlocks(blocks, cellsPerSync);
    const done: Block[] = [];
    let failedCells = cellsPerSync;
    try {
      for (let g = 0; g < groups.length; g++) {
        failedCells = groups[g].reduce((n, b) => n + b.rows * b.cols, 0);
        const loaded = groups[g].map((b) => {
          const r = probes[b.sheet].ws.getRangeByIndexes(b.top, b.left, b.rows, b.cols);
          r.load("values,numberFormat");
          return { b, r };
        });
        const withFormulas = !formulasDone && g === 0;
        let formulaRanges: { sheet: number; box: Box; r: Excel.Range }[] = [];
        if (withFormulas) {
          formulaRanges = data.flatMap((d, i) =>
            d.formulaAreas.map((box) => {
              const r = probes[i].ws.getRangeByIndexes(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1);
              r.load("formulas");
              return { sheet: i, box, r };
            }),
          );
        }
        await context.sync();
        for (const { b, r } of loaded) {
          const d = data[b.sheet];
          for (let i = 0; i < b.rows; i++) {
            d.values[b.top - d.used.top + i] = r.values[i];
            d.formats[b.top - d.used.top + i] = r.numberFormat[i] as string[];
          }
          done.push(b);
        }
        if (withFormulas) {
          for (const f of formulaRanges) {
            const fs = f.r.formulas;
            for (let i = 0; i < fs.length; i++) {
              for (let j = 0; j < fs[i].length; j++) {
                const v = fs[i][j];
                if (typeof v === "string" && v.startsWith("=")) data[f.sheet].formulas.set(`${f.box.top + i},${f.box.left + j}`, v.slice(1).normalize("NFC"));
              }
            }
          }
          formulasDone = true;
        }
      }
      break;
    } catch (e) {
      if (!isPayloadTooLarge(e) || attempt >= SNAPSHOT_LIMITS.maxSplits) throw e;
      // Too large for one response (Excel on the web: 5 MB): halve what is left.
      const left = blocks.filter((b) => !done.includes(b));
      blocks = left.flatMap(splitBlock);
      cellsPerSync = Math.max(1, Math.floor(Math.min(cellsPerSync, failedCells) / 2));
    }
  }

  return { sheets: data.map(toGrid) };
}

function toGrid(d: SheetData): Grid {
  const height = d.used.top + d.used.rows;
  const width = d.used.left + d.used.cols;
  const slaves = new Set<string>();
  for (const m of d.merges) {
    for (let r = m.top; r <= Math.min(m.bottom, height - 1); r++)
      for (let c = m.left; c <= Math.min(m.right, width - 1); c++) if (r !== m.top || c !== m.left) slaves.add(`${r},${c}`);
  }
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  let lastRow = -1;
  let lastCol = -1;
  for (let r = 0; r < height; r++) {
    const vr = new Array<CellValue>(width).fill(null);
    const tr = new Array<string>(width).fill("");
    const nr = new Array<string>(width).fill("General");
    const fr = new Array<string | null>(width).fill(null);
    const src = r >= d.used.top ? d.values[r - d.used.top] : undefined;
    const fmt = r >= d.used.top ? d.formats[r - d.used.top] : undefined;
    if (src) {
      for (let j = 0; j < d.used.cols; j++) {
        const c = d.used.left + j;
        if (slaves.has(`${r},${c}`)) continue;
        const formula = d.formulas.get(`${r},${c}`) ?? null;
        const cv = convertExcelValue(src[j], String(fmt?.[j] ?? "General"), formula !== null);
        if (cv.value === null && formula === null) continue;
        vr[c] = cv.value;
        tr[c] = cv.text;
        nr[c] = String(fmt?.[j] ?? "General") || "General";
        fr[c] = formula;
        if (r > lastRow) lastRow = r;
        if (c > lastCol) lastCol = c;
      }
    }
    values.push(vr);
    text.push(tr);
    numberFormats.push(nr);
    formulas.push(fr);
  }
  // Trim to the last value, as the file host does (an empty sheet is 0 × 0).
  const h = lastRow + 1;
  const w = lastCol + 1;
  const cut = <T,>(rows: T[][]) => rows.slice(0, h).map((row) => row.slice(0, w));
  return {
    sheetName: d.name.normalize("NFC"),
    originRow: 0,
    originCol: 0,
    values: cut(values),
    text: cut(text),
    numberFormats: cut(numberFormats),
    formulas: cut(formulas),
    merges: d.merges,
  };
}
