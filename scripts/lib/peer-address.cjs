// Preloaded into the Next server (NODE_OPTIONS=--require): every request carries the TCP peer's address in
// x-saman-peer-address, overwriting whatever a client sent under that name. lib/auth/client-address.ts uses it
// for throttling and the audit log unless TRUST_PROXY=true says to believe X-Forwarded-For instead.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload (node --require)
const http = require("node:http");

const HEADER = "x-saman-peer-address";
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === "request" && req && req.headers) {
    req.headers[HEADER] = (req.socket && req.socket.remoteAddress) || "";
  }
  return emit.call(this, event, req, ...rest);
};
