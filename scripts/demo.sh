#!/usr/bin/env bash
# `make demo`: file the committed sample scans into a fresh demo data directory, show the
# case folders and the review queue, then measure accuracy on the same samples.
set -euo pipefail
cd "$(dirname "$0")/.."
DEMO_HOME="${1:-demo-data}"
CC=.venv/bin/caseclerk

if [ -d "$DEMO_HOME" ]; then
  echo "demo: starting afresh (removing the previous demo data directory $DEMO_HOME)"
  rm -rf "$DEMO_HOME"
fi
export CASECLERK_HOME="$DEMO_HOME"

echo "== caseclerk run samples/corpus (data directory: $DEMO_HOME)"
"$CC" run samples/corpus || [ $? -eq 10 ]   # 10 = some files failed, which the demo shows

echo
echo "== filed case folders"
find "$DEMO_HOME/cases" -mindepth 2 -maxdepth 2 -type d | sort | sed "s|^$DEMO_HOME/||"
echo
echo "== review queue and index"
"$CC" status

echo
echo "== accuracy on the same samples (caseclerk eval samples/corpus)"
"$CC" eval samples/corpus
echo
echo "Next: 'CASECLERK_HOME=$DEMO_HOME $CC review' opens the analyst's review pages (create a user"
echo "first with 'CASECLERK_HOME=$DEMO_HOME $CC users add NAME')."
