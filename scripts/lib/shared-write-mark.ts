// The front server's view of writes on every instance (issue 18 item 1/2): the newest time any cache tag was
// revalidated, from the "CacheTag" table the shared cache handler writes (lib/cache/pg-cache-handler.mjs). A cached
// anonymous page rendered before that time is rendered again, so a write on another instance shows on the next request
// here too. Raw pg, like the handler: one small query per cached page served; scripts may not use the app's Prisma
// client (it is `server-only` territory) and need nothing else from it.
import pg from "pg";

export function sharedWriteMark(databaseUrl: string): { read: () => Promise<string>; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, allowExitOnIdle: true });
  pool.on("error", () => {}); // an idle connection lost: the next read opens another (a failed read is a miss)
  return {
    read: async () => {
      const { rows } = await pool.query<{ mark: string }>(
        `SELECT COALESCE(max(GREATEST(COALESCE("staleAt", 0), CASE WHEN "expiredAt" <= (extract(epoch from clock_timestamp()) * 1000)::bigint THEN "expiredAt" ELSE 0 END)), 0)::text AS mark FROM "CacheTag"`,
      );
      return rows[0]?.mark ?? "0";
    },
    close: () => pool.end(),
  };
}
