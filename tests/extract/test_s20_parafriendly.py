# ruff: noqa: E501
"""Paraphrase robustness (session 20): each base fact (AGREE, SUPPORT 051, signing 057 with
TreatyRelation, AID) in several structures a news outlet uses. Passing rows are positives (those
marked NEW failed at 6641b00: a relative clause on the subject, "X, who met Y, agreed ..."); rows
still failing are strict xfails, the gap for a successor."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, has_name

DAY = dt.date(2023, 5, 12)


_has = has_name


def _hit(
    kind: str, text: str, actor: tuple[str, ...], rec: tuple[str, ...], codes: tuple[str, ...]
) -> bool:
    found = facts(text, DAY)
    events = [f for f in found if f.cls.value == "Event"]
    if kind == "SIGN":
        signed = any(
            str(f.get("eventType")[0]) == "SUPPORT"
            and str(f.get("cameoCode")[0]) == "057"
            and _has(f.get("actor"), actor[:1])
            and _has(f.get("actor"), rec[:1])
            for f in events
        )
        treaty = any(
            f.cls.value == "TreatyRelation"
            and _has(f.get("party"), actor[:1])
            and _has(f.get("party"), rec[:1])
            for f in found
        )
        return signed and treaty
    return any(
        str(f.get("eventType")[0]) == kind
        and str(f.get("cameoCode")[0]) in codes
        and _has(f.get("actor"), actor)
        and _has(f.get("recipient"), rec)
        for f in events
    )


_XFAIL = pytest.mark.xfail(strict=True, reason="structure not read yet (session 20 paraphrase gap)")
# (each structure is read with a person the KB knows: tests/extract/test_s21_discourse.py has
# them with Olaf Scholz; the KB's snapshot of 2022-10 predates her premiership)
_MELONI = pytest.mark.xfail(
    strict=True,
    reason='"Giorgia Meloni" without a title is no person: the KB does not have her',
)
_PERSONS = pytest.mark.xfail(
    strict=True, reason="057 has the leaders as actors, not their states (the check wants states)"
)

ROWS = [
    pytest.param(
        "AGREE",
        "Japan pledged to help Ukraine rebuild its power grid.",
        ("Japan", "Kishida"),
        ("Ukraine", "Zelensky"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Japanese Prime Minister Fumio Kishida pledged on Tuesday to help Ukraine rebuild its power grid.",
        ("Japan", "Kishida"),
        ("Ukraine", "Zelensky"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "On Tuesday, Japan promised to help Ukraine rebuild its power grid.",
        ("Japan", "Kishida"),
        ("Ukraine", "Zelensky"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Kishida said Japan would help Ukraine rebuild its power grid.",
        ("Japan", "Kishida"),
        ("Ukraine", "Zelensky"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        # (read since the parameet branch keeps the comma after the aside's date)
        "Fumio Kishida, who arrived in Kyiv on Tuesday, promised to help Ukraine rebuild its power grid.",
        ("Japan", "Kishida"),
        ("Ukraine", "Zelensky"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Speaking in Kyiv, Kishida pledged to help Ukraine rebuild its power grid.",
        ("Japan", "Kishida"),
        ("Ukraine", "Zelensky"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Japan's prime minister, Fumio Kishida, pledged to help Ukraine rebuild its power grid.",
        ("Japan", "Kishida"),
        ("Ukraine", "Zelensky"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        # (read since session 21: "he" after a meeting is the subject of the sentence before)
        "Fumio Kishida met Volodymyr Zelensky in Kyiv on Tuesday. He pledged to help Ukraine rebuild its power grid.",
        ("Japan", "Kishida"),
        ("Ukraine", "Zelensky"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Kishida condemned the strikes and pledged to help Ukraine rebuild its power grid.",
        ("Japan", "Kishida"),
        ("Ukraine", "Zelensky"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        '"We will help Ukraine rebuild its power grid," Kishida said.',
        ("Japan", "Kishida"),
        ("Ukraine", "Zelensky"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Giorgia Meloni invited William Ruto to visit Rome.",
        ("Italy", "Meloni"),
        ("Kenya", "Ruto"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
        marks=_MELONI,
    ),
    pytest.param(
        "AGREE",
        "William Ruto was invited by Giorgia Meloni to visit Rome.",
        ("Italy", "Meloni"),
        ("Kenya", "Ruto"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
        marks=_XFAIL,
    ),
    pytest.param(
        "AGREE",
        "On Monday, Italian Prime Minister Giorgia Meloni invited Kenyan President William Ruto to visit Rome.",
        ("Italy", "Meloni"),
        ("Kenya", "Ruto"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Meloni, who spoke to Ruto by phone on Monday, invited him to visit Rome.",
        ("Italy", "Meloni"),
        ("Kenya", "Ruto"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
        marks=_MELONI,
    ),
    pytest.param(
        "AGREE",
        "Speaking by phone on Monday, Meloni invited Kenya's president, William Ruto, to visit Rome.",
        ("Italy", "Meloni"),
        ("Kenya", "Ruto"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
        marks=_MELONI,
    ),
    pytest.param(
        "AGREE",
        "Italy's prime minister Giorgia Meloni extended an invitation to Kenyan President William Ruto to visit Rome.",
        ("Italy", "Meloni"),
        ("Kenya", "Ruto"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Meloni thanked Ruto for the call and invited him to visit Rome.",
        ("Italy", "Meloni"),
        ("Kenya", "Ruto"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
        marks=_MELONI,
    ),
    pytest.param(
        "AGREE",
        "Giorgia Meloni spoke with William Ruto on Monday. She invited him to visit Rome.",
        ("Italy", "Meloni"),
        ("Kenya", "Ruto"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
        marks=_MELONI,
    ),
    pytest.param(
        "AGREE",
        "Germany agreed to supply Poland with Leopard tanks.",
        ("Germany", "Scholz"),
        ("Poland", "Duda", "Morawiecki"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Germany has agreed to supply Poland with Leopard tanks, the government said on Friday.",
        ("Germany", "Scholz"),
        ("Poland", "Duda", "Morawiecki"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "On Friday, Germany agreed to supply Poland with Leopard tanks.",
        ("Germany", "Scholz"),
        ("Poland", "Duda", "Morawiecki"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Chancellor Olaf Scholz announced that Germany would supply Poland with Leopard tanks.",
        ("Germany", "Scholz"),
        ("Poland", "Duda", "Morawiecki"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "German Chancellor Olaf Scholz committed to supplying Poland with Leopard tanks.",
        ("Germany", "Scholz"),
        ("Poland", "Duda", "Morawiecki"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Scholz, who met Polish President Andrzej Duda in Berlin, agreed to supply Poland with Leopard tanks.",
        ("Germany", "Scholz"),
        ("Poland", "Duda", "Morawiecki"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),  # NEW
    pytest.param(
        "AGREE",
        "Olaf Scholz met Andrzej Duda in Berlin. The chancellor agreed to supply Poland with Leopard tanks.",
        ("Germany", "Scholz"),
        ("Poland", "Duda", "Morawiecki"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "AGREE",
        "Germany is ready to supply Poland with Leopard tanks, Scholz said on Friday.",
        ("Germany", "Scholz"),
        ("Poland", "Duda", "Morawiecki"),
        ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    ),
    pytest.param(
        "SUPPORT",
        "Emmanuel Macron praised India for its role in the G20.",
        ("France", "Macron"),
        ("India", "Modi"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "India was praised by Emmanuel Macron for its role in the G20.",
        ("France", "Macron"),
        ("India", "Modi"),
        ("051",),
        # (read since session 21's active reading of passives)
    ),
    pytest.param(
        "SUPPORT",
        "On Friday, French President Emmanuel Macron praised India for its role in the G20.",
        ("France", "Macron"),
        ("India", "Modi"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        # (read since the parameet branch keeps the comma after the aside's date)
        "Macron, who arrived in New Delhi on Friday, praised India for its role in the G20.",
        ("France", "Macron"),
        ("India", "Modi"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Speaking in New Delhi, Macron praised India for its role in the G20.",
        ("France", "Macron"),
        ("India", "Modi"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Emmanuel Macron arrived in New Delhi on Friday. He praised India for its role in the G20.",
        ("France", "Macron"),
        ("India", "Modi"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Macron praised India for its role in the G20 and urged closer ties with Europe.",
        ("France", "Macron"),
        ("India", "Modi"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Macron praised Indian Prime Minister Narendra Modi for his leadership of the G20.",
        ("France", "Macron"),
        ("India", "Modi"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Volodymyr Zelensky thanked the United States for its support.",
        ("Ukraine", "Zelensky"),
        ("United States", "Biden", "Blinken"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Ukrainian President Volodymyr Zelensky on Monday thanked the United States for its support.",
        ("Ukraine", "Zelensky"),
        ("United States", "Biden", "Blinken"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "On Monday, Zelensky thanked the United States for the new aid package.",
        ("Ukraine", "Zelensky"),
        ("United States", "Biden", "Blinken"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Zelensky expressed gratitude to the United States for its support.",
        ("Ukraine", "Zelensky"),
        ("United States", "Biden", "Blinken"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Zelensky, who met Antony Blinken in Kyiv, thanked the United States for its support.",
        ("Ukraine", "Zelensky"),
        ("United States", "Biden", "Blinken"),
        ("051",),
    ),  # NEW
    pytest.param(
        "SUPPORT",
        "Speaking in Kyiv, Zelensky thanked the United States for its support.",
        ("Ukraine", "Zelensky"),
        ("United States", "Biden", "Blinken"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Zelensky thanked the United States, Britain and Germany for their support.",
        ("Ukraine", "Zelensky"),
        ("United States", "Biden", "Blinken"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Zelensky thanked the United States for its support and called for more air defence.",
        ("Ukraine", "Zelensky"),
        ("United States", "Biden", "Blinken"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        # (read since session 24: the quotation is read as a sentence of its own)
        '"I thank the United States for its support," Zelensky said.',
        ("Ukraine", "Zelensky"),
        ("United States", "Biden", "Blinken"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Egypt welcomed Kenya's decision to join the initiative.",
        ("Egypt", "Sisi"),
        ("Kenya", "Ruto"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Kenya's decision to join the initiative was welcomed by Egypt.",
        ("Egypt", "Sisi"),
        ("Kenya", "Ruto"),
        ("051",),
        # (read since session 21's active reading of passives)
    ),
    pytest.param(
        "SUPPORT",
        "On Wednesday, Egypt welcomed Kenya's decision to join the initiative.",
        ("Egypt", "Sisi"),
        ("Kenya", "Ruto"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Egyptian President Abdel Fattah el-Sisi welcomed Kenya's decision to join the initiative.",
        ("Egypt", "Sisi"),
        ("Kenya", "Ruto"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Egypt's foreign ministry said it welcomed Kenya's decision to join the initiative.",
        ("Egypt", "Sisi"),
        ("Kenya", "Ruto"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Sisi congratulated William Ruto on his election victory.",
        ("Egypt", "Sisi"),
        ("Kenya", "Ruto"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "President Abdel Fattah el-Sisi congratulated Kenyan President William Ruto on Wednesday.",
        ("Egypt", "Sisi"),
        ("Kenya", "Ruto"),
        ("051",),
    ),
    pytest.param(
        "SUPPORT",
        "Egypt commended Kenya for its mediation efforts in Sudan.",
        ("Egypt", "Sisi"),
        ("Kenya", "Ruto"),
        ("051",),
    ),
    pytest.param(
        "SIGN",
        "Australia and Japan signed a security cooperation agreement.",
        ("Australia", "Japan"),
        ("Japan", "Australia"),
        ("057",),
    ),
    pytest.param(
        "SIGN",
        "A security cooperation agreement was signed by Australia and Japan.",
        ("Australia", "Japan"),
        ("Japan", "Australia"),
        ("057",),
    ),
    pytest.param(
        "SIGN",
        "On Saturday, Australia and Japan signed a security cooperation agreement.",
        ("Australia", "Japan"),
        ("Japan", "Australia"),
        ("057",),
    ),
    pytest.param(
        "SIGN",
        "Australia signed a security cooperation agreement with Japan on Saturday.",
        ("Australia", "Japan"),
        ("Japan", "Australia"),
        ("057",),
    ),
    pytest.param(
        "SIGN",
        "Australian Prime Minister Anthony Albanese and Japanese Prime Minister Fumio Kishida signed a security cooperation agreement on Saturday.",
        ("Australia", "Japan"),
        ("Japan", "Australia"),
        ("057",),
        marks=_PERSONS,
    ),
    pytest.param(
        "SIGN",
        "Albanese and Kishida met in Perth, where they signed a security cooperation agreement.",
        ("Australia", "Japan"),
        ("Japan", "Australia"),
        ("057",),
        marks=_PERSONS,
    ),
    pytest.param(
        "SIGN",
        "Albanese met Kishida in Perth on Saturday. The two leaders signed a security cooperation agreement.",
        ("Australia", "Japan"),
        ("Japan", "Australia"),
        ("057",),
        marks=_PERSONS,
    ),
    pytest.param(
        "SIGN",
        "Australia and Japan signed a security cooperation agreement and pledged to deepen defence ties.",
        ("Australia", "Japan"),
        ("Japan", "Australia"),
        ("057",),
    ),
    pytest.param(
        "SIGN",
        "China and Egypt signed a memorandum of understanding on the Belt and Road Initiative.",
        ("China", "Egypt"),
        ("Egypt", "China"),
        ("057",),
    ),
    pytest.param(
        "SIGN",
        "Egypt and China on Monday signed a memorandum of understanding on trade.",
        ("China", "Egypt"),
        ("Egypt", "China"),
        ("057",),
    ),
    pytest.param(
        "SIGN",
        "China signed a memorandum of understanding on trade with Egypt in Cairo.",
        ("China", "Egypt"),
        ("Egypt", "China"),
        ("057",),
    ),
    pytest.param(
        "SIGN",
        "In Cairo, China and Egypt signed a memorandum of understanding on trade.",
        ("China", "Egypt"),
        ("Egypt", "China"),
        ("057",),
    ),
    pytest.param(
        "SIGN",
        "A memorandum of understanding on trade was signed by China and Egypt on Monday.",
        ("China", "Egypt"),
        ("Egypt", "China"),
        ("057",),
    ),
    pytest.param(
        "SIGN",
        "The foreign ministry said China and Egypt had signed a memorandum of understanding on trade.",
        ("China", "Egypt"),
        ("Egypt", "China"),
        ("057",),
    ),
    pytest.param(
        "SIGN",
        "Xi Jinping and Abdel Fattah el-Sisi signed a memorandum of understanding on trade on Monday.",
        ("China", "Egypt"),
        ("Egypt", "China"),
        ("057",),
        marks=_PERSONS,
    ),
    pytest.param(
        "SIGN",
        "China and Egypt signed a trade agreement on Monday.",
        ("China", "Egypt"),
        ("Egypt", "China"),
        ("057",),
    ),
    pytest.param(
        "AID",
        "The United States sent Ukraine $400 million in military aid.",
        ("United States", "Biden", "Blinken"),
        ("Ukraine",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "The United States sent $400 million in military aid to Ukraine.",
        ("United States", "Biden", "Blinken"),
        ("Ukraine",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "Ukraine received $400 million in military aid from the United States.",
        ("United States", "Biden", "Blinken"),
        ("Ukraine",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "On Friday, the United States delivered $400 million in military aid to Ukraine.",
        ("United States", "Biden", "Blinken"),
        ("Ukraine",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "Antony Blinken announced that the United States had sent $400 million in military aid to Ukraine.",
        ("United States", "Biden", "Blinken"),
        ("Ukraine",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "$400 million in military aid was sent to Ukraine by the United States.",
        ("United States", "Biden", "Blinken"),
        ("Ukraine",),
        ("070", "071", "072", "073", "074", "075"),
        # (read since session 21's active reading of passives)
    ),
    pytest.param(
        "AID",
        "The United States provided Ukraine with air defence systems.",
        ("United States", "Biden", "Blinken"),
        ("Ukraine",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "The United States delivered air defence systems to Ukraine and imposed new sanctions on Russia.",
        ("United States", "Biden", "Blinken"),
        ("Ukraine",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "Japan provided Kenya with $20 million in humanitarian aid.",
        ("Japan",),
        ("Kenya",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "Japan provided $20 million in humanitarian aid to Kenya.",
        ("Japan",),
        ("Kenya",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "Kenya received $20 million in humanitarian aid from Japan.",
        ("Japan",),
        ("Kenya",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "Japan on Tuesday donated $20 million in humanitarian aid to Kenya.",
        ("Japan",),
        ("Kenya",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "Japan has given Kenya $20 million in humanitarian assistance.",
        ("Japan",),
        ("Kenya",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "Japan's foreign ministry said it had provided $20 million in humanitarian aid to Kenya.",
        ("Japan",),
        ("Kenya",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "Japan gave $20 million in food aid to Kenya, Ethiopia and Somalia.",
        ("Japan",),
        ("Kenya",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "Japan delivered food aid to drought-hit Kenya on Tuesday.",
        ("Japan",),
        ("Kenya",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "China sent rescue teams to Pakistan after the floods.",
        ("China",),
        ("Pakistan",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "China dispatched rescue teams to flood-hit Pakistan on Sunday.",
        ("China",),
        ("Pakistan",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "After the floods, China sent a medical team to Pakistan.",
        ("China",),
        ("Pakistan",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "China, which has sent rescue teams to Pakistan, promised further help.",
        ("China",),
        ("Pakistan",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "Pakistan received tents and food from China after the floods.",
        ("China",),
        ("Pakistan",),
        ("070", "071", "072", "073", "074", "075"),
    ),
    pytest.param(
        "AID",
        "China airlifted tents and food to Pakistan on Sunday.",
        ("China",),
        ("Pakistan",),
        ("070", "071", "072", "073", "074", "075"),
    ),
]


@pytest.mark.parametrize(("kind", "text", "actor", "rec", "codes"), ROWS)
def test_paraphrase(
    kind: str, text: str, actor: tuple[str, ...], rec: tuple[str, ...], codes: tuple[str, ...]
) -> None:
    assert _hit(kind, text, actor, rec, codes)


@pytest.mark.parametrize(
    "text",
    [
        "Scholz, who met Andrzej Duda in Berlin, did not agree to supply Poland with tanks.",
        "Scholz, who met Andrzej Duda in Berlin, asked whether Germany would supply Poland with tanks.",
        "Macron, who arrived in New Delhi on Friday, said Modi had praised India's farmers.",
    ],
)
def test_relative_clause_guards(text: str) -> None:
    found = facts(text, DAY)
    assert not any(
        f.cls.value == "Event"
        and str(f.get("eventType")[0]) in {"AGREE", "SUPPORT"}
        and _has(f.get("actor"), ("Scholz", "Macron", "Germany", "France"))
        for f in found
    ), found
