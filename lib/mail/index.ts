// Mail entry point (server only): `enqueueMail(tx, mail)` in the transaction of the change that causes the mail. The
// delivery worker (./worker.ts) is started once per server process by instrumentation.ts and stopped on shutdown.
export { enqueueMail, hasMail, type Mail } from "./mutations";
