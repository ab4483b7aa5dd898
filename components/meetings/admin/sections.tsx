// The sections of a meeting's admin page (server components), one component per file.
export { AgendaSection } from "./agenda-section";
export { DecisionsSection } from "./decisions-section";
export { DocumentsSection } from "./documents-section";
export { MinutesSection } from "./minutes-section";
