import { NotFoundContent } from "@/components/i18n/not-found-content";

// Rendered inside the language's layout for notFound() and for unknown paths (app/[lang]/[...rest]).
export default function NotFound() {
  return <NotFoundContent />;
}
