/**
 * Validation and totals in one call: what `ctcl check` and the task pane show.
 * Both read the plan's context (../context contextOf) for its regulation and
 * year; issues are codes with parameters (../messages), rendered at the edge.
 */
import type { Issue, Plan, Totals } from "./plan";
import { computeTotals } from "./totals";
import { validatePlan } from "./validate";

export function checkPlan(plan: Plan): { issues: Issue[]; totals: Totals } {
  return { issues: validatePlan(plan), totals: computeTotals(plan) };
}
