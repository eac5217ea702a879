/**
 * Rules of the 2026 form (Biểu 2, Thông tư 57/2026), for plans on that form
 * only: each plan row has an indicator of results, the expected evidence and
 * its content; "Mức độ thực hiện" holds a status (or nothing yet), not a
 * target level; every focus problem of table IV is addressed in table V (a
 * mandatory criterion's unaddressed problem is an error); every row of V
 * traces back to a problem or a criterion; a criterion of table IV exists in
 * the regulation. Content, goal, actions, owner and timeline are checked by
 * the shared rules (content.ts, timeline.ts). Pure.
 */
import type { Issue, Plan, PlanRow, Problem } from "../plan";
import { findCriterion } from "../catalogue";
import { msg } from "../messages";
import { fold } from "../text";
import { cellOf, hasContent, issue, ownCell, quote, regulationName, regulationOf, subjectOf } from "./common";

const blank = (s: string | undefined): boolean => !s || s.trim() === "";

/** The statuses, folded, with the spellings schools use. */
const STATUSES = [
  /^(da\s*)?hoan\s*thanh$/,
  /^dang\s*(thuc\s*hien|trien\s*khai|tien\s*hanh|th)$/,
  /^chua\s*(hoan\s*thanh|thuc\s*hien|ht)$/,
];

/** True when a status cell holds one of the three statuses (case, diacritics and end punctuation aside). */
export function isStatus(text: string): boolean {
  const t = fold(text).replace(/[.;!]+$/, "").trim();
  return STATUSES.some((re) => re.test(t));
}

/** Row-level rules of the 2026 form. */
export function checkRow2026(plan: Plan, row: PlanRow): Issue[] {
  if (plan.form !== "2026") return [];
  const out: Issue[] = [];
  const subject = subjectOf(row);
  if (hasContent(row) || !blank(row.indicator) || !blank(row.evidence)) {
    if (row.subRow === 0 && blank(row.criterionText)) {
      out.push(issue("error", "content-missing", cellOf(plan, row, "criterion"), msg("vContentMissing", row.row)));
    }
    // Checked where the sheet has the column (a table without it is another matter than an empty cell).
    if (row.indicator !== undefined && blank(row.indicator)) {
      out.push(issue("warning", "indicator-missing", cellOf(plan, row, "indicator") || ownCell(plan, row, "criterion"), msg("vIndicatorMissing", subject)));
    }
    if (row.evidence !== undefined && blank(row.evidence)) {
      out.push(issue("warning", "evidence-missing", cellOf(plan, row, "evidence") || ownCell(plan, row, "criterion"), msg("vEvidenceMissing", subject)));
    }
  }
  const status = (row.status ?? "").trim();
  if (status && !isStatus(status)) {
    const level = /^\(?\s*m[ứu]c\s*(?:độ\s*)?\d\b/iu.test(status);
    out.push(
      issue("warning", level ? "status-level" : "status-unknown", cellOf(plan, row, "status"), msg(level ? "vStatusLevel" : "vStatusUnknown", quote(status, 40))),
    );
  }
  if (row.subRow === 0 && !row.criterion && row.problem === undefined && !blank(row.criterionText)) {
    out.push(issue("warning", "row-untraced", cellOf(plan, row, "criterion"), msg("vRowUntraced", row.row)));
  }
  return out;
}

/** True when a plan row addresses the problem: same criterion, or same standard when the problem names none. */
function addresses(row: PlanRow, p: Problem, index: number): boolean {
  if (row.problem === index) return true;
  if (row.criterion && p.criteria.includes(row.criterion)) return true;
  if (p.criteria.length === 0 && p.standard !== null) {
    const std = row.standard ?? (row.criterion ? Number(row.criterion.split(".")[0]) : null);
    return std === p.standard;
  }
  return false;
}

/** Plan-level rules of the 2026 form: table IV against table V and the regulation. */
export function checkProblems(plan: Plan): Issue[] {
  if (plan.form !== "2026" || !plan.problems) return [];
  const out: Issue[] = [];
  const reg = regulationOf(plan);
  const rows = plan.rows.filter((r) => hasContent(r));
  plan.problems.forEach((p, i) => {
    const cell = p.cells.criterion && p.criterionText ? p.cells.criterion : (p.cells.weakness ?? p.cells.standard ?? "");
    const known = reg ? p.criteria.filter((c) => findCriterion(reg, c)) : p.criteria;
    if (reg) {
      for (const c of p.criteria) {
        if (!findCriterion(reg, c)) out.push(issue("error", "problem-criterion-unknown", cell, msg("vProblemCriterionUnknown", c, regulationName(reg))));
      }
    }
    if (rows.some((r) => addresses(r, p, i))) return;
    const mandatory = reg ? known.map((c) => findCriterion(reg, c)!).filter((c) => c.mandatory) : [];
    for (const c of mandatory) {
      out.push(issue("error", "mandatory-unaddressed", cell, msg("vMandatoryUnaddressed", c.code, regulationName(reg!), c.name)));
    }
    if (mandatory.length === 0) {
      const what = p.criterion ? msg("vProblemWhat", p.criteria.join(", ")) : p.standard !== null ? msg("vProblemStandard", p.standard) : `"${quote(p.weakness, 40)}"`;
      out.push(issue("warning", "problem-unaddressed", cell, msg("vProblemUnaddressed", p.tt || String(i + 1), what)));
    }
  });
  return out;
}
