/* global module, require, process, console, __dirname */
/**
 * The crosswalk tables of docs/chuyen-tieu-chi-2026.md, generated from
 * src/core/catalogue/crosswalk-2026.json and catalogue.json (names of the old
 * and new criteria). The doc keeps its own prose; the part between
 * "<!-- crosswalk:start -->" and "<!-- crosswalk:end -->" is this script's.
 *
 *   node scripts/crosswalk-doc.js          rewrites that part of the doc
 *   node scripts/crosswalk-doc.js --check  exit 1 when the doc differs from the data
 *
 * test/next-year/crosswalk-doc.test.ts checks the doc with `crosswalkMarkdown`.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const DOC = path.join(ROOT, "docs", "chuyen-tieu-chi-2026.md");
const START = "<!-- crosswalk:start -->";
const END = "<!-- crosswalk:end -->";

function load(name) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "src", "core", "catalogue", name), "utf8"));
}

const cell = (s) => String(s).replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

/** The generated markdown (tables per old regulation) from the two JSON files. */
function crosswalkMarkdown(crosswalk = load("crosswalk-2026.json"), catalogue = load("catalogue.json")) {
  const reg = (id) => catalogue.regulations.find((r) => r.id === id);
  const name = (standards, code) => {
    for (const s of standards) for (const c of s.criteria) if (c.code === code) return c.name;
    return "";
  };
  const out = [];
  for (const cw of crosswalk.crosswalks) {
    const from = reg(cw.from);
    const to = reg(cw.to);
    out.push(`### ${cw.from} → ${cw.to}`, "", `${from.title} → ${to.title}.`, "");
    out.push("| Tiêu chí cũ | Tiêu chí mới | Lý do |", "|---|---|---|");
    for (const p of cw.pairs) {
      const target = p.to ? `**${p.to}** ${name(to.standards, p.to)}` : "*(cần chọn)*";
      const also = p.also && p.also.length ? ` Cũng có thể: ${p.also.join(", ")}.` : "";
      out.push(`| ${p.from} ${cell(name(from.standards, p.from))} | ${cell(target)} | ${cell(p.reason + also)} |`);
    }
    out.push(`| Mức 4 (yêu cầu không có mã tiêu chí) | *(cần chọn)* | ${cell(cw.level4.reason)} |`, "");
    for (const a of cw.amended) {
      const amendment = (from.amendments || []).find((x) => x.title === a.amendment);
      const standards = (amendment && amendment.standards) || [];
      out.push(`Tiêu chí đã sửa đổi bởi ${a.amendment} (kế hoạch năm học ${(amendment && amendment.fromSchoolYear) || ""}):`, "");
      out.push("| Tiêu chí cũ | Tiêu chí mới | Lý do |", "|---|---|---|");
      for (const p of a.pairs) {
        const target = p.to ? `**${p.to}** ${name(to.standards, p.to)}` : "*(cần chọn)*";
        out.push(`| ${p.from} ${cell(name(standards, p.from))} | ${cell(target)} | ${cell(p.reason)} |`);
      }
      out.push("");
    }
  }
  return out.join("\n");
}

/** The doc with its generated part replaced. */
function withTables(doc, tables = crosswalkMarkdown()) {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DOC}: markers ${START} … ${END} not found`);
  return `${doc.slice(0, a + START.length)}\n\n${tables}\n${doc.slice(b)}`;
}

module.exports = { crosswalkMarkdown, withTables, DOC };

if (require.main === module) {
  const doc = fs.readFileSync(DOC, "utf8");
  const next = withTables(doc);
  if (process.argv.includes("--check")) {
    if (next !== doc) {
      console.error("docs/chuyen-tieu-chi-2026.md differs from crosswalk-2026.json: run node scripts/crosswalk-doc.js");
      process.exitCode = 1;
    }
  } else if (next !== doc) {
    fs.writeFileSync(DOC, next);
    console.log("docs/chuyen-tieu-chi-2026.md updated");
  }
}
