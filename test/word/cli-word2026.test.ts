/**
 * `ctcl word` on 2026-form workbooks writes the Biểu 2 document (through
 * buildPlanDocx, as every caller); with --template, a school's template gets
 * tables IV and VI; --year 2025-2026 on the same sheet writes the 2018 layout.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { main } from "../../src/cli/main";
import { FIXTURES } from "../helpers";
import { parts, tables, visibleText } from "./docx-xml";
import { SEPARATE_SHEETS, workbook } from "../support/form2026";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const headings = (text: string) => text.split("\n").filter((l) => /^(?:I|II|III|IV|V|VI|VII|VIII)\. /.test(l)).map((l) => l.split(".")[0]);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-word26-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("ctcl word on test/fixtures/form-2026.xlsx writes Biểu 2", async () => {
  const out = path.join(dir, "bieu2.docx");
  const r = await run(["word", path.join(FIXTURES, "form-2026.xlsx"), "-o", out]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const text = visibleText(parts(new Uint8Array(fs.readFileSync(out))).document);
  expect(headings(text)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
  expect(text).toContain("VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO");
  expect(text).toContain("- Ngân sách nhà nước: 45.000.000 đồng;");
  expect(text).not.toContain("Phòng GD&ĐT");
});

test("ctcl word on a workbook with tables IV, V and VI on separate sheets, and with a template", async () => {
  const file = path.join(dir, "separate.xlsx");
  fs.writeFileSync(file, await workbook(SEPARATE_SHEETS));
  const out = path.join(dir, "separate.docx");
  expect((await run(["word", file, "-o", out])).code).toBe(0);
  const text = visibleText(parts(new Uint8Array(fs.readFileSync(out))).document);
  expect(text).toContain("Tổ chuyên môn sinh hoạt chưa hiệu quả.");
  expect(text).toContain("Các hoạt động của mục V");

  const p = (t: string) => new Paragraph({ children: [new TextRun(t)] });
  const tpl = path.join(dir, "mau.docx");
  fs.writeFileSync(tpl, await Packer.pack(new Document({ sections: [{ children: [p("{problems}"), p("{table}"), p("{monitoring}")] }] }), "uint8array"));
  const filled = path.join(dir, "filled.docx");
  const r = await run(["word", file, "-o", filled, "--template", tpl]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(tables(parts(new Uint8Array(fs.readFileSync(filled))).document)).toHaveLength(3);
});

test("the same sheet read as a 2025-2026 plan (--year) gets the 2018 document", async () => {
  const out = path.join(dir, "2025.docx");
  const r = await run(["word", path.join(FIXTURES, "form-2026.xlsx"), "-o", out, "--year", "2025-2026"]);
  expect(r.code).not.toBe(2);
  const text = visibleText(parts(new Uint8Array(fs.readFileSync(out))).document);
  expect(text).toContain("NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");
  expect(text).not.toContain("THÔNG TIN CHUNG");
});
