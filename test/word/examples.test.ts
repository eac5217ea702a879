/** The shared example workbooks (../shared/examples), read and written as documents. */
import * as path from "path";
import { buildPlanDocx, defaultDocumentInfo } from "../../src/core/word";
import { computeTotals } from "../../src/core/totals";
import { formatAmount } from "../../src/core/words";
import { fieldText } from "../../src/core/word/table";
import { readPlanFile, sharedExamples } from "../helpers";
import { parts, rows, tables, visibleText } from "./docx-xml";

const files = sharedExamples();
const each = files.length ? test.each(files.map((f) => [path.basename(f), f])) : null;

if (!each) test("no shared examples here", () => undefined);
else
  each("%s: every row, standard, budget and the totals in the document", async (_name, file) => {
    const plan = await readPlanFile(file);
    const totals = computeTotals(plan);
    const info = defaultDocumentInfo(plan);
    const { document } = parts(await buildPlanDocx({ plan, totals, info }));
    const text = visibleText(document);
    const tbl = tables(document)[1];
    expect(rows(tbl)).toHaveLength(
      1 + plan.bands.length + plan.standards.length + plan.remarks.length + plan.rows.length + 1,
    );
    const tableText = visibleText(tbl);
    plan.rows.forEach((r, i) => {
      for (const s of [r.criterionText, r.result, r.actions, r.owner, r.timeline, fieldText(r, "budget", totals.rows[i])]) {
        for (const line of s.split("\n").map((l) => l.trim()).filter(Boolean)) expect(tableText).toContain(line);
      }
    });
    for (const s of plan.standards) expect(tableText).toContain(`Tiêu chuẩn ${s.number}`);
    for (const b of plan.bands) expect(tableText).toContain(b.text.trim());
    expect(text).toContain(formatAmount(totals.amount));
    expect(text).toContain(`Bằng chữ: ${totals.words}`);
    if (plan.info.school) expect(text).toContain(plan.info.school.toLocaleUpperCase("vi"));
    if (plan.info.signerName) expect(text).toContain(plan.info.signerName);
  });
