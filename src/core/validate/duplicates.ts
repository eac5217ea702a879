/**
 * The same criterion with the same result and actions written twice: a
 * warning at the later row. The rows of a plan are indexed by sheet row and
 * by criterion once per plan object (WeakMap), so re-validating a few edited
 * rows costs O(rows of the same criterion) each.
 */
import type { Issue, Plan, PlanRow } from "../plan";
import { fold } from "../text";
import { t } from "../strings";
import { issue, ownCell } from "./common";

interface PlanIndex {
  /** The rows array the index was built from; rebuilt when it is replaced. */
  rows: PlanRow[];
  length: number;
  byRow: Map<number, PlanRow>;
  byCriterion: Map<string, PlanRow[]>;
}

const INDEX = new WeakMap<Plan, PlanIndex>();

export function planIndex(plan: Plan): PlanIndex {
  const cached = INDEX.get(plan);
  if (cached && cached.rows === plan.rows && cached.length === plan.rows.length) return cached;
  const byRow = new Map<number, PlanRow>();
  const byCriterion = new Map<string, PlanRow[]>();
  for (const r of plan.rows) {
    byRow.set(r.row, r);
    if (r.criterion) {
      const list = byCriterion.get(r.criterion);
      if (list) list.push(r);
      else byCriterion.set(r.criterion, [r]);
    }
  }
  const index = { rows: plan.rows, length: plan.rows.length, byRow, byCriterion };
  INDEX.set(plan, index);
  return index;
}

function sameContent(a: PlanRow, b: PlanRow): boolean {
  return a.criterion === b.criterion && fold(a.result) === fold(b.result) && fold(a.actions) === fold(b.actions);
}

export function checkDuplicate(plan: Plan, row: PlanRow): Issue[] {
  if (!row.criterion) return [];
  if (!row.result.trim() && !row.actions.trim()) return [];
  const list = planIndex(plan).byCriterion.get(row.criterion) ?? [];
  const earlier = list.find((r) => r !== row && r.row < row.row && sameContent(r, row));
  if (!earlier) return [];
  return [issue("warning", "row-duplicate", ownCell(plan, row, "criterion"), t("vRowDuplicate", row.criterion, earlier.row))];
}
