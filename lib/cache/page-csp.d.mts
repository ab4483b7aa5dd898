// Types of ./page-csp.mjs (plain JavaScript: the cache handler, which Next imports at run time, uses it).
export function policyWithScripts(scriptSources: readonly string[]): string;
export function inlineScriptHashes(html: string, rscData: Buffer | string | undefined): string[] | null;
export function addPagePolicy(data: Record<string, unknown> | null | undefined): boolean;
