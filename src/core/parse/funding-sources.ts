/**
 * Funding sources as budget cells name them (fold()ed patterns -> the
 * canonical name). Data, with the forms seen in real plans (shared/seeds) and
 * DOMAIN.md; the grouping for the accountant's totals is src/core/funding/groups.json.
 */
/**
 * Matched in order on fold()ed text; the first that matches
 * names the source. Data, not logic: add forms here.
 */
export const FUNDING_SOURCES: readonly { source: string; patterns: RegExp[] }[] = [
  { source: "Ngân sách nhà nước", patterns: [/\bngan sach nha nuoc\b/, /\bnsnn\b/] },
  { source: "Ngân sách địa phương", patterns: [/\bngan sach (?:dia phuong|xa|huyen|tinh)\b/] },
  { source: "Chi thường xuyên", patterns: [/\bchi thuong xuyen\b/, /\bnguon thuong xuyen\b/] },
  { source: "Xã hội hóa", patterns: [/\bxa hoi hoa\b/, /\bxhh(?:gd)?\b/] },
  { source: "Ngân sách", patterns: [/\bngan sach\b/] },
  { source: "Hội cha mẹ học sinh", patterns: [/\b(?:quy |kinh phi )?(?:hoi|ban dai dien) cha me hoc sinh\b/, /\b(?:bdd )?cmhs\b/, /\bphhs\b/] },
  { source: "Tài trợ", patterns: [/\btai tro\b/, /\bnha hao tam\b/, /\bmanh thuong quan\b/, /\bnguon tu thien\b/] },
  { source: "Học phí", patterns: [/\bhoc phi\b/] },
  { source: "Nguồn thu sự nghiệp", patterns: [/\bnguon thu\b/, /\bthu su nghiep\b/, /\btu chu\b/] },
];
