// The few strings the client-side special pages need (the error boundaries and the 404 body), copied from the
// message files so those client components do not send both whole message files (and date-fns, through the
// "@/lib/i18n" barrel) to every page's browser. tests/unit/shell-messages.test.ts keeps the copies equal.
import type { Locale } from "./config";

type ShellMessages = {
  site: { name: string };
  notFound: { title: string; body: string; home: string };
  error: { title: string; body: string; retry: string; home: string; reference: string };
};

const shell: Record<Locale, ShellMessages> = {
  nn: {
    site: { name: "Saman" },
    notFound: {
      title: "Fann ikkje sida",
      body: "Sida du leita etter, finst ikkje, eller ho har fått ny adresse.",
      home: "Gå til framsida",
    },
    error: {
      title: "Noko gjekk gale",
      body: "Vi klarte ikkje å vise sida akkurat no. Prøv igjen om litt. Held problemet fram, kan du kontakte samarbeidssekretariatet.",
      retry: "Prøv igjen",
      home: "Gå til framsida",
      reference: "Referanse for feilen: {digest}",
    },
  },
  nb: {
    site: { name: "Saman" },
    notFound: {
      title: "Fant ikke siden",
      body: "Siden du lette etter, finnes ikke, eller den har fått ny adresse.",
      home: "Gå til forsiden",
    },
    error: {
      title: "Noe gikk galt",
      body: "Vi klarte ikke å vise siden akkurat nå. Prøv igjen om litt. Hvis problemet fortsetter, kan du kontakte samarbeidssekretariatet.",
      retry: "Prøv igjen",
      home: "Gå til forsiden",
      reference: "Referanse for feilen: {digest}",
    },
  },
};

export function getShellMessages(lang: Locale): ShellMessages {
  return shell[lang];
}
