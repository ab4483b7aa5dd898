// Stable ids: every seeded row has a readable, fixed id, so a second run finds it and creates nothing new.
export const pad = (n: number, width = 3) => String(n).padStart(width, "0");

export const ids = {
  area: (slug: string) => `seed-area-${slug}`,
  party: (slug: string) => `seed-party-${slug}`,
  body: (slug: string) => `seed-body-${slug}`,
  task: (bodySlug: string, position: number) => `seed-task-${bodySlug}-${pad(position, 2)}`,
  person: (n: number) => `seed-person-${pad(n)}`,
  membership: (bodySlug: string, n: number) => `seed-ms-${bodySlug}-${pad(n, 2)}`,
  deputy: (bodySlug: string, n: number) => `seed-ms-${bodySlug}-${pad(n, 2)}-vara`,
  meeting: (bodySlug: string, date: string) => `seed-mtg-${bodySlug}-${date}`,
  agendaItem: (meetingId: string, position: number) => `${meetingId}-ai-${pad(position, 2)}`,
  case: (key: string) => `seed-case-${key}`,
  caseNumber: (bodySlug: string, year: number, sequence: number) => `seed-cn-${bodySlug}-${year}-${pad(sequence)}`,
  decision: (agendaItemId: string) => `${agendaItemId}-vedtak`,
  minutes: (meetingId: string) => `${meetingId}-referat`,
  document: (key: string) => `seed-doc-${key}`,
  plan: (year: number) => `seed-plan-${year}`,
  planPart: (year: number, part: number) => `seed-plan-${year}-del-${part}`,
  measure: (year: number, code: string) => `seed-measure-${year}-${code.replace(".", "-")}`,
  agreement: (slug: string) => `seed-agreement-${slug}`,
  agreementVersion: (slug: string, label: string) => `seed-agreement-${slug}-v-${label}`,
  review: (year: number, slug: string) => `seed-review-${year}-${slug}`,
  news: (slug: string) => `seed-news-${slug}`,
  deviation: (year: number, n: number) => `seed-avvik-${year}-${pad(n, 2)}`,
};
