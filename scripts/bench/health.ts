// Waits until a portal started by the benchmark answers /api/health (at most five minutes).
export async function waitForHealth(origin: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the portal did not answer ${origin}/api/health within 5 minutes`);
}
