"""Reading Markdown: the plain text of a ``.md`` article, without its markup.

Headings, list items, table cells and paragraphs each become a line (the lines of a wrapped
paragraph are joined), emphasis, links, code and images lose their markup, so that evidence
quotes the words and a sentence is never cut by a marker or a line break.

>>> text, h1 = markdown_text("# Talks in Minsk\\n\\n**Belarus** met [Russia](https://x.org)\\n"
...                          "on *Friday*.\\n\\n- item one\\n- item two\\n")
>>> h1
'Talks in Minsk'
>>> print(text)
Belarus met Russia on Friday.
<BLANKLINE>
item one
item two
<BLANKLINE>
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]")
_LINK = re.compile(
    r"\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)|\[([^\]]+)\]\[[^\]]*\]"
)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_CODE = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_SPACES = re.compile(r"[ \t]+")


def inline_text(line: str) -> str:
    """A line of Markdown without its inline markup.

    >>> inline_text(r'The **U.S.** and _India_ signed the [pact](/a "x") \\*today\\*.')
    'The U.S. and India signed the pact *today*.'
    """
    if not any(c in line for c in "*_[]`<>~\\!"):
        return line
    codes: list[str] = []

    def keep_code(m: re.Match[str]) -> str:
        codes.append(m.group(2).strip())
        return f"\x00{len(codes) - 1}\x00"

    text = _CODE.sub(keep_code, line)
    text = _ESCAPE.sub(lambda m: f"\x01{ord(m.group(1))}\x01", text)
    text = _IMAGE.sub("", text)
    for _ in range(2):  # a link inside emphasis, emphasis inside a link
        text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
        text = _STRONG.sub(r"\2", text)
        text = _EM_STAR.sub(r"\1", text)
        text = _EM_UNDERSCORE.sub(r"\1", text)
        text = _STRIKE.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _FOOTNOTE.sub("", text)
    text = _TAG.sub("", text)
    text = re.sub(r"\x01(\d+)\x01", lambda m: chr(int(m.group(1))), text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: codes[int(m.group(1))], text)
    return _SPACES.sub(" ", text).strip()


def markdown_text(markdown: str) -> tuple[str, str | None]:
    """The plain text of a Markdown body, and its first-level heading when it opens with one
    (that heading is then the title, not a line of the text)."""
    markdown = _COMMENT.sub("", markdown)
    lines = markdown.split("\n")
    blocks: list[list[str]] = []  # each a paragraph: its lines
    paragraph: list[str] = []
    title: str | None = None
    in_fence = ""

    def end_paragraph() -> None:
        nonlocal paragraph
        if paragraph:
            blocks.append(paragraph)
            paragraph = []

    def joined(part: str) -> None:
        """Add a line of a paragraph: joined to the one before unless that ended in a hard
        break (two spaces or a backslash)."""
        if paragraph and not paragraph[-1].endswith(("  ", "\\")):
            paragraph[-1] = paragraph[-1].rstrip() + " " + part.strip()
        else:
            if paragraph:
                paragraph[-1] = paragraph[-1].rstrip(" \\")
            paragraph.append(part.strip())

    for i, raw in enumerate(lines):
        fence = _FENCE.match(raw)
        if in_fence:
            if fence and fence.group(1)[0] == in_fence:
                in_fence = ""
                end_paragraph()
            elif raw.strip():
                paragraph.append(raw.strip())
            continue
        if fence:
            end_paragraph()
            in_fence = fence.group(1)[0]
            continue
        line = _QUOTE.sub("", raw)
        if not line.strip():
            end_paragraph()
            continue
        atx = _ATX.match(line)
        if atx:
            end_paragraph()
            heading = inline_text(atx.group(2) or "")
            if heading:
                if title is None and not blocks and len(atx.group(1)) == 1:
                    title = heading
                else:
                    blocks.append([heading])
            continue
        setext = _SETEXT.match(line)
        if setext and len(paragraph) == 1 and not lines[i - 1].lstrip().startswith(("-", "*")):
            heading = paragraph.pop()
            if title is None and not blocks and setext.group(1)[0] == "=":
                title = heading
            else:
                blocks.append([heading])
            continue
        if _RULE.match(line):
            end_paragraph()
            continue
        if _REFERENCE.match(line):
            continue
        if _TABLE_RULE.match(line) and "-" in line and ("|" in line or paragraph):
            continue
        if line.lstrip().startswith("|") or (line.count("|") >= 2 and _table_near(lines, i)):
            end_paragraph()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            blocks.append([c for c in cells if c])
            continue
        item = _LIST.match(line)
        if item:
            if paragraph and not _LIST.match(paragraph_source(lines, i)):
                end_paragraph()
            paragraph.append(line[item.end() :].strip())
            continue
        joined(line)
    end_paragraph()
    out = []
    for block in blocks:
        texts = [inline_text(part.rstrip(" \\")) for part in block]
        texts = [t for t in texts if t]
        if texts:
            out.append("\n".join(texts))
    return "\n\n".join(out) + ("\n" if out else ""), (inline_text(title) if title else None)


def paragraph_source(lines: list[str], i: int) -> str:
    """The line before ``i`` that is not blank (what a list item continues)."""
    for j in range(i - 1, -1, -1):
        if lines[j].strip():
            return lines[j]
    return ""


def _table_near(lines: list[str], i: int) -> bool:
    """Whether a line with pipes is a table row: a table rule is next to it or to its rows."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and _TABLE_RULE.match(lines[j]) and "|" in lines[j]:
            return True
    return False
