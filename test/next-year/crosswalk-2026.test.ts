/** The TT17/18/19 → TT57/2026 crosswalk (crosswalk-2026.json): complete, every target real, lookups by edition. */
import { REGULATIONS, effectiveRegulation, findCriterion, regulationById } from "../../src/core/catalogue";
import { CROSSWALKS_2026, CROSSWALK_2026_SOURCE, crossCriterion, crosswalkFrom } from "../../src/core/catalogue/crosswalk-2026";
import { amendmentsInForce } from "../../src/core/context";

describe("crosswalk 2018 → TT57/2026", () => {
  const old2018 = REGULATIONS.filter((r) => r.form === "2018");

  it("has one crosswalk per 2018 regulation, to the TT57 annex of the same schools", () => {
    expect(CROSSWALKS_2026.map((c) => c.from).sort()).toEqual(old2018.map((r) => r.id).sort());
    for (const c of CROSSWALKS_2026) {
      const to = regulationById(c.to);
      expect(to.form).toBe("2026");
      for (const school of regulationById(c.from).schools) expect(to.schools).toContain(school);
    }
    expect(CROSSWALK_2026_SOURCE).toMatch(/No published correspondence table/);
  });

  it.each(old2018.map((r) => [r.id]))("%s: every criterion as issued has exactly one pair, and every target exists", (id) => {
    const reg = regulationById(id);
    const c = crosswalkFrom(id)!;
    const codes = reg.standards.flatMap((s) => s.criteria.map((x) => x.code));
    expect(c.pairs.map((p) => p.from).sort()).toEqual([...codes].sort());
    const to = regulationById(c.to);
    for (const p of c.pairs) {
      if (p.to !== null) expect(findCriterion(to, p.to)).toBeDefined();
      for (const a of p.also ?? []) expect(findCriterion(to, a)).toBeDefined();
      expect(p.reason.length).toBeGreaterThan(10);
      expect(p.reasonEn.length).toBeGreaterThan(10);
      // A null pair names in its reason where to look instead.
      if (p.to === null) expect(p.also?.length).toBeGreaterThan(0);
    }
  });

  it.each(old2018.map((r) => [r.id]))("%s: every criterion of an amendment's standards (TT22/2024) has a pair", (id) => {
    const reg = regulationById(id);
    const c = crosswalkFrom(id)!;
    for (const a of reg.amendments ?? []) {
      const codes = (a.standards ?? []).flatMap((s) => s.criteria.map((x) => x.code));
      const pairs = c.amended.find((x) => x.amendment === a.title)?.pairs ?? [];
      expect(pairs.map((p) => p.from).sort()).toEqual([...codes].sort());
      for (const p of pairs) if (p.to) expect(findCriterion(regulationById(c.to), p.to)).toBeDefined();
    }
  });

  it("follows DOMAIN.md's examples: standard 3 → 4.1, primary 5.2 → 3.1, 4.1 → 4.3, 1.1 → 1.1", () => {
    for (const id of ["TT19/2018", "TT17/2018", "TT18/2018"] as const) {
      const c = crosswalkFrom(id)!;
      expect(c.pairs.filter((p) => p.from.startsWith("3.")).every((p) => p.to === "4.1")).toBe(true);
      expect(c.pairs.find((p) => p.from === "4.1")?.to).toBe("4.3");
      expect(c.pairs.find((p) => p.from === "1.1")?.to).toBe("1.1");
    }
    expect(crosswalkFrom("TT17/2018")!.pairs.find((p) => p.from === "5.2")?.to).toBe("3.1");
    expect(crosswalkFrom("TT57/2026-PT")).toBeNull();
  });

  it("reads a 2025-2026 code by the amended edition, and a removed 3.4 by the text as issued", () => {
    const issued = regulationById("TT17/2018");
    const amendments = amendmentsInForce(issued, "2025-2026");
    const edition = effectiveRegulation(issued, amendments);
    const titles = amendments.map((a) => a.title);
    const amended = crossCriterion(edition, "3.2", titles)!;
    expect(amended.amendment).toBe("Thông tư 22/2024/TT-BGDĐT");
    expect(amended.old?.name).toBe("Các hạng mục công trình đảm bảo tiêu chuẩn cơ sở vật chất tối thiểu");
    expect(amended.target?.code).toBe("4.1");
    const removed = crossCriterion(edition, "3.6", titles)!;
    expect(removed.amendment).toBeUndefined();
    expect(removed.old?.name).toBe("Thư viện");
    expect(removed.target?.code).toBe("4.1");
    // Before 2025-2026 the same code is the text as issued.
    expect(crossCriterion(issued, "3.2")!.old?.name).toBe("Phòng học");
    const none = crossCriterion(issued, "5.4")!;
    expect(none.pair.to).toBeNull();
    expect(none.target).toBeUndefined();
    expect(crossCriterion(issued, "9.9")).toBeNull();
  });
});
