/**
 * @jest-environment jsdom
 */
/**
 * Writing into a 2026-form plan in Excel (issues 12 and 13), on the fake
 * Office.js: the criterion picker into tables IV and V of the school's own
 * sheets, and the review mode's cell edits (statuses, the table VI row).
 */
import { createExcelHost } from "../../src/office";
import { readPlan } from "../../src/core/read";
import { cellAddress } from "../../src/core/grid";
import { criterionLabel } from "../../src/core/plan-table";
import { criterionTargets } from "../../src/core/criterion-target";
import { findCriterion, regulationById } from "../../src/core/catalogue";
import type { Plan } from "../../src/core/plan";
import { FakeExcel, countSyncs } from "./fake-excel";
import { SEPARATE_SHEETS, SINGLE_SHEET, type SheetSpec } from "../support/form2026";

const PT = regulationById("TT57/2026-PT");
const nameOf = (code: string) => findCriterion(PT, code)!.name;

function box(ref: string) {
  const [a, b] = ref.split(":");
  const p = /^([A-Z]+)(\d+)$/.exec(a)!;
  const q = /^([A-Z]+)(\d+)$/.exec(b ?? a)!;
  const col = (s: string) => s.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(p[2]) - 1, left: col(p[1]), bottom: Number(q[2]) - 1, right: col(q[1]) };
}

async function excelWith(specs: SheetSpec[]) {
  const fake = new FakeExcel();
  for (const spec of specs) {
    const ws = fake.workbook.addSheet(spec.name);
    spec.rows.forEach((row, r) => row.forEach((v, c) => (v !== null && v !== undefined ? ws.set(cellAddress(r, c), v) : undefined)));
    for (const m of spec.merges ?? []) ws.merges.push(box(m));
  }
  const host = createExcelHost(fake.env());
  const snap = await host.readWorkbook();
  if (!snap.ok) throw new Error(snap.error);
  const read = readPlan(snap.value, { sheet: specs.find((s) => s.rows.length > 8)?.name });
  if (!read.ok) throw new Error(read.error.code);
  fake.log = [];
  return { fake, host, plan: read.plan };
}

function select(fake: FakeExcel, sheet: string, ref: string) {
  fake.workbook.selection = { sheet: fake.workbook.sheet(sheet)!, box: box(ref) };
}

async function insert(host: ReturnType<typeof createExcelHost>, plan: Plan, code: string) {
  return host.insertCriterion(code, criterionLabel(code, nameOf(code)), criterionTargets(plan, PT, code, nameOf(code))!);
}

describe("the criterion picker on a Biểu 2 with its tables on one sheet", () => {
  const SHEET = SINGLE_SHEET.name;

  test("table IV: the criterion is added to 'Tiêu chí liên quan', the one named kept; 3 syncs", async () => {
    const { fake, host, plan } = await excelWith([SINGLE_SHEET]);
    select(fake, SHEET, "E11");
    const { result, syncs } = await countSyncs(fake, () => insert(host, plan, "2.3"));
    expect(result).toEqual({ ok: true, value: { cell: "C11" } });
    expect(syncs).toBe(3);
    const ws = fake.workbook.sheet(SHEET)!;
    expect(ws.cell(10, 2)?.value).toBe(`Tiêu chí 2.2; Tiêu chí 2.3: ${nameOf("2.3")}`);
    // The rest of the row is the school's: untouched.
    expect(ws.cell(10, 4)?.value).toBe("Còn 02 giáo viên chưa đạt chuẩn trình độ.");
    expect(fake.writesTo(SHEET).filter((o) => o.kind === "range.values").map((o) => o.address)).toEqual([`'${SHEET}'!C11`]);
  });

  test("table IV: an empty 'Tiêu chí liên quan' gets the label", async () => {
    const { fake, host, plan } = await excelWith([SINGLE_SHEET]);
    select(fake, SHEET, "A12");
    expect(await insert(host, plan, "4.1")).toEqual({ ok: true, value: { cell: "C12" } });
    expect(fake.workbook.sheet(SHEET)!.cell(11, 2)?.value).toBe(`Tiêu chí 4.1: ${nameOf("4.1")}`);
  });

  test("table V: the school's words in 'Nội dung cải tiến' stay, the code goes in front", async () => {
    const { fake, host, plan } = await excelWith([SINGLE_SHEET]);
    select(fake, SHEET, "H18");
    expect(await insert(host, plan, "4.1")).toEqual({ ok: true, value: { cell: "B18" } });
    const ws = fake.workbook.sheet(SHEET)!;
    expect(ws.cell(17, 1)?.value).toBe("Tiêu chí 4.1: Cải tạo sân chơi bảo đảm an toàn cho học sinh");
    expect(ws.cell(17, 7)?.value).toBe("NSNN 45.000.000đ + XHH 15.000.000đ");
    // Row 17 already says 2.2: the same code again changes nothing, and says so.
    select(fake, SHEET, "B17");
    const again = await insert(host, plan, "2.2");
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toContain("2.2");
    expect(ws.cell(16, 1)?.value).toBe("Tiêu chí 2.2: Nâng chuẩn trình độ giáo viên");
  });

  test("outside tables IV and V: one sentence saying where to click, nothing written", async () => {
    const { fake, host, plan } = await excelWith([SINGLE_SHEET]);
    const before = fake.workbook.sheet(SHEET)!.dump();
    for (const ref of ["A1", "B9", "B15", "C16", "B22", "A26"]) {
      select(fake, SHEET, ref);
      const r = await insert(host, plan, "1.4");
      expect(r).toEqual({ ok: false, error: "Hãy chọn một ô trong một dòng của bảng IV (vấn đề trọng tâm) hoặc bảng V (kế hoạch cải tiến) rồi bấm chèn lại." });
    }
    expect(fake.log.filter((o) => o.kind.startsWith("range.") && o.kind !== "range.select")).toEqual([]);
    expect(fake.workbook.sheet(SHEET)!.dump()).toEqual(before);
  });
  test("rows inserted or text typed since the plan was read: nothing written, the sentence names the cell", async () => {
    const { fake, host, plan } = await excelWith([SINGLE_SHEET]);
    const ws = fake.workbook.sheet(SHEET)!;
    // The user typed over row 18's content after the pane read it.
    ws.set("B18", "Tổ chức ngày hội đọc sách");
    select(fake, SHEET, "B18");
    const r = await insert(host, plan, "4.1");
    expect(r).toEqual({ ok: false, error: `Ô '${SHEET}'!B18 đã thay đổi từ lần đọc trước (nay là "Tổ chức ngày hội đọc sách") nên không có gì được ghi. Kế hoạch được đọc lại; hãy kiểm tra rồi làm lại.` });
    expect(ws.cell(17, 1)?.value).toBe("Tổ chức ngày hội đọc sách");
  });
});

describe("the criterion picker with tables IV, V and VI on separate sheets", () => {
  test("table IV on its own sheet: the cell there is written; the plan's sheet row of the same number is not", async () => {
    const { fake, host, plan } = await excelWith(SEPARATE_SHEETS);
    const IV = "IV. Vấn đề trọng tâm";
    select(fake, IV, "B4");
    expect(await insert(host, plan, "1.2")).toEqual({ ok: true, value: { cell: "E4" } });
    expect(fake.workbook.sheet(IV)!.cell(3, 4)?.value).toBe(`Tiêu chí 1.4; Tiêu chí 1.2: ${nameOf("1.2")}`);
    expect(fake.writesTo("V. Kế hoạch")).toEqual([]);
    // Table V's content column is D there.
    select(fake, "V. Kế hoạch", "J10");
    expect(await insert(host, plan, "3.3")).toEqual({ ok: true, value: { cell: "D10" } });
    expect(fake.workbook.sheet("V. Kế hoạch")!.cell(9, 3)?.value).toBe("Tiêu chí 3.3: Sinh hoạt chuyên môn theo nghiên cứu bài học");
    // Table VI's sheet is no target.
    select(fake, "VI. Theo dõi", "B3");
    expect((await insert(host, plan, "1.1")).ok).toBe(false);
    expect(fake.writesTo("VI. Theo dõi")).toEqual([]);
  });
});

describe("writeCells (the review mode)", () => {
  test("writes exactly the cells named, on their sheets: 2 syncs; text Excel would take for a formula stays text", async () => {
    const { fake, host } = await excelWith(SEPARATE_SHEETS);
    const { result, syncs } = await countSyncs(fake, () =>
      host.writeCells!([
        { cell: "'V. Kế hoạch'!B10", old: "Chưa hoàn thành", value: "Đang thực hiện" },
        { cell: "'V. Kế hoạch'!B11", old: "", value: "Hoàn thành" },
        { cell: "'VI. Theo dõi'!C3", old: "Đạt tiến độ", value: "Đạt 80% chỉ số" },
        { cell: "'VI. Theo dõi'!E3", old: "Không", value: "- Bổ sung kinh phí" },
      ]),
    );
    expect(result).toEqual({ ok: true, value: { cells: 4 } });
    expect(syncs).toBe(2);
    const v = fake.workbook.sheet("V. Kế hoạch")!;
    const vi = fake.workbook.sheet("VI. Theo dõi")!;
    expect([v.cell(9, 1)?.value, v.cell(10, 1)?.value]).toEqual(["Đang thực hiện", "Hoàn thành"]);
    expect(vi.cell(2, 2)?.value).toBe("Đạt 80% chỉ số");
    expect(vi.cell(2, 4)).toMatchObject({ value: "- Bổ sung kinh phí", formula: null, numberFormat: "@" });
    expect(vi.cell(2, 0)?.value).toBe("Hiệu trưởng");
    const written = fake.log.filter((o) => o.kind === "range.values").map((o) => o.address);
    expect(written).toEqual(["'V. Kế hoạch'!B10", "'V. Kế hoạch'!B11", "'VI. Theo dõi'!C3", "'VI. Theo dõi'!E3"]);
    expect(fake.writesTo("IV. Vấn đề trọng tâm")).toEqual([]);
  });

  test("a cell changed since the read, or holding a formula: nothing at all is written", async () => {
    const { fake, host } = await excelWith(SEPARATE_SHEETS);
    const v = fake.workbook.sheet("V. Kế hoạch")!;
    v.set("B11", "Hoàn thành"); // typed by the user after the pane read the plan
    const before = v.dump();
    const r = await host.writeCells!([
      { cell: "'V. Kế hoạch'!B10", old: "Chưa hoàn thành", value: "Hoàn thành" },
      { cell: "'V. Kế hoạch'!B11", old: "", value: "Đang thực hiện" },
    ]);
    expect(r).toEqual({ ok: false, error: `Ô 'V. Kế hoạch'!B11 đã thay đổi từ lần đọc trước (nay là "Hoàn thành") nên không có gì được ghi. Kế hoạch được đọc lại; hãy kiểm tra rồi làm lại.` });
    expect(v.dump()).toEqual(before);

    v.set("G11", "=5000000");
    const f = await host.writeCells!([{ cell: "'V. Kế hoạch'!G11", old: "5000000", value: "Không" }]);
    expect(f.ok).toBe(false);
    if (!f.ok) expect(f.error).toContain("công thức");
    expect(v.cell(10, 6)?.formula).toBe("=5000000");

    const bare = await host.writeCells!([{ cell: "B10", old: "Chưa hoàn thành", value: "Hoàn thành" }]);
    expect(bare.ok).toBe(false);
    const gone = await host.writeCells!([{ cell: "'Không có'!B10", old: "", value: "Hoàn thành" }]);
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error).toMatch(/^Không tìm thấy trang tính/);
    expect(fake.log.filter((o) => o.kind === "range.values")).toEqual([]);
  });
});
