/**
 * Content rules, weighed as a principal would: a criterion row with nothing
 * in it, or without actions, is an error; a missing result, owner or timeline
 * a warning; an owner naming no known role is worth a note.
 */
import type { Issue, Plan, PlanRow } from "../plan";
import { parseOwner } from "../parse/owner";
import { msg } from "../messages";
import { cellOf, hasContent, issue, ownCell, parsedOnce, quote, subjectOf } from "./common";

const blank = (s: string | undefined): boolean => !s || s.trim() === "";

export function checkContent(plan: Plan, row: PlanRow): Issue[] {
  const out: Issue[] = [];
  const subject = subjectOf(row);
  const form2026 = plan.form === "2026";

  if (!hasContent(row)) {
    // A row with nothing at all (not even a criterion) is no plan row.
    if (row.criterion || row.criterionText.trim()) {
      out.push(issue("error", "row-empty", ownCell(plan, row, "criterion"), msg("vRowEmpty", subject)));
    }
    return out;
  }

  if (blank(row.actions)) {
    out.push(issue("error", "actions-missing", cellOf(plan, row, "actions"), msg("vActionsMissing", subject, msg(form2026 ? "vFieldActions2026" : "vFieldActions"))));
  }
  if (blank(row.result)) {
    out.push(issue("warning", "result-missing", cellOf(plan, row, "result"), msg("vResultMissing", subject, msg(form2026 ? "vFieldResult2026" : "vFieldResult"))));
  }
  if (blank(row.owner)) {
    out.push(issue("warning", "owner-missing", cellOf(plan, row, "owner"), msg("vOwnerMissing", subject, msg(form2026 ? "vFieldOwner2026" : "vFieldOwner"))));
  } else {
    const owner = parsedOnce(plan, "owner", row.owner, () => parseOwner(row.owner));
    if (owner.roles.length === 0) {
      out.push(issue("info", "owner-unrecognized", cellOf(plan, row, "owner"), msg("vOwnerUnrecognized", quote(row.owner))));
    }
  }
  if (blank(row.timeline)) {
    out.push(issue("warning", "timeline-missing", cellOf(plan, row, "timeline"), msg("vTimelineMissing", subject)));
  }
  return out;
}
