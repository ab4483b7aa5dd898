// The edition a meeting download is given in (`?utgave=`), shared by the combined meeting document and the archive
// export. Without `utgave` the richest edition the viewer may have (the first of `allowed`); an edition the viewer may
// not have, or one that does not exist, gets the same bare 404 as an unknown meeting, and the attempt is audit-logged
// as DENIED – so the answer never tells whether a restricted edition exists.
import "server-only";
import { audit } from "@/lib/audit/mutations";
import { requestIp } from "@/lib/auth/request";
import type { Viewer } from "@/lib/auth/viewer";

export function downloadNotFound(): Response {
  return Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

export async function chooseEdition<Edition extends string>(
  request: Request,
  choice: {
    /** The editions the viewer may have, richest first. */
    allowed: readonly Edition[];
    /** Each edition's value of `utgave`. */
    param: Record<Edition, string>;
    viewer: Viewer;
    meetingId: string;
    /** The audit action of a refused download. */
    auditAction: string;
    now: Date;
  },
): Promise<Edition | null> {
  const asked = new URL(request.url).searchParams.get("utgave");
  const wanted = asked === null ? choice.allowed[0] : (Object.keys(choice.param) as Edition[]).find((edition) => choice.param[edition] === asked);
  if (wanted && choice.allowed.includes(wanted)) return wanted;
  await audit({
    actorId: choice.viewer.userId,
    action: choice.auditAction,
    outcome: "DENIED",
    entityType: "Meeting",
    entityId: choice.meetingId,
    ip: await requestIp(),
    at: choice.now,
  });
  return null;
}
