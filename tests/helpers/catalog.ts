// A comparable description of the public schema: tables, columns, constraints, indexes, enums.
import pg from "pg";

export async function describeSchema(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const lines = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((r) => r.line).sort();
  try {
    return {
      columns: await lines(`
        SELECT table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' ||
               coalesce(column_default, '-') AS line
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`),
      constraints: await lines(`
        SELECT rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid) AS line
        FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
        JOIN pg_namespace ns ON ns.oid = rel.relnamespace
        WHERE ns.nspname = 'public' AND rel.relname <> '_prisma_migrations'`),
      indexes: await lines(`
        SELECT indexdef AS line FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
      enums: await lines(`
        SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumlabel) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace ns ON ns.oid = t.typnamespace
        WHERE ns.nspname = 'public' GROUP BY t.typname`),
    };
  } finally {
    await client.end();
  }
}
