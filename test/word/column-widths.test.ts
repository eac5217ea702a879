/**
 * Column widths of the plan table fit their words at the table's size
 * (Times New Roman 12 pt, the header bold): no header title and no short word a
 * school writes in the narrow columns ("GD&ĐT", a budget in the billions) is
 * broken inside ("GD&Đ/T"). Widths from Adobe Times metrics, the same as
 * Liberation Serif's, on the landscape A4 page of the document (and of the
 * sample template, the same text width).
 */
import { COLUMNS_2018, COLUMNS_2026, type Column } from "../../src/core/word/table";
import { timesBoldWidth, timesWidth } from "../../src/core/word/format";
import { PAGE, PT } from "../../src/core/word/runs";

/** Text width of the landscape table page, and the cell margins (60 twips each side). */
const TABLE = PAGE.height - PAGE.left - PAGE.rightLandscape;
const MARGINS = 120;

function room(columns: readonly Column[], key: string): number {
  const sum = columns.reduce((a, c) => a + c.share, 0);
  const c = columns.find((x) => x.key === key)!;
  return Math.floor((TABLE * c.share) / sum) - MARGINS;
}

describe.each([
  ["2018", COLUMNS_2018],
  ["2026", COLUMNS_2026],
])("the %s form's columns", (_form, columns) => {
  test("shares add up to the whole width", () => {
    expect(columns.reduce((a, c) => a + c.share, 0)).toBeCloseTo(100, 5);
    for (const c of columns) expect(c.share).toBeGreaterThan(0);
  });

  test.each(columns.map((c) => [c.title, c.key]))("the longest word of “%s” fits its column in bold", (title, key) => {
    const longest = Math.max(...title.split(/\s+/).map((w) => timesBoldWidth(w, PT.table)));
    expect(longest).toBeLessThanOrEqual(room(columns, key));
  });

  test("a budget in the billions stays on one line, in the rows and in the bold total", () => {
    expect(timesWidth("10.000.000.000", PT.table)).toBeLessThanOrEqual(room(columns, "budget"));
    expect(timesBoldWidth("1.500.000.000", PT.table)).toBeLessThanOrEqual(room(columns, "budget"));
  });
});

test("short words of the narrow 2018 columns are not broken: “Điều kiện hỗ trợ khác”, “Ghi chú”", () => {
  for (const key of ["support", "note"]) {
    for (const word of ["GD&ĐT", "(GD&ĐT);", "UBND,", "CBQL-GV", "30/9/2026"]) {
      expect([key, word, timesWidth(word, PT.table) <= room(COLUMNS_2018, key)]).toEqual([key, word, true]);
    }
  }
});

test("the width table: Vietnamese letters as their base letter, ơ/ư wider", () => {
  expect(timesWidth("Đ", 12)).toBe(timesWidth("D", 12));
  expect(timesWidth("ệ", 12)).toBe(timesWidth("e", 12));
  expect(timesWidth("ờ", 12)).toBe(timesWidth("ơ", 12));
  expect(timesWidth("ơ", 12)).toBeGreaterThan(timesWidth("o", 12));
  expect(timesBoldWidth("GD&ĐT", 12)).toBeGreaterThan(timesWidth("GD&ĐT", 12));
});
