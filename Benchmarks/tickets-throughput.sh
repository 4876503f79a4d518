#!/usr/bin/env bash
# Rows per second and peak memory of `mspvet tickets` on generated ConnectWise exports of 10,000,
# 100,000 and 1,000,000 tickets (a year of a large MSP's desk), recomputed on the sample client's
# calendar against the sample contract's targets. Run with `make bench`, or alone after `make release`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=.build-bench/tickets
mkdir -p "$work"
python3 - "$work" <<'PY'
import os, random, sys
from datetime import datetime, timedelta, timezone
work = sys.argv[1]
random.seed(12)
start = datetime(2026, 1, 1, tzinfo=timezone.utc)
names = ["Priority 1 - Emergency Response", "Priority 2 - Quick Response", "Priority 3 - Normal Response", "Priority 4 - Schedule Maintenance"]
for rows in (10_000, 100_000, 1_000_000):
    path = f"{work}/connectwise-{rows}.csv"
    if os.path.exists(path):
        continue
    with open(path, "w") as out:
        out.write("id,summary,_info.dateEntered,dateResponded,dateResolved,priority/name,status/name,isInSla,minutesWaiting\r\n")
        for number in range(rows):
            created = start + timedelta(minutes=random.randrange(0, 525_600))
            responded = created + timedelta(minutes=random.expovariate(1 / 90))
            resolved = responded + timedelta(minutes=random.expovariate(1 / 900))
            stamp = lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%SZ")
            out.write(f"{number + 1},\"Ticket {number + 1}, a user reports a problem\",{stamp(created)},{stamp(responded)},{stamp(resolved)},"
                      f"{random.choice(names)},Closed,{random.choice(['true', 'false'])},{random.choice([0, 0, 0, 30, 120])}\r\n")
PY
printf '%-12s %10s %10s %12s %14s\n' rows MB seconds rows/s "peak MB"
for rows in 10000 100000 1000000; do
    file="$work/connectwise-$rows.csv"
    /usr/bin/time -f '%e %M' -o "$work/time.txt" .build/release/mspvet tickets --client Samples/client.yaml \
        --contract Samples/incumbent/ridgeline-msa-2024.md "$file" > /dev/null
    read -r seconds kilobytes < "$work/time.txt"
    awk -v r="$rows" -v s="$seconds" -v k="$kilobytes" -v b="$(stat -c %s "$file")" \
        'BEGIN { printf "%-12d %10.1f %10.2f %12.0f %14.0f\n", r, b / 1048576, s, r / (s > 0 ? s : 0.01), k / 1024 }'
done
