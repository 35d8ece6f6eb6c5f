"""robots.txt rules for one site: what may be fetched, the crawl delay, or that it is unreachable."""

from __future__ import annotations

import urllib.robotparser
from dataclasses import dataclass


@dataclass
class RobotsRules:
    """The parsed robots.txt of one site (scheme + host)."""

    parser: urllib.robotparser.RobotFileParser | None
    agent: str = "*"
    unreachable: str = ""

    @classmethod
    def allow_all(cls) -> RobotsRules:
        """Return rules for a site without robots.txt (4xx): everything allowed."""
        return cls(None)

    @classmethod
    def unreachable_site(cls, detail: str) -> RobotsRules:
        """Return rules for a site whose robots.txt could not be read: nothing allowed (RFC 9309)."""
        return cls(None, unreachable=detail)

    @classmethod
    def parse(cls, body: bytes, user_agent: str) -> RobotsRules:
        """Return the rules of a robots.txt body for ``user_agent``."""
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(body.decode("utf-8", "replace").splitlines())
        return cls(parser, user_agent)

    def allowed(self, url: str) -> bool:
        """Return True when ``url`` may be fetched."""
        if self.unreachable:
            return False
        return self.parser is None or self.parser.can_fetch(self.agent, url)

    @property
    def crawl_delay(self) -> float:
        """Return the site's Crawl-delay for this agent in seconds (0 when none)."""
        if self.parser is None:
            return 0.0
        value = self.parser.crawl_delay(self.agent)
        return float(value) if value else 0.0
