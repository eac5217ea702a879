/** Helpers shared by the validation rules. Pure. */
import type { FieldKey, Issue, Plan, PlanRow, Severity } from "../plan";
import type { Regulation } from "../catalogue";
import { contextOf } from "../context";
import { parseAddress } from "../grid";
import { type Msg, msg } from "../messages";

/** An issue whose sentence is the message `text` (a key and its arguments, rendered by each edge). */
export function issue(severity: Severity, code: string, cell: string, text: Msg, fix?: string): Issue {
  return fix === undefined ? { severity, code, cell, text } : { severity, code, cell, text, fix };
}

/**
 * A1 address of a row's field: the reader's address when it has one, else the
 * field's column on the row itself, else "" (unknown).
 */
export function cellOf(plan: Plan, row: PlanRow, field: FieldKey): string {
  const known = row.cells[field];
  if (known) return known;
  const col = plan.header.columns[field];
  return col ? `${col}${row.row}` : "";
}

/**
 * Cell of a field that belongs to this row alone: for a sub-row whose
 * criterion cell is shared with the rows above, the criterion cell is not its
 * own, so row-level issues go to the first of its own cells.
 */
export function ownCell(plan: Plan, row: PlanRow, preferred: FieldKey): string {
  const cell = cellOf(plan, row, preferred);
  if (row.subRow === 0 || preferred !== "criterion") return cell;
  for (const f of ["result", "actions", "owner", "timeline", "budget", "support", "note"] as FieldKey[]) {
    const c = cellOf(plan, row, f);
    if (c) return c;
  }
  return cell;
}

/** The plan's regulation, or null when the plan names none. */
export function regulationOf(plan: Plan): Regulation | null {
  return contextOf(plan).regulation;
}

/** Short name of a regulation for messages: "Thông tư 17/2018" / "Circular 17/2018" (the id when neither fits). */
export function regulationName(reg: Regulation): Msg | string {
  const m = /^Thông tư\s+(\d+\/\d{4})/u.exec(reg.title.normalize("NFC"));
  if (m) return msg("vRegulationCircular", m[1]);
  const id = /^TT(\d+)\/(\d{4})/.exec(reg.id);
  return id ? msg("vRegulationCircular", `${id[1]}/${id[2]}`) : reg.id;
}

/** "Mức 1–2", "Mức 1–3", "Mức 1" (English "levels 1–2", "level 1"). */
export function levelsLabel(levels: number[]): Msg {
  if (levels.length === 0) return msg("vLevel", 1);
  const lo = Math.min(...levels);
  const hi = Math.max(...levels);
  return lo === hi ? msg("vLevel", lo) : msg("vLevels", lo, hi);
}

/** How a message names a row: "Tiêu chí 1.6", "Tiêu chí 3.2 (dòng 30)", "Dòng 12". */
export function subjectOf(row: PlanRow): Msg {
  if (!row.criterion) return msg("vSubjectRow", row.row);
  return row.subRow > 0 ? msg("vSubjectSubRow", row.criterion, row.row) : msg("vSubjectCriterion", row.criterion);
}

/** Cell text shortened for quoting in a message. */
export function quote(text: string, max = 80): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

/** The budget cell as text for parsing and quoting. */
export function budgetText(budget: string | number): string {
  return typeof budget === "number" ? String(budget) : budget;
}

/** True when a row carries any plan content besides its criterion. */
export function hasContent(row: PlanRow): boolean {
  return (
    [row.result, row.actions, row.owner, row.timeline, row.support].some((s) => s.trim() !== "") ||
    (typeof row.budget === "number" ? true : row.budget.trim() !== "")
  );
}

/** 0-based [row, column] of an A1 address for sorting; unknown cells last. */
export function position(cell: string): [number, number] {
  const at = parseAddress(cell);
  return at ? [at.row, at.col] : [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts by sheet position (row, then column), then severity; drops exact repeats (same code, cell and message data). */
export function sortIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = `${i.code}\u0000${i.cell}\u0000${i.text.key}\u0000${JSON.stringify(i.text.args)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((i, n) => ({ i, n, p: position(i.cell) }))
    .sort(
      (a, b) =>
        a.p[0] - b.p[0] || a.p[1] - b.p[1] || SEVERITY_ORDER[a.i.severity] - SEVERITY_ORDER[b.i.severity] || a.n - b.n,
    )
    .map((x) => x.i);
}

/**
 * A parse of a short, often repeated cell text (owner, timeline), remembered
 * for one plan object: a district plan writes "BGH, GV" or "Năm học
 * 2025-2026" hundreds of times. The parsers are pure functions of the text
 * (and the plan's school year, part of the key), so a hit is the same answer;
 * a new plan object (a file read again) starts empty. Callers must not mutate
 * what they get.
 */
const PARSES = new WeakMap<Plan, Map<string, unknown>>();

export function parsedOnce<T>(plan: Plan, kind: string, text: string, parse: () => T): T {
  let memo = PARSES.get(plan);
  if (!memo) PARSES.set(plan, (memo = new Map()));
  const key = `${kind}\u0000${plan.schoolYear ?? ""}\u0000${text}`;
  if (memo.has(key)) return memo.get(key) as T;
  const value = parse();
  memo.set(key, value);
  return value;
}
