#!/usr/bin/env bash
# Reproduces the figures in docs/benchmarks.md. Generates the corpora, then measures.
# Takes a while on 2 cores (OCRmyPDF is the slowest part); output in bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
for pkg in ocrmypdf unpaper; do
  command -v "$pkg" >/dev/null 2>&1 || { echo "installing $pkg for the comparison"; \
    ${SUDO:-$( [ "$(id -u)" -ne 0 ] && echo sudo)} apt-get install -y -qq "$pkg"; }
done
N=${BENCH_DOCS:-48}
SEED=${BENCH_SEED:-2026}
OUT=bench/out
mkdir -p "$OUT"
.venv/bin/caseclerk samples generate "$OUT/degraded" --n "$N" --seed "$SEED" --clean --also-clean "$OUT/clean"
.venv/bin/python bench/compare_ocr.py "$OUT/degraded" --clean "$OUT/clean" --out "$OUT/compare_ocr.json" | tee "$OUT/compare_ocr.md"
.venv/bin/python bench/memory_pages.py --pages 100 | tee "$OUT/memory.md"
