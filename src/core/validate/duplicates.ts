/**
 * The same criterion with the same result and actions written twice: a
 * warning at the later row. The rows of a plan are indexed by sheet row and
 * by criterion once per plan object (WeakMap), so re-validating a few edited
 * rows costs O(rows of the same criterion) each.
 */
import type { Issue, Plan, PlanRow } from "../plan";
import { fold } from "../text";
import { msg } from "../messages";
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

/**
 * A row's folded result and actions, computed once per row and again only when
 * its text changed (rows may be patched in place by live re-validation): a
 * district plan repeats each criterion hundreds of times, and folding both
 * sides of every comparison made the check quadratic in fold() calls.
 */
const CONTENT = new WeakMap<PlanRow, { criterion: string | null; result: string; actions: string; key: string }>();

/** Criterion, folded result and folded actions as one string (the same string object while unchanged). */
function contentKey(r: PlanRow): string {
  const memo = CONTENT.get(r);
  if (memo && memo.criterion === r.criterion && memo.result === r.result && memo.actions === r.actions) return memo.key;
  const key = `${r.criterion ?? ""}\u0000${fold(r.result)}\u0000${fold(r.actions)}`;
  CONTENT.set(r, { criterion: r.criterion, result: r.result, actions: r.actions, key });
  return key;
}

function sameContent(a: PlanRow, b: PlanRow): boolean {
  return contentKey(a) === contentKey(b);
}

/**
 * The earliest row of each (criterion, content): built once for a whole-plan
 * check, so each row is compared in O(1) rather than against every earlier
 * row of its criterion (a district plan repeats a criterion hundreds of times).
 */
export type FirstByContent = Map<string, PlanRow>;

export function firstByContent(plan: Plan): FirstByContent {
  const first: FirstByContent = new Map();
  for (const r of plan.rows) {
    if (!r.criterion || (!r.result.trim() && !r.actions.trim())) continue;
    const k = contentKey(r);
    const had = first.get(k);
    if (!had || r.row < had.row) first.set(k, r);
  }
  return first;
}

export function checkDuplicate(plan: Plan, row: PlanRow, first?: FirstByContent): Issue[] {
  if (!row.criterion) return [];
  if (!row.result.trim() && !row.actions.trim()) return [];
  let earlier: PlanRow | undefined;
  if (first) {
    const f = first.get(contentKey(row));
    earlier = f && f !== row && f.row < row.row ? f : undefined;
  } else {
    const list = planIndex(plan).byCriterion.get(row.criterion) ?? [];
    earlier = list.find((r) => r !== row && r.row < row.row && sameContent(r, row));
  }
  if (!earlier) return [];
  return [issue("warning", "row-duplicate", ownCell(plan, row, "criterion"), msg("vRowDuplicate", row.criterion, earlier.row))];
}
