# ruff: noqa: E501  (a table of sentences)
"""Criticism, refusals and responses told indirectly, probed with a battery of fresh sentences
(session 26b, critics).

A battery of 71 sentences written for this session before the extractor ran
(``/tmp/s26/critics-work/battery*.txt``, kept out of the repository; none from a gold set):
criticism told as a description ("described X as ...", "condemned the move as ..."),
accusations in a participle after a rejection, responses vowed, refusals, organisations'
resolutions, requests told with "insisted that" or a deadline, protests in the street; wire
stories, readouts and ministry releases from Africa, Latin America, Asia, the Middle East,
Europe and the Pacific, with negations and hypotheticals. At c0386d7 (main) it gave 4 wrong
facts of this family and missed 30; after: 2 wrong facts (the OAS's organs, left below), 18
misses (two of them the "Dominican" rows, now no fact). Probes written while fixing found one
more wrong form (3). Fixed (each with paraphrases below, positives and negatives):

Wrong facts:

1. A reaction to the act of a state named only by a demonym the KB does not tell apart
   ("Dominican": Dominica or the Dominican Republic) published that state as an unlinked
   recipient: "Haiti rejected the Dominican demand" (REJECT), "criticised the Dominican
   decision" (ACCUSE), "protested against the Dominican decision" (ACCUSE 114), "threatened the
   Dominican government". The guard session 26 wrote for requests now holds for every event
   the trigger rules give: an unlinked state is left out of the recipients, and a fact with no
   other recipient is dropped ("rejected the Dominican and Venezuelan demands": Venezuela).
2. (found while probing 8) "Russia repudiated the accusations by Estonia" was an ACCUSE (the
   Latin American "repudiar" of an act); accusations, allegations, charges and claims
   repudiated are a REJECT of the one who made them.

Misses of general structures:

3. An accusation in a participle after a state's body told by its possessive: "Sudan's foreign
   ministry rejected Kenya's chairmanship of the quartet, accusing Nairobi of siding with the
   RSF" (ACCUSE by Sudan; "Sudan rejected ..., accusing" worked). The subject of a sentence may
   be a state's ministry or government after its possessive (``events._LEAD_SUBJECT``).
4. A resolution adopted that condemns a party: "The UN Human Rights Council adopted a
   resolution condemning Eritrea", "The European Parliament adopted a resolution condemning
   Azerbaijan", "adopted a resolution that criticised Turkey" (ACCUSE 111 by the body, beside
   its SUPPORT 057); not "rejected a resolution condemning", "failed to adopt", "could adopt".
5. A response vowed to a hostile act: "Iran vowed to respond to the Israeli strike", "vowed to
   respond firmly to Finland" (THREATEN 130; not "vowed to respond to the humanitarian crisis in
   Sudan", "promised to respond to Kenya's request"), and "said it would respond in kind"
   after an accusation (THREATEN at the party accused, as "vowed a response" was; not "would
   not respond", "would respond to the questions").
6. Judgements of a named party's act: "called the decision a betrayal by Germany", "called the
   European Commission's decision blackmail", "described the UN report as biased" (ACCUSE; not
   "a betrayal of Ukraine", whose decision unnamed).
7. A state's ministry right before a verb of judging: "Russia's foreign ministry branded the
   expulsion of its diplomats by Moldova an unfriendly act" ("Russia branded" worked).
8. Accusations refused: "rejected the accusations made by Estonia", "dismissed the allegations
   made by the United States" (REJECT of the one who made them, as "the statements by" was).
   A session-14 row that kept "Brazil rejected the accusations made by the United States" from
   any REJECT at the United States (test_s14_ev7.py, a guard of the rule on refused sanctions)
   now expects Brazil's REJECT at the United States, and still no sanction.
9. A demand told as "insisted that Russia withdraw / must ..." (not "insisted that Russia had
   withdrawn"), or as a deadline: "gave Mali until January 1 to free the soldiers" (1053: "to
   free" the held is a release, never "free trade"), "gave Niger's junta a week to reinstate
   Bazoum" (REQUEST; not "gave Vietnam two patrol boats to ...", "could give").
10. An accusation denied in the same sentence: "Russia accused Ukraine of shelling the plant, a
   charge Kyiv denied", "..., which Kyiv denied", "a claim Manila strongly rejected" (REJECT by
   the one accused at the accuser, as "Kyiv denied the accusation" a sentence later was; not
   "has not denied", "may deny", nor the present "a charge Baku denies": a standing position,
   told as background; no date: "On Monday" dates the accusation, not the denial).
   ``events.denied_charges``, one line in facts.py's rule list (a shared module).

The rule dump (1,263 articles) changed in four probe articles: 'Moscow denounced the decision
as "a hostile step" and said it would respond.' is THREATEN at Lithuania (item 5), "Russia's
foreign ministry called the launch a provocation but said new sanctions would not help." is
ACCUSE of North Korea (item 7), "Jake Sullivan accused Iran of preparing to provide Russia with
hundreds of unmanned aerial vehicles, a claim Tehran rejected." is Iran's REJECT at Sullivan
and "Kyiv accused the Belarusian Armed Forces of sending ammunition to Russia, a charge Minsk
denied." Belarus's REJECT at Ukraine (item 10).

Hit rate at c0386d7 (before): positives 3/35, negatives 17/24 (the six "Dominican" rows 0/6);
after: 35/35, 24/24.

Left (one sentence each): "Kurti has described Open Balkan as a Serbian-led project that
undermines the Berlin Process" (a project's owner named by a compound demonym); "Lithuania's
foreign ministry condemned the move as another Russian provocation" (the party named only in
the judgement); "Zakharova said Reykjavik had destroyed bilateral cooperation and that Moscow
would respond" (an allegation told as a reported clause, with no judgement word); "Kosovo has
refused to take part in the initiative"; "The OAS General Assembly approved a resolution ..."
and "The OAS Permanent Council adopted ..." (the organ read as an unlinked organisation, not
the OAS: mentions.py, a wrong actor left); "The UN Human Rights Council" (the KB has "Human
Rights Council" and "United Nations Human Rights Council", not the "UN" form); "Ukraine urged
the participating states to suspend Russia from the OSCE"; "Dozens of opposition activists
rallied outside the parliament in Tbilisi, chanting slogans against the Russian government" (a
protest by an unnamed group); "Serbia said it would respond if Kosovo deployed special police in the
north"; "Haiti praised the Dominican decision" (SUPPORT's recipient comes from statements.py,
not the trigger rules: still 'Dominican'); "China gave Cambodia until 2030 to repay the loan"
(AID 071, older than this change)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, typed_events

DAY = dt.date(2024, 3, 15)

POSITIVES = [
    # 1. (partly) a linked party beside an unlinked demonym
    ("Haiti rejected the Dominican and Venezuelan demands.", ("REJECT", {"Q790"}, {"Q717"}, "120")),
    # 2. a participle after a possessive body
    (
        "Sudan's foreign ministry rejected Kenya's chairmanship of the quartet, accusing Nairobi of siding with the RSF.",
        ("ACCUSE", {"Q1049"}, {"Q114"}, "112"),
    ),
    (
        "Sudan's foreign ministry rejected Kenya's chairmanship of the quartet, accusing Nairobi of siding with the RSF.",
        ("REJECT", {"Q1049"}, {"Q114"}, "120"),
    ),
    (
        "Mali's government announced its withdrawal from ECOWAS, accusing the bloc of imposing illegal sanctions.",
        ("ACCUSE", {"Q912"}, {"Q193272"}, "112"),
    ),
    (
        "Ethiopia's foreign ministry rejected the statement, accusing Egypt of seeking to destabilise the region.",
        ("ACCUSE", {"Q115"}, {"Q79"}, "112"),
    ),
    # 3. a resolution that condemns
    (
        "The Human Rights Council adopted a resolution condemning Eritrea.",
        ("ACCUSE", {"Q205650"}, {"Q986"}, "111"),
    ),
    (
        "The Human Rights Council adopted a resolution condemning Eritrea.",
        ("SUPPORT", {"Q205650"}, set(), "057"),
    ),
    (
        "The European Parliament adopted a resolution condemning Azerbaijan for its offensive in Nagorno-Karabakh.",
        ("ACCUSE", {"Q8889"}, {"Q227"}, "111"),
    ),
    (
        "The UN General Assembly on Wednesday adopted a resolution condemning Russia's annexation of four Ukrainian regions.",
        ("ACCUSE", {"Q47423"}, {"Q159"}, "111"),
    ),
    (
        "The Council of Europe adopted a resolution that criticised Turkey.",
        ("ACCUSE", {"Q8908"}, {"Q43"}, "111"),
    ),
    (
        "The European Parliament passed a non-binding resolution denouncing China for its treatment of the Uyghurs.",
        ("ACCUSE", {"Q8889"}, {"Q148"}, "111"),
    ),
    # 4. a response vowed
    ("Iran vowed to respond to the Israeli strike.", ("THREATEN", {"Q794"}, {"Q801"}, "130")),
    (
        "Tehran vowed to respond to Israel's attack on its consulate in Damascus.",
        ("THREATEN", {"Q794"}, {"Q801"}, "130"),
    ),
    ("Russia vowed to respond firmly to Finland.", ("THREATEN", {"Q159"}, {"Q33"}, "130")),
    (
        "Russia condemned the expulsion of its diplomats by Moldova and said it would respond in kind.",
        ("THREATEN", {"Q159"}, {"Q217"}, "130"),
    ),
    (
        "China criticised the Philippines over the collision and said it would respond accordingly.",
        ("THREATEN", {"Q148"}, {"Q928"}, "130"),
    ),
    (
        "North Korea condemned the drills by South Korea and warned that it would retaliate.",
        ("THREATEN", {"Q423"}, {"Q884"}, "130"),
    ),
    # 5. judgements: a betrayal, blackmail, a biased report
    (
        "The Polish president called the decision a betrayal by Germany.",
        ("ACCUSE", {"Q36"}, {"Q183"}, "111"),
    ),
    ("Poland called Germany's decision a betrayal.", ("ACCUSE", {"Q36"}, {"Q183"}, "111")),
    (
        "Hungary called the European Commission's decision blackmail.",
        ("ACCUSE", {"Q28"}, {"Q8880"}, "111"),
    ),
    ("Israel described the UN report as biased.", ("ACCUSE", {"Q801"}, {"Q1065"}, "111")),
    # 6. a state's ministry right before the verb of judging
    (
        "Russia's foreign ministry branded the expulsion of its diplomats by Moldova an unfriendly act.",
        ("ACCUSE", {"Q159"}, {"Q217"}, "111"),
    ),
    (
        "China's defence ministry described the drills by the Philippines as provocative.",
        ("ACCUSE", {"Q148"}, {"Q928"}, "111"),
    ),
    # 7. accusations refused, at the one who made them
    (
        "The Kremlin rejected the accusations made by Estonia.",
        ("REJECT", {"Q159"}, {"Q191"}, "120"),
    ),
    ("Russia repudiated the accusations by Estonia.", ("REJECT", {"Q159"}, {"Q191"}, "120")),
    (
        "China dismissed the allegations made by the United States.",
        ("REJECT", {"Q148"}, {"Q30"}, "120"),
    ),
    # 8. a demand told by "insisted that" or a deadline
    (
        "The United States insisted that Russia withdraw its forces from Ukraine.",
        ("REQUEST", {"Q30"}, {"Q159"}, "106"),
    ),
    (
        "Kenya insisted that Somalia must respect the ruling.",
        ("REQUEST", {"Q114"}, {"Q1045"}, "100"),
    ),
    (
        "Ivory Coast gave Mali until January 1 to free the soldiers.",
        ("REQUEST", {"Q1008"}, {"Q912"}, "1053"),
    ),
    (
        "ECOWAS gave Niger's junta a week to reinstate President Bazoum.",
        ("REQUEST", {"Q193272"}, {"Q1032"}, "100"),
    ),
    ("Russia gave Ukraine 24 hours to surrender.", ("REQUEST", {"Q159"}, {"Q212"}, "100")),
    # 10. an accusation denied in the same sentence
    (
        "Russia accused Ukraine of shelling the plant, a charge Kyiv denied.",
        ("REJECT", {"Q212"}, {"Q159"}, "120"),
    ),
    (
        "Russia accused Ukraine of shelling the plant, which Kyiv denied.",
        ("REJECT", {"Q212"}, {"Q159"}, "120"),
    ),
    (
        "China accused the Philippines of ramming its vessel, a claim Manila strongly rejected.",
        ("REJECT", {"Q928"}, {"Q148"}, "120"),
    ),
    (
        "Russia accused Ukraine of shelling the plant, an accusation Kyiv has denied.",
        ("ACCUSE", {"Q159"}, {"Q212"}, "112"),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_told(text: str, want: tuple[str, set[str], set[str], str]) -> None:
    assert want in typed_events(text, DAY)


def _unlinked_states(text: str) -> list[str]:
    return [
        str(v.label)
        for f in facts(text, DAY)
        if f.cls.value == "Event"
        for v in f.get("recipient")
        if getattr(v, "qid", "x") is None and "Dominican" in str(getattr(v, "label", ""))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Haiti rejected the Dominican demand.",
        "Nigeria rejected the Dominican proposal.",
        "Haiti criticised the Dominican decision.",
        "Haiti protested against the Dominican decision.",
        "Haiti condemned the Dominican deportations.",
        "Haiti threatened the Dominican government.",
    ],
)
def test_no_unlinked_demonym_recipient(text: str) -> None:
    assert _unlinked_states(text) == []


NEGATIVES = [
    ("The UN General Assembly rejected a resolution condemning Russia.", "ACCUSE"),
    ("The UN General Assembly failed to adopt a resolution condemning Russia.", "ACCUSE"),
    ("The Security Council could adopt a resolution condemning Israel.", "ACCUSE"),
    ("Iran vowed to respond to the humanitarian crisis in Sudan.", "THREATEN"),
    ("Japan promised to respond to Kenya's request.", "THREATEN"),
    ("China criticised the Philippines and said Beijing would not respond.", "THREATEN"),
    ("The EU condemned Russia and said it would respond to the questions.", "THREATEN"),
    ("Kyiv called the decision a betrayal of Ukraine.", "ACCUSE"),
    ("China did not call the decision a betrayal by Japan.", "ACCUSE"),
    ("Russia repudiated the accusations by Estonia.", "ACCUSE"),
    ("Russia did not reject the accusations made by Estonia.", "REJECT"),
    ("The United States insisted that Russia had withdrawn its forces.", "REQUEST"),
    ("Japan gave Vietnam two patrol boats to protect its waters.", "REQUEST"),
    ("The EU could give Serbia until June to recognise Kosovo.", "REQUEST"),
    ("The EU urged China to free trade with Lithuania.", "1053"),
    ("Russia accused Ukraine of shelling the plant, a charge Kyiv has not denied.", "REJECT"),
    ("Russia accused Ukraine of shelling the plant, a charge Kyiv may deny.", "REJECT"),
    ("Iran has accused Azerbaijan of hosting Israeli forces, a charge Baku denies.", "REJECT"),
]


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_not_told(text: str, kind: str) -> None:
    assert not [e for e in typed_events(text, DAY) if kind in (e[0], e[3])]


def test_denial_takes_no_date_of_the_accusation() -> None:
    text = "On Monday, Russia accused Ukraine of shelling the plant, a charge Kyiv denied."
    denials = [
        f
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "REJECT"
    ]
    assert len(denials) == 1
    assert not denials[0].get("date")
