import { notFound } from "next/navigation";

// Any path under a language that no page matches: 404 with the language's own not-found page (app/[lang]/
// not-found.tsx inside the site layout), instead of the bare global one.
export default function UnknownPage(): never {
  notFound();
}
