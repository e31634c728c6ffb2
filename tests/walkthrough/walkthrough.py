#!/usr/bin/env python3
"""Drives the real Right Job window in Xvfb with xdotool, as a job coach would.

The program writes where every target is after each frame
(RIGHTJOB_SCREEN_MAP_OUT), so each click lands on the middle of the button
it names, wherever the layout puts it. Usage (from walkthrough.sh):
  walkthrough.py RIGHTJOB DATA_FOLDER SCREENSHOT_FOLDER WORK_FOLDER
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import time

binary, data, shots, work = sys.argv[1:5]
map_file = os.path.join(work, "screen-map.json")
started_at = time.monotonic()
NOTE = "Walkthrough note: he likes this a lot."


def fail(message):
    print("FAIL:", message)
    try:
        with open(os.path.join(work, "rightjob.log"), encoding="utf-8", errors="replace") as f:
            said = f.read().splitlines()[-30:]
        if said:
            print("What the program printed last:")
            for line in said:
                print("  |", line)
    except OSError:
        pass
    shown = read_map()
    if shown:
        print("The screen was", shown["screen"], "with", [t["id"] for t in shown["targets"]][:40])
    screenshot("failure")
    sys.exit(1)


def read_map():
    try:
        with open(map_file, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def wait_for(what, test, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        shown = read_map()
        if shown and test(shown):
            return shown
        time.sleep(0.05)
    fail("waited %.0f s for %s" % (timeout, what))


def on_screen(name):
    return wait_for("the %s screen" % name, lambda m: m["screen"] == name)


def find(shown, test):
    for target in shown["targets"]:
        if test(target) and not target["partly_hidden"]:
            return target
    return None


def xdotool(*arguments):
    subprocess.run(["xdotool", *arguments], check=True)


class Program:
    def __init__(self):
        if os.path.exists(map_file):
            os.remove(map_file)
        env = dict(os.environ, RIGHTJOB_SCREEN_MAP_OUT=map_file)
        self.log = open(os.path.join(work, "rightjob.log"), "ab")
        began = time.monotonic()
        self.process = subprocess.Popen([binary, "--data-dir", data], env=env, stdout=self.log, stderr=self.log)
        on_screen("people")
        print("  the window opened in %.0f ms" % ((time.monotonic() - began) * 1000))
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.process.pid)],
                               capture_output=True, text=True, timeout=10)
        self.window = found.stdout.split()[0] if found.stdout.split() else None
        if not self.window:
            fail("no window of the program was found")
        xdotool("windowfocus", "--sync", self.window)

    def click(self, target_id=None, prefix=None, screen=None, timeout=10.0):
        """Clicks the target with this id (or the first whose id starts with prefix)."""
        def test(target):
            return target["id"] == target_id if target_id else target["id"].startswith(prefix)
        what = "a target %s" % (target_id or prefix + "...")
        end = time.monotonic() + timeout
        target = None
        scrolls = 0
        while target is None:
            shown = wait_for(what, lambda m: screen is None or m["screen"] == screen, max(0.1, end - time.monotonic()))
            target = find(shown, test)
            if target is None:
                hidden = next((t for t in shown["targets"] if test(t)), None)
                # Out of sight: the wheel brings it in, as a person would
                # (down first, then back up).
                scrolls += 1
                down = hidden["rect"][1] > 400 if hidden is not None else scrolls <= 15
                xdotool("mousemove", "--window", self.window, "640", "400")
                xdotool("click", "5" if down else "4")
                if time.monotonic() > end:
                    fail("waited %.0f s for %s" % (timeout, what))
                time.sleep(0.1)
        x, y, width, height = target["rect"]
        xdotool("mousemove", "--window", self.window, str(int(x + width / 2)), str(int(y + height / 2)))
        time.sleep(0.12)
        xdotool("click", "1")
        time.sleep(0.12)
        return target

    def wheel_down(self, notches):
        for _ in range(notches):
            xdotool("click", "5")
            time.sleep(0.05)

    def quit_with_ctrl_q(self):
        # Held as a hand holds it (about 0.2 s): ImGui 1.86 does not see a key
        # pressed and let go between two frames, which xdotool's "key" does
        # when the machine is busy.
        xdotool("windowfocus", "--sync", self.window)
        xdotool("keydown", "ctrl+q")
        time.sleep(0.25)
        xdotool("keyup", "ctrl+q")
        try:
            code = self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            fail("Ctrl+Q did not close the program")
        if code != 0:
            fail("the program ended with status %d" % code)


def screenshot(name):
    path = os.path.join(shots, name + ".png")
    if shutil.which("import"):
        subprocess.run(["import", "-window", "root", path], capture_output=True, timeout=20)
    elif shutil.which("xwd") and shutil.which("convert"):
        subprocess.run("xwd -root -silent | convert xwd:- '%s'" % path, shell=True, timeout=20)
    else:
        return
    if os.path.exists(path):
        print("  screenshot:", path)


def profile():
    paths = [p for p in glob.glob(os.path.join(data, "**", "profile.json"), recursive=True)
             if "/deleted/" not in p]
    if len(paths) != 1:
        fail("expected one person's profile.json, found %s" % paths)
    with open(paths[0], encoding="utf-8") as f:
        return json.load(f)


def answers_by_card(saved):
    return {key: len(record.get("answers", [])) for key, record in saved["cards"].items()}


# --- The first run: the journeys ------------------------------------------------

print("The walkthrough, in a real window on", os.environ.get("DISPLAY"))
program = Program()
screenshot("01-people")

# Open the demo person.
program.click(prefix="person:", screen="people")
on_screen("person")
before = profile()
screenshot("02-person")

# Put a card on the mat ("likes").
program.click("section:likes", screen="person")
on_screen("mat")
program.click("place:positive", screen="mat")
wait_for("the card placed on the mat", lambda m: find(m, lambda t: t["id"].startswith("placed:")))
screenshot("03-mat")

# Open a card, add a note and answer it.
program.click("all-cards", screen="mat")
card = program.click(prefix="card:", screen="section")
on_screen("card")
program.click("note", screen="card")
time.sleep(0.2)
xdotool("type", "--delay", "15", NOTE)
program.click("save-note", screen="card")
wait_for("'Saved.'", lambda m: find(m, lambda t: t["id"] == "message" and t["label"] == "Saved."))
program.click("answer:middle", screen="card")
screenshot("04-card")

# Back to the person, and end the session.
for _ in range(4):
    shown = read_map()
    if shown["screen"] == "person":
        break
    program.click("back")
    time.sleep(0.3)
on_screen("person")
program.click("end-session", screen="person")
wait_for("the session to end", lambda m: True, 1.0)
time.sleep(0.5)

# The jobs screen.
program.click("jobs", screen="person")
on_screen("jobs")
wait_for("the jobs", lambda m: find(m, lambda t: t["id"].startswith("job:") or t["id"].startswith("try:")), 20)
screenshot("05-jobs")

# Quit with Ctrl+Q.
program.quit_with_ctrl_q()

# --- What was saved ---------------------------------------------------------------

saved = profile()
problems = []
counts_before = answers_by_card(before)
counts_after = answers_by_card(saved)
grown = [key for key, count in counts_after.items() if count > counts_before.get(key, 0)]
likes = [key for key in grown if key.startswith("likes/")]
if not likes:
    problems.append("no card of 'likes' got a new answer from the mat")
notes = [(key, note) for key, record in saved["cards"].items() for note in record.get("notes", [])
         if note.get("text") == NOTE]
if len(notes) != 1:
    problems.append("the note was saved %d times, not once" % len(notes))
noted_key = notes[0][0] if notes else None
if noted_key and noted_key not in grown:
    problems.append("the card with the note (%s) has no new answer" % noted_key)
if noted_key and saved["cards"][noted_key]["answers"][-1]["value"] != "middle":
    problems.append("the card's last answer is not 'middle'")
new_sessions = [s for s in saved["sessions"] if s["id"] not in {b["id"] for b in before["sessions"]}]
if len(new_sessions) != 1:
    problems.append("expected one new session, found %d" % len(new_sessions))
else:
    session = new_sessions[0]
    if not session.get("ended_at"):
        problems.append("the session did not end")
    for key in grown:
        last = saved["cards"][key]["answers"][-1]
        if last.get("session") != session["id"]:
            problems.append("the answer to %s is not in the session" % key)
        if key.startswith("likes/") and key != noted_key and last.get("by") != "person":
            problems.append("the mat answer to %s is not the person's" % key)
if problems:
    fail("; ".join(problems))
print("  saved: the mat answer, the note, the card's answer and the ended session")

# --- The second run: everything is still there ------------------------------------

program = Program()
program.click(prefix="person:", screen="people")
on_screen("person")
program.click("section:likes", screen="person")
on_screen("mat")
placed = [key.split("/", 1)[1] for key in likes]
wait_for("the placed card on the mat after a restart",
         lambda m: any(t["id"].startswith("placed:") and any(p in t["id"] for p in placed) for t in m["targets"]))
screenshot("06-mat-after-restart")
program.click("back", screen="mat")
on_screen("person")
program.quit_with_ctrl_q()
again = profile()
if again["cards"].get(noted_key, {}).get("notes", [])[-1:] != saved["cards"][noted_key]["notes"][-1:]:
    fail("the note is gone after a restart")
if answers_by_card(again) != counts_after:
    fail("the answers changed after a restart")
print("  after a restart: all still there")
print("The walkthrough passed in %.1f s." % (time.monotonic() - started_at))
