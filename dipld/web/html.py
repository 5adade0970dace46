"""Safe HTML building: text is always escaped, only :class:`Html` values pass through as markup.

Article text is untrusted input (it may hold markup and script); every string that is not
already :class:`Html` is escaped when it is put into an element or an attribute, so no
template can forget to.

>>> str(el("p", {"title": '"x"'}, "<script>alert(1)</script>", el("b", None, "ok")))
'<p title="&quot;x&quot;">&lt;script&gt;alert(1)&lt;/script&gt;<b>ok</b></p>'
>>> str(join([el("i", None, "a"), "&"], ", "))
'<i>a</i>, &amp;'
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Mapping
from types import GeneratorType

_VOID = frozenset({"br", "hr", "img", "input", "link", "meta", "source", "wbr"})


class Html(str):
    """A string of markup that is safe to emit as is."""

    __slots__ = ()


_escape = html.escape
#: containers whose items are children in turn
_SEQUENCES = (list, tuple, GeneratorType)


def esc(text: object) -> Html:
    """Escape text for an element body or a quoted attribute (Html passes through)."""
    if isinstance(text, Html):
        return text
    return Html(_escape(str(text), quote=True))


def _children(children: Iterable[object], parts: list[str]) -> None:
    for child in children:
        if child is None:
            continue
        if isinstance(child, Html):
            parts.append(child)
        elif isinstance(child, str):
            parts.append(_escape(child, quote=True))
        elif isinstance(child, _SEQUENCES):
            _children(child, parts)
        else:
            parts.append(_escape(str(child), quote=True))


def attrs(values: Mapping[str, str | int | bool | None] | None) -> str:
    """Attributes with escaped values; None and False leave an attribute out."""
    if not values:
        return ""
    out: list[str] = []
    for name, value in values.items():
        if value is None or value is False:
            continue
        if value is True:
            out.append(f" {name}")
        else:
            out.append(f' {name}="{esc(value)}"')
    return "".join(out)


def el(
    tag: str, attributes: Mapping[str, str | int | bool | None] | None, *children: object
) -> Html:
    """One element; children are Html, text (escaped), None (skipped) or lists, tuples and
    generators of those."""
    if tag in _VOID:
        return Html(f"<{tag}{attrs(attributes)}>")
    parts: list[str] = [f"<{tag}{attrs(attributes)}>"]
    _children(children, parts)
    parts.append(f"</{tag}>")
    return Html("".join(parts))


def join(items: Iterable[Html | str], sep: str = "") -> Html:
    """Items joined by an (escaped) separator."""
    return Html(esc(sep).join(esc(i) for i in items))


def link(href: str | None, text: object, **extra: str | None) -> Html:
    """An <a> when there is a target, else the escaped text in a <span>."""
    attributes: dict[str, str | None] = {"href": href, **extra}
    if href is None:
        return el("span", {k: v for k, v in attributes.items() if k != "href"}, text)
    return el("a", attributes, text)


def json_data(element_id: str, value: object) -> Html:
    """A JSON data block that cannot end its <script> element early or run."""
    text = json.dumps(value, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Html(f'<script type="application/json" id="{esc(element_id)}">{text}</script>')
