// A TCP proxy in front of a database that tests can switch off: `down()` cuts every open connection and refuses new
// ones (to the app it looks like a database that crashed or is restarting), `up()` lets connections through again.
// Used by the e2e server (scripts/e2e-server.ts, only there) and by the fault-mapping integration test. Loopback only.
import net from "node:net";

export type FaultProxy = { url: string; port: number; down: () => void; up: () => void; isDown: () => boolean; close: () => Promise<void> };

export async function startFaultProxy(upstreamUrl: string): Promise<FaultProxy> {
  const upstream = new URL(upstreamUrl);
  const open = new Set<net.Socket>();
  let down = false;
  const server = net.createServer((client) => {
    if (down) return client.destroy();
    const target = net.connect(Number(upstream.port || 5432), upstream.hostname);
    open.add(client).add(target);
    const drop = () => {
      client.destroy();
      target.destroy();
      open.delete(client);
      open.delete(target);
    };
    client.on("error", drop).on("close", drop);
    target.on("error", drop).on("close", drop);
    client.pipe(target);
    target.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(upstreamUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    url: url.toString(),
    port,
    down: () => {
      down = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    up: () => {
      down = false;
    },
    isDown: () => down,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
