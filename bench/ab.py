#!/usr/bin/env python3
"""Interleaved whole-process A/B runs: median wall time and CPU time (user + sys) of each command.

    bench/ab.py RUNS LABEL=COMMAND ...
    bench/ab.py 21 "hello=java -cp /tmp/hello Hello" "now=./aihire recommend 'a chatbot'" \\
        "before=../before/aihire recommend 'a chatbot'"

Each round runs every command once, in the order given, so a machine that slows down slows all of
them alike; compare the medians, or their ratios. Commands run through the shell, output dropped.
"""
import resource
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    runs = int(sys.argv[1])
    commands = [a.split("=", 1) for a in sys.argv[2:]]
    wall = {label: [] for label, _ in commands}
    cpu = {label: [] for label, _ in commands}
    for _ in range(runs):
        for label, command in commands:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            end = time.perf_counter()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall[label].append((end - start) * 1000)
            cpu[label].append(
                (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    for label, _ in commands:
        print(f"{label:12s} wall {statistics.median(wall[label]):8.1f} ms   "
              f"cpu {statistics.median(cpu[label]):8.1f} ms")
    with open("/proc/loadavg") as f:
        print("load", f.read().split()[0])


if __name__ == "__main__":
    main()
