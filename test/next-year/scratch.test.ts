import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { readPlan } from "../../src/core/read";
import { nextYearDraft } from "../../src/core/next-year";
test("scratch", async () => {
  for (const f of readdirSync("/work/shared/examples")) {
    const read = readPlan(await snapshotFromXlsx(new Uint8Array(readFileSync(join("/work/shared/examples", f)))));
    if (!read.ok) throw new Error(f);
    const r = nextYearDraft(read.plan);
    console.log(f, read.plan.schoolYear, read.plan.regulation, JSON.stringify(r, null, 1));
  }
});
