import localFont from "next/font/local";

// Inter (variable, Latin subset: covers æ, ø, å and the typographic dashes) from @fontsource-variable/inter,
// self-hosted with next/font/local: nothing is fetched from the internet at build time (none is reachable offline).
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
  fallback: ["system-ui", "Arial", "sans-serif"],
});
