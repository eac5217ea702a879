/**
 * Default texts of the plan document, in the project's own wording, right for
 * the school's level, regulation and year: on the 2018 form sections I
 * (purpose), II (basis), organisation and closing (written here); on the 2026
 * form (Biểu 2) sections I (general information), II (basis), III (purpose),
 * VII (organisation), VIII (review and reporting) and closing (data:
 * sections-2026.json). The user replaces any of them; the texts are stored
 * with the workbook (plan info) and used next time. Pure.
 */
import type { FormKind, Plan, SchoolLevel } from "../plan";
import { contextOf, type PlanContext } from "../context";
import { previousSchoolYear, schoolYearText } from "./format";
import type { DocumentInfo } from "./types";
import { FORM_2018, formSection } from "../forms";
import { fold } from "../text";
import sections2026 from "./sections-2026.json";
import outdatedOffices from "./outdated-offices.json";

export interface SectionTexts {
  purpose: string;
  basis: string;
  organisation: string;
  closing: string;
  /** 2026 form, I. THÔNG TIN CHUNG. */
  info: string;
  /** 2026 form, VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO. */
  reporting: string;
}

interface Words {
  /** "nuôi dưỡng, chăm sóc, giáo dục trẻ" / "dạy học và giáo dục học sinh" */
  work: string;
  /** "cha mẹ trẻ" / "cha mẹ học sinh" */
  parents: string;
  /** "trẻ" / "học sinh" */
  children: string;
}

function wordsFor(level: SchoolLevel | null): Words {
  if (level === "mam-non") {
    return { work: "nuôi dưỡng, chăm sóc, giáo dục trẻ", parents: "cha mẹ trẻ", children: "trẻ" };
  }
  return { work: "dạy học và giáo dục học sinh", parents: "cha mẹ học sinh", children: "học sinh" };
}

/** Where the plan is reported to: the administration of the plan's year, then the council, staff and archive. */
export function defaultRecipients(ctx: PlanContext): string[] {
  return [ctx.administration.recipient, "Hội đồng TĐG (để th/h)", "CB, GV, NV nhà trường (th/h)", "Lưu: VT"];
}

const OUTDATED = (outdatedOffices as { eras: Record<string, string[]> }).eras;

/** True when a recipient line names an office that no longer exists in this context's administration era ("Phòng GD&ĐT" from 2025-2026). */
export function isOutdatedRecipient(line: string, ctx: PlanContext): boolean {
  const words = OUTDATED[ctx.administration.era] ?? [];
  const f = fold(line);
  return words.some((w) => new RegExp(`(?:^|[^a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(f));
}

/**
 * The recipients the sheet lists, in this year's administration: a line naming
 * an office that no longer exists (the district Phòng GD&ĐT after 1/7/2025) is
 * replaced by the era's own recipient, once.
 */
export function recipientsFor(lines: readonly string[], ctx: PlanContext): string[] {
  const out: string[] = [];
  const current = ctx.administration.recipient;
  for (const line of lines) {
    const next = isOutdatedRecipient(line, ctx) ? current : line;
    if (next === current && out.includes(current)) continue;
    out.push(next);
  }
  return out;
}

/** What the tokens of sections-2026.json stand for in this context. */
interface Words2026 {
  school: string;
  year: string;
  prevYear: string;
  regulation: string;
  Guidance: string;
  work: string;
  parents: string;
  children: string;
  office: string;
}

function fill(lines: readonly string[], words: Words2026): string {
  return lines
    .map((line) =>
      line.replace(/\{(\w+)\}/g, (m, k: string) => {
        const v = (words as unknown as Record<string, string | undefined>)[k];
        if (v === undefined) throw new Error(`sections-2026.json: unknown token ${m}`);
        return v;
      }),
    )
    .join("\n");
}

type Sections2026 = Record<"info" | "basis" | "purpose" | "organisation" | "reporting" | "closing", string[]>;
const TEXTS_2026 = (sections2026 as { sections: Sections2026 }).sections;

/** The section texts of a plan of this context: every year, regulation and office sentence follows it. */
export function defaultSections(ctx: PlanContext, school = ""): SectionTexts {
  const w = wordsFor(ctx.level);
  const year = schoolYearText(ctx.schoolYear);
  const inYear = year ? `năm học ${year}` : "năm học";
  const prev = previousSchoolYear(ctx.schoolYear);
  const prevYear = prev ? `năm học ${prev}` : "năm học trước";
  const regulationLine = ctx.regulation
    ? `${ctx.regulationTitle} của Bộ Giáo dục và Đào tạo;`
    : "Quy định hiện hành của Bộ Giáo dục và Đào tạo về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia;";
  const guidance = ctx.regulation?.guidance ?? "các văn bản hướng dẫn của Bộ Giáo dục và Đào tạo";
  const office = ctx.administration.office;

  const words: Words2026 = {
    school: school.replace(/\s*\n\s*/g, " ").trim() || "…………………………",
    year: inYear,
    prevYear,
    regulation: regulationLine,
    Guidance: `${guidance[0].toUpperCase()}${guidance.slice(1)}`,
    work: w.work,
    parents: w.parents,
    children: w.children,
    office,
  };
  const info = fill(TEXTS_2026.info, words);
  const reporting = fill(TEXTS_2026.reporting, words);
  if (ctx.form === "2026") {
    return {
      info,
      basis: fill(TEXTS_2026.basis, words),
      purpose: fill(TEXTS_2026.purpose, words),
      organisation: fill(TEXTS_2026.organisation, words),
      reporting,
      closing: fill(TEXTS_2026.closing, words),
    };
  }
  const criteriaWord = "các tiêu chuẩn, tiêu chí";

  const purpose = [
    `1. Rà soát thực trạng các hoạt động ${w.work} của nhà trường theo ${criteriaWord}; xác định rõ những điểm mạnh cần phát huy và những điểm yếu cần khắc phục.`,
    `2. Đề ra các công việc, giải pháp cụ thể, có người chủ trì, thời gian hoàn thành và kinh phí dự kiến để duy trì và từng bước nâng cao chất lượng ${w.work} trong ${inYear}.`,
    "3. Kế hoạch phải sát thực tế, khả thi, phù hợp với điều kiện của nhà trường và địa phương; được phổ biến đến toàn thể cán bộ, giáo viên, nhân viên và được kiểm tra, giám sát trong quá trình thực hiện.",
    `4. Huy động sự phối hợp của ${w.parents}, chính quyền địa phương và các tổ chức, cá nhân để tăng cường nguồn lực cho nhà trường.`,
  ].join("\n");

  const basis = [
    `1. Báo cáo tự đánh giá của nhà trường ${prevYear};`,
    `2. ${regulationLine}`,
    `3. ${guidance[0].toUpperCase()}${guidance.slice(1)}; các văn bản hướng dẫn nhiệm vụ quản lý chất lượng giáo dục của cấp trên;`,
    `4. Kết quả thực hiện kế hoạch cải tiến chất lượng giáo dục của nhà trường ${prevYear}.`,
  ].join("\n");

  const organisation = [
    "1. Hiệu trưởng – Chủ tịch Hội đồng tự đánh giá",
    `Phổ biến kế hoạch đến toàn thể cán bộ, giáo viên, nhân viên, Ban đại diện ${w.parents} và các tổ chức, cá nhân có liên quan; phân công người chủ trì từng nội dung cải tiến.`,
    `Chỉ đạo, kiểm tra, đôn đốc việc thực hiện; tham mưu với cấp trên và chính quyền địa phương về những nội dung cần kinh phí, cơ sở vật chất. Sơ kết giữa năm, tổng kết cuối năm học và báo cáo kết quả với ${office}.`,
    "2. Các thành viên Hội đồng tự đánh giá",
    "Thực hiện các nội dung cải tiến được phân công đúng tiến độ; thu thập, cập nhật thông tin, minh chứng của từng tiêu chí; báo cáo kết quả và những khó khăn, vướng mắc với Chủ tịch Hội đồng để kịp thời điều chỉnh.",
    "3. Tổ giám sát",
    "Theo dõi, giám sát việc thực hiện kế hoạch theo tiến độ; định kỳ báo cáo kết quả giám sát và kiến nghị với Hiệu trưởng.",
    "4. Cán bộ, giáo viên, nhân viên",
    `Nắm vững kế hoạch, thực hiện tốt nhiệm vụ được giao; phối hợp với các bộ phận trong nhà trường và với ${w.parents} để thực hiện các nội dung cải tiến vì sự tiến bộ của ${w.children}.`,
  ].join("\n");

  const closing =
    `Trên đây là Kế hoạch cải tiến chất lượng giáo dục ${inYear} của nhà trường. ` +
    "Đề nghị cán bộ, giáo viên, nhân viên nghiêm túc thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo Hiệu trưởng để kịp thời giải quyết./.";

  return { purpose, basis, organisation, closing, info, reporting };
}

/**
 * Document info prefilled from the plan: its letterhead, and every default
 * that depends on the plan's context (year, regulation, administration).
 * Here, not in index.ts, so the task pane gets it without loading docx.
 */
export function defaultDocumentInfo(plan: Plan, ctx: PlanContext = contextOf(plan)): DocumentInfo {
  return {
    ...plan.info,
    signerTitle: plan.info.signerTitle?.trim() ? plan.info.signerTitle : "HIỆU TRƯỞNG",
    schoolYear: schoolYearText(ctx.schoolYear ?? ""),
    recipients: plan.info.recipients?.length ? recipientsFor(plan.info.recipients, ctx) : defaultRecipients(ctx),
    sections: defaultSections(ctx, plan.info.school),
    numbering: {
      purpose: formSection(FORM_2018, "purpose").number,
      basis: formSection(FORM_2018, "basis").number,
      content: formSection(FORM_2018, "content").number,
      organisation: formSection(FORM_2018, "organisation").number,
    },
  };
}

export type SectionKey = keyof SectionTexts;
const SECTION_KEYS: readonly SectionKey[] = ["purpose", "basis", "organisation", "closing", "info", "reporting"];

/** The section texts a document of this form prints, in document order. */
export function sectionKeysFor(form: FormKind): SectionKey[] {
  return form === "2026" ? ["info", "basis", "purpose", "organisation", "reporting", "closing"] : ["purpose", "basis", "organisation", "closing"];
}

/** A section text of the info, or its default in this context when the saved details predate it. */
export function sectionText(info: DocumentInfo, key: SectionKey, ctx: PlanContext): string {
  return info.sections[key] ?? defaultSections(ctx, info.school)[key];
}

/**
 * The details after the school's name was edited: section I (general
 * information) follows the name while it is still the default text; an
 * edited section I stays as the user wrote it.
 */
export function withSchoolName(info: DocumentInfo, school: string, ctx: PlanContext): DocumentInfo {
  const before = defaultSections(ctx, info.school).info;
  const current = info.sections.info;
  if (current !== undefined && current.trim() !== before.trim()) return { ...info, school };
  return { ...info, school, sections: { ...info.sections, info: defaultSections(ctx, school).info } };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x.trim() === b[i].trim());
}

/**
 * The document details after the plan's context changed (the user set another
 * school year, level or regulation): every text still equal to the old
 * context's default is regenerated for the new one; texts the user edited are
 * kept as they are (see `staleSections`). Pure.
 */
export function refreshInfo(info: DocumentInfo, before: PlanContext, after: PlanContext): DocumentInfo {
  const oldSections = defaultSections(before, info.school);
  const newSections = defaultSections(after, info.school);
  const sections = { ...info.sections };
  // A text the saved details lack is a default too: it takes the new context's.
  for (const k of SECTION_KEYS) if ((sections[k] ?? oldSections[k]).trim() === oldSections[k].trim()) sections[k] = newSections[k];
  const recipients = sameList(info.recipients, defaultRecipients(before)) ? defaultRecipients(after) : recipientsFor(info.recipients, after);
  const schoolYear = after.schoolYear ? schoolYearText(after.schoolYear) : info.schoolYear;
  return { ...info, sections, recipients, schoolYear };
}

/**
 * Sections that name a school year other than the plan's own (the basis may
 * also cite the year before: last year's self-assessment and results): texts
 * the user edited by hand that still speak of another year.
 */
export function staleSections(info: DocumentInfo, ctx: PlanContext): SectionKey[] {
  if (!ctx.schoolYear) return [];
  const previous = previousSchoolYear(ctx.schoolYear);
  return sectionKeysFor(ctx.form).filter((k) => {
    for (const m of (info.sections[k] ?? "").matchAll(/(\d{4})\s*[-–—]\s*(\d{4})/g)) {
      const year = `${m[1]}-${m[2]}`;
      if (Number(m[2]) !== Number(m[1]) + 1 || year === ctx.schoolYear) continue;
      if (k === "basis" && year === previous) continue;
      return true;
    }
    return false;
  });
}
