// The mapping screen's rules: what a change of field does, which mappings may run, what the user is shown.
import { describe, expect, it } from "vitest";
import type { ColumnMap } from "../../ipc/interchange";
import { delimiterKey, exampleOf, initialMapping, problemColumns, sameMapping, setField, setPlatform } from "./mapping";

const preview = {
  headers: ["Prénom", "Nom", "E-mail", "Instagram", "Abonnés"],
  mapping: [{ field: "first_name" }, { field: "last_name" }, { field: "email" }, { field: "handle", platform: "instagram" }] as ColumnMap[],
  rows: [
    { line: 2, cells: ["", "Martin", "lea@example.fr", "@lea", "12 500"], problems: [] },
    { line: 3, cells: ["Hugo", "Bernard", "hugo@@example", "@hugo", "45k"], problems: [{ line: 3, field: "E-mail", message: "bad" }] },
  ],
};

describe("mapping state", () => {
  it("pads a short guessed mapping with ignore, so every column has a select", () => {
    const m = initialMapping(preview);
    expect(m).toHaveLength(5);
    expect(m[4]).toEqual({ field: "ignore" });
    expect(m[3]).toEqual({ field: "handle", platform: "instagram" });
  });

  it("does not share objects with the preview, so editing never changes what the core sent", () => {
    const m = initialMapping(preview);
    const changed = setField(m, 0, "display_name");
    expect(preview.mapping[0]?.field).toBe("first_name");
    expect(changed[0]?.field).toBe("display_name");
    expect(sameMapping(m, initialMapping(preview))).toBe(true);
    expect(sameMapping(changed, m)).toBe(false);
  });

  it("keeps a column's platform only while its field uses one", () => {
    const m = initialMapping(preview);
    expect(setField(m, 3, "followers")[3]).toEqual({ field: "followers", platform: "instagram" });
    expect(setField(m, 3, "city")[3]).toEqual({ field: "city" });
    expect(setPlatform(m, 3, null)[3]).toEqual({ field: "handle" });
    expect(setPlatform(m, 3, "tiktok")[3]).toEqual({ field: "handle", platform: "tiktok" });
  });
});

describe("what the screen shows", () => {
  it("shows the first non-empty value of a column as its example", () => {
    expect(exampleOf(preview, 0)).toBe("Hugo");
    expect(exampleOf(preview, 2)).toBe("lea@example.fr");
    expect(exampleOf({ rows: [{ line: 2, cells: ["x".repeat(60)], problems: [] }] }, 0)).toHaveLength(40);
  });

  it("names the detected delimiter", () => {
    expect(delimiterKey(";")).toBe("io.delim.semicolon");
    expect(delimiterKey("\t")).toBe("io.delim.tab");
    expect(delimiterKey(",")).toBe("io.delim.comma");
  });

  it("marks the cells a row's problems are about, by column header", () => {
    expect([...problemColumns(preview, [{ field: "E-mail" }, { field: "nowhere" }])]).toEqual([2]);
  });
});
