/**
 * Letterhead above the table (cơ quan chủ quản, school, number, place and date,
 * school year) and the signer block below it, in any case and spacing.
 */
import type { PlanInfo, SchoolLevel } from "../plan";
import { type Grid, textAt } from "../grid";
import { clean, fold } from "../text";

interface Line {
  row: number;
  col: number;
  text: string;
  folded: string;
}

function linesIn(grid: Grid, fromRow: number, toRow: number): Line[] {
  const out: Line[] = [];
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  for (let r = Math.max(fromRow, grid.originRow); r < Math.min(toRow, grid.originRow + grid.values.length); r++) {
    for (let c = grid.originCol; c < grid.originCol + width; c++) {
      const raw = textAt(grid, r, c);
      if (!raw) continue;
      const text = clean(raw);
      if (text) out.push({ row: r, col: c, text, folded: fold(text) });
    }
  }
  return out;
}

const NATIONAL = /cong hoa xa hoi chu nghia|doc lap\s*[-–—]?\s*tu do/;
const TITLE = /^(ke hoach|cai tien chat luong)/;
const SCHOOL = /^(truong|tr\.|nha tre|nhom tre|lop mau giao|co so giao duc)\b|\b(mam non|mau giao|tieu hoc|thcs|thpt|ptdtbt|ptdtnt|trung hoc)\b/;
const NUMBER = /^so\s*:?\s*/;
const DATE = /^(.*?),?\s*ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/;
const SCHOOL_YEAR = /nam hoc\s*:?\s*(\d{4})\s*[-–—/]\s*(\d{4})/;

export interface LetterheadInfo {
  info: Pick<PlanInfo, "agency" | "school" | "number" | "place" | "date">;
  schoolYear: string | null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Reads the rows above the header (0-based, exclusive). */
export function readLetterhead(grid: Grid, headerRow: number): LetterheadInfo {
  const lines = linesIn(grid, grid.originRow, headerRow);
  const info = { agency: "", school: "", number: "", place: "", date: "" };
  let schoolYear: string | null = null;
  let schoolLine: Line | null = null;
  for (const l of lines) {
    if (NATIONAL.test(l.folded)) continue;
    const y = SCHOOL_YEAR.exec(l.folded);
    if (y && !schoolYear) schoolYear = `${y[1]}-${y[2]}`;
    if (TITLE.test(l.folded)) continue;
    if (NUMBER.test(l.folded) && /\/|kh/.test(l.folded) && !info.number) {
      info.number = l.text.replace(/^s[oốỐ]\s*:?\s*/iu, "").trim();
      continue;
    }
    const d = DATE.exec(l.folded);
    if (d && !info.date) {
      const day = Number(d[2]);
      const month = Number(d[3]);
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) info.date = `${d[4]}-${pad2(month)}-${pad2(day)}`;
      const comma = l.text.search(/,?\s*ng[àa]y\s*\d/iu);
      info.place = comma > 0 ? l.text.slice(0, comma).replace(/[,\s]+$/u, "").trim() : "";
      continue;
    }
    if (!schoolLine && SCHOOL.test(l.folded) && !y) {
      schoolLine = l;
      info.school = l.text.replace(/\s*\n\s*/g, " ");
    }
  }
  if (schoolLine) {
    // The agency stands above the school in the same column (or on the school's
    // first line when both were typed in one cell).
    const parts = schoolLine.text.split("\n");
    if (parts.length > 1 && !SCHOOL.test(fold(parts[0]))) {
      info.agency = parts[0];
      info.school = parts.slice(1).join(" ");
    } else {
      const above = lines.filter(
        (l) => l.row < schoolLine!.row && Math.abs(l.col - schoolLine!.col) <= 1 && !NATIONAL.test(l.folded) && !TITLE.test(l.folded),
      );
      if (above.length) info.agency = above[above.length - 1].text.replace(/\s*\n\s*/g, " ");
    }
  }
  return { info, schoolYear };
}

/** School level from the school's name (and agency), or null. */
export function levelFromSchoolName(name: string): SchoolLevel | null {
  const t = ` ${fold(name).replace(/[^a-z0-9&]+/g, " ")} `;
  if (/ (th ?& ?thcs|th va thcs|thcs ?& ?thpt|thcs va thpt|lien cap|nhieu cap|pho thong co nhieu cap|ph ?& ?thcs|tieu hoc va trung hoc co so|trung hoc co so va trung hoc pho thong) /.test(t)) return "nhieu-cap";
  if (/ (mam non|mau giao|nha tre|nhom tre|mn|mg) /.test(t)) return "mam-non";
  if (/ (thpt|trung hoc pho thong|pt dtnt tinh) /.test(t)) return "thpt";
  if (/ (thcs|trung hoc co so) /.test(t)) return "thcs";
  if (/ (tieu hoc|th) /.test(t)) return "tieu-hoc";
  return null;
}

const SIGNER_TITLE = /^(kt\.?|tm\.?|q\.?|tuq\.?)?\s*(hieu truong|pho hieu truong|hoi dong.*|chu tich.*|ban giam hieu)$/;

export interface SignerInfo {
  signerTitle: string;
  signerName: string;
  recipients: string[];
}

/** Reads the block below the table: "Nơi nhận" list and the signer. */
export function readSigner(grid: Grid, fromRow: number): SignerInfo {
  const lines = linesIn(grid, fromRow, grid.originRow + grid.values.length);
  const titles: Line[] = [];
  const recipients: string[] = [];
  let inRecipients = false;
  for (const l of lines) {
    const f = l.folded.replace(/[:.]+$/, "");
    if (/^noi nhan/.test(f)) {
      inRecipients = true;
      const rest = l.text.replace(/^n[ơo]i nh[ậa]n\s*:?\s*/iu, "").trim();
      for (const item of rest.split("\n")) {
        const s = item.replace(/^[-–+•]\s*/u, "").replace(/[;.]+$/u, "").trim();
        if (s) recipients.push(s);
      }
      continue;
    }
    if (inRecipients && /^[-–+•]/u.test(l.text)) {
      for (const item of l.text.split("\n")) {
        const s = item.replace(/^[-–+•]\s*/u, "").replace(/[;.]+$/u, "").trim();
        if (s) recipients.push(s);
      }
      continue;
    }
    for (const part of l.text.split("\n")) {
      if (SIGNER_TITLE.test(fold(part).replace(/[:.]+$/, ""))) titles.push({ ...l, text: part.trim() });
    }
  }
  let signerName = "";
  if (titles.length) {
    const lastTitle = titles[titles.length - 1];
    const below = lines.filter(
      (l) =>
        l.row > lastTitle.row &&
        Math.abs(l.col - lastTitle.col) <= 2 &&
        !SIGNER_TITLE.test(l.folded) &&
        !/^[-–+•(]/u.test(l.text) &&
        !/da ky|ky ten|ky,|ghi ro ho ten|dong dau/.test(l.folded),
    );
    const name = below.find((l) => /^[\p{L} .'-]{3,60}$/u.test(l.text) && l.text.split(/\s+/).length >= 2);
    if (name) signerName = name.text;
  }
  return {
    signerTitle: titles.map((t) => t.text.toUpperCase()).join("\n"),
    signerName,
    recipients,
  };
}

/** The school year a plan dated `date` (YYYY-MM-DD) belongs to. */
export function schoolYearFromDate(date: string): string | null {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  return Number(m[2]) >= 7 ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}
