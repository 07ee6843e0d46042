#!/usr/bin/env bash
# Installs every Debian package storyline needs to build, test and run. Idempotent.
# Usage: sudo scripts/install-deps.sh   (or as root)
set -euo pipefail
PKGS=(
  build-essential cmake pkg-config ninja-build
  libicu-dev zlib1g-dev
  libmodest-dev
  libcld2-dev libfasttext-dev libstemmer-dev
  nlohmann-json3-dev libxxhash-dev libcli11-dev
  # Russian entity names shown in the nominative (Hunspell's dictionary forms; hunspell-ru is
  # LGPL/MPL, read at run time from /usr/share/hunspell, not shipped with storyline):
  libhunspell-dev hunspell-ru
  libgtest-dev libgmock-dev libbenchmark-dev
  python3
  # Read only when the entity tagger's models are rebuilt (eval/ner_eval.py --write-models):
  # wamerican (SCOWL word list, permissive licence) and python3-fake-factory (Faker's person
  # names, Expat licence). See data/models/README.md.
  wamerican python3-fake-factory
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PKGS[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${missing[*]}"
