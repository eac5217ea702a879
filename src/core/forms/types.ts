/**
 * The shape of a form description: a plan form is data (its tables, their
 * columns with the header words that find them in a school's sheet, and the
 * document's sections), so a second form is a new description, not a fork.
 * Pure types.
 */
import type { FieldKey, FormKind, RegulationId } from "../plan";

/**
 * How a column title is recognised in a school's sheet. Every test runs on
 * folded text (`fold()`: no diacritics, lower case, line breaks and runs of
 * spaces as one space, trimmed); a title matches when any one test holds.
 */
export interface HeaderWords {
  /**
   * Precedence among the header words of every plan table read together
   * (both forms and the add-in's own sheet): lower ranks are tried first and
   * the first match wins, so more specific words rank lower.
   */
  rank: number;
  /** The whole title is one of these. */
  equals?: readonly string[];
  /** The title contains one of these. */
  includes?: readonly string[];
  /** The title starts with one of these. */
  startsWith?: readonly string[];
  /** Regular expressions (source text, no flags) tested on the title. */
  patterns?: readonly string[];
}

export interface FormColumn<K extends string = string> {
  key: K;
  /** The number printed under the title when the form numbers its columns: "(1)" -> 1. */
  number?: number;
  /** Official title, Vietnamese, as written on the form. */
  title: string;
  titleEn: string;
  /** Header words that find the column; words shared with another form's column are the same data. */
  header: readonly HeaderWords[];
}

export interface FormTable<K extends string = string> {
  /** "plan" for the 2018 table; the section number for the 2026 ones ("IV", "V", "VI"). */
  id: string;
  title: string;
  titleEn: string;
  columns: readonly FormColumn<K>[];
  /** Rows the form prints itself (table VI: "Cuối học kỳ I", "Cuối năm học"). */
  fixedRows?: readonly { title: string; titleEn: string }[];
  source: string;
}

export type SectionKey =
  | "info"
  | "basis"
  | "purpose"
  | "problems"
  | "content"
  | "monitoring"
  | "organisation"
  | "reporting";

export interface FormSection {
  key: SectionKey;
  /** Roman numeral as the form numbers it. */
  number: string;
  /** Other numbers real documents give the section (kept as the user wrote them). */
  numbersSeen?: readonly string[];
  /** Title as written on the form (capitals, as in the document). */
  title: string;
  titleEn: string;
  /** What goes in it, in short (English). */
  contents?: string;
  /** Id of the table the section holds. */
  table?: string;
}

export interface FormDescription {
  id: FormKind;
  name: string;
  nameEn: string;
  /** The regulations whose plans use this form (catalogue ids). */
  regulations: readonly RegulationId[];
  /** The legal texts, as cited. */
  legalBasis: readonly string[];
  /** School years of the plans that use it (inclusive, "2024-2025"). */
  schoolYears: { from?: string; to?: string };
  source: string;
  /** The document's sections, in order. */
  sections: readonly FormSection[];
  /** Every table of the form, in document order (the plan table among them). */
  tables: readonly FormTable[];
  /** The table the reader reads and the writers write: one row per planned action. */
  planTable: FormTable<FieldKey>;
}
