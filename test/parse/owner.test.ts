import { OWNER_ROLES, parseOwner } from "../../src/core/parse/owner";

type Row = [text: string, roles: string[], unknown: string[]];

// Every owner cell of the seeds and example workbooks.
const SEEDS: Row[] = [
  [
    "- CB-GV-NV\n- Phối hợp cùng ban nghành đoàn thể xã, hội cha mẹ học sinh...",
    ["Cán bộ", "Giáo viên", "Nhân viên", "Ban ngành đoàn thể", "Ban đại diện cha mẹ học sinh"],
    [],
  ],
  ["CB-GV", ["Cán bộ", "Giáo viên"], []],
  ["Phòng Cán bộ quản lý Kế hoạch và tài chính", ["Cán bộ quản lý"], ["tài chính"]],
  ["Phòng GD&ĐT huyện\nBGH", ["Phòng GD&ĐT", "Ban giám hiệu"], []],
  ["- BGH\n- Y sĩ\n- Giáo viên\n- Cha mẹ trẻ", ["Ban giám hiệu", "Nhân viên y tế", "Giáo viên", "Cha mẹ học sinh"], []],
  ["Hiệu trưởng", ["Hiệu trưởng"], []],
  ["Hiêu trưởng", ["Hiệu trưởng"], []],
  [
    "Ban chi ủy, BGH, Bí thư đoàn, Tổng phụ trách Đội, Giáo viên, CNV",
    ["Chi bộ", "Ban giám hiệu", "Bí thư đoàn", "Tổng phụ trách Đội", "Giáo viên", "Nhân viên"],
    [],
  ],
  ["BGH, Giáo viên, Công nhân viên", ["Ban giám hiệu", "Giáo viên", "Nhân viên"], []],
  ["BGH, Giáo viên, Công nhân viên ,", ["Ban giám hiệu", "Giáo viên", "Nhân viên"], []],
  ["BGH, Các tổ trưởng CM, Giáo viên, Công nhân viên", ["Ban giám hiệu", "Tổ trưởng chuyên môn", "Giáo viên", "Nhân viên"], []],
  [
    "- Giáo viên chủ nhiệm các lớp.\n- Tổng phụ trách Đội TNTP HCM\n- Giáo viên phụ trách Câu lạc bộ rèn Kĩ năng sống cho Học sinh.\n- Phụ huynh học sinh",
    ["Giáo viên chủ nhiệm", "Tổng phụ trách Đội", "Giáo viên", "Học sinh", "Cha mẹ học sinh"],
    [],
  ],
  [
    "-  BGH cần lắng nghe những tâm tư nguyện vọng chính đáng của các thành viên trong và ngoài nhà trường, quan tâm đến những ý kiến đóng góp của mọi người.",
    ["Ban giám hiệu"],
    ["ngoài nhà trường", "quan tâm đến những ý kiến đóng góp của mọi người"],
  ],
  ["Hiệu trưởng, Cán bộ giáo viên, nhân viên", ["Hiệu trưởng", "Cán bộ", "Giáo viên", "Nhân viên"], []],
  ["Ban giám hiệu + giáo viên giảng dạy Tiếng Anh; GV tin học", ["Ban giám hiệu", "Giáo viên"], []],
  ["+ Ban  giám hiệu, giáo viên", ["Ban giám hiệu", "Giáo viên"], []],
  ["Ban giám hiệu+ Tổ trưởng tổ văn phòng", ["Ban giám hiệu", "Tổ trưởng văn phòng"], []],
  ["Ban giám hiệu, giáo viên, phụ huynh học sinh,", ["Ban giám hiệu", "Giáo viên", "Cha mẹ học sinh"], []],
  ["Ban giám hiệu", ["Ban giám hiệu"], []],
  ["Ban giám hiệu; GV, NV, chính quyền các cấp", ["Ban giám hiệu", "Giáo viên", "Nhân viên", "Chính quyền địa phương"], []],
  ["Ban giám hiệu; GV, NV, phụ huynh, các nhà hảo tâm", ["Ban giám hiệu", "Giáo viên", "Nhân viên", "Cha mẹ học sinh", "Các nhà hảo tâm"], []],
  ["BGH, giáo viên, phụ huynh học sinh", ["Ban giám hiệu", "Giáo viên", "Cha mẹ học sinh"], []],
  ["Hiệu trưởng, kế toán, giáo viên.", ["Hiệu trưởng", "Kế toán", "Giáo viên"], []],
  [
    "Ban giám hiệu, giáo viên, các nhà hảo tâm, trưởng bản và nhân dân.",
    ["Ban giám hiệu", "Giáo viên", "Các nhà hảo tâm", "Trưởng bản", "Nhân dân"],
    [],
  ],
  ["Ban giám hiệu và giáo viên, phụ huynh", ["Ban giám hiệu", "Giáo viên", "Cha mẹ học sinh"], []],
  ["BGH, Kế toán", ["Ban giám hiệu", "Kế toán"], []],
  ["Ban giám hiệu, giáo viên, phụ huynh học sinh.", ["Ban giám hiệu", "Giáo viên", "Cha mẹ học sinh"], []],
  ["Đảng Ủy xã, đoàn xã, ban giám hiệu, giáo viên và nhân dân", ["Đảng ủy xã", "Đoàn thanh niên", "Ban giám hiệu", "Giáo viên", "Nhân dân"], []],
  ["Ban giám hiệu, giáo viên,  học sinh và  nhân dân.", ["Ban giám hiệu", "Giáo viên", "Học sinh", "Nhân dân"], []],
  ["Ban giám hiệu, giáo viên.", ["Ban giám hiệu", "Giáo viên"], []],
  ["Ban giám hiệu, giáo viên, nhân viên, học sinh.", ["Ban giám hiệu", "Giáo viên", "Nhân viên", "Học sinh"], []],
  ["Ban giám hiệu, giáo viên,trưởng bản và nhân dân.", ["Ban giám hiệu", "Giáo viên", "Trưởng bản", "Nhân dân"], []],
  ["Ban giám hiệu, giáo viên, học sinh.", ["Ban giám hiệu", "Giáo viên", "Học sinh"], []],
  ["Bí thư chi \nbộ", ["Bí thư chi bộ"], []],
  ["Phó hiệu \ntrưởng, các \ntổ chuyên \nmôn", ["Phó hiệu trưởng", "Tổ chuyên môn"], []],
  ["Hiệu trưởng phối hợp với tổ chuyên môn", ["Hiệu trưởng", "Tổ chuyên môn"], []],
  ["Cán bộ quản lý và giáo viên", ["Cán bộ quản lý", "Giáo viên"], []],
  ["Hiệu trưởng và nhân viên thư viện-thiết bị", ["Hiệu trưởng", "Nhân viên thư viện"], []],
  ["Hiệu \ntrưởng;  \nĐược lãnh \nđạo cấp trên \nthông qua", ["Hiệu trưởng", "Lãnh đạo cấp trên"], []],
  ["Hiệu trửởng; Lãnh đạo cấp trên duyệt", ["Hiệu trưởng", "Lãnh đạo cấp trên"], []],
  ["Hiệu trưởng, nhân viên thư viện", ["Hiệu trưởng", "Nhân viên thư viện"], []],
  ["Ban giám hiệu, GV, nhân viên nhà trường.", ["Ban giám hiệu", "Giáo viên", "Nhân viên"], []],
  ["Phó hiệu trưởng, giáo viên chủ nhiệm", ["Phó hiệu trưởng", "Giáo viên chủ nhiệm"], []],
  ["Cán bộ quản lý; Giáo viên chủ nhiệm", ["Cán bộ quản lý", "Giáo viên chủ nhiệm"], []],
];

// Abbreviations and forms of DOMAIN.md and the brief.
const FORMS: Row[] = [
  ["BGH, Giáo viên, Công nhân viên", ["Ban giám hiệu", "Giáo viên", "Nhân viên"], []],
  ["Phó HT, Tổ trưởng CM", ["Phó hiệu trưởng", "Tổ trưởng chuyên môn"], []],
  ["HT, PHT", ["Hiệu trưởng", "Phó hiệu trưởng"], []],
  ["HT/PHT", ["Hiệu trưởng", "Phó hiệu trưởng"], []],
  ["GVCN, GV bộ môn", ["Giáo viên chủ nhiệm", "Giáo viên"], []],
  ["CB, GV, NV", ["Cán bộ", "Giáo viên", "Nhân viên"], []],
  ["CBQL, GV", ["Cán bộ quản lý", "Giáo viên"], []],
  ["TPT Đội, CMHS", ["Tổng phụ trách Đội", "Cha mẹ học sinh"], []],
  ["PHHS", ["Cha mẹ học sinh"], []],
  ["BĐD CMHS", ["Ban đại diện cha mẹ học sinh"], []],
  ["Ban đại diện cha mẹ học sinh", ["Ban đại diện cha mẹ học sinh"], []],
  ["Trưởng ban đại diện CMHS", ["Ban đại diện cha mẹ học sinh"], []],
  ["Phòng GDĐT; Phòng Giáo dục và Đào tạo", ["Phòng GD&ĐT"], []],
  ["UBND xã, Công đoàn", ["UBND xã", "Công đoàn"], []],
  ["Chủ tịch Công đoàn", ["Công đoàn"], []],
  ["Chi bộ, Đoàn thanh niên", ["Chi bộ", "Đoàn thanh niên"], []],
  ["Bí thư Đoàn trường", ["Bí thư đoàn"], []],
  ["Nhân viên y tế, kế toán", ["Nhân viên y tế", "Kế toán"], []],
  ["Hội đồng trường", ["Hội đồng trường"], []],
  ["Hội đồng tự đánh giá / HĐTĐG", ["Hội đồng tự đánh giá"], []],
  ["Các mạnh thường quân", ["Các nhà hảo tâm"], []],
  ["Hiệu trưởng - Phó hiệu trưởng", ["Hiệu trưởng", "Phó hiệu trưởng"], []],
  ["Hiệu trưởng, thủ quỹ", ["Hiệu trưởng"], ["thủ quỹ"]],
  ["", [], []],
];

describe("parseOwner", () => {
  test.each(SEEDS)("seed %j", (text, roles, unknown) => {
    const o = parseOwner(text);
    expect(o.roles).toEqual(roles);
    expect(o.unknown).toEqual(unknown);
  });

  test.each(FORMS)("%j", (text, roles, unknown) => {
    const o = parseOwner(text);
    expect(o.roles).toEqual(roles);
    expect(o.unknown).toEqual(unknown);
  });

  test("text is NFC and trimmed; NFD input finds the same roles", () => {
    const o = parseOwner("  Ban giám hiệu, Giáo viên  ".normalize("NFD"));
    expect(o.text).toBe("Ban giám hiệu, Giáo viên");
    expect(o.roles).toEqual(["Ban giám hiệu", "Giáo viên"]);
  });

  test("a sentence without any role is one unknown piece", () => {
    expect(parseOwner("Được lãnh đạo duyệt").unknown).toEqual(["Được lãnh đạo duyệt"]);
  });

  test("role names in the table are unique, NFC, and every pattern is on folded text", () => {
    const names = OWNER_ROLES.map((r) => r.role);
    expect(new Set(names).size).toBe(names.length);
    for (const r of OWNER_ROLES) {
      expect(r.role).toBe(r.role.normalize("NFC"));
      for (const p of r.patterns) expect(p.source).not.toMatch(/[A-ZÀ-ỹđ]/u);
    }
  });
});
