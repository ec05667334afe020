#!/usr/bin/env bash
# Every test: Mozilla's linter on the Firefox build, the engine's unit tests and the built extension in real Chromium.
# Prints a closing "N passed, N failed" line and exits non-zero when any test fails.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browser.sh || exit 1
npx wxt build >/dev/null || { echo "wxt build failed" >&2; exit 1; }
# Mozilla's add-on linter on the Firefox build: any error fails the run (warnings are printed)
npx wxt build -b firefox >/dev/null || { echo "wxt build -b firefox failed" >&2; exit 1; }
npx web-ext lint --source-dir .output/firefox-mv2 --no-config-discovery || { echo "web-ext lint found errors" >&2; exit 1; }
mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync("test-results/vitest.json", "utf8"));
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  if (r.numTotalTests === 0) process.exit(1);
' || status=1
exit $status
