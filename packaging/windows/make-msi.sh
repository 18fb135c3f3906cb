#!/usr/bin/env bash
# The structural check of the MSI, on Linux: Debian's wixl builds segurdesk.wxs, in French and in
# English, from a staged install tree whose three programs are the Linux ones renamed .exe. NOT A
# SHIPPABLE INSTALLER: the Windows build (.github/workflows/windows.yml) stages the MSVC build and
# windeployqt's Qt instead, and builds with WiX.
# Usage: packaging/windows/make-msi.sh BUILD_DIR DIST_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1
dist=$(realpath "$2")
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage=$work/stage
cmake --install "$build" --prefix "$stage" --strip >/dev/null
rm -rf "$stage/share/applications" "$stage/share/metainfo" "$stage/share/icons" "$stage/share/man"
for program in "$stage"/bin/*; do mv "$program" "$program.exe"; done
cp "$here/../../resources/icons/segurdesk.ico" "$work/"
cd "$stage"
# wixl takes sources relative to where it runs.
find . -type f | sort |
    wixl-heat --prefix ./ --var var.StageDir --directory-ref INSTALLDIR --component-group StagedFiles --win64 \
        >"$work/staged.wxs"
for lang in fr en; do
    wixl --arch x64 -D Lang="$lang" -D Win64=yes -D Version="$version" -D StageDir=. -D IconFile=../segurdesk.ico \
        -I "$here" -o "$dist/SegurDesk-$version-x64-$lang.structural-check.msi" "$here/segurdesk.wxs" "$work/staged.wxs"
done
