"""Drives the seccost workbench in headless Chromium (selenium + chromedriver) as a person would.

    python3 workbench_user.py BASE_URL LEDGER_FILE

BASE_URL is a running `seccost serve LEDGER_FILE --allow edit`. The script prints one JSON object:
    {"before": release total as the page first showed it,
     "after": release total after one edit through the page's form,
     "conflict": the conflict message the second page was shown,
     "resent": release total after the second page sent its kept change again,
     "banner": the banner's text once the file changed on disk}
and exits 0, or prints what went wrong and exits 1. The Swift test checks the figures against
`seccost totals` and the file on disk.
"""
import json
import sys
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

RELEASE = "November 2022"
FIRST = "0.4:DCC:MP078:sit"            # edited by the first page
SECOND = "0.4:DCC:MP099:sit"           # edited by the second page, from the same base


def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,2000"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def by_test_id(driver, test_id):
    return driver.find_element(By.CSS_SELECTOR, f'[data-testid="{test_id}"]')


def wait_for(driver, test_id, seconds=15):
    return WebDriverWait(driver, seconds).until(
        expected_conditions.visibility_of_element_located(
            (By.CSS_SELECTOR, f'[data-testid="{test_id}"]')))


def open_release(driver, base):
    """Opens the releases page and follows the release's link, as a reader would."""
    driver.get(base + "/")
    row = driver.find_element(By.CSS_SELECTOR, f'[data-testid="release-row"][data-release="{RELEASE}"]')
    row.find_element(By.TAG_NAME, "a").click()
    return wait_for(driver, "release-total").text


def fill_edit(driver, test_id, low, note):
    """Opens the figure's edit form, types a new low figure and note (high cleared), saves."""
    form = by_test_id(driver, "edit-form:" + test_id)
    details = form.find_element(By.XPATH, "./ancestor::details")
    details.find_element(By.TAG_NAME, "summary").click()
    for name, value in (("low", low), ("high", ""), ("note", note)):
        field = form.find_element(By.NAME, name)
        field.clear()
        if value:
            field.send_keys(value)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def main():
    base, ledger = sys.argv[1].rstrip("/"), sys.argv[2]
    result = {}
    first, second = browser(), browser()
    try:
        result["before"] = open_release(first, base)
        open_release(second, base)  # the same base as the first page

        fill_edit(first, FIRST, "700000", "firm IA figure, edited in the browser")
        WebDriverWait(first, 15).until(
            lambda d: by_test_id(d, "release-total").text != result["before"])
        result["after"] = by_test_id(first, "release-total").text

        fill_edit(second, SECOND, "90000", "edited from a page that was out of date")
        result["conflict"] = wait_for(second, "edit-conflict").text
        # Nothing is lost: the refused change is shown again, ready to send on the new base.
        draft = by_test_id(second, "draft-form")
        if draft.find_element(By.NAME, "low").get_attribute("value") != "90000":
            raise SystemExit("the refused change was not kept in the form shown again")
        draft.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        WebDriverWait(second, 15).until(
            lambda d: by_test_id(d, "release-total").text not in (result["before"], result["after"]))
        result["resent"] = by_test_id(second, "release-total").text

        # Someone else changes the file on disk: the open page says so without a reload.
        open_release(first, base)
        with open(ledger, "a", encoding="utf-8") as file:
            file.write('November 2022,"0.5",DCC,MP141,SRV Visibility for Devices on SSI,sit,firm,,'
                       '70000.00,70000.00,,,,changed on disk\n')
        result["banner"] = wait_for(first, "ledger-changed", seconds=20).text
    finally:
        first.quit()
        second.quit()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
