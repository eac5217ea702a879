import * as fs from "fs";
import { statusPlan } from "./workbook";
import { buildReviewDocx } from "../../src/core/word/review";
import { reviewDocumentInfo } from "../../src/core/word/review-info";
import { computeTotals } from "../../src/core/totals";
test("render", async () => {
  const plan = await statusPlan();
  for (const period of ["hk1", "cuoi-nam"] as const) {
    const bytes = await buildReviewDocx({ plan, totals: computeTotals(plan), info: reviewDocumentInfo(plan), period });
    fs.writeFileSync(`/tmp/rv/${period}.docx`, bytes);
  }
});
