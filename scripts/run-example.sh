#!/usr/bin/env bash
# Installs what is missing, builds, and runs the transit checks on the
# bundled example service (examples/orders-service): the findings, the
# accepted carve-out, and the fixes clang-tidy would apply.
set -euo pipefail
cd "$(dirname "$0")/.."
TRANSIT_SETUP=build-only scripts/setup.sh >/dev/null
LLVM_MAJOR="${TRANSIT_LLVM_MAJOR:-19}"
tidy="/usr/lib/llvm-$LLVM_MAJOR/bin/clang-tidy"
clangxx="/usr/lib/llvm-$LLVM_MAJOR/bin/clang++"
example=examples/orders-service
sources=("$example"/*.cpp)

echo "== clang-tidy --load=build/lib/libTransitTidy.so (configured by $example/.clang-tidy)"
flags=(-std=c++17 -isystem /usr/include/postgresql)
"$tidy" --load=build/lib/libTransitTidy.so --quiet "${sources[@]}" -- "${flags[@]}" 2>/dev/null || true

echo
echo "== The same checks inside the compiler: clang++ -fplugin=build/lib/libTransitClang.so"
for src in "${sources[@]}"; do
  "$clangxx" "${flags[@]}" -fsyntax-only -fplugin=build/lib/libTransitClang.so \
    -fno-caret-diagnostics "$src" 2>&1 | grep -E "(warning|error|remark|note):" || true
done

echo
echo "== What clang-tidy --fix changes (on a copy; the example is left as it is)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$example" "$work/"
"$tidy" --load=build/lib/libTransitTidy.so --quiet -fix "$work"/orders-service/*.cpp -- "${flags[@]}" >/dev/null 2>&1 || true
diff -ru "$example" "$work/orders-service" | sed "s|$work/|fixed/|" || true
