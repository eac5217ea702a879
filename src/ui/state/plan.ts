/**
 * Plan slice: the plan as read, the user's overrides of level and regulation,
 * and the issues and totals of the plan with those overrides applied.
 */
import type { Issue, Plan, RegulationId, SchoolLevel, Totals } from "../../core/plan";
import { regulationById, regulationTitleAsOf, regulationFor } from "../../core/catalogue";

export interface PlanState {
  /** As read from the sheet. */
  read: Plan | null;
  overrides: { level?: SchoolLevel; regulation?: RegulationId };
  issues: Issue[];
  totals: Totals | null;
}

export type PlanAction =
  | { type: "plan/loaded"; plan: Plan; issues: Issue[]; totals: Totals; keepOverrides?: boolean }
  | { type: "plan/checked"; issues: Issue[]; totals: Totals }
  | { type: "plan/override"; level?: SchoolLevel | null; regulation?: RegulationId | null }
  /** Live re-check: replaces the issues of the given sheet rows. */
  | { type: "plan/rowsChecked"; plan: Plan; rows: number[]; issues: Issue[]; totals: Totals }
  | { type: "plan/cleared" };

export const initialPlan: PlanState = { read: null, overrides: {}, issues: [], totals: null };

/** 1-based row of an A1 address ("B12" -> 12). */
export function rowOfCell(cell: string): number | null {
  const m = /^\$?[A-Z]{1,3}\$?(\d+)$/i.exec(cell.trim());
  return m ? Number(m[1]) : null;
}

export function planReducer(state: PlanState, action: PlanAction): PlanState {
  switch (action.type) {
    case "plan/loaded":
      return { read: action.plan, overrides: action.keepOverrides ? state.overrides : {}, issues: action.issues, totals: action.totals };
    case "plan/checked":
      return { ...state, issues: action.issues, totals: action.totals };
    case "plan/override": {
      const overrides = { ...state.overrides };
      if (action.level !== undefined) {
        if (action.level === null) delete overrides.level;
        else overrides.level = action.level;
        // A new level makes the old regulation choice meaningless.
        delete overrides.regulation;
      }
      if (action.regulation !== undefined) {
        if (action.regulation === null) delete overrides.regulation;
        else overrides.regulation = action.regulation;
      }
      return { ...state, overrides };
    }
    case "plan/rowsChecked": {
      const changed = new Set(action.rows);
      const kept = state.issues.filter((i) => {
        const r = rowOfCell(i.cell);
        return r === null || !changed.has(r);
      });
      const issues = [...kept, ...action.issues].sort(byPosition);
      return { ...state, read: action.plan, issues, totals: action.totals };
    }
    case "plan/cleared":
      return initialPlan;
    default:
      return state;
  }
}

function byPosition(a: Issue, b: Issue): number {
  const ra = rowOfCell(a.cell) ?? 0;
  const rb = rowOfCell(b.cell) ?? 0;
  if (ra !== rb) return ra - rb;
  return a.cell.localeCompare(b.cell);
}

/** The plan with the overrides applied: what validation, totals and Word use. */
export function effectivePlan(state: Pick<PlanState, "read" | "overrides">, schoolYear?: string | null): Plan | null {
  const plan = state.read;
  if (!plan) return null;
  const level = state.overrides.level ?? plan.level;
  const year = schoolYear ?? plan.schoolYear;
  let regulation = plan.regulation;
  if (state.overrides.regulation) regulation = state.overrides.regulation;
  else if (state.overrides.level || (year && year !== plan.schoolYear)) regulation = level ? regulationFor(level, year).id : plan.regulation;
  if (regulation === plan.regulation && level === plan.level && year === plan.schoolYear) return plan;
  return { ...plan, level, regulation, schoolYear: year };
}

/** The regulation detected for the plan as read (no user override). */
export function detectedRegulation(plan: Plan | null, level: SchoolLevel | null, schoolYear: string | null): RegulationId | null {
  if (!plan) return null;
  if (level && level !== plan.level) return regulationFor(level, schoolYear).id;
  if (plan.regulation) return plan.regulation;
  return level ? regulationFor(level, schoolYear).id : null;
}

/** Title of a regulation, with the amendments in force for a plan of `schoolYear`. */
export function regulationTitle(id: RegulationId | null, schoolYear?: string | null): string {
  if (!id) return "";
  try {
    return regulationTitleAsOf(regulationById(id), schoolYear);
  } catch {
    return id;
  }
}

export interface IssueCounts {
  error: number;
  warning: number;
  info: number;
}

export function issueCounts(issues: readonly Issue[]): IssueCounts {
  const c: IssueCounts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return c;
}
