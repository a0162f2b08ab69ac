#!/usr/bin/env bash
# Set up everything assess needs on Debian/Ubuntu, idempotently:
#   system packages (CJK font, HarfBuzz subsetting, Pango; for tests poppler and Chromium), a .venv,
#   pinned Python dependencies and assess itself (editable).
# Usage: tools/bootstrap.sh runtime|dev   (PYTHON=/path/to/python3 to choose the venv's Python)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-runtime}"

system_packages=(fonts-noto-cjk libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 libcairo2 shared-mime-info)
# The tests also read PDFs (poppler), drive the participant page in Chromium and convert
# spreadsheets with LibreOffice, start a throwaway PostgreSQL for the portfolio; the bench prints
# the report with headless Chromium.
[[ "$mode" == dev ]] && system_packages+=(poppler-utils chromium libreoffice-calc-nogui libreoffice-impress-nogui libreoffice-writer-nogui postgresql)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

python_ok() {
  command -v "$1" >/dev/null && "$1" -c 'import venv, ensurepip, sys; assert sys.version_info >= (3, 11)' 2>/dev/null
}

# The Python the .venv is made from: $PYTHON if given; else the distribution's own python3, built
# with profile-guided and link-time optimisation (a self-built one, e.g. pyenv's default, runs
# assess some 10-40% slower); else the first python3 on PATH.
choose_python() {
  if [[ -n "${PYTHON:-}" ]]; then echo "$PYTHON"; return; fi
  local candidate
  for candidate in /usr/bin/python3 python3; do
    python_ok "$candidate" && { echo "$candidate"; return; }
  done
  echo /usr/bin/python3  # installed below when missing
}

install_system_packages() {
  if ! command -v dpkg-query >/dev/null; then
    say "not a Debian-like system: install a CJK font (Noto Sans CJK), HarfBuzz with subsetting,"
    say "Pango and Python >= 3.11 with venv yourself, then run make again."
    return
  fi
  local wanted=("${system_packages[@]}")
  python_ok "$python" || wanted+=(python3 python3-venv)
  mapfile -t missing < <(missing_packages "${wanted[@]}")
  [[ ${#missing[@]} -eq 0 ]] && return
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { say "missing: ${missing[*]}; run as root: apt-get install ${missing[*]}"; exit 1; }
    sudo=(sudo)
  fi
  say "installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
  local locks=(requirements.lock)
  [[ "$mode" == dev ]] && locks+=(requirements-dev.lock)
  local stamp=".venv/.stamp-$mode"
  local digest
  digest=$(cat "${locks[@]}" pyproject.toml | sha256sum | cut -c1-16)
  digest=$(printf '%s %s' "$digest" "$(base_of "$python")" | sha256sum | cut -c1-16)
  [[ -f "$stamp" && "$(cat "$stamp")" == "$digest" ]] && return
  if [[ -x .venv/bin/python && "$(base_of .venv/bin/python)" != "$(base_of "$python")" ]]; then
    say "re-creating .venv on $python"
    rm -rf .venv
  fi
  [[ -x .venv/bin/python ]] || { say "creating .venv"; "$python" -m venv .venv; }
  say "installing pinned Python packages (${locks[*]})"
  .venv/bin/python -m pip install -q --disable-pip-version-check "${locks[@]/#/-r}"
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
  echo "$digest" > "$stamp"
}

# The interpreter a Python runs on, venv or not: its real executable and version.
base_of() {
  "$1" -c 'import sys, os; print(os.path.realpath(getattr(sys, "_base_executable", sys.executable)), sys.version.split()[0])'
}

python=$(choose_python)
install_system_packages
python_ok "$python" || { say "$python is not a Python >= 3.11 with venv: set PYTHON=/path/to/python3"; exit 1; }
install_python_packages
