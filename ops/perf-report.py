#!/usr/bin/env python3
"""Writes the simulator section of docs/performance.md from the JSON that ops/perf.sh collected.

    python3 ops/perf-report.py docs/perf-results docs/performance.md

The folder keeps the latest JSON of each part and a manifest with a line per run (the last line of a part wins), so a
run of some parts leaves the others' figures as they were. Every figure carries the machine, the command, the date and
the load average of its run; a missed target is written as missed, with the numbers.
"""
import json
import os
import platform
import re
import subprocess
import sys

BEGIN, END = "<!-- simulator:begin -->", "<!-- simulator:end -->"


def machine():
    cores = os.cpu_count()
    model = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kib = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
    distro = ""
    if os.path.exists("/etc/os-release"):
        with open("/etc/os-release") as f:
            m = re.search(r'PRETTY_NAME="([^"]+)"', f.read())
            distro = m.group(1) if m else ""
    try:
        runtimes = subprocess.run(["dotnet", "--list-runtimes"], capture_output=True, text=True).stdout
        net = [l.split()[1] for l in runtimes.splitlines() if l.startswith("Microsoft.NETCore.App")][-1]
    except (OSError, IndexError):
        net = "?"
    return f"{cores} cores ({model}), {mem_kib / 1048576:.0f} GiB, {distro or platform.platform()}, .NET {net}"


def ms(v):
    # The simulator writes NaN (no samples) as the string "NaN".
    return f"{v:.1f}" if isinstance(v, (int, float)) and v == v else "n/a"


def errors(e):
    return ", ".join(f"`{k}` {v}" for k, v in e.items()) or "none"


def main(folder, doc):
    runs = {}
    with open(os.path.join(folder, "manifest.jsonl")) as f:
        for line in f:
            r = json.loads(line)
            path = os.path.join(folder, r["name"] + ".json")
            r["data"] = json.load(open(path)) if os.path.exists(path) else None
            runs[r["name"]] = r

    lines = [BEGIN, "## Sessions under load: the session simulator (issue 8)", ""]
    lines += [
        f"- Machine: {machine()}; shared with other builds while measuring, so every figure has the load average (1, 5, 15 min) at its start.",
        "- Command: `ops/perf.sh` (builds Release, starts the nodes with the load-test settings, runs `samples/SessionSimulator`, rewrites this section); each run's own command is beside it.",
        "- A session: host staff schedule it, link the centres, adopt criteria, register bids; the committee is seated through the dev-only shortcut (as the draw's system actor); centre staff issue check-in codes and check experts in; experts redeem their codes, join, declare, vote, review, then score and sign every bid (technical and commercial sheet each); summary, report, close. All sessions score at the same time; realistic pacing spreads each expert's sheets over the scoring window.",
        "- Warm-up: before the SQLite latency run, the SQLite ramp and the cluster's runs, the node (both nodes for the cluster) serves a 40-session run at flat pace that is not reported, so that the measured runs meet code the runtime has already compiled and tiered up, as in a node that has been in service for hours; without it a fresh process was still JIT-compiling about 16 methods a second during the measured scoring. The memory run starts on a fresh node.",
        "- **Score-to-host**: from an expert's `SubmitScoreSheet` send to the host staff connection of that session receiving the event (placeholder or not).",
        "- **Relay** (the baseline of the target): the same connections per session and the same score messages with the same pacing through `/hubs/relay` (no sign-in, no storage, no grain), in the same run, first; each message goes to every connection of the session, as the service pushes a score sheet (to host staff, and as a placeholder to every other member and to the other centres' staff). **Relay to the host only**: the baseline these reports used until 2026-12-03, where each message reached the host connection alone, measured next; the service pushes each score to about ten connections, so that baseline left the fan-out out of the floor.",
        "",
    ]

    r = runs.get("disk")
    lines += ["### The disk's commit floor", ""]
    if r and r["data"]:
        d = r["data"]
        lines += ["| date | load | fdatasync of 4 KiB | p50 ms | p99 ms | p99.9 ms | max ms | over 50 ms |",
                  "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
                  f"| {r['date']} | {r['load']} | {d['count']} in {d['seconds']:.0f} s (about {d['perSecond']:.0f}/s) | {ms(d['p50'])} | {ms(d['p99'])} | {ms(d['p999'])} | {ms(d['max'])} | {d['over50ms']} |",
                  "", "- Command: `ops/disk-probe.py` (run by `ops/perf.sh` first, with nothing else of ours running, in the folder the SQLite node then uses). Every durable append waits for one such flush (SQLite `synchronous = FULL`; PostgreSQL's WAL flush at commit); the relay never writes, so what the disk adds here is in every score-to-host figure below and in none of the relay's.", ""]
    else:
        lines += ["Not run.", ""]

    lines += ["### Score-to-host latency on one node, beside the bare relay", "",
              "| store | date | load | sessions × experts | finished | score-to-host p50 ms | p99 ms | relay p50 ms | relay p99 ms | p99 ÷ relay p99 | target p99 ≤ 2× relay | relay to the host only p50 / p99 ms | command round-trip p99 ms (every command, setup included) | errors by code |",
              "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |"]
    commands = []
    for store, name in (("SQLite", "latency-sqlite"), ("PostgreSQL", "latency-postgresql")):
        r = runs.get(name)
        if not r or not r["data"]:
            lines.append(f"| {store} | not run | | | | | | | | | | | | |")
            continue
        labelled = {x["label"]: x for x in r["data"]}
        real = labelled["sessions"]
        # Results from before 2026-12-03 have one relay, to the host only, under the label "relay".
        host = labelled.get("relay-host") or labelled["relay"]
        relay = labelled["relay"] if "relay-host" in labelled else None
        experts = host["connections"] // max(host["sessions"], 1) - 1
        host_cell = f"{ms(host['scoreToHost']['p50'])} / {ms(host['scoreToHost']['p99'])}"
        if relay is None:
            lines.append(
                f"| {store} | {r['date']} | {r['load']} | {real['sessions']} × {experts} | {real['sessionsFinished']}/{real['sessions']} | "
                f"{ms(real['scoreToHost']['p50'])} | {ms(real['scoreToHost']['p99'])} | not run | not run | | | {host_cell} | {ms(real['commandRoundTrip']['p99'])} | {errors(real['errors'])} |")
        else:
            p99, relay_p99 = real["scoreToHost"]["p99"], relay["scoreToHost"]["p99"]
            ratio = p99 / relay_p99 if isinstance(p99, (int, float)) and isinstance(relay_p99, (int, float)) and relay_p99 > 0 else float("nan")
            verdict = "met" if ratio <= 2 else f"**missed** ({ratio:.1f}×)"
            lines.append(
                f"| {store} | {r['date']} | {r['load']} | {real['sessions']} × {experts} | {real['sessionsFinished']}/{real['sessions']} | "
                f"{ms(real['scoreToHost']['p50'])} | {ms(real['scoreToHost']['p99'])} | {ms(relay['scoreToHost']['p50'])} | {ms(relay['scoreToHost']['p99'])} | "
                f"{ratio:.1f} | {verdict} | {host_cell} | {ms(real['commandRoundTrip']['p99'])} | {errors(real['errors'])} |")
        commands.append(f"- {store}: `{r['command']}`")
    lines += [""] + commands + [""]

    r = runs.get("cross-node")
    lines += ["### Cross-node delivery (experts on node 1, hosts on node 2, one PostgreSQL)", ""]
    if r and r["data"]:
        real = next(x for x in r["data"] if x["label"] == "sessions")
        p99 = real["scoreToHost"]["p99"]
        p99 = p99 if isinstance(p99, (int, float)) else float("nan")
        verdict = "met" if p99 < 100 else f"**missed** ({ms(p99)} ms)"
        lines += ["| date | load | sessions | finished | score-to-host p50 ms | p99 ms | max ms | target p99 < 100 ms | errors by code |",
                  "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
                  f"| {r['date']} | {r['load']} | {real['sessions']} | {real['sessionsFinished']}/{real['sessions']} | {ms(real['scoreToHost']['p50'])} | {ms(p99)} | {ms(real['scoreToHost']['max'])} | {verdict} | {errors(real['errors'])} |",
                  "", f"- Command: `{r['command']}` (every delivery crosses nodes: the event is appended on node 1 and reaches node 2 through PostgreSQL `LISTEN`/`NOTIFY`).", ""]
    else:
        lines += ["Not run.", ""]

    r = runs.get("memory")
    lines += ["### Memory per connection and per active session (one SQLite node)", ""]
    if r and r["data"]:
        m = r["data"]
        mib = lambda b: f"{b / 1048576:.1f}"
        lines += ["| date | load | idle connections | GC heap MiB before → after → with sessions | working set MiB before → after → with sessions | per connection KiB (GC heap / working set) | active sessions | per active session KiB (GC heap / working set) |",
                  "| --- | --- | ---: | --- | --- | --- | ---: | --- |",
                  f"| {r['date']} | {r['load']} | {m['connections']} | {mib(m['before']['gcHeapBytes'])} → {mib(m['afterConnections']['gcHeapBytes'])} → {mib(m['afterSessions']['gcHeapBytes'])} | "
                  f"{mib(m['before']['workingSetBytes'])} → {mib(m['afterConnections']['workingSetBytes'])} → {mib(m['afterSessions']['workingSetBytes'])} | "
                  f"{m['gcHeapPerConnection'] / 1024:.1f} / {m['workingSetPerConnection'] / 1024:.1f} | {m['activeSessions']} | {m['gcHeapPerSession'] / 1024:.1f} / {m['workingSetPerSession'] / 1024:.1f} |",
                  "", f"- Command: `{r['command']}`. Idle connections are signed-in host staff who joined no session; an active session is open in scoring with its host, centre staff and experts joined (their connections included). Readings after a forced full collection (`/diagnostics/memory`).", ""]
    else:
        lines += ["Not run.", ""]

    lines += ["### Sustained durable events per second per node", ""]
    for store, name in (("SQLite", "ramp-sqlite"), ("PostgreSQL", "ramp-postgresql")):
        r = runs.get(name)
        if not r or not r["data"]:
            lines += [f"- {store}: not run.", ""]
            continue
        d = r["data"]
        if d["sustainedPerSecond"] > 0:
            headline = f"**{store}: {d['sustainedPerSecond']:.0f} score sheets (durable events) per second** with score-to-host p99 within {d['limitMilliseconds']:.0f} ms"
            last = d["steps"][-1]
            if last["scoreToHost"]["p99"] <= d["limitMilliseconds"] and last["failures"] == 0:
                rates = {step["offeredPerSecond"] for step in d["steps"]}
                again = " (a step over it once was within it when measured again)" if len(rates) < len(d["steps"]) else ""
                headline += f" — a lower bound: every rate was within the limit{again} and the ramp ended after its last step ({len(d['steps'])} steps)"
        else:
            first = d["steps"][0] if d["steps"] else None
            headline = f"**{store}: not reached** — already the first step ({first['offeredPerSecond']:.0f}/s) had a score-to-host p99 of {ms(first['scoreToHost']['p99'])} ms, over {d['limitMilliseconds']:.0f} ms" if first else f"**{store}: no step ran**"
        lines += [headline + " "
                  f"({r['date']}, load at start {r['load']}; `{r['command']}`).", "",
                  "A step over the limit is measured again at the same rate, and the ramp ends when it is over twice running (or any step fails), so one slow step on the shared machine does not end it; both rows are shown.", "",
                  "| offered /s | answered /s | failed | score-to-host p50 ms | p99 ms | round-trip p99 ms | load at step start |",
                  "| ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        for s in d["steps"]:
            lines.append(f"| {s['offeredPerSecond']:.0f} | {s['answeredPerSecond']:.1f} | {s['failures']} | {ms(s['scoreToHost']['p50'])} | {ms(s['scoreToHost']['p99'])} | {ms(s['commandRoundTrip']['p99'])} | {s['loadBefore']} |")
        lines.append("")

    lines += ["### Draw and replay", "",
              "The draw figure is in [the draw section](#expert-draw-one-round-over-a-100000-expert-pool) above; the chain verify and replay figures get their own section from their benchmark. Both are written by `ops/bench.sh`, not by this script.", "",
              END]
    section = "\n".join(lines)

    text = open(doc).read()
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    open(doc, "w").write(text)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
