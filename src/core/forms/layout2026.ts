/**
 * The sheet of a 2026-form plan (Biểu 2, Thông tư 57/2026) as a neutral
 * description both workbook writers render: exceljs (src/file/draft-workbook)
 * and Office.js (src/office/write-draft). Cells with values and style roles,
 * merges, column widths, row heights, print setup, in-cell dropdowns pointing
 * at a hidden catalogue sheet, and per-cell notes. One sheet, in the form's
 * order: letterhead, title, tables IV, V (header + numbering row (1)…(10)) and
 * VI ("Cuối học kỳ I", "Cuối năm học"), the section titles of the text parts
 * (written in the Word document), recipients and signer. Pure.
 *
 * Columns A–J are table V's ten columns; table IV (6 columns) and table VI
 * (5 columns) spread over the same ten with merged cells, so every table
 * prints at the same width. The reader reads a merged cell at its top-left.
 */
import type { Draft2026, DraftNotes, DraftProblemKey, DraftReview, DraftRowKey } from "./draft";
import type { Plan, SchoolLevel } from "../plan";
import { FORM_2026 } from "./forms";
import type { FormTable } from "./types";
import { administrationFor, contextOf, resolveContext } from "../context";
import { allCriteria } from "../catalogue";
import { levelFromSchoolName } from "../read/letterhead";
import { t } from "../strings";
import { formatAmount } from "../words";
import { cellAddress } from "../grid";

export type CellRole =
  /** Cơ quan chủ quản, "Số: …", "Nơi nhận" items. */
  | "letterhead"
  /** The school's name, Quốc hiệu, Tiêu ngữ, the signer's title. */
  | "letterheadBold"
  /** The place-and-date line, notes on the text parts. */
  | "letterheadItalic"
  /** Left-aligned text without border ("Nơi nhận" items). */
  | "plain"
  /** "Nơi nhận:". */
  | "plainBold"
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "numbering"
  | "body"
  | "bodyCenter";

export interface CellStyle {
  bold: boolean;
  italic: boolean;
  /** Points. */
  size: number;
  horizontal: "left" | "center";
  vertical: "top" | "middle";
  wrap: boolean;
  border: boolean;
  /** "RRGGBB" fill, or null. */
  fill: string | null;
}

export const FONT_NAME = "Times New Roman";

export const STYLES: Readonly<Record<CellRole, CellStyle>> = {
  letterhead: { bold: false, italic: false, size: 12, horizontal: "center", vertical: "middle", wrap: true, border: false, fill: null },
  letterheadBold: { bold: true, italic: false, size: 12, horizontal: "center", vertical: "middle", wrap: true, border: false, fill: null },
  letterheadItalic: { bold: false, italic: true, size: 12, horizontal: "center", vertical: "middle", wrap: true, border: false, fill: null },
  plainBold: { bold: true, italic: true, size: 12, horizontal: "left", vertical: "top", wrap: false, border: false, fill: null },
  plain: { bold: false, italic: false, size: 11, horizontal: "left", vertical: "top", wrap: false, border: false, fill: null },
  title: { bold: true, italic: false, size: 14, horizontal: "center", vertical: "middle", wrap: false, border: false, fill: null },
  subtitle: { bold: true, italic: false, size: 13, horizontal: "center", vertical: "middle", wrap: false, border: false, fill: null },
  section: { bold: true, italic: false, size: 12, horizontal: "left", vertical: "middle", wrap: false, border: false, fill: null },
  header: { bold: true, italic: false, size: 11, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "D9E2F3" },
  numbering: { bold: false, italic: true, size: 10, horizontal: "center", vertical: "middle", wrap: false, border: true, fill: "F2F2F2" },
  body: { bold: false, italic: false, size: 11, horizontal: "left", vertical: "top", wrap: true, border: true, fill: null },
  bodyCenter: { bold: false, italic: false, size: 11, horizontal: "center", vertical: "top", wrap: true, border: true, fill: null },
};

/** 0-based cell of the sheet. Every value is text, written as text (never a formula). */
export interface LayoutCell {
  row: number;
  col: number;
  value: string;
  role: CellRole;
  /** A note for the user, written as a cell comment. */
  note?: string;
}

/** 0-based inclusive rectangle. */
export interface LayoutRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type ListKey = "criteria" | "contents" | "statuses";

export interface LayoutValidation {
  range: LayoutRange;
  list: ListKey;
  /** Only the list's values (Mức độ thực hiện); otherwise a suggestion, the school's own words allowed. */
  strict: boolean;
}

export interface CatalogueLayout {
  name: string;
  /** Rows from A1: a header, then one row per criterion (the statuses in the last column's first rows). */
  rows: string[][];
  /** 0-based column and 0-based first/last rows of each list. */
  lists: Record<ListKey, { col: number; first: number; last: number }>;
}

export interface PrintSetup {
  orientation: "landscape";
  paper: "A4";
  fitToWidth: 1;
  /** 0: as many pages tall as needed. */
  fitToHeight: 0;
  /** 0-based rows repeated at the top of each printed page (table V's header and numbering row). */
  repeatRows: { first: number; last: number };
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  area: LayoutRange;
}

export interface SheetLayout {
  name: string;
  cells: LayoutCell[];
  merges: LayoutRange[];
  /** Widths in characters of columns A, B, …. */
  columnWidths: number[];
  /** Heights in points of the rows that need one (wrapped headers and texts). */
  rowHeights: { row: number; height: number }[];
  print: PrintSetup;
  validations: LayoutValidation[];
  /** 0-based rows of each table's header and its body (first..last, the rows written). */
  tables: Record<"IV" | "V" | "VI", { header: number; first: number; last: number }>;
}

export interface DraftLayout {
  sheet: SheetLayout;
  catalogue: CatalogueLayout;
}

export interface CriterionItem {
  code: string;
  name: string;
}

/** Statuses of "Mức độ thực hiện" (Biểu 2, column 10). */
export const STATUS_VALUES: readonly string[] = ["Hoàn thành", "Đang thực hiện", "Chưa hoàn thành"];

export const CATALOGUE_2026_SHEET = "DanhMuc";
/** Blank rows a new plan offers to type in. */
export const BLANK_PROBLEM_ROWS = 3;
export const BLANK_PLAN_ROWS = 5;
/** The dropdowns of table V reach this many rows below its first body row (rows the user adds). */
export const DROPDOWN_ROWS = 200;

const COLUMNS = 10;
/** Table V's columns A–J, in characters (150: one A4 landscape page wide at ~90 %, 11 pt text printed near 10 pt). */
const WIDTHS = [4, 20, 18, 24, 17, 11, 14, 14, 17, 11];
/** Table IV over A–J: TT, Tiêu chuẩn, Tiêu chí, Hiện trạng, Hạn chế (E:G), Nguyên nhân (H:J). */
const SPANS_IV: readonly [number, number][] = [
  [0, 0],
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 6],
  [7, 9],
];
/** Table VI over A–J: two columns each. */
const SPANS_VI: readonly [number, number][] = [
  [0, 1],
  [2, 3],
  [4, 5],
  [6, 7],
  [8, 9],
];

function formTable(id: string): FormTable {
  const table = FORM_2026.tables.find((x) => x.id === id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
}

/** The criteria a 2026 draft's dropdowns offer: the regulation of its context (level, year). */
export function draftCriteria(draft: Pick<Draft2026, "level" | "schoolYear" | "regulation">): CriterionItem[] {
  const ctx = resolveContext({ schoolYear: draft.schoolYear, level: draft.level, tableForm: "2026" }, { regulation: draft.regulation });
  return ctx.regulation ? allCriteria(ctx.regulation).map(({ criterion }) => ({ code: criterion.code, name: criterion.name.normalize("NFC") })) : [];
}

/** "TRƯỜNG TIỂU HỌC …": the school line when none was given (the level is in it, so the reader finds it). */
export function schoolPlaceholder(level: SchoolLevel): string {
  const words: Record<SchoolLevel, string> = {
    "mam-non": "TRƯỜNG MẦM NON …",
    "tieu-hoc": "TRƯỜNG TIỂU HỌC …",
    thcs: "TRƯỜNG THCS …",
    thpt: "TRƯỜNG THPT …",
    "nhieu-cap": "TRƯỜNG PHỔ THÔNG NHIỀU CẤP HỌC …",
  };
  return words[level];
}

/**
 * "Kế hoạch CTCL 2026-2027"; when the school's name does not say its level,
 * the level goes into the sheet's name ("KH CTCL Tiểu học 2026-2027"), which
 * the reader also looks at, so the plan reads back at its level.
 */
export function draftSheetName(draft: Pick<Draft2026, "level" | "schoolYear" | "info">): string {
  const school = draft.info.school.trim() || schoolPlaceholder(draft.level);
  if (levelFromSchoolName(school) === draft.level) return `Kế hoạch CTCL ${draft.schoolYear}`;
  const short: Record<SchoolLevel, string> = { "mam-non": "Mầm non", "tieu-hoc": "Tiểu học", thcs: "THCS", thpt: "THPT", "nhieu-cap": "nhiều cấp" };
  return `KH CTCL ${short[draft.level]} ${draft.schoolYear}`;
}

/** The hidden sheet of lists: criteria as table IV writes them ("1.4: …"), as table V does ("Tiêu chí 1.4: …"), the statuses. */
export function catalogueLayout(criteria: readonly CriterionItem[], name = CATALOGUE_2026_SHEET): CatalogueLayout {
  const rows: string[][] = [["Mã", "Bảng IV", "Bảng V", "Mức độ"]];
  const n = Math.max(criteria.length, STATUS_VALUES.length);
  for (let i = 0; i < n; i++) {
    const c = criteria[i];
    rows.push([c ? c.code : "", c ? `${c.code}: ${c.name}` : "", c ? `Tiêu chí ${c.code}: ${c.name}` : "", STATUS_VALUES[i] ?? ""]);
  }
  const last = Math.max(1, criteria.length);
  return {
    name,
    rows,
    lists: {
      criteria: { col: 1, first: 1, last },
      contents: { col: 2, first: 1, last },
      statuses: { col: 3, first: 1, last: STATUS_VALUES.length },
    },
  };
}

/** "='DanhMuc'!$B$2:$B$29": the list source of a validation. */
export function listSource(catalogue: CatalogueLayout, list: ListKey): string {
  const { col, first, last } = catalogue.lists[list];
  const letter = String.fromCharCode(65 + col);
  return `='${catalogue.name.replace(/'/g, "''")}'!$${letter}$${first + 1}:$${letter}$${last + 1}`;
}

/** Lines a text takes in a column `chars` wide (wrapped at words, its own line breaks kept). */
function linesOf(text: string, chars: number): number {
  const per = Math.max(1, Math.floor(chars * 1.05));
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / per)), 0);
}

const LINE_POINTS = 15;

function spanWidth(left: number, right: number): number {
  let w = 0;
  for (let c = left; c <= right; c++) w += WIDTHS[c];
  return w;
}

/** The place-and-date line with blanks: "……, ngày … tháng … năm 20…" (or the draft's own). */
function dateLine(place: string, date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const where = place.trim() || "……";
  if (m) return `${where}, ngày ${m[3]} tháng ${m[2]} năm ${m[1]}`;
  return `${where}, ngày …… tháng …… năm 20……`;
}

/**
 * The sheet and its hidden catalogue. `criteria`: the regulation's criteria
 * (see draftCriteria) for the dropdowns. A draft without problems or rows gets
 * a few blank bordered rows to type in.
 */
export function draftLayout(draft: Draft2026, criteria: readonly CriterionItem[], catalogueName = CATALOGUE_2026_SHEET): DraftLayout {
  const cells: LayoutCell[] = [];
  const merges: LayoutRange[] = [];
  const heights = new Map<number, number>();
  const validations: LayoutValidation[] = [];

  const put = (row: number, col: number, value: string, role: CellRole, note?: string) => {
    const cell: LayoutCell = { row, col, value: value.normalize("NFC"), role };
    if (note) cell.note = note.normalize("NFC");
    cells.push(cell);
  };
  const merge = (row: number, left: number, right: number, bottom = row) => {
    if (right > left || bottom > row) merges.push({ top: row, left, bottom, right });
  };
  const fit = (row: number, text: string, left: number, right: number, min = LINE_POINTS + 3) => {
    const h = Math.max(min, linesOf(text, spanWidth(left, right)) * LINE_POINTS + 4);
    heights.set(row, Math.max(heights.get(row) ?? 0, h));
  };
  /** A full-width line (title, section). */
  const line = (row: number, text: string, role: CellRole) => {
    put(row, 0, text, role);
    merge(row, 0, COLUMNS - 1);
  };
  /** One row of a table over the spans, each value in its span's first cell. */
  const spanRow = (row: number, spans: readonly [number, number][], values: string[], roles: CellRole[], notes: (string | undefined)[] = []) => {
    spans.forEach(([l, r], i) => {
      put(row, l, values[i] ?? "", roles[i] ?? roles[0], notes[i]);
      // The cells under a merge get the border too.
      for (let c = l + 1; c <= r; c++) put(row, c, "", roles[i] ?? roles[0]);
      merge(row, l, r);
      fit(row, values[i] ?? "", l, r, roles[0] === "header" ? 3 * LINE_POINTS + 4 : 2 * LINE_POINTS);
    });
  };

  const admin = administrationFor(draft.level, draft.schoolYear);
  const agency = draft.info.agency.trim() || admin.superior;
  const school = draft.info.school.trim() || schoolPlaceholder(draft.level);
  const number = draft.info.number.trim() || "…/KH-…";

  // Letterhead (Nghị định 30/2020): left A:D, right E:J.
  let r = 0;
  put(r, 0, agency.toUpperCase(), "letterhead");
  merge(r, 0, 3);
  put(r, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "letterheadBold");
  merge(r, 4, 9);
  r++;
  put(r, 0, school.toUpperCase(), "letterheadBold");
  merge(r, 0, 3);
  put(r, 4, "Độc lập - Tự do - Hạnh phúc", "letterheadBold");
  merge(r, 4, 9);
  r++;
  put(r, 0, `Số: ${number.replace(/^s[ốo]\s*:\s*/iu, "")}`, "letterhead");
  merge(r, 0, 3);
  put(r, 4, dateLine(draft.info.place, draft.info.date), "letterheadItalic");
  merge(r, 4, 9);
  r += 2;
  line(r, "KẾ HOẠCH", "title");
  heights.set(r, 22);
  r++;
  line(r, `Cải tiến chất lượng giáo dục năm học ${draft.schoolYear}`, "subtitle");
  heights.set(r, 20);
  r += 2;

  const section = (key: string) => {
    const s = FORM_2026.sections.find((x) => x.key === key)!;
    return `${s.number}. ${s.title}`;
  };
  // I–III: text parts, written in the Word document.
  line(r, `${section("info")}; ${section("basis")}; ${section("purpose")}`, "section");
  r++;
  line(r, t("draftTextPartsNote", "vi"), "letterheadItalic");
  r += 2;

  // Table IV.
  const iv = formTable("IV");
  line(r, section("problems"), "section");
  r++;
  const ivHeader = r;
  spanRow(r, SPANS_IV, iv.columns.map((c) => c.title), ["header"]);
  r++;
  const ivFirst = r;
  const problems = draft.problems.length ? draft.problems : [];
  problems.forEach((p, i) => {
    const notes = noteList<DraftProblemKey>(p.notes, ["standard", "criterion", "situation", "weakness", "cause"]);
    spanRow(r, SPANS_IV, [String(i + 1), p.standard, p.criterion, p.situation, p.weakness, p.cause], ["bodyCenter", "body", "body", "body", "body", "body"], [undefined, ...notes]);
    r++;
  });
  for (let i = problems.length ? 0 : BLANK_PROBLEM_ROWS; i > 0; i--) {
    spanRow(r, SPANS_IV, [], ["bodyCenter", "body", "body", "body", "body", "body"]);
    r++;
  }
  const ivLast = r - 1;
  validations.push({ range: { top: ivFirst, left: 2, bottom: ivLast, right: 2 }, list: "criteria", strict: false });
  r++;

  // Table V: header, numbering row (1)…(10), rows.
  const v = FORM_2026.planTable;
  line(r, section("content"), "section");
  r++;
  const vHeader = r;
  v.columns.forEach((c, i) => put(r, i, c.title, "header"));
  heights.set(r, 3 * LINE_POINTS + 4);
  r++;
  v.columns.forEach((c, i) => put(r, i, `(${c.number ?? i + 1})`, "numbering"));
  r++;
  const vFirst = r;
  const keys: DraftRowKey[] = ["content", "goal", "actions", "indicator", "timeline", "owner", "resources", "evidence", "status"];
  draft.rows.forEach((row, i) => {
    put(r, 0, String(i + 1), "bodyCenter");
    keys.forEach((k, j) => {
      put(r, j + 1, row[k], k === "status" ? "bodyCenter" : "body", row.notes?.[k]);
      fit(r, row[k], j + 1, j + 1, 2 * LINE_POINTS);
    });
    r++;
  });
  for (let i = draft.rows.length ? 0 : BLANK_PLAN_ROWS; i > 0; i--) {
    for (let c = 0; c < COLUMNS; c++) put(r, c, "", c === 0 || c === 9 ? "bodyCenter" : "body");
    heights.set(r, 2 * LINE_POINTS);
    r++;
  }
  const vLast = r - 1;
  // Below the rows written: table VI's and the signer's cells there are merged
  // (B and J under a merge), so the lists never get in their way.
  const vReach = Math.max(vLast, vFirst + DROPDOWN_ROWS - 1);
  validations.push({ range: { top: vFirst, left: 1, bottom: vReach, right: 1 }, list: "contents", strict: false });
  validations.push({ range: { top: vFirst, left: 9, bottom: vReach, right: 9 }, list: "statuses", strict: true });
  r++;

  // Table VI: "Cuối học kỳ I", "Cuối năm học" (or the draft's reviews).
  const vi = formTable("VI");
  line(r, section("monitoring"), "section");
  r++;
  const viHeader = r;
  spanRow(r, SPANS_VI, vi.columns.map((c) => c.title), ["header"]);
  r++;
  const viFirst = r;
  const reviews = draft.reviews.length ? draft.reviews : emptyReviews();
  for (const rv of reviews) {
    spanRow(r, SPANS_VI, [rv.when, rv.subject, rv.result, rv.adjustment, rv.reviewer], ["body"]);
    r++;
  }
  const viLast = r - 1;
  r++;

  // VII, VIII: text parts, written in the Word document.
  line(r, `${section("organisation")}; ${section("reporting")}`, "section");
  r++;
  line(r, t("draftTextPartsNote", "vi"), "letterheadItalic");
  r += 2;

  // Recipients (left, A:D) and signer (right, G:J): merged so no dropdown column shows there.
  put(r, 0, "Nơi nhận:", "plainBold");
  merge(r, 0, 3);
  put(r, 6, "HIỆU TRƯỞNG", "letterheadBold");
  merge(r, 6, 9);
  r++;
  for (const item of [admin.recipient, "Lưu: VT."]) {
    put(r, 0, `- ${item}`, "plain");
    merge(r, 0, 3);
    r++;
  }
  const lastRow = r - 1;

  const rowHeights = [...heights.entries()].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
  return {
    sheet: {
      name: draftSheetName(draft),
      cells,
      merges,
      columnWidths: [...WIDTHS],
      rowHeights,
      print: {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: 1,
        fitToHeight: 0,
        repeatRows: { first: vHeader, last: vHeader + 1 },
        margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        area: { top: 0, left: 0, bottom: lastRow, right: COLUMNS - 1 },
      },
      validations,
      tables: { IV: { header: ivHeader, first: ivFirst, last: ivLast }, V: { header: vHeader, first: vFirst, last: vLast }, VI: { header: viHeader, first: viFirst, last: viLast } },
    },
    catalogue: catalogueLayout(criteria, catalogueName),
  };
}

function contentAbove(plan: Plan, i: number): string {
  for (let j = i - 1; j >= 0; j--) if (plan.rows[j].criterionText) return plan.rows[j].criterionText;
  return "";
}

function noteList<K extends string>(notes: DraftNotes<K> | undefined, keys: K[]): (string | undefined)[] {
  return keys.map((k) => notes?.[k]);
}

/** Table VI as the form prints it, not yet filled: "Cuối học kỳ I", "Cuối năm học". */
export function emptyReviews(): DraftReview[] {
  return (formTable("VI").fixedRows ?? []).map((f) => ({ when: f.title, subject: "", result: "", adjustment: "", reviewer: "" }));
}

/**
 * A new, empty plan on the 2026 form for a level and school year: the
 * regulation of that context (TT57/2026-MN for preschools, -PT otherwise),
 * no problems and rows (the layout gives blank rows), table VI's two fixed rows.
 */
export function blankDraft(level: SchoolLevel, schoolYear: string, school = "", agency = ""): Draft2026 {
  const ctx = resolveContext({ schoolYear, level, tableForm: "2026" });
  const regulation = ctx.regulation?.form === "2026" ? ctx.regulation.id : level === "mam-non" ? "TT57/2026-MN" : "TT57/2026-PT";
  return {
    level,
    schoolYear,
    regulation,
    info: { agency: agency.normalize("NFC").trim(), school: school.normalize("NFC").trim(), number: "", place: "", date: "" },
    problems: [],
    rows: [],
    reviews: emptyReviews(),
  };
}

/** "A1:J1" of a range. */
export function a1Range(r: LayoutRange): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

/**
 * A read plan as a draft to write on the 2026 form ("Tạo bảng kế hoạch" when
 * the plan's school year is on that form): letterhead, table IV, table V with
 * its statuses, table VI as read. A plan read from a 2018 table keeps its
 * words: "Dự kiến kinh phí" and "Điều kiện hỗ trợ khác" go to "Nguồn lực bảo
 * đảm", a "Ghi chú" becomes a note on the row's content; the 2026 columns it
 * lacks (chỉ số, minh chứng) stay empty for the school to fill.
 */
export function draftFromPlan(plan: Plan): Draft2026 {
  const ctx = contextOf(plan);
  const level: SchoolLevel = plan.level ?? "tieu-hoc";
  const money = (b: string | number) => (typeof b === "number" ? formatAmount(b) : b);
  return {
    level,
    schoolYear: plan.schoolYear ?? "……",
    regulation: ctx.regulation?.form === "2026" ? ctx.regulation.id : level === "mam-non" ? "TT57/2026-MN" : "TT57/2026-PT",
    info: { agency: plan.info.agency, school: plan.info.school, number: plan.info.number, place: plan.info.place, date: plan.info.date },
    problems: (plan.problems ?? []).map((p) => ({
      standard: p.standardText,
      criterion: p.criterionText,
      situation: p.situation,
      weakness: p.weakness,
      cause: p.cause,
    })),
    rows: plan.rows.map((row, i) => {
      const note = plan.form === "2018" && row.note.trim() ? row.note.trim() : "";
      return {
        // A sub-row under a merged content cell carries its first row's content (a written row cannot merge).
        content: row.criterionText || (row.subRow > 0 ? contentAbove(plan, i) : ""),
        goal: row.result,
        actions: row.actions,
        indicator: row.indicator ?? "",
        timeline: row.timeline,
        owner: row.owner,
        resources: plan.form === "2018" ? [money(row.budget), row.support].filter((x) => String(x).trim()).join("\n") : money(row.budget),
        evidence: row.evidence ?? "",
        status: row.status ?? "",
        ...(note ? { notes: { content: `Ghi chú: ${note}` } } : {}),
      };
    }),
    reviews: (plan.reviews ?? []).map((rv) => ({ when: rv.when, subject: rv.subject, result: rv.result, adjustment: rv.adjustment, reviewer: rv.reviewer })),
  };
}
