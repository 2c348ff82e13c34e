#!/usr/bin/env bash
# A non-editable install, as pipx or a wheel gives it, used from another folder: the wheel
# holds `dateline` and its dist-info only, the bundled library ships inside the package,
# and `tag`, `import` and `timeline` work on it with no checkout in sight.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m pip wheel --quiet --no-deps -w "$work/dist" "$root"
wheel="$(ls "$work"/dist/dateline-*.whl)"
python3 - "$wheel" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
top = sorted({n.split("/")[0] for n in names})
assert len(top) == 2 and top[0] == "dateline" and top[1].endswith(".dist-info"), top
assert any(n.startswith("dateline/seeds/") and n.endswith(".txt") for n in names), "no seeds"
print("wheel top-level names:", ", ".join(top))
PY
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$wheel"
cd "$work"  # not the checkout: nothing may be read from it
export DATELINE_DB="$work/library.db"
seeds="$("$work/venv/bin/python" -c 'from dateline.store.library import SEEDS_DIR; print(SEEDS_DIR)')"
case "$seeds" in "$work"/venv/*) ;; *) echo "seeds outside the installed package: $seeds"; exit 1;; esac
"$work/venv/bin/dateline" --version
"$work/venv/bin/dateline" tag "$seeds/000_accba6d27c16abaa.txt" --dct 2018-01-24 --format json \
    | "$work/venv/bin/python" -c 'import json,sys; n=len(json.load(sys.stdin)); assert n > 5, n; print("tag:", n, "time expressions")'
# The reader's first run fills an empty library from the bundled articles.
"$work/venv/bin/python" -c '
from dateline.store.library import Library
report = Library().import_seeds_if_empty()
assert report and report.counts["imported"] > 20, report and report.summary()
print("first run:", report.summary())'
"$work/venv/bin/dateline" import "$seeds" --quiet
"$work/venv/bin/dateline" timeline --format json \
    | "$work/venv/bin/python" -c 'import json,sys; n=len(json.load(sys.stdin)); assert n > 100, n; print("timeline:", n, "entries")'
