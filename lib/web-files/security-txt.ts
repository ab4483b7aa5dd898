// /.well-known/security.txt (RFC 9116): where to report a vulnerability. The contact is the secretariat's, as kept
// on /admin/kontakt (ContactSettings), so an edit there changes this file too; nothing is hard-coded.

/** How long a served file is valid. RFC 9116 §2.5.5 advises less than a year; the file is made per request. */
export const SECURITY_TXT_VALID_DAYS = 180;

export function buildSecurityTxt(options: { origin: string; email: string | null; now: Date }): string {
  const expires = new Date(options.now.getTime() + SECURITY_TXT_VALID_DAYS * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  const lines = [
    "# Saman. Meld frå om sårbarheiter til sekretariatet.",
    ...(options.email ? [`Contact: mailto:${options.email}`] : []),
    // The contact page always names the secretariat's current address and phone number.
    `Contact: ${options.origin}/kontakt`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    "Preferred-Languages: nn, nb, en",
    `Canonical: ${options.origin}/.well-known/security.txt`,
  ];
  return `${lines.join("\n")}\n`;
}
