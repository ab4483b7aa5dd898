// Session and sign-in limits (issue: sign-in, roles and access). Plain numbers so tests and UI share them.
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so idle expiry is exact to about a minute without a write per request. */
export const TOUCH_INTERVAL_MS = 60 * 1000;
export const THROTTLE_WINDOW_MS = 60 * 1000;
export const THROTTLE_MAX_FAILURES = 5;
export const RESET_TOKEN_TTL_MS = 10 * 60 * 1000;
/** Password reset requests (issue 17): at most 3 per account and 10 per client address in an hour. */
export const RESET_WINDOW_MS = 60 * 60 * 1000;
export const RESET_MAX_PER_ACCOUNT = 3;
export const RESET_MAX_PER_ADDRESS = 10;
/** Every reset request is answered no sooner than this, so the answer's timing tells nothing about the account. */
export const RESET_MIN_ANSWER_MS = 400;
export const MIN_PASSWORD_LENGTH = 12;
