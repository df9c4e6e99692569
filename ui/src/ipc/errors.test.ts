// Every rejection becomes an ErrorBody, so screens branch on `code` and never meet `undefined`.
import { describe, expect, it } from "vitest";
import { IpcError, errorBodyOf, normaliseError } from "./errors";

describe("normaliseError", () => {
  it("passes an ErrorBody from the shell through unchanged", () => {
    const body = { code: "validation", message: "bad", fields: [{ field: "emails.1", message: "not an e-mail" }] };
    expect(normaliseError(body)).toEqual(body);
  });

  it("fills in missing fields on an otherwise valid body", () => {
    expect(normaliseError({ code: "not_found", message: "gone" })).toEqual({ code: "not_found", message: "gone", fields: [] });
  });

  it("drops malformed field entries instead of crashing the form", () => {
    const out = normaliseError({ code: "validation", message: "", fields: [{ field: "city" }, 3, null, { message: "x" }] });
    expect(out.fields).toEqual([{ field: "city", message: "" }]);
  });

  it("treats Tauri's own string rejections as internal", () => {
    expect(normaliseError("command person_frobnicate not found")).toEqual({
      code: "internal",
      message: "command person_frobnicate not found",
      fields: [],
    });
  });

  it("treats an unknown code as internal rather than trusting it", () => {
    expect(normaliseError({ code: "teapot", message: "short and stout" }).code).toBe("internal");
  });

  it("keeps the message of a thrown Error", () => {
    expect(normaliseError(new TypeError("x is undefined"))).toEqual({ code: "internal", message: "x is undefined", fields: [] });
  });

  it("copes with undefined, null and numbers", () => {
    expect(normaliseError(undefined).code).toBe("internal");
    expect(normaliseError(null)).toEqual({ code: "internal", message: "null", fields: [] });
    expect(normaliseError(42).message).toBe("42");
  });
});

describe("IpcError", () => {
  it("carries the body and its code for `catch` blocks", () => {
    const e = new IpcError({ code: "disk_full", message: "no space", fields: [] });
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe("disk_full");
    expect(errorBodyOf(e)).toBe(e.body);
    expect(errorBodyOf("boom").code).toBe("internal");
  });
});

describe("field rules", () => {
  it("keeps the rule the core named, and drops one it does not know", () => {
    const out = normaliseError({ code: "validation", message: "", fields: [{ field: "name", message: "m", rule: "required" }, { field: "x", message: "m", rule: "bogus" }] });
    expect(out.fields).toEqual([{ field: "name", message: "m", rule: "required" }, { field: "x", message: "m" }]);
  });
});
