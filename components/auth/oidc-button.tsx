"use client";
import { Button } from "@digdir/designsystemet-react";
import { signIn } from "next-auth/react";

/** Sign-in through the configured OpenID Connect provider (shown only when it is configured). */
export function OidcButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <Button type="button" variant="secondary" onClick={() => void signIn("oidc", { callbackUrl })}>
      {label}
    </Button>
  );
}
