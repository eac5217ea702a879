/** A 5,000-row plan builds without running out of memory (the benchmark issue measures its speed). */
import { buildPlanDocx, defaultDocumentInfo } from "../../src/core/word";
import { computeTotals } from "../../src/core/totals";
import { largePlan } from "./fixtures";
import { parts } from "./docx-xml";

test("a 5,000-row plan produces a document", async () => {
  const plan = largePlan(5000);
  expect(plan.rows).toHaveLength(5000);
  const totals = computeTotals(plan);
  const t0 = Date.now();
  const bytes = await buildPlanDocx({ plan, totals, info: defaultDocumentInfo(plan) });
  const ms = Date.now() - t0;
  expect(bytes.length).toBeGreaterThan(100_000);
  const { document } = parts(bytes);
  expect((document.match(/<w:tr[ >]/g) ?? []).length).toBeGreaterThan(5000);
  console.log(`5,000 rows: ${(bytes.length / 1024 / 1024).toFixed(1)} MB .docx in ${ms} ms`);
}, 60000);
