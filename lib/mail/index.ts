// Reusable mail entry point: `sendMail({ to, subject, text })` (server only).
export { sendMail, type Mail } from "./mutations";
