/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment): with this first line, the whole
 * file is compiled while it downloads, on a background thread, instead of function by function on the page's main
 * thread the first time each runs. Next's chunks are lists of module functions that all run at start, so their
 * lazy compilation made most of the page's longest task (evaluating React and Next: 500–750 ms with the CPU slowed
 * ×4, 140–250 ms with the hint; see the README's « Sobriété »).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/** The script with the hint as its first line, once: running the build step twice changes nothing. */
export function withCompileHint(script: string): string {
  return script.startsWith(COMPILE_HINT) ? script : `${COMPILE_HINT}\n${script}`
}
