import { describe, expect, it } from "vitest";
import { diffItems } from "@/lib/changes/items";

const diff = (before: string[], after: string[]) => diffItems(before, after, String);

describe("matching a list's items before and after an edit", () => {
  it("keeps unchanged items out of the changes, even when they repeat", () => {
    expect(diff(["a", "b", "b"], ["a", "b", "b"])).toEqual({ added: [], removed: [], reworded: [], reordered: false });
  });

  it("says the order changed when an item moved word for word", () => {
    expect(diff(["Recruit", "Train", "Pay"], ["Pay", "Recruit", "Train"])).toEqual({ added: [], removed: [], reworded: [], reordered: true });
  });

  it("pairs an item that moved and kept most of its words as reworded", () => {
    const changes = diff(["Recruit new employees", "Train staff", "Pay people"], ["Train staff", "Pay people", "Recruit new employees quickly"]);
    expect(changes.reworded).toEqual([{ before: "Recruit new employees", after: "Recruit new employees quickly" }]);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
    expect(changes.reordered).toBe(true);
  });

  it("tells an item removed and another added elsewhere apart from a rewording", () => {
    const changes = diff(["Recruit new employees", "Train staff", "Pay people"], ["Train staff", "Pay people", "Audit the payroll"]);
    expect(changes).toEqual({ added: ["Audit the payroll"], removed: ["Recruit new employees"], reworded: [], reordered: false });
  });

  it("pairs the most alike of several items rewritten between the same neighbours", () => {
    const changes = diff(["Start", "Write reports", "Review budgets", "End"], ["Start", "Review the budgets", "End"]);
    expect(changes.reworded).toEqual([{ before: "Review budgets", after: "Review the budgets" }]);
    expect(changes.removed).toEqual(["Write reports"]);
  });
});
