#!/usr/bin/env bash
# Accepts every pending snapshot: renames each *.received.* under tests/ to *.verified.*.
# Look at the received files (a PNG in any image viewer) before you run this.
set -euo pipefail
cd "$(dirname "$0")"
count=0
while IFS= read -r -d '' received; do
  mv -f "$received" "${received/.received./.verified.}"
  echo "accepted ${received/.received./.verified.}"
  count=$((count + 1))
done < <(find . -name '*.received.*' -print0)
echo "$count snapshot(s) accepted"
