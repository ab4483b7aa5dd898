// ?body= takes an id or a slug; both are stable.
export function bodyWhere(body: string | undefined): { body?: { OR: [{ id: string }, { slug: string }] } } {
  return body ? { body: { OR: [{ id: body }, { slug: body }] } } : {};
}
