import "server-only";
import { revalidatePath } from "next/cache";

/** The case pages (public, the submitter's, the desk's, and meeting pages that show cases), after a case write. */
export function revalidateCases(): void {
  try {
    revalidatePath("/[lang]/sak", "layout");
    revalidatePath("/[lang]/saksbehandling", "layout");
    revalidatePath("/[lang]/mine-saker", "layout");
    revalidatePath("/[lang]/mote", "layout");
  } catch (error) {
    // Outside a request (scripts, tests) there is no render cache to revalidate.
    if (!String(error).includes("static generation store missing")) throw error;
  }
}
