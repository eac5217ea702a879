/**
 * The pane's "Lập kế hoạch năm học mới" (src/ui/next-year.ts), without a DOM:
 * the host is asked to create the draft, the summary says what was carried,
 * left out and is to choose; failures are sentences. And the crosswalk the
 * criteria tab shows for the plan's old regulation.
 */
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { readPlan } from "../../src/core/read";
import { contextOf, withOverrides } from "../../src/core/context";
import type { Draft2026 } from "../../src/core/forms/draft";
import type { Plan } from "../../src/core/plan";
import { createNextYearPlan, crosswalkView, nextYearOf } from "../../src/ui/next-year";
import { FakeHost } from "../ui/fake-host";
import { plan2018 } from "./plans";

/** The fake host (its createPlan lays the draft out as a new sheet), with the drafts it was handed. */
class CreatingHost extends FakeHost {
  get drafts(): Draft2026[] {
    return this.callsOf("createPlan").map((a) => a[0] as Draft2026);
  }
}

let last: Plan;
beforeAll(async () => {
  const r = readPlan(await snapshotFromXlsx(await plan2018()));
  if (!r.ok) throw new Error(r.error.code);
  last = r.plan;
});

describe("Lập kế hoạch năm học mới", () => {
  test("hands the draft to the host and summarises it", async () => {
    const host = new CreatingHost();
    expect(nextYearOf(last)).toBe("2026-2027");
    const r = await createNextYearPlan(host, last, { lang: "vi" });
    if (!r.ok) throw new Error(r.error);
    expect(host.drafts).toHaveLength(1);
    expect(host.drafts[0].schoolYear).toBe("2026-2027");
    expect(host.drafts[0].rows).toHaveLength(6);
    expect(r.where).toBe("Kế hoạch CTCL 2026-2027");
    expect(r.summary.title).toBe(
      "Đã tạo bản nháp kế hoạch năm học 2026-2027 theo Thông tư 57/2026/TT-BGDĐT ngày 07/7/2026, Phụ lục II (cơ sở giáo dục phổ thông): Kế hoạch CTCL 2026-2027",
    );
    expect(r.summary.lines[0]).toBe("Từ kế hoạch năm học 2025-2026 (TT17/2018): 6 dòng mang sang, 1 dòng đã hoàn thành không mang sang.");
    expect(r.summary.lines[1]).toMatch(/^Cơ quan chủ quản: "PHÒNG GD&ĐT HUYỆN MƯỜNG ẢNG" → "UBND XÃ\/PHƯỜNG …"/);
    expect(r.summary.leftOut).toEqual(["Dòng 10: Tiêu chí 1.10: Đảm bảo an ninh trật tự, an toàn trường học — Đã hoàn thành"]);
    expect(r.summary.toChoose).toHaveLength(2);
    expect(r.summary.toChoose[0]).toMatch(/^TT 4: "Công tác phổ cập giáo dục tiểu học" — Thông tư 57\/2026 không có tiêu chí về phổ cập/);
    expect(r.summary.toChoose[1]).toMatch(/^TT 6: "Kế hoạch giáo dục có tham khảo chương trình giáo dục tiên tiến" — Thông tư 57\/2026 chỉ có Mức 1–2/);
    expect(r.summary.toFill).toMatch(/mục IV: .* của 3 vấn đề .*mục V: .* của 6 dòng/);
  });

  test("in English when the pane is", async () => {
    const r = await createNextYearPlan(new CreatingHost(), last, { lang: "en" });
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.title).toMatch(/^Draft plan for 2026-2027 on /);
    expect(r.summary.toChoose[0]).toMatch(/^No\. 4: .* — Thông tư 57\/2026 has no criterion on universal education/);
    expect(host0Notes(r.result.draft)).toMatch(/^Last year: /);
  });

  test("failures are sentences: no plan, a host without createPlan, the host's own error", async () => {
    expect(await createNextYearPlan(new CreatingHost(), null, { lang: "vi" })).toEqual({ ok: false, error: "Hãy mở một kế hoạch trước." });
    const plain = new FakeHost();
    // A host without the optional createPlan.
    Object.defineProperty(plain, "createPlan", { value: undefined });
    const none = await createNextYearPlan(plain, last, { lang: "vi" });
    expect(none).toEqual({ ok: false, error: expect.stringMatching(/^Nơi đang dùng chưa tạo được bảng tính mới\. Hãy dùng lệnh: ctcl next-year/) });
    const failing = new CreatingHost();
    failing.createPlanError = "Sổ tính đang được bảo vệ.";
    expect(await createNextYearPlan(failing, last, { lang: "vi" })).toEqual({ ok: false, error: "Sổ tính đang được bảo vệ." });
    // A level the user chose of a regulation before TT57: refused in one sentence, nothing created.
    const early = await createNextYearPlan(failing, last, { lang: "vi", schoolYear: "2025-2026" });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error).toMatch(/^Năm học 2025-2026 chưa áp dụng Thông tư 57\/2026/);
  });
});

function host0Notes(d: Draft2026): string {
  return d.rows[0].notes?.content ?? "";
}

describe("the crosswalk in the criteria tab", () => {
  test("for a 2025-2026 primary plan: the amended standard 3, then the removed 3.4–3.6, each with its reason", () => {
    const view = crosswalkView(contextOf(last), "vi")!;
    expect(view.from).toBe("TT17/2018");
    expect(view.to).toBe("TT57/2026-PT");
    expect(view.items.map((i) => i.from)).toEqual([
      "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10",
      "2.1", "2.2", "2.3", "2.4",
      "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
      "4.1", "4.2",
      "5.1", "5.2", "5.3", "5.4", "5.5",
    ]);
    const byCode = new Map(view.items.map((i) => [i.from, i]));
    expect(byCode.get("3.1")).toMatchObject({ fromName: "Địa điểm, quy mô, diện tích", to: "4.1", removed: false });
    expect(byCode.get("3.6")).toMatchObject({ fromName: "Thư viện", to: "4.1", removed: true });
    expect(byCode.get("5.2")).toMatchObject({ to: "3.1", toName: "Tổ chức thực hiện chương trình giáo dục" });
    expect(byCode.get("5.4")).toMatchObject({ to: null, toName: "", also: ["3.4", "4.3"] });
    expect(byCode.get("4.1")?.reason).toBe("Ban đại diện cha mẹ học sinh: phối hợp với gia đình.");
    expect(view.level4).toMatch(/^Thông tư 57\/2026 chỉ có Mức 1–2/);
  });

  test("before 2025-2026 the text as issued; in English; none for a TT57 plan", () => {
    const old = withOverrides(last, { schoolYear: "2023-2024" });
    const view = crosswalkView(contextOf(old), "en")!;
    expect(view.items.find((i) => i.from === "3.2")).toMatchObject({ fromName: "Phòng học", to: "4.1", removed: false, reason: "Classrooms are facilities." });
    const tt57 = withOverrides(last, { schoolYear: "2026-2027" });
    expect(crosswalkView(contextOf(tt57), "vi")).toBeNull();
    expect(crosswalkView(null, "vi")).toBeNull();
  });
});
