/**
 * "Lập kế hoạch năm học mới" in the pane, plain TypeScript (no React, no DOM):
 * last year's plan (the plan the pane has read) becomes next year's draft on
 * Thông tư 57/2026 (core/next-year), which the host writes (`createPlan`:
 * Excel a new sheet, the browser a download); then a short summary of what
 * was carried, left out (done last year) and what the user must choose and
 * fill. Also the crosswalk the criteria tab shows: "tiêu chí cũ → tiêu chí
 * mới" with the reason, for the plan's old regulation. Every failure is a
 * sentence, never a throw.
 */
import type { Host } from "../host";
import type { Plan } from "../core/plan";
import type { PlanContext } from "../core/context";
import { nextSchoolYear, nextYearDraft, type NextYearDraft } from "../core/next-year";
import { crossCriterion, crosswalkFrom } from "../core/catalogue/crosswalk-2026";
import { findCriterion, regulationById } from "../core/catalogue";
import { renderMsg } from "../core/messages";
import { errorDetail } from "../core/errors";
import { t, type Lang } from "../core/strings";

export interface NextYearSummary {
  /** "Đã tạo bản nháp kế hoạch năm học 2026-2027 …: <where>". */
  title: string;
  /** Counts, and the cơ quan chủ quản replaced when it was. */
  lines: string[];
  leftOut: string[];
  toChoose: string[];
  /** What remains to fill in. */
  toFill: string;
}

export type NextYearOutcome = { ok: true; where: string; summary: NextYearSummary; result: NextYearDraft } | { ok: false; error: string };

/** The school year the draft will be for (shown before the user acts). */
export function nextYearOf(plan: Plan | null): string {
  return nextSchoolYear(plan?.schoolYear ?? null);
}

/** The summary the pane shows once the draft is written. */
export function nextYearSummary(r: NextYearDraft, where: string, lang: Lang): NextYearSummary {
  const reg = regulationById(r.draft.regulation);
  const lines = [t("cliNyFrom", r.fromSchoolYear ?? "", r.fromRegulation ?? "", r.carried.length, r.leftOut.length, lang)];
  if (r.agencyReplaced) lines.push(t("cliNyAgency", r.agencyReplaced.from, r.agencyReplaced.to, lang));
  if (r.movedTimelines.length) lines.push(t("cliNyMoved", r.movedTimelines.length, lang));
  const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ");
  return {
    title: t("uiNyDone", r.draft.schoolYear, reg.title, where, lang),
    lines,
    leftOut: r.leftOut.map((l) => t("cliNyLeftLine", l.row, oneLine(l.content), l.status, lang).trim()),
    toChoose: r.toChoose.map((c) => t("cliNyChooseLine", c.index + 1, oneLine(c.content), "key" in c.reason ? renderMsg(c.reason, lang) : c.reason[lang], lang).trim()),
    toFill: t(
      "cliNyToFill",
      r.draft.problems.filter((p) => !p.situation && !p.weakness && !p.cause).length,
      r.draft.rows.filter((x) => !x.indicator || !x.evidence).length,
      lang,
    ),
  };
}

/** Drafts next year's plan from `plan` and has the host write it. */
export async function createNextYearPlan(host: Host, plan: Plan | null, opts: { schoolYear?: string | null; lang: Lang }): Promise<NextYearOutcome> {
  const { lang } = opts;
  if (!plan) return { ok: false, error: t("uiNeedPlan", lang) };
  if (!host.createPlan) return { ok: false, error: t("uiNyNoHost", lang) };
  try {
    const r = nextYearDraft(plan, { schoolYear: opts.schoolYear, lang });
    if (!r.ok) return { ok: false, error: renderMsg(r.error, lang) };
    const written = await host.createPlan(r.draft);
    if (!written.ok) return { ok: false, error: written.error };
    return { ok: true, where: written.value.where, summary: nextYearSummary(r, written.value.where, lang), result: r };
  } catch (e) {
    return { ok: false, error: t("uiUnexpected", errorDetail(e), lang) };
  }
}

/** One line of the crosswalk as the criteria tab shows it. */
export interface CrosswalkItem {
  /** "3.4" */
  from: string;
  /** The old criterion's name in the plan's edition (amended from 2025-2026). */
  fromName: string;
  /** TT57 code, or null: the user chooses. */
  to: string | null;
  toName: string;
  reason: string;
  /** Other criteria the content may belong to. */
  also: string[];
  /** True when the plan's edition no longer has it (3.4–3.6 after TT22/2024). */
  removed: boolean;
}

export interface CrosswalkView {
  /** "TT17/2018" */
  from: string;
  /** "TT57/2026-PT" */
  to: string;
  toTitle: string;
  items: CrosswalkItem[];
  /** Rows of the "MỨC 4" part. */
  level4: string;
}

/**
 * The crosswalk from the plan's regulation (as it reads in the plan's year)
 * to TT57, in catalogue order; the codes the amendment removed follow their
 * standard. Null when the plan is on TT57 already (nothing to carry across).
 */
export function crosswalkView(ctx: PlanContext | null, lang: Lang): CrosswalkView | null {
  const edition = ctx?.regulation;
  if (!edition || edition.form !== "2018") return null;
  const crosswalk = crosswalkFrom(edition.id);
  if (!crosswalk) return null;
  const target = regulationById(crosswalk.to);
  const amendments = ctx.amendments.map((a) => a.title);
  const issued = regulationById(edition.id);
  const codes: string[] = [];
  for (const s of edition.standards) {
    for (const c of s.criteria) codes.push(c.code);
    // Criteria of the text as issued that the edition no longer has (TT22/2024: 3.4–3.6), after their standard.
    for (const c of issued.standards.find((x) => x.number === s.number)?.criteria ?? []) if (!codes.includes(c.code)) codes.push(c.code);
  }
  const items = codes.flatMap((code): CrosswalkItem[] => {
    const m = crossCriterion(edition, code, amendments);
    if (!m) return [];
    return [
      {
        from: code,
        fromName: m.old?.name ?? "",
        to: m.pair.to,
        toName: m.pair.to ? (findCriterion(target, m.pair.to)?.name ?? "") : "",
        reason: lang === "en" ? m.pair.reasonEn : m.pair.reason,
        also: m.pair.also ?? [],
        removed: !findCriterion(edition, code),
      },
    ];
  });
  return {
    from: edition.id,
    to: target.id,
    toTitle: target.title,
    items,
    level4: lang === "en" ? crosswalk.level4.reasonEn : crosswalk.level4.reason,
  };
}
