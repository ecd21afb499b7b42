#!/usr/bin/env bash
# Command 2 of the README: installs everything the checks need on a fresh Debian
# machine (as root), then runs them all and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# --- System tools (Debian packages), installed only when missing -------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
/usr/bin/python3 -c 'import pikepdf' >/dev/null 2>&1 || missing+=(python3-pikepdf)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
# The slide exports (ODP, PPTX) are read back by LibreOffice Impress.
[ -e /usr/lib/libreoffice/program/libwpftimpresslo.so ] || missing+=(libreoffice-impress-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  say "Installation des paquets Debian : ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" || {
    echo "Impossible d'installer ${missing[*]} avec apt-get (faut-il être root ?)." >&2
    exit 1
  }
fi
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"

# --- Node dependencies, exactly as locked ------------------------------------
say "Installation des dépendances npm (versions du package-lock.json)"
# `npm ci` refuses the lock on this kind of machine (npm 11 leaves other platforms' optional packages out of it); `npm install` follows the same lock.
npm install --no-fund --no-audit || exit 1

mkdir -p test-results
passed=0
failed=0
failures=()

# A single check (format, lint…) counts as one test.
check() {
  local name=$1
  shift
  say "$name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

# A test runner reports its own counts through a JSON file.
count() {
  local name=$1 file=$2
  local counts
  counts=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
    const p = r.stats ? r.stats.expected : r.numPassedTests
    const f = r.stats ? r.stats.unexpected + r.stats.flaky : r.numFailedTests + (r.numRuntimeErrorTestSuites || 0)
    console.log(p + " " + f)' "$file" 2>/dev/null) || counts="0 1"
  read -r p f <<<"$counts"
  passed=$((passed + p))
  failed=$((failed + f))
  [ "$f" -gt 0 ] && failures+=("$name ($f)")
  return 0
}

check "Format (prettier)" npx prettier --check .
check "Lint (eslint)" npx eslint .
check "Types (tsc)" npx tsc --noEmit
check "Contenu (validation, extraits mot pour mot)" npx tsx scripts/check-content.ts

say "Tests unitaires (vitest)"
rm -f test-results/unit.json
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
count "Tests unitaires" test-results/unit.json

say "Construction du site statique"
if npm run build:site; then
  passed=$((passed + 1))
  check "JS initial de chaque page (≤ 140 Ko gzip)" npx tsx scripts/check-js-budget.ts
  say "Tests de bout en bout (playwright, Chromium de Debian)"
  rm -f test-results/e2e.json
  npx playwright test
  count "Tests de bout en bout" test-results/e2e.json
else
  failed=$((failed + 1))
  failures+=("Construction du site")
fi

say "Bilan"
[ ${#failures[@]} -gt 0 ] && printf 'En échec : %s\n' "${failures[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
