/**
 * Next year's plan from last year's: a plan as read (2018 table or 2026 Biểu 2)
 * becomes a `Draft2026` for the new school year, on Thông tư 57/2026.
 *
 * From a 2018-form plan: letterhead and school carried (number and date left
 * for the user; a district "Phòng GD&ĐT" replaced by the administration of the
 * new year), each plan row carried into table V (result → goal, actions,
 * owner, budget and support → resources with the money as written, note kept
 * as a cell note), its criterion carried across by the crosswalk
 * (catalogue/crosswalk-2026.json; no pair → content kept without a code and a
 * note asking the user to choose), timelines naming last year's dates moved
 * to the new year and flagged; table IV one problem per criterion carried,
 * its situation, weakness and cause left for the self-assessment report.
 * From a 2026-form plan: statuses and table VI cleared, the year moved on,
 * everything else kept. In both, rows not finished last year come first and
 * rows marked done are left out (listed in `leftOut`). Pure.
 */
import type { Plan, PlanRow, RegulationId, SchoolLevel } from "./plan";
import type { Draft2026, DraftNotes, DraftProblem, DraftRow, DraftRowKey } from "./forms/draft";
import { FORM_2026 } from "./forms";
import { findCriterion, findStandard, regulationById, schoolYearStart, type CatalogueCriterion, type Regulation } from "./catalogue";
import { crossCriterion, crosswalkFrom, type Crosswalk2026Pair } from "./catalogue/crosswalk-2026";
import { emptyReviews } from "./forms/layout2026";
import { administrationFor, contextOf, resolveContext, schoolYearKey } from "./context";
import { parseTimeline } from "./parse/timeline";
import { levelFromResult } from "./parse/criterion";
import { parseBudget } from "./parse/money";
import { rowAmounts } from "./totals";
import { msg, renderMsg, type Msg } from "./messages";
import { t, type Lang } from "./strings";
import { clean, fold } from "./text";

export interface NextYearOptions {
  /** The new school year ("2026-2027"); by default the year after the plan's, and never before the first year of the 2026 form. */
  schoolYear?: string | null;
  /** Level when the plan does not say it (the user's choice wins). */
  level?: SchoolLevel | null;
  /** Language of the notes written on the draft's cells (Vietnamese by default). */
  lang?: Lang;
}

/** Last year's status of a row, from the status column or the note. */
export type LastStatus = "done" | "in-progress" | "not-done" | "unset";

/** A row carried into table V. */
export interface CarriedRow {
  /** Index in draft.rows. */
  index: number;
  /** 1-based sheet row of last year's plan. */
  row: number;
  status: LastStatus;
  /** Old criterion code as written, or null. */
  from: string | null;
  /** New criterion code, or null when the user must choose. */
  to: string | null;
  /** The crosswalk pair used (2018 form), for its reason. */
  pair?: Crosswalk2026Pair;
}

/** A row left out: done last year. */
export interface LeftOutRow {
  row: number;
  criterion: string | null;
  /** Content as written last year (criterion cell), then the result. */
  content: string;
  result: string;
  status: string;
}

/** A carried row whose criterion the user must choose. */
export interface ToChooseRow {
  index: number;
  row: number;
  from: string | null;
  content: string;
  /** Why there is no pair: the crosswalk's reason, an unknown code or no code. */
  reason: Msg | { vi: string; en: string };
  /** Criteria the content may belong to. */
  also: string[];
}

export interface MovedTimeline {
  index: number;
  row: number;
  from: string;
  to: string;
}

export interface NextYearDraft {
  ok: true;
  draft: Draft2026;
  /** School year of last year's plan (null when the sheet did not say). */
  fromSchoolYear: string | null;
  /** Regulation last year's plan was read against. */
  fromRegulation: RegulationId | null;
  carried: CarriedRow[];
  leftOut: LeftOutRow[];
  toChoose: ToChooseRow[];
  movedTimelines: MovedTimeline[];
  /** The cơ quan chủ quản line replaced (a district's Phòng GD&ĐT), with the old text. */
  agencyReplaced: { from: string; to: string } | null;
}

export type NextYearResult = NextYearDraft | { ok: false; error: Msg };

const FIRST_2026_YEAR = FORM_2026.schoolYears.from ?? "2026-2027";

const yearAfter = (y: string): string => `${schoolYearStart(y) + 1}-${schoolYearStart(y) + 2}`;

/** The new school year: the option, else the year after the plan's, at least the first year of the 2026 form. */
export function nextSchoolYear(planYear: string | null, wanted?: string | null): string {
  const chosen = wanted ? schoolYearKey(wanted) : null;
  if (chosen) return chosen;
  const after = planYear ? yearAfter(planYear) : FIRST_2026_YEAR;
  return schoolYearStart(after) < schoolYearStart(FIRST_2026_YEAR) ? FIRST_2026_YEAR : after;
}

// Done: "Hoàn thành" alone, or "Đã hoàn thành …" (a past tense). "Hoàn thành tháng 5/2026" may be a deadline: not done.
const DONE = /^(?:hoan\s*thanh|xong)(?:\s*(?:tot|\(?100\s*%\)?))?$|^da\s*(?:hoan\s*thanh|xong)\b/;
const NOT_DONE = /\bchua\s*(?:hoan\s*thanh|thuc\s*hien|ht|dat|xong)\b/;
const IN_PROGRESS = /\bdang\s*(?:thuc\s*hien|trien\s*khai|tien\s*hanh|th)\b|\btiep\s*tuc\s*thuc\s*hien\b/;

/** Last year's status of a row: the status column, else its note ("Chưa hoàn thành", "Đang thực hiện", "Đã hoàn thành"). */
export function lastStatus(row: Pick<PlanRow, "status" | "note">): { status: LastStatus; text: string } {
  for (const raw of [row.status ?? "", row.note ?? ""]) {
    const text = clean(raw);
    const f = fold(text).replace(/[.;!]+$/, "");
    if (!f) continue;
    if (NOT_DONE.test(f)) return { status: "not-done", text };
    if (IN_PROGRESS.test(f)) return { status: "in-progress", text };
    if (DONE.test(f)) return { status: "done", text };
  }
  return { status: "unset", text: "" };
}

/**
 * A timeline moved to the new school year: every year of last school year
 * (its two calendar years) it names moves by the years between the two plans;
 * other years stay. Null when it names none (free text, "Thường xuyên", a year
 * outside last school year).
 */
export function moveTimeline(text: string, fromYear: string, toYear: string): string | null {
  const from = schoolYearStart(fromYear);
  const delta = schoolYearStart(toYear) - from;
  if (!text.trim() || delta === 0) return null;
  const parsed = parseTimeline(text, fromYear);
  if (!parsed.recognized || (parsed.start === null && parsed.end === null && parsed.problems.length === 0)) return null;
  const ours = (y: number) => y === from || y === from + 1;
  let moved = false;
  // One pass: a year, or a first year with a two-digit second one ("2025-26").
  const out = text.normalize("NFC").replace(/(?<![\d.,])(\d{4})(?:(\s*[-–—/]\s*)(\d{2})(?![\d/]))?(?![\d.,]\d)/g, (all, a: string, sep?: string, b?: string) => {
    const y = Number(a);
    if (!ours(y)) return all;
    moved = true;
    if (sep !== undefined && b !== undefined) {
      const second = (y + 1) % 100 === Number(b) ? String((y + 1 + delta) % 100).padStart(2, "0") : b;
      return `${y + delta}${sep}${second}`;
    }
    return String(y + delta);
  });
  return moved ? out : null;
}

/** The level of a plan: read, chosen, or from its regulation. */
function levelOf(plan: Plan, wanted?: SchoolLevel | null): SchoolLevel | null {
  if (wanted) return wanted;
  if (plan.level) return plan.level;
  const byReg: Partial<Record<RegulationId, SchoolLevel>> = {
    "TT19/2018": "mam-non",
    "TT17/2018": "tieu-hoc",
    "TT18/2018": "thcs",
    "TT57/2026-MN": "mam-non",
  };
  return plan.regulation ? (byReg[plan.regulation] ?? null) : null;
}

const DISTRICT = /\bphong\s*(?:gd|giao\s*duc)|\b(?:ubnd|uy\s*ban\s*nhan\s*dan)\s*(?:huyen|quan|thi\s*xa)\b/;

/** True when a cơ quan chủ quản line names a district body (gone from 1/7/2025). */
export function namesDistrict(agency: string): boolean {
  return DISTRICT.test(fold(agency));
}

function addNote<K extends string>(notes: DraftNotes<K>, key: K, text: string): void {
  notes[key] = notes[key] ? `${notes[key]}\n${text}` : text;
}

function levelsText(levels: number[]): string {
  return levels.length ? `Mức ${levels[0]}–${levels[levels.length - 1]}` : "";
}

/** The goal without a leading "Mức N –" the new regulation does not have; null when kept. */
function goalWithoutLevel(result: string, target: Regulation): { goal: string; level: number } | null {
  const level = levelFromResult(result);
  if (level === null || target.levels.includes(level)) return null;
  const goal = clean(result).replace(/^\s*\(?\s*m[ứu]c\s*\d\s*\)?\s*[:.\-–—)]\s*/iu, "");
  return { goal, level };
}

/**
 * "Nguồn lực bảo đảm": the money as the reader shows it (number cells with dot
 * thousands) and the other support after "; ". When joining them would change
 * the amount the totals count (a support text naming money of its own), the
 * support goes into a note instead.
 */
function resourcesOf(budgetText: string, support: string): { text: string; aside: string } {
  const none = (s: string) => /^(khong|khong co|0)$/.test(fold(s).replace(/[.;]+$/, ""));
  const budget = clean(budgetText);
  const other = clean(support);
  if (!other || (none(other) && budget)) return { text: budget, aside: "" };
  if (!budget) return parseBudget(other).amount === null ? { text: other, aside: "" } : { text: "", aside: other };
  const joined = `${budget}; ${other}`;
  const was = parseBudget(budget);
  const now = parseBudget(joined);
  return now.amount === was.amount && now.kind === was.kind ? { text: joined, aside: "" } : { text: budget, aside: other };
}

/** The old words of a criterion cell without its code ("Tiêu chí 1.6: Quản lý…" → "Quản lý…"). */
function oldWords(row: PlanRow, old: CatalogueCriterion | undefined): string {
  if (row.criterion) return clean(row.criterionName ?? "") || old?.name || "";
  return clean(row.criterionText);
}

function newRegulation(level: SchoolLevel, year: string): Regulation | null {
  const reg = resolveContext({ schoolYear: year, level, tableForm: "2026" }).regulation;
  return reg && reg.form === "2026" ? regulationById(reg.id) : null;
}

interface Ordered {
  row: PlanRow;
  status: LastStatus;
  statusText: string;
  order: number;
}

/** Rows of last year in the new order: unfinished first, then the rest; done rows apart. */
function sortRows(plan: Plan): { keep: Ordered[]; done: Ordered[] } {
  const keep: Ordered[] = [];
  const done: Ordered[] = [];
  // A criterion's sub-rows share its status when they have none of their own.
  let head: { status: LastStatus; text: string } = { status: "unset", text: "" };
  plan.rows.forEach((row, order) => {
    let st = lastStatus(row);
    if (row.subRow === 0) head = st;
    else if (st.status === "unset") st = head;
    const item = { row, status: st.status, statusText: st.text, order };
    (st.status === "done" ? done : keep).push(item);
  });
  const rank = (s: LastStatus) => (s === "not-done" || s === "in-progress" ? 0 : 1);
  keep.sort((a, b) => rank(a.status) - rank(b.status) || a.order - b.order);
  return { keep, done };
}

function leftOutOf(items: Ordered[]): LeftOutRow[] {
  return items.map(({ row, statusText }) => ({
    row: row.row,
    criterion: row.criterion,
    content: clean(row.criterionText),
    result: clean(row.result),
    status: statusText,
  }));
}

/** Next year's draft from last year's plan. */
export function nextYearDraft(plan: Plan, options: NextYearOptions = {}): NextYearResult {
  const lang = options.lang ?? "vi";
  const level = levelOf(plan, options.level);
  if (!level) return { ok: false, error: msg("nyErrorLevel") };
  const year = nextSchoolYear(plan.schoolYear, options.schoolYear);
  const target = newRegulation(level, year);
  if (!target) return { ok: false, error: msg("nyErrorYear", year, FIRST_2026_YEAR) };

  const ctx = contextOf(plan);
  const fromYear = plan.schoolYear;
  const admin = administrationFor(level, year);
  let agency = clean(plan.info.agency);
  let agencyReplaced: NextYearDraft["agencyReplaced"] = null;
  if (agency && namesDistrict(agency) && admin.era !== "district") {
    agencyReplaced = { from: agency, to: admin.superior };
    agency = admin.superior;
  }

  const { keep, done } = sortRows(plan);
  const amounts = rowAmounts(plan);
  const amountText = new Map(plan.rows.map((r, i) => [r, amounts[i].text]));
  const carried: CarriedRow[] = [];
  const toChoose: ToChooseRow[] = [];
  const movedTimelines: MovedTimeline[] = [];
  const rows: DraftRow[] = [];
  const problemCodes: string[] = [];

  const oldEdition = ctx.regulation;
  const amendmentTitles = ctx.amendments.map((a) => a.title);
  const from2018 = plan.form === "2018" && oldEdition !== null && oldEdition.form === "2018";

  for (const item of keep) {
    const { row } = item;
    const notes: DraftNotes<DraftRowKey> = {};
    const index = rows.length;
    let content = clean(row.criterionText);
    let to: string | null = row.criterion;
    let pair: Crosswalk2026Pair | undefined;

    if (from2018) {
      const match = row.criterion ? crossCriterion(oldEdition!, row.criterion, amendmentTitles) : null;
      const words = oldWords(row, match?.old);
      if (match && match.target) {
        pair = match.pair;
        to = match.target.code;
        content = `Tiêu chí ${to}: ${words || match.target.name}`;
        const reason = lang === "en" ? match.pair.reasonEn : match.pair.reason;
        const oldName = `Tiêu chí ${row.criterion}${match.old ? `: ${match.old.name}` : ""}`;
        // Every row of the new table stands alone (no merged cells): each carries its note.
        addNote(notes, "content", t("nyNoteCrosswalk", oldName, oldEdition!.id, to, target.id, match.target.name, reason, lang));
      } else {
        to = null;
        pair = match?.pair;
        content = words || clean(row.criterionText);
        let reason: ToChooseRow["reason"];
        let also: string[] = [];
        if (match) {
          reason = { vi: match.pair.reason, en: match.pair.reasonEn };
          also = match.pair.also ?? [];
        } else if (!row.criterion && row.band === "4") {
          const l4 = crosswalkFrom(oldEdition!.id)?.level4;
          reason = l4 ? { vi: l4.reason, en: l4.reasonEn } : msg("nyChooseNoCode");
        } else if (row.criterion) {
          reason = msg("nyChooseUnknownCode", row.criterion, oldEdition!.id);
        } else {
          reason = msg("nyChooseNoCode");
        }
        const reasonText = "key" in reason ? renderMsg(reason, lang) : reason[lang];
        const old = row.criterion ? `Tiêu chí ${row.criterion}` : row.band === "4" ? "Mức 4" : oldEdition!.id;
        addNote(notes, "content", t("nyNoteChoose", old, reasonText, also.join(", "), lang));
        toChoose.push({ index, row: row.row, from: row.criterion, content, reason, also });
      }
    }

    let goal = clean(row.result);
    const stripped = from2018 ? goalWithoutLevel(goal, target) : null;
    if (stripped) {
      goal = stripped.goal;
      addNote(notes, "goal", t("nyNoteLevel", stripped.level, oldEdition!.id, levelsText(target.levels), lang));
    }

    let timeline = clean(row.timeline);
    const moved = fromYear ? moveTimeline(timeline, fromYear, year) : null;
    if (moved !== null) {
      addNote(notes, "timeline", t("nyNoteTimeline", timeline, moved, lang));
      movedTimelines.push({ index, row: row.row, from: timeline, to: moved });
      timeline = moved;
    }

    if (item.status === "not-done" || item.status === "in-progress") {
      addNote(notes, "content", t("nyNoteUnfinished", item.statusText, fromYear ?? "", lang));
    }
    const note = clean(row.note);
    if (note && note !== item.statusText) addNote(notes, "content", t("nyNoteOldNote", note, lang));

    const resources = resourcesOf(amountText.get(row) ?? "", row.support);
    if (resources.aside) addNote(notes, "resources", t("nyNoteSupport", resources.aside, lang));

    const draftRow: DraftRow = {
      content,
      goal,
      actions: clean(row.actions),
      indicator: plan.form === "2026" ? clean(row.indicator ?? "") : "",
      timeline,
      owner: clean(row.owner),
      resources: resources.text,
      evidence: plan.form === "2026" ? clean(row.evidence ?? "") : "",
      status: "",
    };
    if (Object.keys(notes).length) draftRow.notes = notes;
    rows.push(draftRow);
    carried.push({ index, row: row.row, status: item.status, from: row.criterion, to, ...(pair ? { pair } : {}) });
    if (to && !problemCodes.includes(to)) problemCodes.push(to);
  }

  const problems: DraftProblem[] = from2018 ? problemsFor(problemCodes, target, fromYear, lang) : problemsKept(plan);
  if (!from2018 && plan.form === "2018") {
    // A 2018 table read against TT57 already (its year is 2026-2027 or later): its codes are TT57 codes.
    problems.push(...problemsFor(problemCodes, target, fromYear, lang));
  }

  const draft: Draft2026 = {
    level,
    schoolYear: year,
    regulation: target.id,
    info: { agency, school: clean(plan.info.school), number: "", place: clean(plan.info.place), date: "" },
    problems,
    rows,
    reviews: emptyReviews(),
  };
  return { ok: true, draft, fromSchoolYear: fromYear, fromRegulation: ctx.regulation?.id ?? null, carried, leftOut: leftOutOf(done), toChoose, movedTimelines, agencyReplaced };
}

/** Table IV for the criteria carried: one problem each, in the catalogue's order; the rest from the self-assessment report. */
function problemsFor(codes: string[], target: Regulation, fromYear: string | null, lang: Lang): DraftProblem[] {
  const note = t("nyNoteProblem", fromYear ?? "", lang);
  const order = (code: string) => code.split(".").map(Number).reduce((a, n) => a * 100 + n, 0);
  return [...codes]
    .sort((a, b) => order(a) - order(b))
    .map((code) => ({ code, criterion: findCriterion(target, code) }))
    .filter((x) => x.criterion)
    .map(({ code }) => {
      const n = Number(code.split(".")[0]);
      const standard = findStandard(target, n);
      return {
        standard: standard ? `Tiêu chuẩn ${n}: ${standard.name}` : String(n),
        // The code alone: the reader links rows by code, not by the words of a name.
        criterion: code,
        situation: "",
        weakness: "",
        cause: "",
        notes: { situation: note, weakness: note, cause: note },
      };
    });
}

/** Table IV of a 2026-form plan, kept. */
function problemsKept(plan: Plan): DraftProblem[] {
  return (plan.problems ?? []).map((p) => ({
    standard: clean(p.standardText),
    criterion: clean(p.criterionText),
    situation: clean(p.situation),
    weakness: clean(p.weakness),
    cause: clean(p.cause),
  }));
}
