/**
 * The two plan forms as data: the 9-column table of the 2018 regulations and
 * the "Biểu 2" of Thông tư 57/2026/TT-BGDĐT (tables IV, V, VI), plus the
 * columns the add-in's own plan sheet adds. Header words are matched on folded
 * text (see HeaderWords); words two forms share are one constant, so they
 * count as evidence of neither form.
 */
import type { FieldKey } from "../plan";
import type { FormColumn, FormDescription, FormTable, HeaderWords } from "./types";

// Header words shared by both forms' plan tables (and the add-in's sheet).
const TT: HeaderWords = { rank: 40, patterns: ["^(s\\.?\\s?tt|tt|so tt|so thu tu|thu tu)$"] };
const CRITERION: HeaderWords = { rank: 120, includes: ["tieu chi"], startsWith: ["tieu chuan"] };
const RESULT: HeaderWords = { rank: 130, includes: ["ket qua can dat", "ket qua", "muc tieu"] };
const ACTIONS: HeaderWords = { rank: 140, includes: ["cong viec", "giai phap", "bien phap", "hoat dong", "nhiem vu"] };
const TIMELINE: HeaderWords = { rank: 150, includes: ["thoi gian", "thoi han", "tien do"] };
const OWNER: HeaderWords = {
  rank: 160,
  includes: ["chu tri", "phoi hop", "phu trach", "nguoi thuc hien", "don vi thuc hien", "trach nhiem"],
};
const BUDGET: HeaderWords = { rank: 170, includes: ["kinh phi", "du toan", "ngan sach"] };
const SUPPORT: HeaderWords = { rank: 180, includes: ["dieu kien ho tro", "ho tro", "dieu kien"] };
const NOTE: HeaderWords = { rank: 190, includes: ["ghi chu"] };

const SOURCE_2018 =
  "Thông tư 17, 18, 19/2018/TT-BGDĐT (kế hoạch cải tiến chất lượng of the self-assessment report) and the five signed plans in seeds/; the section numbering IV/VI is as the seeds write it";
const SOURCE_2026 =
  "Biểu 2, Thông tư 57/2026/TT-BGDĐT, from two independent public implementations; to verify against the published text";

const PLAN_2018: FormTable<FieldKey> = {
  id: "plan",
  title: "Nội dung kế hoạch cải tiến chất lượng giáo dục",
  titleEn: "Quality improvement plan",
  source: SOURCE_2018,
  columns: [
    { key: "tt", title: "TT", titleEn: "No.", header: [TT] },
    { key: "criterion", title: "Tiêu chuẩn, tiêu chí", titleEn: "Standard, criterion", header: [CRITERION] },
    { key: "result", title: "Kết quả cần đạt (so với hiện trạng)", titleEn: "Expected result (against the current state)", header: [RESULT] },
    { key: "actions", title: "Công việc/giải pháp cần thực hiện", titleEn: "Tasks / solutions", header: [ACTIONS] },
    { key: "owner", title: "Chủ trì và phối hợp thực hiện", titleEn: "Lead and partners", header: [OWNER] },
    { key: "timeline", title: "Thời gian thực hiện và hoàn thành", titleEn: "Timeline and completion", header: [TIMELINE] },
    { key: "budget", title: "Dự kiến kinh phí", titleEn: "Estimated budget", header: [BUDGET] },
    { key: "support", title: "Điều kiện hỗ trợ khác", titleEn: "Other support", header: [SUPPORT] },
    { key: "note", title: "Ghi chú", titleEn: "Note", header: [NOTE] },
  ],
};

export const FORM_2018: FormDescription = {
  id: "2018",
  name: "Kế hoạch cải tiến chất lượng giáo dục (bảng 9 cột)",
  nameEn: "Quality improvement plan (9-column table)",
  regulations: ["TT19/2018", "TT17/2018", "TT18/2018"],
  legalBasis: [
    "Thông tư 19/2018/TT-BGDĐT (mầm non)",
    "Thông tư 17/2018/TT-BGDĐT (tiểu học)",
    "Thông tư 18/2018/TT-BGDĐT (THCS, THPT, nhiều cấp học)",
    "sửa đổi bởi Thông tư 22/2024/TT-BGDĐT (from 2025-2026)",
  ],
  schoolYears: { to: "2025-2026" },
  source: SOURCE_2018,
  sections: [
    { key: "purpose", number: "I", title: "MỤC ĐÍCH, YÊU CẦU", titleEn: "Purpose and requirements", contents: "numbered paragraphs" },
    {
      key: "basis",
      number: "II",
      title: "CĂN CỨ XÂY DỰNG KẾ HOẠCH",
      titleEn: "Basis of the plan",
      contents: "self-assessment report, external review, legal texts, last year's results",
    },
    {
      key: "content",
      number: "III",
      title: "NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
      titleEn: "Content of the plan",
      table: "plan",
    },
    {
      key: "organisation",
      number: "IV",
      numbersSeen: ["VI"],
      title: "TỔ CHỨC THỰC HIỆN",
      titleEn: "Implementation",
      contents: "principal (chair of the self-assessment council), council members, monitoring group, staff",
    },
  ],
  tables: [PLAN_2018],
  planTable: PLAN_2018,
};

const PROBLEMS_2026: FormTable = {
  id: "IV",
  title: "Tóm tắt các vấn đề trọng tâm cần cải tiến",
  titleEn: "Summary of the priority problems to improve",
  source: SOURCE_2026,
  columns: [
    { key: "tt", title: "TT", titleEn: "No.", header: [TT] },
    { key: "standard", title: "Tiêu chuẩn", titleEn: "Standard", header: [{ rank: 50, equals: ["tieu chuan"] }] },
    { key: "criterion", title: "Tiêu chí liên quan (nếu có)", titleEn: "Related criteria (if any)", header: [{ rank: 120, includes: ["tieu chi"] }] },
    { key: "situation", title: "Đánh giá hiện trạng", titleEn: "Assessment of the current state", header: [{ rank: 130, includes: ["hien trang"] }] },
    { key: "weakness", title: "Điểm hạn chế", titleEn: "Weaknesses", header: [{ rank: 140, includes: ["han che"] }] },
    // Ranks before "han che": its title contains those words too.
    { key: "cause", title: "Nguyên nhân của hạn chế", titleEn: "Causes of the weaknesses", header: [{ rank: 110, includes: ["nguyen nhan"] }] },
  ],
};

const PLAN_2026: FormTable<FieldKey> = {
  id: "V",
  title: "Kế hoạch cải tiến chất lượng",
  titleEn: "Quality improvement plan",
  source: SOURCE_2026,
  columns: [
    { key: "tt", number: 1, title: "TT", titleEn: "No.", header: [TT] },
    {
      key: "criterion",
      number: 2,
      title: "Nội dung cải tiến",
      titleEn: "What to improve",
      header: [{ rank: 60, includes: ["noi dung cai tien"] }, CRITERION],
    },
    {
      key: "result",
      number: 3,
      title: "Mục tiêu cải tiến",
      titleEn: "Improvement goal",
      header: [{ rank: 70, includes: ["muc tieu cai tien"] }, RESULT],
    },
    { key: "actions", number: 4, title: "Hoạt động/giải pháp", titleEn: "Activities / solutions", header: [ACTIONS] },
    {
      key: "indicator",
      number: 5,
      title: "Chỉ số đánh giá kết quả",
      titleEn: "Result indicators",
      header: [{ rank: 80, includes: ["chi so danh gia", "chi so"] }],
    },
    { key: "timeline", number: 6, title: "Thời gian thực hiện", titleEn: "Timeline", header: [TIMELINE] },
    {
      key: "owner",
      number: 7,
      title: "Đơn vị/cá nhân phụ trách",
      titleEn: "Unit / person in charge",
      header: [{ rank: 110, includes: ["don vi/ca nhan", "don vi / ca nhan", "ca nhan phu trach", "don vi phu trach"] }, OWNER],
    },
    {
      key: "budget",
      number: 8,
      title: "Nguồn lực bảo đảm",
      titleEn: "Resources",
      header: [{ rank: 100, includes: ["nguon luc"] }, BUDGET],
    },
    {
      key: "evidence",
      number: 9,
      title: "Thông tin, dữ liệu hoặc minh chứng dự kiến",
      titleEn: "Expected information, data or evidence",
      header: [{ rank: 90, includes: ["minh chung", "thong tin, du lieu"] }],
    },
    {
      key: "status",
      number: 10,
      title: "Mức độ thực hiện",
      titleEn: "Implementation status",
      header: [{ rank: 30, includes: ["muc do thuc hien", "muc do hoan thanh"] }],
    },
  ],
};

const MONITORING_2026: FormTable = {
  id: "VI",
  title: "Theo dõi và đánh giá thực hiện (giám sát nội bộ)",
  titleEn: "Monitoring and review (internal supervision)",
  source: SOURCE_2026,
  columns: [
    { key: "when", title: "Thời điểm", titleEn: "When", header: [{ rank: 10, includes: ["thoi diem"] }] },
    { key: "subject", title: "Nội dung theo dõi", titleEn: "What is monitored", header: [{ rank: 20, includes: ["noi dung theo doi", "noi dung"] }] },
    { key: "result", title: "Kết quả thực hiện", titleEn: "Outcome", header: [{ rank: 30, includes: ["ket qua"] }] },
    { key: "adjustment", title: "Điều chỉnh (nếu có)", titleEn: "Adjustments (if any)", header: [{ rank: 40, includes: ["dieu chinh"] }] },
    { key: "reviewer", title: "Người đánh giá", titleEn: "Reviewer", header: [{ rank: 50, includes: ["nguoi danh gia", "danh gia"] }] },
  ],
  fixedRows: [
    { title: "Cuối học kỳ I", titleEn: "End of semester I" },
    { title: "Cuối năm học", titleEn: "End of the school year" },
  ],
};

export const FORM_2026: FormDescription = {
  id: "2026",
  name: "Kế hoạch cải tiến chất lượng giáo dục (Biểu 2)",
  nameEn: "Quality improvement plan (Form 2)",
  regulations: ["TT57/2026-MN", "TT57/2026-PT"],
  legalBasis: ["Thông tư 57/2026/TT-BGDĐT ngày 07/7/2026, Biểu 2"],
  schoolYears: { from: "2026-2027" },
  source: SOURCE_2026,
  sections: [
    { key: "info", number: "I", title: "THÔNG TIN CHUNG", titleEn: "General information", contents: "name of the school, type, address" },
    {
      key: "basis",
      number: "II",
      title: "CĂN CỨ XÂY DỰNG KẾ HOẠCH",
      titleEn: "Basis of the plan",
      contents: "self-assessment report; review of last year's plan; the school year's plan",
    },
    {
      key: "purpose",
      number: "III",
      title: "MỤC ĐÍCH, YÊU CẦU",
      titleEn: "Purpose and requirements",
      contents: "among them: plan only for the priority problems, not for every criterion",
    },
    { key: "problems", number: "IV", title: "TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", titleEn: "Priority problems", table: "IV" },
    { key: "content", number: "V", title: "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", titleEn: "Quality improvement plan", table: "V" },
    {
      key: "monitoring",
      number: "VI",
      title: "THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
      titleEn: "Monitoring and review (internal supervision)",
      table: "VI",
    },
    {
      key: "organisation",
      number: "VII",
      title: "TỔ CHỨC THỰC HIỆN",
      titleEn: "Implementation",
      contents: "head of the school; self-assessment council; subject groups and departments",
    },
    {
      key: "reporting",
      number: "VIII",
      title: "CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
      titleEn: "Review and reporting",
      contents: "review at least twice a year; results feed next year's self-assessment and plan; made public",
    },
  ],
  tables: [PROBLEMS_2026, PLAN_2026, MONITORING_2026],
  planTable: PLAN_2026,
};

export const FORMS: readonly FormDescription[] = [FORM_2018, FORM_2026];

/** Columns of the add-in's own plan sheet that no form has, or that it titles its own way. */
export type PlanSheetKey = "source" | "band" | "standard" | "criterion" | "amount";

/**
 * The add-in's plan sheet ("Kế hoạch CTCL") writes the plan table's columns
 * plus these; the reader knows them so the sheet reads back ("Dòng gốc" and
 * "Kinh phí (đồng)" are ignored, "Mức" is the band, "Tiêu chuẩn" the standard).
 * Its criterion column is titled "Tiêu chí" and found by the forms' words.
 */
export const PLAN_SHEET_COLUMNS: readonly FormColumn<PlanSheetKey>[] = [
  { key: "source", title: "Dòng gốc", titleEn: "Source row", header: [{ rank: 0, equals: ["dong goc"] }] },
  { key: "band", title: "Mức", titleEn: "Level band", header: [{ rank: 20, equals: ["muc", "muc danh gia"] }] },
  { key: "standard", title: "Tiêu chuẩn", titleEn: "Standard", header: [{ rank: 50, equals: ["tieu chuan"] }] },
  { key: "criterion", title: "Tiêu chí", titleEn: "Criterion", header: [CRITERION] },
  {
    key: "amount",
    title: "Kinh phí (đồng)",
    titleEn: "Amount (VND)",
    header: [{ rank: 10, patterns: ["kinh phi\\s*\\(dong\\)", "\\(so\\)$"] }],
  },
];
