#!/bin/bash
# The recount after a rule change (issue 15), measured on the demo regency.
# Usage: scripts/bench-rule-recount.sh <jar> <db> <port> <employees>
#   e.g. ./mvnw -B -q package -DskipTests && scripts/bench-rule-recount.sh target/siapel-0.1.0-SNAPSHOT.jar siapel_bench 18091 3000
# Needs PostgreSQL on 127.0.0.1:5432 as user postgres without password, psql and curl; the database
# <db> is created and dropped again.
# Starts SiApel with the demo regency on its own database, logs in as bkpsdm, saves a counting
# rule dated 5 January of this year (confirmPast) and prints the time of the save request; then
# waits for the recount job (if any) and prints its duration from background_job. One second after
# the rule save starts, BKPSDM saves the first Dinas's morning sheet of 4 December of this year (a
# past working day when run in December 2026; change the date for another month) and its time is
# printed: how long a sheet save waits for the recount.
set -u
JAR=$1; DB=$2; PORT=$3; N=$4
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" -c "create database $DB" postgres >/dev/null
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
SPRING_DATASOURCE_PASSWORD= SIAPEL_DEMO_ENABLED=true SIAPEL_DEMO_EMPLOYEES=$N \
  java -Xmx1g -jar "$JAR" --server.port=$PORT > /tmp/bench-$DB.log 2>&1 &
APP=$!
echo "app pid $APP"
for i in $(seq 1 600); do
  curl -sf http://127.0.0.1:$PORT/actuator/health >/dev/null && break; sleep 1
done
echo "started after ${i}s"
J=/tmp/bench-$DB.cookies; rm -f $J
csrf() { curl -s -b $J -c $J "http://127.0.0.1:$PORT$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
T=$(csrf /login)
curl -s -b $J -c $J -o /dev/null -w "login %{http_code} %{redirect_url}\n" -d "username=bkpsdm&password=siapel-demo&_csrf=$T" http://127.0.0.1:$PORT/login
T=$(csrf /discipline/rules/counting/new)
YEAR=$(date +%Y)
UNIT=$(psql -h 127.0.0.1 -U postgres -tAc "select u.code from unit u where u.kind = 'AGENCY' order by id limit 1" $DB)
# A sheet saved by BKPSDM one second after the rule save started (the OPD's morning sheet of 4 December).
( sleep 1; curl -s -o /dev/null -u bkpsdm:siapel-demo -H 'Content-Type: application/json' -X PUT \
    -w "sheet save during the recount ($UNIT): HTTP %{http_code} in %{time_total} s\n" \
    -d '{"reason": "Koreksi uji beban", "records": []}' \
    http://127.0.0.1:$PORT/api/v1/roll-calls/$UNIT/$YEAR-12-04/MORNING ) &
SHEET=$!
curl -s -b $J -c $J -o /dev/null -w "save rule: HTTP %{http_code} in %{time_total} s -> %{redirect_url}\n" \
  --data-urlencode "effectiveFrom=$YEAR-01-05" -d singleSessionMinutes=240 -d minutesPerDay=450 -d earlyWarningStreak=3 \
  --data-urlencode "legalBasis=Perbup Uji 1/$YEAR" -d confirmPast=true -d "_csrf=$T" \
  http://127.0.0.1:$PORT/discipline/rules/counting/new
wait $SHEET
HAS=$(psql -h 127.0.0.1 -U postgres -tAc "select to_regclass('background_job') is not null" $DB)
if [ "$HAS" = t ]; then
  for i in $(seq 1 900); do
    S=$(psql -h 127.0.0.1 -U postgres -tAc "select state from background_job order by id desc limit 1" $DB)
    [ "$S" = DONE -o "$S" = FAILED ] && break; sleep 1
  done
  psql -h 127.0.0.1 -U postgres -tAc "select 'job '||state||' '||done||'/'||total||': queued->done '||round(extract(epoch from finished_at-created_at)::numeric,1)||' s, run '||round(extract(epoch from finished_at-started_at)::numeric,1)||' s' from background_job order by id desc limit 1" $DB
fi
grep -E "Discipline counted again|Recount after a rule change" /tmp/bench-$DB.log | tail -2
kill $APP; wait $APP 2>/dev/null
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" postgres >/dev/null
