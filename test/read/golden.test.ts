/**
 * Golden files: each workbook in, the expected plan JSON out. Regenerate after a
 * deliberate change with UPDATE_GOLDEN=1 npx jest test/read/golden, then read the
 * diff before committing.
 */
import * as fs from "fs";
import * as path from "path";
import { FIXTURES, ROOT, SAMPLE, readPlanFile, sharedExamples } from "../helpers";
import type { ReadOptions } from "../../src/core/read";

const GOLDEN = path.join(ROOT, "test", "golden");

const cases: { file: string; options?: ReadOptions }[] = [
  { file: SAMPLE },
  { file: path.join(FIXTURES, "plan-on-later-sheet.xlsx") },
  { file: path.join(FIXTURES, "header-without-letterhead.xlsx"), options: { level: "thcs" } },
  { file: path.join(FIXTURES, "text-budgets-typed-total.xlsx") },
  { file: path.join(FIXTURES, "form-2026.xlsx") },
  ...sharedExamples().map((file) => ({ file })),
];

describe.each(cases)("golden plan of $file", ({ file, options }) => {
  it("matches the expected JSON", async () => {
    const plan = await readPlanFile(file, options);
    const golden = path.join(GOLDEN, path.basename(file).replace(/\.xlsx$/, ".plan.json"));
    const actual = JSON.parse(JSON.stringify(plan));
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, JSON.stringify(actual, null, 2) + "\n");
    expect(fs.existsSync(golden)).toBe(true);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(golden, "utf8")));
  });
});
