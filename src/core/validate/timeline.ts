/**
 * Timeline rules: dates that cannot be (year 205, month 13, a "school year"
 * 2022-2024, an end before the start) are errors; a period wholly outside the
 * plan's school year is a warning, one that overlaps it but runs past it is a
 * note ("kéo dài quá năm học"); a text with no date in it is worth a note.
 */
import type { Issue, Plan, PlanRow } from "../plan";
import { type TimelineProblem, parseTimeline } from "../parse/timeline";
import { type Msg, msg } from "../messages";
import { cellOf, issue, parsedOnce, quote } from "./common";

/** "2025-05" -> "tháng 5/2025" ("May 2025"). */
function monthLabel(ym: string | null): Msg | string {
  if (!ym) return "";
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  return m ? msg("vMonth", Number(m[2]), m[1]) : ym;
}

/**
 * The parser's detail ("năm 205", "tháng 13", "ngày 31/2/2026", "năm học
 * 2022-2024") as a message, so it reads in the message's language.
 */
function detailMsg(detail: string): Msg | string {
  const m = /^(năm học|năm|tháng|ngày) (.+)$/u.exec(detail.normalize("NFC"));
  if (!m) return detail;
  const value = m[2];
  switch (m[1]) {
    case "năm học":
      return msg("vDetailSchoolYear", value);
    case "năm":
      return msg("vDetailYear", value);
    case "tháng":
      return msg("vDetailMonth", value);
    default:
      return msg("vDetailDay", value);
  }
}

/** Months since year 0 of "YYYY-MM"; null when not of that form. */
function monthIndex(ym: string | null): number | null {
  if (!ym) return null;
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

/**
 * Months a plan of school year "Y-(Y+1)" may cover: a school year runs from
 * August/September to May; preparation from July and summer work up to
 * August of the next year are still part of it.
 */
export function schoolYearWindow(schoolYear: string): { from: number; to: number } | null {
  const m = /^(\d{4})\s*-\s*(\d{4})$/.exec(schoolYear);
  if (!m) return null;
  const y = Number(m[1]);
  return { from: y * 12 + 6, to: (y + 1) * 12 + 7 };
}

function problemIssue(cell: string, text: string, p: TimelineProblem, start: string | null, end: string | null): Issue {
  const q = quote(text);
  switch (p.code) {
    case "bad-year":
      return issue("error", "timeline-bad-year", cell, msg("vTimelineBadYear", q, detailMsg(p.detail)));
    case "bad-month":
      return issue("error", "timeline-bad-month", cell, msg("vTimelineBadMonth", q, detailMsg(p.detail)));
    case "bad-day":
      return issue("error", "timeline-bad-day", cell, msg("vTimelineBadDay", q, detailMsg(p.detail)));
    case "not-a-school-year":
      return issue("error", "timeline-not-a-school-year", cell, msg("vTimelineNotASchoolYear", q, detailMsg(p.detail)));
    case "ends-before-start":
      return issue("error", "timeline-ends-before-start", cell, msg("vTimelineEndsBeforeStart", q, monthLabel(start), monthLabel(end)));
  }
}

export function checkTimeline(plan: Plan, row: PlanRow): Issue[] {
  const text = row.timeline.trim();
  if (!text) return [];
  const cell = cellOf(plan, row, "timeline");
  const tl = parsedOnce(plan, "timeline", text, () => parseTimeline(text, plan.schoolYear));
  if (tl.problems.length > 0) {
    const seen = new Set<string>();
    return tl.problems
      .filter((p) => (seen.has(p.code) ? false : (seen.add(p.code), true)))
      .map((p) => problemIssue(cell, text, p, tl.start, tl.end));
  }
  if (!tl.recognized) return [issue("info", "timeline-unrecognized", cell, msg("vTimelineUnrecognized", quote(text)))];

  const window = plan.schoolYear ? schoolYearWindow(plan.schoolYear) : null;
  if (!window) return [];
  const start = monthIndex(tl.start);
  const end = monthIndex(tl.end);
  const year = plan.schoolYear ?? "";
  switch (periodAgainstYear(start, end, tl.ongoing, window)) {
    case "outside":
      return [issue("warning", "timeline-outside-year", cell, msg("vTimelineOutsideYear", quote(text), year))];
    case "beyond":
      return [issue("info", "timeline-beyond-year", cell, msg("vTimelineBeyondYear", quote(text), year))];
    default:
      return [];
  }
}

/**
 * A period (months since year 0; start null for a deadline, end null when
 * open) against the plan's window: "outside" when it shares no month with the
 * school year, "beyond" when it shares some but starts before or runs past it
 * ("Năm 2024" in 2023-2024), "within" otherwise. "... và các năm tiếp theo"
 * (ongoing) carries on past the year by nature: its end is not held against it.
 */
export function periodAgainstYear(
  start: number | null,
  end: number | null,
  ongoing: boolean,
  window: { from: number; to: number },
): "within" | "beyond" | "outside" {
  const last = ongoing ? null : end;
  if (start !== null && start > window.to) return "outside";
  // "Năm học 2022-2023 và các năm tiếp theo" in 2023-2024 still reaches the year.
  if (end !== null && end < window.from) return ongoing ? "beyond" : "outside";
  if (start !== null && start < window.from) return "beyond";
  if (last !== null && last > window.to) return "beyond";
  return "within";
}
