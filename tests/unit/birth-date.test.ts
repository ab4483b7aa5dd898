// A date of birth next to a name, or marked as a birth date, is found; ordinary dates and institution names are not.
import { describe, expect, it } from "vitest";
import { containsBirthDateNearName } from "@/lib/privacy/birth-date";

describe("containsBirthDateNearName", () => {
  it.each([
    "Kari Nordmann, 12.03.1945, vart skriven ut utan melding.",
    "Kari Nordmann (12.3.45) vart skriven ut utan melding.",
    "Pasienten Ola Nordmann 12/3-45 fekk feil legemiddelliste.",
    "12.03.1945 – Per Olsen kom til korttidsplass utan epikrise.",
    "Gjeld Anne-Lise Berg, fødd 12. mars 1945.",
    "O. Hansen 01-02-1950 fekk ikkje tilvising.",
    "Kvinne født 1945 vart skriven ut seint.",
    "Mann fødd i 1938 kom utan melding.",
    "Pasient f. 12.3.45 med feil i lista.",
    "Fødselsdato: 01.02.1950, epikrise mangla.",
    "Gutt fdt. 2019 vart tilvist to gonger.",
    "Eldre mann, F. 1940, utskriven utan varsel.",
    "Ola  Nordmann,\u00a012.03.1945",
    "Kari Nordmann 1\u200b2.03.1945",
  ])("finds %s", (text) => {
    expect(containsBirthDateNearName(text)).toBe(true);
  });

  it.each([
    "Møtet 12.03.2025 i områdeutvalet drøfta saka.",
    "Den 3.2.2026 vart det sendt melding til kommunen.",
    "Helse Bergen sende pleie- og omsorgsmelding 12.03.2026 utan svar.",
    "Haraldsplass Diakonale Sykehus varsla Voss herad 1.2.2026 for seint.",
    "Drøfta i Områdeutval Nordhordland 14. mars 2026.",
    "Pasienten vart meld utskrivingsklar utan at kommunen hadde fått pleie- og omsorgsmelding.",
    "Sjå tenesteavtale 5 § 6.2, jf. 2024-utgåva, og f.eks. rutinen frå 2023.",
    "Kari Nordmann ringde sengeposten fleire gonger.",
    "Avviket gjeld mars 2026 og vart drøfta i SSU.",
  ])("lets %s pass", (text) => {
    expect(containsBirthDateNearName(text)).toBe(false);
  });
});
