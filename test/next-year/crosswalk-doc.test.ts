/** docs/chuyen-tieu-chi-2026.md: its crosswalk tables are the data's (scripts/crosswalk-doc.js), every pair shown. */
import * as fs from "fs";
import { CROSSWALKS_2026 } from "../../src/core/catalogue/crosswalk-2026";

const gen = require("../../scripts/crosswalk-doc.js") as { crosswalkMarkdown: () => string; withTables: (doc: string) => string; DOC: string };

test("the doc's tables are generated from crosswalk-2026.json (run node scripts/crosswalk-doc.js after editing the data)", () => {
  const doc = fs.readFileSync(gen.DOC, "utf8");
  expect(gen.withTables(doc)).toBe(doc);
});

test("every pair of every crosswalk is a row of the doc, with its reason", () => {
  const md = gen.crosswalkMarkdown();
  for (const cw of CROSSWALKS_2026) {
    expect(md).toContain(`### ${cw.from} → ${cw.to}`);
    for (const p of [...cw.pairs, ...cw.amended.flatMap((a) => a.pairs)]) {
      const line = md.split("\n").find((l) => l.startsWith(`| ${p.from} `) && l.includes(p.reason.replace(/\|/g, "\\|")));
      expect(line).toBeDefined();
      expect(line).toContain(p.to ? `**${p.to}**` : "*(cần chọn)*");
    }
  }
});
