-- Issue 18.4: document files are stored uncompressed out of line, so a download reads only the chunks it sends
-- (substring on an EXTERNAL bytea fetches just those TOAST chunks) and octet_length reads no bytes at all. PDFs and
-- office files are compressed already; PostgreSQL's pglz would gain little. Existing values move on their next write;
-- they are still served correctly (substring then decompresses them, as before).
ALTER TABLE "DocumentFile" ALTER COLUMN "content" SET STORAGE EXTERNAL;
