"""Interleaved whole-process runs of dev.aihire.semantic.SemanticProbe (docs/semantic.md).

usage: python3 tools/distill/interleave.py N CLASSPATH -- none -- one "some need"
Runs each argument group N times (after 2 warm-up rounds), alternating, with the launcher's
start-up flags (plus -XX:SharedArchiveFile=$ARCHIVE when ARCHIVE is set), and prints the median
and minimum wall time and process CPU time (user + system) of each group.
"""
import os
import statistics
import subprocess
import sys
import time

FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xms8m", "-Xmn4m",
         "-XX:CICompilerCount=1", "-XX:-UsePerfData"]


def main():
    runs, classpath = int(sys.argv[1]), sys.argv[2]
    groups = []
    for arg in sys.argv[3:]:
        if arg == "--":
            groups.append([])
        else:
            groups[-1].append(arg)
    flags = list(FLAGS)
    if os.environ.get("ARCHIVE"):
        flags.append("-XX:SharedArchiveFile=" + os.environ["ARCHIVE"])
    wall = [[] for _ in groups]
    cpu = [[] for _ in groups]
    for round_ in range(runs + 2):
        for i, args in enumerate(groups):
            started = time.perf_counter()
            process = subprocess.Popen(
                ["java"] + flags + ["-cp", classpath, "dev.aihire.semantic.SemanticProbe"] + args,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(process.pid, 0)
            if round_ >= 2:
                wall[i].append((time.perf_counter() - started) * 1000)
                cpu[i].append((usage.ru_utime + usage.ru_stime) * 1000)
    for i, args in enumerate(groups):
        print("%-8s wall median %.1f ms (min %.1f)   cpu median %.1f ms (min %.1f)   n=%d" % (
            args[0], statistics.median(wall[i]), min(wall[i]), statistics.median(cpu[i]),
            min(cpu[i]), len(wall[i])))


if __name__ == "__main__":
    main()
