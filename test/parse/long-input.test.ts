import { parseBudget } from "../../src/core/parse/money";
import { parseOwner } from "../../src/core/parse/owner";
import { parseTimeline } from "../../src/core/parse/timeline";

// A cell holds up to 32,767 characters; no input of that size may make a
// parser backtrack for long (each one runs once per plan row).
const LONG = [
  "1".repeat(32000),
  "1.".repeat(16000),
  "1 ".repeat(16000),
  " ".repeat(32000) + "x",
  "- ".repeat(16000),
  "tháng 8 năm 2025 ".repeat(2000),
  "Ban giám hiệu, ".repeat(2000),
  "năm học ".repeat(4000),
  "2025-".repeat(6000),
  "1/".repeat(16000),
  "hoc ky ".repeat(4000),
  "từ ".repeat(10000) + "9/2026",
  "\n".repeat(32000) + "BGH",
];

describe("long cells", () => {
  test.each(LONG.map((s) => [s.slice(0, 16), s]))("%j... is parsed in under a second", (_label, s) => {
    for (const fn of [parseBudget, parseTimeline, parseOwner] as ((x: string) => unknown)[]) {
      const t0 = Date.now();
      fn(s);
      expect(Date.now() - t0).toBeLessThan(1000);
    }
  });
});
