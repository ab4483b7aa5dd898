// nginx side by side: the anonymous pages, fetched once from the portal, written to files and served by nginx (the
// Debian package, /usr/sbin/nginx) from a configuration generated into a temporary directory – the same bytes, so
// the ratio portal/nginx in requests/s says what the portal's own caching costs. nginx runs in the foreground with
// its own pid file, error log and temp paths, and is stopped by its pid.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const NGINX_BIN = process.env.NGINX_BIN ?? "/usr/sbin/nginx";

/** The file a path is served from: "/" → index.html, "/mote/x" → mote/x/index.html (directories, like a static export). */
export function fileFor(root: string, urlPath: string): string {
  const clean = urlPath.split("?")[0]!.replace(/^\/+|\/+$/g, "");
  return path.join(root, clean, "index.html");
}

export function nginxConfig(dir: string, port: number): string {
  return `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp-body;
  proxy_temp_path ${dir}/tmp-proxy;
  fastcgi_temp_path ${dir}/tmp-fastcgi;
  uwsgi_temp_path ${dir}/tmp-uwsgi;
  scgi_temp_path ${dir}/tmp-scgi;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    default_type "text/html; charset=utf-8";
    types { }
    location / { try_files $uri/index.html =404; }
  }
}
`;
}

export type Nginx = { origin: string; stop: () => Promise<void> };

/** Serves `pages` (path → bytes) on `port` until stopped. */
export async function startNginx(pages: Map<string, Uint8Array>, port: number): Promise<Nginx> {
  if (!fs.existsSync(NGINX_BIN)) throw new Error(`${NGINX_BIN} is missing (apt-get install nginx-light)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saman-bench-nginx-"));
  // The worker processes run as an unprivileged user when nginx is started by root: they must read the files.
  fs.chmodSync(dir, 0o755);
  for (const [urlPath, bytes] of pages) {
    const file = fileFor(path.join(dir, "www"), urlPath);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
    fs.writeFileSync(file, bytes, { mode: 0o644 });
  }
  fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, port));
  const child: ChildProcess = spawn(NGINX_BIN, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")], { stdio: ["ignore", "inherit", "inherit"] });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT"); // graceful: the master ends its workers and removes its pid file
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}: ${fs.readFileSync(path.join(dir, "error.log"), "utf8")}`);
    try {
      const first = [...pages.keys()][0]!;
      if ((await fetch(origin + first)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 50) {
      await stop();
      throw new Error("nginx did not answer within 10 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, stop };
}
