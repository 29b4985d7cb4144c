#!/usr/bin/env python3
"""Times SiApel's heavy requests against a running instance (standard library only).

Start a large demo regency first (README, "Demo users"), e.g.
    SIAPEL_DATABASE_NAME=siapel_bench15k SIAPEL_DEMO_EMPLOYEES=15000 ./mvnw spring-boot:run
then run
    scripts/bench.py [--base http://localhost:8080] [--runs 11] [--date YYYY-MM-DD]
Each request is sent once to warm up, then --runs times; the median and the slowest are printed.
The sheet saves write to the database (as HR, with a reason): use a benchmark database.
"""
import argparse
import base64
import http.cookiejar
import json
import re
import statistics
import time
import urllib.parse
import urllib.request


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--user", default="bkpsdm:siapel-demo")
    parser.add_argument("--date", help="a past working day of the sheet unit (default: the last submitted one)")
    parser.add_argument("--sheet-unit", default="RSUD-KEPERAWATAN")
    parser.add_argument("--large-unit", default="RSUD")
    parser.add_argument("--year", type=int)
    args = parser.parse_args()
    auth = "Basic " + base64.b64encode(args.user.encode()).decode()

    def call(method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(args.base + path, data=data, method=method)
        request.add_header("Authorization", auth)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        start = time.perf_counter()
        with urllib.request.urlopen(request) as response:
            payload = response.read()
        return time.perf_counter() - start, payload

    def measure(label, method, path, body_for_run=None):
        call(method, path, body_for_run() if body_for_run else None)
        times = [call(method, path, body_for_run() if body_for_run else None)[0] for _ in range(args.runs)]
        print(f"{label:58s} median {statistics.median(times) * 1000:7.1f} ms   max {max(times) * 1000:7.1f} ms")

    # The pages (reports, exports) use the web login, not HTTP Basic.
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    login_page = browser.open(args.base + "/login").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', login_page).group(1)
    username, password = args.user.split(":", 1)
    browser.open(args.base + "/login", urllib.parse.urlencode(
        {"username": username, "password": password, "_csrf": token}).encode()).read()

    def page(label, path):
        def fetch():
            start = time.perf_counter()
            with browser.open(args.base + path) as response:
                size = len(response.read())
            return time.perf_counter() - start, size
        fetch()
        runs = [fetch() for _ in range(args.runs)]
        times = [t for t, _ in runs]
        print(f"{label:58s} median {statistics.median(times) * 1000:7.1f} ms   max {max(times) * 1000:7.1f} ms"
              f"   ({runs[0][1] / 1024:.0f} KB)")

    me = json.loads(call("GET", "/api/v1/users/me")[1])
    year = args.year or int(time.strftime("%Y"))
    date = args.date or f"{year}-01-02"
    print(f"SiApel at {args.base} as {me.get('username')}, {args.runs} runs each")

    measure("employees: search by name 'sri', page of 50", "GET", "/api/v1/employees?q=sri&size=50")
    measure("employees: search by NIP prefix '1985', page of 50", "GET", "/api/v1/employees?q=1985&size=50")
    measure("employees: unit DINKES with sub-units, page of 50", "GET", "/api/v1/employees?unit=DINKES&size=50")
    measure("employees: whole regency, page 100 of 50", "GET", "/api/v1/employees?page=100&size=50")

    sheet = f"/api/v1/roll-calls/{args.sheet_unit}/{date}/MORNING"
    loaded = json.loads(call("GET", sheet)[1])
    print(f"sheet {args.sheet_unit} {date}: {len(loaded['records'])} employees")
    measure(f"roll call: load the sheet ({len(loaded['records'])} employees)", "GET", sheet)

    def save_body():
        current = json.loads(call("GET", sheet)[1])
        records = [{"nip": r["nip"], "status": r["status"], "minutes": r["minutes"], "note": r["note"]}
                   for r in current["records"]]
        # Flip one employee between present and sick so every save changes something.
        first = records[0]
        first["status"] = "SICK" if first["status"] == "PRESENT" else "PRESENT"
        first["minutes"] = None
        return {"version": current["version"], "reason": "Benchmark", "records": records}

    saves = []
    for _ in range(args.runs + 1):
        body = save_body()
        saves.append(call("PUT", sheet, body)[0])
    saves = saves[1:]
    print(f"{'roll call: save the whole sheet (HR, with a reason)':58s} median {statistics.median(saves) * 1000:7.1f} ms"
          f"   max {max(saves) * 1000:7.1f} ms")
    large = f"/api/v1/roll-calls/{args.large_unit}/{date}/MORNING"
    size = len(json.loads(call("GET", large)[1])["records"])
    measure(f"roll call: load the sheet of {args.large_unit} ({size} employees)", "GET", large)

    measure(f"discipline: regency-wide list {year} (minDays=1)", "GET", f"/api/v1/discipline?year={year}&minDays=1")
    measure(f"discipline: regency-wide list {year} (minDays=0)", "GET", f"/api/v1/discipline?year={year}&minDays=0")
    nip = loaded["records"][0]["nip"]
    measure(f"discipline: one employee's standing {year}", "GET", f"/api/v1/discipline/{nip}?year={year}")
    measure(f"flags: regency, whole year {year}", "GET", f"/api/v1/flags?from={year}-01-01&to={year}-12-31")
    measure(f"calendar: a year for {args.large_unit}", "GET",
            f"/api/v1/calendar?from={year}-01-01&to={year}-12-31&unit={args.large_unit}")

    month = f"from={date[:7]}-01&to={date}"
    page("page: employee list, search 'sri'", "/employees?q=sri")
    page("page: discipline standings of the regency", f"/discipline?year={year}")
    page("page: compliance board", "/reports/board")
    page("page: compliance board, table only (what htmx polls)", "/reports/board/table")
    page(f"page: recap by OPD, {date[:7]}", f"/reports/recap?{month}")
    page(f"page: recap by employee, {date[:7]}", f"/reports/recap/employees?{month}")
    page(f"page: recap by employee, whole year {year}", f"/reports/recap/employees?from={year}-01-01&to={date}")
    page(f"export: recap by employee {year} as XLSX (every employee)",
         f"/reports/recap/employees.xlsx?from={year}-01-01&to={date}")
    page(f"export: recap by employee {year} as CSV (every employee)",
         f"/reports/recap/employees.csv?from={year}-01-01&to={date}")
    page("page: charts of the year", f"/reports/charts?from={year}-01-01&to={date}")


if __name__ == "__main__":
    main()
