/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * A small fake of the Excel JavaScript API, enough for src/office: a workbook
 * model (sheets, cells, merges, tables, data validation, fills) behind proxy
 * objects that behave like Office.js ones: operations are queued and run in
 * order at context.sync(); loaded properties can only be read after the sync
 * that loaded them; *OrNullObject lookups answer isNullObject; a failing
 * operation stops its batch (earlier operations stay applied).
 *
 * It counts context.sync() calls and logs every operation with its sheet, so
 * tests (and the benchmark script: `import { FakeExcel } from
 * "../test/office/fake-excel"`) can assert round trips and that a sheet was
 * never written. Optional: a payload cap (bytes per request/response, like
 * Excel on the web's 5 MB) and failure injection.
 */
import { cellAddress, columnLetter, parseAddress } from "../../src/core/grid";
import type { ExcelEnv } from "../../src/office/env";

export type FakeValue = string | number | boolean;

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCell {
  value: FakeValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  /** Format set by setCellProperties (font, alignment, borders, fill), as given. */
  props?: any;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** Header row and columns (0-based); data rows below; totals row after them when shown. */
  top: number;
  left: number;
  cols: number;
  dataRows: number;
  showTotals: boolean;
  style: string;
}

export interface FakeValidation {
  box: Box;
  rule: any;
  errorAlert: any;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: Box[] = [];
  validations: FakeValidation[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  visibility = "Visible";
  /** Page layout as set through worksheet.pageLayout (print area and title rows as given). */
  pageLayout: Record<string, unknown> = {};
  constructor(
    public id: string,
    public name: string,
  ) {}

  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  ensure(r: number, c: number): FakeCell {
    const k = `${r},${c}`;
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { value: "", formula: null, numberFormat: "General", fill: null };
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** Sets a value the way a user types it (tests' own setup: no Text-format rule). */
  set(address: string, value: FakeValue, numberFormat?: string): void {
    const at = parseAddress(address)!;
    const cell = this.ensure(at.row, at.col);
    if (typeof value === "string" && value.startsWith("=")) {
      cell.formula = value;
      cell.value = "";
    } else {
      cell.value = value;
      cell.formula = null;
    }
    if (numberFormat) cell.numberFormat = numberFormat;
  }

  /** A copy of every cell (to compare before/after). */
  dump(): Record<string, FakeCell> {
    const out: Record<string, FakeCell> = {};
    for (const [k, v] of this.cells) out[k] = { ...v };
    return out;
  }
}

export interface OpInfo {
  kind: string;
  sheet?: string;
  address?: string;
}

export class FakeExcelError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "OfficeExtension.Error";
  }
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

function sheetRef(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function boxAddress(sheet: string, b: Box): string {
  const a = cellAddress(b.top, b.left);
  const z = cellAddress(b.bottom, b.right);
  return `${sheetRef(sheet)}!${a === z ? a : `${a}:${z}`}`;
}

function parseBox(address: string): Box {
  const s = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = s.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b ?? a);
  if (!p || !q) throw new FakeExcelError("InvalidArgument", `bad address ${address}`);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function jsonSize(v: unknown): number {
  return JSON.stringify(v ?? null).length;
}

/** Value of a simple formula: SUBTOTAL(109,X:Y), SUM(X:Y), or a number. */
function evaluate(sheet: FakeSheet, formula: string): FakeValue {
  const m = /^=\s*(?:SUBTOTAL\(\s*109\s*,|SUM\()\s*([A-Z]+\d+:[A-Z]+\d+)\s*\)$/i.exec(formula);
  if (m) {
    const b = parseBox(m[1]);
    let s = 0;
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        const v = sheet.cell(r, c)?.value;
        if (typeof v === "number") s += v;
      }
    return s;
  }
  const n = Number(formula.slice(1));
  return Number.isFinite(n) ? n : "#NAME?";
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  /** Comments added with workbook.comments.add: the cell address as given and the text. */
  comments: { address: string; content: string }[] = [];
  tables: FakeTable[] = [];
  active: FakeSheet | null = null;
  selection: { sheet: FakeSheet; box: Box } | null = null;
  private nextId = 1;

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeExcelError("ItemAlreadyExists", name);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeExcelError("InvalidArgument", `bad sheet name ${name}`);
    const s = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(s);
    if (!this.active) this.active = s;
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  deleteSheet(s: FakeSheet): void {
    if (this.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
      throw new FakeExcelError("InvalidOperation", "cannot delete the last visible sheet");
    }
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheet !== s);
    if (this.active === s) this.active = this.sheets.find((x) => x.visibility === "Visible") ?? null;
    if (this.selection?.sheet === s) this.selection = null;
  }

  tableRange(t: FakeTable): Box {
    return { top: t.top, left: t.left, bottom: t.top + t.dataRows + (t.showTotals ? 1 : 0), right: t.left + t.cols - 1 };
  }
}

type Op = { info: OpInfo; run: () => void; bytes: number };

let proxyCounter = 0;

/** Base of every proxy: pinned target, loaded data. */
class Proxy0<T> {
  readonly _id = ++proxyCounter;
  _target: T | null | undefined = undefined;
  _data: Record<string, unknown> = {};
  constructor(
    public context: FakeContext,
    resolve: () => T | null,
    orNull: boolean,
    info: OpInfo,
  ) {
    context._queue({
      info: { ...info, kind: `get:${info.kind}` },
      bytes: 0,
      run: () => {
        const t = resolve();
        if (t === null && !orNull) throw new FakeExcelError("ItemNotFound", info.kind);
        this._target = t;
        this._stage("isNullObject", t === null);
      },
    });
  }
  get isNullObject(): boolean {
    return this._get("isNullObject") as boolean;
  }
  _stage(key: string, value: unknown): void {
    this.context._staged.push(() => (this._data[key] = value));
    this.context._responseBytes += jsonSize(value);
  }
  _get(key: string): unknown {
    if (!(key in this._data)) throw new Error(`PropertyNotLoaded: ${key} was not loaded and synced`);
    return this._data[key];
  }
  _t(): T {
    if (this._target === undefined) throw new Error("fake: proxy used before it was resolved");
    if (this._target === null) throw new FakeExcelError("ItemNotFound", "null object");
    return this._target;
  }
  _loadProps(props: string | string[] | undefined, read: (key: string) => unknown, info: OpInfo): void {
    const list = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.context._queue({
      info: { ...info, kind: `load:${info.kind}` },
      bytes: 0,
      run: () => {
        if (this._target === null) return;
        for (const p of list) this._stage(p, read(p));
      },
    });
  }
}

export class FakeRange extends Proxy0<{ sheet: FakeSheet; box: Box }> {
  constructor(context: FakeContext, resolve: () => { sheet: FakeSheet; box: Box } | null, orNull = false, label = "range") {
    super(context, resolve, orNull, { kind: label });
  }
  private info(kind: string): OpInfo {
    return { kind, sheet: this._target?.sheet.name, address: this._target ? boxAddress(this._target.sheet.name, this._target.box) : undefined };
  }
  private each(fn: (cell: FakeCell, r: number, c: number, i: number, j: number) => void, create = true): void {
    const { sheet, box } = this._t();
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) {
        const cell = create ? sheet.ensure(r, c) : sheet.cell(r, c);
        if (cell) fn(cell, r, c, r - box.top, c - box.left);
      }
  }
  private matrix(v: any, name: string): any[][] {
    const { box } = this._t();
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    if (!Array.isArray(v) || v.length !== rows || v.some((r: any) => !Array.isArray(r) || r.length !== cols)) {
      throw new FakeExcelError("InvalidArgument", `${name}: ${rows}x${cols} expected`);
    }
    return v;
  }
  private write(kind: string, v: any, apply: () => void): void {
    this.context._queue({
      info: { kind },
      bytes: jsonSize(v),
      run: () => {
        const info = this.info(kind);
        this.context.fake._check(info);
        this.context.fake.log.push(info);
        apply();
      },
    });
  }

  load(props?: string | string[]): this {
    this._loadProps(props, (p) => this.read(p), { kind: "range" });
    return this;
  }
  private read(p: string): unknown {
    const { sheet, box } = this._t();
    const grid = (f: (cell: FakeCell | undefined) => unknown) => {
      const out: unknown[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: unknown[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(f(sheet.cell(r, c)));
        out.push(row);
      }
      return out;
    };
    const valueOf = (cell: FakeCell | undefined): FakeValue => (cell ? (cell.formula ? evaluate(sheet, cell.formula) : cell.value) : "");
    switch (p) {
      case "values":
        return grid(valueOf);
      case "text":
        return grid((c) => String(valueOf(c)));
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      case "formulas":
        return grid((c) => (c?.formula ? c.formula : valueOf(c)));
      case "address":
        return boxAddress(sheet.name, box);
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
      default:
        throw new Error(`fake: range property ${p} not supported`);
    }
  }

  get values(): any[][] {
    return this._get("values") as any[][];
  }
  set values(v: any[][]) {
    this.write("range.values", v, () => {
      const m = this.matrix(v, "values");
      this.each((cell, _r, _c, i, j) => {
        const x = m[i][j];
        if (x === null || x === undefined) return; // null: leave the cell as it is
        // Excel reads "=", "+", "-" at the start of a value as a formula, unless the cell is Text ("@").
        if (typeof x === "string" && /^[=+\-@]/.test(x) && cell.numberFormat !== "@") {
          cell.formula = x.startsWith("=") ? x : `=${x}`;
          cell.value = "";
        } else if (typeof x === "string" && x.startsWith("'") && cell.numberFormat !== "@") {
          cell.value = x.slice(1);
          cell.formula = null;
        } else {
          cell.value = x;
          cell.formula = null;
        }
      });
    });
  }
  get text(): string[][] {
    return this._get("text") as string[][];
  }
  get numberFormat(): any[][] {
    return this._get("numberFormat") as any[][];
  }
  set numberFormat(v: any[][]) {
    this.write("range.numberFormat", v, () => {
      const m = this.matrix(v, "numberFormat");
      this.each((cell, _r, _c, i, j) => {
        if (m[i][j] !== null && m[i][j] !== undefined) cell.numberFormat = String(m[i][j]);
      });
    });
  }
  get formulas(): any[][] {
    return this._get("formulas") as any[][];
  }
  set formulas(v: any[][]) {
    this.write("range.formulas", v, () => {
      const m = this.matrix(v, "formulas");
      this.each((cell, _r, _c, i, j) => {
        const x = m[i][j];
        if (x === null || x === undefined) return;
        if (typeof x === "string" && x.startsWith("=")) {
          cell.formula = x;
          cell.value = "";
        } else {
          cell.value = x;
          cell.formula = null;
        }
      });
    });
  }
  get address(): string {
    return this._get("address") as string;
  }
  get rowIndex(): number {
    return this._get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this._get("columnIndex") as number;
  }
  get rowCount(): number {
    return this._get("rowCount") as number;
  }
  get columnCount(): number {
    return this._get("columnCount") as number;
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this._t().sheet, false, "range.worksheet");
  }

  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, box } = this._t();
      return { sheet, box: { top: box.top + row, left: box.left + col, bottom: box.top + row, right: box.left + col } };
    });
  }

  getLastRow(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, box } = this._t();
      return { sheet, box: { ...box, top: box.bottom } };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const { sheet, box } = this._t();
      const hits = sheet.merges.filter((m) => m.top <= box.bottom && m.bottom >= box.top && m.left <= box.right && m.right >= box.left);
      return hits.length ? { sheet, boxes: hits } : null;
    });
  }

  getSpecialCellsOrNullObject(type: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      if (type !== "Formulas") throw new Error(`fake: special cells ${type} not supported`);
      const { sheet, box } = this._t();
      const boxes: Box[] = [];
      for (const [k, cell] of sheet.cells) {
        if (!cell.formula) continue;
        const [r, c] = k.split(",").map(Number);
        if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) boxes.push({ top: r, left: c, bottom: r, right: c });
      }
      return boxes.length ? { sheet, boxes } : null;
    });
  }

  merge(_across?: boolean): void {
    this.write("range.merge", null, () => {
      const { sheet, box } = this._t();
      const overlaps = sheet.merges.some((m) => m.top <= box.bottom && m.bottom >= box.top && m.left <= box.right && m.right >= box.left);
      if (overlaps) throw new FakeExcelError("InvalidOperation", "merge overlaps a merged area");
      sheet.merges.push({ ...box });
    });
  }

  select(): void {
    this.write("range.select", null, () => {
      const t = this._t();
      this.context.fake.workbook.selection = { sheet: t.sheet, box: t.box };
      this.context.fake.workbook.active = t.sheet;
    });
  }

  clear(): void {
    this.write("range.clear", null, () => {
      const { sheet, box } = this._t();
      for (const k of [...sheet.cells.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) sheet.cells.delete(k);
      }
      sheet.validations = sheet.validations.filter((v) => !(v.box.top >= box.top && v.box.bottom <= box.bottom));
    });
  }

  setCellProperties(props: any[][]): void {
    this.write("range.setCellProperties", props, () => {
      const m = this.matrix(props, "cellProperties");
      this.each((cell, _r, _c, i, j) => {
        const color = m[i][j]?.format?.fill?.color;
        if (color) cell.fill = color;
        if (m[i][j]?.format) cell.props = m[i][j].format;
      });
    });
  }

  get format(): any {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the range
    const range = this;
    const fmtWrite = (kind: string, v: unknown, apply: () => void) => range.write(kind, v, apply);
    return {
      set wrapText(_v: boolean) {
        fmtWrite("format.wrapText", _v, () => undefined);
      },
      set verticalAlignment(_v: string) {
        fmtWrite("format.verticalAlignment", _v, () => undefined);
      },
      set horizontalAlignment(_v: string) {
        fmtWrite("format.horizontalAlignment", _v, () => undefined);
      },
      set rowHeight(v: number) {
        fmtWrite("format.rowHeight", v, () => {
          const { sheet, box } = range._t();
          for (let r = box.top; r <= box.bottom; r++) sheet.rowHeights.set(r, v);
        });
      },
      set columnWidth(v: number) {
        fmtWrite("format.columnWidth", v, () => {
          const { sheet, box } = range._t();
          for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, v);
        });
      },
      autofitRows() {
        fmtWrite("format.autofitRows", null, () => undefined);
      },
      font: {
        set bold(_v: boolean) {
          fmtWrite("format.font.bold", _v, () => undefined);
        },
      },
      fill: {
        set color(v: string) {
          fmtWrite("format.fill.color", v, () => range.each((cell) => (cell.fill = v)));
        },
        clear() {
          fmtWrite("format.fill.clear", null, () => range.each((cell) => (cell.fill = null), false));
        },
      },
    };
  }

  get dataValidation(): any {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the range
    const range = this;
    return {
      clear() {
        range.write("dataValidation.clear", null, () => {
          const { sheet, box } = range._t();
          sheet.validations = sheet.validations.filter((v) => JSON.stringify(v.box) !== JSON.stringify(box));
        });
      },
      set rule(rule: any) {
        range.write("dataValidation.rule", rule, () => {
          const { sheet, box } = range._t();
          sheet.validations.push({ box, rule, errorAlert: null });
        });
      },
      set errorAlert(alert: any) {
        range.write("dataValidation.errorAlert", alert, () => {
          const { sheet, box } = range._t();
          const v = sheet.validations.find((x) => JSON.stringify(x.box) === JSON.stringify(box));
          if (v) v.errorAlert = alert;
        });
      },
    };
  }
}

export class FakeRangeAreas extends Proxy0<{ sheet: FakeSheet; boxes: Box[] }> {
  constructor(context: FakeContext, resolve: () => { sheet: FakeSheet; boxes: Box[] } | null) {
    super(context, resolve, true, { kind: "rangeAreas" });
  }
  load(props?: string | string[]): this {
    this._loadProps(
      props,
      (p) => {
        const { sheet, boxes } = this._t();
        if (p === "address") return boxes.map((b) => boxAddress(sheet.name, b)).join(",");
        if (p === "areaCount") return boxes.length;
        throw new Error(`fake: rangeAreas property ${p} not supported`);
      },
      { kind: "rangeAreas" },
    );
    return this;
  }
  get address(): string {
    return this._get("address") as string;
  }
}

export class FakeTableProxy extends Proxy0<FakeTable> {
  constructor(context: FakeContext, resolve: () => FakeTable | null, orNull = false) {
    super(context, resolve, orNull, { kind: "table" });
  }
  load(props?: string | string[]): this {
    this._loadProps(props, (p) => (this._t() as any)[p], { kind: "table" });
    return this;
  }
  private set(kind: string, v: unknown, apply: (t: FakeTable) => void): void {
    this.context._queue({
      info: { kind },
      bytes: jsonSize(v),
      run: () => {
        const t = this._t();
        const info = { kind, sheet: t.sheet.name };
        this.context.fake._check(info);
        this.context.fake.log.push(info);
        apply(t);
      },
    });
  }
  get name(): string {
    return this._get("name") as string;
  }
  set name(v: string) {
    this.set("table.name", v, (t) => {
      if (this.context.fake.workbook.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeExcelError("ItemAlreadyExists", `table ${v}`);
      }
      t.name = v;
    });
  }
  get showTotals(): boolean {
    return this._get("showTotals") as boolean;
  }
  set showTotals(v: boolean) {
    this.set("table.showTotals", v, (t) => {
      if (v && !t.showTotals) {
        // Excel's defaults in a fresh totals row: "Total" first, a function last.
        const row = t.top + t.dataRows + 1;
        const first = t.sheet.ensure(row, t.left);
        first.value = "Total";
        first.formula = null;
        const last = t.sheet.ensure(row, t.left + t.cols - 1);
        last.formula = `=SUBTOTAL(103,${columnLetter(t.left + t.cols - 1)}${t.top + 2}:${columnLetter(t.left + t.cols - 1)}${t.top + t.dataRows + 1})`;
      }
      t.showTotals = v;
    });
  }
  set style(v: string) {
    this.set("table.style", v, (t) => (t.style = v));
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this._t().sheet, false, "table.worksheet");
  }
  private part(which: "header" | "body" | "total"): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._t();
      if (which === "total" && !t.showTotals) throw new FakeExcelError("InvalidOperation", "no totals row");
      const top = which === "header" ? t.top : which === "body" ? t.top + 1 : t.top + t.dataRows + 1;
      const bottom = which === "body" ? t.top + t.dataRows : top;
      return { sheet: t.sheet, box: { top, bottom, left: t.left, right: t.left + t.cols - 1 } };
    });
  }
  getHeaderRowRange(): FakeRange {
    return this.part("header");
  }
  getDataBodyRange(): FakeRange {
    return this.part("body");
  }
  getTotalRowRange(): FakeRange {
    return this.part("total");
  }
}

class FakeTableCollection {
  constructor(
    private context: FakeContext,
    private sheetOf: () => FakeSheet | null,
  ) {}
  private mine(): FakeTable[] {
    const s = this.sheetOf();
    return this.context.fake.workbook.tables.filter((t) => (s ? t.sheet === s : true));
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTableProxy {
    const proxy = new FakeTableProxy(this.context, () => {
      const s = this.sheetOf();
      let box: Box;
      let sheet: FakeSheet;
      if (typeof address === "string") {
        if (!s) throw new FakeExcelError("InvalidArgument", "table address");
        sheet = s;
        box = parseBox(address);
      } else {
        ({ sheet, box } = address._t());
      }
      if (!hasHeaders) throw new Error("fake: tables without headers not supported");
      this.context.fake._check({ kind: "tables.add", sheet: sheet.name });
      const wb = this.context.fake.workbook;
      let n = wb.tables.length + 1;
      while (wb.tables.some((t) => t.name === `Table${n}`)) n++;
      const t: FakeTable = { name: `Table${n}`, sheet, top: box.top, left: box.left, cols: box.right - box.left + 1, dataRows: box.bottom - box.top, showTotals: false, style: "" };
      wb.tables.push(t);
      this.context.fake.log.push({ kind: "tables.add", sheet: sheet.name, address: boxAddress(sheet.name, box) });
      return t;
    });
    return proxy;
  }
  getItemAt(i: number): FakeTableProxy {
    return new FakeTableProxy(this.context, () => this.mine()[i] ?? null);
  }
  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, () => this.mine().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null, true);
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, () => this.mine().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null);
  }
}

export class FakeWorksheet extends Proxy0<FakeSheet> {
  constructor(context: FakeContext, resolve: () => FakeSheet | null, orNull = false, label = "worksheet") {
    super(context, resolve, orNull, { kind: label });
  }
  load(props?: string | string[]): this {
    this._loadProps(
      props,
      (p) => {
        const s = this._t();
        if (p === "position") return this.context.fake.workbook.sheets.indexOf(s);
        return (s as any)[p];
      },
      { kind: "worksheet" },
    );
    return this;
  }
  private set(kind: string, v: unknown, apply: (s: FakeSheet) => void): void {
    this.context._queue({
      info: { kind },
      bytes: jsonSize(v),
      run: () => {
        const s = this._t();
        const info = { kind, sheet: s.name };
        this.context.fake._check(info);
        this.context.fake.log.push(info);
        apply(s);
      },
    });
  }
  get name(): string {
    return this._get("name") as string;
  }
  set name(v: string) {
    this.set("worksheet.name", v, (s) => {
      const wb = this.context.fake.workbook;
      if (wb.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) throw new FakeExcelError("ItemAlreadyExists", v);
      s.name = v;
    });
  }
  get id(): string {
    return this._get("id") as string;
  }
  get position(): number {
    return this._get("position") as number;
  }
  set position(v: number) {
    this.set("worksheet.position", v, (s) => {
      const list = this.context.fake.workbook.sheets.filter((x) => x !== s);
      list.splice(Math.min(v, list.length), 0, s);
      this.context.fake.workbook.sheets = list;
    });
  }
  get visibility(): string {
    return this._get("visibility") as string;
  }
  set visibility(v: string) {
    this.set("worksheet.visibility", v, (s) => (s.visibility = v));
  }
  delete(): void {
    this.set("worksheet.delete", null, (s) => this.context.fake.workbook.deleteSheet(s));
  }
  activate(): void {
    this.set("worksheet.activate", null, (s) => (this.context.fake.workbook.active = s));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this._t(),
      box: address ? parseBox(address) : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 },
    }));
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (rows < 1 || cols < 1) throw new FakeExcelError("InvalidArgument", "empty range");
      return { sheet: this._t(), box: { top: r, left: c, bottom: r + rows - 1, right: c + cols - 1 } };
    });
  }
  private used(): { sheet: FakeSheet; box: Box } | null {
    const s = this._t();
    let box: Box | null = null;
    for (const [k, cell] of s.cells) {
      if (cell.value === "" && !cell.formula) continue;
      const [r, c] = k.split(",").map(Number);
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }
    return box ? { sheet: s, box } : null;
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error("fake: only valuesOnly used ranges");
    return new FakeRange(this.context, () => this.used() ?? { sheet: this._t(), box: { top: 0, left: 0, bottom: 0, right: 0 } });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error("fake: only valuesOnly used ranges");
    return new FakeRange(this.context, () => this.used(), true);
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, () => this._t());
  }
  get pageLayout(): any {
    const set = (key: string) => (v: unknown) => this.set(`pageLayout.${key}`, v, (s) => (s.pageLayout[key] = v));
    const props = ["orientation", "paperSize", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin", "centerHorizontally"];
    const layout: any = {
      setPrintArea: set("printArea"),
      setPrintTitleRows: set("printTitleRows"),
    };
    for (const k of props) Object.defineProperty(layout, k, { set: set(k) });
    return layout;
  }
  get freezePanes(): any {
    return {
      freezeRows: (n: number) => this.set("freezePanes.freezeRows", n, (s) => (s.frozenRows = n)),
    };
  }
}

class FakeWorksheetCollection {
  items: FakeWorksheet[] = [];
  constructor(private context: FakeContext) {}
  load(props?: string): this {
    const list = (props ?? "").split(",").map((p) => p.trim().replace(/^items\//, "")).filter(Boolean);
    this.context._queue({
      info: { kind: "load:worksheets" },
      bytes: 0,
      run: () => {
        const items = this.context.fake.workbook.sheets.map((s) => {
          const w = Object.create(FakeWorksheet.prototype) as FakeWorksheet;
          Object.assign(w, { context: this.context, _target: s, _data: {} as Record<string, unknown> });
          for (const p of list) w._data[p] = p === "position" ? this.context.fake.workbook.sheets.indexOf(s) : (s as any)[p];
          w._data.isNullObject = false;
          return w;
        });
        this.context._staged.push(() => (this.items = items));
        this.context._responseBytes += jsonSize(items.map((w) => w._data));
      },
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.fake.workbook.sheet(name) ?? null);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.fake.workbook.sheet(name) ?? null, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.fake.workbook.active);
  }
  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const info = { kind: "worksheets.add", sheet: name };
      this.context.fake._check(info);
      this.context.fake.log.push(info);
      return this.context.fake.workbook.addSheet(name);
    });
  }
  get onChanged(): any {
    return {
      add: (handler: (args: any) => Promise<void> | void) => {
        const result = {
          context: this.context,
          remove: () => this.context._queue({ info: { kind: "event.remove" }, bytes: 0, run: () => this.context.fake.handlers.delete(handler) }),
        };
        this.context._queue({ info: { kind: "event.add" }, bytes: 0, run: () => this.context.fake.handlers.add(handler) });
        return result;
      },
    };
  }
}

export class FakeContext {
  readonly workbook: any;
  readonly application: any;
  /** Operations queued since the last sync. */
  private queue: Op[] = [];
  _staged: (() => void)[] = [];
  _responseBytes = 0;
  constructor(public fake: FakeExcel) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- used by the closures below
    const ctx = this;
    const sheets = new FakeWorksheetCollection(this);
    this.workbook = {
      worksheets: sheets,
      tables: new FakeTableCollection(this, () => null),
      comments: {
        add: (address: string, content: string) =>
          ctx._queue({
            info: { kind: "comments.add" },
            bytes: jsonSize(content),
            run: () => {
              const info = { kind: "comments.add", sheet: address.includes("!") ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'") : undefined, address };
              ctx.fake._check(info);
              ctx.fake.log.push(info);
              ctx.fake.workbook.comments.push({ address, content });
            },
          }),
      },
      application: {
        suspendApiCalculationUntilNextSync: () => ctx._queue({ info: { kind: "suspendApiCalculation" }, bytes: 0, run: () => undefined }),
        suspendScreenUpdatingUntilNextSync: () => ctx._queue({ info: { kind: "suspendScreenUpdating" }, bytes: 0, run: () => undefined }),
      },
      getSelectedRange: () =>
        new FakeRange(ctx, () => {
          const sel = ctx.fake.workbook.selection;
          if (!sel) throw new FakeExcelError("ItemNotFound", "no selection");
          return sel;
        }),
    };
    this.application = this.workbook.application;
  }
  _queue(op: Op): void {
    this.queue.push(op);
  }
  get pending(): number {
    return this.queue.length;
  }
  async sync(): Promise<void> {
    const fake = this.fake;
    fake.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this._staged = [];
    this._responseBytes = 0;
    const requestBytes = ops.reduce((n, o) => n + o.bytes + 40, 0);
    fake.maxRequestBytesSeen = Math.max(fake.maxRequestBytesSeen, requestBytes);
    if (requestBytes > fake.payloadLimit) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `${requestBytes} bytes`);
    for (const op of ops) op.run();
    fake.maxResponseBytesSeen = Math.max(fake.maxResponseBytesSeen, this._responseBytes);
    if (this._responseBytes > fake.payloadLimit) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `${this._responseBytes} bytes`);
    for (const s of this._staged) s();
    this._staged = [];
    await Promise.resolve();
  }
}

/** Settings kept in memory, like Office.context.document.settings (saved with the workbook). */
export class FakeSettings {
  store = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  failSave = false;
  get(name: string): unknown {
    return this.store.has(name) ? this.store.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.store.set(name, value);
  }
  remove(name: string): void {
    this.store.delete(name);
  }
  saveAsync(cb?: (r: { status: string; error?: Error }) => void): void {
    if (this.failSave) {
      cb?.({ status: "failed", error: new Error("save failed") });
      return;
    }
    this.saved = new Map(this.store);
    cb?.({ status: "succeeded" });
  }
  /** A reopened workbook: only what was saved. */
  reopen(): FakeSettings {
    const s = new FakeSettings();
    s.store = new Map(this.saved);
    s.saved = new Map(this.saved);
    return s;
  }
}

export class FakeExcel {
  workbook = new FakeWorkbook();
  syncCount = 0;
  runCount = 0;
  log: OpInfo[] = [];
  handlers = new Set<(args: any) => Promise<void> | void>();
  /** Bytes per request and per response; Excel on the web: 5 MB. */
  payloadLimit = Number.POSITIVE_INFINITY;
  maxRequestBytesSeen = 0;
  maxResponseBytesSeen = 0;
  /** Makes an operation fail (GeneralException) when it returns true. */
  failWhen: ((op: OpInfo) => boolean) | null = null;
  settings = new FakeSettings();
  platform: string | null = "OfficeOnline";
  displayLanguage = "vi-VN";

  _check(info: OpInfo): void {
    if (this.failWhen?.(info)) throw new FakeExcelError("GeneralException", `injected failure at ${info.kind} ${info.sheet ?? ""}`);
  }

  /** Excel.run: the batch gets a fresh context; pending operations are synced at the end. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runCount++;
    const ctx = new FakeContext(this);
    const r = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending) await ctx.sync();
    return r;
  };

  /** The ExcelEnv for createExcelHost (timers real unless given). */
  env(overrides: Partial<ExcelEnv> = {}): Partial<ExcelEnv> {
    return {
      run: this.run,
      displayLanguage: () => this.displayLanguage,
      platform: () => this.platform,
      settings: () => this.settings as unknown as Office.Settings,
      document: () => (typeof document !== "undefined" ? document : null),
      ...overrides,
    };
  }

  /** Fires a worksheet change (what Excel does after the user edits cells). */
  async fireChanged(sheetName: string, address: string, changeType = "RangeEdited"): Promise<void> {
    const s = this.workbook.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    for (const h of this.handlers) await h({ type: "WorksheetChanged", worksheetId: s.id, address, changeType, source: "Local" });
  }

  /** Operations that wrote to a sheet (name as it was when written). */
  writesTo(sheetName: string): OpInfo[] {
    return this.log.filter((o) => o.sheet === sheetName);
  }
}

/** Syncs and Excel.run calls made by one action. */
export async function countSyncs<T>(fake: FakeExcel, action: () => Promise<T>): Promise<{ result: T; syncs: number; runs: number }> {
  const s0 = fake.syncCount;
  const r0 = fake.runCount;
  const result = await action();
  return { result, syncs: fake.syncCount - s0, runs: fake.runCount - r0 };
}
