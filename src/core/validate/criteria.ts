/**
 * Criterion rules: the code exists in the school's regulation, sits under its
 * own standard, aims at a level the criterion has, and carries the official
 * name; standard headings carry the official name.
 */
import type { Issue, Plan, PlanRow } from "../plan";
import { type Regulation, allCriteria, findCriterion, findStandard, removedCriterion } from "../catalogue";
import { parseCriterionRef } from "../parse/criterion";
import { type Msg, msg } from "../messages";
import { contextOf } from "../context";
import { cellOf, hasContent, issue, levelsLabel, ownCell, quote, regulationName, regulationOf } from "./common";
import { compareName, criterionAliases, sameName, standardAliases } from "./names";

function criterionRange(reg: Regulation, std: number): Msg | string {
  const criteria = findStandard(reg, std)?.criteria ?? [];
  if (criteria.length === 0) return "";
  const first = criteria[0].code;
  const last = criteria[criteria.length - 1].code;
  return first === last ? msg("vCriterionRangeOne", first) : msg("vCriterionRange", first, last);
}

/** Rules about one row's criterion. */
export function checkCriterion(plan: Plan, row: PlanRow): Issue[] {
  const out: Issue[] = [];
  const cell = cellOf(plan, row, "criterion");

  if (!row.criterion) {
    // Mức 4 requirements are not criteria: their rows have no code.
    // On the 2026 form a row without a code is judged by whether it traces back to a problem (form2026.ts).
    if (row.subRow === 0 && row.band !== "4" && hasContent(row) && plan.form !== "2026") {
      out.push(issue("warning", "criterion-unreadable", ownCell(plan, row, "criterion"), msg("vCriterionUnreadable", row.row)));
    }
    if (row.subRow === 0 && row.band === "4") out.push(...checkLevel4Row(plan, row));
    return out;
  }

  const code = row.criterion;
  const std = Number(code.split(".")[0]);
  const reg = regulationOf(plan);
  const head = row.subRow === 0;

  if (head && row.standard !== null && Number.isFinite(std) && row.standard !== std) {
    out.push(issue("warning", "criterion-standard-mismatch", cell, msg("vCriterionStandardMismatch", code, row.standard, std)));
  }

  if (!reg) return out;
  const regName = regulationName(reg);
  const criterion = findCriterion(reg, code);
  if (!criterion) {
    const removed = head ? removedCriterion(reg, code) : null;
    if (removed) {
      const [main, ...also] = removed.pair?.to ?? [];
      const to = main ? msg("vCriterionMoved", main, also.join(", ")) : criterionRange(reg, std);
      const target = main ? findCriterion(reg, main) : undefined;
      out.push(
        issue(
          "error",
          "criterion-removed-2024",
          cell,
          msg(
            "vCriterionRemoved",
            code,
            regName,
            circularName(removed.amendment.title),
            removed.amendment.fromSchoolYear ?? contextOf(plan).schoolYear ?? "",
            criterionRange(reg, std),
            to,
            removed.pair?.reason ?? "",
            removed.pair?.reasonEn ?? "",
          ),
          target ? `Tiêu chí ${target.code}: ${target.name}` : undefined,
        ),
      );
      return out;
    }
    if (head) {
      const standard = findStandard(reg, std);
      const text = standard
        ? msg("vCriterionUnknown", code, regName, std, criterionRange(reg, std))
        : msg("vStandardOfCriterionUnknown", code, regName, std, reg.standards.length);
      out.push(issue("error", "criterion-unknown", cell, text));
    }
    return out;
  }

  // Target level: from the code cell (shared by sub-rows) or the row's result.
  const level = row.targetLevel;
  if (level !== null && (head || levelFromOwnResult(row))) {
    const levelCell = head && !levelFromOwnResult(row) ? cell : cellOf(plan, row, "result") || cell;
    if (reg.form === "2018" && level === 4 && row.band !== "4") {
      out.push(issue("warning", "criterion-level-4-in-band", levelCell, msg("vCriterionLevel4InBand", code)));
    } else if (!criterion.levels.includes(level) && !(reg.form === "2018" && level === 4)) {
      out.push(
        issue(
          "error",
          "criterion-level-unavailable",
          levelCell,
          msg("vCriterionLevelUnavailable", code, levelsLabel(criterion.levels), regName, level),
        ),
      );
    }
  }

  if (head && row.band === "4" && reg.form === "2018" && reg.level4?.count) {
    out.push(issue("info", "level4-criterion", cell, msg("vLevel4Criterion", code, regName, reg.level4.count)));
  }

  // The 2026 form's "Nội dung cải tiến" is the school's own words, not the criterion's name.
  if (head && row.criterionName && plan.form !== "2026") {
    const official = [criterion.name, ...criterionAliases(reg.id, code)];
    const match = compareName(row.criterionName, official);
    if (match === "short") {
      out.push(issue("info", "criterion-name-short", cell, msg("vCriterionNameShort", code, regName, criterion.name)));
    } else if (match === "other") {
      // The name of another criterion: the code or the name may be wrong.
      const written = row.criterionName;
      const other = allCriteria(reg).find(
        ({ criterion: c }) => c.code !== code && sameName(written, [c.name, ...criterionAliases(reg.id, c.code)]),
      );
      if (other) {
        out.push(
          issue("warning", "criterion-name-drift", cell, msg("vCriterionNameOther", code, regName, criterion.name, other.criterion.code)),
        );
        return out;
      }
      const ref = parseCriterionRef(row.criterionText);
      const levelNote = ref?.level ? ` (Mức ${ref.level})` : "";
      out.push(
        issue(
          "warning",
          "criterion-name-drift",
          cell,
          msg("vCriterionNameDrift", code, regName, criterion.name),
          `Tiêu chí ${code}: ${criterion.name}${levelNote}`,
        ),
      );
    }
  }
  return out;
}

/**
 * A row of the "MỨC 4" part without a criterion code: when it numbers a Mức 4
 * requirement ("Tiêu chí 6", "Yêu cầu 6", "Khoản 6") past the regulation's
 * count, the number is wrong. Checked only where the catalogue knows the count.
 */
function checkLevel4Row(plan: Plan, row: PlanRow): Issue[] {
  const reg = regulationOf(plan);
  const count = reg?.form === "2018" ? reg.level4?.count : null;
  if (!reg || !count) return [];
  const m = /^\s*(?:ti[eê]u\s*ch[ií]|y[eê]u\s*c[aầ]u|kho[aả]n)\s*(\d{1,2})(?!\s*[.,]\s*\d)/iu.exec(row.criterionText.normalize("NFC"));
  if (!m) return [];
  const n = Number(m[1]);
  if (n >= 1 && n <= count) return [];
  return [
    issue("warning", "level4-unknown", cellOf(plan, row, "criterion"), msg("vLevel4Unknown", quote(row.criterionText, 40), regulationName(reg), count)),
  ];
}

/** "Thông tư 22/2024/TT-BGDĐT" -> "Thông tư 22/2024" / "Circular 22/2024". */
function circularName(title: string): Msg | string {
  const m = /^Thông tư\s+(\d+\/\d{4})/u.exec(title.normalize("NFC"));
  return m ? msg("vRegulationCircular", m[1]) : title;
}

/** True when the row's target level is written in its own result cell. */
function levelFromOwnResult(row: PlanRow): boolean {
  return /^\s*\(?\s*m[ứu]c\s*\d/iu.test(row.result);
}

/** Rules about the standard headings: known standard, official name. */
export function checkStandards(plan: Plan): Issue[] {
  const reg = regulationOf(plan);
  if (!reg) return [];
  const regName = regulationName(reg);
  const out: Issue[] = [];
  for (const h of plan.standards) {
    const standard = findStandard(reg, h.number);
    if (!standard) {
      out.push(issue("error", "standard-unknown", h.cell, msg("vStandardUnknown", h.number, regName, reg.standards.length)));
      continue;
    }
    const match = h.name ? compareName(h.name, [standard.name, ...standardAliases(reg.id, h.number)]) : "same";
    if (match === "short") {
      out.push(issue("info", "standard-name-short", h.cell, msg("vStandardNameShort", h.number, regName, standard.name)));
    } else if (match === "other") {
      out.push(
        issue(
          "warning",
          "standard-name-drift",
          h.cell,
          msg("vStandardNameDrift", h.number, regName, standard.name),
          `Tiêu chuẩn ${h.number}: ${standard.name}`,
        ),
      );
    }
  }
  return out;
}
