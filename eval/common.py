"""Shared helpers for the evaluation and benchmark scripts (stdlib only)."""

from __future__ import annotations

import gzip
import json
import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BIN = REPO_ROOT / "build" / "src" / "cli" / "storyline"
DEFAULT_DATA = REPO_ROOT / ".." / "shared" / "data"
TIME_BIN = "/usr/bin/time"

# Command template used to run a clusterer.  {bin}, {inputs} (space-joined,
# shell-quoted input paths), {out}, {threads} and {extra} are substituted.
DEFAULT_CMD = "{bin} cluster {inputs} --quiet --out {out} --format json {threads_opt} {extra}"


def resolve_data(arg: str | None) -> Path | None:
    """Return the data directory, or None when it does not exist."""
    p = Path(arg) if arg else DEFAULT_DATA
    if not p.is_absolute():
        p = (Path.cwd() / p)
    return p.resolve() if p.is_dir() else None


def read_jsonl(path: Path) -> list[dict]:
    op = gzip.open if str(path).endswith(".gz") else open
    out = []
    with op(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def stream_order(records: list, seed) -> list:
    """The input order the clusterer sees. The data files list each gold cluster's articles
    together, which would hand a single-pass clusterer the answer for undated articles, so by
    default they are shuffled with a fixed seed (seed None keeps the file order)."""
    if seed is None:
        return list(records)
    import random
    out = list(records)
    random.Random(seed).shuffle(out)
    return out


def write_jsonl(path: Path, records) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False))
            f.write("\n")
            n += 1
    return n


def build_cmd(template: str, bin_path: str, inputs: list[str], out: str,
              threads: int | None = None, extra: str = "") -> list[str]:
    threads_opt = "--threads %d" % threads if threads else ""
    s = template.format(
        bin=shlex.quote(str(bin_path)),
        inputs=" ".join(shlex.quote(str(i)) for i in inputs),
        input=shlex.quote(str(inputs[0])) if inputs else "",
        out=shlex.quote(str(out)),
        threads=threads or "",
        threads_opt=threads_opt,
        extra=extra or "",
    )
    return shlex.split(s)


def run_measured(argv: list[str], log_path: Path, timeout: float | None = None) -> dict:
    """Run argv, stdout+stderr to log_path.  Returns rc, wall seconds, peak RSS.

    Peak RSS comes from wait4() on this very child (ru_maxrss, KiB on Linux),
    so it is per run, not the running maximum of RUSAGE_CHILDREN.  Linux keeps
    the pre-exec high-water mark of a forked child, which would be this
    (possibly large) Python process, so when /usr/bin/time exists the command
    runs under it and its %M (the exec'd program's own peak) is used."""
    rss_file = Path(str(log_path) + ".rss")
    use_time = os.path.exists(TIME_BIN) and os.access(TIME_BIN, os.X_OK)
    if use_time:
        argv = [TIME_BIN, "-f", "MAXRSS_KIB=%M", "-o", str(rss_file)] + list(argv)
    t0 = time.perf_counter()
    with open(log_path, "wb") as log:
        try:
            proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT)
        except OSError as e:
            log.write(("cannot start: %s\n" % e).encode())
            return {"rc": 127, "seconds": 0.0, "maxrss_kib": 0, "error": str(e)}
        deadline = None if timeout is None else t0 + timeout
        while True:
            pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline and time.perf_counter() > deadline:
                proc.kill()
                pid, status, ru = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
    maxrss = ru.ru_maxrss
    how = "wait4"
    if use_time:
        try:
            m = re.search(r"MAXRSS_KIB=(\d+)", rss_file.read_text(errors="replace"))
            if m:
                maxrss = int(m.group(1))
                how = "time"
        except OSError:
            pass
    return {"rc": proc.returncode, "seconds": wall, "maxrss_kib": maxrss, "rss_from": how,
            "user_s": ru.ru_utime, "sys_s": ru.ru_stime}


def tail(path: Path, n: int = 20) -> str:
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join(lines[-n:])


def parse_output(path: Path, ids: list[str]) -> tuple[dict, dict]:
    """Read the clusterer's JSON document; map every input id to a story label.

    Uses articles[].story; falls back to stories[].articles for ids without a
    story.  Ids the output does not mention become their own singleton
    (label "__missing__:<id>") and are counted in info["missing"]."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    label: dict = {}
    for a in doc.get("articles") or []:
        aid = a.get("id")
        st = a.get("story")
        if aid is not None and st is not None:
            label[str(aid)] = "s:%s" % st
    for s in doc.get("stories") or []:
        sid = s.get("id")
        for aid in s.get("articles") or []:
            aid = str(aid if not isinstance(aid, dict) else aid.get("id"))
            label.setdefault(aid, "s:%s" % sid)
    missing = 0
    out = {}
    for i in ids:
        if i in label:
            out[i] = label[i]
        else:
            missing += 1
            out[i] = "__missing__:%s" % i
    info = {"missing": missing, "output_articles": len(doc.get("articles") or []),
            "output_stories": len(doc.get("stories") or [])}
    return out, info


def machine_info() -> dict:
    info = {"uname": " ".join(os.uname()), "nproc": os.cpu_count()}
    try:
        info["nproc"] = int(subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip())
    except Exception:
        pass
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.lower().startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return info


def fmt(x, nd=3):
    if x is None:
        return "-"
    if isinstance(x, float):
        return "%.*f" % (nd, x)
    return str(x)


def markdown_table(header: list[str], rows: list[list]) -> str:
    cells = [[str(c) for c in header]] + [[fmt(c) for c in r] for r in rows]
    w = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cells[0])) + " |",
             "|" + "|".join("-" * (w[i] + 2) for i in range(len(header))) + "|"]
    for r in cells[1:]:
        lines.append("| " + " | ".join(c.rjust(w[i]) if i else c.ljust(w[i]) for i, c in enumerate(r)) + " |")
    return "\n".join(lines)


def eprint(*a):
    print(*a, file=sys.stderr, flush=True)
