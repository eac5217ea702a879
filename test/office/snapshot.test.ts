import ExcelJS from "exceljs";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { readSnapshot, SNAPSHOT_LIMITS } from "../../src/office/snapshot";
import { createExcelHost } from "../../src/office";
import { convertExcelValue, isDateFormat, serialToDateText } from "../../src/office/snapshot";
import { parseAreas } from "../../src/office/address";
import { FakeExcel, countSyncs } from "./fake-excel";

const NFD = (s: string) => s.normalize("NFD");

/** The same small sheet in the fake Excel and as an .xlsx made with exceljs. */
function fakeWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  const ws = fake.workbook.addSheet(NFD("Kế hoạch"));
  ws.set("A1", NFD("PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN"));
  ws.merges.push({ top: 0, left: 0, bottom: 0, right: 2 });
  ws.set("A3", NFD("Tiêu chí 1.6: Quản lý hành chính"));
  ws.set("B3", 5_000_000, "#,##0");
  ws.set("C3", 45000, "dd/mm/yyyy");
  ws.set("D3", true);
  ws.set("A5", "Tiêu chí 2. 1");
  ws.merges.push({ top: 4, left: 0, bottom: 5, right: 0 });
  ws.set("B5", "=SUM(B3:B4)");
  ws.set("E7", "- gạch đầu dòng");
  const other = fake.workbook.addSheet("Sheet2");
  other.set("B2", "x");
  return fake;
}

async function xlsxSnapshot() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(NFD("Kế hoạch"));
  ws.getCell("A1").value = NFD("PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN");
  ws.mergeCells("A1:C1");
  ws.getCell("A3").value = NFD("Tiêu chí 1.6: Quản lý hành chính");
  ws.getCell("B3").value = 5_000_000;
  ws.getCell("B3").numFmt = "#,##0";
  ws.getCell("C3").value = new Date(Date.UTC(2023, 2, 15));
  ws.getCell("C3").numFmt = "dd/mm/yyyy";
  ws.getCell("D3").value = true;
  ws.getCell("A5").value = "Tiêu chí 2. 1";
  ws.mergeCells("A5:A6");
  ws.getCell("B5").value = { formula: "SUM(B3:B4)", result: 5_000_000 } as ExcelJS.CellFormulaValue;
  ws.getCell("E7").value = "- gạch đầu dòng";
  const other = wb.addWorksheet("Sheet2");
  other.getCell("B2").value = "x";
  const buf = await wb.xlsx.writeBuffer();
  return snapshotFromXlsx(new Uint8Array(buf as ArrayBuffer));
}

describe("sheet snapshot (Office.js)", () => {
  it("gives exactly the grid the file host gives for the same sheet", async () => {
    const fake = fakeWorkbook();
    const fromOffice = await fake.run((ctx) => readSnapshot(ctx, "vi"));
    const fromFile = await xlsxSnapshot();
    expect(fromOffice).toEqual(fromFile);
  });

  it("normalises strings to NFC and empties the slave cells of merges", async () => {
    const fake = fakeWorkbook();
    const snap = await fake.run((ctx) => readSnapshot(ctx, "vi", NFD("Kế hoạch")));
    const g = snap.sheets[0];
    expect(g.sheetName).toBe("Kế hoạch");
    expect(g.values[0][0]).toBe("PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN");
    expect(g.values[0][0]).toBe((g.values[0][0] as string).normalize("NFC"));
    expect(g.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 4, left: 0, bottom: 5, right: 0 },
    ]);
    expect(g.values[2]).toEqual(["Tiêu chí 1.6: Quản lý hành chính", 5_000_000, "15/03/2023", true, null]);
    expect(g.text[2]).toEqual(["Tiêu chí 1.6: Quản lý hành chính", "5000000", "15/03/2023", "TRUE", ""]);
    expect(g.numberFormats[2]).toEqual(["General", "#,##0", "dd/mm/yyyy", "General", "General"]);
    expect(g.formulas[4][1]).toBe("SUM(B3:B4)");
    expect(g.values[4][1]).toBe(5_000_000);
    expect(g.values[6][4]).toBe("- gạch đầu dòng");
  });

  it("reads one sheet in 2 syncs and every sheet in 3, for 30 or 5,000 rows", async () => {
    for (const rows of [30, 5000]) {
      const fake = new FakeExcel();
      const ws = fake.workbook.addSheet("Data");
      for (let r = 0; r < rows; r++) for (let c = 0; c < 9; c++) ws.set(`${String.fromCharCode(65 + c)}${r + 1}`, `ô ${r} ${c}`);
      const host = createExcelHost(fake.env());
      const one = await countSyncs(fake, () => host.readWorkbook("Data"));
      expect(one.result.ok).toBe(true);
      expect(one.syncs).toBe(2);
      const all = await countSyncs(fake, () => host.readWorkbook());
      expect(all.syncs).toBe(3);
      if (one.result.ok) expect(one.result.value.sheets[0].values).toHaveLength(rows);
    }
  });

  it("splits a read that is over the payload cap into smaller blocks (bounded)", async () => {
    const fake = new FakeExcel();
    const ws = fake.workbook.addSheet("Data");
    const long = "Nội dung rất dài ".repeat(20);
    for (let r = 0; r < 2000; r++) for (let c = 0; c < 5; c++) ws.set(`${String.fromCharCode(65 + c)}${r + 1}`, long);
    fake.payloadLimit = 1_000_000;
    const { result, syncs } = await countSyncs(fake, () => fake.run((ctx) => readSnapshot(ctx, "vi", "Data")));
    expect(result.sheets[0].values).toHaveLength(2000);
    expect(result.sheets[0].values[1999][4]).toBe(long);
    expect(fake.maxResponseBytesSeen).toBeGreaterThan(fake.payloadLimit); // the first try was refused
    // probe + refused tries + the blocks that fit: bounded, not one per row.
    expect(syncs).toBeGreaterThan(2);
    expect(syncs).toBeLessThanOrEqual(12);
  });

  it("refuses a sheet above the limits with a sentence", async () => {
    const fake = new FakeExcel();
    const ws = fake.workbook.addSheet("Big");
    ws.set(`A${SNAPSHOT_LIMITS.maxRows + 5}`, "x");
    const host = createExcelHost(fake.env());
    const r = await host.readWorkbook("Big");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/quá lớn/);
  });

  it("says when the sheet does not exist", async () => {
    const fake = fakeWorkbook();
    const r = await createExcelHost(fake.env()).readWorkbook("Không có");
    expect(r).toEqual({ ok: false, error: 'Không có trang tính "Không có" trong sổ tính này.' });
  });

  it("reads an empty sheet as 0 × 0", async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet("Trống");
    const snap = await fake.run((ctx) => readSnapshot(ctx, "vi", "Trống"));
    expect(snap.sheets[0].values).toEqual([]);
  });
});

describe("snapshot helpers", () => {
  it("tells date formats from number formats", () => {
    expect(["dd/mm/yyyy", "m/d/yyyy", "[$-409]d-mmm-yy", "h:mm"].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(["General", "#,##0", '#,##0 "đ"', "0.00", "@", "#,##0 [$₫-42A]"].map(isDateFormat)).toEqual([false, false, false, false, false, false]);
    expect(serialToDateText(45000)).toBe("15/03/2023");
    expect(convertExcelValue("", "General", false)).toEqual({ value: null, text: "" });
    expect(convertExcelValue("", "General", true)).toEqual({ value: "", text: "" });
  });

  it("parses RangeAreas addresses, quoted sheet names included", () => {
    expect(parseAreas("Sheet1!A1:C1, Sheet1!A3:A5")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 0, bottom: 4, right: 0 },
    ]);
    expect(parseAreas("'Kế hoạch, 2'!B2,'Kế hoạch, 2'!$D$4:$E$5")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 4, right: 4 },
    ]);
    expect(parseAreas(null)).toEqual([]);
  });
});
