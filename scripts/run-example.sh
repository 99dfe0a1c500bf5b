#!/usr/bin/env bash
# Installs what is missing, builds, and runs the transit checks on the
# bundled example service (examples/orders-service): through transit-tidy
# (text, a SARIF file, the fixes it would apply), clang-tidy and the compiler.
set -euo pipefail
cd "$(dirname "$0")/.."
TRANSIT_SETUP=build-only scripts/setup.sh >/dev/null
LLVM_MAJOR="${TRANSIT_LLVM_MAJOR:-19}"
tidy="/usr/lib/llvm-$LLVM_MAJOR/bin/clang-tidy"
clangxx="/usr/lib/llvm-$LLVM_MAJOR/bin/clang++"
example=examples/orders-service
sources=("$example"/*.cpp)

flags=(-std=c++17 -isystem /usr/include/postgresql)

# The example has no build system: its compilation database is written here.
db="$PWD/build/examples/orders-service"
mkdir -p "$db"
python3 - "$PWD/$example" "$db/compile_commands.json" "${flags[@]}" <<'PY'
import json, pathlib, sys
src, out, flags = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
json.dump([{"directory": str(src), "file": str(f), "arguments": ["clang++", *flags, "-c", str(f)]}
           for f in sorted(src.glob("*.cpp"))], open(out, "w"), indent=1)
PY

echo "== transit-tidy -p build/examples/orders-service (configured by $example/.clang-tidy)"
build/bin/transit-tidy -p "$db" --root "$example" --show-carve-outs \
  --output sarif=build/orders-service.sarif "$example" || true
echo "(SARIF for code scanning and review: build/orders-service.sarif)"

echo
echo "== What transit-tidy --fix would change (--dry-run: the example is left as it is)"
build/bin/transit-tidy -p "$db" --root "$example" --quiet --format=none --fix --dry-run "$example" || true

echo
echo "== The same checks in clang-tidy: clang-tidy --load=build/lib/libTransitTidy.so"
"$tidy" --load=build/lib/libTransitTidy.so --quiet "${sources[@]}" -- "${flags[@]}" 2>/dev/null || true

echo
echo "== And inside the compiler: clang++ -fplugin=build/lib/libTransitClang.so"
for src in "${sources[@]}"; do
  "$clangxx" "${flags[@]}" -fsyntax-only -fplugin=build/lib/libTransitClang.so \
    -fno-caret-diagnostics "$src" 2>&1 | grep -E "(warning|error|remark|note):" || true
done
