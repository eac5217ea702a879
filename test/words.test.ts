import { amountInWords, formatAmount, numberInWords } from "../src/core/words";
import { parseBudget } from "../src/core/parse/money";

// Written out by hand (DOMAIN.md "Money"): mốt after mươi (21, 31) but một for
// 1, 11, 101; tư after mươi (24, 44) but bốn for 4, 14, 104; lăm for 15, 25 but
// năm for 5, 105; linh for a zero tens digit after hundreds; "không trăm" for a
// group without hundreds that follows a higher non-zero group; empty groups are
// skipped; nghìn, triệu, tỷ, then nghìn tỷ and triệu tỷ.
const TABLE: [number, string][] = [
  [0, "không"],
  [1, "một"],
  [4, "bốn"],
  [5, "năm"],
  [7, "bảy"],
  [10, "mười"],
  [11, "mười một"],
  [14, "mười bốn"],
  [15, "mười lăm"],
  [19, "mười chín"],
  [20, "hai mươi"],
  [21, "hai mươi mốt"],
  [24, "hai mươi tư"],
  [25, "hai mươi lăm"],
  [31, "ba mươi mốt"],
  [44, "bốn mươi tư"],
  [55, "năm mươi lăm"],
  [90, "chín mươi"],
  [99, "chín mươi chín"],
  [100, "một trăm"],
  [101, "một trăm linh một"],
  [104, "một trăm linh bốn"],
  [105, "một trăm linh năm"],
  [110, "một trăm mười"],
  [111, "một trăm mười một"],
  [114, "một trăm mười bốn"],
  [115, "một trăm mười lăm"],
  [121, "một trăm hai mươi mốt"],
  [124, "một trăm hai mươi tư"],
  [205, "hai trăm linh năm"],
  [999, "chín trăm chín mươi chín"],
  [1000, "một nghìn"],
  [1001, "một nghìn không trăm linh một"],
  [1010, "một nghìn không trăm mười"],
  [1015, "một nghìn không trăm mười lăm"],
  [1100, "một nghìn một trăm"],
  [1234, "một nghìn hai trăm ba mươi tư"],
  [10000, "mười nghìn"],
  [15000, "mười lăm nghìn"],
  [21000, "hai mươi mốt nghìn"],
  [100000, "một trăm nghìn"],
  [105000, "một trăm linh năm nghìn"],
  [500000, "năm trăm nghìn"],
  [1000000, "một triệu"],
  [1000005, "một triệu không trăm linh năm"],
  [1050000, "một triệu không trăm năm mươi nghìn"],
  [1200000, "một triệu hai trăm nghìn"],
  [2000000, "hai triệu"],
  [5000000, "năm triệu"],
  [12500000, "mười hai triệu năm trăm nghìn"],
  [15000000, "mười lăm triệu"],
  [21000000, "hai mươi mốt triệu"],
  [25500000, "hai mươi lăm triệu năm trăm nghìn"],
  [100000000, "một trăm triệu"],
  [123456789, "một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín"],
  [300000000, "ba trăm triệu"],
  [400000000, "bốn trăm triệu"],
  [1000000000, "một tỷ"],
  [1000000001, "một tỷ không trăm linh một"],
  [1200000000, "một tỷ hai trăm triệu"],
  [1234567891, "một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi mốt"],
  [2000001000, "hai tỷ không trăm linh một nghìn"],
  [2500000000, "hai tỷ năm trăm triệu"],
  [3000050000, "ba tỷ không trăm năm mươi nghìn"],
  [3700000000, "ba tỷ bảy trăm triệu"],
  [10000000000, "mười tỷ"],
  [1000000000000, "một nghìn tỷ"],
  [1000000000005, "một nghìn tỷ không trăm linh năm"],
  [1005000000000, "một nghìn không trăm linh năm tỷ"],
  [1500000000000, "một nghìn năm trăm tỷ"],
  [
    999999999999999,
    "chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
  ],
  [1000000000000000, "một triệu tỷ"],
];

describe("numberInWords", () => {
  test.each(TABLE)("%d -> %s", (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  test("negative numbers start with âm", () => {
    expect(numberInWords(-5)).toBe("âm năm");
    expect(numberInWords(-1050000)).toBe("âm một triệu không trăm năm mươi nghìn");
  });

  test("rejects what cannot be read exactly", () => {
    expect(() => numberInWords(Number.NaN)).toThrow(RangeError);
    expect(() => numberInWords(Infinity)).toThrow(RangeError);
    expect(() => numberInWords(1e20)).toThrow(RangeError);
    expect(() => numberInWords(1.5)).toThrow(RangeError);
  });
});

describe("amountInWords", () => {
  test.each([
    [0, "Không đồng"],
    [5000000, "Năm triệu đồng"],
    [15000000, "Mười lăm triệu đồng"],
    [400000000, "Bốn trăm triệu đồng"],
    [3700000000, "Ba tỷ bảy trăm triệu đồng"],
    [1050000, "Một triệu không trăm năm mươi nghìn đồng"],
    [21000000, "Hai mươi mốt triệu đồng"],
    [-2000000, "Âm hai triệu đồng"],
  ])("%d -> %s", (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });
});

describe("formatAmount", () => {
  test.each([
    [0, "0"],
    [5, "5"],
    [999, "999"],
    [1000, "1.000"],
    [1050000, "1.050.000"],
    [5000000, "5.000.000"],
    [400000000, "400.000.000"],
    [3700000000, "3.700.000.000"],
    [999999999999999, "999.999.999.999.999"],
    [-1234567, "-1.234.567"],
    [-999, "-999"],
  ])("%d -> %s", (n, text) => {
    expect(formatAmount(n)).toBe(text);
  });

  // The rule for decimals: đồng are integers; a non-integer is rounded to the
  // nearest đồng, halves away from zero, and never shown with decimals.
  test.each([
    [2500000000.4, "2.500.000.000"],
    [1234.5, "1.235"],
    [1234.49, "1.234"],
    [0.5, "1"],
    [0.4, "0"],
    [-2.5, "-3"],
    [-0.4, "0"],
    [1e22, "10.000.000.000.000.000.000.000"],
  ])("non-integer or huge %d -> %s", (n, text) => {
    expect(formatAmount(n)).toBe(text);
  });

  test("NaN and Infinity as String(n)", () => {
    expect(formatAmount(NaN)).toBe("NaN");
    expect(formatAmount(Infinity)).toBe("Infinity");
    expect(formatAmount(-Infinity)).toBe("-Infinity");
  });

  test('a parsed "2,5 tỷ" is the integer 2.500.000.000', () => {
    const b = parseBudget("2,5 tỷ");
    expect(b.amount).toBe(2500000000);
    expect(formatAmount(b.amount!)).toBe("2.500.000.000");
    // A number cell with decimals: its text is the one formatAmount gives.
    expect(parseBudget(1234567.6).text).toBe("1.234.568");
  });
});
