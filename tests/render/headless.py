"""Headless Chromium for the review page's tests and benchmark: Debian's `chromium` and
`chromium-driver` driven by selenium, never a browser download.

The flags keep it off the network (no first-run, sync, component or background fetches) and
runnable as root in CI; each browser gets a new empty profile folder, which the caller owns.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio")


def binaries() -> tuple[str | None, str | None]:
    """(chromium, chromedriver) paths, or None where missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or next((p for p in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
                                                   if os.path.exists(p)), None)
    return browser, driver


def missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    browser, driver = binaries()
    if browser is None or driver is None:
        absent = " and ".join(n for n, p in (("chromium", browser), ("chromium-driver", driver)) if p is None)
        return f"{absent} not installed (make test installs them: apt-get install -y chromium chromium-driver)"
    return None


def start(profile: Path, width: int = 1400, height: int = 900):
    """A headless Chromium with a new empty profile in ``profile``, logging the page's console."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = binaries()
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium itself: never look for a driver online
    profile = Path(profile)
    profile.mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(driver), options=options)


def console_errors(driver) -> list[dict]:
    """The page's console messages of level SEVERE (errors, uncaught exceptions, failed loads)."""
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
