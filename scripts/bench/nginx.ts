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

/** The start of every configuration here: the foreground process, its files in `dir`, the open \`http {\`. */
const prelude = (dir: string) => `worker_processes auto;
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
`;

/**
 * How the portal is proxied: the Host it was asked for (form posts are checked against it), the client's address
 * (TRUST_PROXY) and keep-alive to the upstream. README ("Several instances") and scripts/multi-instance.ts use these.
 */
export const PROXY_TO_SAMAN = `proxy_pass http://saman;
proxy_http_version 1.1;
proxy_set_header Connection "";
proxy_set_header Host $http_host;
proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
proxy_set_header X-Forwarded-Proto $scheme;`;

const indent = (text: string, spaces: number) => text.replace(/^/gm, " ".repeat(spaces));

export function nginxConfig(dir: string, port: number): string {
  return `${prelude(dir)}  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    default_type "text/html; charset=utf-8";
    types { }
    location / { try_files $uri/index.html =404; }
  }
}
`;
}

/**
 * nginx as the load balancer in front of the portal, with the one-second cache for Next's cached pages that the
 * README's production configuration has (README, "Several instances"): only answers Next marked as from its cache
 * (X-Nextjs-Cache), never for a session cookie, one upstream request per page and second.
 */
export function cachingProxyConfig(dir: string, port: number, upstreamPort: number): string {
  return `${prelude(dir)}${indent(SAMAN_PAGE_CACHE.replaceAll("$DIR", dir), 2)}
  upstream saman { server 127.0.0.1:${upstreamPort}; keepalive 16; }
  server {
    listen 127.0.0.1:${port};
    location / {
${indent(PROXY_TO_SAMAN, 6)}
      include ${dir}/saman-page-cache.conf;
    }
  }
}
`;
}

/** The http-level part of the page cache (README, "Several instances"): the cache zone and the two conditions. */
const SAMAN_PAGE_CACHE = `proxy_cache_path $DIR/page-cache levels=1 keys_zone=saman_pages:10m max_size=256m inactive=1m use_temp_path=off;
map $http_cookie $saman_session { default 0; "~(^|;)\\s*(__Secure-)?next-auth\\.session-token=" 1; }
map $upstream_http_x_nextjs_cache $saman_uncached { "" 1; default 0; }
map $http_accept_encoding $saman_gzip { default ""; "~*gzip" gzip; }`;

/** The location-level part: one second for what Next served from its cache, never for a signed-in reader. */
const SAMAN_PAGE_CACHE_LOCATION = `proxy_cache saman_pages;
proxy_cache_key $scheme$http_host$request_uri|$saman_gzip|$http_rsc|$http_next_router_prefetch|$http_next_router_segment_prefetch;
proxy_set_header Accept-Encoding $saman_gzip;
proxy_ignore_headers Cache-Control Expires;
proxy_cache_valid 200 404 1s;
proxy_cache_bypass $saman_session;
proxy_no_cache $saman_session $saman_uncached $upstream_http_set_cookie;
proxy_cache_lock on;
proxy_cache_use_stale updating;
add_header X-Page-Cache $upstream_cache_status always;
`;

/** Starts nginx as a caching proxy in front of the portal on `upstreamPort`. */
export async function startCachingProxy(port: number, upstreamPort: number, probePath: string): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saman-bench-nginx-proxy-"));
  fs.chmodSync(dir, 0o777);
  fs.writeFileSync(path.join(dir, "saman-page-cache.conf"), SAMAN_PAGE_CACHE_LOCATION, { mode: 0o644 });
  fs.writeFileSync(path.join(dir, "nginx.conf"), cachingProxyConfig(dir, port, upstreamPort));
  return run(dir, port, probePath);
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
  return run(dir, port, [...pages.keys()][0]!);
}

async function run(dir: string, port: number, probePath: string): Promise<Nginx> {
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
      if ((await fetch(origin + probePath)).ok) break;
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
