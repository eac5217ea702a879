/**
 * The other tables of the 2026 form (Biểu 2, Thông tư 57/2026): table IV (the
 * focus problems) and table VI (monitoring, internal review), found by their
 * own header words (../forms) on the plan's sheet or on any other sheet of the
 * workbook, in any column order, headers wrapped, merged or over two rows, a
 * numbering row under them. A table ends at the next section title ("V. KẾ
 * HOẠCH…"), at another table's header, at the signer block or after a run of
 * blank rows. Then each plan row of table V is linked to the problem it
 * addresses. Pure.
 */
import type { Grid, WorkbookSnapshot } from "../grid";
import { cellAddress, textAt } from "../grid";
import type { PlanRow, Problem, ProblemKey, Review, ReviewKey } from "../plan";
import { FORM_2026, headerTest, type FormTable } from "../forms";
import { clean, fold } from "../text";
import { parseCriterionRef, parseStandardRef } from "../parse/criterion";
import { findHeader } from "./header";

export interface TableHeader {
  row: number;
  columns: Record<string, number>;
}

const MAX_SCAN_ROWS = 400;
const BLANK_RUN_ENDS = 3;

function table(id: string): FormTable {
  const t = FORM_2026.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

const PROBLEMS = table("IV");
const MONITORING = table("VI");

/** Column rules of one table, most specific first. */
function rulesOf(t: FormTable): { key: string; test: (s: string) => boolean; rank: number }[] {
  return t.columns
    .flatMap((c) => c.header.map((w) => ({ key: c.key, test: headerTest(w), rank: w.rank })))
    .sort((a, b) => a.rank - b.rank);
}

const RULES = { IV: rulesOf(PROBLEMS), VI: rulesOf(MONITORING) };
/** Columns a header row must show to be taken for the table. */
const REQUIRED: Record<"IV" | "VI", string[][]> = {
  IV: [["weakness", "cause"], ["situation", "criterion", "standard"]],
  VI: [["when"], ["subject", "result", "reviewer", "adjustment"]],
};

const WIDTHS = new WeakMap<Grid, number>();
/** Width of the sheet (longest row), once per grid. */
function width(grid: Grid): number {
  let w = WIDTHS.get(grid);
  if (w === undefined) WIDTHS.set(grid, (w = grid.values.reduce((m, r) => Math.max(m, r.length), 0)));
  return w;
}

function matchRow(grid: Grid, row: number, id: "IV" | "VI", twoRows: boolean): TableHeader | null {
  const columns: Record<string, number> = {};
  for (let c = grid.originCol; c < grid.originCol + width(grid); c++) {
    let title = fold(textAt(grid, row, c));
    if (!title && twoRows) title = fold(textAt(grid, row - 1, c));
    // Column titles are short; a longer text is a table's content.
    if (!title || title.length > 50) continue;
    const rule = RULES[id].find((r) => r.test(title));
    if (rule && columns[rule.key] === undefined) columns[rule.key] = c;
  }
  const n = Object.keys(columns).length;
  const ok = n >= 3 && REQUIRED[id].every((any) => any.some((k) => columns[k] !== undefined));
  return ok ? { row, columns } : null;
}

/** The header of table IV or VI on a sheet, or null. */
export function findTableHeader(grid: Grid, id: "IV" | "VI"): TableHeader | null {
  const last = Math.min(grid.originRow + grid.values.length, grid.originRow + MAX_SCAN_ROWS);
  for (let r = grid.originRow; r < last; r++) {
    const m = matchRow(grid, r, id, false);
    if (m) {
      // Titles over two rows: the row below may hold the rest.
      const below = r + 1 < last ? matchRow(grid, r + 1, id, true) : null;
      return below && Object.keys(below.columns).length > Object.keys(m.columns).length ? below : m;
    }
  }
  return null;
}

/** True when sheet row `r` (0-based) is the header of table IV or VI. */
export function isOtherTableHeader(grid: Grid, r: number): boolean {
  const at = (id: "IV" | "VI") => Object.keys(matchRow(grid, r, id, false)?.columns ?? {}).length >= 4;
  return at("IV") || at("VI");
}

/** "VI. THEO DÕI…", "V. KẾ HOẠCH…", "VII. TỔ CHỨC THỰC HIỆN": a section title of the form. */
export function isSectionTitle(text: string): boolean {
  const t = fold(text);
  const m = /^([ivx]{1,4})\s*[.):\-–]\s*(.+)$/.exec(t);
  if (!m) return false;
  const numbers = FORM_2026.sections.map((s) => s.number.toLowerCase());
  if (!numbers.includes(m[1])) return false;
  const titles = FORM_2026.sections.map((s) => fold(s.title));
  return titles.some((x) => m[2].startsWith(x.slice(0, 12))) || m[2] === m[2].toLowerCase();
}

function isNumbering(cells: string[]): boolean {
  const filled = cells.filter(Boolean);
  return filled.length >= 3 && filled.every((s) => /^\(?\d{1,2}\)?$/.test(s.trim()));
}

function stopsTable(first: string): boolean {
  const t = fold(first);
  return /^noi nhan\b/.test(t) || /^(kt\.?|tm\.?)\s*(hieu truong|hoi dong)/.test(t);
}

/** Rows of a table: each non-blank row's cells by key, following vertical merges; stops at the table's end. */
function tableRows(
  grid: Grid,
  id: "IV" | "VI",
  header: TableHeader,
  carry: readonly string[],
): { row: number; text: Record<string, string>; cells: Record<string, string>; filled: number }[] {
  const out: { row: number; text: Record<string, string>; cells: Record<string, string>; filled: number }[] = [];
  const cols = Object.entries(header.columns);
  const lastRow = grid.originRow + grid.values.length;
  const w = width(grid);
  const tableCols = new Set(Object.values(header.columns));
  const downMerges = grid.merges.filter((m) => m.bottom > m.top && tableCols.has(m.left));
  const merged = (r: number, c: number) => downMerges.find((m) => r >= m.top && r <= m.bottom && m.left === c);
  let blanks = 0;
  const previous: Record<string, string> = {};
  const previousCell: Record<string, string> = {};
  // Another table's header ends this one (its own words may recur in its rows: "Hạn chế.", "Nguyên nhân.").
  const otherHeaders = (r: number) => matchRow(grid, r, id === "IV" ? "VI" : "IV", false) !== null || findHeaderAt(grid, r);
  for (let r = header.row + 1; r < lastRow; r++) {
    const all: string[] = [];
    for (let c = grid.originCol; c < grid.originCol + w; c++) all.push(clean(textAt(grid, r, c)));
    const filled = all.filter(Boolean);
    if (filled.length === 0) {
      if (++blanks >= BLANK_RUN_ENDS) break;
      continue;
    }
    blanks = 0;
    if (isNumbering(filled) && out.length === 0) continue;
    if (stopsTable(filled[0])) break;
    if (filled.length <= 2 && isSectionTitle(filled[0])) break;
    if (otherHeaders(r)) break;
    const text: Record<string, string> = {};
    const cells: Record<string, string> = {};
    let own = 0;
    for (const [key, c] of cols) {
      const m = merged(r, c);
      if (m && m.top < r) {
        text[key] = clean(textAt(grid, m.top, m.left));
        cells[key] = cellAddress(m.top, m.left);
        continue;
      }
      text[key] = clean(textAt(grid, r, c));
      cells[key] = cellAddress(r, c);
      if (text[key]) own++;
      else if (carry.includes(key) && previous[key]) {
        text[key] = previous[key];
        cells[key] = previousCell[key];
      }
    }
    if (own === 0) continue;
    for (const k of carry) {
      previous[k] = text[k];
      previousCell[k] = cells[k];
    }
    out.push({ row: r + 1, text, cells, filled: own });
  }
  return out;
}

const planHeaderRows = new WeakMap<Grid, number | null>();
function findHeaderAt(grid: Grid, r: number): boolean {
  if (!planHeaderRows.has(grid)) planHeaderRows.set(grid, findHeader(grid)?.row ?? null);
  return planHeaderRows.get(grid) === r;
}

function qualify(cell: string, sheet: string, planSheet: string): string {
  return sheet === planSheet ? cell : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function criterionCodes(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[;,\n]|\bvà\b|\+/u)) {
    const ref = parseCriterionRef(part.trim());
    if (ref && !out.includes(ref.code)) out.push(ref.code);
  }
  if (out.length === 0) {
    const re = /(?:ti[eê]u\s*ch[ií]|tc)\s*(\d{1,2})\s*[.,]\s*(\d{1,2})/giu;
    for (const m of text.matchAll(re)) {
      const code = `${Number(m[1])}.${Number(m[2])}`;
      if (!out.includes(code)) out.push(code);
    }
  }
  return out;
}

function standardNumber(text: string): number | null {
  const ref = parseStandardRef(text);
  if (ref) return ref.number;
  const m = /^\s*(\d{1,2})\s*(?:[.:\-–]\s*\D|$)/u.exec(clean(text));
  return m ? Number(m[1]) : null;
}

/** Where each table was found: the sheet and its header. */
function locate(snapshot: WorkbookSnapshot, planSheet: string, id: "IV" | "VI"): { grid: Grid; header: TableHeader } | null {
  const sheets = [...snapshot.sheets].sort((a, b) => (a.sheetName === planSheet ? -1 : b.sheetName === planSheet ? 1 : 0));
  for (const grid of sheets) {
    const header = findTableHeader(grid, id);
    if (header) return { grid, header };
  }
  return null;
}

/** Table IV: the focus problems. */
export function readProblems(snapshot: WorkbookSnapshot, planSheet: string): Problem[] {
  const at = locate(snapshot, planSheet, "IV");
  if (!at) return [];
  const { grid, header } = at;
  return tableRows(grid, "IV", header, ["standard"])
    .map(({ row, text, cells }) => {
      const criteria = criterionCodes(text.criterion ?? "");
      const standard = standardNumber(text.standard ?? "") ?? (criteria[0] ? Number(criteria[0].split(".")[0]) : null);
      const qcells: Partial<Record<ProblemKey, string>> = {};
      for (const [k, v] of Object.entries(cells)) qcells[k as ProblemKey] = qualify(v, grid.sheetName, planSheet);
      const p: Problem = {
        row,
        ...(grid.sheetName !== planSheet ? { sheet: grid.sheetName } : {}),
        tt: text.tt ?? "",
        standard,
        criterion: criteria[0] ?? null,
        criteria,
        standardText: text.standard ?? "",
        criterionText: text.criterion ?? "",
        situation: text.situation ?? "",
        weakness: text.weakness ?? "",
        cause: text.cause ?? "",
        cells: qcells,
      };
      return p;
    })
    .filter((p) => p.situation || p.weakness || p.cause || p.criterionText);
}

/** Table VI: the reviews. */
export function readReviews(snapshot: WorkbookSnapshot, planSheet: string): Review[] {
  const at = locate(snapshot, planSheet, "VI");
  if (!at) return [];
  const { grid, header } = at;
  return tableRows(grid, "VI", header, []).map(({ row, text, cells }) => {
    const qcells: Partial<Record<ReviewKey, string>> = {};
    for (const [k, v] of Object.entries(cells)) qcells[k as ReviewKey] = qualify(v, grid.sheetName, planSheet);
    return {
      row,
      ...(grid.sheetName !== planSheet ? { sheet: grid.sheetName } : {}),
      when: text.when ?? "",
      subject: text.subject ?? "",
      result: text.result ?? "",
      adjustment: text.adjustment ?? "",
      reviewer: text.reviewer ?? "",
      cells: qcells,
    };
  });
}

/** Folded words of three letters or more. */
function words(s: string): Set<string> {
  return new Set(fold(s).split(/[^a-z0-9]+/).filter((w) => w.length >= 3));
}

/**
 * Links each plan row to the problem it addresses: the same criterion, else
 * (no code in "Nội dung cải tiến") the problem named by its standard or whose
 * words it shares most; a row without a code takes the problem's criterion.
 */
export function linkProblems(rows: PlanRow[], problems: Problem[]): void {
  if (problems.length === 0) return;
  const problemWords = problems.map((p) => words(`${p.criterionText} ${p.situation} ${p.weakness} ${p.cause}`));
  for (const row of rows) {
    if (row.subRow > 0) continue;
    let index = row.criterion ? problems.findIndex((p) => p.criteria.includes(row.criterion!)) : -1;
    if (index < 0 && row.criterion) {
      index = problems.findIndex((p) => p.criteria.length === 0 && p.standard === Number(row.criterion!.split(".")[0]));
    }
    if (index < 0 && !row.criterion) {
      const std = parseStandardRef(row.criterionText)?.number;
      const candidates = problems.map((_, i) => i).filter((i) => std === undefined || problems[i].standard === std);
      const mine = words(`${row.criterionText} ${row.result}`);
      let best = -1;
      let bestScore = 0;
      for (const i of candidates) {
        let shared = 0;
        for (const w of mine) if (problemWords[i].has(w)) shared++;
        const score = mine.size ? shared / mine.size : 0;
        if (score > bestScore) [best, bestScore] = [i, score];
      }
      if (best >= 0 && (bestScore >= 0.3 || (std !== undefined && candidates.length === 1))) index = best;
      if (index >= 0) {
        const p = problems[index];
        row.criterion = p.criterion;
        row.standard = p.standard;
      }
    }
    if (index >= 0) row.problem = index;
  }
  // Sub-rows follow their first row.
  let head: PlanRow | null = null;
  for (const row of rows) {
    if (row.subRow === 0) head = row;
    else if (head) {
      if (head.problem !== undefined) row.problem = head.problem;
      if (!row.criterion) row.criterion = head.criterion;
      if (row.standard === null) row.standard = head.standard;
    }
  }
}
