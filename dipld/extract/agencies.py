"""State news agencies: the state each speaks for (ANNOTATION.md §6), by host or by name.

A state agency's article is told from its state's side as a ministry's release is: "Prime
Minister Datuk Seri Anwar Ibrahim" in a Bernama story is Malaysia's, "the President" in a TASS
one Russia's. Hosts under a country's own top-level domain ("belta.by", "spa.gov.sa") need no
entry (:func:`dipld.extract.facts.home_state` reads the domain); nor do names that name their
state ("Saudi Press Agency", "Vietnam News Agency"). Only agencies a state owns or runs are
listed: wire services (Reuters, AFP, AP, EFE, dpa, Kyodo) and private agencies speak for none.
"""

from __future__ import annotations

import re

#: a state agency's registered domain under a generic top-level domain → its state's ISO code
AGENCY_HOSTS: dict[str, str] = {
    "bernama.com": "my",
    "tass.com": "ru",
    "xinhuanet.com": "cn",
    "cgtn.com": "cn",
    "antaranews.com": "id",
    "ukrinform.net": "ua",
    "bssnews.net": "bd",
    "wafa.info": "ps",
}

#: a state agency's name (as a publisher line gives it, without its host) → its state's ISO code
AGENCY_NAMES: dict[str, str] = {
    "bernama": "my",
    "xinhua": "cn",
    "xinhua news agency": "cn",
    "cgtn": "cn",
    "tass": "ru",
    "ria novosti": "ru",
    "antara": "id",
    "antara news": "id",
    "ukrinform": "ua",
    "belta": "by",
    "kazinform": "kz",
    "uza": "uz",
    "kabar": "kg",
    "khovar": "tj",
    "armenpress": "am",
    "azertac": "az",
    "anadolu agency": "tr",
    "irna": "ir",
    "yonhap": "kr",
    "yonhap news agency": "kr",
    "kcna": "kp",
    "wam": "ae",
    "qna": "qa",
    "kuna": "kw",
    "spa": "sa",
    "mena": "eg",
    "aps": "dz",
    "map": "ma",
    "tap": "tn",
    "sana": "sy",
    "petra": "jo",
    "wafa": "ps",
    "prensa latina": "cu",
    "telam": "ar",
    "vna": "vn",
    "ena": "et",
    "pna": "ph",
    "kpl": "la",
    "akp": "kh",
}

# a publisher line's bracketed gloss ("BelTA (Belarusian Telegraph Agency)") and "Agency"-less form
_GLOSS = re.compile(r"\s*\([^)]*\)\s*$")


def agency_state_code(publisher: str | None, host: str) -> str | None:
    """The ISO code of the state whose news agency published an article, from its URL's host
    (or the host a publisher line names) or its publisher's name; None for any other publisher.

    >>> agency_state_code(None, "www.bernama.com")
    'my'
    >>> agency_state_code("Xinhua", "")
    'cn'
    >>> agency_state_code("BelTA (Belarusian Telegraph Agency)", "")
    'by'
    >>> agency_state_code("Reuters", "www.reuters.com") is None
    True
    """
    labels = host.lower().split(".")
    for n in (2, 3):
        if len(labels) >= n and (code := AGENCY_HOSTS.get(".".join(labels[-n:]))):
            return code
    if publisher:
        name = " ".join(_GLOSS.sub("", publisher).lower().split())
        return AGENCY_NAMES.get(name)
    return None
