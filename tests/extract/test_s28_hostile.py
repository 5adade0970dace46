# ruff: noqa: E501  (a table of sentences)
"""Hostile acts and their ends, probed with a battery of fresh sentences (session 28, hostile).

A battery of 52 sentences written for this session before the extractor ran
(``/tmp/s28/hostile-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set), on the kinds of act the lead saw missed on held-out
text: entry bans, agreements ended or suspended, expulsions from organisations, envoys sent
away, broadcasters suspended, blockades and sanctions named as nouns, blocks and vetoes,
accusations in what someone says, force against protesters, withdrawals; wire stories, readouts
and ministry releases from Africa, Latin America, Asia, the Middle East, Europe and the Pacific,
with negations, hypotheticals and plans; then about 60 probes while following each finding up.
At 5210fe4 (main) the battery gave 3 wrong facts of this family and missed 34; after: 0 wrong
facts and 9 misses (left, below). Fixed (each with paraphrases below, positives and negatives):

Wrong facts:

1. The ones a state "joined ... in" an act were its actor: "Australia also joined the European
   Union in imposing sanctions on Belarus" gave a SANCTION of the EU, "Japan has also joined its
   G7 partners in imposing sanctions on Russia" one of the G7. The one who joins acts
   (``events._JOINED_OTHERS_IN``, read by ``_actor_before``).
2. A membership or bid blocked in the passive was the organisation's: "Kosovo is not yet a
   member of the UN, where its membership is blocked by Russia and China" gave a REJECT of the
   UN, "Taiwan's bid to join the World Health Assembly was blocked by China" one of the Assembly
   beside Taiwan. The one whose membership, bid, application or participation it is (its owner,
   "of" X, or "its": the state the sentence opens with) is now the recipient
   (``events._bidder``).

Misses:

3. Entry refused to a state's citizens ("began refusing entry on Friday to Russian citizens",
   "had already stopped admitting Russians", "started turning away Russian tourists"): SANCTION
   163 on the state, as "banned entry to" was.
4. Agreements ended, revoked, terminated, scrapped or denounced ("ended a defence cooperation
   agreement with France", "revoked two military cooperation agreements with the European Union",
   "ended a military agreement that allowed French troops to ...", "announced the termination of
   the 2019 agreement on the status of French forces"): SANCTION 160, as "suspended ... with"
   was; "EU member states fully suspended ..." (the union's members act as it); "said it would
   terminate ..." (a decision announced), "threatened to terminate ..." (THREATEN 131). Each such
   treaty, and one suspended, is also a TreatyRelation of its parties, dated by the year it is
   named by ("the 2002 friendship treaty", "a 2007 visa facilitation agreement":
   ``relations._ended_treaty``); not when hedged or negated.
5. Envoys sent away and accused: "ordered the departure of Qatar's ambassador", "ordered the
   expulsion of the French ambassador" (SANCTION 161; not "ordered the departure of French
   troops", not "demanded the expulsion of"); ", accusing him of", "accusing her of",
   "accusing them of" after an envoy (ACCUSE 112 of the envoy named, else the state or
   organisation whose envoy it is; a summons keeps its own 114).
6. Expulsions and suspensions from organisations told by their noun ("since its expulsion in
   March 2022", "the expulsion of the Russian Federation in March 2022", "Niger's suspension
   from ECOWAS"): SANCTION 160 of the organisation, dated only by a date right after the noun;
   not when called for, pushed for or opposed, not "the expulsion of Russian diplomats", not
   "Russia's suspension of the grain deal".
7. Blame in what someone says: "said that Russia bore responsibility for ..." (ACCUSE 111),
   "said Israel's operation amounted to collective punishment", "... amounted to genocide",
   "said Israel's conduct in Gaza was genocide" (ACCUSE 112).
8. Condemnation in a participle or a statement issued (", condemning Russia's invasion as ...",
   "issued a statement condemning ..."): ACCUSE 111 of the sentence's subject, as ", accusing"
   was; not "refraining from condemning", "a resolution condemning".
9. Mines laid, alleged: "Putin explained that the approaches to Odessa had been mined by the
   Ukrainian side" (ACCUSE 112 of the speaker; "explained" is now a verb of report for
   allegations); "mined by" only with a state's side or forces as the agent (not "the gold was
   mined by Chinese companies").
10. Force against protest: "security forces shot dead at least five demonstrators", "opened
    fire on protesters" (COERCE 175, as tear gas was); a state's forces named by its demonym
    ("Guinean security forces") now act for it when no other party is named before the verb.
11. The last troops gone: "The last French soldiers left Niger on Friday" (RETREAT 0874,
    ``events.troops_left``).
12. Broadcasters and papers suspended or shut down ("the junta suspended Radio France
    Internationale and France 24", "shut down the independent newspaper La Prensa"): COERCE
    1721, each outlet an unlinked recipient (``events.media_suspended``, read on the sentence's
    text: the masks split such names).

13. (second battery, 28 sentences: 1 wrong fact, 7 misses) "Niger denounced its military
    cooperation agreements with France" was an ACCUSE of France: a treaty of one's own
    denounced ("its ...", "the ... with") is ended (SANCTION 160, TreatyRelation); a criticism of
    others' agreement stays an ACCUSE. "has stopped issuing visas to Belarusian citizens",
    "suspended arms purchases from Israel" (SANCTION 163); "X's decision to terminate the 2018
    agreement on the status of French forces" (TreatyRelation dated 2018).
15. (fourth battery, 18 sentences: no wrong fact, 4 misses) "said North Korea's missile
    launches amounted to a grave provocation", "said Kosovo's decision amounted to ethnic
    cleansing" (decisions, launches, tests, drills, deployments judged; not "were not a
    provocation": the judgement's own negation now counts).
14. (third battery, 18 sentences: 1 wrong fact of the new rules, "opened fire on a crowd
    waiting for aid" as COERCE 175, now only crowds of protesters) force threatened by its noun
    ("threatened military intervention in Niger", and after "imposed sanctions on Niger and":
    THREATEN 138 at the one the first verb acted on).

Hit rate at 5210fe4 (main, before): positives 4/56, negatives 42/45, the joined not acting
0/3, treaty relations 0/9 (their negatives 5/5), the summons 1/1; after: all.

Left (battery misses, 9): "EU foreign ministers agreed to fully suspend the 2007 visa
facilitation agreement with Russia" (an AGREE, ANNOTATION.md's "decide to act"; neither the
SANCTION nor the treaty read); "ordered French troops to leave within six months" (REQUEST,
another family's); "accused the Baltic states of
Russophobia" (a group the KB lacks); "Egypt and Sudan say the dam threatens their water
security"; "killed about 50 people on October 20 when they opened fire on protesters" (the
pronoun's clause); "The UN General Assembly voted to suspend Russia from the Human Rights
Council"; "Israel imposed a total blockade on the Gaza Strip" (a territory the KB lacks); "The
junta accused France of ..." (the junta of no state named in the sentence). Also found: "Mali
threatened to terminate the defence agreement with France" gives no THREATEN where "the
agreement" does (an older reading of "defence"); "Macron said that France bore responsibility
for ..." is read as Macron's ACCUSE of France (his state is not known without his title).
From the later batteries: "The new government in Dhaka ended the agreement with India" (no
actor: the government of a capital); "Mali's junta ordered the French ambassador to leave within
72 hours, accusing him of ..." (the accusation: the order read as one to come); "Sweden joined
the alliance in March, and Russia imposed sanctions on Swedish officials" (the sanction dated by
the other clause's month, as before this session); "condemned the blockade imposed by the United
States on Cuba" (a measure condemned gives no SANCTION, session 21's choice); "accused the four
governments of xenophobia" (the states named before: a reading of mentions)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find, typed_events

DAY = dt.date(2023, 9, 19)  # a Tuesday

RUSSIA, FRANCE, MALI, NIGER, EU = "Q159", "Q142", "Q912", "Q1032", "Q458"


def _events(text: str, date: dt.date = DAY) -> list[tuple[str, set[str], set[str], str]]:
    return typed_events(text, date)


def _has(text: str, kind: str, actors: set[str], recipients: set[str], date: dt.date = DAY) -> bool:
    return any(t == kind and a == actors and r == recipients for t, a, r, _ in _events(text, date))


# (sentence, event type, actors, recipients, CAMEO code or "" for any)
POSITIVES = [
    # 1. the one who joins others in an act is its actor (was the ones joined)
    pytest.param(
        "Australia also joined the European Union in imposing sanctions on Belarus.",
        "SANCTION",
        {"Q408"},
        {"Q184"},
        "163",
        id="joined-union-in",
    ),
    pytest.param(
        "Japan has also joined its G7 partners in imposing sanctions on Russia.",
        "SANCTION",
        {"Q17"},
        {RUSSIA},
        "163",
        id="joined-partners-in",
    ),
    pytest.param(
        "New Zealand joined Australia in imposing travel bans on Russian officials.",
        "SANCTION",
        {"Q664"},
        {RUSSIA},
        "163",
        id="joined-state-in",
    ),
    pytest.param(
        "Canada joined the United States and Britain in sanctioning Iran's Revolutionary Guards.",
        "SANCTION",
        {"Q16"},
        {"Q794"},
        "163",
        id="joined-list-in",
    ),
    # 2. a membership or bid blocked: at the one who seeks it (was the organisation)
    pytest.param(
        "Kosovo is not yet a member of the UN, where its membership is blocked by Russia and China.",
        "REJECT",
        {RUSSIA, "Q148"},
        {"Q1246"},
        "120",
        id="its-membership-blocked",
    ),
    pytest.param(
        "Taiwan is not a member of the World Health Organization, where its participation has been blocked by China.",
        "REJECT",
        {"Q148"},
        {"Q865"},
        "120",
        id="its-participation-blocked",
    ),
    pytest.param(
        "Taiwan's bid to join the World Health Assembly was blocked by China.",
        "REJECT",
        {"Q148"},
        {"Q865"},
        "120",
        id="bid-blocked",
    ),
    pytest.param(
        "Kosovo's application to join UNESCO was blocked by Serbia and Russia in 2015.",
        "REJECT",
        {"Q403", RUSSIA},
        {"Q1246"},
        "120",
        id="application-blocked",
    ),
    # 3. entry refused to a state's citizens
    pytest.param(
        "Finland began refusing entry on Friday to Russian citizens holding tourist visas.",
        "SANCTION",
        {"Q33"},
        {RUSSIA},
        "163",
        id="refusing-entry",
    ),
    pytest.param(
        "Latvia had already stopped admitting Russians with Schengen visas on September 1.",
        "SANCTION",
        {"Q211"},
        {RUSSIA},
        "163",
        id="stopped-admitting",
    ),
    pytest.param(
        "Poland, Lithuania and Latvia started turning away Russian tourists at their borders last month.",
        "SANCTION",
        {"Q36", "Q37", "Q211"},
        {RUSSIA},
        "163",
        id="turning-away",
    ),
    pytest.param(
        "Estonia, Latvia, Lithuania and Poland began refusing entry on Monday to Russian citizens travelling on Schengen visas.",
        "SANCTION",
        {"Q191", "Q211", "Q37", "Q36"},
        {RUSSIA},
        "163",
        id="four-refusing-entry",
    ),
    # 4. an agreement ended, revoked, terminated
    pytest.param(
        "Mali's junta ended a defence cooperation agreement with France and ordered French troops to leave within six months.",
        "SANCTION",
        {MALI},
        {FRANCE},
        "160",
        id="ended-agreement-with",
    ),
    pytest.param(
        "Niger's military rulers revoked two military cooperation agreements with the European Union on Monday.",
        "SANCTION",
        {NIGER},
        {EU},
        "160",
        id="revoked-agreements",
    ),
    pytest.param(
        "Burkina Faso's military government has ended a military agreement that allowed French troops to fight insurgents on its territory.",
        "SANCTION",
        {"Q965"},
        {FRANCE},
        "160",
        id="ended-agreement-that-allowed",
    ),
    pytest.param(
        "Chad's government announced the termination of the 2019 agreement on the status of French forces.",
        "SANCTION",
        {"Q657"},
        {FRANCE},
        "160",
        id="termination-of-status-agreement",
    ),
    pytest.param(
        "EU member states fully suspended a 2007 visa facilitation agreement with Russia on Monday.",
        "SANCTION",
        {EU},
        {RUSSIA},
        "160",
        id="member-states-suspended",
    ),
    pytest.param(
        "Mali said it would terminate the 2014 defence agreement with France.",
        "SANCTION",
        {MALI},
        {FRANCE},
        "160",
        id="said-would-terminate",
    ),
    pytest.param(
        "Mali threatened to terminate the agreement with France.",
        "THREATEN",
        {MALI},
        {FRANCE},
        "131",
        id="threatened-to-terminate",
    ),
    # 5. envoys sent away, and accused as they go
    pytest.param(
        "In 2017, N'Djamena ordered the departure of Qatar's ambassador, accusing Doha of trying to destabilise Chad.",
        "SANCTION",
        {"Q657"},
        {"Q846"},
        "161",
        id="departure-of-envoy",
    ),
    pytest.param(
        "Burkina Faso's junta ordered the expulsion of the French ambassador on Friday.",
        "SANCTION",
        {"Q965"},
        {FRANCE},
        "161",
        id="expulsion-of-envoy",
    ),
    pytest.param(
        "In 2019, Guatemala ordered the departure of Sweden's ambassador, accusing him of interfering in its internal affairs.",
        "ACCUSE",
        {"Q774"},
        {"Q34"},
        "112",
        id="accusing-him-possessive",
    ),
    pytest.param(
        'Nicaragua expelled the EU ambassador on Friday, accusing her of an "interventionist attitude".',
        "ACCUSE",
        {"Q811"},
        {EU},
        "112",
        id="accusing-her-org",
    ),
    pytest.param(
        'Kenya\'s government expelled the Chinese ambassador, accusing him of "disrespectful conduct".',
        "ACCUSE",
        {"Q114"},
        {"Q148"},
        "112",
        id="accusing-him-demonym",
    ),
    pytest.param(
        "Chad expelled German ambassador Jan-Christian Gordon Kricke, accusing him of an impolite attitude.",
        "ACCUSE",
        {"Q657"},
        {"Q183"},
        "112",
        id="accusing-him-unknown-name",
    ),
    pytest.param(
        "Poland expelled two Russian diplomats, accusing them of espionage.",
        "ACCUSE",
        {"Q36"},
        {RUSSIA},
        "112",
        id="accusing-them-diplomats",
    ),
    # 6. expulsions and suspensions from organisations told by their noun
    pytest.param(
        "Russia has been barred from the Council of Europe since its expulsion in March 2022.",
        "SANCTION",
        {"Q8908"},
        {RUSSIA},
        "160",
        id="since-its-expulsion",
    ),
    pytest.param(
        "The Council of Europe adopted the report, its first since the expulsion of the Russian Federation in March 2022.",
        "SANCTION",
        {"Q8908"},
        {RUSSIA},
        "160",
        id="expulsion-of-state",
    ),
    pytest.param(
        "Niger's suspension from ECOWAS followed the coup in July.",
        "SANCTION",
        {"Q193272"},
        {NIGER},
        "160",
        id="suspension-from-org",
    ),
    # 7. blame laid at a party's door in what someone says
    pytest.param(
        "Macron said that Russia bore responsibility for the food crisis in Africa.",
        "ACCUSE",
        {"Q3052772"},
        {RUSSIA},
        "111",
        id="bore-responsibility",
    ),
    pytest.param(
        "Scholz said on Tuesday that Russia bears full responsibility for the sharp rise in grain prices.",
        "ACCUSE",
        {"Q61053"},
        {RUSSIA},
        "111",
        id="bears-full-responsibility",
    ),
    pytest.param(
        "Colombian President Gustavo Petro said Israel's bombing of Gaza amounted to genocide.",
        "ACCUSE",
        {"Q704022"},
        {"Q801"},
        "112",
        id="amounted-to-genocide",
    ),
    pytest.param(
        "Chilean President Gabriel Boric said Israel's military operation in Gaza amounted to collective punishment.",
        "ACCUSE",
        {"Q16297876"},
        {"Q801"},
        "112",
        id="amounted-to-collective-punishment",
    ),
    pytest.param(
        "South Africa said Israel's conduct in Gaza was genocide.",
        "ACCUSE",
        {"Q258"},
        {"Q801"},
        "112",
        id="conduct-was-genocide",
    ),
    # 8. a condemnation in a participle, or in a statement issued
    pytest.param(
        "The Philippines issued a statement condemning Russia's attack as an assault on the sovereignty of Ukraine.",
        "ACCUSE",
        {"Q928"},
        {RUSSIA},
        "111",
        id="statement-condemning",
    ),
    pytest.param(
        "The G7 leaders met in Hiroshima, condemning Russia's invasion as an act that shakes the foundations of the international order.",
        "ACCUSE",
        {"Q1764511"},
        {RUSSIA},
        "111",
        id="met-condemning",
    ),
    pytest.param(
        "Japan's foreign minister spoke on Tuesday, condemning North Korea's missile launch.",
        "ACCUSE",
        {"Q17"},
        {"Q423"},
        "111",
        id="spoke-condemning",
    ),
    # 9. an allegation of mines laid, told by a speaker
    pytest.param(
        "Putin explained that the approaches to Odessa had been mined by the Ukrainian side.",
        "ACCUSE",
        {"Q7747"},
        {"Q212"},
        "112",
        id="explained-mined-by",
    ),
    pytest.param(
        "Lavrov claimed that the Black Sea ports had been mined by the Ukrainian military.",
        "ACCUSE",
        {"Q58217"},
        {"Q212"},
        "112",
        id="claimed-mined-by",
    ),
    # 10. protesters shot by a state's forces (COERCE 175, no recipient)
    pytest.param(
        "Guinean security forces shot dead at least five demonstrators in Conakry on Thursday.",
        "COERCE",
        {"Q1006"},
        set(),
        "175",
        id="shot-dead-demonstrators",
    ),
    pytest.param(
        "Iran's security forces opened fire on protesters in Zahedan on Friday.",
        "COERCE",
        {"Q794"},
        set(),
        "175",
        id="opened-fire-on-protesters",
    ),
    # 11. the last troops gone (RETREAT 0874)
    pytest.param(
        "The last French soldiers left Niger on Friday, ending a decade-long deployment.",
        "RETREAT",
        {FRANCE},
        {NIGER},
        "0874",
        id="last-soldiers-left",
    ),
    pytest.param(
        "The last French troops left Mali on Monday.",
        "RETREAT",
        {FRANCE},
        {MALI},
        "0874",
        id="last-troops-left",
    ),
    # 12. broadcasters and papers suspended (COERCE 1721, the outlet unlinked)
    pytest.param(
        "Niger's junta suspended the French broadcaster France 24 in August.",
        "COERCE",
        {NIGER},
        {"France 24"},
        "1721",
        id="suspended-broadcaster",
    ),
    pytest.param(
        "The authorities in Burkina Faso suspended Radio France Internationale on Saturday.",
        "COERCE",
        {"Q965"},
        {"Radio France Internationale"},
        "1721",
        id="authorities-in-suspended",
    ),
    pytest.param(
        "Mali's military government suspended Radio France Internationale and France 24.",
        "COERCE",
        {MALI},
        {"Radio France Internationale", "France 24"},
        "1721",
        id="suspended-two",
    ),
    # 13. (second battery) a treaty denounced is ended, not criticised; visas stopped; arms
    # purchases suspended
    pytest.param(
        "Niger denounced its military cooperation agreements with France on Tuesday.",
        "SANCTION",
        {NIGER},
        {FRANCE},
        "160",
        id="denounced-its-agreements",
    ),
    pytest.param(
        "Mali denounced the defence treaty with France.",
        "SANCTION",
        {MALI},
        {FRANCE},
        "160",
        id="denounced-treaty-with",
    ),
    pytest.param(
        "Russia denounced the agreement signed by Armenia and the EU.",
        "ACCUSE",
        {RUSSIA},
        {"Q399", EU},
        "111",
        id="denounced-others-agreement",
    ),
    pytest.param(
        "Lithuania has stopped issuing visas to Belarusian citizens.",
        "SANCTION",
        {"Q37"},
        {"Q184"},
        "163",
        id="stopped-issuing-visas",
    ),
    pytest.param(
        "Colombia suspended arms purchases from Israel, accusing it of genocide.",
        "SANCTION",
        {"Q739"},
        {"Q801"},
        "163",
        id="arms-purchases-suspended",
    ),
    pytest.param(
        "Spain suspended arms sales to Israel.",
        "SANCTION",
        {"Q29"},
        {"Q801"},
        "163",
        id="arms-sales-suspended",
    ),
    # 14. (third battery) force threatened by its noun; a crowd of protesters fired on
    pytest.param(
        "ECOWAS has imposed sanctions on Niger and threatened military intervention.",
        "THREATEN",
        {"Q193272"},
        {NIGER},
        "138",
        id="and-threatened-intervention",
    ),
    pytest.param(
        "ECOWAS threatened military intervention in Niger.",
        "THREATEN",
        {"Q193272"},
        {NIGER},
        "138",
        id="threatened-intervention-in",
    ),
    pytest.param(
        "Kenyan police opened fire on a crowd of protesters in Nairobi.",
        "COERCE",
        {"Q114"},
        set(),
        "175",
        id="crowd-of-protesters",
    ),
    # 15. (fourth battery) judgements of another's acts in what someone says
    pytest.param(
        "Seoul said North Korea's missile launches amounted to a grave provocation.",
        "ACCUSE",
        {"Q884"},
        {"Q423"},
        "112",
        id="launches-amounted-to-provocation",
    ),
    pytest.param(
        "Serbia's president said Kosovo's decision amounted to ethnic cleansing.",
        "ACCUSE",
        {"Q403"},
        {"Q1246"},
        "112",
        id="decision-amounted-to-cleansing",
    ),
    pytest.param(
        "Nicaragua shut down the independent newspaper La Prensa.",
        "COERCE",
        {"Q811"},
        {"La Prensa"},
        "1721",
        id="shut-down-newspaper",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "recipients", "cameo"), POSITIVES)
def test_hostile_acts_found(
    text: str, kind: str, actors: set[str], recipients: set[str], cameo: str
) -> None:
    found = _events(text)
    assert any(
        t == kind and a == actors and r == recipients and (not cameo or c == cameo)
        for t, a, r, c in found
    ), found


# (sentence, event type that must not be given, with a recipient among these, or any if empty)
NEGATIVES = [
    pytest.param(
        "Taiwan's bid to join the World Health Assembly was blocked by China.",
        "REJECT",
        {"World Health Assembly"},
        id="bid-not-at-assembly",
    ),
    pytest.param(
        "Kosovo is not yet a member of the UN, where its membership is blocked by Russia and China.",
        "REJECT",
        {"Q1065"},
        id="membership-not-at-un",
    ),
    pytest.param(
        "Finland could refuse entry to Russian tourists if the situation worsens.",
        "SANCTION",
        set(),
        id="could-refuse-entry",
    ),
    pytest.param(
        "Finland has not stopped admitting Russians.", "SANCTION", set(), id="not-stopped-admitting"
    ),
    pytest.param(
        "Lithuania denied entry to a Russian ship.", "SANCTION", set(), id="entry-to-a-ship"
    ),
    pytest.param(
        "Kazakhstan refused to stop admitting Russians fleeing mobilisation.",
        "SANCTION",
        set(),
        id="refused-to-stop-admitting",
    ),
    pytest.param(
        "Mali could end its defence agreement with France.",
        "SANCTION",
        set(),
        id="could-end-agreement",
    ),
    pytest.param(
        "Mali has not ended its defence agreement with France.",
        "SANCTION",
        set(),
        id="not-ended-agreement",
    ),
    pytest.param(
        "The agreement ended the war with Eritrea.", "SANCTION", set(), id="agreement-ended-war"
    ),
    pytest.param(
        "Mali ordered the departure of French troops.", "SANCTION", set(), id="departure-of-troops"
    ),
    pytest.param(
        "Ukraine demanded the expulsion of the Russian ambassador from the UN.",
        "SANCTION",
        set(),
        id="demanded-expulsion",
    ),
    pytest.param(
        "Mali welcomed the new French ambassador, thanking him for his work.",
        "ACCUSE",
        set(),
        id="thanking-him",
    ),
    pytest.param(
        "Ukraine called for Russia's expulsion from the OSCE.",
        "SANCTION",
        set(),
        id="called-for-expulsion",
    ),
    pytest.param(
        "Kyiv has pushed for the suspension of Russia from the OSCE.",
        "SANCTION",
        set(),
        id="pushed-for-suspension",
    ),
    pytest.param(
        "The suspension of the talks angered Moscow.", "SANCTION", set(), id="suspension-of-talks"
    ),
    pytest.param(
        "Russia's suspension of the grain deal drew criticism from the UN.",
        "SANCTION",
        {"Q1065"},
        id="own-suspension-of-deal",
    ),
    pytest.param(
        "The expulsion of Russian diplomats from Germany continued.",
        "SANCTION",
        {"Q183"},
        id="expulsion-from-a-state",
    ),
    pytest.param(
        "Foreign Ministry statement on the expulsion of Russian diplomats from Latvia",
        "SANCTION",
        set(),
        id="expulsion-of-diplomats-title",
    ),
    pytest.param(
        "The UN chief said the expulsions were the largest collective expulsion of Russian intelligence officers in history.",
        "SANCTION",
        set(),
        id="expulsion-of-officers",
    ),
    pytest.param(
        "China abstained, refraining from condemning Russia's invasion.",
        "ACCUSE",
        set(),
        id="refraining-from-condemning",
    ),
    pytest.param(
        "India rejected a resolution condemning Russia's invasion.",
        "ACCUSE",
        set(),
        id="resolution-condemning-rejected",
    ),
    pytest.param(
        "Protesters marched in Paris, condemning the war.",
        "ACCUSE",
        set(),
        id="protesters-condemning",
    ),
    pytest.param(
        "The gold was mined by Chinese companies in Ghana.", "ASSAULT", set(), id="gold-mined"
    ),
    pytest.param(
        "The gold was mined by Chinese companies in Ghana.",
        "ACCUSE",
        set(),
        id="gold-mined-no-accusation",
    ),
    pytest.param(
        "Putin explained that Russia wanted peace.", "ACCUSE", set(), id="explained-plain"
    ),
    pytest.param(
        "Protesters killed two police officers in Conakry.", "COERCE", set(), id="protesters-killed"
    ),
    pytest.param(
        "Guinean security forces denied they had shot demonstrators.",
        "COERCE",
        set(),
        id="denied-shooting",
    ),
    pytest.param(
        "Witnesses said soldiers may have fired on the crowd.", "COERCE", set(), id="may-have-fired"
    ),
    pytest.param(
        "The last French troops will leave Mali by the end of the year.",
        "RETREAT",
        set(),
        id="troops-will-leave",
    ),
    pytest.param(
        "The last French troops have not left Mali.", "RETREAT", set(), id="troops-not-left"
    ),
    pytest.param(
        "The last Russian diplomats left Latvia on Monday.", "RETREAT", set(), id="diplomats-left"
    ),
    pytest.param("Mali suspended French broadcasts.", "COERCE", set(), id="broadcasts-unnamed"),
    pytest.param("Mali suspended flights to France.", "COERCE", set(), id="flights-suspended"),
    pytest.param(
        "Mali threatened to suspend Radio France Internationale.",
        "COERCE",
        set(),
        id="threatened-to-suspend-radio",
    ),
    pytest.param(
        "Mali has not suspended Radio France Internationale.",
        "COERCE",
        set(),
        id="not-suspended-radio",
    ),
    pytest.param("Mali suspended Niger from the alliance.", "COERCE", set(), id="suspended-member"),
    pytest.param("Russia blocked the BBC's website.", "COERCE", {"BBC's"}, id="possessive-outlet"),
    pytest.param(
        "Niger denounced its military cooperation agreements with France on Tuesday.",
        "ACCUSE",
        set(),
        id="denounced-agreements-no-accusation",
    ),
    pytest.param(
        "The company suspended arms sales to Israel.", "SANCTION", set(), id="company-arms-sales"
    ),
    pytest.param(
        "Iran's application to join the SCO was approved in 2023.",
        "REJECT",
        set(),
        id="application-approved",
    ),
    pytest.param(
        "Israeli troops opened fire on a crowd waiting for aid in Gaza City.",
        "COERCE",
        set(),
        id="crowd-waiting-for-aid",
    ),
    pytest.param(
        "ECOWAS has not threatened military intervention in Niger.",
        "THREATEN",
        set(),
        id="not-threatened-intervention",
    ),
    pytest.param(
        "ECOWAS met in Abuja and threatened military intervention.",
        "THREATEN",
        set(),
        id="threatened-no-target",
    ),
    pytest.param(
        "Tokyo said China's drills were not a provocation.",
        "ACCUSE",
        set(),
        id="were-not-a-provocation",
    ),
    pytest.param(
        "Macron said that Russia did not bear responsibility for the crisis.",
        "ACCUSE",
        set(),
        id="did-not-bear",
    ),
    pytest.param(
        "Russia said Finland's decision to join NATO was a mistake.",
        "ACCUSE",
        set(),
        id="decision-a-mistake",
    ),
    pytest.param(
        "Macron said Russia may bear responsibility for the crisis.",
        "ACCUSE",
        set(),
        id="may-bear-responsibility",
    ),
    pytest.param(
        "Petro denied that Israel's operation amounted to genocide.",
        "ACCUSE",
        set(),
        id="denied-amounted",
    ),
]


@pytest.mark.parametrize(("text", "kind", "recipients"), NEGATIVES)
def test_hostile_acts_not_read(text: str, kind: str, recipients: set[str]) -> None:
    found = [
        (t, a, r)
        for t, a, r, _ in _events(text)
        if t == kind and (not recipients or r & recipients)
    ]
    assert not found, found


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Australia also joined the European Union in imposing sanctions on Belarus.", EU),
        ("Japan has also joined its G7 partners in imposing sanctions on Russia.", "Q1764511"),
        ("New Zealand joined Australia in imposing travel bans on Russian officials.", "Q408"),
    ],
)
def test_those_joined_do_not_act(text: str, joined: str) -> None:
    found = _events(text)
    assert not [a for t, a, _, _ in found if t == "SANCTION" and joined in a], found


def test_a_summons_keeps_its_own_code() -> None:
    """ "summoned the French ambassador, accusing him of ...": the summons (111 since session
    29), no second accusation read from "him"."""
    found = _events("Mali summoned the French ambassador, accusing him of making hostile remarks.")
    assert [(t, c) for t, _, _, c in found] == [("ACCUSE", "111")], found


# treaties ended or suspended: a treaty relation of its parties, dated by the year it is named by
TREATIES = [
    pytest.param(
        "Algeria suspended the 2002 friendship treaty with Spain on Wednesday.",
        {"Q262", "Q29"},
        "2002",
        id="suspended-treaty-year",
    ),
    pytest.param(
        "EU member states fully suspended a 2007 visa facilitation agreement with Russia on Monday.",
        {EU, RUSSIA},
        "2007",
        id="suspended-agreement-year",
    ),
    pytest.param(
        "Mali's junta ended a defence cooperation agreement with France on Friday.",
        {MALI, FRANCE},
        "",
        id="ended-agreement",
    ),
    pytest.param(
        "Niger's military rulers revoked two military cooperation agreements with the European Union on Monday.",
        {NIGER, EU},
        "",
        id="revoked-agreements",
    ),
    pytest.param(
        "Chad's government announced the termination of the 2019 agreement on the status of French forces.",
        {"Q657", FRANCE},
        "2019",
        id="termination-status",
    ),
    pytest.param(
        "Burkina Faso's government announced the decision to terminate the 2018 agreement on the status of French armed forces.",
        {"Q965", FRANCE},
        "2018",
        id="decision-to-terminate",
    ),
    pytest.param(
        "France regretted Burkina Faso's decision to end the 2018 defence agreement with Paris.",
        {"Q965", FRANCE},
        "2018",
        id="owners-decision-to-end",
    ),
    pytest.param(
        "Niger denounced its military cooperation agreements with France on Tuesday.",
        {NIGER, FRANCE},
        "",
        id="denounced-agreements",
    ),
    pytest.param(
        "Burkina Faso's military government has ended a military agreement that allowed French troops to fight insurgents on its territory.",
        {"Q965", FRANCE},
        "",
        id="agreement-that-allowed",
    ),
]


@pytest.mark.parametrize(("text", "parties", "year"), TREATIES)
def test_treaty_ended_is_a_treaty_relation(text: str, parties: set[str], year: str) -> None:
    fact = find(facts(text, DAY), "TreatyRelation", party=parties)
    assert fact is not None
    assert [str(v) for v in fact.get("date")] == ([year] if year else [])


@pytest.mark.parametrize(
    "text",
    [
        "Mali could end its defence agreement with France.",
        "Mali has not ended its defence agreement with France.",
        "Mali has threatened to suspend its defence agreement with France.",
        "Algeria suspended talks on a new treaty with Spain.",
        "Mali may take the decision to end the agreement with France.",
    ],
)
def test_no_treaty_relation_from_an_ending_not_done(text: str) -> None:
    assert find(facts(text, DAY), "TreatyRelation") is None
