import { type CellValue, type MergeArea, gridFromRows } from "../../src/core/grid";
import { findHeader } from "../../src/core/read/header";
import { classifyRow } from "../../src/core/read/classify";
import { readBody } from "../../src/core/read/body";
import { tableView } from "../../src/core/read/table-view";

const HEADER_2018 = [
  "TT",
  "Tiêu chuẩn, tiêu chí",
  "Kết quả cần đạt",
  "Công việc/giải pháp",
  "Chủ trì",
  "Thời gian",
  "Dự kiến kinh phí",
  "Điều kiện hỗ trợ khác",
  "Ghi chú",
];

/** Classes of every row below the header of a hand-made sheet (header in its first row). */
function classes(rows: CellValue[][], merges: MergeArea[] = [], formulas: (string | null)[][] = []) {
  const grid = gridFromRows("S", rows, merges, formulas);
  const header = findHeader(grid);
  if (!header) throw new Error("no header");
  const view = tableView(grid, header);
  const out = [];
  for (let r = header.row + 1; r < rows.length; r++) out.push(classifyRow(view, r));
  return out;
}

/** A row spanning the 9 columns of the 2018 table. */
const span = (row: number): MergeArea => ({ top: row, left: 0, bottom: row, right: 8 });

describe("classifyRow", () => {
  it("tells the numbering row only right below the header", () => {
    const numbers = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"];
    expect(classes([HEADER_2018, numbers]).map((c) => c.kind)).toEqual(["numbering"]);
    expect(classes([HEADER_2018, ["Tiêu chuẩn 1: Tổ chức"], numbers])[1].kind).not.toBe("numbering");
  });

  it("tells bands, standards and remarks", () => {
    const rows: CellValue[][] = [
      HEADER_2018,
      ["MỨC 1, 2, 3"],
      ["Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
      ["Không có cải tiến chất lượng giáo dục."],
      [null, "MỨC 4: Không đạt"],
    ];
    expect(classes(rows, [span(1), span(2), span(3)])).toEqual([
      { kind: "band", band: "1-3", col: 0, text: "MỨC 1, 2, 3" },
      { kind: "standard", number: 1, name: "Tổ chức và quản lý nhà trường", col: 0 },
      { kind: "remark", col: 0, text: "Không có cải tiến chất lượng giáo dục." },
      { kind: "band", band: "4", col: 1, text: "MỨC 4: Không đạt" },
    ]);
  });

  it("takes a standard with content of its own for a plan row, and a lone number for nothing", () => {
    const got = classes([HEADER_2018, [null, "Tiêu chuẩn 2: Cán bộ", "Đạt mức 2"], ["5"]]);
    expect(got.map((c) => c.kind)).toEqual(["criterion", "other"]);
  });

  it("tells criterion rows from the rows continuing them", () => {
    const rows: CellValue[][] = [
      HEADER_2018,
      [1, "Tiêu chí 1.1: Phương hướng", "Mức 2 – Duy trì", "Rà soát", "HT", "Tháng 9/2025", 1000],
      [null, null, "Bổ sung", "Cập nhật", "PHT", "Tháng 10/2025", 2000],
      [2, "Tiêu chí 1.2", "A", "B"],
      [null, null, null, null, "Tổ CM"],
      [null, "Nội dung khác", "C"],
    ];
    const got = classes(rows, [{ top: 1, left: 1, bottom: 2, right: 1 }]);
    expect(got.map((c) => (c.kind === "criterion" ? [c.kind, c.ref?.code ?? null] : c.kind === "continuation" ? [c.kind, c.merged] : [c.kind]))).toEqual([
      ["criterion", "1.1"],
      ["continuation", true],
      ["criterion", "1.2"],
      ["continuation", false],
      ["criterion", null],
    ]);
  });

  it("tells the total row and finds its amount", () => {
    const rows: CellValue[][] = [HEADER_2018, [1, "Tiêu chí 1.1", "A", "B", "HT", "2025", 1000], [null, "Tổng cộng", null, null, null, null, 1000]];
    expect(classes(rows, [], [[], [], [null, null, null, null, null, null, "SUM(G2:G2)"]])[1]).toEqual({
      kind: "total",
      total: { row: 3, cell: "G3", amount: 1000, formula: "SUM(G2:G2)", text: "1000" },
    });
  });

  it("finds a total's amount outside the budget column when that is empty", () => {
    const rows: CellValue[][] = [HEADER_2018, ["Tổng cộng", null, null, null, null, null, null, 5000]];
    const [c] = classes(rows);
    expect(c.kind === "total" && c.total?.cell).toBe("H2");
  });

  it("tells the signer block and blank rows", () => {
    const rows: CellValue[][] = [HEADER_2018, [], ["Nơi nhận:"], [null, "KT. HIỆU TRƯỞNG"]];
    expect(classes(rows).map((c) => c.kind)).toEqual(["blank", "end", "end"]);
  });

  it("counts a criterion merged down over an empty row as a continuation, not a blank", () => {
    const rows: CellValue[][] = [HEADER_2018, [1, "Tiêu chí 1.1", "A", "B", "HT"], []];
    expect(classes(rows, [{ top: 1, left: 1, bottom: 2, right: 1 }])[1]).toEqual({ kind: "continuation", merged: true });
  });
});

describe("readBody builds on the classes", () => {
  it("ends the table after 30 blank rows, not before", () => {
    const filler: CellValue[][] = Array.from({ length: 29 }, () => []);
    const rows: CellValue[][] = [HEADER_2018, [1, "Tiêu chí 1.1", "A", "B", "HT"], ...filler, [2, "Tiêu chí 1.2", "C", "D", "HT"], ...filler, [], [3, "Tiêu chí 1.3", "E"]];
    const grid = gridFromRows("S", rows);
    const body = readBody(grid, findHeader(grid)!);
    expect(body.rows.map((r) => r.criterion)).toEqual(["1.1", "1.2"]);
    expect(body.endRow).toBe(2 + 29 + 1 + 29);
  });

  it("gives a continuation the criterion, band and standard of the row above", () => {
    const rows: CellValue[][] = [HEADER_2018, ["MỨC 4"], ["Tiêu chuẩn 2: Cán bộ"], [1, "Tiêu chí 2.1", "A", "B"], [null, null, "Mức 3 – C", "D", "PHT"]];
    const grid = gridFromRows("S", rows, [span(1), span(2)]);
    const body = readBody(grid, findHeader(grid)!);
    expect(body.rows.map((r) => [r.criterion, r.subRow, r.band, r.standard, r.targetLevel, r.cells.criterion])).toEqual([
      ["2.1", 0, "4", 2, null, "B4"],
      ["2.1", 1, "4", 2, 3, "B4"],
    ]);
  });
});
