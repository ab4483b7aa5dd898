import { Button, Label, Select, SelectOption } from "@digdir/designsystemet-react";
import { localize, type Locale, getTranslator } from "@/lib/i18n";
import type { AreaOption } from "@/lib/deviations/data";

/** A plain GET form (works without JavaScript): area (when the viewer may choose) and year. */
export function FilterForm({
  lang,
  action,
  areas,
  areaSlug,
  years,
  year,
  allowAll,
}: {
  lang: Locale;
  action: string;
  areas: AreaOption[];
  areaSlug: string;
  years: number[];
  year: number;
  allowAll: boolean;
}) {
  const m = getTranslator(lang, "deviations.filter");
  return (
    <form method="get" action={action} className="mt-8 flex flex-wrap items-end gap-4" aria-label={m("legend")}>
      {areas.length > 0 ? (
        <div className="grid gap-1">
          <Label htmlFor="filter-area">{m("area")}</Label>
          <Select id="filter-area" name="omrade" defaultValue={areaSlug}>
            {allowAll ? <SelectOption value="">{m("allAreas")}</SelectOption> : null}
            {areas.map((a) => (
              <SelectOption key={a.id} value={a.slug}>
                {localize(lang, a.name, a.nameNb)}
              </SelectOption>
            ))}
          </Select>
        </div>
      ) : null}
      <div className="grid gap-1">
        <Label htmlFor="filter-year">{m("year")}</Label>
        <Select id="filter-year" name="ar" defaultValue={String(year)}>
          {years.map((y) => (
            <SelectOption key={y} value={String(y)}>
              {y}
            </SelectOption>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        {m("submit")}
      </Button>
    </form>
  );
}
