// A claim's receipts as download links with file name and size – shown only when the one receipt policy
// (lib/fees/policy.ts canDownloadReceipt, the same function the download route asks) says this viewer may download
// them. Server component: the policy and the viewer never reach the browser.
import { formatSize } from "@/components/public/document-list";
import type { Viewer } from "@/lib/auth/viewer";
import type { ReceiptMeta } from "@/lib/fees/data";
import { canDownloadReceipt } from "@/lib/fees/policy";
import { type Locale, getTranslator } from "@/lib/i18n";

export const receiptPath = (id: string) => `/api/honorar/kvittering/${encodeURIComponent(id)}`;

export function ReceiptLinks({ lang, viewer, claim, empty }: { lang: Locale; viewer: Viewer; claim: { userId: string; receipts: ReceiptMeta[] }; empty?: string }) {
  const f = getTranslator(lang, "fees");
  if (!canDownloadReceipt(viewer, claim)) return null;
  if (claim.receipts.length === 0) return empty ? <span>{empty}</span> : null;
  return (
    <ul className="grid gap-1" data-testid="fee-receipts">
      {claim.receipts.map((r) => (
        <li key={r.id} className="[overflow-wrap:anywhere]">
          <a className="ds-link" href={receiptPath(r.id)} download={r.fileName}>
            {f("page.receipt", { file: r.fileName, size: formatSize(lang, r.size) })}
          </a>
        </li>
      ))}
    </ul>
  );
}
