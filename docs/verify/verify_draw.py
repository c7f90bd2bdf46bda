#!/usr/bin/env python3
"""Independent verifier for suiji-draw-v1 draw records (抽取记录独立核验程序).

Written from shared/DRAW-SPEC.md alone, with nothing but the Python 3 standard library,
so that anyone -- a discipline inspector, a notary, a journalist -- can recompute a draw
without the clerk's software.

    python3 verify_draw.py record.json      # exit 0: the record recomputes exactly
                                            # exit 1: names the first difference
"""
import hashlib
import json
import sys
import unicodedata


def h(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def hexh(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical(keys):
    # sorted ascending by byte value: keys are printable ASCII, so str order is byte order
    return "\n".join(sorted(keys, key=lambda k: k.encode("utf-8")))


class Stream:
    """The tagged random stream of spec section 3."""

    def __init__(self, seed: bytes, tag: str):
        self.seed, self.tag, self.block, self.words = seed, tag.encode("utf-8"), 0, []

    def word(self) -> int:
        if not self.words:
            b = h(self.seed + self.tag + b"\x00" + self.block.to_bytes(8, "big"))
            self.block += 1
            self.words = [int.from_bytes(b[i:i + 8], "big") for i in range(0, 32, 8)]
        return self.words.pop(0)

    def uniform(self, n: int) -> int:
        limit = (2 ** 64 // n) * n
        while True:
            u = self.word()
            if u < limit:
                return u % n


def normalise_entropy(typed: str) -> str:
    strip = "\t\n\x0b\x0c\r \u3000"
    return unicodedata.normalize("NFC", typed).strip(strip)


def recompute(rec):
    nonce = bytes.fromhex(rec["nonce"])
    commitment = hashlib.sha256(nonce).hexdigest()
    strata = rec["strata"]
    groups = sorted(rec["groups"], key=lambda g: g["key"].encode("utf-8"))
    conflicts = {(c[0], c[1]) for c in rec["conflicts"]}
    conflict_text = canonical(f"{i}\t{o}" for i, o in conflicts)
    lines = ["suiji-draw-v1", "task=" + rec["task"]]
    for s in strata:
        lines.append(f"stratum={s['key']};n={len(s['pool'])};k={s['k']};pool={hexh(canonical(s['pool']))}")
    for g in groups:
        lines.append(f"group={g['key']};n={len(g['pool'])};m={g['m']};pool={hexh(canonical(g['pool']))}")
    lines += ["conflicts=" + hexh(conflict_text), "commitment=" + commitment,
              "nonce=" + nonce.hex(), "entropy=" + rec["entropy"]]
    seed = h("\n".join(lines).encode("utf-8"))

    selected = []
    for s in strata:  # section 4
        a = sorted(s["pool"], key=lambda k: k.encode("utf-8"))
        n, k = len(a), s["k"]
        if not 0 <= k <= n:
            raise ValueError(f"stratum {s['key']}: k={k} outside 0..{n}")
        stream = Stream(seed, "obj:" + s["key"])
        for i in range(k):
            j = i + stream.uniform(n - i)
            a[i], a[j] = a[j], a[i]
        selected += a[:k]

    stream, big_k = Stream(seed, "ins"), len(selected)  # section 5
    caps = {g["key"]: (big_k * g["m"] + len(g["pool"]) - 1) // len(g["pool"]) for g in groups if g["pool"]}
    load = {}
    assignments = []
    for o in selected:
        picked, relaxed = [], False
        for g in groups:
            pool = sorted(g["pool"], key=lambda k: k.encode("utf-8"))
            e = [i for i in pool if (i, o) not in conflicts and load.get(i, 0) < caps.get(g["key"], 0)]
            if len(e) < g["m"]:
                e = [i for i in pool if (i, o) not in conflicts]
                relaxed = True
            if len(e) < g["m"]:
                raise ValueError(f"INFEASIBLE: object {o}, group {g['key']}")
            for t in range(g["m"]):
                j = t + stream.uniform(len(e) - t)
                e[t], e[j] = e[j], e[t]
                picked.append(e[t])
                load[e[t]] = load.get(e[t], 0) + 1
        assignments.append({"object": o, "inspectors": picked, "capRelaxed": relaxed})

    result = "\n".join(a["object"] + "\t" + ",".join(a["inspectors"]) for a in assignments)
    return commitment, seed.hex(), selected, assignments, hexh(result)


def verify(rec):
    """The first difference between the record and its recomputation, or None."""
    if rec.get("spec") != "suiji-draw-v1":
        return "spec"
    if normalise_entropy(rec["entropy"]) != rec["entropy"]:
        return "entropy (not normalised)"
    try:
        commitment, seed, selected, assignments, result_hash = recompute(rec)
    except ValueError as e:
        return str(e)
    if commitment != rec["commitment"]:
        return "commitment"
    if seed != rec["seed"]:
        return "seed"
    for i, (a, b) in enumerate(zip(selected, rec["selected"])):
        if a != b:
            return f"selected[{i}]"
    if len(selected) != len(rec["selected"]):
        return "selected (length)"
    for i, (a, b) in enumerate(zip(assignments, rec["assignments"])):
        if a != b:
            return f"assignments[{i}]"
    if len(assignments) != len(rec["assignments"]):
        return "assignments (length)"
    if result_hash != rec["resultHash"]:
        return "resultHash"
    return None


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        rec = json.load(f)
    diff = verify(rec)
    if diff is None:
        code = rec["resultHash"][:16]
        print("一致 / match: " + "-".join(code[i:i + 4] for i in range(0, 16, 4)))
        return 0
    print("不一致 / MISMATCH: " + diff)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
