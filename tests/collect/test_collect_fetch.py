"""The polite fetcher against the local server: robots.txt, errors, retries, caps, redirects, 304."""

from __future__ import annotations

import ssl
import subprocess

import pytest
from collect_server import LAST_MODIFIED, LocalServer, Site

from briefgen.collect.fetch import Fetcher
from briefgen.collect.response import FetchError


def _robots(site, text="User-agent: *\nDisallow: /private/\n"):
    site.add("/robots.txt", text, content_type="text/plain")


def test_page_is_fetched_with_user_agent(site, settings):
    _robots(site)
    site.add("/a.html", "<html><body>好</body></html>")
    answer = Fetcher(settings).get(site.url("/a.html"))
    assert answer.status == 200 and "好".encode() in answer.body
    assert site.hits[-1].headers["User-Agent"].startswith("briefgen/")


def test_robots_disallow_is_never_requested(site, settings):
    _robots(site)
    site.add("/private/x.html", "secret")
    with pytest.raises(FetchError, match="robots.txt 不允许"):
        Fetcher(settings).get(site.url("/private/x.html"))
    assert "/private/x.html" not in site.paths()


def test_robots_for_our_agent_only(site, settings):
    _robots(site, "User-agent: briefgen\nDisallow: /\n\nUser-agent: *\nDisallow:\n")
    site.add("/a.html", "x")
    with pytest.raises(FetchError, match="robots.txt"):
        Fetcher(settings).get(site.url("/a.html"))


def test_missing_robots_allows_everything(site, settings):
    site.add("/a.html", "x")
    assert Fetcher(settings).get(site.url("/a.html")).status == 200


def test_robots_server_error_blocks_the_site(site, settings):
    site.add("/robots.txt", "oops", status=500)
    site.add("/a.html", "x")
    with pytest.raises(FetchError, match="robots.txt"):
        Fetcher(settings).get(site.url("/a.html"))
    assert "/a.html" not in site.paths()


def test_404_is_not_retried(site, settings):
    _robots(site)
    with pytest.raises(FetchError, match="HTTP 404") as info:
        Fetcher(settings).get(site.url("/gone.html"))
    assert info.value.status == 404
    assert site.paths().count("/gone.html") == 1


def test_500_is_retried_then_reported(site, settings):
    _robots(site)
    site.add("/boom.html", "err", status=500)
    with pytest.raises(FetchError, match="HTTP 500.*重试 1 次"):
        Fetcher(settings.with_(retries=1)).get(site.url("/boom.html"))
    assert site.paths().count("/boom.html") == 2


def test_slow_host_times_out_after_retries(site, settings):
    _robots(site)
    site.add("/slow.html", "late", delay=4.0)
    with pytest.raises(FetchError, match="超时"):
        Fetcher(settings.with_(timeout=1.0, retries=1)).get(site.url("/slow.html"))


def test_slow_host_within_timeout_is_fetched(site, settings):
    _robots(site)
    site.add("/slowish.html", "<p>慢</p>", delay=0.3)
    assert Fetcher(settings.with_(timeout=3.0)).get(site.url("/slowish.html")).status == 200


def test_redirect_is_followed(site, settings):
    _robots(site)
    site.add("/old.html", "", status=301, headers={"Location": "/new.html"}, conditional=False)
    site.add("/new.html", "<p>新</p>")
    answer = Fetcher(settings).get(site.url("/old.html"))
    assert answer.url == site.url("/new.html") and "新".encode() in answer.body


def test_redirect_loop_is_cut(site, settings):
    _robots(site)
    site.add("/loop/a", "", status=302, headers={"Location": "/loop/b"}, conditional=False)
    site.add("/loop/b", "", status=302, headers={"Location": "/loop/a"}, conditional=False)
    with pytest.raises(FetchError, match="重定向超过 3 次"):
        Fetcher(settings.with_(max_redirects=3)).get(site.url("/loop/a"))
    assert len([p for p in site.paths() if p.startswith("/loop/")]) == 4


def test_redirect_to_other_scheme_is_refused(site, settings):
    _robots(site)
    site.add("/ftp", "", status=302, headers={"Location": "ftp://example.org/x"}, conditional=False)
    with pytest.raises(FetchError, match="不支持的地址"):
        Fetcher(settings).get(site.url("/ftp"))


def test_only_http_urls(settings):
    with pytest.raises(FetchError, match="只支持 http"):
        Fetcher(settings).get("file:///etc/passwd")


@pytest.mark.parametrize("declared", [True, False])
def test_50_mb_page_is_capped(site, settings, declared):
    _robots(site)
    site.add("/huge.html", stream_bytes=50 * 1024 * 1024, declare_length=declared)
    with pytest.raises(FetchError, match="超过 2 MB"):
        Fetcher(settings).get(site.url("/huge.html"))


def test_conditional_get_answers_304(site, settings):
    _robots(site)
    site.add("/list.html", "<p>列表</p>")
    fetcher = Fetcher(settings)
    first = fetcher.get(site.url("/list.html"))
    assert first.headers["Last-Modified"] == LAST_MODIFIED
    again = fetcher.get(site.url("/list.html"), modified=first.headers["Last-Modified"])
    assert again.not_modified and again.body == b""
    assert site.hits[-1].headers["If-Modified-Since"] == LAST_MODIFIED


def test_per_host_delay_is_kept(site, settings, monkeypatch):
    _robots(site)
    site.add("/a.html", "x")
    waits: list[float] = []
    monkeypatch.setattr("briefgen.collect.fetch.time.sleep", waits.append)
    fetcher = Fetcher(settings.with_(delay=5.0))
    fetcher.get(site.url("/a.html"))
    fetcher.get(site.url("/a.html"))
    assert len(waits) == 2 and all(w > 4.0 for w in waits)  # before the page, and before it again


def test_robots_redirect_is_followed(site, settings):
    site.add("/robots.txt", "", status=301, headers={"Location": "/r/robots.txt"}, conditional=False)
    site.add("/r/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.add("/private/x.html", "secret")
    with pytest.raises(FetchError, match="robots.txt 不允许"):
        Fetcher(settings).get(site.url("/private/x.html"))


def test_crawl_delay_and_source_delay_are_kept(site, settings, monkeypatch):
    _robots(site, "User-agent: *\nCrawl-delay: 4\n")
    site.add("/a.html", "x")
    waits: list[float] = []
    monkeypatch.setattr("briefgen.collect.fetch.time.sleep", waits.append)
    fetcher = Fetcher(settings.with_(delay=0.0))
    fetcher.get(site.url("/a.html"))
    assert waits and waits[-1] > 3.0  # robots.txt asked for 4 s between requests
    waits.clear()
    _robots(site, "User-agent: *\nDisallow:\n")
    fetcher = Fetcher(settings.with_(delay=0.0))
    fetcher.host_delay[site.base.split("//")[1]] = 6.0  # a source's own delay
    fetcher.get(site.url("/a.html"))
    assert waits and waits[-1] > 5.0


def _self_signed(folder) -> ssl.SSLContext:
    """Return a server context with a fresh self-signed certificate for 127.0.0.1."""
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def test_unverifiable_certificate_is_refused_unless_the_source_allows_it(settings, tmp_path):
    served = Site()
    _robots(served)
    served.add("/a.html", "<p>政务</p>")
    with LocalServer(served, _self_signed(tmp_path)):
        with pytest.raises(FetchError, match="HTTPS 证书无法验证.*tls_verify: false"):
            Fetcher(settings).get(served.url("/a.html"))
        fetcher = Fetcher(settings)
        fetcher.unverified_hosts.add(served.base.split("//")[1])
        assert "政务".encode() in fetcher.get(served.url("/a.html")).body
