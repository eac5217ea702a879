/**
 * Validation: Plan -> Issue[]. Row-level rules (criterion, content, timeline,
 * budget, duplicates) run per row so an edited row can be re-checked alone;
 * plan-level rules (standard headings, the stated total) run on the whole plan.
 */
import type { Issue, Plan, PlanRow } from "../plan";
import { checkBudget } from "./budget";
import { sortIssues } from "./common";
import { checkContent } from "./content";
import { checkCriterion, checkStandards } from "./criteria";
import { checkDuplicate, firstByContent, planIndex, type FirstByContent } from "./duplicates";
import { checkTimeline } from "./timeline";
import { checkProblems, checkRow2026 } from "./form2026";
import { checkTotal } from "./total";

function rowIssues(plan: Plan, row: PlanRow, first?: FirstByContent): Issue[] {
  return [
    ...checkCriterion(plan, row),
    ...checkContent(plan, row),
    ...checkTimeline(plan, row),
    ...checkBudget(plan, row),
    ...checkDuplicate(plan, row, first),
    ...checkRow2026(plan, row),
  ];
}

/** All rules, sorted by sheet position (row, then column). */
export function validatePlan(plan: Plan): Issue[] {
  const out: Issue[] = [...checkStandards(plan), ...checkTotal(plan), ...checkProblems(plan)];
  const first = firstByContent(plan);
  for (const row of plan.rows) out.push(...rowIssues(plan, row, first));
  return sortIssues(out);
}

/**
 * Row-level rules for the given 1-based sheet rows only (live re-validation
 * of edited rows). Rows that are no plan row are ignored.
 */
export function validateRows(plan: Plan, rows: number[]): Issue[] {
  const index = planIndex(plan);
  const out: Issue[] = [];
  const done = new Set<number>();
  for (const n of rows) {
    if (done.has(n)) continue;
    done.add(n);
    const row = index.byRow.get(n);
    if (row) out.push(...rowIssues(plan, row));
  }
  return sortIssues(out);
}

export { schoolYearWindow } from "./timeline";
export { sameName } from "./names";
