"""Issue 24: the floor of the database stack under every page. What do N statements of one row
each (`SELECT ?`) cost through Vapor and Fluent's SQLite driver, before Godstart reads a real row,
builds anything or renders a page? Prints each count's requests per second and its share of
Vapor's minimal route, measured in the same run as `bench/run.py` measures the pages.

    python3 bench/floor.py --binary .build/release/godstart [--counts 0,1,2,6,12] [--duration 6]

A page's share above what its statement count allows here is spent in Godstart's own code (rows,
models, rendering); below it, the statements themselves are the limit."""

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True, help="a release build of godstart")
    parser.add_argument("--counts", default="0,1,2,6,12", help="statements a request runs, comma-separated")
    parser.add_argument("--duration", type=int, default=6, help="seconds of load for each")
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database = work / "floor.sqlite"
        sqlite3.connect(database).close()
        port = bench.free_port()
        server = bench.Server([args.binary, "minimal-route", "--port", str(port), "--database", str(database)], port, "/minimal",
                              log=work / "floor.log")
        try:
            minimal = bench.wrk(server.base + "/minimal", {}, args.duration, args.connections)
            print("| statements | requests/s | share of minimal | p99 |\n| ---: | ---: | ---: | ---: |")
            print(f"| minimal route | {minimal['requests_per_second']:,.0f} | 100 % | {minimal['p99_ms']:.1f} ms |")
            for count in (int(c) for c in args.counts.split(",")):
                result = bench.wrk(f"{server.base}/reads/{count}", {}, args.duration, args.connections)
                share = 100 * result["requests_per_second"] / minimal["requests_per_second"]
                print(f"| {count} | {result['requests_per_second']:,.0f} | {share:.1f} % | {result['p99_ms']:.1f} ms |", flush=True)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
