// Runs once when a Next server process starts (Node.js runtime only): background jobs of this process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("@/lib/housekeeping/schedule")).startHousekeeping();
}
