"""The NGO's side of the binding tests' round trip, with the NGO's real tools.

Started by tests/bindings/run.sh next to the loopback inbox (`waymark inbox
serve`). Every half second it runs `waymark-inbox pull` (downloads the
sealed envelopes and opens them with the NGO's private key; dummies are
dropped) and answers every report it has not
answered yet with `waymark-inbox reply` (sealed to the report's own reply
key). The answer names what the NGO read inside the envelope, so a language
test that reads it back through the bindings knows the report was opened:

    We read your <questionnaire id> report: <indicator ids, sorted, ", ">.

(or "We read your report." for a report without a questionnaire). The key
file's passphrase comes from WAYMARK_INBOX_PASSPHRASE, as for the tools.

    python3 ngo_responder.py INBOX_BIN INBOX_DIR URL
"""

import json
import os
import subprocess
import sys
import time

INBOX_BIN, INBOX_DIR, URL = sys.argv[1:4]
KEYS = os.path.join(INBOX_DIR, "ngo-keys.json")
STORE = os.path.join(INBOX_DIR, "ngo-store")
PULLED = os.path.join(INBOX_DIR, "ngo-pulled.json")


def tool(*args):
    common = ["--keys", KEYS, "--server", URL, "--store", STORE]
    subprocess.run([INBOX_BIN, "--json", *args[:1], *common, *args[1:]],
                   check=True, stdout=subprocess.DEVNULL)


def answer_for(report):
    fields = dict(report["fields"])
    if "questionnaire" not in fields:
        return "We read your report."
    outcome = json.loads(fields.get("outcome", "{}"))
    ids = sorted(i["id"] for i in outcome.get("indicators", []))
    return f"We read your {fields['questionnaire']} report: {', '.join(ids)}."


def main():
    answered = set()
    while True:
        # Pulled on every round: `/metrics` (which told this script when
        # something arrived) is off by default and behind the NGO's token
        # since the inbox hardening of issue 13.
        try:
            tool("pull", "--json-out", PULLED)
            with open(PULLED, encoding="utf-8") as f:
                reports = json.load(f)
            for report in reports:
                if report["report_id"] not in answered:
                    tool("reply", "--report", report["report_id"], "--text", answer_for(report))
                    answered.add(report["report_id"])
                    print(f"ngo: answered report {len(answered)}", flush=True)
        except (subprocess.CalledProcessError, OSError, ValueError, KeyError) as e:
            # Tried again on the next round; the test waits for the reply.
            print(f"ngo: {type(e).__name__}, trying again", flush=True)
        time.sleep(0.5)


if __name__ == "__main__":
    main()
