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

/** Reads a hand-made sheet (header in its first row) the way the reader does. */
function body(rows: CellValue[][], merges: MergeArea[] = []) {
  const grid = gridFromRows("S", rows, merges);
  return readBody(grid, findHeader(grid)!);
}

/** Kinds of the rows below the header as the builder sees them (each row knowing the one above). */
function kindsInContext(rows: CellValue[][], merges: MergeArea[] = []) {
  const grid = gridFromRows("S", rows, merges);
  const header = findHeader(grid)!;
  const view = tableView(grid, header);
  let above: string | null = null;
  const out: string[] = [];
  for (let r = header.row + 1; r < rows.length; r++) {
    const c = classifyRow(view, r, above as never);
    if (c.kind !== "blank" && c.kind !== "other") above = c.kind;
    out.push(c.kind);
  }
  return out;
}

describe("rows that are not plan rows (issue 11)", () => {
  const STD = "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội";
  const REMARK = "Không có cải tiến chất lượng giáo dục.";
  const planRow = [1, "Tiêu chí 5.1: Thực hiện chương trình", "Mức 2 – Duy trì", "Rà soát", "HT", "Năm học 2025-2026", "Không"];

  it.each<[string, CellValue[], MergeArea[]]>([
    ["merged across the nine columns", [REMARK], [span(2)]],
    ["merged across from the criterion column", [null, REMARK], [{ top: 2, left: 1, bottom: 2, right: 8 }]],
    ["merged across from the result column", [null, null, REMARK], [{ top: 2, left: 2, bottom: 2, right: 8 }]],
    ["only in the criterion column, not merged", [null, REMARK], []],
    ["only in the result column, not merged", [null, null, "Đã cải tiến chất lượng giáo dục"], []],
    ["only in the actions column, not merged", [null, null, null, "Nhà trường tiếp tục duy trì các tiêu chí đã đạt."], []],
    ["with a TT cell in front", [1, REMARK], [{ top: 2, left: 1, bottom: 2, right: 8 }]],
    ["with a TT cell in front, not merged", ["a", null, REMARK], []],
  ])("a remark under a standard: %s", (_name, row, merges) => {
    const rows: CellValue[][] = [HEADER_2018, [STD], row, planRow];
    const b = body(rows, [span(1), ...merges]);
    expect(b.remarks).toHaveLength(1);
    expect(b.remarks[0]).toMatchObject({ row: 3, standard: 4 });
    expect(b.remarks[0].text).toBe(String(row.find((v) => typeof v === "string" && v.length > 2)));
    expect(b.rows.map((r) => r.criterion)).toEqual(["5.1"]);
  });

  it("a remark merged over two rows is one remark, not a remark and a plan row", () => {
    const rows: CellValue[][] = [HEADER_2018, [STD], [null, REMARK], [], planRow];
    const b = body(rows, [span(1), { top: 2, left: 1, bottom: 3, right: 8 }]);
    expect(b.remarks.map((r) => r.text)).toEqual([REMARK]);
    expect(b.rows.map((r) => r.criterion)).toEqual(["5.1"]);
  });

  it("a remark right under a band belongs to the band, not to the standard above it", () => {
    const rows: CellValue[][] = [HEADER_2018, [STD], planRow, ["MỨC 4"], [null, null, "Không có"]];
    const b = body(rows, [span(1), span(3)]);
    expect(b.bands.map((x) => x.text)).toEqual(["MỨC 4"]);
    expect(b.remarks).toEqual([{ row: 5, cell: "C5", band: "4", standard: null, text: "Không có" }]);
    expect(b.rows).toHaveLength(1);
  });

  it.each<[string, CellValue[]]>([
    ["MỨC 4: không có", ["MỨC 4: không có"]],
    ["Mức 4: Không đạt beside a TT cell", ["II", "Mức 4: Không đạt"]],
    ["MỨC 4 and its remark in the next cell", [null, "MỨC 4", "Không đạt"]],
  ])("a level band: %s", (_name, row) => {
    const b = body([HEADER_2018, row]);
    expect(b.bands.map((x) => x.band)).toEqual(["4"]);
    expect(b.rows).toEqual([]);
  });

  it("a numbering row '(1) … (9)' or '1 2 3 …', also after a blank row or a band, never a plan row", () => {
    const paren = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"];
    const plain = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(kindsInContext([HEADER_2018, plain])).toEqual(["numbering"]);
    expect(kindsInContext([HEADER_2018, [], paren])).toEqual(["blank", "numbering"]);
    expect(kindsInContext([HEADER_2018, ["MỨC 1, 2, 3"], paren], [span(1)])).toEqual(["band", "numbering"]);
    expect(body([HEADER_2018, [], plain, planRow]).rows.map((r) => r.criterion)).toEqual(["5.1"]);
  });

  it("notes under the table are neither plan rows nor remarks", () => {
    const rows: CellValue[][] = [HEADER_2018, [STD], planRow, ["Ghi chú: Kinh phí dự kiến, thực hiện theo dự toán được duyệt."], [null, "* Các tiêu chí còn lại nhà trường tiếp tục duy trì."]];
    const b = body(rows, [span(1), span(3)]);
    expect(kindsInContext(rows, [span(1), span(3)])).toEqual(["standard", "criterion", "note", "note"]);
    expect(b.remarks).toEqual([]);
    expect(b.rows).toHaveLength(1);
  });

  it("does not swallow plan rows: a criterion with content, a sub-row, a row with an owner", () => {
    const rows: CellValue[][] = [
      HEADER_2018,
      [STD],
      [null, "Tiêu chí 4.1", "Duy trì hoạt động của Ban đại diện"],
      [null, null, "Tiếp tục duy trì các hoạt động phối hợp"],
      [null, null, null, "Họp định kỳ", "HT"],
      [null, null, "Đạt mức 2", null, null, "Tháng 5/2026"],
    ];
    const b = body(rows, [span(1)]);
    expect(b.remarks).toEqual([]);
    expect(b.rows.map((r) => [r.row, r.criterion, r.subRow])).toEqual([
      [3, "4.1", 0],
      [4, "4.1", 1],
      [5, "4.1", 2],
      [6, "4.1", 3],
    ]);
    // Right under the heading, a row with an owner or a timeline is plan content, not a remark.
    const withOwner = body([HEADER_2018, [STD], [null, null, "Tiếp tục duy trì", null, "HT"]], [span(1)]);
    expect(withOwner.remarks).toEqual([]);
    expect(withOwner.rows).toHaveLength(1);
  });
});
