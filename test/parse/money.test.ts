import { parseBudget, type Budget } from "../../src/core/parse/money";

type Want = Partial<Budget>;

// Every budget cell of the seeds and example workbooks, then the other forms of DOMAIN.md.
const SEEDS: [string | number | null, Want][] = [
  [300000000, { kind: "amount", amount: 300000000, text: "300.000.000" }],
  [100000000, { kind: "amount", amount: 100000000, text: "100.000.000" }],
  ["300.000.000", { kind: "amount", amount: 300000000 }],
  ["5.000.000 đồng", { kind: "amount", amount: 5000000, text: "5.000.000 đồng" }],
  ["5.000.000\nđồng", { kind: "amount", amount: 5000000 }],
  ["Không", { kind: "none", amount: null }],
  ["Không có", { kind: "none", amount: null }],
  ["Ngân sách nhà nước", { kind: "source", amount: null, source: "Ngân sách nhà nước" }],
  ["Ngân sách\nnhà nước", { kind: "source", source: "Ngân sách nhà nước" }],
  ["Hỗ trợ 50% kinh phí khóa đào tạo", { kind: "unspecified", amount: null }],
  ["Hỗ trợ\n50% kinh\nphí khóa\nđào tạo", { kind: "unspecified", amount: null }],
  ["Theo khảo sát thực tế", { kind: "unspecified", amount: null }],
  ["Theo kế họach cụ thể", { kind: "unspecified", amount: null }],
  ["Kinh phí mua sắm", { kind: "unspecified", amount: null }],
  ["Kinh phí", { kind: "unspecified", amount: null }],
  ["", { kind: "empty", amount: null, text: "" }],
  ["   ", { kind: "empty", amount: null, text: "" }],
  [null, { kind: "empty", amount: null, text: "" }],
];

const AMOUNTS: [string | number, number, Want][] = [
  ["300,000,000", 300000000, {}],
  ["300 000 000 đồng", 300000000, {}],
  ["1.200.000đ", 1200000, {}],
  ["12.000.000 VNĐ", 12000000, {}],
  ["12.000.000 vnd", 12000000, {}],
  ["12.000.000 VND", 12000000, {}],
  ["5000000", 5000000, {}],
  ["5000000 đồng", 5000000, {}],
  ["2 tỷ đồng", 2000000000, {}],
  ["2 tỉ", 2000000000, {}],
  ["2,5 tỷ", 2500000000, {}],
  ["1.5 tỷ", 1500000000, {}],
  ["1 tỷ 200 triệu", 1200000000, {}],
  ["1 tỷ 200 triệu 500 nghìn đồng", 1200500000, {}],
  ["80 triệu đồng", 80000000, {}],
  ["80tr", 80000000, {}],
  ["2,5 triệu", 2500000, {}],
  ["500 nghìn", 500000, {}],
  ["500 ngàn", 500000, {}],
  ["500k", 500000, {}],
  ["- 5.000.000 đ", 5000000, {}],
  ["Dự kiến: 45.000.000 đồng.", 45000000, {}],
  [1500000.4, 1500000, {}],
  ["15 triệu/năm", 15000000, { period: "năm" }],
  ["10 triệu mỗi năm học", 10000000, { period: "năm học" }],
  ["20 - 30 triệu", 30000000, { range: { low: 20000000, high: 30000000 } }],
  ["20-30 triệu đồng", 30000000, { range: { low: 20000000, high: 30000000 } }],
  ["từ 20 đến 30 triệu", 30000000, { range: { low: 20000000, high: 30000000 } }],
  ["20 triệu - 30 triệu", 30000000, { range: { low: 20000000, high: 30000000 } }],
  ["20.000.000 – 30.000.000 đồng", 30000000, { range: { low: 20000000, high: 30000000 } }],
  ["50.000.000 đồng (ngân sách)", 50000000, { source: "Ngân sách" }],
  ["Ngân sách nhà nước: 100.000.000 đ", 100000000, { source: "Ngân sách nhà nước" }],
  ["Xã hội hóa 20 triệu", 20000000, { source: "Xã hội hóa" }],
  // several amounts add up; a total with its breakdown counts once
  ["NSNN: 40.000.000 đ; XHH: 20.000.000 đ", 60000000, {}],
  ["60.000.000 đ (40.000.000 đ NSNN, 20.000.000 đ XHH)", 60000000, {}],
  // a year, a date or a count beside the amount is not added
  ["Năm 2023: 10.000.000 đồng", 10000000, {}],
  ["Mua 05 máy chiếu: 100.000.000 đ", 100000000, {}],
  ["Tháng 6/2023: 5 triệu", 5000000, {}],
];

const NOT_AMOUNTS: [string | number, Budget["kind"]][] = [
  ["0", "none"],
  [0, "none"],
  ["0 đồng", "none"],
  ["0đ", "none"],
  ["-", "none"],
  ["—", "none"],
  ["Không.", "none"],
  ["không", "none"],
  ["Không cần kinh phí", "none"],
  ["Không phát sinh kinh phí", "none"],
  ["Không (lồng ghép hoạt động)", "none"],
  ["Xã hội hóa", "source"],
  ["Nguồn chi thường xuyên", "source"],
  ["Kinh phí chi thường xuyên", "source"],
  ["Ngân sách", "source"],
  ["Nguồn XHH", "source"],
  ["Vận động tài trợ", "source"],
  ["Năm 2023", "unspecified"],
  ["50%", "unspecified"],
  ["Tháng 6/2023", "unspecified"],
  ["Theo Thông tư 37/2021/TT-BGDĐT", "unspecified"],
  ["Không xác định", "unspecified"],
  ["2,5", "unspecified"],
  ["Một trăm triệu đồng", "unspecified"],
  ["999.999.999.999.999.999", "unspecified"],
  [1e18, "unspecified"],
];

// Budgets written per unit with their count: the amount is the product.
const PRODUCTS: [string, number, Budget["product"]][] = [
  ["500.000đ/tháng x 9 tháng", 4500000, { unit: 500000, counts: [9], per: "tháng" }],
  ["2 đợt x 5 triệu", 10000000, { unit: 5000000, counts: [2] }],
  ["20 bộ × 1.200.000đ", 24000000, { unit: 1200000, counts: [20] }],
  ["20 bộ x 1.200.000đ", 24000000, { unit: 1200000, counts: [20] }],
  ["5 triệu x 2 đợt", 10000000, { unit: 5000000, counts: [2] }],
  ["1.200.000đ/bộ x 20 bộ", 24000000, { unit: 1200000, counts: [20], per: "bộ" }],
  ["1.200.000 đồng/bộ × 20 bộ", 24000000, { unit: 1200000, counts: [20], per: "bộ" }],
  ["200.000đ/người x 30 người x 2 đợt", 12000000, { unit: 200000, counts: [30, 2], per: "người" }],
  ["12 tháng * 500.000 đồng", 6000000, { unit: 500000, counts: [12] }],
  ["5.000.000đ x2", 10000000, { unit: 5000000, counts: [2] }],
  ["15 triệu/năm x 2 năm", 30000000, { unit: 15000000, counts: [2], per: "năm" }],
  ["2 đợt, mỗi đợt 5 triệu", 10000000, { unit: 5000000, counts: [2] }],
  ["500.000đ/tháng trong 9 tháng", 4500000, { unit: 500000, counts: [9], per: "tháng" }],
  // a bare grouped count is no amount of its own
  ["1.000 cuốn x 25.000đ", 25000000, { unit: 25000, counts: [1000] }],
  // the product's result written beside it is not added again
  ["500.000đ/tháng x 9 tháng = 4.500.000đ", 4500000, { unit: 500000, counts: [9], per: "tháng" }],
  ["4.500.000đ (500.000đ/tháng x 9 tháng)", 4500000, { unit: 500000, counts: [9], per: "tháng" }],
];

// A rate without a count: not counted, the unit is said.
const RATES: [string, { amount: number; per: string }][] = [
  ["500.000đ/tháng", { amount: 500000, per: "tháng" }],
  ["200.000đ/người", { amount: 200000, per: "người" }],
  ["15 triệu đồng/tháng", { amount: 15000000, per: "tháng" }],
  ["3.000.000 đ/học kỳ", { amount: 3000000, per: "học kỳ" }],
  ["1.200.000đ mỗi bộ", { amount: 1200000, per: "bộ" }],
  ["50.000đ/học sinh", { amount: 50000, per: "học sinh" }],
  ["500.000đ hằng tháng", { amount: 500000, per: "tháng" }],
];

function check(b: Budget, want: Want): void {
  for (const [k, v] of Object.entries(want)) expect(b[k as keyof Budget]).toEqual(v);
}

describe("parseBudget", () => {
  test.each(SEEDS)("seed form %j", (input, want) => {
    check(parseBudget(input), want);
  });

  test.each(AMOUNTS)("%j -> %d", (input, amount, extra) => {
    const b = parseBudget(input);
    expect(b.kind).toBe("amount");
    expect(b.amount).toBe(amount);
    check(b, extra);
    if (!extra.range) expect(b.range).toBeUndefined();
    if (!extra.period) expect(b.period).toBeUndefined();
  });

  test.each(NOT_AMOUNTS)("%j is %s, no amount", (input, kind) => {
    const b = parseBudget(input);
    expect(b.kind).toBe(kind);
    expect(b.amount).toBeNull();
  });

  test.each(PRODUCTS)("%j is the product %d", (input, amount, product) => {
    const b = parseBudget(input);
    expect(b.kind).toBe("amount");
    expect(b.amount).toBe(amount);
    expect(b.product).toEqual(product);
    expect(b.period).toBeUndefined();
    expect(b.rate).toBeUndefined();
  });

  test.each(RATES)("%j is a rate without a count: not counted", (input, rate) => {
    const b = parseBudget(input);
    expect(b.kind).toBe("rate");
    expect(b.amount).toBeNull();
    expect(b.rate).toEqual(rate);
  });

  test("per year still counts once; a rate beside an amount leaves only the amount counted", () => {
    expect(parseBudget("15 triệu/năm")).toMatchObject({ kind: "amount", amount: 15000000, period: "năm" });
    expect(parseBudget("Mua sách 2.000.000đ; lương 500.000đ/tháng")).toMatchObject({
      kind: "amount",
      amount: 2000000,
      rate: { amount: 500000, per: "tháng" },
    });
    // no product where nothing multiplies: counts, dates and percentages stay out
    expect(parseBudget("Mua 05 máy chiếu: 100.000.000 đ").product).toBeUndefined();
    expect(parseBudget("50% x 10.000.000đ")).toMatchObject({ amount: 10000000 });
  });

  test("text is NFC and trimmed; sources are canonical", () => {
    const nfd = " 5.000.000 đồng ".normalize("NFD");
    const b = parseBudget(nfd);
    expect(b.text).toBe("5.000.000 đồng");
    expect(b.text).toBe(b.text.normalize("NFC"));
    expect(parseBudget("ngân sách nhà nước".normalize("NFD")).source).toBe("Ngân sách nhà nước");
  });

  test("a number cell keeps its figure as dot-thousands text", () => {
    expect(parseBudget(3700000000).text).toBe("3.700.000.000");
    expect(parseBudget(0).text).toBe("0");
  });
});

describe("an amount followed by its source on the next line", () => {
  test('"Ngân sách" after an amount is the source, not "ngàn" (thousand)', () => {
    expect(parseBudget("300.000.000\nNgân sách nhà nước")).toMatchObject({ kind: "amount", amount: 300000000, source: "Ngân sách nhà nước" });
    expect(parseBudget("45.000.000 ngân sách xã")).toMatchObject({ amount: 45000000 });
    expect(parseBudget("500 ngàn")).toMatchObject({ amount: 500000 });
    expect(parseBudget("500 ngan")).toMatchObject({ amount: 500000 });
  });
});
