#!/usr/bin/env python3
# Right Job: check the job catalogue and the matching weights.
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check assets/jobs/catalogue.json and assets/jobs/weights.json.

Usage:
  check_catalogue.py [CATALOGUE] [--weights FILE] [--reference DIR]
                     [--slugs FILE | --no-symbols]

CATALOGUE    defaults to catalogue.json beside this script.
--weights    defaults to weights.json beside this script ("-" skips it).
--reference  the folder with onet_jobs.csv, onet_context.md and uk_soc2020.md;
             defaults to shared/reference beside the repository
             (<repo>/../shared/reference).
--slugs      a tab-separated list of symbol ids in column 1 (the OpenMoji
             annotation slugs); defaults to /tmp/om/slugs.tsv.
--no-symbols skip the symbol check (say so in the output).

Prints every problem as "FILE: PLACE: what is wrong", then the number of
jobs in each sector. Exit status: 0 clean, 1 problems in the data,
2 a wrong command line or a reference file that cannot be read.
"""
import argparse
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# The profile's cards, as "section/card". Jobs may only refer to these.
LIKES = ("cooking animals music computers football money gardening cleaning shopping cars art reading "
         "sorting helping_people being_outdoors tidying making_things food plants talking_to_people "
         "jokes earning_money caring_for_people").split()
GOOD_AT = ("attention_to_detail polishing counting being_on_time following_instructions sorting_things "
           "remembering lifting_and_carrying using_computers talking_to_people tidying_up working_carefully "
           "working_fast doing_the_same_task using_tools looking_after_animals stacking numbers welcoming_people "
           "caring_for_people cleaning cooking gardening using_money reading").split()
PLACES = ("quiet_places noisy_places busy_places indoors outdoors working_alone working_in_a_team "
          "meeting_the_public standing_up fast_pace same_routine strong_smells bright_lights own_space "
          "early_starts wearing_a_uniform getting_dirty hot_or_cold phone_calls out_of_town different_places").split()
USE_CARDS = ["likes/" + c for c in LIKES] + ["good_at/" + c for c in GOOD_AT]
# Quality cards: the places a job has, and the practical things it has or
# has not (weekends, evenings).
PLACE_CARDS = ["places/" + c for c in PLACES] + ["practical/weekends", "practical/evenings"]

LEVELS = ["never", "sometimes", "often", "always"]
SOURCES = ["onet", "judgement"]

# Every job describes each of these with at least one quality ("never" says
# a quality is absent).
DIMENSIONS = [
    ("noise", ["noisy_places", "quiet_places"]),
    ("busy or quiet", ["busy_places", "quiet_places"]),
    ("indoors or outdoors", ["indoors", "outdoors"]),
    ("alone or in a team", ["working_alone", "working_in_a_team"]),
    ("meeting the public", ["meeting_the_public"]),
    ("standing", ["standing_up"]),
    ("pace", ["fast_pace"]),
    ("routine", ["same_routine"]),
    ("smells", ["strong_smells"]),
    ("personal space", ["own_space"]),
    ("early starts", ["early_starts"]),
    ("uniform", ["wearing_a_uniform"]),
]
MIN_QUALITIES = 8
MIN_TASKS, MAX_TASKS = 3, 6
MAX_SENTENCE_WORDS = 15      # EASY_READ.md rule 2
MAX_QUALITY_WORDS = 12       # a quality's "words" is one short sentence
MAX_HOURS = 48               # the UK weekly working time limit

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
ONET_RE = re.compile(r"^\d\d-\d\d\d\d\.\d\d$")
INITIALS_RE = re.compile(r"\b[A-Z]{2,}\b|[A-Za-z]\*[A-Za-z]|\b(?:[A-Za-z]\.){2,}")
NUMBER_WORDS = set("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                   "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
                   "ninety hundred thousand".split())
BANNED = {"etc", "eg", "ie", "approx", "asap", "n/a"}

JOB_KEYS_REQUIRED = ["id", "onet_code", "onet_title", "title", "description", "symbol", "sector",
                     "hours", "uses", "qualities", "tasks"]
JOB_KEYS_OPTIONAL = ["uk_soc", "note", "where"]
PLACE_WORDS_KEYS = ["card", "good", "not_good"] + ["always", "often", "sometimes", "never"]


class Checker:
    def __init__(self, path):
        self.path = path
        self.problems = 0

    def bad(self, place, what):
        self.problems += 1
        print(f"{self.path}: {place}: {what}")


def words_of(text):
    return re.findall(r"[A-Za-z0-9'’\-]+", text)


def sentences_of(text):
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [p for p in parts if p]


def check_easy_read(ck, place, text, max_words=MAX_SENTENCE_WORDS, sentence=True, one_sentence=False):
    """Easy-read rules a program can check (EASY_READ.md rules 2, 3 and 7)."""
    if not isinstance(text, str) or not text.strip():
        ck.bad(place, "must be a non-empty string")
        return
    if text != text.strip() or "  " in text:
        ck.bad(place, "has extra spaces")
    sents = sentences_of(text)
    if sentence and not text.endswith((".", "!", "?")):
        ck.bad(place, f"should end with a full stop: {text!r}")
    if not sentence and text.endswith("."):
        ck.bad(place, f"a title has no full stop: {text!r}")
    if one_sentence and len(sents) != 1:
        ck.bad(place, f"should be one sentence, found {len(sents)}: {text!r}")
    for s in sents:
        n = len(words_of(s))
        if n > max_words:
            ck.bad(place, f"sentence has {n} words, at most {max_words}: {s!r}")
    m = INITIALS_RE.search(text)
    if m:
        ck.bad(place, f"no initials or abbreviations in easy-read text: {m.group(0)!r} in {text!r}")
    for w in words_of(text):
        lw = w.lower()
        if lw in NUMBER_WORDS:
            ck.bad(place, f"write numbers as digits, not {w!r}")
        if lw in BANNED:
            ck.bad(place, f"no abbreviations: {w!r}")
    if re.search(r"[&/;]", text):
        ck.bad(place, f"use words, not '&', '/' or ';': {text!r}")


def load_onet_jobs(ref):
    pairs = {}
    with open(os.path.join(ref, "onet_jobs.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pairs[row["onet_soc_code"]] = row
    return pairs


def load_onet_elements(ref):
    """Work Context elements named in onet_context.md: their IDs and both names."""
    names = {}
    with open(os.path.join(ref, "onet_context.md"), encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3 and re.match(r"^4\.C\.[0-9a-z.]+$", cells[0]):
                eid = cells[0]
                for name in (cells[0], cells[1], cells[2]):
                    if name and name not in ("–", "-"):
                        names[name] = eid
                # "Work Schedules (CT/CTP)" is also called "Work Schedules".
                base = re.sub(r"\s*\(.*\)$", "", cells[1])
                names.setdefault(base, eid)
    return names


def load_uk_soc(ref):
    """(soc code, O*NET code) pairs that uk_soc2020.md gives as seen, not unverified."""
    ok = set()
    with open(os.path.join(ref, "uk_soc2020.md"), encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) != 5 or not re.match(r"^\d{4}\??$", cells[2]):
                continue
            if "?" in cells[2] or not cells[4].lower().startswith("seen"):
                continue
            for code in re.findall(r"\d\d-\d\d\d\d\.\d\d", cells[1]):
                ok.add((cells[2], code))
    return ok


def load_slugs(path):
    seen, dup = set(), set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            slug = line.split("\t", 1)[0].strip()
            if not slug:
                continue
            if slug in seen:
                dup.add(slug)
            seen.add(slug)
    return seen, dup


def check_symbol(ck, place, sym, slugs):
    if not isinstance(sym, str) or not sym:
        ck.bad(place, "symbol must be a non-empty string")
        return
    if slugs is None:
        return
    known, dup = slugs
    if sym not in known:
        ck.bad(place, f"unknown symbol {sym!r}")
    elif sym in dup:
        ck.bad(place, f"symbol {sym!r} names more than one picture; choose another")


def check_catalogue(path, onet_jobs, onet_elements, uk_soc, slugs):
    ck = Checker(path)
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        ck.bad("file", f"cannot read it as JSON: {e}")
        return ck, {}
    if not isinstance(doc, dict):
        ck.bad("top", "must be an object")
        return ck, {}
    for k in doc:
        if k not in ("format", "format_version", "source", "sectors", "place_words", "task_settings", "jobs"):
            ck.bad("top", f"unknown field {k!r}")
    if doc.get("format") != "rightjob-jobs":
        ck.bad("format", 'must be "rightjob-jobs"')
    if doc.get("format_version") != 1:
        ck.bad("format_version", "must be 1")
    if not isinstance(doc.get("source"), str) or not doc.get("source"):
        ck.bad("source", "must be a non-empty string")

    sector_ids = []
    sectors = doc.get("sectors")
    if not isinstance(sectors, list) or not sectors:
        ck.bad("sectors", "must be a non-empty list")
        sectors = []
    for i, s in enumerate(sectors):
        place = f"sectors[{i}]"
        if not isinstance(s, dict):
            ck.bad(place, "must be an object")
            continue
        for k in s:
            if k not in ("id", "title", "symbol", "where"):
                ck.bad(place, f"unknown field {k!r}")
        sid = s.get("id")
        if not isinstance(sid, str) or not ID_RE.match(sid):
            ck.bad(place, "id must be lowercase letters, digits and _")
        elif sid in sector_ids:
            ck.bad(place, f"sector id {sid!r} used twice")
        else:
            sector_ids.append(sid)
        check_easy_read(ck, f"{place}.title", s.get("title"), sentence=False)
        check_symbol(ck, f"{place}.symbol", s.get("symbol"), slugs)
        check_easy_read(ck, f"{place}.where", s.get("where"), sentence=False)

    # The matcher's words for each place card: what the person said about it,
    # and what each level means for a vacancy.
    worded = set()
    place_words = doc.get("place_words")
    if not isinstance(place_words, list) or not place_words:
        ck.bad("place_words", "must be a non-empty list")
        place_words = []
    for i, pw in enumerate(place_words):
        place = f"place_words[{i}]"
        if not isinstance(pw, dict):
            ck.bad(place, "must be an object")
            continue
        for k in pw:
            if k not in PLACE_WORDS_KEYS:
                ck.bad(place, f"unknown field {k!r}")
        for k in PLACE_WORDS_KEYS:
            if k not in pw:
                ck.bad(place, f"missing field {k!r}")
        card = pw.get("card")
        if card not in PLACE_CARDS:
            ck.bad(place, f"{card!r} is not a places/ or practical/ quality card")
        elif card in worded:
            ck.bad(place, f"{card} has words twice")
        else:
            worded.add(card)
        for k in ("good", "not_good"):
            check_easy_read(ck, f"{place}.{k}", pw.get(k), one_sentence=True)
        for k in LEVELS:
            check_easy_read(ck, f"{place}.{k}", pw.get(k), max_words=MAX_QUALITY_WORDS, one_sentence=True)

    # Where or when a task is done, as the quality levels it sets.
    setting_ids = set()
    settings = doc.get("task_settings", [])
    if not isinstance(settings, list):
        ck.bad("task_settings", "must be a list")
        settings = []
    for i, st in enumerate(settings):
        place = f"task_settings[{i}]"
        if not isinstance(st, dict):
            ck.bad(place, "must be an object")
            continue
        for k in st:
            if k not in ("id", "words", "qualities"):
                ck.bad(place, f"unknown field {k!r}")
        sid = st.get("id")
        if not isinstance(sid, str) or not ID_RE.match(sid):
            ck.bad(place, "id must be lowercase letters, digits and _")
        elif sid in setting_ids:
            ck.bad(place, f"task setting {sid!r} listed twice")
        else:
            setting_ids.add(sid)
        check_easy_read(ck, f"{place}.words", st.get("words"), sentence=False)
        sq = st.get("qualities")
        if not isinstance(sq, list) or not sq:
            ck.bad(f"{place}.qualities", "must be a non-empty list")
            sq = []
        seen = set()
        for n, q in enumerate(sq):
            qp = f"{place}.qualities[{n}]"
            if not isinstance(q, dict) or set(q) != {"card", "level"}:
                ck.bad(qp, "must be an object with exactly card and level")
                continue
            if q["card"] not in worded:
                ck.bad(qp, f"{q['card']!r} has no words in place_words")
            if q["level"] not in LEVELS:
                ck.bad(qp, f"level must be one of {LEVELS}")
            if q["card"] in seen:
                ck.bad(qp, f"{q['card']} is listed twice")
            seen.add(q["card"])

    jobs = doc.get("jobs")
    if not isinstance(jobs, list) or not jobs:
        ck.bad("jobs", "must be a non-empty list")
        return ck, {}

    ids = set()
    per_sector = {s: 0 for s in sector_ids}
    for i, job in enumerate(jobs):
        jid = job.get("id") if isinstance(job, dict) else None
        place = f"jobs[{i}]" + (f" ({jid})" if isinstance(jid, str) else "")
        if not isinstance(job, dict):
            ck.bad(place, "must be an object")
            continue
        for k in JOB_KEYS_REQUIRED:
            if k not in job:
                ck.bad(place, f"missing field {k!r}")
        for k in job:
            if k not in JOB_KEYS_REQUIRED and k not in JOB_KEYS_OPTIONAL:
                ck.bad(place, f"unknown field {k!r}")
        if not isinstance(jid, str) or not ID_RE.match(jid):
            ck.bad(place, "id must be lowercase letters, digits and _")
        elif jid in ids:
            ck.bad(place, f"job id {jid!r} used twice")
        else:
            ids.add(jid)

        code, otitle = job.get("onet_code"), job.get("onet_title")
        if not isinstance(code, str) or not ONET_RE.match(code):
            ck.bad(f"{place}.onet_code", f"not an O*NET-SOC code: {code!r}")
        elif code not in onet_jobs:
            ck.bad(f"{place}.onet_code", f"{code} is not in onet_jobs.csv")
        elif onet_jobs[code]["title"] != otitle:
            ck.bad(f"{place}.onet_title", f"{otitle!r} is not the title of {code} "
                                         f"({onet_jobs[code]['title']!r})")
        if "uk_soc" in job:
            soc = job["uk_soc"]
            if not isinstance(soc, str) or not re.match(r"^\d{4}$", soc):
                ck.bad(f"{place}.uk_soc", "must be a 4-digit string")
            elif (soc, code) not in uk_soc:
                ck.bad(f"{place}.uk_soc", f"uk_soc2020.md does not give {soc} (seen) for {code}")
        if "note" in job and (not isinstance(job["note"], str) or not job["note"]):
            ck.bad(f"{place}.note", "must be a non-empty string")

        check_easy_read(ck, f"{place}.title", job.get("title"), sentence=False)
        check_easy_read(ck, f"{place}.description", job.get("description"))
        check_symbol(ck, f"{place}.symbol", job.get("symbol"), slugs)

        sector = job.get("sector")
        if sector not in per_sector:
            ck.bad(f"{place}.sector", f"{sector!r} is not one of the sectors")
        else:
            per_sector[sector] += 1
        if "where" in job:
            check_easy_read(ck, f"{place}.where", job["where"], sentence=False)

        hours = job.get("hours")
        if not isinstance(hours, dict):
            ck.bad(f"{place}.hours", "must be an object")
        else:
            for k in hours:
                if k not in ("min_per_week", "max_per_week", "typical"):
                    ck.bad(f"{place}.hours", f"unknown field {k!r}")
            lo, hi = hours.get("min_per_week"), hours.get("max_per_week")
            if not (type(lo) is int and type(hi) is int and 1 <= lo <= hi <= MAX_HOURS):
                ck.bad(f"{place}.hours", f"need whole numbers 1 <= min_per_week <= max_per_week <= {MAX_HOURS}")
            check_easy_read(ck, f"{place}.hours.typical", hours.get("typical"), sentence=False)

        uses = job.get("uses")
        if not isinstance(uses, list) or not uses:
            ck.bad(f"{place}.uses", "must be a non-empty list")
            uses = []
        for u in uses:
            if u not in USE_CARDS:
                ck.bad(f"{place}.uses", f"{u!r} is not a likes/ or good_at/ card")
        if len(set(map(str, uses))) != len(uses):
            ck.bad(f"{place}.uses", "a card is listed twice")

        quals = job.get("qualities")
        levels = {}
        if not isinstance(quals, list):
            ck.bad(f"{place}.qualities", "must be a list")
            quals = []
        if len(quals) < MIN_QUALITIES:
            ck.bad(f"{place}.qualities", f"has {len(quals)}, needs at least {MIN_QUALITIES}")
        for n, q in enumerate(quals):
            qp = f"{place}.qualities[{n}]"
            if not isinstance(q, dict):
                ck.bad(qp, "must be an object")
                continue
            for k in q:
                if k not in ("card", "level", "source", "words", "onet_element"):
                    ck.bad(qp, f"unknown field {k!r}")
            card = q.get("card")
            if card not in PLACE_CARDS:
                ck.bad(qp, f"{card!r} is not a places/ or practical/ quality card")
            elif card not in worded:
                ck.bad(qp, f"{card} has no words in place_words")
            elif card in levels:
                ck.bad(qp, f"{card} is listed twice")
            if q.get("level") not in LEVELS:
                ck.bad(qp, f"level must be one of {LEVELS}")
            elif card in PLACE_CARDS:
                levels[card] = q["level"]
            src = q.get("source")
            if src not in SOURCES:
                ck.bad(qp, f"source must be one of {SOURCES}")
            elif src == "onet":
                el = q.get("onet_element")
                if not isinstance(el, str) or el not in onet_elements:
                    ck.bad(qp, f"onet_element {el!r} is not a Work Context element in onet_context.md")
            elif "onet_element" in q:
                ck.bad(qp, "onet_element belongs only to qualities whose source is onet")
            check_easy_read(ck, f"{qp}.words", q.get("words"), max_words=MAX_QUALITY_WORDS, one_sentence=True)

        short = {c.split("/", 1)[1]: lv for c, lv in levels.items()}
        for name, cards in DIMENSIONS:
            if not any(c in short for c in cards):
                ck.bad(f"{place}.qualities", f"nothing says {name} ({' or '.join(cards)})")
        rank = {lv: LEVELS.index(lv) for lv in LEVELS}
        def high(c):
            return c in short and rank[short[c]] >= rank["often"]
        if high("quiet_places") and (high("noisy_places") or high("busy_places")):
            ck.bad(f"{place}.qualities", "quiet_places cannot be often or always beside noisy or busy places")
        for a, b in (("indoors", "outdoors"), ("working_alone", "working_in_a_team")):
            if short.get(a) == "never" and short.get(b) == "never":
                ck.bad(f"{place}.qualities", f"{a} and {b} cannot both be never")

        tasks = job.get("tasks")
        if not isinstance(tasks, list) or not (MIN_TASKS <= len(tasks) <= MAX_TASKS):
            ck.bad(f"{place}.tasks", f"needs {MIN_TASKS} to {MAX_TASKS} tasks")
            tasks = tasks if isinstance(tasks, list) else []
        tids = set()
        for n, t in enumerate(tasks):
            tp = f"{place}.tasks[{n}]"
            if not isinstance(t, dict):
                ck.bad(tp, "must be an object")
                continue
            for k in t:
                if k not in ("id", "title", "symbol", "uses", "qualities", "at"):
                    ck.bad(tp, f"unknown field {k!r}")
            tid = t.get("id")
            if not isinstance(tid, str) or not ID_RE.match(tid):
                ck.bad(tp, "id must be lowercase letters, digits and _")
            elif tid in tids:
                ck.bad(tp, f"task id {tid!r} used twice in this job")
            else:
                tids.add(tid)
            title = t.get("title")
            check_easy_read(ck, f"{tp}.title", title, sentence=False)
            if isinstance(title, str) and title and not title.split()[0].endswith("ing"):
                ck.bad(f"{tp}.title", f"start with a doing word, like 'Filling shelves': {title!r}")
            check_symbol(ck, f"{tp}.symbol", t.get("symbol"), slugs)
            tu = t.get("uses")
            if not isinstance(tu, list) or not tu:
                ck.bad(f"{tp}.uses", "must be a non-empty list")
                tu = []
            for u in tu:
                if u not in USE_CARDS:
                    ck.bad(f"{tp}.uses", f"{u!r} is not a likes/ or good_at/ card")
                elif u not in uses:
                    ck.bad(f"{tp}.uses", f"{u} is not in the job's uses")
            tq = t.get("qualities")
            if not isinstance(tq, list) or not tq:
                ck.bad(f"{tp}.qualities", "must be a non-empty list")
                tq = []
            cards = []
            for c in tq:
                # A card (the job's level holds) or {"card", "level"} (the task's own level).
                if isinstance(c, dict):
                    if set(c) != {"card", "level"}:
                        ck.bad(f"{tp}.qualities", "a task's own quality has exactly card and level")
                        continue
                    if c["card"] not in worded:
                        ck.bad(f"{tp}.qualities", f"{c['card']!r} has no words in place_words")
                    if c["level"] not in LEVELS:
                        ck.bad(f"{tp}.qualities", f"level must be one of {LEVELS}")
                    cards.append(c["card"])
                    continue
                cards.append(c)
                if c not in PLACE_CARDS:
                    ck.bad(f"{tp}.qualities", f"{c!r} is not a places/ or practical/ quality card")
                elif c not in levels:
                    ck.bad(f"{tp}.qualities", f"{c} is not one of the job's qualities")
                elif levels[c] == "never":
                    ck.bad(f"{tp}.qualities", f"{c} is 'never' for this job")
            if len(set(map(str, cards))) != len(cards):
                ck.bad(f"{tp}.qualities", "a card is listed twice")
            at = t.get("at", [])
            if not isinstance(at, list):
                ck.bad(f"{tp}.at", "must be a list of task settings")
                at = []
            for a in at:
                if a not in setting_ids:
                    ck.bad(f"{tp}.at", f"{a!r} is not one of the task_settings")
            if len(set(map(str, at))) != len(at):
                ck.bad(f"{tp}.at", "a setting is listed twice")
    return ck, {"doc": doc, "per_sector": per_sector}


def check_weights(path):
    ck = Checker(path)
    try:
        with open(path, encoding="utf-8") as f:
            w = json.load(f)
    except (OSError, ValueError) as e:
        ck.bad("file", f"cannot read it as JSON: {e}")
        return ck
    known = {"format", "format_version", "answer", "others_factor", "level", "like_weight", "skill_weight",
             "place_weight", "think_about_min_level", "strong_warning", "max_reasons", "max_think_about",
             "max_tasks", "min_task_score", "bands", "confidence", "sentences", "evidence", "tasters",
             "taster_weight", "hours", "need_more"}
    for k in w:
        if k not in known:
            ck.bad("top", f"unknown field {k!r}")
    for k in known:
        if k not in w:
            ck.bad("top", f"missing field {k!r}")
    if w.get("format") != "rightjob-weights":
        ck.bad("format", 'must be "rightjob-weights"')
    if w.get("format_version") != 1:
        ck.bad("format_version", "must be 1")

    def number(place, v, lo=None, hi=None):
        if type(v) not in (int, float) or (lo is not None and v < lo) or (hi is not None and v > hi):
            ck.bad(place, f"must be a number from {lo} to {hi}")
            return False
        return True

    ans = w.get("answer", {})
    if not isinstance(ans, dict) or set(ans) != {"positive", "middle", "negative"}:
        ck.bad("answer", "needs exactly positive, middle and negative")
    else:
        for k in ans:
            number(f"answer.{k}", ans[k], -1, 1)
        if not ans["negative"] < ans["middle"] < ans["positive"]:
            ck.bad("answer", "needs negative < middle < positive")
    lev = w.get("level", {})
    if not isinstance(lev, dict) or set(lev) != set(LEVELS):
        ck.bad("level", f"needs exactly {LEVELS}")
    else:
        for k in lev:
            number(f"level.{k}", lev[k], -1, 1)
        if not lev["never"] < lev["sometimes"] < lev["often"] <= lev["always"]:
            ck.bad("level", "needs never < sometimes < often <= always")
    for k in ("like_weight", "skill_weight", "place_weight"):
        number(k, w.get(k), 0, 10)
    number("others_factor", w.get("others_factor"), 0, 1)
    number("min_task_score", w.get("min_task_score"), -100, 100)
    if w.get("think_about_min_level") not in LEVELS[1:]:
        ck.bad("think_about_min_level", f"must be one of {LEVELS[1:]}")
    sw = w.get("strong_warning")
    if not isinstance(sw, dict) or set(sw) != {"min_level", "penalty", "words"}:
        ck.bad("strong_warning", "needs exactly min_level, penalty and words")
    else:
        if sw["min_level"] not in LEVELS[1:]:
            ck.bad("strong_warning.min_level", f"must be one of {LEVELS[1:]}")
        number("strong_warning.penalty", sw["penalty"], 0, 100)
        check_easy_read(ck, "strong_warning.words", sw["words"])
    for k in ("max_reasons", "max_think_about", "max_tasks"):
        if type(w.get(k)) is not int or not 1 <= w[k] <= 10:
            ck.bad(k, "must be a whole number from 1 to 10")
    bands = w.get("bands")
    if not isinstance(bands, dict) or set(bands) != {"good", "maybe"}:
        ck.bad("bands", "needs exactly good and maybe")
    elif number("bands.good", bands["good"], -100, 100) and number("bands.maybe", bands["maybe"], -100, 100) \
            and bands["maybe"] > bands["good"]:
        ck.bad("bands", "maybe cannot be more than good")
    conf = w.get("confidence")
    if not isinstance(conf, dict) or set(conf) != {"sure", "fairly_sure"}:
        ck.bad("confidence", "needs exactly sure and fairly_sure")
    elif number("confidence.sure", conf["sure"], 0, 1) and number("confidence.fairly_sure", conf["fairly_sure"], 0, 1) \
            and conf["fairly_sure"] > conf["sure"]:
        ck.bad("confidence", "fairly_sure cannot be more than sure")
    sentences = w.get("sentences")
    needs = {"like": ["{phrase}"], "good_at": ["{phrase}"], "you_said": ["{sentence}"],
             "carved_role": ["{tasks}", "{where}", "{hours}"], "and": [],
             "tried_liked": ["{phrase}"], "tried_not_liked": ["{phrase}"], "disagree": ["{who}"],
             "hours": ["{hours}"], "carved_title": ["{title}"], "carved_intro": [],
             "carved_tasks": ["{tasks}", "{where}"], "carved_also": ["{tasks}"], "carved_hours": ["{hours}"],
             "need_more": [], "do_next": ["{section}"], "good_heading": [], "maybe_heading": [],
             "none_heading": [], "good_title": ["{name}"], "maybe_title": ["{name}"], "none_title": ["{name}"],
             "need_more_title": ["{name}"]}
    if not isinstance(sentences, dict) or set(sentences) != set(needs):
        ck.bad("sentences", f"needs exactly {sorted(needs)}")
    else:
        for k, placeholders in needs.items():
            text = sentences[k]
            if not isinstance(text, str) or not text.strip():
                ck.bad(f"sentences.{k}", "must be a non-empty string")
                continue
            for ph in placeholders:
                if ph not in text:
                    ck.bad(f"sentences.{k}", f"must contain {ph}")
    # What answers in other sections mean: each rule names a card, an answer,
    # its words (said with who said it) and the cards it means.
    answers = ("positive", "middle", "negative")
    seen = set()
    for i, rule in enumerate(w.get("evidence", []) if isinstance(w.get("evidence"), list) else []):
        place = f"evidence[{i}]"
        if not isinstance(rule, dict) or set(rule) != {"card", "answer", "words", "means"}:
            ck.bad(place, "needs exactly card, answer, words and means")
            continue
        if (rule["card"], rule["answer"]) in seen:
            ck.bad(place, f"{rule['card']} has 2 rules for {rule['answer']}")
        seen.add((rule["card"], rule["answer"]))
        if rule["answer"] not in answers:
            ck.bad(f"{place}.answer", f"must be one of {answers}")
        check_easy_read(ck, f"{place}.words", rule["words"], one_sentence=True)
        if not isinstance(rule["means"], list) or not rule["means"]:
            ck.bad(f"{place}.means", "must be a non-empty list")
            continue
        for n, m in enumerate(rule["means"]):
            if not isinstance(m, dict) or set(m) != {"card", "answer"} or m.get("answer") not in answers:
                ck.bad(f"{place}.means[{n}]", "needs exactly card and answer")
    for i, rule in enumerate(w.get("tasters", []) if isinstance(w.get("tasters"), list) else []):
        if not isinstance(rule, dict) or set(rule) != {"card", "sectors", "jobs"}:
            ck.bad(f"tasters[{i}]", "needs exactly card, sectors and jobs")
        elif not rule["sectors"] and not rule["jobs"]:
            ck.bad(f"tasters[{i}]", "needs at least one sector or job")
    number("taster_weight", w.get("taster_weight"), 0, 10)
    hours = w.get("hours")
    if not isinstance(hours, dict) or set(hours) != {"penalty", "cards"}:
        ck.bad("hours", "needs exactly penalty and cards")
    else:
        number("hours.penalty", hours["penalty"], 0, 100)
        for n, c in enumerate(hours["cards"]):
            if not isinstance(c, dict) or set(c) != {"card", "hours"} or type(c["hours"]) is not int \
                    or not 1 <= c["hours"] <= MAX_HOURS:
                ck.bad(f"hours.cards[{n}]", f"needs card and hours from 1 to {MAX_HOURS}")
    nm = w.get("need_more")
    if not isinstance(nm, dict) or set(nm) != {"min_answers", "sections"}:
        ck.bad("need_more", "needs exactly min_answers and sections")
    return ck


def main(argv):
    ap = argparse.ArgumentParser(description="Check the Right Job job catalogue and weights.")
    ap.add_argument("catalogue", nargs="?", default=os.path.join(HERE, "catalogue.json"))
    ap.add_argument("--weights", default=os.path.join(HERE, "weights.json"))
    ap.add_argument("--reference", default=os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "reference")))
    ap.add_argument("--slugs", default="/tmp/om/slugs.tsv")
    ap.add_argument("--no-symbols", action="store_true")
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return 2 if e.code else 0

    try:
        onet_jobs = load_onet_jobs(args.reference)
        onet_elements = load_onet_elements(args.reference)
        uk_soc = load_uk_soc(args.reference)
    except (OSError, KeyError) as e:
        print(f"check_catalogue: cannot read the reference files in {args.reference}: {e}", file=sys.stderr)
        return 2
    slugs = None
    if not args.no_symbols:
        try:
            slugs = load_slugs(args.slugs)
        except OSError as e:
            print(f"check_catalogue: cannot read the symbol list {args.slugs}: {e} "
                  f"(give --slugs FILE or --no-symbols)", file=sys.stderr)
            return 2

    ck, info = check_catalogue(args.catalogue, onet_jobs, onet_elements, uk_soc, slugs)
    problems = ck.problems
    if args.weights != "-":
        problems += check_weights(args.weights).problems

    if info:
        doc = info["doc"]
        jobs = doc["jobs"]
        print(f"{len(jobs)} jobs")
        for sector, n in info["per_sector"].items():
            print(f"  {sector:16} {n}")
        qs = [q for j in jobs if isinstance(j, dict) for q in j.get("qualities", []) if isinstance(q, dict)]
        by_src = {s: sum(1 for q in qs if q.get("source") == s) for s in SOURCES}
        print(f"qualities: {len(qs)} ({', '.join(f'{k} {v}' for k, v in by_src.items())})")
        print(f"tasks: {sum(len(j.get('tasks', [])) for j in jobs if isinstance(j, dict))}")
        used = {c for j in jobs if isinstance(j, dict) for c in j.get("uses", [])}
        used |= {q.get("card") for q in qs}
        unused = [c for c in USE_CARDS + PLACE_CARDS if c not in used]
        if unused:
            print("cards no job uses: " + ", ".join(unused))
    if slugs is None:
        print("symbols not checked (--no-symbols)")
    print("clean" if problems == 0 else f"{problems} problem(s)")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
