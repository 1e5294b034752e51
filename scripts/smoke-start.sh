#!/usr/bin/env bash
# Runs the README's start command on a throwaway data dir and checks the product answers.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
port=18080
# setsid: the server gets its own process group, so the trap stops npm, tsx and node together.
PORT=$port DATA_DIR="$data" setsid npm start >"$data/server.log" 2>&1 &
pid=$!
trap 'kill -- -$pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/api/health"
echo
curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' && echo "smoke: PWA served at /"
