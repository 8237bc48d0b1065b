import { describe, expect, it } from "vitest";
import { codeBlock, codeSpan } from "@/lib/changes/inert";

describe("content text in the changes report's Markdown", () => {
  it("is a code span fenced by more backticks than any run inside it, padded where it starts or ends with one", () => {
    expect(codeSpan("@someone")).toBe("`@someone`");
    expect(codeSpan("a ``b`` c")).toBe("```a ``b`` c```");
    expect(codeSpan("`x`")).toBe("`` `x` ``");
  });

  it("stays on one line, whatever breaks a line", () => {
    expect(codeSpan("one\ntwo\r\nthree\u2028four")).toBe("`one two three four`");
    expect(codeBlock(["a\nb"])).toEqual(["```text", "a b", "```"]);
  });

  it("is a code block whose fence no line inside can close", () => {
    expect(codeBlock(["````", "x"])).toEqual(["`````text", "````", "x", "`````"]);
  });
});
