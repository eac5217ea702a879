/**
 * The default section texts of the Biểu 2 document: data with its source
 * (sections-2026.json), filled with the plan's context; kept up to date when
 * the context or the school's name changes, edited texts left alone; texts
 * naming another school year found in the 2026 sections too.
 */
import data from "../../src/core/word/sections-2026.json";
import {
  defaultDocumentInfo,
  defaultSections,
  isOutdatedRecipient,
  recipientsFor,
  refreshInfo,
  sectionKeysFor,
  staleSections,
  withSchoolName,
} from "../../src/core/word/defaults";
import { resolveContext } from "../../src/core/context";
import type { Plan } from "../../src/core/plan";
import { plan2026, samMunPlan } from "./fixtures";

const ctx2026 = resolveContext({ schoolYear: "2026-2027", level: "tieu-hoc", tableForm: "2026" });
const ctx2026MN = resolveContext({ schoolYear: "2026-2027", level: "mam-non", tableForm: "2026" });
const ctx2026THPT = resolveContext({ schoolYear: "2026-2027", level: "thpt", tableForm: "2026" });
const ctx2025 = resolveContext({ schoolYear: "2025-2026", level: "tieu-hoc", tableForm: "2018" });
const ctx2022 = resolveContext({ schoolYear: "2022-2023", level: "tieu-hoc", tableForm: "2018" });

describe("sections-2026.json", () => {
  test("is data with its source, marked as the add-in's draft wording", () => {
    expect(data.draft).toBe(true);
    expect(data.source).toMatch(/NOT the official text/);
    expect(data.source).toContain("DOMAIN.md");
    expect(Object.keys(data.sections).sort()).toEqual(["basis", "closing", "info", "organisation", "purpose", "reporting"]);
  });

  test("every token is filled, for every level", () => {
    for (const level of ["mam-non", "tieu-hoc", "thcs", "thpt", "nhieu-cap", null] as const) {
      const ctx = resolveContext({ schoolYear: "2026-2027", level, tableForm: "2026" });
      const s = defaultSections(ctx, "TRƯỜNG X");
      for (const k of sectionKeysFor("2026")) {
        expect(s[k].length).toBeGreaterThan(20);
        expect(s[k]).not.toMatch(/[{}]/);
      }
    }
  });
});

describe("defaultSections on the 2026 form", () => {
  test("the year, the year before, the regulation, the level's words and the office of 2026-2027", () => {
    const s = defaultSections(ctx2026, "TRƯỜNG TIỂU HỌC HOA SEN");
    expect(s.info).toContain("Tên cơ sở giáo dục: TRƯỜNG TIỂU HỌC HOA SEN;");
    expect(s.basis).toContain(`${ctx2026.regulationTitle} của Bộ Giáo dục và Đào tạo;`);
    expect(s.basis).toContain("Thông tư 57/2026/TT-BGDĐT");
    expect(s.basis).toContain("Báo cáo tự đánh giá của nhà trường năm học 2025-2026");
    expect(s.basis).toContain("năm học 2026-2027");
    expect(s.purpose).toContain("vấn đề trọng tâm");
    expect(s.purpose).toContain("dạy học và giáo dục học sinh");
    expect(s.organisation).toMatch(/^1\. Hiệu trưởng\n/);
    expect(s.organisation).toContain("Hội đồng tự đánh giá");
    expect(s.reporting).toContain("ít nhất hai lần");
    expect(s.reporting).toContain(ctx2026.administration.office);
    expect(s.reporting).not.toMatch(/Phòng Giáo dục|Phòng GD/);
    expect(s.closing).toContain("năm học 2026-2027");
    expect(defaultSections(ctx2026MN).purpose).toContain("nuôi dưỡng, chăm sóc, giáo dục trẻ");
    expect(defaultSections(ctx2026MN).basis).toContain("Phụ lục I (cơ sở giáo dục mầm non)");
    expect(defaultSections(ctx2026THPT).reporting).toContain("Sở Giáo dục và Đào tạo");
  });

  test("a school without a name leaves room to write it", () => {
    expect(defaultSections(ctx2026).info).toMatch(/Tên cơ sở giáo dục: …+;/);
  });

  test("the 2018 form keeps its own texts", () => {
    const s = defaultSections(ctx2022);
    expect(s.organisation).toMatch(/^1\. Hiệu trưởng – Chủ tịch Hội đồng tự đánh giá/);
    expect(s.purpose).toContain("Rà soát thực trạng");
    expect(s.basis).toContain("Thông tư 17/2018/TT-BGDĐT");
  });

  test("defaultDocumentInfo of a 2026 plan", () => {
    const info = defaultDocumentInfo(plan2026());
    expect(info.sections.info).toContain("TRƯỜNG TIỂU HỌC SỐ 1 THỊ TRẤN");
    expect(info.sections.reporting).toContain("ít nhất hai lần");
    expect(info.recipients[0]).toBe("Phòng VH-XH UBND xã/phường (b/c)");
  });
});

describe("the document details follow the plan", () => {
  test("a 2025-2026 plan moved to 2026-2027: default texts become Biểu 2's, edited ones stay", () => {
    const plan: Plan = { ...samMunPlan(), level: "tieu-hoc", schoolYear: "2025-2026", regulation: "TT17/2018" };
    const info = { ...defaultDocumentInfo(plan, ctx2025), school: "TRƯỜNG TIỂU HỌC HOA SEN" };
    info.sections = { ...defaultSections(ctx2025, info.school) };
    info.sections.organisation = "Tổ chức theo cách riêng của trường.";
    const after = refreshInfo(info, ctx2025, ctx2026);
    expect(after.sections.purpose).toBe(defaultSections(ctx2026, info.school).purpose);
    expect(after.sections.basis).toBe(defaultSections(ctx2026, info.school).basis);
    expect(after.sections.info).toBe(defaultSections(ctx2026, info.school).info);
    expect(after.sections.reporting).toBe(defaultSections(ctx2026, info.school).reporting);
    expect(after.sections.organisation).toBe("Tổ chức theo cách riêng của trường.");
    expect(after.schoolYear).toBe("2026-2027");
  });

  test("details saved before the 2026 sections: their missing texts take the new context's defaults", () => {
    const info = defaultDocumentInfo(plan2026());
    delete info.sections.info;
    delete info.sections.reporting;
    const after = refreshInfo(info, ctx2026, ctx2026THPT);
    expect(after.sections.reporting).toBe(defaultSections(ctx2026THPT, info.school).reporting);
    expect(after.sections.info).toBe(defaultSections(ctx2026THPT, info.school).info);
  });

  test("section I follows the school's name while it is the default text", () => {
    const info = defaultDocumentInfo(plan2026());
    const renamed = withSchoolName(info, "TRƯỜNG TIỂU HỌC SỐ 2", contextOf2026());
    expect(renamed.school).toBe("TRƯỜNG TIỂU HỌC SỐ 2");
    expect(renamed.sections.info).toContain("Tên cơ sở giáo dục: TRƯỜNG TIỂU HỌC SỐ 2;");
    const own = { ...info, sections: { ...info.sections, info: "Trường của chúng tôi." } };
    expect(withSchoolName(own, "TRƯỜNG TIỂU HỌC SỐ 2", contextOf2026()).sections.info).toBe("Trường của chúng tôi.");
  });

  test("stale sections: the 2026 sections are checked too, and only the sections the form prints", () => {
    const info = defaultDocumentInfo(plan2026());
    expect(staleSections(info, ctx2026)).toEqual([]);
    info.sections.reporting = "Báo cáo kết quả năm học 2024-2025 với cấp trên.";
    info.sections.info = "Trường thành lập năm học 2010-2011.";
    expect(staleSections(info, ctx2026)).toEqual(["info", "reporting"]);
    // A 2018 document (the regulation chosen by hand) does not print them: nothing to warn about there.
    const ctx2018 = resolveContext({ schoolYear: "2026-2027", level: "tieu-hoc", tableForm: "2018" }, { regulation: "TT17/2018" });
    expect(ctx2018.form).toBe("2018");
    expect(staleSections(info, ctx2018)).toEqual([]);
  });

  test("recipients: the district office of a past era is replaced by the year's own, once", () => {
    expect(isOutdatedRecipient("Phòng GD&ĐT (b/c)", ctx2026)).toBe(true);
    expect(isOutdatedRecipient("PGD&ĐT huyện", ctx2026)).toBe(true);
    expect(isOutdatedRecipient("Phòng Giáo dục và Đào tạo huyện Điện Biên", ctx2026)).toBe(true);
    expect(isOutdatedRecipient("Phòng VH-XH UBND xã (b/c)", ctx2026)).toBe(false);
    expect(isOutdatedRecipient("Phòng GD&ĐT (b/c)", ctx2022)).toBe(false);
    expect(recipientsFor(["Phòng GD&ĐT (b/c)", "Phòng VH-XH UBND xã/phường (b/c)", "Lưu: VT"], ctx2026)).toEqual(["Phòng VH-XH UBND xã/phường (b/c)", "Lưu: VT"]);
    expect(recipientsFor(["Phòng GD&ĐT (b/c)", "Lưu: VT"], ctx2022)).toEqual(["Phòng GD&ĐT (b/c)", "Lưu: VT"]);
  });
});

function contextOf2026() {
  return ctx2026;
}
