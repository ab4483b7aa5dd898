// Mail entry points (server only): `enqueueMail(tx, mail)` in the transaction of the change that causes the mail;
// the delivery worker, started once per server process (instrumentation.ts) and stopped by the shutdown path.
export { enqueueMail, hasMail, requeueMail, type Mail } from "./mutations";
export { startMailWorker, stopMailWorker } from "./worker";
