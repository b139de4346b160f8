#!/bin/sh
# Installs the Debian packages relkg needs that are missing (apt-get; sudo
# when not root) and says what it installs.  Used by `make`; `deps.sh dev`
# (make asan/valgrind/lint/fuzz) adds the checking tools: clang with its
# libFuzzer runtime (libclang-rt-14-dev), valgrind, clang-tidy, cppcheck.
set -eu
PKGS="gcc make pkg-config libraptor2-dev librdf0-dev librasqal3-dev libxml2-dev \
libpcre2-dev libutf8proc-dev libstemmer-dev libcmocka-dev raptor2-utils rasqal-utils \
redland-utils serdi iso-codes tzdata python3 parallel time \
librdf-storage-sqlite librdf-storage-postgresql postgresql python3-rdflib \
virtuoso-opensource nodejs man-db groff-base"
if [ "${1:-}" = dev ]; then
	PKGS="$PKGS clang libclang-rt-14-dev valgrind clang-tidy cppcheck"
fi
missing=""
for p in $PKGS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
# npm (for the SHACL engine the tests install) ships inside some nodejs
# builds; ask for Debian's package only when there is no npm at all.
command -v npm > /dev/null 2>&1 || missing="$missing npm"
[ -z "$missing" ] && exit 0
echo "relkg: installing missing Debian packages:$missing"
SUDO=""
if [ "$(id -u)" != 0 ]; then
	command -v sudo >/dev/null 2>&1 || { echo "relkg: need root or sudo to install:$missing" >&2; exit 1; }
	SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
