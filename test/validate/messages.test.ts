/**
 * Issues carry their message as data (a strings-table key and its arguments);
 * each edge renders it. The Vietnamese render is the sentence the rules always
 * wrote; the English render has no Vietnamese outside quoted cell text.
 */
import * as fs from "fs";
import * as path from "path";
import { validatePlan } from "../../src/core/validate";
import { levelsLabel, sortIssues, subjectOf } from "../../src/core/validate/common";
import { issueMessage, msg, renderMsg, type Msg } from "../../src/core/messages";
import { STRINGS } from "../../src/core/strings";
import type { Issue, Plan, RegulationId } from "../../src/core/plan";
import { FIXTURES, ROOT, SAMPLE, readPlanFile } from "../helpers";
import { fullRow, makePlan } from "./plan-builder";

/** Vietnamese letters with diacritics (đ included); none of them is English. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/** The text arguments of a message at any depth (cell text, codes, figures as written). */
function leaves(m: Msg): string[] {
  return m.args.flatMap((a) => (typeof a === "string" ? [a] : typeof a === "number" ? [] : leaves(a)));
}

/** Every key a message uses, its own and its nested messages'. */
function keys(m: Msg): string[] {
  return [m.key, ...m.args.flatMap((a) => (typeof a === "object" ? keys(a) : []))];
}

/**
 * The rendered sentence with its quotations taken out. Quoted cell text is
 * legitimately Vietnamese: a text argument inside straight quotes ("…") is
 * removed as a whole first, so quote marks inside the cell text cannot
 * unbalance the rest; then every other "…" or “…” of the sentence itself
 * (Vietnamese examples of what to write, e.g. "Tiêu chí 1.6: …", "MỨC 4").
 * What is left is the sentence's own words.
 */
function unquoted(issue: Issue, lang: "vi" | "en"): string {
  let s = issueMessage(issue, lang);
  for (const leaf of [...new Set(leaves(issue.text))].sort((a, b) => b.length - a.length)) {
    if (leaf) s = s.split(`"${leaf}"`).join('""');
  }
  return s.replace(/"[^"\n]*"/g, '""').replace(/“[^”]*”/g, "“”");
}

const GOLDEN = path.join(ROOT, "test", "golden");
const REGULATIONS: RegulationId[] = ["TT19/2018", "TT17/2018", "TT18/2018", "TT57/2026-MN", "TT57/2026-PT"];

/** Plans built to reach the rules the sample workbooks do not. */
/** A 2026-form plan breaking the form's own rules (issue 12): statuses, problems of table IV, untraced rows. */
function plan2026(): Plan {
  const p = makePlan({
    regulation: "TT57/2026-PT",
    form: "2026",
    schoolYear: "2026-2027",
    rows: [
      fullRow(30, "Tiêu chí 1.3: Số hóa dữ liệu", { timeline: "Năm học 2026-2027" }),
      fullRow(31, "Ngày hội đọc sách", { timeline: "Năm học 2026-2027" }),
      fullRow(32, "", { timeline: "Năm học 2026-2027" }),
    ],
  });
  p.header.columns = { ...p.header.columns, indicator: "E", evidence: "I", status: "J" };
  Object.assign(p.rows[0], { status: "Mức 2", indicator: "", evidence: "" });
  Object.assign(p.rows[1], { status: "xong", indicator: "Chỉ số", evidence: "Minh chứng" });
  const problem = (row: number, standard: number | null, criteria: string[], weakness = "Hạn chế") => ({
    row,
    tt: String(row - 10),
    standard,
    criterion: criteria[0] ?? null,
    criteria,
    standardText: standard ? `Tiêu chuẩn ${standard}` : "",
    criterionText: criteria.map((c) => `Tiêu chí ${c}`).join(", "),
    situation: "Hiện trạng",
    weakness,
    cause: "Nguyên nhân",
    cells: { criterion: `C${row}`, weakness: `E${row}` },
  });
  p.problems = [problem(11, 3, ["3.1"]), problem(12, 2, ["2.3"]), problem(13, 1, ["1.9"]), problem(14, 4, []), problem(15, null, [], "Thư viện mở cửa ít")];
  return p;
}

function builtPlans(): Plan[] {
  return [
    plan2026(),
    makePlan({
      standards: [{ row: 11, number: 9, name: "Tiêu chuẩn không có" }],
      rows: [
        fullRow(12, "Tiêu chí 6.1", { standard: 6 }),
        fullRow(13, "Tiêu chí 1.1", { budget: "20 - 30 triệu", timeline: "Ngày 30/2/2026" }),
        fullRow(14, "Tiêu chí 1.2", { budget: "15 triệu/năm", timeline: "Năm học 2025-2027" }),
        fullRow(15, "Tiêu chí 1.3", { budget: "Theo thực tế", timeline: "Từ tháng 8 năm 205 đến tháng 5 năm 2026." }),
        fullRow(16, "Tiêu chí 1.4", { budget: "Xã hội hóa", timeline: "Tháng 13/2025", owner: "Anh Ba" }),
        fullRow(17, "Tiêu chí 1.5", { result: "Mức 3 – Kết quả", timeline: "Từ tháng 8 năm 2025 đến tháng 5 năm 2025." }),
        fullRow(18, "Tiêu chí 2.1", { result: "Mức 4 – Kết quả", timeline: "Thường có", owner: "", actions: "" }),
        fullRow(19, "", { result: "", timeline: "" }),
        fullRow(20, "Tiêu chí 2.1", { result: "Mức 4 – Kết quả", timeline: "Thường có", owner: "", actions: "" }),
        fullRow(21, "Nâng cao chất lượng", { actions: "", budget: "500.000đ/tháng" }),
        { row: 22, criterion: "Tiêu chí 5.4" },
        fullRow(23, "Tiêu chí 5.1: Kết quả giáo dục", { timeline: "Năm học 2027-2028" }),
      ],
    }),
    makePlan({
      regulation: "TT18/2018",
      level: "thcs",
      standards: [{ row: 11, number: 5, name: "Hoạt động giáo dục" }],
      rows: [fullRow(27, "Tiêu chí 5.4: Kết quả giáo dục"), fullRow(28, "Tiêu chí 5.3: Tên khác hẳn của tiêu chí này")],
    }),
    makePlan({
      regulation: "TT57/2026-PT",
      form: "2026",
      schoolYear: "2026-2027",
      rows: [fullRow(12, "Tiêu chí 1.3", { timeline: "Năm học 2026-2027", actions: "", owner: "", result: "" })],
    }),
    makePlan({
      // The "MỨC 4" part numbering a requirement past the regulation's count (TT17 as issued: 5).
      schoolYear: "2024-2025",
      rows: [fullRow(30, "Tiêu chí 7: Thư viện điện tử", { band: "4", timeline: "Năm học 2024-2025" })],
    }),
    makePlan({
      rows: [fullRow(12, "Tiêu chí 1.1", { budget: "5.000.000 đồng" }), fullRow(13, "Tiêu chí 1.2", { budget: 100000000 })],
      total: { row: 19, formula: "SUM(G10:G12)" },
    }),
  ];
}

async function allPlans(): Promise<{ name: string; plan: Plan }[]> {
  const out: { name: string; plan: Plan }[] = [];
  out.push({ name: "ke-hoach-mau.xlsx", plan: await readPlanFile(SAMPLE) });
  for (const f of fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx") && !f.startsWith("bad-"))) {
    out.push({ name: f, plan: await readPlanFile(path.join(FIXTURES, f), f.startsWith("header-without") ? { level: "thcs" } : {}) });
  }
  for (const f of fs.readdirSync(GOLDEN).filter((f) => f.endsWith(".plan.json"))) {
    out.push({ name: f, plan: JSON.parse(fs.readFileSync(path.join(GOLDEN, f), "utf8")) as Plan });
  }
  builtPlans().forEach((plan, n) => out.push({ name: `built plan ${n + 1}`, plan }));
  // Each plan again under every regulation: unknown criteria, names of other criteria, levels.
  for (const { name, plan } of [...out]) {
    for (const regulation of REGULATIONS) if (regulation !== plan.regulation) out.push({ name: `${name} as ${regulation}`, plan: { ...plan, regulation } });
  }
  return out;
}

describe("issues rendered in English", () => {
  let cases: { name: string; issue: Issue }[] = [];
  beforeAll(async () => {
    cases = (await allPlans()).flatMap(({ name, plan }) => validatePlan(plan).map((issue) => ({ name, issue })));
  });

  it("has a real number of issues to look at", () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  it("no Vietnamese outside quoted cell text, in any issue of the samples, fixtures and built plans", () => {
    const leaks = cases
      .map(({ name, issue }) => ({ name, cell: issue.cell, left: unquoted(issue, "en"), en: issueMessage(issue, "en") }))
      .filter(({ left }) => VIETNAMESE.test(left));
    expect(leaks).toEqual([]);
  });

  it("the check would see Vietnamese: every Vietnamese render keeps Vietnamese words outside its quotes", () => {
    const silent = cases.filter(({ issue }) => !VIETNAMESE.test(unquoted(issue, "vi"))).map(({ issue }) => issueMessage(issue, "vi"));
    expect(silent).toEqual([]);
  });

  it("every validation string is reached (the rest are checked just below)", () => {
    const seen = new Set(cases.flatMap(({ issue }) => keys(issue.text)));
    const validationKeys = Object.keys(STRINGS).filter((k) => /^v[A-Z]/.test(k));
    const unreached = validationKeys.filter((k) => !seen.has(k));
    // No catalogue criterion has a single level, no standard a single criterion.
    expect(unreached.sort()).toEqual(["vCriterionRangeOne", "vLevel"]);
    for (const m of [levelsLabel([2]), msg("vCriterionRangeOne", "1.1")]) {
      expect(renderMsg(m, "en")).not.toMatch(VIETNAMESE);
      expect(renderMsg(m, "vi")).toMatch(VIETNAMESE);
    }
    expect(renderMsg(levelsLabel([2]), "vi")).toBe("Mức 2");
    expect(renderMsg(levelsLabel([2]), "en")).toBe("level 2");
  });

  it("English is a different sentence from Vietnamese for every issue", () => {
    expect(cases.filter(({ issue }) => issueMessage(issue, "en") === issueMessage(issue, "vi"))).toEqual([]);
  });
});

describe("the Vietnamese render is unchanged", () => {
  it("the sample workbook's findings, word for word", async () => {
    const issues = validatePlan(await readPlanFile(SAMPLE));
    expect(issues.map((i) => `${i.cell} ${issueMessage(i, "vi")}`)).toEqual([
      "C14 Tiêu chí 1.10 chỉ có Mức 1–2 theo Thông tư 18/2018; không thể đặt mục tiêu Mức 3.",
      'B19 Tên tiêu chí 3.3 khác với Thông tư 18/2018: "Khối hành chính - quản trị".',
      'F20 Thời gian "Từ tháng 8 năm 2025 đến tháng 5 năm 2025" kết thúc (tháng 5/2025) trước khi bắt đầu (tháng 8/2025). Hãy kiểm tra lại tháng, năm.',
      'F21 Thời gian "Tháng 13/2025" ghi tháng không hợp lệ (tháng 13); tháng phải từ 1 đến 12.',
      'G21 Kinh phí "Theo khảo sát thực tế" chưa ghi số tiền nên không được cộng vào tổng. Hãy ghi số tiền dự kiến (ví dụ 5.000.000) hoặc "Không".',
      "B22 Tiêu chí 3.7 không có trong Thông tư 18/2018: tiêu chuẩn 3 chỉ có tiêu chí 3.1–3.6. Hãy kiểm tra lại số hiệu tiêu chí.",
      'F22 Thời gian "Năm 2026" kéo dài quá năm học 2025-2026 của kế hoạch; phần trùng với năm học vẫn thuộc kế hoạch. Nếu đúng ý định thì không cần sửa.',
      "B27 Tiêu chí 5.4 chưa có nội dung cải tiến: hãy ghi kết quả cần đạt, công việc/giải pháp, người chủ trì, thời gian và kinh phí.",
      'B27 Tên ghi ở tiêu chí 5.4 là tên của tiêu chí 5.6 theo Thông tư 18/2018; tên của tiêu chí 5.4 là "Các hoạt động trải nghiệm và hướng nghiệp". Hãy kiểm tra lại số hiệu hoặc tên tiêu chí.',
      "G31 Tổng cộng ghi trên bảng là 57.000.000 đồng nhưng tổng kinh phí tính được là 2.700.500.000 đồng (có khoản kinh phí ghi dạng chữ mà hàm SUM bỏ qua).",
    ]);
    expect(issues.map((i) => `${i.cell} ${issueMessage(i, "en")}`)).toContain(
      "B22 Criterion 3.7 does not exist in Circular 18/2018: standard 3 only has criteria 3.1–3.6. Check the criterion number.",
    );
  });

  it("a sub-row's missing actions: the message as data, in both languages, through JSON", () => {
    const plan = makePlan({ rows: [fullRow(29, "Tiêu chí 3.2"), fullRow(30, "", { actions: "" })] });
    const [i] = validatePlan(plan);
    expect(i).toEqual({
      severity: "error",
      code: "actions-missing",
      cell: "D30",
      text: { key: "vActionsMissing", args: [{ key: "vSubjectSubRow", args: ["3.2", 30] }, { key: "vFieldActions", args: [] }] },
    });
    expect(issueMessage(i, "vi")).toBe("Tiêu chí 3.2 (dòng 30) chưa có công việc/giải pháp cần thực hiện.");
    expect(issueMessage(i)).toBe(issueMessage(i, "vi"));
    expect(issueMessage(i, "en")).toBe("Criterion 3.2 (row 30) has no actions/solutions.");
    const copy = JSON.parse(JSON.stringify(i)) as Issue;
    expect(copy).toEqual(i);
    expect(issueMessage(copy, "en")).toBe(issueMessage(i, "en"));
  });

  it("subjects are messages, not Vietnamese words", () => {
    const [row] = makePlan({ rows: [fullRow(12, "Tiêu chí 1.6")] }).rows;
    expect(subjectOf(row)).toEqual({ key: "vSubjectCriterion", args: ["1.6"] });
    expect(renderMsg(subjectOf({ ...row, criterion: null }), "en")).toBe("Row 12");
  });
});

describe("sortIssues drops repeats by code, cell, key and arguments", () => {
  const a: Issue = { severity: "warning", code: "x", cell: "B2", text: msg("vSubjectRow", 2) };
  it("the same data once; other arguments or keys kept", () => {
    const again: Issue = { ...a, text: msg("vSubjectRow", 2) };
    const other: Issue = { ...a, text: msg("vSubjectRow", 3) };
    const otherKey: Issue = { ...a, text: msg("vTimelineMissing", msg("vSubjectRow", 2)) };
    expect(sortIssues([a, again, other, otherKey])).toEqual([a, other, otherKey]);
  });
});
