import { parseBudget } from "../../src/core/parse/money";
import { parseOwner } from "../../src/core/parse/owner";
import { parseTimeline } from "../../src/core/parse/timeline";
import { PARSE_MAX_CHARS } from "../../src/core/text";
import { inChildNode } from "../robustness/child";

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

describe("hostile cells: each parser looks at PARSE_MAX_CHARS characters, in linear time", () => {
  test("300 cells of 32,767 '(' (a quadratic regex on an unbalanced parenthesis) take well under a few seconds", () => {
    const cell = "(".repeat(32_767);
    const t0 = Date.now();
    for (let i = 0; i < 300; i++) {
      parseBudget(cell);
      parseTimeline(cell);
      parseOwner(cell);
    }
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  test("the whole text is kept, only the first PARSE_MAX_CHARS are parsed", () => {
    const tail = "x".repeat(PARSE_MAX_CHARS);
    expect(parseBudget(`5.000.000 đồng ${tail}`).amount).toBe(5_000_000);
    expect(parseBudget(`${tail} 5.000.000 đồng`).amount).toBeNull();
    expect(parseBudget(`5.000.000 đồng ${tail}`).text.length).toBeGreaterThan(PARSE_MAX_CHARS);
    expect(parseTimeline(`${tail} tháng 9/2026`).start).toBeNull();
    expect(parseTimeline(`tháng 9/2026 ${tail}`).start).toBe("2026-09");
  });

  test("parseTimeline with thousands of matches is linear (one rebuild per pattern)", () => {
    const t0 = Date.now();
    parseTimeline("2025 ".repeat(PARSE_MAX_CHARS));
    expect(Date.now() - t0).toBeLessThan(1_000);
  });

  test("fold() of a 20 MB cell fits in a 160 MB heap (it used to cost ~40 bytes per character)", () => {
    const r = inChildNode<{ length: number }>(
      `const { fold, foldSameLength } = load("src/core/text.ts");
       const s = "Ắ b".repeat(7_000_000);
       const a = fold(s).length; const b = foldSameLength(s).length;
       done({ length: a + b });`,
      { heapMB: 160, deadlineMs: 30_000 },
    );
    expect(r.out ?? `no answer (exit ${r.status}, ${r.signal}: ${r.stderr})`).toEqual({ length: 42_000_000 });
  });
});
