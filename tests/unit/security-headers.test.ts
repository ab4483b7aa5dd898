import { validateHeaderValue } from "node:http";
import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/downloads/headers";
import { contentSecurityPolicy } from "@/proxy";
import { safeLocalPath } from "@/lib/auth/request";
import { redact, truncateIp } from "@/lib/audit/mutations";

describe("download headers", () => {
  it("gives an ASCII fallback and the exact UTF-8 file name (RFC 6266)", () => {
    expect(contentDisposition("referat-ssu-2026-03-05.pdf")).toBe(`inline; filename="referat-ssu-2026-03-05.pdf"; filename*=UTF-8''referat-ssu-2026-03-05.pdf`);
    expect(contentDisposition('budsjett "Askøy" æøå.pdf')).toBe(
      `inline; filename="budsjett _Askoy_ aeoa.pdf"; filename*=UTF-8''budsjett%20%22Ask%C3%B8y%22%20%C3%A6%C3%B8%C3%A5.pdf`,
    );
  });
});

describe("download headers with hostile names (issue 17)", () => {
  it("never carries a control character, so Node accepts the header (no 500)", () => {
    for (const name of ["a\x00b.pdf", "a\r\nSet-Cookie: x=1.pdf", "a\x1b[31mb.pdf", "\u202eevil.pdf", "\x01\x02"]) {
      const header = contentDisposition(name, "attachment");
      expect(header).not.toMatch(/[\x00-\x1f\x7f]/);
      expect(() => validateHeaderValue("content-disposition", header)).not.toThrow();
    }
    expect(contentDisposition("a\r\nb.pdf")).toBe(`inline; filename="ab.pdf"; filename*=UTF-8''ab.pdf`);
  });
});

describe("content security policy", () => {
  it("allows scripts only with the nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123", false);
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toContain("'nonce-abc123'");
    expect(script).not.toContain("unsafe-inline");
    expect(script).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});

describe("small guards", () => {
  it("only redirects to local paths after sign-in", () => {
    expect(safeLocalPath("/admin")).toBe("/admin");
    expect(safeLocalPath("//evil.example/x")).toBe("/");
    expect(safeLocalPath("https://evil.example")).toBe("/");
    expect(safeLocalPath("/\\evil.example")).toBe("/");
  });

  it("keeps secrets and contact details out of audit entries", () => {
    expect(redact({ name: "Kari", email: "k@x.no", passwordHash: "$argon2id$…", phone: "99", roles: ["ADMIN"] })).toEqual({ name: "Kari", roles: ["ADMIN"] });
    expect(truncateIp("192.168.10.77")).toBe("192.168.10.0");
    expect(truncateIp("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::");
  });
});
