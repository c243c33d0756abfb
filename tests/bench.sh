#!/usr/bin/env bash
# Measures Briefing: the in-process benchmarks (tests/Briefing.Benchmarks, short job, Release) as one table,
# then the published `briefing` as a whole process: cold-start `render` of the Riyadh memo and `build` over
# copies of the brief, with wall time and peak memory. Everything it writes goes to a temporary folder.
#
#   tests/bench.sh                      everything
#   tests/bench.sh --filter '*Stage*'   only benchmarks matching the pattern (BenchmarkDotNet --filter)
#   tests/bench.sh --no-benchmarks      only the process measurements
#   tests/bench.sh --no-process         only the benchmarks
#   tests/bench.sh --copies 1000        fact sheets for the build measurement (default 200)
#   tests/bench.sh --program PATH       measure this published `briefing` instead of publishing one
#   tests/bench.sh --baseline COMMIT    also build side by side with the program at COMMIT, alternating
#   tests/bench.sh --rounds 8           rounds of the side-by-side builds (default 5)
#   tests/bench.sh -- --job medium      anything after -- goes to BenchmarkDotNet as is
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
filter='*'
copies=200
runs=10
program=
baseline=
rounds=5
benchmarks=1
process=1
extra=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --filter) filter="$2"; shift 2 ;;
        --copies) copies="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --program) program="$2"; shift 2 ;;
        --baseline) baseline="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --no-benchmarks) benchmarks=0; shift ;;
        --no-process) process=0; shift ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/briefing-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Build output goes to the temporary folder too, so the checkout is left exactly as it was.
artifacts="$work/artifacts"
brief="$root/briefs/2025-02-18-riyadh-us-russia-talks.yaml"

note() { printf '\n== %s\n' "$*"; }

note "machine"
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr), .NET SDK $(dotnet --version)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine makes every figure noisier)"

if [[ $benchmarks == 1 ]]; then
    note "benchmarks (BenchmarkDotNet, short job, in process, Release)"
    dotnet build "$root/tests/Briefing.Benchmarks" -c Release --artifacts-path "$artifacts" -v q -nologo > "$work/build.log" 2>&1 \
        || { cat "$work/build.log"; exit 1; }
    dll="$artifacts/bin/Briefing.Benchmarks/release/Briefing.Benchmarks.dll"
    # In process: no generated project to build per benchmark, which is what makes the short mode short.
    if ! (cd "$work" && BRIEFING_ROOT="$root" dotnet "$dll" --filter "$filter" --job short --inProcess --join \
            --artifacts "$work/bdn" "${extra[@]}" > "$work/benchmarks.log" 2>&1); then
        tail -n 40 "$work/benchmarks.log"
        exit 1
    fi
    report=$(ls "$work"/bdn/results/*-report-github.md 2>/dev/null | head -n 1 || true)
    if [[ -z "$report" ]]; then
        echo "no benchmark matched --filter '$filter'"
    else
        grep -v '^```' "$report" | sed 's/\*\*//g'
        echo
        echo "Median: middle of the measured iterations; Pages/s: pages / median; Allocated: managed bytes per operation."
    fi
fi

[[ $process == 1 ]] || exit 0

# Median of a list of milliseconds, one a line.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Wall time in ms of one run of the command given, output thrown away.
wall_ms() {
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

if [[ -n $program ]]; then
    briefing=$(cd "$(dirname "$program")" && pwd)/$(basename "$program")
    [[ -x $briefing ]] || { echo "bench.sh: --program $program is not an executable" >&2; exit 2; }
    note "the published program given: $briefing"
else
    note "publish (the README command: dotnet publish src/Briefing.Cli -c Release -r linux-x64 -p:PublishAot=true -o DIR)"
    start=$(date +%s)
    dotnet publish "$root/src/Briefing.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/bin" --artifacts-path "$artifacts" -v q -nologo > "$work/publish.log" 2>&1 \
        || { cat "$work/publish.log"; exit 1; }
    echo "published in $(( $(date +%s) - start )) s, $(du -sh "$work/bin" | cut -f1)"
    briefing="$work/bin/briefing"
fi
cd "$work"
"$briefing" render "$brief" --templates "$root/templates" -o "$work/riyadh.pdf" --timings

note "cold start: briefing render of the Riyadh memo, $runs runs"
render=("$briefing" render "$brief" --templates "$root/templates" -o "$work/riyadh.pdf")
if command -v hyperfine > /dev/null; then
    hyperfine -N --warmup 2 --runs "$runs" --export-csv "$work/render.csv" "${render[*]}" | grep -E 'Time|Range'
    awk -F, 'NR == 2 { printf "median %.0f ms\n", $4 * 1000 }' "$work/render.csv"
else
    echo "hyperfine is not installed (apt-get install hyperfine); timing with a plain loop instead"
    wall_ms "${render[@]}" > /dev/null
    wall_ms "${render[@]}" > /dev/null
    for _ in $(seq "$runs"); do wall_ms "${render[@]}"; done > "$work/render.ms"
    echo "median $(median < "$work/render.ms") ms (min $(sort -n "$work/render.ms" | head -n 1), max $(sort -n "$work/render.ms" | tail -n 1))"
fi

note "briefing build of $copies copies of the Riyadh brief (memo template, $(nproc) jobs)"
mkdir -p "$work/briefs"
for i in $(seq -w 1 "$copies"); do
    sed "s/^id: riyadh-us-russia-talks$/id: riyadh-copy-$i/" "$brief" > "$work/briefs/copy-$i.yaml"
done
build=("$briefing" build "$work/briefs" --templates "$root/templates" --templates-list memo --out "$work/out")
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v -o "$work/build.time" "${build[@]}" > "$work/build.log" 2>&1 || { tail "$work/build.log"; exit 1; }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/build.time")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/build.time")
    echo "wall ${wall} s, peak memory ${rss} MB (Maximum resident set size)"
else
    echo "GNU time is not installed (apt-get install time): peak memory is not measured"
    ms=$(wall_ms "${build[@]}")
    echo "wall $(awk -v ms="$ms" 'BEGIN { printf "%.2f", ms / 1000 }') s"
fi
pdfs=$(find "$work/out" -name '*.pdf' | wc -l)
echo "$pdfs PDFs written"
[[ $pdfs == "$copies" ]] || { echo "expected $copies PDFs"; tail "$work/build.log"; exit 1; }

[[ -n $baseline ]] || exit 0

# The program at another commit, published as that commit's README said (`dotnet publish -c Release -o DIR`), builds
# copies of that commit's brief with its own templates: an older program may not read today's fact sheets. Both
# builds run in every round, one after the other, so that a slow spell of the machine slows both.
note "side by side: build of $copies copies, this program and the program at $baseline, $rounds alternating rounds"
[[ -x /usr/bin/time ]] || { echo "GNU time is not installed (apt-get install time)"; exit 1; }
old="$work/baseline"
mkdir -p "$old/src" "$old/briefs"
git -C "$root" archive "$baseline" | tar -x -C "$old/src"
dotnet publish "$old/src/src/Briefing.Cli" -c Release -o "$old/bin" -v q -nologo > "$old/publish.log" 2>&1 \
    || { tail -n 30 "$old/publish.log"; exit 1; }
old_brief="$old/src/briefs/2025-02-18-riyadh-us-russia-talks.yaml"
[[ -f $old_brief ]] || old_brief="$brief"
for i in $(seq -w 1 "$copies"); do
    sed "s/^id: riyadh-us-russia-talks$/id: riyadh-copy-$i/" "$old_brief" > "$old/briefs/copy-$i.yaml"
done
peer=/tmp/typst-peer
[[ -f $peer/compile.js ]] || echo "(the Typst peer is not set up in $peer: run ../shared/peer/typst-cold.sh once to have its cold compile in each round)"
for r in $(seq "$rounds"); do
    rm -rf "$old/out" "$work/out"
    /usr/bin/time -f "baseline %e %U %S %M" -o "$work/round.time" "$old/bin/briefing" build "$old/briefs" --templates "$old/src/templates" --templates-list memo --out "$old/out" > /dev/null 2>&1 \
        || { echo "the program at $baseline failed its build"; exit 1; }
    cat "$work/round.time" >> "$work/rounds"
    /usr/bin/time -f "now %e %U %S %M" -o "$work/round.time" "${build[@]}" > /dev/null 2>&1 || { echo "the build failed"; exit 1; }
    cat "$work/round.time" >> "$work/rounds"
    typst=-
    if [[ -f $peer/compile.js ]]; then
        typst=$( (cd "$peer" && for _ in 1 2 3; do wall_ms node compile.js 0; done) | median)
    fi
    echo "typst $typst" >> "$work/rounds"
    tail -n 3 "$work/rounds" | paste -sd ' ' | awk -v r="$r" '{ printf "round %d: baseline %.2f s, now %.2f s, ratio %.3f, Typst peer %s ms\n", r, $2, $7, $7 / $2, $12 }'
done
for who in baseline now; do
    grep "^$who " "$work/rounds" | awk '{ print $2 }' > "$work/$who.wall"
    grep "^$who " "$work/rounds" | awk '{ print $3 + $4 }' > "$work/$who.cpu"
    grep "^$who " "$work/rounds" | awk '{ printf "%.0f\n", $5 / 1024 }' | sort -n > "$work/$who.peak"
    echo "$who: wall median $(median < "$work/$who.wall") s, CPU median $(median < "$work/$who.cpu") s, peak $(head -n 1 "$work/$who.peak")-$(tail -n 1 "$work/$who.peak") MB"
done
paste "$work/baseline.wall" "$work/now.wall" | awk '{ print $2 / $1 }' | median | awk '{ printf "now / baseline, median of the rounds: %.3f\n", $1 }'
