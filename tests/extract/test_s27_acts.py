# ruff: noqa: E501  (a table of sentences)
"""Thanks, readiness, requests, refusals, accusations, aid and strikes probed with two batteries
of fresh sentences (session 27, acts).

Three batteries written for this session before the extractor ran (54 sentences, then 38 and 35
after each round of fixes; ``/tmp/s27/acts-work/battery*.txt``, kept out of the repository, with the
facts ANNOTATION.md expects beside each; none from a gold set), and about 120 probes written
while following each finding up: thanks to groups with the ones named "in particular", welcomes
beside thanks, "the two leaders" thanked, signings welcomed, readiness and plans with a partner,
invitations, cases filed, complaints, refusals of a request, rebukes ("has no right to",
"bore the hallmarks of"), requests for another's cooperation, strikes, aid told in a relative
clause or in thanks, projects financed, permissions; wire stories, readouts and ministry releases
from Africa, Latin America, Asia, the Middle East, Europe and the Pacific, with negations and
hypotheticals. At ce9f3ec (main) the three batteries gave 10 wrong facts of this family and 65
misses; after: 2 wrong facts and 38 misses (probes found 3 more wrong forms, 9, 10 and 14 below,
all fixed). Fixed (each with paraphrases below, positives and negatives):

Wrong facts:

1. A partner in the act read as its recipient: "Kazakhstan announced that it would contribute to
   the construction of the railway together with Uzbekistan" gave AGREE to Uzbekistan; a party
   "together with", "jointly with", "along with" after the act's object is beside the actor, not
   the one the promise is made to (not "ready to work together with Vietnam", "cooperate jointly
   with Egypt": the one worked with). ``statements._PARTNER_IN_ACT``.
2. A welcome with no one named beside thanks to the ones named: "welcomed the decision and
   thanked the ten member states, in particular Cambodia and Indonesia, for their support" gave
   a second SUPPORT with no recipient (ANNOTATION.md §5: SUPPORT is of a named actor; the thanks
   are the act). Now only the thanks, when a later "and thanked/praised X" names someone.
3. "Russia sent troops, military advisers and drones to Mali" was AID 072 (arms); troops first
   in what is sent is forces lent, 074 (not "sent drones and military advisers": 072).
9. (found while probing) "Uganda carried out air strikes on rebel camps in Congo" gave an
   unlinked 'Congo' as the target: the KB has two Congos; the guard session 26b wrote for
   trigger recipients now holds for the target an attack's place gives.
10. (found while probing) "Congo allowed Uganda to deploy troops on its territory" gave a
   Permission whose grantor and territory were the unlinked 'Congo' (economy.py, one guard: no
   Permission with an unlinked state; "DR Congo allowed ..." still gives it).
14. (found while probing) "Ethiopia praised the training the UAE has given to Ethiopian soldiers"
   gave Ethiopia's AID 072 to the UAE ("training the UAE" read as a verb and its object); the
   noun after "the", "its", "military" is no verb. The training such a relative clause tells is
   now the giver's AID (072): "thanked President Isaias for the training Eritrea has provided to
   thousands of Somali soldiers" (Eritrea's, to Somalia).
15. "Modi met Ramaphosa and Putin ... Modi thanked the two leaders" gave one of the two (the
   mention of "the two leaders" is the meeting's first two participants, the thanking one among
   them): now the two others, when both are linked.
16. "Kenya and Somalia signed a security agreement ... The United States welcomed the signing and
   praised the positive spirit shown by the two delegations" gave a SUPPORT with no recipient:
   "the signing" told alone names the agreement told before (``acts._NOUN_KINDS``), its
   signatories the recipients (none when the welcomer signed it: "Kenya welcomed the signing" is
   no event now, ANNOTATION.md §5).

Misses of general structures:

4. Thanks to a group, then the ones named "in particular", "especially", "notably": "thanked
   the ten member states, in particular Cambodia and Indonesia", "thanked the member states of
   ECOWAS, in particular Nigeria and Senegal" (SUPPORT to the states named, not the group), "our
   allies in NATO, and in particular the United States" (NATO and the United States: the body
   the allies are in is thanked too). ``statements._PRAISED``.
5. "sent a message of congratulations to Tokayev", "sent messages of congratulations to ..."
   (SUPPORT 051, as "sent a congratulatory message to" was).
6. A case brought: "Chile filed the case against Bolivia in 2016", "South Africa has filed a
   case against Israel at the International Court of Justice", "brought a case against Russia"
   (ACCUSE 115; not "did not file", "could file", "is considering filing").
7. "asked for Cambodia's cooperation in preventing online scams", "asked for Biden's support"
   (REQUEST of the one whose cooperation is asked; not "asked for help").
8. A complaint of a violation: "Qatar has complained that Bahraini jets violated its airspace"
   (ACCUSE 112, as "said that ..." was), also with an auxiliary ("has said that Turkey
   violated"), and as the second clause after "while" ("Saudi Arabia has accused Iran of ...,
   while Qatar has complained that ...": the later clause's subject speaks).
11. A bare refusal of a request told in the sentence or the one before: "The United States
   asked Venezuela to release the Americans, but Caracas has so far refused", "but Quito refused
   to do so", "But Santiago has so far refused." (REJECT 120 by the one asked, at the one who
   asked; not "has not responded", not a party never asked, not a request two sentences back).
   ``events._bare_refusal``.
12. "carried out air and artillery strikes on camps ..." (ASSAULT 195, as "air and drone
   strikes" was; not "held air and artillery drills"), and the group whose sites are hit as its
   target: "strikes on camps of the ADF rebel group", "on camps of the M23 armed group" (an
   armed group the KB lacks, told by its kind; before, no target, or an unlinked 'Congo'
   after it). ``events._group_sites_hit``. Scored on blind36 (numbers only, no text read), the
   new strikes without this target were one more false positive; with it, one more match.
13. A rebuke: "Blinken said China had no right to intimidate the Philippines", '"China has no
   right to intimidate our friends," Blinken said' (ACCUSE 111 by the speaker; not of the
   speaker's own side: "Wang Yi said China had no right to interfere ...", nor "The court ruled
   that Kenya had no right to deport him": no speaker of a state).
17. "Israel said the drone attack bore the hallmarks of Iran", "the sabotage had all the
   hallmarks of a Russian operation" (ACCUSE 112; not "did not bear", nor of the speaker).
18. A project paid for in another state: "Uganda is financing the construction of a road in
   South Sudan", "China funded the rebuilding of the port in Sri Lanka" (AID 071; "will
   finance" stays an AGREE; not "has not financed", not a road at home).
19. An agreement told before judged a violation: "Turkey and Libya signed a maritime memorandum
   ... Greece said the memorandum violated international law", "Egypt has said that the deal
   violates its rights" (ACCUSE 111 at its makers; not "did not violate", not by a maker, not
   with no agreement told).
20. Aid the one thanked gave, told in a relative clause of the thanks: "thanked Denmark for the
   F-16 jets it has delivered to Ukraine", "thanked Germany for the air defence systems it has
   provided" (AID 072 by the one thanked, to the state named or the thanking one's state; not
   "the support it has given": no kind told; not "the weapons it has promised", "the F-16s it
   has sold": trade).

The rule dump (1,263 articles) changed in four articles, each a SUPPORT with no recipient gone
beside thanks with one (item 2): "Erdogan on Friday welcomed the agreement on the export of
Ukrainian grain and thanked UN Secretary-General Antonio Guterres for his efforts", "Liz Truss
welcomed the release of the five Britons and thanked Saudi Arabia for its help", "Joe Biden
welcomed the deal and thanked Qatar's Emir ... and Egyptian President ... for their
partnership", "Ulf Kristersson welcomed the vote and thanked Turkey".

Hit rate at ce9f3ec (before): positives 12/76 (the rows of what the fixes must keep, and two
that other rules already gave), negatives 35/40, partners 0/3, the unlinked Congo's permission
0/1; after: all.

Left (one sentence each): "The Philippines welcomed the signing and praised the positive spirit
shown by the two delegations" told with no signing before (a SUPPORT with no recipient);
"Turkey launched a new offensive against PKK positions in northern Iraq in April" and "the
bombing bore the hallmarks of the PKK" (the KB lacks the PKK, and the armed-group rules know it
by no kind word); "The State Department designated the ADF a foreign terrorist organisation" (a
designation of a group as terrorist is kept from SANCTION on purpose by an older rule: "not
designated Hamas as a terrorist group"); "The Congolese government had authorised the Ugandan
army to pursue the rebels on Congolese territory" ("Congolese" names no one Congo); "Britain
thanked Poland for hosting its troops and applauded its defence spending" (one SUPPORT;
ANNOTATION.md wants two); "Greece complained that Turkish fighter jets had violated its
airspace" (a noun between the demonym and the verb); "Egypt said the Ethiopian dam violated its
water rights" (a thing a demonym owns); "The investigation established beyond doubt that the
attack was orchestrated by Iran" (whose investigation is not said); '"We extend our hand to the
Bolivian people," Boric said' (no readiness word); "Colombia welcomed the ruling of the
International Court of Justice" (a ruling "of" a body: only "the ICJ ruling" is read); "Hundreds
of protesters gathered outside the French embassy in Niamey, burning French flags" (a protest by
an unnamed crowd); "The parliament in Tobruk rejected the deal" (a body the KB lacks); "Russia
was ready to move on to design work ..., Novak told Mongolian officials" (AGREE with no
recipient: the officials' state is not read); "King Salman had directed the King Salman
Humanitarian Aid and Relief Centre to provide 100 million dollars to Sudan" (aid ordered
through a body); "In April it launched a new offensive against Kurdish militants ..., the
Turkish defence ministry said" ("it" with its speaker last); "The Emir of Qatar conferred the
Order of Merit on the Prince of Wales" (no KB person); "Modi met Ramaphosa and President Lula
... Modi thanked the two leaders" ("President Lula" unlinked: one of the two, as before);
"The Federal Government calls on the Government of Kenya to ..." and "The Secretary-General
urged Ethiopia and Eritrea to ..." (whose government or secretary-general, the sentence alone
does not say); "Japan is financing the upgrade of the port of Sihanoukville in Cambodia" (a
place between: the object's first place is taken for the recipient); "Iran carried out missile
and artillery strikes on Kurdish groups in Iraq" (no target state read after a group); "Turkey
sent troops and armoured vehicles to Qatar" (no event); "Japan has complained that Chinese coast
guard ships entered its territorial waters" (no violation word); "Ukraine thanked Lithuania for
its support and the ammunition it has provided" (the aid after "and").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)

Row = tuple[str, frozenset[str], frozenset[str], str]


def _events(text: str) -> list[tuple[str, frozenset[str], frozenset[str], str]]:
    return [(t, frozenset(a), frozenset(r), c) for t, a, r, c in typed_events(text, DAY)]


def _p(text: str, kind: str, actors: set[str], recipients: set[str], code: str, id: str) -> object:
    return pytest.param(text, (kind, frozenset(actors), frozenset(recipients), code), id=id)


POSITIVES = [
    # 1: a partner in the act is no recipient
    _p(
        "Kazakhstan announced that it would contribute to the construction of the railway together with Uzbekistan.",
        "AGREE",
        {"Q232"},
        set(),
        "030",
        "partner-together-with",
    ),
    _p(
        "Uzbekistan will contribute to the construction of the dam together with Tajikistan.",
        "AGREE",
        {"Q265"},
        set(),
        "030",
        "partner-will",
    ),
    _p(
        "Russia was ready to build the plant together with Egypt.",
        "AGREE",
        {"Q159"},
        set(),
        "030",
        "partner-ready",
    ),
    _p(
        "China was ready to work together with Vietnam to build the railway.",
        "AGREE",
        {"Q148"},
        {"Q881"},
        "030",
        "work-together-with-kept",
    ),
    _p(
        "China was ready to cooperate with Mongolia and Russia.",
        "AGREE",
        {"Q148"},
        {"Q711", "Q159"},
        "030",
        "cooperate-with-kept",
    ),
    # 2 and 4: thanks to the ones named in particular; no welcome with no one beside them
    _p(
        "Kenya welcomed the decision and thanked the ten member states, in particular Ethiopia and Uganda, for their support.",
        "SUPPORT",
        {"Q114"},
        {"Q115", "Q1036"},
        "051",
        "welcomed-and-thanked-in-particular",
    ),
    _p(
        "Japan welcomed the ceasefire and thanked Qatar for its mediation.",
        "SUPPORT",
        {"Q17"},
        {"Q846"},
        "051",
        "welcomed-and-thanked",
    ),
    _p(
        "Cambodia thanked the ten ASEAN member states, in particular Indonesia and Malaysia, for their support.",
        "SUPPORT",
        {"Q424"},
        {"Q252", "Q833"},
        "051",
        "in-particular-org-members",
    ),
    _p(
        "Ghana thanked the member states of ECOWAS, in particular Nigeria and Senegal, for their support.",
        "SUPPORT",
        {"Q117"},
        {"Q1033", "Q1041"},
        "051",
        "in-particular-members-of",
    ),
    _p(
        "Cambodia thanked its partners, especially Japan, for their support.",
        "SUPPORT",
        {"Q424"},
        {"Q17"},
        "051",
        "especially",
    ),
    _p(
        '"I want to thank our allies in NATO, and in particular the United States, for their support in the investigation," Zelensky said.',
        "SUPPORT",
        {"Q3874799"},
        {"Q7184", "Q30"},
        "051",
        "allies-in-nato",
    ),
    _p(
        "Morocco thanked its partners in the European Union, and in particular France, for their assistance.",
        "SUPPORT",
        {"Q1028"},
        {"Q458", "Q142"},
        "051",
        "partners-in-eu",
    ),
    _p(
        "Egypt welcomed the agreement and thanked its partners, in particular Qatar and the United States, for their efforts.",
        "SUPPORT",
        {"Q79"},
        {"Q846", "Q30"},
        "051",
        "and-thanked-partners-in-particular",
    ),
    _p(
        "Ghana thanked ECOWAS member states for their support.",
        "SUPPORT",
        {"Q117"},
        {"Q193272"},
        "051",
        "org-members-kept",
    ),
    # 5: congratulations sent
    _p(
        "Vladimir Putin sent a message of congratulations to Kassym-Jomart Tokayev on his re-election.",
        "SUPPORT",
        {"Q7747"},
        {"Q200881"},
        "051",
        "message-of-congratulations",
    ),
    _p(
        "Xi sent messages of congratulations to Tokayev and Mirziyoyev.",
        "SUPPORT",
        {"Q15031"},
        {"Q200881", "Q57808"},
        "051",
        "messages-of-congratulations",
    ),
    # 6: a case filed
    _p(
        "Chile filed the case against Bolivia in 2016.",
        "ACCUSE",
        {"Q298"},
        {"Q750"},
        "115",
        "filed-the-case",
    ),
    _p(
        "Guyana filed a case against Venezuela at the International Court of Justice in 2018.",
        "ACCUSE",
        {"Q734"},
        {"Q717"},
        "115",
        "filed-a-case-icj",
    ),
    _p(
        "South Africa has filed a case against Israel at the International Court of Justice.",
        "ACCUSE",
        {"Q258"},
        {"Q801"},
        "115",
        "has-filed",
    ),
    _p(
        "Ukraine brought a case against Russia at the ICJ.",
        "ACCUSE",
        {"Q212"},
        {"Q159"},
        "115",
        "brought-a-case",
    ),
    # 7: cooperation asked
    _p(
        "The Thai foreign minister asked for Cambodia's cooperation in preventing online scams.",
        "REQUEST",
        {"Q869"},
        {"Q424"},
        "100",
        "asked-for-cooperation",
    ),
    _p(
        "Zelensky asked for Biden's support.",
        "REQUEST",
        {"Q3874799"},
        {"Q6279"},
        "100",
        "asked-for-support",
    ),
    # 8: complaints of a violation
    _p(
        "Qatar has complained that Bahraini jets violated its airspace.",
        "ACCUSE",
        {"Q846"},
        {"Q398"},
        "112",
        "complained",
    ),
    _p(
        "Saudi Arabia has accused Iran of arming the Houthis, while Qatar has complained that Bahraini jets violated its airspace.",
        "ACCUSE",
        {"Q846"},
        {"Q398"},
        "112",
        "while-complained",
    ),
    _p(
        "Saudi Arabia has accused Iran of arming the Houthis, while Qatar has complained that Bahraini jets violated its airspace.",
        "ACCUSE",
        {"Q851"},
        {"Q794"},
        "112",
        "while-first-kept",
    ),
    _p(
        "Greece has said that Turkey violated its airspace.",
        "ACCUSE",
        {"Q41"},
        {"Q43"},
        "112",
        "has-said-violated",
    ),
    # 11: a bare refusal of a request
    _p(
        "The United States asked Venezuela to release the Americans, but Caracas has so far refused.",
        "REJECT",
        {"Q717"},
        {"Q30"},
        "120",
        "so-far-refused",
    ),
    _p(
        "Chile has asked Bolivia to return the land, but La Paz has so far refused.",
        "REJECT",
        {"Q750"},
        {"Q298"},
        "120",
        "la-paz-refused",
    ),
    _p(
        "Peru urged Ecuador to extradite the former minister but Quito refused to do so.",
        "REJECT",
        {"Q736"},
        {"Q419"},
        "120",
        "refused-to-do-so",
    ),
    _p(
        "The United States asked Venezuela to release the Americans. Caracas has refused.",
        "REJECT",
        {"Q717"},
        {"Q30"},
        "120",
        "refused-next-sentence",
    ),
    # 3: troops first is forces lent
    _p(
        "Russia sent troops, military advisers and drones to Mali.",
        "AID",
        {"Q159"},
        {"Q912"},
        "074",
        "troops-advisers-drones",
    ),
    _p(
        "Russia sent drones and military advisers to Mali.",
        "AID",
        {"Q159"},
        {"Q912"},
        "072",
        "drones-first-kept",
    ),
    # 12: air and artillery strikes
    _p(
        "Uganda carried out air and artillery strikes on rebel camps in DR Congo.",
        "ASSAULT",
        {"Q1036"},
        {"Q974"},
        "195",
        "air-and-artillery",
    ),
    # 9: no unlinked Congo as a target
    _p(
        "Uganda carried out air strikes on rebel camps in Congo.",
        "ASSAULT",
        {"Q1036"},
        set(),
        "195",
        "congo-no-target",
    ),
    # 13: no right to
    _p(
        "China has no right to intimidate the Philippines, the State Department said.",
        "ACCUSE",
        {"Q30"},
        {"Q148"},
        "111",
        "no-right-said-after",
    ),
    _p(
        "China has no right to intimidate the Philippines, the U.S. State Department said.",
        "ACCUSE",
        {"Q30"},
        {"Q148"},
        "111",
        "no-right-us-state-department",
    ),
    _p(
        '"China has no right to intimidate our friends," Blinken said.',
        "ACCUSE",
        {"Q7821917"},
        {"Q148"},
        "111",
        "no-right-quoted",
    ),
    _p(
        "Blinken said China had no right to intimidate the Philippines.",
        "ACCUSE",
        {"Q7821917"},
        {"Q148"},
        "111",
        "said-no-right",
    ),
]


# round two (a second battery of 38 sentences)
POSITIVES += [
    _p(
        "Ethiopia praised the training the UAE has given to Ethiopian soldiers.",
        "AID",
        {"Q878"},
        {"Q115"},
        "072",
        "training-relative",
    ),
    _p(
        "President Hassan Sheikh Mohamud thanked President Isaias Afwerki for the training Eritrea has provided to thousands of Somali soldiers.",
        "AID",
        {"Q986"},
        {"Q1045"},
        "072",
        "training-eritrea",
    ),
    _p(
        "Russian instructors are training the armed forces of Mali.",
        "AID",
        {"Q159"},
        {"Q912"},
        "072",
        "training-verb-kept",
    ),
    _p(
        "Modi met Ramaphosa and Putin in Johannesburg. Modi thanked the two leaders for their support.",
        "SUPPORT",
        {"Q1058"},
        {"Q1148669", "Q7747"},
        "051",
        "the-two-leaders",
    ),
    _p(
        "Kenya and Somalia signed a security agreement in Nairobi on Monday. The United States welcomed the signing and praised the positive spirit shown by the two delegations.",
        "SUPPORT",
        {"Q30"},
        {"Q114", "Q1045"},
        "051",
        "welcomed-the-signing",
    ),
    _p(
        "Kenya and Somalia signed a security agreement on Monday. The United States welcomed the signing of the agreement.",
        "SUPPORT",
        {"Q30"},
        {"Q114", "Q1045"},
        "051",
        "welcomed-the-signing-of",
    ),
    _p(
        "Bolivia asked Chile to negotiate sea access. But Santiago has so far refused.",
        "REJECT",
        {"Q298"},
        {"Q750"},
        "120",
        "but-refused-capital",
    ),
    _p(
        "Israel said the drone attack bore the hallmarks of Iran.",
        "ACCUSE",
        {"Q801"},
        {"Q794"},
        "112",
        "hallmarks",
    ),
    _p(
        "Poland said the sabotage had all the hallmarks of a Russian operation.",
        "ACCUSE",
        {"Q36"},
        {"Q159"},
        "112",
        "hallmarks-demonym",
    ),
    _p(
        "Uganda is financing the construction of a road in South Sudan.",
        "AID",
        {"Q1036"},
        {"Q958"},
        "071",
        "financing-construction",
    ),
    _p(
        "China funded the rebuilding of the port in Sri Lanka.",
        "AID",
        {"Q148"},
        {"Q854"},
        "071",
        "funded-rebuilding",
    ),
    _p(
        "The World Bank is financing the construction of a bridge in Ghana.",
        "AID",
        {"Q7164"},
        {"Q117"},
        "071",
        "bank-financing",
    ),
    _p(
        "Turkey and Libya signed a maritime memorandum in November. Greece said the memorandum violated international law and that Athens would defend its sovereign rights by all means.",
        "ACCUSE",
        {"Q41"},
        {"Q43", "Q1016"},
        "111",
        "memorandum-violated",
    ),
    _p(
        "Turkey and Libya signed a maritime memorandum in November. Egypt has said that the deal violates its rights.",
        "ACCUSE",
        {"Q79"},
        {"Q43", "Q1016"},
        "111",
        "deal-violates",
    ),
    _p(
        "Zelensky thanked Denmark for the F-16 jets it has delivered to Ukraine.",
        "AID",
        {"Q756617"},
        {"Q212"},
        "072",
        "thanked-for-jets",
    ),
    _p(
        "Ukraine thanked Germany for the air defence systems it has provided.",
        "AID",
        {"Q183"},
        {"Q212"},
        "072",
        "thanked-for-air-defence",
    ),
    _p(
        "Turkey thanked Azerbaijan for the humanitarian aid it has sent.",
        "AID",
        {"Q227"},
        {"Q43"},
        "073",
        "thanked-for-humanitarian-aid",
    ),
]


# round three (a third battery of 35 sentences, mostly of the forms fixed above)
POSITIVES += [
    _p(
        "Vietnam thanked ASEAN member states, especially Laos and Cambodia, for their support during its chairmanship.",
        "SUPPORT",
        {"Q881"},
        {"Q819", "Q424"},
        "051",
        "r3-especially-org-members",
    ),
    _p(
        "Fiji thanked its development partners, notably Australia and New Zealand, for the assistance.",
        "SUPPORT",
        {"Q712"},
        {"Q408", "Q664"},
        "051",
        "r3-notably",
    ),
    _p(
        "Argentina thanked the countries of the region, in particular Brazil, but criticised Venezuela.",
        "SUPPORT",
        {"Q414"},
        {"Q155"},
        "051",
        "r3-countries-of-the-region",
    ),
    _p(
        "Ukraine asked Germany for Taurus missiles, but Berlin has so far refused.",
        "REJECT",
        {"Q183"},
        {"Q212"},
        "120",
        "r3-asked-for-refused",
    ),
    _p(
        "Poland asked Hungary to allow transit of arms, but Budapest refused.",
        "REJECT",
        {"Q28"},
        {"Q36"},
        "120",
        "r3-budapest-refused",
    ),
    _p(
        "The Gambia filed a case against Myanmar at the International Court of Justice in 2019.",
        "ACCUSE",
        {"Q1005"},
        {"Q836"},
        "115",
        "r3-gambia",
    ),
    _p(
        "A case against Myanmar was filed by the Gambia in 2019.",
        "ACCUSE",
        {"Q1005"},
        {"Q836"},
        "115",
        "r3-case-passive",
    ),
    _p(
        "Indonesia filed a complaint against the European Union at the WTO over its nickel ban.",
        "ACCUSE",
        {"Q252"},
        {"Q458"},
        "114",
        "r3-complaint-kept-114",
    ),
    _p(
        "Kazakhstan will build the refinery jointly with China.",
        "AGREE",
        {"Q232"},
        set(),
        "030",
        "r3-jointly-partner",
    ),
    _p(
        "Egypt said it was ready to work jointly with Sudan on the dam.",
        "AGREE",
        {"Q79"},
        {"Q1049"},
        "030",
        "r3-work-jointly-kept",
    ),
    _p(
        "Mongolia said Russia had no right to block the pipeline.",
        "ACCUSE",
        {"Q711"},
        {"Q159"},
        "111",
        "r3-no-right",
    ),
    _p(
        "Russia had no right to annex Crimea, Blinken said.",
        "ACCUSE",
        {"Q7821917"},
        {"Q159"},
        "111",
        "r3-no-right-after",
    ),
    _p(
        "Chinese President Xi Jinping sent a message of congratulations to Putin.",
        "SUPPORT",
        {"Q15031"},
        {"Q7747"},
        "051",
        "r3-congratulations",
    ),
    _p(
        "Iran carried out missile and artillery strikes on Kurdish groups in Iraq.",
        "ASSAULT",
        {"Q794"},
        set(),
        "195",
        "r3-missile-and-artillery",
    ),
    _p(
        "China financed the construction of a stadium in Costa Rica in 2008.",
        "AID",
        {"Q148"},
        {"Q800"},
        "071",
        "r3-financed-stadium",
    ),
    _p(
        "India and Bangladesh signed five agreements on Saturday. Nepal welcomed the signing.",
        "SUPPORT",
        {"Q837"},
        {"Q668", "Q902"},
        "051",
        "r3-nepal-welcomed-signing",
    ),
    _p(
        "Somalia thanked Turkey for the warships it has donated.",
        "AID",
        {"Q43"},
        {"Q1045"},
        "072",
        "r3-warships-donated",
    ),
    _p(
        "The Ugandan army carried out air and artillery strikes on camps of the ADF rebel group in eastern Congo.",
        "ASSAULT",
        {"Q1036"},
        {"ADF"},
        "195",
        "r3-camps-of-the-group",
    ),
    _p(
        "Uganda carried out air strikes on camps of the M23 armed group.",
        "ASSAULT",
        {"Q1036"},
        {"M23"},
        "195",
        "r3-camps-of-m23",
    ),
    _p(
        "Israel carried out air strikes on positions of the Lebanese army.",
        "ASSAULT",
        {"Q801"},
        {"Q822"},
        "195",
        "r3-positions-of-an-army-kept",
    ),
    _p(
        "Moscow and Minsk signed a treaty in December. Lithuania said the treaty violated international law.",
        "ACCUSE",
        {"Q37"},
        {"Q159", "Q184"},
        "111",
        "r3-treaty-violated",
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_act(text: str, want: Row) -> None:
    assert want in _events(text)


def _n(text: str, kind: str, id: str, actors: set[str] | None = None) -> object:
    return pytest.param(text, kind, frozenset(actors) if actors else None, id=id)


NEGATIVES = [
    # no recipient-less SUPPORT beside thanks to the ones named
    _n(
        "Kenya welcomed the decision and thanked the ten member states, in particular Ethiopia and Uganda, for their support.",
        "SUPPORT-none",
        "no-empty-welcome",
    ),
    _n(
        "Japan welcomed the ceasefire and thanked Qatar for its mediation.",
        "SUPPORT-none",
        "no-empty-welcome-2",
    ),
    _n("Kenya thanked all partners for their support.", "SUPPORT", "no-one-named"),
    # cases not filed
    _n("Bolivia did not file a case against Chile.", "ACCUSE", "not-filed"),
    _n("Chile could file a case against Bolivia.", "ACCUSE", "could-file"),
    _n("Chile is considering filing a case against Bolivia.", "ACCUSE", "considering"),
    # no one asked
    _n("Thailand asked for help.", "REQUEST", "help-of-no-one"),
    _n("Thailand did not ask for Cambodia's help.", "REQUEST", "not-asked"),
    _n("Thailand thanked Cambodia for its cooperation.", "REQUEST", "thanked-cooperation"),
    # complaints not made
    _n("Greece never complained that Turkey violated its airspace.", "ACCUSE", "never-complained"),
    _n("Turkey complained that Greece had not violated anything.", "ACCUSE", "not-violated"),
    # refusals of no request
    _n(
        "The United States asked Venezuela to release the Americans, but Caracas has not responded.",
        "REJECT",
        "not-responded",
    ),
    _n(
        "The United States asked Venezuela to release the Americans. Colombia has refused.",
        "REJECT",
        "not-the-one-asked",
    ),
    _n("Brazil refused.", "REJECT", "no-request"),
    _n(
        "The United States asked Venezuela to release the Americans. Talks continued in Doha. Caracas has refused.",
        "REJECT",
        "request-two-back",
    ),
    _n(
        "The United States asked Venezuela to release the Americans, but Caracas has not refused.",
        "REJECT",
        "has-not-refused",
    ),
    # no drills as strikes
    _n("Uganda's army held air and artillery drills.", "ASSAULT", "drills"),
    # no right of one's own, or of no speaker
    _n("Blinken said the United States had no right to interfere.", "ACCUSE", "own-no-right"),
    _n(
        "Wang Yi said China had no right to interfere in the affairs of other states.",
        "ACCUSE",
        "own-no-right-2",
    ),
    _n("The court ruled that Kenya had no right to deport him.", "ACCUSE", "court-ruled"),
    _n("Blinken did not say China had no right to do so.", "ACCUSE", "did-not-say"),
    # congratulations not sent
    _n("Putin did not send a message of congratulations to Zelensky.", "SUPPORT", "not-sent"),
]


NEGATIVES += [
    _n(
        "Ethiopia praised the training the UAE has given to Ethiopian soldiers.",
        "AID",
        "training-not-ethiopias",
        {"Q115"},
    ),
    _n(
        "Kenya and Somalia signed a security agreement in Nairobi on Monday. Kenya welcomed the signing.",
        "SUPPORT",
        "own-signing",
        {"Q114"},
    ),
    _n(
        "Kenya and Somalia signed a security agreement on Monday. The United States welcomed the conclusion of the talks.",
        "SUPPORT-recipients",
        "conclusion-of-talks",
    ),
    _n("Britain said the attack did not bear the hallmarks of Russia.", "ACCUSE", "no-hallmarks"),
    _n("Russia said the attack bore the hallmarks of Russia.", "ACCUSE", "own-hallmarks"),
    _n("China has not financed the construction of the dam in Ethiopia.", "AID", "not-financed"),
    _n("Uganda is financing the construction of a road in Uganda.", "AID", "own-road"),
    _n(
        "Turkey and Libya signed a maritime memorandum in November. Greece said the memorandum did not violate international law.",
        "ACCUSE",
        "did-not-violate",
    ),
    _n(
        "Turkey and Libya signed a maritime memorandum in November. Turkey said the memorandum violated nothing.",
        "ACCUSE",
        "own-memorandum",
    ),
    _n("Greece said the memorandum violated international law.", "ACCUSE", "memorandum-of-no-one"),
    _n("Ukraine thanked Japan for the support it has given.", "AID", "support-of-no-kind"),
    _n("Ukraine thanked Germany for the weapons it has promised.", "AID", "promised-not-given"),
]


NEGATIVES += [
    _n(
        "Ukraine asked the United States for more air defence systems, but Germany has so far refused.",
        "REJECT",
        "r3-refused-not-asked",
    ),
    _n("Nobody has the right to intimidate Taiwan, Japan said.", "ACCUSE", "r3-nobody"),
    _n("Lukashenko sent messages of condolences to Erdogan.", "SUPPORT", "r3-condolences"),
    _n("Lithuania said the treaty violated international law.", "ACCUSE", "r3-treaty-of-no-one"),
    _n(
        "Morocco thanked the United States for the F-16s it has sold to the kingdom.",
        "AID",
        "r3-sold",
    ),
    _n(
        "Colombia praised the training the United States has provided to its police.",
        "AID",
        "r3-training-not-colombias",
        {"Q739"},
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors"), NEGATIVES)
def test_not_the_act(text: str, kind: str, actors: frozenset[str] | None) -> None:
    found = _events(text)
    if kind == "SUPPORT-none":
        assert not [e for e in found if e[0] == "SUPPORT" and not e[2]]
        return
    if kind == "SUPPORT-recipients":
        assert not [e for e in found if e[0] == "SUPPORT" and e[2]]
        return
    assert not [e for e in found if e[0] == kind and (actors is None or e[1] == actors)]


PARTNERS = [
    # a partner after the object is never the recipient
    pytest.param(
        "Kazakhstan announced that it would contribute to the construction of the railway together with Uzbekistan.",
        "Q265",
        id="uzbekistan",
    ),
    pytest.param("Russia was ready to build the plant together with Egypt.", "Q79", id="egypt"),
    pytest.param("Turkey will build the pipeline jointly with Azerbaijan.", "Q227", id="jointly"),
]


@pytest.mark.parametrize(("text", "partner"), PARTNERS)
def test_partner_is_no_recipient(text: str, partner: str) -> None:
    assert not [e for e in _events(text) if partner in e[2]]


def test_no_permission_of_an_unlinked_congo() -> None:
    from tests.extract.test_patterns import facts

    found = facts("Congo allowed Uganda to deploy troops on its territory.", DAY)
    assert not [f for f in found if f.cls.value == "Permission"]
    found = facts("DR Congo allowed Uganda to deploy troops on its territory.", DAY)
    assert [f for f in found if f.cls.value == "Permission"]
