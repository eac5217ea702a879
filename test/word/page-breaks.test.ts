/**
 * Page breaks of the printed plan, as LibreOffice lays it out: no plan row
 * starts on one page and ends on the next, and a standard's heading is never
 * the last line of a page (it stays with the row under it). For the sample
 * workbook, a 2026-form workbook and the shared examples (when ../shared is
 * there), in the generated
 * document and in the sample template.
 *
 * How: the .docx is converted to PDF and `pdftotext -bbox` gives each word's
 * page and position. The words of each landscape page are cut into the table's
 * columns (the grid widths of the docx, from the page's left margin) and read
 * top to bottom; a row is whole on a page when the full text of its longest own
 * cell (one not merged with a neighbour) is found, whitespace taken out, in
 * that column of that page. Rows are looked up in order, each from the page of
 * the one before. A row taller than a page cannot be kept whole: it is exempt
 * (its estimated height is more than the page's text height) and the test says so.
 *
 * Runs when `soffice` and `pdftotext` are on PATH (.ci/run installs them).
 * CTCL_PRINT_DIR=dir keeps the .docx and .pdf files there (to look at them).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";
import { buildPlanDocx, defaultDocumentInfo, fillTemplateDocx } from "../../src/core/word";
import type { FieldKey, Plan, PlanRow, Totals } from "../../src/core/plan";
import { computeTotals } from "../../src/core/totals";
import { columnsFor, fieldText, tableItems } from "../../src/core/word/table";
import { timesWidth } from "../../src/core/word/format";
import { PT } from "../../src/core/word/runs";
import { rowAmountIndex } from "../../src/core/totals";
import { FIXTURES, SAMPLE, readPlanFile, sharedExamples } from "../helpers";
import { parts, planTableOf } from "./docx-xml";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const available = has("soffice") && has("pdftotext");
if (!available) console.log("soffice or pdftotext is not installed: the page-break test checks nothing here.");
const maybe = available || process.env.CI ? test : test.skip;

const TEMPLATE = path.join(__dirname, "..", "..", "examples", "templates", "mau-tieu-de-truong.docx");
const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, "");

interface Word {
  x: number;
  y: number;
  text: string;
}
interface Page {
  width: number;
  height: number;
  words: Word[];
}

/** Pages and words of a PDF (pdftotext -bbox, in points). */
function pdfWords(pdf: string): Page[] {
  const html = execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"], { maxBuffer: 256 * 1024 * 1024 }).toString("utf8");
  const pages: Page[] = [];
  const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x: Number(w[1]),
      y: (Number(w[2]) + Number(w[3])) / 2,
      text: unescape(w[4]).normalize("NFC"),
    }));
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/** Words in reading order: lines top to bottom (within 2 pt), left to right. */
function read(words: Word[]): string {
  const sorted = [...words].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Word[][] = [];
  for (const w of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - w.y) < 2) line.push(w);
    else lines.push([w]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x).map((w) => w.text).join(" ")).join("\n");
}

interface Layout {
  /** Column edges in points from the page's left edge. */
  edges: number[];
  /** Text height of a landscape page, in points. */
  textHeight: number;
}

/** The plan table's column edges and the landscape page's text height, from the docx. */
function layoutOf(documentXml: string): Layout {
  const tbl = planTableOf(documentXml);
  const widths = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]) / 20);
  const after = documentXml.slice(documentXml.indexOf(tbl) + tbl.length);
  const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(after)?.[0] ?? "";
  const mar = (side: string) => Number(new RegExp(`<w:pgMar [^>]*w:${side}="(\\d+)"`).exec(sect)?.[1] ?? 0) / 20;
  const height = Number(/<w:pgSz [^>]*w:h="(\d+)"/.exec(sect)?.[1] ?? 11906) / 20;
  const edges = [mar("left")];
  for (const w of widths) edges.push(edges[edges.length - 1] + w);
  return { edges, textHeight: height - mar("top") - mar("bottom") };
}

/** What a page shows in each column, whitespace taken out; and the whole page in reading order. */
function columnTexts(page: Page, edges: number[]): string[] {
  const out: Word[][] = edges.slice(1).map(() => []);
  for (const w of page.words) {
    // Text sits a cell margin (3 pt) inside its column; a table drawn 3 pt to the left still lands right.
    let k = edges.findIndex((e, i) => i > 0 && w.x < e - 1.5) - 1;
    if (k < 0) k = w.x < edges[0] ? 0 : edges.length - 2;
    out[k].push(w);
  }
  return out.map((ws) => squash(read(ws)));
}

/** The row's longest cell that is its own (not merged with the row before or after). */
function ownCell(plan: Plan, rows: PlanRow[], i: number, totals: Totals): { key: FieldKey; index: number; text: string } | null {
  const r = rows[i];
  const prev = rows[i - 1];
  const next = rows[i + 1];
  const grouped = r.subRow > 0 || (next && next.subRow > 0);
  const counted = rowAmountIndex(totals);
  let best: { key: FieldKey; index: number; text: string } | null = null;
  columnsFor(plan).forEach((c, index) => {
    if (grouped && (c.key === "tt" || c.key === "criterion")) return;
    const a = r.cells[c.key];
    if (a && ((prev && prev.cells[c.key] === a) || (next && next.cells[c.key] === a))) return;
    const text = c.key === "tt" ? "" : fieldText(r, c.key, c.key === "budget" ? counted.get(r.row) : undefined);
    if (squash(text).length > squash(best?.text ?? "").length) best = { key: c.key, index, text };
  });
  return best;
}

/** Estimated height in points of a cell's text at the table's size (Times New Roman, 1.05 lines). */
function estimatedHeight(text: string, columnPt: number): number {
  const room = (columnPt - 6) * 20;
  let lines = 0;
  for (const para of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of para.split(/\s+/)) {
      const w = timesWidth(`${word} `, PT.table);
      if (line + w > room && line > 0) {
        lines++;
        line = 0;
      }
      line += w;
    }
  }
  return lines * PT.table * 1.05 * 1.15 + 4;
}

interface Finding {
  broken: string[];
  exempt: string[];
  headings: string[];
  checked: number;
}

function check(plan: Plan, totals: Totals, documentXml: string, pdf: string): Finding {
  const layout = layoutOf(documentXml);
  const pages = pdfWords(pdf).filter((p) => p.width > p.height);
  const columns = pages.map((p) => columnTexts(p, layout.edges));
  const whole = pages.map((p) => squash(read(p.words)));
  const found: Finding = { broken: [], exempt: [], headings: [], checked: 0 };
  const rowPage = new Map<PlanRow, number>();
  let cursor = 0;
  plan.rows.forEach((r, i) => {
    const own = ownCell(plan, plan.rows, i, totals);
    if (!own || !squash(own.text)) return;
    const want = squash(own.text);
    const where = `row ${r.row} (${own.key}: ${JSON.stringify(own.text.slice(0, 40))})`;
    let p = cursor;
    while (p < pages.length && !columns[p][own.index].includes(want)) p++;
    if (p < pages.length) {
      found.checked++;
      rowPage.set(r, p);
      cursor = p;
      return;
    }
    const width = layout.edges[own.index + 1] - layout.edges[own.index];
    if (estimatedHeight(own.text, width) > layout.textHeight - 60) found.exempt.push(where);
    else found.broken.push(where);
  });
  // A standard's heading is on the page of what comes under it.
  const items = tableItems(plan);
  items.forEach((it, i) => {
    if (it.kind !== "standard") return;
    const next = items[i + 1];
    if (!next || next.kind !== "row" || !rowPage.has(next.value)) return;
    const p = rowPage.get(next.value)!;
    const head = squash(`Tiêu chuẩn ${it.value.number}`);
    if (!whole[p].includes(head)) found.headings.push(`standard ${it.value.number} (row ${it.row}) is not on page ${p + 1} with row ${next.row}`);
  });
  return found;
}

function convert(files: string[], dir: string): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files], {
      stdio: "ignore",
      timeout: 240000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

maybe(
  "no plan row is split across pages and no standard heading ends a page (sample and shared examples, document and template)",
  async () => {
    const keep = process.env.CTCL_PRINT_DIR;
    const dir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-pages-"));
    fs.mkdirSync(dir, { recursive: true });
    const template = new Uint8Array(fs.readFileSync(TEMPLATE));
    const cases: { name: string; plan: Plan; totals: Totals; xml: string; file: string }[] = [];
    // The 2018 sample and shared examples, and a 2026-form workbook (10 columns).
    for (const file of [SAMPLE, path.join(FIXTURES, "form-2026.xlsx"), ...sharedExamples()]) {
      const plan = await readPlanFile(file);
      const totals = computeTotals(plan);
      const input = { plan, totals, info: defaultDocumentInfo(plan) };
      for (const [suffix, bytes] of [
        ["", await buildPlanDocx(input)],
        ["-mau", await fillTemplateDocx(template, input)],
      ] as const) {
        const name = `${path.basename(file, ".xlsx")}${suffix}`;
        const docx = path.join(dir, `${name}.docx`);
        fs.writeFileSync(docx, bytes);
        cases.push({ name, plan, totals, xml: parts(bytes).document, file: docx });
      }
    }
    convert(
      cases.map((c) => c.file),
      dir,
    );
    const problems: string[] = [];
    for (const c of cases) {
      const f = check(c.plan, c.totals, c.xml, c.file.replace(/\.docx$/, ".pdf"));
      if (f.exempt.length) console.log(`${c.name}: taller than a page, exempt: ${f.exempt.join("; ")}`);
      problems.push(...f.broken.map((b) => `${c.name}: ${b} is not whole on one page`), ...f.headings.map((h) => `${c.name}: ${h}`));
      // Most rows are found whole: the lookup itself works on this document.
      if (f.checked < c.plan.rows.length * 0.8) problems.push(`${c.name}: only ${f.checked} of ${c.plan.rows.length} rows found`);
    }
    expect(problems).toEqual([]);
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  },
  300000,
);
