/**
 * Default texts of the plan document: sections I (purpose), II (basis),
 * organisation and closing, in the project's own wording, right for the
 * school's level and regulation. The user replaces any of them; the texts are
 * stored with the workbook (plan info) and used next time. Pure.
 */
import type { Plan, RegulationId, SchoolLevel } from "../plan";
import { regulationById, regulationFor, regulationTitleAsOf } from "../catalogue";
import { previousSchoolYear, schoolYearText } from "./format";
import type { DocumentInfo } from "./types";
import { FORM_2018, formSection } from "../forms";

export interface SectionTexts {
  purpose: string;
  basis: string;
  organisation: string;
  closing: string;
}

/** Guidance of the Ministry for each regulation (self-assessment and external review). */
const GUIDANCE: Record<RegulationId, string> = {
  "TT19/2018":
    "Công văn số 5942/BGDĐT-QLCL ngày 28/12/2018 của Bộ Giáo dục và Đào tạo hướng dẫn tự đánh giá và đánh giá ngoài cơ sở giáo dục mầm non",
  "TT17/2018":
    "Công văn số 5932/BGDĐT-QLCL ngày 28/12/2018 của Bộ Giáo dục và Đào tạo hướng dẫn tự đánh giá và đánh giá ngoài cơ sở giáo dục phổ thông",
  "TT18/2018":
    "Công văn số 5932/BGDĐT-QLCL ngày 28/12/2018 của Bộ Giáo dục và Đào tạo hướng dẫn tự đánh giá và đánh giá ngoài cơ sở giáo dục phổ thông",
  "TT57/2026-MN": "các văn bản của Bộ Giáo dục và Đào tạo hướng dẫn thực hiện Thông tư 57/2026/TT-BGDĐT",
  "TT57/2026-PT": "các văn bản của Bộ Giáo dục và Đào tạo hướng dẫn thực hiện Thông tư 57/2026/TT-BGDĐT",
};

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

/** The regulation of the plan: its own, else the one for its level and year, else null. */
export function planRegulation(plan: Pick<Plan, "regulation" | "level" | "schoolYear">): RegulationId | null {
  if (plan.regulation) return plan.regulation;
  if (plan.level) return regulationFor(plan.level, plan.schoolYear).id;
  return null;
}

/** Where the plan is reported to: the district office, or the provincial one for upper secondary schools. */
export function defaultRecipients(level: SchoolLevel | null): string[] {
  const office = level === "thpt" ? "Sở GD&ĐT (b/c)" : "Phòng GD&ĐT (b/c)";
  return [office, "Hội đồng TĐG (để th/h)", "CB, GV, NV nhà trường (th/h)", "Lưu: VT"];
}

export function defaultSections(plan: Pick<Plan, "regulation" | "level" | "schoolYear" | "form">): SectionTexts {
  const w = wordsFor(plan.level);
  const year = schoolYearText(plan.schoolYear);
  const inYear = year ? `năm học ${year}` : "năm học";
  const prev = previousSchoolYear(plan.schoolYear);
  const prevYear = prev ? `năm học ${prev}` : "năm học trước";
  const regId = planRegulation(plan);
  const reg = regId ? regulationById(regId) : null;
  const regulationLine = reg
    ? `${regulationTitleAsOf(reg, plan.schoolYear)} của Bộ Giáo dục và Đào tạo;`
    : "Quy định hiện hành của Bộ Giáo dục và Đào tạo về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia;";
  const guidance = regId ? GUIDANCE[regId] : "các văn bản hướng dẫn của Bộ Giáo dục và Đào tạo";
  const office = plan.level === "thpt" ? "Sở Giáo dục và Đào tạo" : "Phòng Giáo dục và Đào tạo";
  const criteriaWord = plan.form === "2026" ? "các tiêu chuẩn, tiêu chí và chỉ số đánh giá" : "các tiêu chuẩn, tiêu chí";

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

  return { purpose, basis, organisation, closing };
}

/**
 * Document info prefilled from the plan: its letterhead, year, level and regulation.
 * Here, not in index.ts, so the task pane gets it without loading docx.
 */
export function defaultDocumentInfo(plan: Plan): DocumentInfo {
  return {
    ...plan.info,
    signerTitle: plan.info.signerTitle?.trim() ? plan.info.signerTitle : "HIỆU TRƯỞNG",
    schoolYear: schoolYearText(plan.schoolYear ?? ""),
    recipients: plan.info.recipients?.length ? [...plan.info.recipients] : defaultRecipients(plan.level),
    sections: defaultSections(plan),
    numbering: {
      purpose: formSection(FORM_2018, "purpose").number,
      basis: formSection(FORM_2018, "basis").number,
      content: formSection(FORM_2018, "content").number,
      organisation: formSection(FORM_2018, "organisation").number,
    },
  };
}
