#!/bin/bash
# Before/after in one hold of the lock (run as: BASE=DIR flock /work/cpu.lock bench/before_after.sh,
# DIR holding the merge base's src, e.g. from git archive): outputs byte-equal, eval seed/facts,
# cold analyze alternating, fast benches (after, before), the accurate bench once (after).
# Every command runs as `python -m lagebild`: the `lagebild` script of this checkout calls
# lagebild.cli:main, which older sources do not have.
cd "$(dirname "$0")/.."
B=${BASE:?a checkout of the merge base}/src; N=src; O=${OUT:-/tmp/perf5-final}; mkdir -p $O
L="${PY:-.venv/bin/python} -m lagebild"
tag() { [ "$1" = "$N" ] && echo src || echo base; }
echo "start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
# 1. outputs: analysis JSON + store rows of the 300 bench articles and the demo
PYTHONPATH=$B .venv/bin/python bench/same_outputs.py 300 $O/base300.jsonl
PYTHONPATH=$N .venv/bin/python bench/same_outputs.py 300 $O/new300.jsonl
cmp $O/base300.jsonl $O/new300.jsonl && echo "analyses 300+demo: identical"
for src in $B $N; do
  PYTHONPATH=$src $L analyze examples/nordkorea-truppen-2024-10-18.txt --json > $O/demo-$(tag $src).json
  PYTHONPATH=$src $L analyze examples/nordkorea-truppen-2024-10-18.txt > $O/demo-$(tag $src).txt
  PYTHONPATH=$src $L eval seed > $O/seed-$(tag $src).txt 2>&1
  PYTHONPATH=$src $L eval facts > $O/facts-$(tag $src).txt 2>&1
done
cmp $O/demo-base.json $O/demo-src.json && echo "demo json: identical"
cmp $O/demo-base.txt $O/demo-src.txt && echo "demo table: identical"
cmp $O/seed-base.txt $O/seed-src.txt && echo "eval seed: identical"; tail -1 $O/seed-src.txt
cmp $O/facts-base.txt $O/facts-src.txt && echo "eval facts: identical"; tail -3 $O/facts-src.txt
# 2. cold start, alternating
echo "cold $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in 1 2 3 4 5; do for src in $B $N; do
  s=$(date +%s.%N); PYTHONPATH=$src $L analyze examples/nordkorea-truppen-2024-10-18.txt > /dev/null
  echo "cold $(tag $src) $(echo "$(date +%s.%N) - $s" | bc)"; done; done
# 3. benches: fast after, before; accurate after
echo "bench $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
PYTHONPATH=$N $L bench --quick --json > $O/bench-fast-new.json
echo "fast new done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
PYTHONPATH=$B $L bench --quick --json > $O/bench-fast-base.json
echo "fast base done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "$SKIP_ACCURATE" ]; then
  PYTHONPATH=$N $L bench --quick --json --profile accurate > $O/bench-acc-new.json
fi
echo "end $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
