/** writeJson writes exactly JSON.stringify(value, null, 2) + "\n", in pieces. */
import { writeJson } from "../../src/cli/json";

function written(value: unknown): string {
  let s = "";
  writeJson(value, (x) => (s += x));
  return s;
}

describe("writeJson", () => {
  it.each([
    ["a plain report", { plan: { rows: [{ a: 1, b: "x\ny", c: [1, [2, { d: null }]], e: {} }], empty: [] }, totals: { amount: 3 }, issues: [] }],
    ["left-out and null values", { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol("s")], d: { e: undefined }, f: NaN, g: Infinity }],
    ["toJSON and dates", { when: new Date(0), own: { toJSON: () => ({ x: [1, 2] }) }, list: [new Date(1)] }],
    ["deep nesting", { a: { b: { c: { d: { e: [[[]], [{}], [{ f: "ể" }]] } } } } }],
    ["an array at the top", [1, { a: [2, 3] }, [], {}, "s"]],
    ["a scalar", "Tiêu chí 1.1"],
    ["an object without prototype", Object.assign(Object.create(null), { a: 1, b: { c: 2 } })],
    [
      "long lists at each depth, written in batches (left-out items become null, as in JSON.stringify)",
      {
        plan: {
          rows: Array.from({ length: 600 }, (_, n) => (n % 97 === 5 ? undefined : n % 89 === 7 ? () => n : { row: n, text: `Dòng ${n}\nhai`, cells: { a: `A${n}` }, list: [n, [n], {}] })),
          deeper: { list: Array.from({ length: 17 }, (_, n) => [n, { n }]) },
        },
        issues: Array.from({ length: 300 }, (_, n) => ({ severity: "warning", cell: `B${n}`, when: new Date(n), message: "Tiêu chí 1.1\u2028" })),
        short: Array.from({ length: 15 }, (_, n) => ({ n })),
      },
    ],
    ["a long list at the top", Array.from({ length: 1000 }, (_, n) => (n % 2 ? { n, s: "x\ny" } : [n, null, "ể"]))],
  ])("%s", (_what, value) => {
    expect(written(value)).toBe(JSON.stringify(value, null, 2) + "\n");
  });

  it("a large value comes in several pieces that join to the same text", () => {
    const value = { rows: Array.from({ length: 3000 }, (_, n) => ({ n, text: `Dòng ${n}\nhai`, list: [n, { m: n }] })) };
    const pieces: string[] = [];
    writeJson(value, (x) => pieces.push(x));
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join("")).toBe(JSON.stringify(value, null, 2) + "\n");
  });
});
