/**
 * Many schools at once: one line per plan file (or the sentence saying why it
 * could not be read) with that school's amounts by standard and by funding
 * source, a grand total, and totals by standard and by funding source across
 * schools. What `ctcl summary` prints, writes as JSON and as a workbook. Pure:
 * the files are read elsewhere.
 *
 * Standards are numbered per form, with different meanings: the 2018 form
 * (TT17/TT18/TT19/2018) has 5 standards that agree across levels (1 "Tổ chức
 * và quản lý nhà trường" … 5 "Hoạt động giáo dục…"), the 2026 form (TT57/2026)
 * 4 others (1 "Quản trị nhà trường và bảo đảm chất lượng" …). Amounts by
 * standard are therefore added up per form, never standard 1 of one form to
 * standard 1 of the other.
 */
import type { FormKind, Issue, Plan, RegulationId, SchoolLevel, Totals } from "./plan";
import { contextOf } from "./context";
import { orderedEntries } from "./totals";
import { REGULATIONS } from "./catalogue";
import { planProgress, type StatusCounts } from "./progress";

/** One plan file: its school's figures, or `error` (the reason it could not be read) and zeros. */
export interface SchoolSummary {
  /** The file as named on the command line (or found in a folder). */
  file: string;
  school: string | null;
  schoolYear: string | null;
  level: SchoolLevel | null;
  regulation: RegulationId | null;
  form: FormKind | null;
  rows: number;
  /** Counted đồng: the file's `ctcl check --json` totals.amount. */
  amount: number;
  errors: number;
  warnings: number;
  /** How many budget cells name no amount (totals.uncounted). */
  uncounted: number;
  byStandard: Record<string, number>;
  bySource: Record<string, number>;
  /** The statuses of table V counted (2026 form, as `ctcl check --json` progress without byStandard); null on a 2018-form plan. */
  progress: StatusCounts | null;
  /** The sentence `ctcl check` prints when the file cannot be read. */
  error?: string;
}

export interface SummaryTotal {
  /** Files given (read or not). */
  files: number;
  /** Files that could not be read. */
  unreadable: number;
  rows: number;
  amount: number;
  errors: number;
  warnings: number;
  uncounted: number;
}

/** Amounts by standard, per form ("2018", "2026"): a form's standards are its own. */
export type StandardsByForm = Partial<Record<FormKind, Record<string, number>>>;

export interface Summary {
  schools: SchoolSummary[];
  total: SummaryTotal;
  /** Across schools, per form present: every standard of the form (0 when no school budgets it), in reading order. */
  byStandard: StandardsByForm;
  bySource: Record<string, number>;
  /** The progress counts of every school that has them (2026-form plans) added up; null when none has. */
  progress: StatusCounts | null;
}

/** The funding groups, in the order they are shown (core/funding). */
export const SOURCE_GROUPS = ["nsnn", "xhh", "ctx", "other"] as const;

/** The status counts, in the order they are shown (core/progress). */
export const PROGRESS_KINDS = ["done", "inProgress", "notDone", "unset"] as const;

/** The forms, in the order they are shown. */
export const FORMS: readonly FormKind[] = ["2018", "2026"];

/** The standard numbers of a form's regulations (catalogue), as keys: "1" … "5" for 2018, "1" … "4" for 2026. */
export function standardsOfForm(form: FormKind): string[] {
  const numbers = new Set<number>();
  for (const reg of REGULATIONS) if (reg.form === form) for (const std of reg.standards) numbers.add(std.number);
  return [...numbers].sort((a, b) => a - b).map(String);
}

/** A school's amount its rows give no standard for (its amount less the sum by standard; 0 for most plans). */
export function unassignedAmount(s: SchoolSummary): number {
  return s.amount - Object.values(s.byStandard).reduce((a, n) => a + n, 0);
}

/**
 * The standard columns of a per-school table: for each form some readable
 * school uses, the form's standards and any other number a plan of that form
 * gives (a standard the regulation does not have), in reading order.
 */
export function standardColumns(schools: readonly SchoolSummary[]): { form: FormKind; standards: string[] }[] {
  return FORMS.flatMap((form) => {
    const of = schools.filter((s) => s.error === undefined && s.form === form);
    if (!of.length) return [];
    const keys = new Set(standardsOfForm(form));
    for (const s of of) for (const k of Object.keys(s.byStandard)) keys.add(k);
    return [{ form, standards: [...keys].sort((a, b) => a.localeCompare(b, "en", { numeric: true })) }];
  });
}

/** One school's line from what `ctcl check` computes. */
export function schoolSummary(file: string, plan: Plan, issues: readonly Issue[], totals: Totals): SchoolSummary {
  const context = contextOf(plan);
  return {
    file,
    school: plan.info.school.trim() || null,
    schoolYear: context.schoolYear ?? plan.schoolYear,
    level: context.level ?? plan.level,
    regulation: context.regulation?.id ?? plan.regulation,
    form: plan.form,
    rows: plan.rows.length,
    amount: totals.amount,
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
    uncounted: totals.uncounted.length,
    byStandard: { ...totals.byStandard },
    bySource: { ...totals.bySource },
    progress: countsOf(planProgress(plan)),
  };
}

function countsOf(p: StatusCounts | null): StatusCounts | null {
  return p && { done: p.done, inProgress: p.inProgress, notDone: p.notDone, unset: p.unset, total: p.total };
}

/** The line of a file that could not be read. */
export function unreadableSummary(file: string, message: string): SchoolSummary {
  return {
    file,
    school: null,
    schoolYear: null,
    level: null,
    regulation: null,
    form: null,
    rows: 0,
    amount: 0,
    errors: 0,
    warnings: 0,
    uncounted: 0,
    byStandard: {},
    bySource: {},
    progress: null,
    error: message,
  };
}

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/** The lines, their grand total, and the totals by standard (reading order) and by source (nsnn, xhh, ctx, other). */
export function summarize(schools: readonly SchoolSummary[]): Summary {
  const total: SummaryTotal = { files: schools.length, unreadable: 0, rows: 0, amount: 0, errors: 0, warnings: 0, uncounted: 0 };
  const byStandard: StandardsByForm = {};
  for (const { form, standards } of standardColumns(schools)) byStandard[form] = Object.fromEntries(standards.map((k) => [k, 0]));
  const bySource: Record<string, number> = Object.fromEntries(SOURCE_GROUPS.map((g) => [g, 0]));
  for (const s of schools) {
    if (s.error !== undefined) total.unreadable++;
    total.rows += s.rows;
    total.amount += s.amount;
    total.errors += s.errors;
    total.warnings += s.warnings;
    total.uncounted += s.uncounted;
    if (s.form !== null && byStandard[s.form]) add(byStandard[s.form]!, s.byStandard);
    add(bySource, s.bySource);
  }
  for (const form of FORMS) if (byStandard[form]) byStandard[form] = Object.fromEntries(orderedEntries(byStandard[form]!));
  let progress: StatusCounts | null = null;
  for (const s of schools) {
    if (!s.progress) continue;
    progress ??= { done: 0, inProgress: 0, notDone: 0, unset: 0, total: 0 };
    for (const k of PROGRESS_KINDS) progress[k] += s.progress[k];
    progress.total += s.progress.total;
  }
  return { schools: [...schools], total, byStandard, bySource, progress };
}

/**
 * The exit code of `ctcl summary`: 2 when some file could not be read, else 1
 * when some plan has errors, else 0.
 */
export function summaryExitCode(summary: Summary): number {
  if (summary.total.unreadable > 0) return 2;
  return summary.total.errors > 0 ? 1 : 0;
}

/**
 * The documented JSON: each school with its own amounts by standard (its
 * form's standards, as its `ctcl check --json` totals.byStandard) and by
 * source (nsnn, xhh, ctx, other) and its progress counts (2026 form, else
 * null); across schools, by standard per form, by source, and the progress
 * counts added up.
 */
export function summaryJson(summary: Summary): unknown {
  return {
    schools: summary.schools.map((s) => {
      const bySource = Object.fromEntries(SOURCE_GROUPS.map((g) => [g, s.bySource[g] ?? 0]));
      const line = { file: s.file, school: s.school, schoolYear: s.schoolYear, level: s.level, regulation: s.regulation, form: s.form, rows: s.rows, amount: s.amount, errors: s.errors, warnings: s.warnings, uncounted: s.uncounted, byStandard: s.byStandard, bySource, progress: s.progress };
      return s.error === undefined ? line : { ...line, error: s.error };
    }),
    total: summary.total,
    byStandard: summary.byStandard,
    bySource: summary.bySource,
    progress: summary.progress,
  };
}
