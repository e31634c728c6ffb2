#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check Right Job data files by hand, before the program reads them.

Usage:
  python3 layouts/tools/check_data.py [--print] [--symbols FILE] LAYOUT.json... [PROFILE.json...]

Layouts are checked against layouts/README.md, profiles against
docs/profile-format.md (version 3). A profile is checked against the layout
named in its "layout" field, which must be one of the layouts given.

--print     print every sentence each card can make, to read them through.
--symbols   where to find the symbol ids: symbols/manifest.json (default, if it
            exists) or a tab-separated list with the id in the first column.

This script is a helper for people who write data. The program's own check is
"rightjob check FILE", which is what counts.
"""
import json
import os
import re
import sys
from datetime import datetime, timezone

ID_RE = re.compile(r"^[a-z0-9_]+$")
PERSON_ID_RE = re.compile(r"^[A-Za-z0-9-]+$")
TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
VALUES = ("positive", "middle", "negative")
MAX_WORDS = 15

# Words and habits easy read avoids (see /work/shared/EASY_READ.md).
HARD_WORDS = {
    "utilise", "utilize", "facilitate", "commence", "regarding", "approximately",
    "individual", "assistance", "require", "requires", "obtain", "additional",
    "appropriate", "etc", "e.g", "i.e", "via", "per", "pfa", "sen", "send",
    "ehcp", "bsl", "aac", "n/a", "okay",
}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "eleven", "twelve", "twenty", "thirty", "hundred"}

problems = []
warnings = []


def problem(where, what):
    problems.append(f"{where}: {what}")


def warn(where, what):
    warnings.append(f"{where}: {what}")


def line_of(text, needle, start=0):
    """The line number where needle first appears in text, after start."""
    i = text.find(needle, start)
    return text.count("\n", 0, i) + 1 if i >= 0 else 0


def words(s):
    return [w for w in re.split(r"\s+", s.strip()) if w]


def sentences(s):
    return [x for x in re.split(r"(?<=[.!?])\s+", s.strip()) if x]


def easy_read(where, s, person_text=False):
    """Check one string that people will read or hear."""
    if not s.strip():
        return
    for sent in sentences(s):
        n = len(words(sent))
        if n > MAX_WORDS:
            problem(where, f"{n} words in one sentence (at most {MAX_WORDS}): {sent!r}")
    for w in words(s):
        bare = w.strip(".,:;!?()\"'").lower()
        if bare in HARD_WORDS:
            problem(where, f"hard word or initials {w!r} in {s!r}")
        if bare in NUMBER_WORDS:
            problem(where, f"write numbers as digits, not {w!r}, in {s!r}")
        core = w.strip(".,:;!?()\"'")
        if len(core) >= 2 and core.isupper() and core not in ("OK", "I"):
            problem(where, f"initials or capitals {w!r} in {s!r}")
    if "  " in s:
        problem(where, f"two spaces in {s!r}")
    if s != s.strip():
        problem(where, f"space at the start or end of {s!r}")


def load_symbols(path):
    if not path or not os.path.exists(path):
        return None
    if path.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        ids = set()

        def walk(x):
            if isinstance(x, dict):
                if isinstance(x.get("id"), str):
                    ids.add(x["id"])
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)
        walk(data)
        return ids
    return {line.split("\t")[0] for line in open(path, encoding="utf-8") if line.strip()}


def exact_keys(where, obj, required, optional=()):
    if not isinstance(obj, dict):
        problem(where, "should be an object { ... }")
        return False
    for k in required:
        if k not in obj:
            problem(where, f"missing key {k!r}")
    for k in obj:
        if k not in required and k not in optional:
            problem(where, f"unknown key {k!r}")
    return True


def string(where, obj, key, empty_ok=False):
    v = obj.get(key)
    if not isinstance(v, str):
        problem(where, f"{key!r} should be a string")
        return ""
    if not empty_ok and not v.strip():
        problem(where, f"{key!r} should not be empty")
    return v


def check_layout(path, symbols, show):
    text = open(path, encoding="utf-8").read()
    try:
        lay = json.loads(text)
    except json.JSONDecodeError as e:
        problem(f"{path}:{e.lineno}", f"not valid JSON: {e.msg}")
        return None
    at = lambda needle: f"{path}:{line_of(text, needle)}"
    if not exact_keys(path, lay, ["format", "format_version", "id", "title", "language",
                                  "attribution", "scales", "sections"]):
        return None
    if lay.get("format") != "rightjob-layout":
        problem(at('"format"'), 'format should be "rightjob-layout"')
    if lay.get("format_version") != 1:
        problem(at('"format_version"'), "format_version should be 1")
    lid = string(path, lay, "id")
    if not ID_RE.match(lid):
        problem(at('"id"'), f"id {lid!r} should use only a-z, 0-9 and _")
    if os.path.basename(path) != lid + ".json":
        warn(path, f"file name does not match the id {lid!r}")
    easy_read(at('"title"'), string(path, lay, "title"))
    string(path, lay, "language")

    attr = lay.get("attribution")
    if exact_keys(at('"attribution"'), attr, ["supporter", "observer"], ["family_roles"]):
        for k in ("supporter", "observer"):
            v = string(at('"attribution"'), attr, k)
            if "{who}" not in v or "{sentence}" not in v:
                problem(at('"attribution"'), f"{k!r} needs both {{who}} and {{sentence}}")
        roles = attr.get("family_roles", [])
        if not isinstance(roles, list) or not all(isinstance(r, str) and r for r in roles):
            problem(at('"family_roles"'), "family_roles should be a list of words, like \"Mum\"")

    scales = {}
    for s in lay.get("scales", []):
        where = at('"id": "%s"' % s.get("id", ""))
        if not exact_keys(where, s, ["id", "answers"]):
            continue
        if not ID_RE.match(str(s["id"])):
            problem(where, f"scale id {s['id']!r} should use only a-z, 0-9 and _")
        if s["id"] in scales:
            problem(where, f"scale id {s['id']!r} is used twice")
        answers = s.get("answers")
        if not isinstance(answers, list) or len(answers) != 3:
            problem(where, "a scale needs exactly 3 answers")
            continue
        for want, a in zip(VALUES, answers):
            if not exact_keys(where, a, ["value", "words", "spoken", "symbol", "sentence"]):
                continue
            if a["value"] != want:
                problem(where, f"answers must be in the order positive, middle, negative; found {a['value']!r}")
            easy_read(where, string(where, a, "words"))
            easy_read(where, string(where, a, "spoken"))
            if symbols is not None and a["symbol"] not in symbols:
                problem(where, f"unknown symbol {a['symbol']!r}")
            if a["sentence"].count("{phrase}") != 1:
                problem(where, "a sentence needs {phrase} exactly once")
        scales[s["id"]] = s

    sections = {}
    for sec in lay.get("sections", []):
        sid = sec.get("id", "")
        where = at('"id": "%s"' % sid)
        if not exact_keys(where, sec, ["id", "title", "prompt", "symbol", "scale", "cards"], ["spoken_prompt"]):
            continue
        if not ID_RE.match(sid):
            problem(where, f"section id {sid!r} should use only a-z, 0-9 and _")
        if sid in sections:
            problem(where, f"section id {sid!r} is used twice")
        easy_read(where, string(where, sec, "title"))
        easy_read(where, string(where, sec, "prompt"))
        if "spoken_prompt" in sec:
            easy_read(where, string(where, sec, "spoken_prompt"))
        if symbols is not None and sec["symbol"] not in symbols:
            problem(where, f"unknown symbol {sec['symbol']!r}")
        scale = scales.get(sec["scale"])
        if scale is None:
            problem(where, f"no scale with id {sec['scale']!r}")
        card_ids = set()
        start = text.find('"id": "%s"' % sid)
        if not sec["cards"]:
            problem(where, "a section needs at least 1 card")
        for c in sec["cards"]:
            needle = '"id": "%s"' % c.get("id", "")
            cwhere = f"{path}:{line_of(text, needle, start)}"
            if not exact_keys(cwhere, c, ["id", "label", "spoken", "phrase", "symbol"]):
                continue
            if not ID_RE.match(c["id"]):
                problem(cwhere, f"card id {c['id']!r} should use only a-z, 0-9 and _")
            if c["id"] in card_ids:
                problem(cwhere, f"card id {c['id']!r} is used twice in section {sid!r}")
            card_ids.add(c["id"])
            easy_read(cwhere, string(cwhere, c, "label"))
            easy_read(cwhere, string(cwhere, c, "spoken", empty_ok=True))
            string(cwhere, c, "phrase")
            if symbols is not None and c["symbol"] not in symbols:
                problem(cwhere, f"unknown symbol {c['symbol']!r}")
            if scale is None:
                continue
            for a in scale["answers"]:
                sent = a["sentence"].replace("{phrase}", c["phrase"])
                easy_read(cwhere, sent)
                # As the summary will say it when someone else gave the answer.
                low = sent if sent.startswith("I ") else sent[0].lower() + sent[1:]
                for kind, pattern in attr.items():
                    if not isinstance(pattern, str):
                        continue  # family_roles
                    said = pattern.replace("{who}", "Mum").replace("{sentence}", low)
                    if len(words(said)) > MAX_WORDS:
                        problem(cwhere, f"{len(words(said))} words with {kind} attribution: {said!r}")
                if show:
                    print(f"  {sid}/{c['id']:<26} {sent}")
        sections[sid] = {"scale": sec["scale"], "cards": card_ids}
    return lay.get("id"), sections


def parse_time(where, v):
    if not isinstance(v, str) or not TIME_RE.match(v):
        problem(where, f"time {v!r} should look like 2026-10-05T10:00:00Z")
        return None
    try:
        return datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    except ValueError:
        problem(where, f"time {v!r} is not a real date and time")
        return None


def check_profile(path, layouts):
    text = open(path, encoding="utf-8").read()
    try:
        p = json.loads(text)
    except json.JSONDecodeError as e:
        problem(f"{path}:{e.lineno}", f"not valid JSON: {e.msg}")
        return
    at = lambda needle, start=0: f"{path}:{line_of(text, needle, start)}"
    if not exact_keys(path, p, ["format", "format_version", "id", "layout", "demo", "person",
                                "contributors", "sessions", "own_cards", "cards"]):
        return
    if p["format"] != "rightjob-profile":
        problem(at('"format"'), 'format should be "rightjob-profile"')
    if p["format_version"] != 4 or isinstance(p["format_version"], bool):
        problem(at('"format_version"'), "format_version should be 4")
    if not isinstance(p["id"], str) or not PERSON_ID_RE.match(p["id"]):
        problem(at('"id"'), "id should use only letters, digits and -")
    if not isinstance(p["demo"], bool):
        problem(at('"demo"'), "demo should be true or false")
    layout = layouts.get(p["layout"])
    if layout is None:
        problem(at('"layout"'), f"layout {p['layout']!r} was not given to this check")
        return

    person = p["person"]
    if exact_keys(at('"person"'), person, ["name", "preferred_name", "photo"]):
        string(at('"person"'), person, "name")
        string(at('"person"'), person, "preferred_name", empty_ok=True)
        string(at('"person"'), person, "photo", empty_ok=True)

    givers = {"person"}
    for c in p["contributors"]:
        where = at('"id": "%s"' % c.get("id", ""))
        if not exact_keys(where, c, ["id", "kind", "name", "role"]):
            continue
        if c["id"] in givers:
            problem(where, f"contributor id {c['id']!r} is used twice or is 'person'")
        givers.add(c["id"])
        if c["kind"] not in ("supporter", "observer"):
            problem(where, "kind should be supporter or observer")
        string(where, c, "name")
        easy_read(where, string(where, c, "role", empty_ok=True))

    sessions = {}
    last = None
    for s in p["sessions"]:
        where = at('"id": "%s"' % s.get("id", ""))
        if not exact_keys(where, s, ["id", "started_at", "place", "present"], ("ended_at", "ended_when_idle")):
            continue
        if s["id"] in sessions:
            problem(where, f"session id {s['id']!r} is used twice")
        t = parse_time(where, s["started_at"])
        if t and last and t < last:
            problem(where, "sessions should be oldest first")
        last = t or last
        easy_read(where, string(where, s, "place"))
        for who in s["present"]:
            if who not in givers:
                problem(where, f"{who!r} in present is not 'person' or a contributor id")
        sessions[s["id"]] = (t, set(s["present"]))

    def check_when(where, item):
        """by, at and session of an answer, a note or an own card."""
        by, when, ses = item.get("by", item.get("added_by")), item.get("at", item.get("added_at")), item.get("session")
        if by not in givers:
            problem(where, f"{by!r} is not 'person' or a contributor id")
        t = parse_time(where, when)
        if ses == "":
            return t
        if ses not in sessions:
            problem(where, f"no session with id {ses!r}")
            return t
        st, present = sessions[ses]
        if by not in present:
            problem(where, f"{by!r} was not present in session {ses!r}")
        if t and st and (t < st or t.date() != st.date()):
            problem(where, f"{when} is not during session {ses!r} (started {st:%Y-%m-%dT%H:%M:%SZ})")
        return t

    own = {}
    for oc in p["own_cards"]:
        where = at('"label": "%s"' % oc.get("label", ""))
        if not exact_keys(where, oc, ["section", "id", "label", "spoken", "symbol", "photo",
                                      "added_by", "added_at", "session"], ["means"]):
            continue
        means = oc.get("means", "")
        if means:
            msec, _, mcard = means.partition("/")
            if msec not in layout or mcard not in layout[msec]["cards"]:
                problem(where, f"means {means!r}, which is not a card of layout {p['layout']!r}")
        sec = layout.get(oc["section"])
        if sec is None:
            problem(where, f"no section {oc['section']!r} in layout {p['layout']!r}")
            continue
        if oc["id"] in sec["cards"] or (oc["section"], oc["id"]) in own:
            problem(where, f"own card id {oc['id']!r} is already used in {oc['section']!r}")
        own[(oc["section"], oc["id"])] = oc
        easy_read(where, string(where, oc, "label"))
        easy_read(where, string(where, oc, "spoken", empty_ok=True))
        if oc["symbol"] and SYMBOLS is not None and oc["symbol"] not in SYMBOLS:
            problem(where, f"unknown symbol {oc['symbol']!r}")
        check_when(where, oc)

    sections_used = set()
    answers = 0
    for key, entry in p["cards"].items():
        start = text.find('"%s"' % key)
        where = at('"%s"' % key)
        if key.count("/") != 1:
            problem(where, f"card key {key!r} should be section-id/card-id")
            continue
        sid, cid = key.split("/")
        sec = layout.get(sid)
        if sec is None or (cid not in sec["cards"] and (sid, cid) not in own):
            problem(where, f"no card {key!r} in layout {p['layout']!r} or in own_cards")
        sections_used.add(sid)
        if not exact_keys(where, entry, ["sharing", "answers", "notes"]):
            continue
        if entry["sharing"] not in ("everyone", "team", "nobody"):
            problem(where, "sharing should be everyone, team or nobody")
        prev = None
        for a in entry["answers"]:
            aw = at('"by": "%s"' % a.get("by", ""), start)
            if not exact_keys(aw, a, ["value", "by", "at", "session"]):
                continue
            if a["value"] not in VALUES:
                problem(aw, f"value {a['value']!r} should be positive, middle or negative")
            t = check_when(aw, a)
            if t and prev and t < prev:
                problem(aw, "answers should be oldest first")
            prev = t or prev
            answers += 1
        prev = None
        for n in entry["notes"]:
            nw = at('"text": "%s"' % n.get("text", "")[:20], start)
            if not exact_keys(nw, n, ["text", "by", "at", "session"]):
                continue
            easy_read(nw, string(nw, n, "text"))
            t = check_when(nw, n)
            if t and prev and t < prev:
                problem(nw, "notes should be oldest first")
            prev = t or prev
    print(f"{path}: {len(p['cards'])} cards, {answers} answers, "
          f"{len(sections_used)} of {len(layout)} sections used")


SYMBOLS = None


def main(argv):
    global SYMBOLS
    show = "--print" in argv
    argv = [a for a in argv if a != "--print"]
    here = os.path.dirname(os.path.abspath(__file__))
    sym_path = os.path.join(here, "..", "..", "symbols", "manifest.json")
    if "--symbols" in argv:
        i = argv.index("--symbols")
        sym_path = argv[i + 1]
        del argv[i:i + 2]
    SYMBOLS = load_symbols(sym_path)
    if SYMBOLS is None:
        print(f"note: no symbol list at {sym_path}; symbol ids were not checked")
    if not argv:
        print(__doc__)
        return 2
    layouts, profiles = {}, []
    for path in argv:
        try:
            fmt = json.load(open(path, encoding="utf-8")).get("format")
        except (OSError, json.JSONDecodeError, AttributeError):
            fmt = None
        if fmt == "rightjob-profile":
            profiles.append(path)
            continue
        if show:
            print(path)
        got = check_layout(path, SYMBOLS, show)
        if got:
            layouts[got[0]] = got[1]
    for path in profiles:
        check_profile(path, layouts)
    for w in warnings:
        print("warning:", w)
    for pr in problems:
        print("problem:", pr)
    print(f"{len(problems)} problems, {len(warnings)} warnings")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
