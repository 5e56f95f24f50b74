#!/usr/bin/env python3
"""The disk's own commit floor: appends 4 KiB and calls fdatasync, about as often as the SQLite writer commits in the
latency run, and writes the latency distribution as JSON. A durable append cannot answer sooner than its fdatasync,
while the relay never touches the disk, so this is the part of the score-to-host tail that belongs to the machine.

    python3 ops/disk-probe.py FOLDER SECONDS RATE OUT.json
"""
import json
import os
import sys
import time


def main(folder, seconds, rate, out):
    path = os.path.join(folder, "disk-probe.bin")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    samples, block, pause = [], b"x" * 4096, 1.0 / rate
    try:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            os.write(fd, block)
            started = time.perf_counter()
            os.fdatasync(fd)
            samples.append((time.perf_counter() - started) * 1000)
            time.sleep(pause)
    finally:
        os.close(fd)
        os.remove(path)
    samples.sort()
    at = lambda q: samples[min(len(samples) - 1, int(len(samples) * q))]
    result = {"seconds": seconds, "perSecond": rate, "count": len(samples), "p50": at(0.5), "p99": at(0.99), "p999": at(0.999),
              "max": samples[-1], "over50ms": sum(1 for s in samples if s > 50)}
    with open(out, "w") as f:
        json.dump(result, f, indent=2)
    print(f"disk: {len(samples)} fdatasync of 4 KiB in {seconds:.0f} s: p50 {result['p50']:.2f} p99 {result['p99']:.2f} "
          f"p99.9 {result['p999']:.1f} max {result['max']:.1f} ms; {result['over50ms']} over 50 ms", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4])
