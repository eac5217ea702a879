/**
 * Office round trips (context.sync calls) per task-pane action, measured
 * through the Excel host (src/office) on the counting fake context, for plans
 * of the given sizes. Used by test/office/syncs.test.ts and by the benchmark
 * (scripts/bench.js): `measureSyncs([30, 5000])` ->
 * { convert: { 30: 2, 5000: 2 }, read: {...}, highlight: {...}, ... }.
 */
import { createExcelHost } from "../../src/office";
import { PLAN_SHEET_NAME } from "../../src/core/plan-table";
import { computeTotals } from "../../src/core/totals";
import type { Issue } from "../../src/core/plan";
import { FakeExcel, countSyncs } from "./fake-excel";
import { makePlan } from "./plans";

export const SYNC_ACTIONS = ["read", "convert", "reconvert", "readPlanSheet", "highlight", "select", "insertCriterion", "totalsRow"] as const;
export type SyncAction = (typeof SYNC_ACTIONS)[number];

export async function measureSyncs(sizes: readonly number[] = [30, 5000]): Promise<Record<SyncAction, Record<string, number>>> {
  const out = Object.fromEntries(SYNC_ACTIONS.map((a) => [a, {} as Record<string, number>])) as Record<SyncAction, Record<string, number>>;
  for (const n of sizes) {
    const fake = new FakeExcel();
    const original = fake.workbook.addSheet("Kế hoạch gốc");
    const plan = makePlan(n, original.name);
    // The original sheet as a school keeps it: header row 8, one row per plan row.
    original.set("B8", "Tiêu chuẩn, tiêu chí");
    for (const r of plan.rows) {
      original.set(`B${r.row}`, r.criterionText);
      original.set(`C${r.row}`, r.result.replace(/^[=+\-@]/, "'$&"));
    }
    const host = createExcelHost(fake.env());
    const totals = computeTotals(plan);
    const must = <T>(r: { ok: boolean } & T) => {
      if (!r.ok) throw new Error(`action failed: ${JSON.stringify(r)}`);
      return r;
    };
    const issues: Issue[] = plan.rows.map((r, i) => ({ severity: i % 2 ? "warning" : "error", code: "x", cell: `F${i + 2}`, text: { key: "uiCell", args: [""] } }));
    const run = async (action: SyncAction, fn: () => Promise<{ ok: boolean }>) => {
      const { result, syncs } = await countSyncs(fake, fn);
      must(result);
      out[action][String(n)] = syncs;
    };
    await run("read", () => host.readWorkbook(original.name));
    await run("convert", () => host.writePlanSheet(plan, totals));
    await run("reconvert", () => host.writePlanSheet(plan, totals));
    await run("readPlanSheet", () => host.readWorkbook(PLAN_SHEET_NAME));
    await run("highlight", () => host.highlightIssues(issues));
    await run("select", () => host.selectCell(PLAN_SHEET_NAME, `F${n + 1}`));
    await run("insertCriterion", () => host.insertCriterion("3.2", "Thiết bị dạy học"));
    await run("totalsRow", () => host.writeTotalsRow());
  }
  return out;
}
