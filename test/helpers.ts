/** Shared test helpers: the project's fixtures and, when present, ../shared/examples. */
import * as fs from "fs";
import * as path from "path";
import { snapshotFromXlsx } from "../src/file/xlsx";
import { readPlan, type ReadOptions } from "../src/core/read";
import type { Plan } from "../src/core/plan";

export const ROOT = path.join(__dirname, "..");
export const FIXTURES = path.join(ROOT, "test", "fixtures");
export const SAMPLE = path.join(ROOT, "examples", "ke-hoach-mau.xlsx");
export const SHARED_EXAMPLES = path.join(ROOT, "..", "shared", "examples");

/** The shared example workbooks, or [] (with a note) when ../shared is absent. */
export function sharedExamples(): string[] {
  if (!fs.existsSync(SHARED_EXAMPLES)) {
    console.log(`../shared/examples is absent: tests on the shared example workbooks are not run here.`);
    return [];
  }
  return fs
    .readdirSync(SHARED_EXAMPLES)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(SHARED_EXAMPLES, f));
}

export function sharedExample(name: string): string | null {
  const p = path.join(SHARED_EXAMPLES, name);
  return fs.existsSync(p) ? p : null;
}

export async function readPlanFile(file: string, options: ReadOptions = {}): Promise<Plan> {
  const snapshot = await snapshotFromXlsx(new Uint8Array(fs.readFileSync(file)));
  const r = readPlan(snapshot, options);
  if (!r.ok) throw new Error(`${file}: ${r.error.code}`);
  return r.plan;
}
