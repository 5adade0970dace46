"""Facts that need the sentence before: "she", "his host", "the latter", "the bloc" (session 28,
context).

Ten short articles written for this session before the extractor ran
(``/tmp/s28/context-work/articles/``, 60 sentences, kept out of the repository with the facts
ANNOTATION.md expects in ``expected.txt``; none from a gold set): wire stories (Reuters, AFP,
AAP), agency stories (Xinhua, TASS, Anadolu, Bernama), a State Department readout and a
ministry release, from East and West Africa, Latin America, the Middle East, South-East and East
Asia, Europe and the Pacific, each telling a meeting and then its acts through "the visiting
president", "his host", "the latter", "she", "him", "the two sides", "the bloc", "the Pacific
nation". At 0da3fdc (main) they gave 1 wrong fact whose cause is such a reference (2 below;
probes found one more, 1 below) and 11 misses; after: 0 wrong facts and 7 misses. Fixed (each with
paraphrases below, positives and negatives):

Wrong facts:

1. (probes) "She" took the sentence before's subject whoever it was: "Ruto invited his Tanzanian
   counterpart to the summit. She thanked Uganda for its support." gave Ruto's SUPPORT of
   Uganda. The article's possessives now tell who is a man or a woman (the one person a sentence
   names before "his" or "her" and a noun of one's own side or role: "his Tanzanian
   counterpart", "her host", "his government", not "praised her leadership"; "Mr", "Ms", "Mrs",
   "Madam"; conflicting signs: unknown), and "he"/"she", "him"/"her"
   never stand for a person of the other gender; then the one person of the meeting (or the
   sentence before) shown to be of the pronoun's gender, else nobody
   (``mentions.MentionFinder._learn_genders``, ``_fits_gender``, ``_of_gender``).
2. "the bloc" after a pair's body the KB lacks: "The two ministers agreed to convene the Joint
   Commission for Cooperation in Accra. The bloc suspended Niger after the July coup." gave a
   SANCTION of the 'Joint Commission for Cooperation'. An unlinked commission, committee,
   council, court, tribunal, fund, bank, agency, secretariat or forum named last is no bloc:
   "the bloc" is then the one organisation of states (KB members) the article named (ECOWAS),
   else none (``mentions.MentionFinder._bloc_named_before``).

Misses:

3. "his host" ("The visiting prime minister thanked his host for the hospitality", "Orban
   thanked his Chinese host"): of the two people of the meeting reported, the one no guest (the
   guest told by a visit or a reception, else the one of the state whose capital the article
   named, or the dateline's or publisher's); "her host" was read only by accident, as "her"
   after "thanked" (``guests.Guests.host_mentions``; not "his host country", not "his Russian
   host" after Xi met Orban in Beijing).
4. "the latter", "the former" for a person before a verb or a possessive ("Orban invited Xi to
   visit Hungary, and the latter accepted", "The latter thanked him"): the second (first) of
   the two people named before it in the sentence, else in the sentence before; none when more
   or fewer were named; not before a noun ("the former president", "the latter part").
5. "The Singapore leader thanked Malaysia": a state's name after "the" before "leader" is its one
   head of state or government the article named, as a demonym there was
   (``mentions.MentionFinder._leader``).
6. "him" or "her" after a sentence that names nobody ("... ECOWAS suspended Niger in July. The
   Ghanaian minister also invited him to visit Accra"): the other one of the two people of the
   meeting reported, when the subject is one of them (``_object_pronoun``; the sentence before's
   people first, as before).

Hit rates at 0da3fdc (before): positives 1/11 (the possessive of another's quality), negatives
5/8; after: 11/11 and 8/8.
Rule dump (1,263 articles): one fact changed, an improvement: "Belarus would contribute to the
work of the organisation" after "the Council of Heads of State" (unlinked) of the SCO is an AGREE
to the SCO, no longer to the council. Spent sets: none fell; blind22 F1 0.770 -> 0.773 (one false
positive fewer).

Left (misses, one example each): "The latter thanked Erdogan for his message" after a sentence
naming three people (Fidan, Sisi and Erdogan; by design no guess); "Lee also invited Anwar" after
"Lee Hsien Loong" and "Datuk Seri Anwar Ibrahim" (a given name or a Chinese surname first is no
bare surname the finder reads); "The Commission chief announced a growth plan for Moldova"
(no person for a body's "chief"); "Sandu thanked the bloc" after only "European Commission
President" (the bloc is the EU, whose organ alone was named); "rejected his guest's request to
send tank ammunition" (no REQUEST of the guest); "The minister accepted the invitation" after
two ministers met (resolved to the one invited, right here, by the acceptance rule). Found and
left (another family's): "The two women also discussed Russia's hybrid attacks on the country"
gives an ASSAULT of Russia with no recipient (a topic discussed).
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

KENYA = "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi."
CHINA = (
    "Chinese President Xi Jinping met with Hungarian Prime Minister Viktor Orban in Beijing on "
    "Tuesday."
)
GHANA = (
    "Nigerian Foreign Minister Yusuf Tuggar received the Foreign Minister of Ghana, Shirley "
    "Ayorkor Botchwey, in Abuja on Wednesday. Botchwey thanked Nigeria for its leadership of "
    "ECOWAS. "
    "The two ministers agreed to convene the Joint Commission for Cooperation in Accra in March."
)

READ = [
    # 1: "she" after a man shown so, the one woman of the meeting
    (
        f"{KENYA} The visiting president thanked her host for the warm welcome. Ruto invited his "
        "Tanzanian counterpart to the summit. She thanked Uganda for its support.",
        ("SUPPORT", {"Q16193885"}, {"Q1036"}),
    ),
    (
        f"{KENYA} The visiting president thanked her host for the warm welcome. Ruto also invited "
        "his Tanzanian counterpart to attend the Africa Climate Summit in September. She accepted "
        "the invitation.",
        ("AGREE", {"Q16193885"}, {"Q195725"}),
    ),
    # 2: the bloc
    (
        f"{GHANA} The bloc suspended Niger after the July coup.",
        ("SANCTION", {"Q193272"}, {"Q1032"}),
    ),
    # 3: his host
    (
        f"{CHINA} The visiting prime minister thanked his host for the hospitality.",
        ("SUPPORT", {"Q57641"}, {"Q15031"}),
    ),
    (f"{CHINA} Orban thanked his host for the support.", ("SUPPORT", {"Q57641"}, {"Q15031"})),
    (
        f"{CHINA} Orban thanked his Chinese host for the support.",
        ("SUPPORT", {"Q57641"}, {"Q15031"}),
    ),
    # (a possessive of another's quality tells no gender: "praised her leadership")
    (
        f"{KENYA} Ruto praised her leadership. He thanked Uganda for its support.",
        ("SUPPORT", {"Q195725"}, {"Q1036"}),
    ),
    # 4: the latter
    (
        f"{CHINA} Orban also invited Xi to visit Hungary, and the latter accepted the invitation "
        "with pleasure.",
        ("AGREE", {"Q15031"}, {"Q57641"}),
    ),
    (
        f"{CHINA} Orban invited Xi to visit Hungary. The latter thanked him for the invitation.",
        ("SUPPORT", {"Q15031"}, {"Q57641"}),
    ),
    # 6: "him" after a sentence naming nobody: the other one of the two who met
    (
        "Nigerian Foreign Minister Yusuf Tuggar received the Foreign Minister of Ghana, Shirley "
        "Ayorkor Botchwey, in Abuja on Wednesday. ECOWAS suspended Niger in July. The Ghanaian "
        "minister also invited him to visit Accra.",
        ("AGREE", {"Q26923626"}, {"Yusuf Tuggar"}),
    ),
    # 5: a state's name before "leader"
    (
        "Malaysian Prime Minister Anwar Ibrahim received Singapore Prime Minister Lee Hsien "
        "Loong in Putrajaya. The Singapore leader thanked Malaysia for its support.",
        ("SUPPORT", {"Q57643"}, {"Q833"}),
    ),
]

ALONE = [
    # 1: a man shown so is no "she", and with no woman shown so, nobody
    (
        f"{KENYA} Ruto invited his Tanzanian counterpart to the summit. She thanked Uganda for its "
        "support.",
        ("SUPPORT", "Q195725", "Q1036"),
    ),
    (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi. Ruto "
        "invited his guest to the summit. She praised Tanzania for its support.",
        ("SUPPORT", "Q195725", "Q924"),
    ),
    # 2: an unlinked body and no organisation of states named: no bloc
    (
        "The two ministers agreed to convene the Joint Commission for Cooperation in Accra. The "
        "bloc suspended Niger after the July coup.",
        ("SANCTION", "Joint Commission for Cooperation", "Q1032"),
    ),
    # 3: a host of another state, a host country
    (f"{CHINA} Orban thanked his Russian host for the support.", ("SUPPORT", "Q57641", "Q15031")),
    (f"{CHINA} Orban praised his host country.", ("SUPPORT", "Q57641", "Q15031")),
    # 5: no leader of that state named
    (
        "Australian Prime Minister Anthony Albanese met Papua New Guinea Prime Minister James "
        "Marape in Canberra. The Fiji leader thanked Australia for its support.",
        ("SUPPORT", "Q6138903", "Q408"),
    ),
    # 4: three people named before, or one: no latter
    (
        "Turkish Foreign Minister Hakan Fidan met Egyptian President Abdel Fattah al-Sisi and "
        "conveyed President Recep Tayyip Erdogan's greetings to him. The latter thanked Fidan for "
        "his message.",
        ("SUPPORT", "Q39259", "Hakan Fidan"),
    ),
    (
        f"{CHINA} Orban spoke to reporters. The latter thanked Xi for the support.",
        ("SUPPORT", "Q57641", "Q15031"),
    ),
]


@pytest.mark.parametrize(("text", "want"), READ)
def test_a_reference_to_the_sentence_before_is_read(
    text: str, want: tuple[str, set[str], set[str]]
) -> None:
    kind, actors, recipients = want
    got = typed_events(text)
    assert any(t == kind and actors <= a and recipients <= r for t, a, r, _ in got), got


@pytest.mark.parametrize(("text", "never"), ALONE)
def test_no_one_is_guessed(text: str, never: tuple[str, str, str]) -> None:
    kind, actor, recipient = never
    got = typed_events(text)
    assert not any(t == kind and actor in a and recipient in r for t, a, r, _ in got), got
