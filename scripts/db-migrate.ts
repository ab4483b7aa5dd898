// npm run db:migrate – applies pending migrations to DATABASE_URL, or to the embedded database under data/ when
// DATABASE_URL is unset (then this process owns data/ for the duration, so stop `npm start` first).
import { withDatabase } from "./lib/with-database";
import { migrate } from "../lib/db/migrate";

await withDatabase(async (url) => {
  const applied = await migrate(url, { log: console.log });
  console.log(applied.length ? `${applied.length} migration(s) applied.` : "The database is up to date.");
});
