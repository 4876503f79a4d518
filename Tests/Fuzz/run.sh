#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 30) and fails on any finding.
#   Tests/Fuzz/run.sh [SECONDS] [TARGET…]
# FUZZ_SEED fixes libFuzzer's random seed (0, the default, picks one), so that the brief runs of
# `make test` take the same path every time.
# Seeds come from the samples, fixtures and default criteria, plus Tests/Fuzz/Seeds; the corpus
# grows in .build-fuzz/corpus and findings land in .build-fuzz/findings/TARGET. A finding is
# kept as a regression by copying it to Tests/Fuzz/Regressions/TARGET/, which `swift test` replays.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text pattern yaml document)
build="$root/.build-fuzz"

# SwiftPM does not re-plan a path dependency when files are added to it: drop the plan (the
# objects stay, so the build is still incremental). lld: gold crashes formatting a diagnostic on
# the instrumented objects.
rm -f "$build/release.yaml" "$build/release/description.json"
(cd "$root/Tests/Fuzz" && swift build -c release --build-path "$build" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing -Xcc -fsanitize=fuzzer-no-link -Xswiftc -use-ld=lld)
fuzzer="$build/release/mspvet-fuzz"

seed() {
    local target="$1" corpus="$build/corpus/$1"
    mkdir -p "$corpus"
    case "$target" in
        text) cp "$root"/Samples/proposals/*.md "$root"/Samples/sources/*.md "$root"/Samples/rfp.md \
                 "$root"/Tests/MSPVetTests/Fixtures/contract.md "$corpus"/ ;;
        yaml) cp "$root"/Criteria/*.yaml "$root"/Samples/client.yaml "$corpus"/ ;;
        document) cp "$root"/Samples/proposals/* "$root"/Tests/MSPVetTests/Fixtures/*.pdf \
                     "$root"/Tests/MSPVetTests/Fixtures/contract.{md,html,docx} "$corpus"/ ;;
    esac
    if [ -d "$root/Tests/Fuzz/Seeds/$target" ]; then cp "$root/Tests/Fuzz/Seeds/$target"/* "$corpus"/; fi
}

status=0
failed=0
summary=()
for target in "${targets[@]}"; do
    seed "$target"
    findings="$build/findings/$target"
    mkdir -p "$findings"
    log="$build/fuzz-$target.log"
    echo "fuzz: $target for ${seconds}s"
    # -timeout: no input may take 10 s; -rss_limit_mb: nor 2 GB. Backtraces off: libFuzzer reports.
    if ! SWIFT_BACKTRACE=enable=no "$fuzzer" "$target" -seed="${FUZZ_SEED:-0}" -max_total_time="$seconds" -timeout=10 \
            -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
            "$build/corpus/$target" > "$log" 2>&1; then
        status=1
        failed=$((failed + 1))
        echo "fuzz: $target found a problem:"; grep -E "ERROR|Fatal|SUMMARY|Test unit written" "$log" | head -5
    fi
    runs=$(grep -o "stat::number_of_executed_units: *[0-9]*" "$log" | grep -o "[0-9]*$" || echo "?")
    coverage=$(grep -oE "cov: [0-9]+ ft: [0-9]+" "$log" | tail -1 || echo "cov: ?")
    peak=$(grep -o "stat::peak_rss_mb: *[0-9]*" "$log" | grep -o "[0-9]*$" || echo "?")
    summary+=("$target: $runs runs, $coverage, peak RSS ${peak} MB")
done
printf 'fuzz: %s\n' "${summary[@]}"
echo "fuzz: $((${#targets[@]} - failed)) passed, $failed failed"
exit $status
