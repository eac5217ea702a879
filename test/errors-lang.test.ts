import { errorCode, errorDetail } from "../src/core/errors";
import { langFromTag } from "../src/core/lang";

describe("errorDetail: the one text of a caught value", () => {
  test("message of an Error", () => {
    expect(errorDetail(new Error("boom"))).toBe("boom");
  });
  test("Office.js code before the message, not repeated", () => {
    const e = Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
    expect(errorCode(e)).toBe("ItemNotFound");
    expect(errorDetail(e)).toBe("ItemNotFound: The requested resource doesn't exist.");
    const node = Object.assign(new Error("ENOENT: no such file or directory, open 'x.xlsx'"), { code: "ENOENT" });
    expect(errorDetail(node)).toBe("ENOENT: no such file or directory, open 'x.xlsx'");
    expect(errorDetail({ code: "GeneralException" })).toBe("GeneralException");
    expect(errorDetail({ code: "X", message: "plain object" })).toBe("X: plain object");
    expect(errorDetail({ foo: 1 })).toBe("?");
  });
  test("strings, other values, nothing", () => {
    expect(errorDetail("bad")).toBe("bad");
    expect(errorDetail(42)).toBe("42");
    expect(errorDetail(undefined)).toBe("?");
    expect(errorDetail(new Error(""))).toBe("?");
    expect(errorCode("x")).toBe("");
  });
  test("cut at max characters (200 by default)", () => {
    expect(errorDetail(new Error("x".repeat(500)))).toHaveLength(200);
    expect(errorDetail(new Error("abcdef"), 3)).toBe("abc");
  });
});

describe("langFromTag: the one vi/en decision", () => {
  test.each([
    ["vi", "vi"],
    ["vi-VN", "vi"],
    ["VI-vn", "vi"],
    [" vi ", "vi"],
    ["", "vi"],
    [null, "vi"],
    [undefined, "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["vie", "en"],
  ])("%p -> %s", (tag, lang) => {
    expect(langFromTag(tag)).toBe(lang);
  });
});
