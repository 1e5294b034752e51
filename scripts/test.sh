#!/usr/bin/env bash
# `npm test`: every test of the project, fastest layers first, then the browser tests
# against a fresh production build. Prints one closing line "Tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp/results
rm -f .tmp/results/*.json

status=0
run() {
  local name=$1
  shift
  echo "== $name"
  npx vitest run "$@" --passWithNoTests --reporter=default --reporter=json --outputFile=".tmp/results/$name.json" || status=1
}

run unit --project unit --project integration
run server --project server
run sync --project sync
echo "== build"
npx vite build --logLevel warn || status=1
run e2e --project e2e

node scripts/test-summary.mjs .tmp/results || status=1
exit $status
