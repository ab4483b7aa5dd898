// Password hashing: argon2id (the library's default algorithm) with its default, OWASP-level cost parameters.
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random string: verifying against it when an account does not exist costs as much as a real
// check, so the response time tells nothing about which e-mail addresses have accounts.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await (dummyHash ??= hash(crypto.randomUUID()))), password);
  } catch {
    return false;
  }
}
