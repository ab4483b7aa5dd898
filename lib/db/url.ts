// Where the database is. Production sets DATABASE_URL to a PostgreSQL server; the embedded default is the PGlite
// server that `npm start` launches on 127.0.0.1 (port EMBEDDED_DB_PORT, default 54329).
export const DEFAULT_EMBEDDED_PORT = 54329;

export function embeddedPort(): number {
  return Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT);
}

export function embeddedUrl(port: number = embeddedPort()): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres`;
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || embeddedUrl();
}
