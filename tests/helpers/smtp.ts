// A real SMTP server (the `smtp-server` library) that keeps what it receives, parsed with `mailparser`: tests see
// mail exactly as a recipient's mail server would, after nodemailer has encoded and sent it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
  receivedAt: string;
  /** Raw header lines by lower-case name (e.g. "list-unsubscribe"), so tests can check what a mail program sees. */
  headers: Record<string, string>;
};

export type SmtpCapture = {
  port: number;
  /** What has arrived so far, oldest first. */
  messages: ReceivedMail[];
  /** The SMTP_URL the app should use. */
  url: string;
  close: () => Promise<void>;
};

export async function startSmtpCapture(port = 0, hostname = "127.0.0.1"): Promise<SmtpCapture> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : null,
            receivedAt: new Date().toISOString(),
            headers: Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).replace(/\r?\n(?=[ \t])/g, "").trim()])),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    messages,
    url: `smtp://${hostname}:${actual}?ignoreTLS=true`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Serves the captured messages as JSON (GET /messages) so Playwright specs can read the mailbox of the e2e server. */
export async function serveMailbox(capture: SmtpCapture, port: number, hostname = "127.0.0.1"): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url !== "/messages") {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(capture.messages));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  return server;
}
