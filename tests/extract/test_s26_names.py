# ruff: noqa: E501  (a table of sentences)
"""People's names, titles and whom a title is of, probed with fresh sentences (session 26, names).

A battery of 73 sentences written for this session before the extractor ran (kept out of the
repository: /tmp/s26/names-work/battery.txt; wire stories, readouts, ministry releases; the
Balkans, the Caucasus, Central Asia, Africa, the Gulf, South Asia, East Asia, Latin America, the
Caribbean, the Pacific; transliterated names, accented capitals, honorifics, ambiguous demonyms,
signers "on behalf of" states), with the facts ANNOTATION.md expects noted beside each, and
about 50 probes of the forms it turned up. At 66b4313 (main) the
battery gave 12 wrong facts and 22 misses of this family; after: 2 wrong facts and 8 misses.

Wrong facts, fixed (each with paraphrases below, positives and negatives; none from a gold set):

1. A name opening with an accented capital was cut there: "Dominican Foreign Minister Roberto
   Álvarez" gave the holder 'Roberto' (and no meeting), "Ólafur Ragnar Grímsson" the participant
   'Ragnar Grímsson'. The name patterns of people.py opened with ``[A-Z]``; they now open with
   :data:`dipld.extract.people.CAPITALS` (Latin-1, Latin Extended-A, Romanian and Vietnamese
   capitals: Á, É, Ó, Ö, Ş, İ, Ł, Ō, Þ ...). "Met Ángel Gurría", "received Şahin Mustafayev"
   and "Icelandic Foreign Minister Þórdís Kolbrún Reykfjörð Gylfadóttir" (the KB's) were misses.
2. Demonyms of several states stayed unlinked as jurisdiction and actor ("Dominican",
   "Congolese", "Korean" in the KB): "Dominican President Luis Abinader" had the jurisdiction
   'Dominican'. Now (a) the KB holder's office tells it: the one of the demonym's states in which
   the KB has the titled person hold that office (also over a reading (b) made: "Dominican
   President Luis Abinader met Dominica's Prime Minister" is the Dominican Republic's), and the
   article's later "the Dominican leader" means that state; (b) else the one of its states the
   article (title and body) names by name, if exactly one (``MentionFinder.note_state_names``);
   not for a divided nation's demonym ("Korean" alone is the South even in an article that
   names only North Korea), not for an envoy's when the sentence names that state beside it
   ("Dominica's Prime Minister hosted the Dominican ambassador").
3. "Dasho Karma Tshering", "Alhaji Yusuf Tuggar": the style was read as part of the name; Bhutan's
   "Dasho", "Lyonpo", "Lyonchhen", West Africa's "Alhaji"/"Alhaja" and "Eng." (with its full
   stop: "Eng" is also a given name) are honorifics now. "Foreign Minister Lyonpo Namgay Tshering
   met ..." gave no meeting before.
4. (found in probes) "Foreign Minister N. P. Saud" (Nepal's) was linked to the KB's "Prince
   Faisal bin Farhan Al Saud" by the surname alone: a name opened by an initial links only to a
   KB person whose first given name has that initial.

Misses of general structures, fixed:

5. Transliterated names: "Dimitar Kovachevski" is the KB's "Dimitar Kovačevski", "Aleksandar
   Vuchich" "Aleksandar Vučić", "Milo Djukanovic" "Milo Đukanović". Folding accents ("Kovacevski",
   "Vucic") already matched; the index now also holds each KB person's name with č, ć, ç as "ch",
   š, ş as "sh", ž as "zh" and đ as "dj" (:func:`dipld.kb.index.digraph_variants`; 52 variants),
   and with only đ as "dj" ("Djukanovic"); a variant that is already another entity's name (or
   variant) is not added (none in the KB now). ``INDEX_FORMAT`` is 12 (13 with 8).
6. "The MoU was signed by Foreign Minister X on behalf of Bhutan and by Assistant Minister of
   Foreign Affairs Y on behalf of China" gave no Tenure for Y, the signing (SUPPORT 057) by X
   alone and no TreatyRelation: a signer after "by" acts for the state after "on behalf of"
   (people.py; a bare "for" after a name may be a reason's, "thanked X for China's support", so
   only with a verb of signing, which now also takes "the MoU" and "it"); when every signer of a
   passive signing has its state ("by X on behalf of A and by Y on behalf of B", "... for A and
   by ... for B"), the states sign (SUPPORT 057, as "A and B signed") and are the treaty's parties
   (statements.py, relations.py: shared modules, a few lines each).
8. (found in probes) Demonyms the press writes that the KB's sources lack: "Ivorian" (the
   Factbook has "Ivoirian"), "Nepalese", "Comorian", "Swazi", "Argentinian", "Azeri", "Kosovar",
   "Salvadorean", "Cape Verdean" (``dipld.kb.index._PRESS_DEMONYMS``, only where no state has the
   word; ``INDEX_FORMAT`` 13): "Ivorian President Alassane Ouattara met ..." gave no Tenure and no
   meeting. And a state's name right after an office's last word and before a capitalised word
   opens a person's name ("Israeli Foreign Minister Israel Katz received ..." had Israel as the
   participant and no Tenure; "U.S. Ambassador to Israel Jack Lew" keeps Israel).

Found and left (one battery sentence each): "China was represented by Premier Li Qiang and Russia by
Foreign Minister Sergey Lavrov" (no Tenure of Li Qiang: a rule reading the state before
"represented (at ...) by" and an elliptic "and Russia by" was written, on branch
s26-names-represented, and held back: its one new QID in the spent sets, the post of the Premier
of China on blind34, is absent from that gold, which gives no post for "Premier Li Qiang", so
blind34's linksP fell 0.992 -> 0.985 while its F1 rose); "Ukraine's Foreign Minister met
Moldova's Mihai Popșoi" (a possessive before a name the KB lacks is the state, session 24's
choice); "The Korean foreign minister met Blinken in Seoul, the South Korean foreign ministry
said" ('Korean' unlinked, see 2); "Deputy Foreign Minister Sergey Ryabkov signed the protocol on
behalf of Russia, and Vice Foreign Minister Ma Zhaoxu signed it on behalf of China" (the SUPPORT
057 of the second clause); "Foreign Minister Lyonpo Dr. Tandi Dorji received a delegation from
Bangladesh" (no meeting); "Guinean junta leader Mamadi Doumbouya received the ECOWAS delegation
in Conakry" (no meeting); "Ambassador Ōtaka Masato met the Secretary-General of ASEAN";
"Guinean" resolved to Guinea in "The Guinean president met Bissau-Guinean President Umaro
Sissoco Embaló" (the KB has one state for it; right here, but not told apart from the others).

Hit rate at 66b4313 (main, before): positives 3/36, negatives 11/13; after: 36/36 and 13/13.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 15)  # a Friday

# roles a fact must have, as sets (every wanted value among the fact's) or as a str (exact)
Want = dict[str, "set[str] | str"]


def _has(found: list[object], cls: str, want: Want) -> bool:
    for fact in found:
        if fact.cls.value != cls:  # type: ignore[attr-defined]
            continue
        ok = True
        for role, value in want.items():
            values = fact.get(role)  # type: ignore[attr-defined]
            got = keys(values) if isinstance(value, set) else {str(v) for v in values}
            if (value if isinstance(value, set) else {value}) - got:
                ok = False
                break
        if ok:
            return True
    return False


POSITIVES = [
    # 1. accented capitals
    pytest.param(
        DAY,
        "Dominican Foreign Minister Roberto Álvarez met Haitian Prime Minister Ariel Henry in Santo Domingo on Wednesday.",
        "Tenure",
        {"holder": {"Q98222557"}, "jurisdiction": {"Q786"}, "role": "ForeignMinister"},
        id="alvarez-tenure",
    ),
    pytest.param(
        DAY,
        "Dominican Foreign Minister Roberto Álvarez met Haitian Prime Minister Ariel Henry in Santo Domingo on Wednesday.",
        "Meeting",
        {"participant": {"Q98222557", "Q107451258"}, "date": "2024-03-13"},
        id="alvarez-meeting",
    ),
    pytest.param(
        DAY,
        "Peruvian President Dina Boluarte met Ángel Gurría in Lima.",
        "Meeting",
        {"participant": {"Ángel Gurría"}},
        id="met-angel",
    ),
    pytest.param(
        DAY,
        "Azerbaijani President Ilham Aliyev received Şahin Mustafayev in Baku.",
        "Meeting",
        {"participant": {"Q57371", "Şahin Mustafayev"}},
        id="received-sahin",
    ),
    pytest.param(
        DAY,
        "Ólafur Ragnar Grímsson, the former president of Iceland, met Chinese officials.",
        "Meeting",
        {"participant": {"Ólafur Ragnar Grímsson"}},
        id="olafur-whole",
    ),
    pytest.param(
        DAY,
        "Turkish Trade Minister Ömer Bolat met Azerbaijani Economy Minister Mikayil Jabbarov in Baku.",
        "Tenure",
        {"holder": {"Ömer Bolat"}, "jurisdiction": {"Q43"}},
        id="omer-tenure",
    ),
    pytest.param(
        DAY,
        "Icelandic Foreign Minister Þórdís Kolbrún Reykfjörð Gylfadóttir met Norwegian Foreign Minister Espen Barth Eide.",
        "Meeting",
        {"participant": {"Q28734624", "Espen Barth Eide"}},
        id="thordis-meeting",
    ),
    # 5. transliterations
    pytest.param(
        dt.date(2023, 5, 10),
        "Prime Minister Dimitar Kovachevski met his Albanian counterpart Edi Rama in Tirana on Tuesday.",
        "Meeting",
        {"participant": {"Q110288715", "Q316901"}},
        id="kovachevski",
    ),
    pytest.param(
        dt.date(2023, 5, 10),
        "North Macedonian Prime Minister Dimitar Kovachevski told reporters the talks were constructive.",
        "Tenure",
        {"holder": {"Q110288715"}, "jurisdiction": {"Q221"}},
        id="kovachevski-tenure",
    ),
    pytest.param(
        DAY,
        "Serbian President Aleksandar Vuchich received the Chinese ambassador in Belgrade.",
        "Tenure",
        {"holder": {"Q222031"}, "jurisdiction": {"Q403"}},
        id="vuchich",
    ),
    pytest.param(
        dt.date(2022, 6, 15),
        "Montenegrin President Milo Djukanovic met Serbian President Aleksandar Vucic in Belgrade.",
        "Meeting",
        {"participant": {"Q200305", "Q222031"}},
        id="djukanovic",
    ),
    pytest.param(
        DAY,
        "Croatian Prime Minister Andrej Plenkovich hosted Serbian Prime Minister Ana Brnabich in Zagreb.",
        "Meeting",
        {"participant": {"Q11685764", "Q26258815"}},
        id="plenkovich-brnabich",
    ),
    # 2. demonyms of several states
    pytest.param(
        DAY,
        "Dominican President Luis Abinader met Haitian Prime Minister Ariel Henry.",
        "Tenure",
        {"holder": {"Q16594097"}, "jurisdiction": {"Q786"}},
        id="dominican-by-holder",
    ),
    pytest.param(
        DAY,
        "Dominican President Luis Abinader met Haitian Prime Minister Ariel Henry. The Dominican leader urged Haiti to secure the border.",
        "Event",
        {"actor": {"Q786"}, "recipient": {"Q790"}, "eventType": "REQUEST"},
        id="dominican-later",
    ),
    pytest.param(
        DAY,
        "Dominican President Luis Abinader met Dominica's Prime Minister Roosevelt Skerrit.",
        "Tenure",
        {"holder": {"Q16594097"}, "jurisdiction": {"Q786"}},
        id="dominican-holder-over-named",
    ),
    pytest.param(
        DAY,
        "The Dominican Republic deported 300 Haitians on Monday. Dominican Foreign Minister Juan Perez met Haitian Prime Minister Ariel Henry.",
        "Tenure",
        {"holder": {"Juan Perez"}, "jurisdiction": {"Q786"}},
        id="dominican-named",
    ),
    pytest.param(
        DAY,
        "The Congolese foreign minister, Christophe Lutundula, met Rwandan Foreign Minister Vincent Biruta in Luanda on Thursday.",
        "Tenure",
        {"holder": {"Q5111780"}, "jurisdiction": {"Q974"}},
        id="congolese-by-holder",
    ),
    pytest.param(
        DAY,
        "In Brazzaville, Congolese Foreign Minister Jean-Claude Gakosso received the Chinese ambassador.",
        "Tenure",
        {"holder": {"Q15046890"}, "jurisdiction": {"Q971"}},
        id="congolese-brazzaville-holder",
    ),
    pytest.param(
        DAY,
        "President Felix Tshisekedi of the Democratic Republic of the Congo met Angolan President Joao Lourenco in Luanda. Congolese Communication Minister Patrick Muyaya also met Lourenco.",
        "Tenure",
        {"holder": {"Patrick Muyaya"}, "jurisdiction": {"Q974"}},
        id="congolese-named",
    ),
    # 3. honorifics
    pytest.param(
        DAY,
        "Dasho Karma Tshering, the Foreign Secretary of Bhutan, met Indian officials in Thimphu.",
        "Tenure",
        {"holder": {"Karma Tshering"}, "jurisdiction": {"Q917"}},
        id="dasho",
    ),
    pytest.param(
        DAY,
        "Nigerian Foreign Minister Alhaji Yusuf Tuggar met Ghanaian Foreign Minister Shirley Ayorkor Botchwey in Abuja.",
        "Meeting",
        # (the KB's "Shirley Ayorkor Botchway", Ghana's foreign minister on the date: session
        # 27, a name written loosely, test_s27_people.py)
        {"participant": {"Yusuf Tuggar", "Q26923626"}},
        id="alhaji",
    ),
    pytest.param(
        DAY,
        "Bhutan's Foreign Minister Lyonpo Namgay Tshering met Indian Foreign Minister S. Jaishankar.",
        "Tenure",
        {"holder": {"Namgay Tshering"}, "jurisdiction": {"Q917"}},
        id="lyonpo-tenure",
    ),
    pytest.param(
        DAY,
        "Foreign Minister Lyonpo Namgay Tshering met Indian External Affairs Minister S. Jaishankar.",
        "Meeting",
        {"participant": {"Namgay Tshering", "Q16186720"}},
        id="lyonpo-meeting",
    ),
    pytest.param(
        DAY,
        "Lyonchhen Tshering Tobgay met Indian Prime Minister Narendra Modi in New Delhi.",
        "Meeting",
        {"participant": {"Tshering Tobgay", "Q1058"}},
        id="lyonchhen",
    ),
    # 8. press demonyms, a given name that is a state's
    pytest.param(
        DAY,
        "Ivorian President Alassane Ouattara met Nepalese Foreign Minister N. P. Saud in Abidjan.",
        "Tenure",
        {"holder": {"Q57413"}, "jurisdiction": {"Q1008"}},
        id="ivorian",
    ),
    pytest.param(
        DAY,
        "Ivorian President Alassane Ouattara met Nepalese Foreign Minister N. P. Saud in Abidjan.",
        "Tenure",
        {"holder": {"N. P. Saud"}, "jurisdiction": {"Q837"}},
        id="nepalese",
    ),
    pytest.param(
        DAY,
        "Comorian President Azali Assoumani received Azeri Foreign Minister Jeyhun Bayramov.",
        "Meeting",
        {"participant": {"Q515602", "Q16366137"}},
        id="comorian-azeri",
    ),
    pytest.param(
        DAY,
        "Israeli Foreign Minister Israel Katz met Greek Foreign Minister Giorgos Gerapetritis in Athens.",
        "Meeting",
        {"participant": {"Israel Katz", "Giorgos Gerapetritis"}},
        id="israel-katz",
    ),
    pytest.param(
        DAY,
        "Israeli Foreign Minister Israel Katz met Greek Foreign Minister Giorgos Gerapetritis in Athens.",
        "Tenure",
        {"holder": {"Israel Katz"}, "jurisdiction": {"Q801"}},
        id="israel-katz-tenure",
    ),
    pytest.param(
        DAY,
        "U.S. Ambassador to Israel Jack Lew met Prime Minister Benjamin Netanyahu.",
        "Tenure",
        {"holder": {"Q1677579"}, "accreditedTo": {"Q801"}},
        id="ambassador-to-israel",
    ),
    # 6. on behalf of
    pytest.param(
        DAY,
        "The MoU was signed by Foreign Minister Tandi Dorji on behalf of Bhutan and by Assistant Minister of Foreign Affairs Sun Weidong on behalf of China.",
        "Tenure",
        {"holder": {"Sun Weidong"}, "jurisdiction": {"Q148"}},
        id="behalf-tenure",
    ),
    pytest.param(
        DAY,
        "The MoU was signed by Foreign Minister Tandi Dorji on behalf of Bhutan and by Assistant Minister of Foreign Affairs Sun Weidong on behalf of China.",
        "Event",
        {"actor": {"Q917", "Q148"}, "cameoCode": "057"},
        id="behalf-signing",
    ),
    pytest.param(
        DAY,
        "The MoU was signed by Foreign Minister Tandi Dorji on behalf of Bhutan and by Assistant Minister of Foreign Affairs Sun Weidong on behalf of China.",
        "TreatyRelation",
        {"party": {"Q917", "Q148"}},
        id="behalf-treaty",
    ),
    pytest.param(
        DAY,
        "The agreement was signed by Foreign Minister Ararat Mirzoyan for Armenia and by Foreign Minister Jeyhun Bayramov for Azerbaijan in Washington on Thursday.",
        "Event",
        {"actor": {"Q399", "Q227"}, "cameoCode": "057", "date": "2024-03-14", "place": {"Q61"}},
        id="for-signing-dated",
    ),
    pytest.param(
        DAY,
        "Assistant Minister of Foreign Affairs Sun Weidong signed the MoU on behalf of China.",
        "Tenure",
        {"holder": {"Sun Weidong"}, "jurisdiction": {"Q148"}},
        id="signed-the-mou-for",
    ),
    pytest.param(
        DAY,
        "Deputy Foreign Minister Sergey Ryabkov signed the protocol on behalf of Russia, and Vice Foreign Minister Ma Zhaoxu signed it on behalf of China.",
        "Tenure",
        {"holder": {"Ma Zhaoxu"}, "jurisdiction": {"Q148"}},
        id="signed-it-for",
    ),
]


@pytest.mark.parametrize(("day", "text", "cls", "want"), POSITIVES)
def test_read(day: dt.date, text: str, cls: str, want: Want) -> None:
    assert _has(facts(text, day), cls, want)


NEGATIVES = [
    # 2. a divided nation's demonym, an envoy of the other state, no state named
    pytest.param(
        DAY,
        "North Korea fired two ballistic missiles on Thursday. The Korean foreign minister met Blinken in Seoul.",
        "Meeting",
        {"participant": {"Q423"}},
        id="korean-not-the-north",
    ),
    pytest.param(
        DAY,
        "Korean Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa.",
        "Tenure",
        {"holder": {"Cho Tae-yul"}, "jurisdiction": {"Q884"}},
        id="korean-unnamed",
    ),
    pytest.param(
        DAY,
        "Korean Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa.",
        "Tenure",
        {"holder": {"Cho Tae-yul"}, "jurisdiction": {"Q423"}},
        id="korean-unnamed-north",
    ),
    pytest.param(
        DAY,
        "Dominica's Prime Minister Roosevelt Skerrit hosted the Dominican ambassador.",
        "Meeting",
        {"participant": {"Q57823", "Q784"}},
        id="envoy-of-the-other",
    ),
    pytest.param(
        DAY,
        "Dominica and the Dominican Republic signed a fisheries agreement. The Dominican minister thanked Haiti.",
        "Event",
        {"actor": {"Q784"}, "eventType": "SUPPORT", "cameoCode": "051"},
        id="both-named-dominica",
    ),
    pytest.param(
        DAY,
        "Dominica and the Dominican Republic signed a fisheries agreement. The Dominican minister thanked Haiti.",
        "Event",
        {"actor": {"Q786"}, "eventType": "SUPPORT", "cameoCode": "051"},
        id="both-named-republic",
    ),
    # 8. the state's name as a given name
    pytest.param(
        DAY,
        "Israeli Foreign Minister Israel Katz met Greek Foreign Minister Giorgos Gerapetritis in Athens.",
        "Meeting",
        {"participant": {"Q801"}},
        id="israel-not-a-participant",
    ),
    # 4. an initial that is not the KB person's
    pytest.param(
        DAY,
        "Foreign Minister N. P. Saud met Indian External Affairs Minister S. Jaishankar.",
        "Meeting",
        {"participant": {"Q72099398"}},
        id="initials-saud",
    ),
    pytest.param(
        DAY,
        "Foreign Minister N. P. Saud met Indian External Affairs Minister S. Jaishankar.",
        "Tenure",
        {"holder": {"Q72099398"}},
        id="initials-saud-tenure",
    ),
    # 5. another given name is another person
    pytest.param(
        DAY,
        "Serbian Ambassador Marko Vuchich met Croatian Prime Minister Andrej Plenkovic.",
        "Meeting",
        {"participant": {"Q222031"}},
        id="other-vuchich",
    ),
    # 3. "Eng" as a given name
    pytest.param(
        DAY,
        "Singaporean Foreign Minister Vivian Balakrishnan met Lim Eng Hwa in Singapore.",
        "Meeting",
        {"participant": {"Hwa"}},
        id="eng-given-name",
    ),
    # 6. a later signer without a state, a signing to come
    pytest.param(
        DAY,
        "The agreement was signed by Foreign Minister Ararat Mirzoyan for Armenia and by Jeyhun Bayramov.",
        "Event",
        {"actor": {"Q399"}, "cameoCode": "057"},
        id="second-signer-stateless",
    ),
    pytest.param(
        DAY,
        "The agreement will be signed by Foreign Minister Ararat Mirzoyan for Armenia and by Foreign Minister Jeyhun Bayramov for Azerbaijan.",
        "Event",
        {"cameoCode": "057"},
        id="signing-to-come",
    ),
]


@pytest.mark.parametrize(("day", "text", "cls", "want"), NEGATIVES)
def test_not_read(day: dt.date, text: str, cls: str, want: Want) -> None:
    assert not _has(facts(text, day), cls, want)
