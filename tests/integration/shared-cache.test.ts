// The data cache shared by all portal instances (issue 18 item 1, lib/cache/pg-cache-handler.mjs): two handlers on
// one database stand for two instances; a third on another database stands for a portal started from the same
// checkout against another DATABASE_URL. Values are shaped like Next's (unstable_cache stores FETCH entries).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PostgresCacheHandler, { closeCachePools, decodeValue, encodeValue } from "@/lib/cache/pg-cache-handler.mjs";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let other: TestDatabase;

beforeAll(async () => {
  [db, other] = await Promise.all([createTestDatabase(), createTestDatabase()]);
}, 240_000);

afterAll(async () => {
  await closeCachePools();
  await Promise.all([db?.close(), other?.close()]);
});

const instance = (url: string, buildId = "build-1") => new PostgresCacheHandler({ databaseUrl: url, buildId });

/** What unstable_cache stores: a FETCH entry with its tags and revalidate time. */
function fetchEntry(data: string, tags: string[]) {
  return { kind: "FETCH", data: { headers: {}, body: data, status: 200 }, revalidate: 3600, tags };
}
const fetchCtx = (tags: string[]) => ({ kind: "FETCH", fetchCache: true, tags, softTags: [], revalidate: 3600 });

async function bodyOf(handler: PostgresCacheHandler, key: string, tags: string[]): Promise<string | null> {
  const hit = await handler.get(key, fetchCtx(tags));
  if (!hit) return null;
  return (hit.value as ReturnType<typeof fetchEntry>).data.body;
}

describe("the shared cache handler", () => {
  it("serves an entry set on one instance to another instance", async () => {
    const a = instance(db.url);
    const b = instance(db.url);
    await a.set("meetings-list", fetchEntry("three meetings", ["meetings"]), fetchCtx(["meetings"]));
    expect(await bodyOf(b, "meetings-list", ["meetings"])).toBe("three meetings");
  });

  it("misses on every instance at once after revalidateTag on one of them", async () => {
    const a = instance(db.url);
    const b = instance(db.url);
    await a.set("news-list", fetchEntry("old news", ["news"]), fetchCtx(["news"]));
    await a.set("bodies-list", fetchEntry("bodies", ["bodies"]), fetchCtx(["bodies"]));
    expect(await bodyOf(b, "news-list", ["news"])).toBe("old news");

    await a.revalidateTag(["news"], { expire: 0 }); // what revalidatePublic does (lib/public-cache.ts)

    expect(await bodyOf(b, "news-list", ["news"])).toBeNull();
    expect(await bodyOf(a, "news-list", ["news"])).toBeNull();
    // Other tags are untouched, and an entry stored after the expiry is a hit again.
    expect(await bodyOf(b, "bodies-list", ["bodies"])).toBe("bodies");
    await b.set("news-list", fetchEntry("new news", ["news"]), fetchCtx(["news"]));
    expect(await bodyOf(a, "news-list", ["news"])).toBe("new news");
  });

  it("expires by a tag the reader passes even when the entry did not store it (Next's implicit path tags)", async () => {
    const a = instance(db.url);
    await a.set("page-data", fetchEntry("page", ["search"]), fetchCtx(["search"]));
    await a.revalidateTag("_N_T_/sok");
    const hit = await a.get("page-data", { ...fetchCtx(["search"]), softTags: ["_N_T_/sok"] });
    expect(hit).toBeNull();
  });

  it("never serves one database's entries to a portal on another database", async () => {
    await instance(db.url).set("agreements-list", fetchEntry("first database", ["agreements"]), fetchCtx(["agreements"]));
    expect(await bodyOf(instance(other.url), "agreements-list", ["agreements"])).toBeNull();
  });

  it("never serves an entry written by another build", async () => {
    await instance(db.url, "build-1").set("minutes-list", fetchEntry("old shape", ["minutes"]), fetchCtx(["minutes"]));
    expect(await bodyOf(instance(db.url, "build-2"), "minutes-list", ["minutes"])).toBeNull();
  });

  // Finding 3 of issue 18: with a 4 MB in-memory cache, once it had filled, public pages came back STALE after a
  // write expired their tag. Here far more than that is cached, then the tag expires: every entry must miss, on the
  // instance that wrote them and on the other.
  it("misses after a tag expiry however much is cached (finding 3)", async () => {
    const a = instance(db.url);
    const b = instance(db.url);
    const big = "x".repeat(256 * 1024);
    const keys = Array.from({ length: 24 }, (_, i) => `indicator-${i}`); // 6 MB
    for (const key of keys) await a.set(key, fetchEntry(`${key}:${big}`, ["indicators"]), fetchCtx(["indicators"]));
    expect(await bodyOf(b, keys[0]!, ["indicators"])).toBe(`${keys[0]}:${big}`);

    await b.revalidateTag(["indicators"], { expire: 0 });

    for (const key of keys) {
      expect(await bodyOf(a, key, ["indicators"])).toBeNull();
      expect(await bodyOf(b, key, ["indicators"])).toBeNull();
    }
  }, 120_000);

  it("marks entries stale (served once more, refreshed in the background) when a tag expires later", async () => {
    const a = instance(db.url);
    await a.set("action-plan", fetchEntry("plan", ["action-plan"]), fetchCtx(["action-plan"]));
    await a.revalidateTag("action-plan", { expire: 300 });
    const hit = await a.get("action-plan", fetchCtx(["action-plan"]));
    expect(hit?.lastModified).toBe(0); // older than any revalidate time: Next refreshes it
  });

  // Issue 18 item 2 (queries per render): a request's first read learns the tag mark from the database; a later read
  // of the same request is answered from the process's copy when that copy has the same mark. "Another instance"
  // here is raw SQL: its revalidateTag does not empty this process's copy, only the mark tells.
  it("answers a request's later reads from the process's copy until any instance's tag event, also one that comes due later", async () => {
    const writer = instance(db.url, "build-memory");
    await writer.set("contact", fetchEntry("contact", ["agreements"]), fetchCtx(["agreements"]));
    await writer.set("nav", fetchEntry("nav", ["bodies"]), fetchCtx(["bodies"]));
    const request = () => instance(db.url, "build-memory");
    const first = request();
    expect(await bodyOf(first, "contact", ["agreements"])).toBe("contact");
    expect(await bodyOf(first, "nav", ["bodies"])).toBe("nav");

    // The row goes without a tag event: the next request's second read is still answered, from the copy.
    await db.prisma.$executeRawUnsafe(`DELETE FROM "CacheEntry" WHERE "key" = 'build-memory:nav'`);
    const second = request();
    expect(await bodyOf(second, "contact", ["agreements"])).toBe("contact");
    expect(await bodyOf(second, "nav", ["bodies"])).toBe("nav");

    // Another instance expires "bodies": the next request's mark differs, so the copy is not used.
    await writer.set("nav", fetchEntry("nav again", ["bodies"]), fetchCtx(["bodies"]));
    const third = request();
    expect(await bodyOf(third, "contact", ["agreements"])).toBe("contact");
    expect(await bodyOf(third, "nav", ["bodies"])).toBe("nav again");
    const expireElsewhere = (inMs: number) =>
      db.prisma.$executeRawUnsafe(
        `INSERT INTO "CacheTag" ("tag", "staleAt", "expiredAt") VALUES ('bodies', NULL, (extract(epoch from clock_timestamp()) * 1000)::bigint + ${inMs})
         ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = EXCLUDED."expiredAt"`,
      );
    await expireElsewhere(0);
    const fourth = request();
    expect(await bodyOf(fourth, "contact", ["agreements"])).toBe("contact");
    expect(await bodyOf(fourth, "nav", ["bodies"])).toBeNull();

    // An expiry set for later changes the mark when it comes due, not before.
    await writer.set("nav", fetchEntry("nav, third", ["bodies"]), fetchCtx(["bodies"]));
    await expireElsewhere(400);
    const fifth = request();
    expect(await bodyOf(fifth, "contact", ["agreements"])).toBe("contact");
    expect(await bodyOf(fifth, "nav", ["bodies"])).toBe("nav, third");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sixth = request();
    expect(await bodyOf(sixth, "contact", ["agreements"])).toBe("contact");
    expect(await bodyOf(sixth, "nav", ["bodies"])).toBeNull();
  });

  // Issue 18 item 1: a cached page is a few hundred kB; an anonymous request's read goes to the database (it learns the
  // mark), but gets the value only when the row changed since this process's copy of it.
  it("fetches an entry's value only when its row changed since this process read it", async () => {
    const writer = instance(db.url, "build-rows");
    await writer.set("page", fetchEntry("page, first", ["meetings"]), fetchCtx(["meetings"]));
    expect(await bodyOf(instance(db.url, "build-rows"), "page", ["meetings"])).toBe("page, first");

    // The value changes in the row but its lastModified does not: the copy is used (what the query leaves out).
    const rewrite = (body: string, touch: boolean) =>
      db.prisma.$executeRawUnsafe(
        `UPDATE "CacheEntry" SET "value" = $1${touch ? `, "lastModified" = "lastModified" + 1` : ""} WHERE "key" = 'build-rows:page'`,
        encodeValue({ value: fetchEntry(body, ["meetings"]), cacheControl: { revalidate: 3600 } }),
      );
    await rewrite("page, changed behind the copy's back", false);
    expect(await bodyOf(instance(db.url, "build-rows"), "page", ["meetings"])).toBe("page, first");

    // Another instance stores the page again (a new lastModified): the next request reads the new value.
    await rewrite("page, second", true);
    expect(await bodyOf(instance(db.url, "build-rows"), "page", ["meetings"])).toBe("page, second");

    // Gone from the database: a miss, whatever the process holds.
    await db.prisma.$executeRawUnsafe(`DELETE FROM "CacheEntry" WHERE "key" = 'build-rows:page'`);
    expect(await bodyOf(instance(db.url, "build-rows"), "page", ["meetings"])).toBeNull();
  });

  it("a revalidateTag in a request reaches that request's own later reads", async () => {
    const handler = instance(db.url, "build-own");
    await handler.set("news", fetchEntry("news", ["news"]), fetchCtx(["news"]));
    await handler.set("plan", fetchEntry("plan", ["action-plan"]), fetchCtx(["action-plan"]));
    expect(await bodyOf(handler, "plan", ["action-plan"])).toBe("plan");
    expect(await bodyOf(handler, "news", ["news"])).toBe("news");
    await handler.revalidateTag(["news"], { expire: 0 }); // a server action, then the page is rendered again
    expect(await bodyOf(handler, "plan", ["action-plan"])).toBe("plan");
    expect(await bodyOf(handler, "news", ["news"])).toBeNull();
  });

  it("keeps Buffers and Maps of page entries intact", () => {
    const page = { kind: "APP_PAGE", html: "<p>x</p>", rscData: Buffer.from([0, 1, 2, 255]), segmentData: new Map([["/a", Buffer.from("seg")]]) };
    const back = decodeValue(encodeValue(page)) as typeof page;
    expect(back.rscData.equals(page.rscData)).toBe(true);
    expect(back.segmentData.get("/a")?.toString()).toBe("seg");
    expect(back.html).toBe(page.html);
  });
});
