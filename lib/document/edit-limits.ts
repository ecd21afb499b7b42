/** Longest text of a rewritten paragraph (lib/store/limits.ts announces it in the editor). */
export const OVERRIDE_MAX_CHARS = 20_000
