// The largest request body the portal takes: meeting papers up to 25 MB (lib/uploads/file-check.ts) plus the form's
// other fields. next.config.ts gives Next the same limit, and the front server refuses anything larger with 413
// before Next sees it (Next would cut the body and fail with "Unexpected end of form").
export const REQUEST_BODY_LIMIT_MB = 26;
export const REQUEST_BODY_LIMIT_BYTES = REQUEST_BODY_LIMIT_MB * 1024 * 1024;
