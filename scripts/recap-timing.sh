#!/usr/bin/env bash
# Times the regency-wide recap pages of a running SiApel (issue 15: both under 300 ms on a 15,000-employee
# regency): the recap by OPD of one month and the recap by employee of one year (first page, sorted by total
# descending, the default), logged in as the HR user of the demo. Prints each run and the median, in ms.
#
#   scripts/recap-timing.sh [base-url] [runs] [month-from] [month-to] [year]
#   e.g. scripts/recap-timing.sh http://localhost:8091 9 2026-11-01 2026-11-30 2026
set -euo pipefail
BASE=${1:-http://localhost:8080}
RUNS=${2:-9}
FROM=${3:-$(date +%Y-%m-01)}
TO=${4:-$(date -d "$FROM +1 month -1 day" +%F)}
YEAR=${5:-$(date +%Y)}
USER_NAME=${SIAPEL_TIMING_USER:-bkpsdm}
PASSWORD=${SIAPEL_TIMING_PASSWORD:-siapel-demo}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

csrf=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
	--data-urlencode "_csrf=$csrf" "$BASE/login"

time_page() {
	local label=$1 url=$2 times=() t code
	# One request first: a cold plan cache or a JIT-cold page is not what is measured.
	code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$url")
	if [ "$code" != 200 ]; then
		echo "$label: HTTP $code for $url" >&2
		exit 1
	fi
	for _ in $(seq "$RUNS"); do
		t=$(curl -s -o /dev/null -w '%{time_total}' -b "$JAR" "$url")
		times+=("$(awk -v t="$t" 'BEGIN { printf "%d", t * 1000 }')")
	done
	local sorted
	sorted=$(printf '%s\n' "${times[@]}" | sort -n)
	echo "$label: runs ${times[*]} ms; median $(echo "$sorted" | sed -n "$(((RUNS + 1) / 2))p") ms"
}

time_page "recap by OPD $FROM..$TO" "$BASE/reports/recap?from=$FROM&to=$TO"
time_page "recap by employee $YEAR" "$BASE/reports/recap/employees?from=$YEAR-01-01&to=$YEAR-12-31"
echo "load: $(uptime)"
