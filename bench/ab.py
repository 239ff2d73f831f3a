#!/usr/bin/env python3
"""Interleaved whole-process A/B runs: median wall time and CPU time (user + sys) of each command.

    bench/ab.py RUNS LABEL=COMMAND ...
    bench/ab.py 21 "hello=java -cp /tmp/hello Hello" "now=./aihire recommend 'a chatbot'" \\
        "before=../before/aihire recommend 'a chatbot'"

Each round runs every command once, in the order given, so a machine that slows down slows all of
them alike; compare the medians, or their ratios. On a machine whose speed moves from minute to
minute (other tenants only ever add time), the minimum of each is worth reading too. Commands run through the shell, output dropped.

    bench/ab.py --answer RUNS LABEL=COMMAND ...

also reports when each command's first byte of standard output arrived (its "answer"), for a
command that goes on working after it has answered.
"""
import resource
import statistics
import subprocess
import sys
import time


def main():
    args = sys.argv[1:]
    answer = bool(args) and args[0] == "--answer"
    if answer:
        args = args[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    runs = int(args[0])
    commands = [a.split("=", 1) for a in args[1:]]
    wall = {label: [] for label, _ in commands}
    cpu = {label: [] for label, _ in commands}
    first = {label: [] for label, _ in commands}
    for _ in range(runs):
        for label, command in commands:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            if answer:
                p = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
                p.stdout.read(1)
                first[label].append((time.perf_counter() - start) * 1000)
                p.stdout.read()
                p.wait()
            else:
                subprocess.run(command, shell=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
            end = time.perf_counter()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall[label].append((end - start) * 1000)
            cpu[label].append(
                (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    for label, _ in commands:
        shown = (f"answer {statistics.median(first[label]):8.1f} ms "
                 f"(min {min(first[label]):8.1f})   " if answer else "")
        print(f"{label:12s} {shown}wall {statistics.median(wall[label]):8.1f} ms "
              f"(min {min(wall[label]):8.1f})   cpu {statistics.median(cpu[label]):8.1f} ms")
    with open("/proc/loadavg") as f:
        print("load", f.read().split()[0])


if __name__ == "__main__":
    main()
