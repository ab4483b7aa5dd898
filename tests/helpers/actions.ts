// For integration tests that call server actions as a signed-in user: a real session row and its cookie value (the
// test's own next/headers mock returns it), and the path a server action redirected to.

/** A session for this user, as the cookie value the portal would have set at sign-in. */
export async function sessionTokenFor(userId: string): Promise<string> {
  const { createSession } = await import("@/lib/auth/mutations");
  const { encodeSessionToken } = await import("@/lib/auth/cookie");
  return encodeSessionToken(await createSession(userId, new Date()));
}

/** The path a server action redirected to (Next signals a redirect by throwing); anything else fails the test. */
export async function redirected(promise: Promise<unknown>): Promise<string> {
  try {
    throw new Error(`expected a redirect, got ${JSON.stringify(await promise)}`);
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? error);
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2]!;
  }
}

/** Form data as a browser posts it (lang first). */
export function formOf(fields: Record<string, string>, lang = "nn"): FormData {
  const fd = new FormData();
  fd.append("lang", lang);
  for (const [name, value] of Object.entries(fields)) fd.append(name, value);
  return fd;
}
