/**
 * Many schools at once: one line per plan file (or the sentence saying why it
 * could not be read), a grand total, and totals by standard and by funding
 * source across schools. What `ctcl summary` prints, writes as JSON and as a
 * workbook. Pure: the files are read elsewhere.
 */
import type { FormKind, Issue, Plan, RegulationId, SchoolLevel, Totals } from "./plan";
import { contextOf } from "./context";
import { orderedEntries } from "./totals";

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

export interface Summary {
  schools: SchoolSummary[];
  total: SummaryTotal;
  byStandard: Record<string, number>;
  bySource: Record<string, number>;
}

/** The funding groups, in the order they are shown (core/funding). */
export const SOURCE_GROUPS = ["nsnn", "xhh", "ctx", "other"] as const;

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
  };
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
    error: message,
  };
}

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/** The lines, their grand total, and the totals by standard (reading order) and by source (nsnn, xhh, ctx, other). */
export function summarize(schools: readonly SchoolSummary[]): Summary {
  const total: SummaryTotal = { files: schools.length, unreadable: 0, rows: 0, amount: 0, errors: 0, warnings: 0, uncounted: 0 };
  const byStandard: Record<string, number> = {};
  const bySource: Record<string, number> = Object.fromEntries(SOURCE_GROUPS.map((g) => [g, 0]));
  for (const s of schools) {
    if (s.error !== undefined) total.unreadable++;
    total.rows += s.rows;
    total.amount += s.amount;
    total.errors += s.errors;
    total.warnings += s.warnings;
    total.uncounted += s.uncounted;
    add(byStandard, s.byStandard);
    add(bySource, s.bySource);
  }
  return { schools: [...schools], total, byStandard: Object.fromEntries(orderedEntries(byStandard)), bySource };
}

/**
 * The exit code of `ctcl summary`: 2 when some file could not be read, else 1
 * when some plan has errors, else 0.
 */
export function summaryExitCode(summary: Summary): number {
  if (summary.total.unreadable > 0) return 2;
  return summary.total.errors > 0 ? 1 : 0;
}

/** The documented JSON: each school without its own breakdowns (they add up to byStandard and bySource). */
export function summaryJson(summary: Summary): unknown {
  return {
    schools: summary.schools.map((s) => {
      const line = { file: s.file, school: s.school, schoolYear: s.schoolYear, level: s.level, regulation: s.regulation, form: s.form, rows: s.rows, amount: s.amount, errors: s.errors, warnings: s.warnings, uncounted: s.uncounted };
      return s.error === undefined ? line : { ...line, error: s.error };
    }),
    total: summary.total,
    byStandard: summary.byStandard,
    bySource: summary.bySource,
  };
}
