"""A polite HTTP client: robots.txt, one request at a time per host with a delay, retries, caps."""

from __future__ import annotations

import http.client
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import quote, urljoin, urlsplit

from briefgen.collect.response import FetchError, Response, Retry, http_url, read_capped
from briefgen.collect.robots import RobotsRules
from briefgen.collect.settings import Settings, reason

REDIRECTS = (301, 302, 303, 307, 308)
RETRIED = (429, 500, 502, 503, 504)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # redirects come back as HTTPError and are followed (and counted) by Fetcher


@dataclass
class Fetcher:
    """Fetch pages one at a time, honouring robots.txt and a per-host delay."""

    settings: Settings
    requests: int = 0
    host_delay: dict[str, float] = field(default_factory=dict)  # a source's own delay, by host
    unverified_hosts: set[str] = field(default_factory=set)  # sources with tls_verify: false
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, RobotsRules] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._opener = urllib.request.build_opener(_NoRedirect)
        lax = ssl.create_default_context()
        lax.check_hostname, lax.verify_mode = False, ssl.CERT_NONE
        self._lax_opener = urllib.request.build_opener(_NoRedirect, urllib.request.HTTPSHandler(context=lax))

    def get(self, url: str, etag: str | None = None, modified: str | None = None) -> Response:
        """Return the page at ``url`` after redirects; raise FetchError with the reason."""
        headers = {"If-None-Match": etag or "", "If-Modified-Since": modified or ""}
        for _ in range(self.settings.max_redirects + 1):
            if not http_url(url):
                raise FetchError(reason("scheme"))
            self._check_robots(url)
            answer = self._attempt(url, {k: v for k, v in headers.items() if v})
            if answer.status not in REDIRECTS:
                return answer
            target = answer.headers.get("Location") or ""
            url = urljoin(url, target)
            if not http_url(url):
                raise FetchError(reason("redirect_target", detail=target[:80]))
        raise FetchError(reason("redirects", limit=self.settings.max_redirects))

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._load_robots(site)
        rules = self._robots[site]
        if rules.unreachable:
            raise FetchError(reason("robots_unreachable", detail=rules.unreachable))
        if not rules.allowed(url):
            raise FetchError(reason("robots"))

    def _load_robots(self, site: str) -> RobotsRules:
        """Return the site's rules: 4xx allows all, unreachable or 5xx allows nothing (RFC 9309)."""
        url = site + "/robots.txt"
        try:
            for _ in range(self.settings.max_redirects + 1):
                answer = self._attempt(url, {})
                if answer.status not in REDIRECTS:
                    return RobotsRules.parse(answer.body, self.settings.user_agent)
                url = urljoin(url, answer.headers.get("Location") or "")
                if not http_url(url):
                    break
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return RobotsRules.allow_all()
            return RobotsRules.unreachable_site(str(exc))
        return RobotsRules.allow_all()

    def _wait(self, url: str) -> None:
        host = urlsplit(url).netloc
        rules = self._robots.get(f"{urlsplit(url).scheme}://{host}")
        own = self.host_delay.get(host, self.settings.delay)
        delay = max(own, rules.crawl_delay if rules else 0.0)
        last = self._last.get(host)
        if last is not None and delay > 0:
            time.sleep(max(0.0, last + delay - time.monotonic()))

    def _attempt(self, url: str, headers: dict[str, str]) -> Response:
        """Return one URL's answer (redirects not followed), retrying network and server errors."""
        tries = self.settings.retries
        for attempt in range(tries + 1):
            if attempt:
                time.sleep(self.settings.backoff * 2 ** (attempt - 1))
            try:
                return self._once(url, headers)
            except Retry as exc:
                if attempt == tries:
                    raise FetchError(exc.final(tries)) from None
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        self._wait(url)
        wire = quote(url, safe=":/?#[]@!$&'()*+,;=%~")  # a Chinese path or query goes out percent-encoded
        request = urllib.request.Request(wire, headers={"User-Agent": self.settings.user_agent, **headers})
        self.requests += 1
        try:
            lax = urlsplit(url).netloc in self.unverified_hosts
            with (self._lax_opener if lax else self._opener).open(request, timeout=self.settings.timeout) as answer:
                return Response(answer.geturl(), answer.status, answer.headers, read_capped(answer, self.settings.max_bytes))
        except urllib.error.HTTPError as exc:
            status = exc.code
            exc.close()
            if status in REDIRECTS or status == 304:
                return Response(url, status, exc.headers)
            if status in RETRIED:
                raise Retry("server", status=status) from None
            raise FetchError(reason("status", status=status), status) from None
        except TimeoutError:
            raise Retry("timeout") from None
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
            detail = getattr(exc, "reason", exc)
            if isinstance(detail, TimeoutError):
                raise Retry("timeout") from None
            if isinstance(detail, ssl.SSLCertVerificationError):
                raise FetchError(reason("certificate", detail=detail.verify_message or detail)) from None
            raise Retry("network", detail=str(detail)[:80]) from None
        finally:
            self._last[urlsplit(url).netloc] = time.monotonic()
