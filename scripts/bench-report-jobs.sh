#!/usr/bin/env bash
# Times the heavy report requests of issue 15 against a running SiApel (request → full response, as the
# browser waits for it): the monthly recap PDF of a unit (the current month and a past month, twice each:
# the second print of a past month is served from the kept copy), the recap exports for a whole year and
# the audit-trail CSV. A request answered with 303 (queued as a job) is timed up to the redirect; the
# script waits for the job of the first past-month print (the node's poller runs it) before the second.
# Usage: scripts/bench-report-jobs.sh [base-url] [unit] [year]
# e.g.   scripts/bench-report-jobs.sh http://localhost:8080 DINKES 2026
set -euo pipefail
BASE=${1:-http://localhost:8080}
UNIT=${2:-DINKES}
YEAR=${3:-$(date +%Y)}
USER_NAME=${SIAPEL_BENCH_USER:-bkpsdm}
PASSWORD=${SIAPEL_BENCH_PASSWORD:-siapel-demo}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$token" "$BASE/login"
admin_jar=$(mktemp)
token=$(curl -s -c "$admin_jar" -b "$admin_jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$admin_jar" -b "$admin_jar" --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
time_it() {
  local label=$1 cookies=$2 path=$3
  curl -s -o /tmp/bench-report-jobs.out -b "$cookies" -w "$label\t%{http_code}\t%{time_total} s\t%{size_download} bytes\t%{redirect_url}\n" "$BASE$path"
}
this_month=$(date +%Y-%m)
last_month=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
echo "uptime: $(uptime)"
time_it "pdf $UNIT $this_month (current)" "$jar" "/reports/recap/monthly.pdf?unit=$UNIT&month=$this_month"
# Waits for a queued job (the redirect of the last request) and prints how long it took to finish.
wait_job() {
  local location
  location=$(cut -f5 /tmp/bench-report-jobs.line)
  [ -z "$location" ] && return 0
  local start=$(date +%s.%N)
  until curl -s -b "$jar" "$location" | grep -q 'data-state="DONE"\|data-state="FAILED"'; do sleep 1; done
  echo -e "  job $location finished after $(echo "$(date +%s.%N) - $start" | bc) s of waiting"
}
time_it "pdf $UNIT $last_month (past, 1st)" "$jar" "/reports/recap/monthly.pdf?unit=$UNIT&month=$last_month" \
  | tee /tmp/bench-report-jobs.line
wait_job
time_it "pdf $UNIT $last_month (past, 2nd)" "$jar" "/reports/recap/monthly.pdf?unit=$UNIT&month=$last_month"
time_it "recap.xlsx $YEAR" "$jar" "/reports/recap.xlsx?from=$YEAR-01-01&to=$YEAR-12-31"
time_it "recap.csv $YEAR" "$jar" "/reports/recap.csv?from=$YEAR-01-01&to=$YEAR-12-31"
time_it "employees.xlsx $YEAR" "$jar" "/reports/recap/employees.xlsx?from=$YEAR-01-01&to=$YEAR-12-31"
time_it "employees.csv $YEAR" "$jar" "/reports/recap/employees.csv?from=$YEAR-01-01&to=$YEAR-12-31"
time_it "audit export.csv" "$admin_jar" "/admin/audit/export.csv?from=$YEAR-01-01"
rm -f "$admin_jar"
