/**
 * Amounts in figures and in words ("Bằng chữ: Ba tỷ bảy trăm triệu đồng").
 *
 * Reading numbers is delegated to `read-vietnamese-number` (MIT, no
 * dependencies), configured for the conventions of DOMAIN.md "Money" and
 * checked against a hand-written table in test/words.test.ts:
 * - mốt after "mươi" (21, 31 ...), một for 1, 11, 101;
 * - tư after "mươi" (24, 34 ...), bốn for 4, 14, 104;
 * - lăm for 15, 25 ..., năm for 5, 105;
 * - linh (not lẻ) for a zero tens digit after hundreds: 105 = một trăm linh năm;
 * - "không trăm" for a group without hundreds after a higher non-zero group:
 *   1.050.000 = một triệu không trăm năm mươi nghìn,
 *   1.000.005 = một triệu không trăm linh năm,
 *   2.000.001.000 = hai tỷ không trăm linh một nghìn;
 * - empty groups are skipped: 1.000.000.000 = một tỷ;
 * - nghìn (not ngàn), triệu, tỷ (not tỉ); beyond tỷ the count of tỷ is read as a
 *   number: 10^12 = một nghìn tỷ, 10^15 = một triệu tỷ.
 * Pure: no IO.
 */
import { ReadingConfig, doReadNumber } from "read-vietnamese-number";

const CONFIG: ReadingConfig = (() => {
  const c = new ReadingConfig();
  c.unit = [];
  c.units = [[], ["nghìn"], ["triệu"], ["tỷ"]];
  c.oddText = "linh";
  c.fourToneText = "tư";
  c.negativeText = "âm";
  c.thousandSign = ",";
  c.pointSign = ".";
  return c;
})();

function checkInteger(n: number): void {
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw new RangeError(`Không đọc được số ${String(n)}: cần một số nguyên (tối đa 9.007.199.254.740.991).`);
  }
}

/** Lower-case words without "đồng": 1050000 -> "một triệu không trăm năm mươi nghìn". */
export function numberInWords(n: number): string {
  checkInteger(n);
  // String(n) of a safe integer has no exponent and no separators.
  return doReadNumber(String(n), CONFIG).replace(/\s+/g, " ").trim();
}

/** "Bốn trăm triệu đồng"; 0 -> "Không đồng". First letter capital. */
export function amountInWords(n: number): string {
  const words = `${numberInWords(n)} đồng`;
  return words.charAt(0).toLocaleUpperCase("vi") + words.slice(1);
}

/**
 * The one way an amount is written in figures (checks, reports, totals,
 * sheets, Word): dot thousands, 3700000000 -> "3.700.000.000", a negative with
 * "-". Amounts in đồng are integers (parseBudget gives "2,5 tỷ" as
 * 2500000000); a non-integer, should one arise (a number cell typed with
 * decimals), is rounded to the nearest đồng, halves away from zero
 * (1234.5 -> "1.235", -2.5 -> "-3", -0.4 -> "0"), never shown with
 * decimals. NaN and ±Infinity are written as String(n).
 */
export function formatAmount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.abs(roundAmount(n));
  // BigInt: no exponent for amounts beyond 10^21 (parseBudget refuses them, a number cell may hold one).
  const digits = BigInt(r).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return n < 0 && r !== 0 ? `-${digits}` : digits;
}

/** A figure to whole đồng: the nearest integer, halves away from zero (-0 -> 0). */
export function roundAmount(n: number): number {
  const r = Math.sign(n) * Math.round(Math.abs(n));
  return r === 0 ? 0 : r;
}
