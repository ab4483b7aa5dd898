// The shared form kit: one error code per field from a zod error, the error summary's link texts, and a field's
// server-rendered HTML (what a user without JavaScript gets).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { summaryOf } from "@/components/forms/error-summary";
import { FixedValue } from "@/components/forms/choices";
import { describedBy, FormField, type ControlProps } from "@/components/forms/field";
import { firstFieldErrors } from "@/lib/forms/errors";

const schema = z
  .object({ title: z.string().min(1, "required").max(3, "tooLong"), email: z.email("email"), age: z.number() })
  .refine((v) => v.title !== "no", "crossField");

describe("firstFieldErrors", () => {
  it("keeps the first known code per field and maps unknown messages to the fallback", () => {
    const result = schema.safeParse({ title: "", email: "x", age: "1" });
    expect(result.success).toBe(false);
    if (!result.success) expect(firstFieldErrors(result.error, ["required", "tooLong", "email"] as const, "invalid")).toEqual({ title: "required", email: "email", age: "invalid" });
  });

  it("puts issues without a path under the root key, or drops them without one", () => {
    const result = schema.safeParse({ title: "no", email: "a@b.no", age: 1 });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(firstFieldErrors(result.error, ["crossField"] as const, "crossField")).toEqual({});
      expect(firstFieldErrors(result.error, ["crossField"] as const, "crossField", "form")).toEqual({ form: "crossField" });
    }
  });
});

describe("summaryOf", () => {
  const labels: Record<string, string> = { body: "Kva organ skal handsame saka?", title: "Tittel", other: "Anna" };
  const errors: Record<string, string> = { body: "Fyll ut feltet.", title: "Fyll ut feltet." };
  it("lists the fields with errors in the form's order, linked to their ids, without a colon after a question", () => {
    expect(summaryOf(["title", "other", "body"], (f) => errors[f], (f) => `case-${f}`, (f) => labels[f]!)).toEqual([
      { field: "case-title", message: "Tittel: Fyll ut feltet." },
      { field: "case-body", message: "Kva organ skal handsame saka? Fyll ut feltet." },
    ]);
  });
  it("joins with a space for messages phrased to follow the label", () => {
    expect(summaryOf(["title"], () => "må fyllast ut", (f) => f, () => "Tittel", " ")[0]!.message).toBe("Tittel må fyllast ut");
  });
});

describe("describedBy", () => {
  it("links the hint, the error and further ids, or nothing", () => {
    expect(describedBy("x", { hint: "h", error: "e", extra: ["x-counter"] })).toBe("x-hint x-error x-counter");
    expect(describedBy("x", { error: "e" })).toBe("x-error");
    expect(describedBy("x", {})).toBeUndefined();
  });
});

describe("FormField", () => {
  it("renders the label, hint, control and error linked by ids in the server HTML", () => {
    const html = renderToStaticMarkup(
      FormField({
        id: "case-partyId",
        label: "Part",
        hint: "Vel parten",
        error: "Fyll ut feltet.",
        children: (c: ControlProps) => createElement(FixedValue, { control: c, text: "Askøy kommune", hidden: { name: "partyId", defaultValue: "askoy" } }),
      }),
    );
    expect(html).toContain('<label for="case-partyId"');
    expect(html).toContain('id="case-partyId-hint"');
    expect(html).toContain('id="case-partyId-error"');
    expect(html).toMatch(/<input id="case-partyId" aria-describedby="case-partyId-hint case-partyId-error" aria-invalid="true" class="ds-input" readOnly="" value="Askøy kommune"\/>/);
    expect(html).toContain('<input type="hidden" name="partyId" value="askoy"/>');
    // The error follows the control (Designsystemet's order).
    expect(html.indexOf('id="case-partyId-error"')).toBeGreaterThan(html.indexOf('value="Askøy kommune"'));
  });
});
