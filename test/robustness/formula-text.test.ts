/**
 * Text that looks like a formula ("=SUM(A1:A3)", "+84 912", "-5", "@user")
 * read from a plan never becomes a formula: not in the exported plan workbook
 * (file host), not on the plan sheet the Excel host writes, and in the Word
 * document it is plain text in text runs (no field codes).
 */
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { planFromXlsxBytes } from "../../src/file/load-plan";
import { buildPlanWorkbook } from "../../src/file/export-plan";
import { checkPlan } from "../../src/core/check";
import { buildPlanDocx, defaultDocumentInfo } from "../../src/core/word";
import { PLAN_SHEET_NAME } from "../../src/core/plan-table";
import { createExcelHost } from "../../src/office";
import type { Plan, Totals } from "../../src/core/plan";
import { FakeExcel } from "../office/fake-excel";
import { visibleText } from "../word/docx-xml";
import { planWorkbookBytes } from "./generate";

const TRICKY = [
  "=SUM(A1:A3)",
  "+84 912 345 678",
  "-5",
  "@user",
  '=HYPERLINK("http://example.invalid","bấm vào đây")',
  "=cmd|' /C calc'!A0",
  "=1+1",
  "- Rà soát hồ sơ, sổ sách",
];
const FORMULA_LIKE = /^[=+\-@]/;

let plan: Plan;
let totals: Totals;

beforeAll(async () => {
  const bytes = await planWorkbookBytes({ rows: 40, seed: 7, formulaLikeTexts: TRICKY });
  const loaded = await planFromXlsxBytes(bytes, "ke-hoach.xlsx");
  if (!loaded.ok) throw new Error(loaded.message);
  plan = loaded.plan;
  totals = checkPlan(plan).totals;
});

/** Every formula-like text of the plan's rows (what must stay text). */
function trickyTexts(p: Plan): string[] {
  const out = new Set<string>();
  for (const r of p.rows) for (const v of [r.result, r.actions]) if (FORMULA_LIKE.test(v)) out.add(v);
  return [...out];
}

test("the reader keeps formula-like cells as the text typed", () => {
  const found = trickyTexts(plan);
  for (const t of TRICKY) expect(found).toContain(t);
});

test("the exported plan workbook stores them as text, with the totals formula the only formula", async () => {
  const bytes = await buildPlanWorkbook(plan, totals);
  // The sheet XML: formulas are <f> elements; only the totals row has one.
  const zip = new PizZip(bytes);
  const sheetXml = Object.keys(zip.files)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .map((n) => zip.file(n)!.asText())
    .join("");
  const formulas = [...sheetXml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)].map((m) => m[1]);
  expect(formulas).toHaveLength(1);
  expect(formulas[0]).toMatch(/^SUBTOTAL\(109,[A-Z]+2:[A-Z]+\d+\)$/);
  // Read back: each tricky text is a plain string value in some cell.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const strings = new Set<string>();
  wb.worksheets[0].eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string") strings.add(cell.value);
    }),
  );
  for (const t of trickyTexts(plan)) expect(strings).toContain(t);
});

test("the Excel host writes them as text on the plan sheet (Text format, no formula)", async () => {
  const fake = new FakeExcel();
  fake.workbook.addSheet(plan.sheet);
  const host = createExcelHost(fake.env());
  const r = await host.writePlanSheet(plan, totals);
  expect(r.ok).toBe(true);
  const ws = fake.workbook.sheet(PLAN_SHEET_NAME)!;
  const seen = new Set<string>();
  for (const cell of ws.cells.values()) {
    if (typeof cell.value === "string" && FORMULA_LIKE.test(cell.value)) {
      seen.add(cell.value);
      expect({ text: cell.value, formula: cell.formula, numberFormat: cell.numberFormat }).toEqual({ text: cell.value, formula: null, numberFormat: "@" });
    }
  }
  for (const t of trickyTexts(plan)) expect(seen).toContain(t);
  const formulas = [...ws.cells.values()].filter((c) => c.formula).map((c) => c.formula);
  expect(formulas.every((f) => /^=SUBTOTAL\(109,/.test(f!))).toBe(true);
});

test("the Word document shows them as plain text runs, never as field codes", async () => {
  const bytes = await buildPlanDocx({ plan, totals, info: defaultDocumentInfo(plan) });
  const zip = new PizZip(bytes);
  const xml = Object.keys(zip.files)
    .filter((n) => /^word\/.*\.xml$/.test(n))
    .map((n) => zip.file(n)!.asText())
    .join("\n");
  // Field codes (w:instrText, w:fldSimple) may exist for page numbers only.
  const instr = [...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1].trim());
  const simple = [...xml.matchAll(/<w:fldSimple\s[^>]*w:instr="([^"]*)"/g)].map((m) => m[1].trim());
  for (const f of [...instr, ...simple]) expect(f).toMatch(/^(PAGE|NUMPAGES)\b/);
  expect(xml).not.toMatch(/<w:hyperlink\b/);
  const text = visibleText(zip.file("word/document.xml")!.asText());
  for (const t of trickyTexts(plan)) {
    for (const line of t.split("\n")) expect(text).toContain(line);
  }
});
