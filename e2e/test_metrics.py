"""/metrics read as Prometheus reads it, by prometheus-client's parser of the text format: requests
counted and timed by route pattern (never a path with an id or a token in it), the outbox, the
background jobs' failures and the read gate as gauges and counters, for operations only."""

import re
import urllib.error
import urllib.request

from prometheus_client.parser import text_string_to_metric_families
from selenium.webdriver.common.by import By

from conftest import BASE_URL, sign_in, unique, visit

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def scrape(headers=None):
    """Every sample, as {(name, frozenset of labels): value}, with the families' types."""
    request = urllib.request.Request(BASE_URL + "/metrics", headers=headers or {})
    text = urllib.request.urlopen(request, timeout=10).read().decode()
    samples, types = {}, {}
    for family in text_string_to_metric_families(text):
        types[family.name] = family.type
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples, types, text


def value(samples, name, **labels):
    return samples.get((name, frozenset(labels.items())), 0)


def test_metrics_count_requests_by_route_pattern_and_keep_ids_and_tokens_out(browser):
    sign_in(browser, "ida@demo.godstart.dk")
    visit(browser, "/")
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "main a[href*='/programmes/']")]
    programme = next(link for link in links if re.search(r"/programmes/" + UUID.pattern + "$", link))
    before, _, _ = scrape()
    visit(browser, programme)
    welcome_token = unique("token")
    visit(browser, "/welcome/" + welcome_token, axe=False)
    after, types, text = scrape()

    assert types["http_requests"] == "counter"
    assert types["http_request_duration_seconds"] == "histogram"
    page = dict(method="GET", path="/programmes/:id", status="200")
    assert value(after, "http_requests_total", **page) - value(before, "http_requests_total", **page) == 1
    assert value(after, "http_request_duration_seconds_count", **page) - value(before, "http_request_duration_seconds_count", **page) == 1

    # Each histogram's buckets only grow, and the last holds every request.
    for (name, labels), count in after.items():
        if name != "http_request_duration_seconds_count":
            continue
        series = dict(labels)
        buckets = sorted((float(dict(l)["le"]), v) for (n, l), v in after.items()
                         if n == "http_request_duration_seconds_bucket" and {k: x for k, x in dict(l).items() if k != "le"} == series)
        assert [v for _, v in buckets] == sorted(v for _, v in buckets), series
        assert buckets[-1] == (float("inf"), count), series

    paths = {dict(labels).get("path") for (_, labels) in after}
    assert "/programmes/:id" in paths
    assert not UUID.search(text), "no id reaches a label"
    assert "/welcome/:token" in paths
    assert welcome_token not in text, "no token reaches a label"

    assert types["godstart_outbox_waiting"] == "gauge"
    assert types["godstart_read_gate_waiting"] == "gauge"
    assert types["godstart_job_failures"] == "counter"
    assert {dict(labels)["job"] for (name, labels) in after if name == "godstart_job_failures_total"} == {"mail", "reminders"}


def test_metrics_are_for_this_machine_only():
    try:
        urllib.request.urlopen(urllib.request.Request(BASE_URL + "/metrics", headers={"X-Forwarded-For": "198.51.100.7"}), timeout=10)
        raise AssertionError("a request forwarded by a proxy read the metrics")
    except urllib.error.HTTPError as refused:
        assert refused.code == 401
        assert "http_requests_total" not in refused.read().decode()
