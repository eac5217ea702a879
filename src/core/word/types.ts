/** The document's own data beside the plan: letterhead, sections, recipients. */
import type { PlanInfo } from "../plan";

export interface DocumentInfo extends PlanInfo {
  /** "2026-2027" */
  schoolYear: string;
  /** ["Phòng GD&ĐT (b/c)", "Hội đồng TĐG (để th/h)", "Lưu: VT"]: rendered "- …;", the last "- Lưu: VT." */
  recipients: string[];
  /**
   * Plain text; one paragraph per line; "1." numbering kept as typed. `info`
   * (I. Thông tin chung) and `reporting` (VIII. Cơ chế đánh giá và báo cáo)
   * are the 2026 form's own sections; details saved before them lack them
   * (the defaults of the plan's context are used).
   */
  sections: { purpose: string; basis: string; organisation: string; closing: string; info?: string; reporting?: string };
  /** Roman numerals of the section headings: default "I", "II", "III", "IV" (many schools use "VI" for organisation). */
  numbering: { purpose: string; basis: string; content: string; organisation: string };
}
