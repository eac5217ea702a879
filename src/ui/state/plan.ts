/**
 * Plan slice: the plan as read, the user's overrides of its context (school
 * year, level, regulation), and the issues and totals of the plan with those
 * overrides applied (core/context `withOverrides` makes that plan).
 */
import type { Issue, Plan, Totals } from "../../core/plan";
import type { ContextOverrides } from "../../core/context";
import { parseAddress } from "../../core/grid";

export interface PlanState {
  /** As read from the sheet. */
  read: Plan | null;
  /** What identifies the plan for its saved details (core/context planKey), kept while the pane follows its plan sheet. */
  key: string | null;
  overrides: ContextOverrides;
  issues: Issue[];
  totals: Totals | null;
}

export type PlanAction =
  | { type: "plan/loaded"; plan: Plan; key: string; issues: Issue[]; totals: Totals; overrides: ContextOverrides }
  | { type: "plan/checked"; issues: Issue[]; totals: Totals }
  /** null removes an override (back to what the sheet says). */
  | { type: "plan/override"; patch: ContextOverrides }
  /** Live re-check: replaces the issues of the given sheet rows. */
  | { type: "plan/rowsChecked"; plan: Plan; rows: number[]; issues: Issue[]; totals: Totals }
  | { type: "plan/cleared" };

export const initialPlan: PlanState = { read: null, key: null, overrides: {}, issues: [], totals: null };

/** 1-based row of an A1 address ("B12" -> 12). */
export function rowOfCell(cell: string): number | null {
  const at = parseAddress(cell);
  return at ? at.row + 1 : null;
}

function applyOverrides(current: ContextOverrides, patch: ContextOverrides): ContextOverrides {
  const next: ContextOverrides = { ...current };
  for (const key of ["schoolYear", "level", "regulation"] as const) {
    if (!(key in patch) || patch[key] === undefined) continue;
    if (patch[key] === null) delete next[key];
    else (next as Record<string, unknown>)[key] = patch[key];
  }
  return next;
}

export function planReducer(state: PlanState, action: PlanAction): PlanState {
  switch (action.type) {
    case "plan/loaded":
      return { read: action.plan, key: action.key, overrides: action.overrides, issues: action.issues, totals: action.totals };
    case "plan/checked":
      return { ...state, issues: action.issues, totals: action.totals };
    case "plan/override":
      return { ...state, overrides: applyOverrides(state.overrides, action.patch) };
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
