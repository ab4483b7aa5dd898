// The small part of autocannon's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Request = { method?: string; path?: string; headers?: Record<string, string> };
  type Options = {
    url: string;
    connections: number;
    duration: number;
    headers?: Record<string, string>;
    /** Each connection walks this list; setupRequest may change the request (e.g. its path) every time. */
    requests?: { setupRequest?: (request: Request) => Request }[];
  };
  type Result = { requests: { average: number; total: number }; errors: number; non2xx: number };
  type Instance = PromiseLike<Result> & {
    on(event: "response", listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
  };
  export default function autocannon(options: Options): Instance;
}
