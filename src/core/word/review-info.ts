/**
 * The document details of the review report (báo cáo kết quả thực hiện kế
 * hoạch), from the plan's own: the same letterhead, place and signer; a
 * report number "…/BC-<suffix of the plan's KH number>" with the figure left
 * for the office to give at signing; the date left to fill in (a report is
 * dated the day it is signed, not the plan's day); the recipients of the
 * plan's year. Pure, without `docx` (the pane loads it before the Word code).
 */
import type { Plan } from "../plan";
import { contextOf, type PlanContext } from "../context";
import { fold } from "../text";
import { defaultDocumentInfo, defaultRecipients, isOutdatedRecipient } from "./defaults";
import type { DocumentInfo } from "./types";
import words from "./review-report.json";

/** "27/KH-THCSHL" -> "/BC-THCSHL"; "" or no suffix -> "/BC-". The letterhead prints room for the figure before it. */
export function reviewNumber(planNumber: string): string {
  const n = planNumber.normalize("NFC").trim();
  const m = /\/\s*[A-ZĐa-zđ]+\s*-\s*(\S.*)$/u.exec(n);
  return `/${words.numberKind}-${m ? m[1].trim() : ""}`;
}

/** "(b/c)", "(để b/c)", "(báo cáo)": the line of the office the school reports to. */
const REPORTS_TO = /\(\s*(de\s*)?(b\s*\/\s*c|bao\s*cao)\s*\)/;

/**
 * Who receives the report: the year's administration (`defaultRecipients`),
 * the council, the staff and the archive. Where the plan's own "Nơi nhận"
 * names the office it reports to ("Phòng VH-XH UBND phường Hoa Lư (b/c)"),
 * that line stands for the placeholder of the defaults, unless it names a
 * district "Phòng GD&ĐT" on a plan of the two-level government years (last
 * year's list: no such office exists any more).
 */
export function reviewRecipients(plan: Pick<Plan, "info">, ctx: PlanContext): string[] {
  // An office that no longer exists in the year's era (./outdated-offices.json) never stands for the defaults' line.
  const superior = (plan.info.recipients ?? [])
    .map((r) => r.normalize("NFC").trim())
    .find((r) => REPORTS_TO.test(fold(r)) && !isOutdatedRecipient(r, ctx));
  const list = defaultRecipients(ctx);
  if (superior) list[0] = superior;
  return list;
}

export function reviewDocumentInfo(plan: Plan, ctx: PlanContext = contextOf(plan)): DocumentInfo {
  return {
    ...defaultDocumentInfo(plan, ctx),
    number: reviewNumber(plan.info.number),
    date: "",
    recipients: reviewRecipients(plan, ctx),
  };
}
