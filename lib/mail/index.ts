// Mail entry points (server only): `enqueueMail(tx, mail)` in the transaction of the change; `sendMail` (older path).
export { enqueueMail, sendMail, type Mail } from "./mutations";
