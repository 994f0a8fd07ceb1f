#!/usr/bin/env bash
# Sets up everything caseclerk needs on a fresh Debian/Ubuntu machine, idempotently:
# system packages through apt-get (sudo when not root), uv when missing, then the
# locked Python environment in .venv. `make demo` and `make test` both start here.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-eng   # OCR engine + English model
  poppler-utils                     # pdftoppm/pdfinfo for pdf2image
  chromium                          # the review pages' browser tests (Playwright drives it)
  fonts-dejavu-core fonts-liberation  # fonts the sample generator draws documents with
  fonts-urw-base35                  # fonts bench/independent_corpus_c.py draws with
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if ((${#missing[@]})); then
    echo "setup: installing system packages: ${missing[*]}"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "setup: need root or sudo to install ${missing[*]}; install them and re-run." >&2
        exit 1
      fi
    fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  for tool in tesseract pdftoppm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "setup: this is not a Debian/Ubuntu system and '$tool' is missing." >&2
      echo "       Install Tesseract 5 (with English), poppler and Chromium with your package manager, then re-run." >&2
      exit 1
    fi
  done
fi

UV="$(command -v uv || true)"
if [ -z "$UV" ]; then
  if [ ! -x .tools/bin/uv ]; then
    echo "setup: installing uv into .tools/"
    python3 -m venv .tools
    .tools/bin/pip install -q uv
  fi
  UV=.tools/bin/uv
fi
"$UV" sync --frozen --quiet
echo "setup: ready (.venv)"
