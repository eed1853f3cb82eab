"""The NGO desk in a real browser (headless Chromium through WebDriver).

Run by tests/desk/run.sh, which installs Debian's chromium and
chromium-driver and Selenium (in a virtualenv) when missing, and builds the
two programs. Everything runs on 127.0.0.1:

1. `waymark inbox serve` starts a real NGO inbox (SQLite) in a temporary
   folder.
2. A "phone" (a `waymark` vault) trusts that NGO, answers two built-in
   questionnaires from answers files (a Ukrainian self-check that ends
   urgent, seven quick screens in English and Spanish) and writes one
   free-text report; the nine are sealed into the outbox and sent with
   verified receipts.
3. `waymark-inbox desk` runs next to the NGO's key file.
4. Chromium logs in, filters the list to the urgent report, opens it,
   sets its status, starts a reply from a template (written in the
   reporter's language), sends it, switches the desk to Arabic (right to
   left) and back, and opens the dashboard. Screenshots of the list, the
   report and the dashboard go to the folder named on the command line.
5. The phone fetches replies (`waymark replies --fetch`) and must read the
   desk's reply.

It also records every request the browser made (Chrome's performance log)
and fails if any went anywhere but the desk.

    python3 browser_test.py BIN_DIR SCREENSHOT_DIR
"""

import json
import os
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BIN, SHOTS = sys.argv[1], sys.argv[2]
WAYMARK = os.path.join(BIN, "waymark")
INBOX = os.path.join(BIN, "waymark-inbox")
PASSPHRASE = "desk browser test passphrase"
PASSCODE = "desk-browser-passcode-7"
FREE_TEXT = "MARKER-desk they keep our passports in the office"
# The Ukrainian "We received your report" template, as desk.ftl has it.
EXPECTED_REPLY_START = "Дякуємо за довіру."

passed = 0
failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}", flush=True)
    else:
        failed += 1
        print(f"FAIL {name} {detail}", flush=True)


def env():
    e = dict(os.environ)
    e.update(
        WAYMARK_PASSCODE=PASSCODE,
        WAYMARK_INBOX_PASSPHRASE=PASSPHRASE,
        WAYMARK_LANG="en",
        WAYMARK_INBOX_LOG="off",
    )
    return e


def waymark(*args, stdin=None):
    out = subprocess.run(
        [WAYMARK, "--json", *args],
        env=env(),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        start_new_session=True,
    )
    try:
        data = json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        raise SystemExit(f"waymark {args[0]} printed no JSON: {out.stdout!r} {out.stderr!r}")
    if not data.get("ok"):
        raise SystemExit(f"waymark {' '.join(args[:2])} failed: {data}")
    return data["result"]


def start(cmd):
    """Starts a server that prints one JSON line when it listens."""
    proc = subprocess.Popen(
        cmd, env=env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        start_new_session=True,
    )
    line = proc.stdout.readline()
    try:
        return proc, json.loads(line)["result"]
    except (ValueError, KeyError):
        proc.kill()
        raise SystemExit(f"{cmd[0]} did not start: {line!r}")


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f)


def phone_sends(work, inbox_url, signing_key):
    phone = os.path.join(work, "phone")
    waymark("vault", "init", "--dir", phone)
    ngo = waymark("ngo", "add", "--key", signing_key, "--url", inbox_url, "--dir", phone)["key_id"]
    waymark("policy", "set", "--delay-min", "0", "--delay-max", "0",
            "--window", "00:00-23:59", "--dir", phone)
    # A self-check that ends urgent: not safe now, debt, threats.
    urgent = os.path.join(work, "urgent.json")
    write_json(urgent, {
        "sc_promised": "yes", "sc_paid": "no", "sc_debt": "yes", "sc_hours": "no",
        "sc_documents": "no", "sc_leave": "no", "sc_go_out": "no", "sc_threats": "yes",
        "sc_hurt": "no", "sc_sex": "no", "sc_safe_now": "no",
    })
    done = waymark("interview", "start", "self_check", "--mode", "self", "--answers", urgent,
                   "--finalize", "--dir", phone)
    queued = waymark("outbox", "add", "--ngo", ngo, "--questionnaire", done["report_id"],
                     "--locale", "uk", "--dir", phone)
    # What the reporter reads beside the receipt code; the desk must show it.
    urgent_fingerprint = queued["fingerprint"]
    # A quick screen with one yes: medium.
    quick = os.path.join(work, "quick.json")
    write_json(quick, {"qs_cannot_leave": "no", "qs_documents": "yes", "qs_debt": "no",
                       "qs_threats": "no", "qs_deceived": "no"})
    done = waymark("interview", "start", "quick_screen", "--answers", quick, "--finalize",
                   "--dir", phone)
    waymark("outbox", "add", "--ngo", ngo, "--questionnaire", done["report_id"],
            "--dir", phone)
    waymark("outbox", "add", "--ngo", ngo, "--dir", phone, stdin=FREE_TEXT)
    # Six more quick screens, so that the dashboard has counts of 5 and more
    # to draw next to the suppressed ones.
    for i in range(6):
        write_json(quick, {"qs_cannot_leave": "no", "qs_documents": "yes",
                           "qs_debt": "yes" if i % 2 else "no", "qs_threats": "no",
                           "qs_deceived": "no"})
        done = waymark("interview", "start", "quick_screen", "--answers", quick, "--finalize",
                       "--dir", phone)
        waymark("outbox", "add", "--ngo", ngo, "--questionnaire", done["report_id"],
                "--locale", "es" if i < 3 else "en", "--dir", phone)
    sent = waymark("outbox", "send", "--dir", phone)
    check("the phone delivered nine reports with verified receipts", sent.get("sent") == 9, sent)
    return phone, urgent_fingerprint


def browser(profile):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("WAYMARK_CHROMIUM", "/usr/bin/chromium")
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--window-size=1280,1100", "--lang=en-US",
                f"--user-data-dir={profile}"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    service = Service(executable_path=os.environ.get("WAYMARK_CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def left_the_document(old):
    """A wait condition: `old` is no longer in the page.

    Like Selenium's staleness_of, but chromedriver may also answer an
    element of the page being replaced with an inspector error ("Node with
    given id does not belong to the document") instead of a stale-element
    error; that means the same thing. Any other error is raised.
    """
    def check(_driver):
        try:
            old.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:
            if "does not belong to the document" in str(e):
                return True
            raise
    return check


def follow(driver, element):
    """Clicks a link or button and waits until the next page has replaced this one.

    The desk runs no scripts, so every click loads a page; reading elements
    right after the click could still see the old page (a stale or wrong
    answer on a slow machine).
    """
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 30).until(left_the_document(old))
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def requested_urls(driver):
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def shot(driver, name):
    os.makedirs(SHOTS, exist_ok=True)
    # The whole page, not just the window.
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(height, 800), 4000))
    path = os.path.join(SHOTS, name)
    driver.save_screenshot(path)
    driver.set_window_size(1280, 1100)
    print(f"     screenshot {path}", flush=True)


def main():
    work = tempfile.mkdtemp(prefix="waymark-desk-browser-")
    procs = []
    driver = None
    try:
        inbox_dir = os.path.join(work, "inbox")
        proc, listening = start([WAYMARK, "--json", "inbox", "serve", "--dir", inbox_dir,
                                 "--port", "0"])
        procs.append(proc)
        inbox_url = listening["url"]
        with open(os.path.join(inbox_dir, "ngo-public.json"), encoding="utf-8") as f:
            signing_key = json.load(f)["directory_public_key"]
        phone, urgent_fingerprint = phone_sends(work, inbox_url, signing_key)

        proc, desk = start([INBOX, "--json", "desk", "--keys",
                            os.path.join(inbox_dir, "ngo-keys.json"), "--server", inbox_url,
                            "--store", os.path.join(work, "desk"), "--listen", "127.0.0.1:0"])
        procs.append(proc)
        base = desk["url"]
        check("the desk listens on 127.0.0.1 only", base.startswith("http://127.0.0.1:"), base)

        driver = browser(os.path.join(work, "chromium-profile"))
        driver.get(base + "/")
        check("an anonymous visit lands on the login page", "/login" in driver.current_url,
              driver.current_url)
        driver.find_element(By.ID, "name").send_keys("Ana")
        driver.find_element(By.ID, "passphrase").send_keys(PASSPHRASE)
        follow(driver, driver.find_element(By.ID, "login"))
        notice = driver.find_element(By.ID, "notice").text
        check("logging in pulls the nine reports", notice.endswith(" 9"), notice)
        rows = driver.find_elements(By.CSS_SELECTOR, "#reports tr.report")
        check("the list shows nine reports", len(rows) == 9, len(rows))
        check("the most urgent report is first",
              rows and rows[0].get_attribute("data-risk") == "urgent",
              [r.get_attribute("data-risk") for r in rows])
        check("no dummy and nothing quarantined",
              not driver.find_elements(By.ID, "quarantine"))
        shot(driver, "desk-list.png")

        Select(driver.find_element(By.ID, "filter-risk")).select_by_value("urgent")
        follow(driver, driver.find_element(By.ID, "apply-filters"))
        rows = driver.find_elements(By.CSS_SELECTOR, "#reports tr.report")
        check("filtering by risk leaves the urgent report", len(rows) == 1, len(rows))
        follow(driver, rows[0].find_element(By.CSS_SELECTOR, "a.open"))

        page = driver.page_source
        check("the report shows its indicators and why",
              "Debt bondage" in page and "Because:" in page, driver.current_url)
        check("answers are shown with the Ukrainian original alongside",
              "Original (Українська)" in page)
        fingerprint = driver.find_element(By.ID, "fingerprint").text
        check("the report shows the fingerprint the reporter's phone showed beside the code",
              fingerprint == urgent_fingerprint, (fingerprint, urgent_fingerprint))

        Select(driver.find_element(By.ID, "status")).select_by_value("in_progress")
        follow(driver, driver.find_element(By.ID, "set-status"))
        history = driver.find_element(By.ID, "history").text
        check("the status change is recorded with who", "Ana" in history and "In progress" in history,
              history)
        follow(driver, driver.find_element(By.ID, "template-received"))
        draft = driver.find_element(By.ID, "reply-text").get_attribute("value")
        check("the template is in the reporter's language", draft.startswith(EXPECTED_REPLY_START),
              draft)
        follow(driver, driver.find_element(By.ID, "send-reply"))
        notice = driver.find_element(By.ID, "notice").text
        check("the reply was sealed and sent", "Reply sealed" in notice, notice)
        check("the reply is in the thread",
              len(driver.find_elements(By.CSS_SELECTOR, "#history li.event-reply")) == 1)
        shot(driver, "desk-report.png")

        report_url = driver.current_url
        follow(driver, driver.find_element(By.CSS_SELECTOR, "a[lang='ar']"))
        html = driver.find_element(By.TAG_NAME, "html")
        check("the Arabic desk is right to left",
              html.get_attribute("dir") == "rtl" and html.get_attribute("lang") == "ar")
        shot(driver, "desk-report-ar.png")
        follow(driver, driver.find_element(By.CSS_SELECTOR, "a[lang='en']"))
        check("the switcher comes back to the same page", driver.current_url.split("?")[0]
              == report_url.split("?")[0], driver.current_url)

        follow(driver, driver.find_element(By.ID, "nav-dashboard"))
        svgs = driver.find_elements(By.CSS_SELECTOR, ".charts svg")
        check("the dashboard draws its charts as SVG", len(svgs) >= 4, len(svgs))
        source = driver.page_source
        check("one urgent report is shown as <5, seven medium ones as 7",
              "<td>Urgent</td><td>&lt;5</td>" in source and "<td>Medium</td><td>7</td>" in source)
        shot(driver, "desk-dashboard.png")

        # Network requests only: chrome:// and data: are the browser's own
        # pages (its new-tab page loads before the first navigation).
        urls = [u for u in requested_urls(driver)
                if u.split(":", 1)[0] in ("http", "https", "ws", "wss", "ftp")]
        outside = [u for u in urls if not u.startswith(base + "/")]
        check("the browser asked nothing of any other host",
              len(urls) > 10 and not outside, (len(urls), outside[:10]))

        # Each round polls a fixed number of the phone's lookup ids, chosen at
        # random (docs/outbox.md, cover traffic): nine reports need a few
        # rounds before the answered one is among them (2 of 9 per round).
        texts = []
        for _ in range(60):  # 2 of 9 per round: a miss after 60 is 3e-7
            replies = waymark("replies", "--fetch", "--dir", phone)["replies"]
            texts = [r["text"] for r in replies]
            if texts:
                break
        check("the reporter's phone reads the desk's reply",
              any(t.startswith(EXPECTED_REPLY_START) for t in texts), texts)
    except Exception:
        if driver is not None:
            # What the browser showed when it went wrong.
            print(f"at {driver.current_url}:\n{driver.find_element(By.TAG_NAME, 'body').text[:2000]}")
            shot(driver, "failure.png")
        raise
    finally:
        if driver is not None:
            driver.quit()
        for p in procs:
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        subprocess.run(["rm", "-rf", work], check=False)
    print(f"desk browser: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
