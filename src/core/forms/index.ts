/**
 * The plan forms as data, and lookups: the one owner of the column titles and
 * section titles every reader and writer uses. Pure.
 */
import type { FieldKey, FormKind } from "../plan";
import { FORM_2018, FORM_2026, FORMS, PLAN_SHEET_COLUMNS, type PlanSheetKey } from "./forms";
import type { FormColumn, FormDescription, FormSection, HeaderWords, SectionKey } from "./types";

export { FORM_2018, FORM_2026, FORMS, PLAN_SHEET_COLUMNS, type PlanSheetKey };
export type { Draft2026, DraftProblem, DraftRow, DraftReview, DraftNotes, DraftProblemKey, DraftRowKey, DraftReviewKey } from "./draft";
export type { FormColumn, FormDescription, FormSection, FormTable, HeaderWords, SectionKey } from "./types";

/** The description of a form. */
export function formById(id: FormKind): FormDescription {
  const f = FORMS.find((x) => x.id === id);
  if (!f) throw new Error(`unknown form ${id}`);
  return f;
}

/** A column of a form's plan table; throws when the form has none. */
export function planColumn(form: FormDescription, key: FieldKey): FormColumn<FieldKey> {
  const c = form.planTable.columns.find((x) => x.key === key);
  if (!c) throw new Error(`form ${form.id} has no column ${key}`);
  return c;
}

/** Official title of a plan-table column ("Dự kiến kinh phí"). */
export function columnTitle(form: FormDescription, key: FieldKey): string {
  return planColumn(form, key).title;
}

/** Title of a column of the add-in's own plan sheet ("Dòng gốc", "Tiêu chí"). */
export function planSheetTitle(key: PlanSheetKey): string {
  const c = PLAN_SHEET_COLUMNS.find((x) => x.key === key);
  if (!c) throw new Error(`no plan sheet column ${key}`);
  return c.title;
}

/** A section of a form's document; throws when the form has none. */
export function formSection(form: FormDescription, key: SectionKey): FormSection {
  const s = form.sections.find((x) => x.key === key);
  if (!s) throw new Error(`form ${form.id} has no section ${key}`);
  return s;
}

/** A test of folded titles (`fold()`) for a column's header words: any one listed test holds. */
export function headerTest(words: HeaderWords): (folded: string) => boolean {
  const res = (words.patterns ?? []).map((p) => new RegExp(p));
  return (t) =>
    (words.equals ?? []).some((w) => t === w) ||
    (words.includes ?? []).some((w) => t.includes(w)) ||
    (words.startsWith ?? []).some((w) => t.startsWith(w)) ||
    res.some((re) => re.test(t));
}
