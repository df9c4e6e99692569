// The person form's country suggestions come from the core once, and a failed ask is retried by the next form.
import { beforeEach, describe, expect, it, vi } from "vitest";

const countryList = vi.fn<() => Promise<string[]>>();
vi.mock("../ipc/ipc", () => ({ ipc: { countryList: () => countryList() } }));

describe("country codes", () => {
  beforeEach(() => {
    vi.resetModules();
    countryList.mockReset();
  });

  it("asks the core once however many forms open", async () => {
    countryList.mockResolvedValue(["CA", "FR"]);
    const { countries } = await import("./countries.svelte");
    await Promise.all([countries.load(), countries.load()]);
    await countries.load();
    expect(countries.codes, "the forms offer what the core accepts").toEqual(["CA", "FR"]);
    expect(countryList, "one IPC call per session, not one per form").toHaveBeenCalledTimes(1);
  });

  it("offers nothing while the core cannot answer, and asks again next time", async () => {
    countryList.mockRejectedValueOnce(new Error("no book")).mockResolvedValue(["FR"]);
    const { countries } = await import("./countries.svelte");
    await countries.load();
    expect(countries.codes, "no suggestions, but the form still works").toEqual([]);
    await countries.load();
    expect(countries.codes, "the next form gets the codes").toEqual(["FR"]);
  });
});
