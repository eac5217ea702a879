/**
 * Owner cells ("Chủ trì và phối hợp thực hiện"): role lists with abbreviations
 * ("BGH, Giáo viên, CNV", "Phó HT, Tổ trưởng CM", "- CB-GV-NV\n- Phối hợp cùng
 * ban nghành đoàn thể xã, hội cha mẹ học sinh..."), typos ("Hiêu trưởng",
 * "Hiệu trửởng" fold to the same letters), and now and then a sentence.
 *
 * Roles are found anywhere in the fold()ed text (longest match wins where
 * patterns overlap: "Phó hiệu trưởng" is not also "Hiệu trưởng", "Ban đại diện
 * cha mẹ học sinh" not also "Cha mẹ học sinh"). The cell is cut into pieces at
 * commas, ";", "+", "/", line breaks, "-" bullets, " và ", " phối hợp với ",
 * " cùng "...; a piece in which no role was found is reported in `unknown`.
 * Pure: no IO.
 */
import { foldSameLength, PARSE_MAX_CHARS } from "../text";

export interface Owner {
  text: string;
  /** Canonical Vietnamese role names, deduplicated, in order of appearance. */
  roles: string[];
  /** Pieces not recognised. */
  unknown: string[];
}

/**
 * Roles and the patterns that find them in fold()ed text (no diacritics, đ ->
 * d, lower case). Data: add forms here. Where patterns of two roles overlap,
 * the match starting first, then the longest, is taken.
 */
export const OWNER_ROLES: readonly { role: string; patterns: RegExp[] }[] = [
  { role: "Hiệu trưởng", patterns: [/\bhieu truong\b/, /\bht\b/] },
  { role: "Phó hiệu trưởng", patterns: [/\bpho hieu(?: truong)?\b/, /\bpht\b/, /\bpho ht\b/] },
  { role: "Ban giám hiệu", patterns: [/\bban giam hieu\b/, /\bbgh\b/] },
  { role: "Cán bộ quản lý", patterns: [/\bcan bo quan ly\b/, /\bcbql\b/] },
  { role: "Cán bộ", patterns: [/\bcan bo\b/, /\bcb\b/] },
  { role: "Giáo viên chủ nhiệm", patterns: [/\bgiao vien chu nhiem\b/, /\bgvcn\b/] },
  { role: "Giáo viên", patterns: [/\bgiao vien\b/, /\bgv(?:bm)?\b/] },
  { role: "Nhân viên y tế", patterns: [/\bnhan vien y te\b/, /\bcan bo y te\b/, /\by si\b/, /\by ta\b/, /\by te truong hoc\b/] },
  {
    role: "Nhân viên thư viện",
    patterns: [/\bnhan vien thu vien(?:\s*-?\s*thiet bi)?\b/, /\bnv thu vien(?:\s*-?\s*thiet bi)?\b/, /\bthu vien(?:\s*-\s*thiet bi)?\b/, /\bnhan vien thiet bi\b/],
  },
  { role: "Kế toán", patterns: [/\bke toan\b/] },
  { role: "Nhân viên", patterns: [/\bcong nhan vien\b/, /\bnhan vien\b/, /\bc?nv\b/] },
  { role: "Tổ trưởng chuyên môn", patterns: [/\bto truong (?:to )?(?:chuyen mon|cm)\b/, /\bttcm\b/] },
  { role: "Tổ chuyên môn", patterns: [/\bto (?:chuyen mon|cm)\b/, /\bchuyen mon\b/, /\bcm\b/] },
  { role: "Tổ trưởng văn phòng", patterns: [/\bto truong (?:to )?van phong\b/, /\bttvp\b/] },
  { role: "Tổ văn phòng", patterns: [/\bto van phong\b/, /\bnhan vien van phong\b/] },
  { role: "Tổ trưởng", patterns: [/\bto truong\b/, /\bkhoi truong\b/] },
  { role: "Tổng phụ trách Đội", patterns: [/\btong phu trach(?: doi)?\b/, /\btpt(?: doi)?\b/] },
  { role: "Liên đội", patterns: [/\blien doi\b/] },
  {
    role: "Ban đại diện cha mẹ học sinh",
    patterns: [/\bban dai dien (?:cha me hoc sinh|cmhs|phu huynh(?: hoc sinh)?)\b/, /\bbdd\s*(?:cmhs|phhs)?\b/, /\bhoi (?:cha me hoc sinh|cmhs|phu huynh(?: hoc sinh)?)\b/],
  },
  { role: "Cha mẹ học sinh", patterns: [/\bcha me (?:hoc sinh|tre|hs)\b/, /\bcmhs\b/, /\bphu huynh(?: hoc sinh)?\b/, /\bphhs\b/] },
  { role: "Phòng GD&ĐT", patterns: [/\bphong gd\s*&\s*dt\b/, /\bphong gd-?dt\b/, /\bphong giao duc(?: (?:va|&) dao tao)?\b/, /\bphong gd\b/] },
  { role: "Sở GD&ĐT", patterns: [/\bso gd\s*&\s*dt\b/, /\bso gd-?dt\b/, /\bso giao duc(?: (?:va|&) dao tao)?\b/] },
  { role: "UBND xã", patterns: [/\bubnd(?: (?:xa|phuong|thi tran))?\b/, /\buy ban nhan dan(?: (?:xa|phuong|thi tran))?\b/] },
  { role: "Chính quyền địa phương", patterns: [/\bchinh quyen(?: (?:dia phuong|xa|cac cap))?\b/] },
  { role: "Đảng ủy xã", patterns: [/\bdang uy(?: xa)?\b/, /\bcap uy(?: dang)?\b/] },
  { role: "Bí thư chi bộ", patterns: [/\bbi thu chi bo\b/] },
  { role: "Chi bộ", patterns: [/\bchi bo\b/, /\b(?:ban )?chi uy\b/] },
  { role: "Bí thư đoàn", patterns: [/\bbi thu (?:chi )?doan(?: (?:truong|thanh nien))?\b/] },
  { role: "Công đoàn", patterns: [/\b(?:chu tich )?cong doan\b/] },
  { role: "Ban ngành đoàn thể", patterns: [/\bban ng?hanh(?: doan the)?\b/, /\b(?:cac )?(?:to chuc )?doan the\b/] },
  { role: "Đoàn thanh niên", patterns: [/\b(?:chi )?doan (?:thanh nien|tn)\b/, /\bchi doan\b/, /\bdoan xa\b/, /\bdoan\b(?! (?:the|kiem tra|danh gia))/] },
  { role: "Hội đồng trường", patterns: [/\bhoi dong truong\b/] },
  { role: "Hội đồng tự đánh giá", patterns: [/\bhoi dong tu danh gia\b/, /\bhoi dong tdg\b/, /\bhdtdg\b/] },
  { role: "Hội đồng sư phạm", patterns: [/\bhoi dong su pham\b/] },
  { role: "Ban kiểm tra nội bộ", patterns: [/\bban kiem tra noi bo\b/] },
  { role: "Ban thanh tra nhân dân", patterns: [/\b(?:ban )?thanh tra nhan dan\b/] },
  { role: "Học sinh", patterns: [/\bhoc sinh\b/, /\bhs\b/] },
  { role: "Nhân dân", patterns: [/\bnhan dan\b/, /\bnguoi dan\b/] },
  { role: "Trưởng bản", patterns: [/\btruong (?:ban|thon|ap|xom)\b(?! (?:dai dien|giam hieu|chi dao|kiem tra|thanh tra|dai))/] },
  { role: "Các nhà hảo tâm", patterns: [/\b(?:cac )?nha hao tam\b/, /\b(?:cac )?manh thuong quan\b/] },
  { role: "Lãnh đạo cấp trên", patterns: [/\blanh dao cap tren\b/, /\bcap tren\b/] },
];

/** Piece separators, on same-length folded text. */
const SEPARATORS =
  /[,;+/\n•]|(?:^|\s)[-–—*]+\s|\s(?:va|phoi (?:ket )?hop (?:voi|cung)|ket hop (?:voi|cung)|cung voi|cung)\s/g;

/** Words that make no piece on their own ("các", "nhà trường", "..."). */
const FILLER =
  /^(?:cac|cua|phoi (?:ket )?hop|ket hop|cung|voi|nha truong|truong|thuc hien|chu tri|lop|\.|…|\s)*$/;

interface Hit {
  start: number;
  end: number;
  role: string;
}

/**
 * OWNER_ROLES compiled once: global, and a space in a pattern stands for any
 * run of white space ("Ban  giám hiệu", "Ban giám\nhiệu").
 */
let COMPILED: { role: string; re: RegExp }[] | null = null;

function compiledRoles(): { role: string; re: RegExp }[] {
  COMPILED ??= OWNER_ROLES.flatMap(({ role, patterns }) =>
    patterns.map((p) => ({ role, re: new RegExp(p.source.replace(/ /g, "\\s+"), p.flags.includes("g") ? p.flags : p.flags + "g") })),
  );
  return COMPILED;
}

function findRoles(f: string): Hit[] {
  const hits: Hit[] = [];
  for (const { role, re } of compiledRoles()) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(f))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ start: m.index, end: m.index + m[0].length, role });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const taken: Hit[] = [];
  for (const h of hits) {
    const last = taken[taken.length - 1];
    if (last && h.start < last.end) continue;
    taken.push(h);
  }
  return taken;
}

/** Parses an owner cell into canonical roles and the pieces left unrecognised. */
export function parseOwner(text: string): Owner {
  const t = (text ?? "").normalize("NFC").trim();
  // Only the first PARSE_MAX_CHARS characters are looked at (an owner cell is short).
  const head = t.length > PARSE_MAX_CHARS ? t.slice(0, PARSE_MAX_CHARS) : t;
  const f = foldSameLength(head);
  const hits = findRoles(f);
  const roles: string[] = [];
  for (const h of hits) if (!roles.includes(h.role)) roles.push(h.role);

  const unknown: string[] = [];
  const cuts: [number, number][] = [];
  let from = 0;
  SEPARATORS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATORS.exec(f))) {
    cuts.push([from, m.index]);
    from = m.index + m[0].length;
    if (m[0].length === 0) SEPARATORS.lastIndex++;
  }
  cuts.push([from, f.length]);
  for (const [s, e] of cuts) {
    if (hits.some((h) => h.start < e && h.end > s)) continue;
    const piece = f.slice(s, e).replace(/\s+/g, " ").trim();
    if (!piece || FILLER.test(piece.replace(/[.…,:;!?()]+/g, " ").trim())) continue;
    const original = head
      .slice(s, e)
      .replace(/\s+/g, " ")
      .replace(/^[\s\-–—+*•.]+/u, "")
      .replace(/[\s.…,;:]+$/u, "")
      .trim();
    if (original) unknown.push(original);
  }
  return { text: t, roles, unknown };
}
