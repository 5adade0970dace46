import json, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from arts3 import ARTS
from arts1 import LIC
def Q(k): return {"qid": k}
def U(s): return {"unlinked": s}
DL = re.compile(r"^(?:[A-Z][A-Z .]+\. KAZINFORM – |[A-Z]+, [A-Z][a-z]+ \d+ \(Reuters\) - )")
def body_sents(a): return [DL.sub("", p) for p in a["paras"]]
def find(a, sub):
    if sub == "TITLE": return a["title"]
    hits = [s for s in body_sents(a) if sub in s]
    assert len(hits) == 1, (sub, len(hits))
    return hits[0]
GOLD = {}
def art(fn): GOLD[fn] = {"facts": [], "notes": []}; return fn
def F(fn, cls, ev, imp, also=(), **kw):
    a = ARTS[fn]; d = {"id": "F%02d" % (len(GOLD[fn]["facts"]) + 1), "class": cls}
    if cls == "Meeting": d["eventType"] = "CONSULT"
    d.update(kw)
    if ev == "TITLE": d["evidence"] = a["title"]; d["evidence_in"] = "title"
    else: d["evidence"] = find(a, ev)
    if also: d["also_in"] = [find(a, x) for x in also]
    d["importance"] = imp
    GOLD[fn]["facts"].append(d)
def N(fn, span, kind, reason):
    a = ARTS[fn]; assert any(span in s for s in a["paras"]) or span in a["title"], span
    GOLD[fn]["notes"].append({"span": span, "kind": kind, "reason": reason})
def T(fn, ev, holder, role, jur, post=None, imp="detail", label=None, also=(), **kw):
    d = dict(holder=holder, role=role, jurisdiction=jur)
    if post: d["post"] = Q(post)
    if label: d["officeLabel"] = label
    d.update(kw); F(fn, "Tenure", ev, imp, also, **d)
def M(fn, ev, imp, parts, code, date=None, place=None, also=(), **kw):
    d = dict(participant=parts, cameoCode=code)
    if date: d["date"] = date
    if place: d["place"] = place
    d.update(kw); F(fn, "Meeting", ev, imp, also, **d)
def EV(fn, ev, imp, typ, code, actor, recipient=None, date=None, also=(), **kw):
    d = dict(eventType=typ, actor=actor)
    if recipient: d["recipient"] = recipient
    d["cameoCode"] = code
    if date: d["date"] = date
    d.update(kw); F(fn, "Event", ev, imp, also, **d)
def MEM(fn, ev, m, o, imp="detail", also=(), **kw): F(fn, "Membership", ev, imp, also, member=m, organization=o, **kw)
def P2(fn, cls, ev, a, b, imp="detail", also=(), **kw): F(fn, cls, ev, imp, also, party=[a, b], **kw)
def TT(fn, ev, a, b, amt, cur, per, imp="core", **kw): F(fn, "TradeFlow", ev, imp, party=[a, b], flow="TotalTrade", amount=amt, currency=cur, period=per, **kw)
PUTIN, XI, LAVROV, WANG, BIDEN, BLINKEN, MIRZ, TOK = Q("Q7747"), Q("Q15031"), Q("Q58217"), Q("Q701801"), Q("Q6279"), Q("Q7821917"), Q("Q57808"), Q("Q200881")
RU, CN, US, UZ, KZ, KG, KP, PH, KE, IR, TW = (Q(x) for x in "Q159 Q148 Q30 Q265 Q232 Q813 Q423 Q928 Q114 Q794 Q865".split())
SCO, CIS, OTS = Q("Q485207"), Q("Q7779"), Q("Q596850")
def tput(fn, ev, imp="core", also=()): T(fn, ev, PUTIN, "HeadOfState", RU, "Q218295", imp, also=also)

# 1 Kim
f = art("kremlin-2023-09-13-talks-with-chairman-of-state-affairs-of-dprk-kim-jong-un.txt"); D = "2023-09-13"; KIM = Q("Q56226")
M(f, "Vladimir Putin held talks with Chairman", "core", [PUTIN, KIM], "042", D, U("Vostochny Cosmodrome"),
  also=["The talks began in a restricted format", "The sides discussed cooperation in agriculture", "the leaders had lunch together"], note="Kim arrived on an official visit (042); the cosmodrome is a facility: unlinked.")
tput(f, "The Russian President noted", also=["at the invitation of the President of Russia"])
T(f, "Vladimir Putin held talks with Chairman", KIM, "HeadOfState", KP, "Q56876342", "core", label="Chairman of the State Affairs of the Democratic People’s Republic of Korea", note="The tables list Kim's head-of-state post as Supreme Leader (Q56876342).")
T(f, "Foreign Minister Sergei Lavrov", LAVROV, "ForeignMinister", RU, "Q1418873", label="Foreign Minister")
T(f, "Foreign Minister Sergei Lavrov", Q("Q30436217"), "ForeignMinister", KP, "Q113470538", label="Minister of Foreign Affairs of the DPRK")
EV(f, "Kim Jong-un arrived in Russia", "detail", "AGREE", "036", [PUTIN], [KIM], status="historical", note="Invitation that led to the visit (as the India MEA gold).")
EV(f, "Vladimir Putin thanked Kim Jong-un", "detail", "SUPPORT", "051", [PUTIN], [KIM], D)
P2(f, "DiplomaticRelations", "diplomatic relations between Moscow and Pyongyang", RU, KP, startDate="1948-10", note="Metonyms resolve to the states.")
P2(f, "SharedBorder", "share a border of about 39", RU, KP)
P2(f, "TreatyRelation", "Treaty of Friendship, Good-Neighbourliness", RU, KP, instrument="Treaty of Friendship, Good-Neighbourliness and Cooperation", date="2000-02")
EV(f, "50,000 tonnes of wheat", "detail", "AID", "073", [RU], [KP], "2023", status="historical")
EV(f, "fully supports the decisions", "detail", "SUPPORT", "051", [KIM], [RU], D)
EV(f, "The Russian side expressed concern", "detail", "ACCUSE", "111", [RU], [US], D)
TT(f, "amounted to about $35 million", RU, KP, "35000000", "USD", "2022", approx="about")
EV(f, "agreed to instruct their governments to reconvene", "detail", "AGREE", "036", [PUTIN, KIM], None, D, status="future")
EV(f, "Kim Jong-un invited Vladimir Putin", "detail", "AGREE", "036", [KIM], [PUTIN], D)
EV(f, "The invitation was accepted with gratitude.", "detail", "AGREE", "036", [PUTIN], [KIM], D, status="future", note="Passive: Putin accepted Kim's invitation.")
N(f, "the two leaders toured the launch facilities", "not_expected", "Programme item, not coded.")
N(f, "The sides discussed cooperation in agriculture", "not_expected", "Topics ('discussed X').")

# 2 Xi Samarkand
f = art("kremlin-2022-09-15-meeting-with-president-of-china-xi-jinping.txt"); D = "2022-09-15"
M(f, "Vladimir Putin met with President of the People’s Republic of China", "core", [PUTIN, XI], "044", D, Q("Q5753"),
  also=["The meeting was attended by", "The two leaders discussed energy cooperation"], note="Third-country venue (SCO summit in Uzbekistan); the summit itself is only the setting.")
tput(f, "The President of Russia noted that Russia and China")
T(f, "Vladimir Putin met with President of the People’s Republic of China", XI, "HeadOfState", CN, "Q655407", "core", label="President of the People’s Republic of China")
T(f, "The meeting was attended by", LAVROV, "ForeignMinister", RU, "Q1418873", label="Foreign Minister")
T(f, "The meeting was attended by", WANG, "ForeignMinister", CN, "Q2664362", label="Minister of Foreign Affairs of China")
T(f, "thanked Uzbekistan and President Shavkat Mirziyoyev", MIRZ, "HeadOfState", UZ, "Q7466263", label="President")
M(f, "This is the first face-to-face meeting", "detail", [PUTIN, XI], "040", "2022-02", Q("Q956"), status="historical")
EV(f, "thanked Uzbekistan and President Shavkat Mirziyoyev", "detail", "SUPPORT", "051", [PUTIN], [UZ, MIRZ], D)
MEM(f, "The President of Russia noted that Russia and China", RU, SCO)
MEM(f, "The President of Russia noted that Russia and China", CN, SCO)
MEM(f, "Uzbekistan currently holds the rotating chairmanship", UZ, SCO, note="Holding the chairmanship; India's future chairmanship is not annotated.")
P2(f, "Partnership", "comprehensive partnership and strategic interaction", RU, CN, instrument="comprehensive partnership and strategic interaction")
TT(f, "In the first eight months of this year", RU, CN, "117200000000", "USD", "2022", note="Part-year (January-August).")
F(f, "TradeFlow", "Russian oil exports to China", "detail", exporter=RU, importer=CN, amount="44000000000", currency="USD", period="2022", note="Oil only; part-year.")
EV(f, "Russia highly values the balanced position", "detail", "SUPPORT", "051", [PUTIN], [CN], D)
EV(f, "He also condemned the provocations", "detail", "ACCUSE", "111", [PUTIN], [US], D)
EV(f, "Xi Jinping said that China was ready", "detail", "AGREE", "030", [CN], [RU], D)
EV(f, "The leaders agreed to hold regular consultations", "detail", "AGREE", "036", [PUTIN, XI], None, D, status="future")
EV(f, "Xi Jinping invited Vladimir Putin", "detail", "AGREE", "036", [XI], [PUTIN], D)
N(f, "In February, the two countries signed a joint statement", "not_expected", "Background signing of a joint statement: no TreatyRelation, no news 057.")
N(f, "will hand it over to India after the summit", "not_expected", "Future chairmanship.")
N(f, "which is to run across Mongolia", "must_not", "Planned pipeline: no fact for Mongolia.")

# 3 Mirziyoyev call
f = art("kremlin-2023-07-24-telephone-conversation-with-president-of-uzbekistan-shavkat-mirziyoyev.txt"); D = "2023-07-24"
M(f, "Vladimir Putin had a telephone conversation", "core", [PUTIN, MIRZ], "041", D, also=["The sides discussed the construction", "The leaders also exchanged views", "The conversation was held in a warm"])
tput(f, "The President of Russia warmly congratulated")
T(f, "Vladimir Putin had a telephone conversation", MIRZ, "HeadOfState", UZ, "Q7466263", "core", label="President of the Republic of Uzbekistan")
EV(f, "The President of Russia warmly congratulated", "detail", "SUPPORT", "051", [PUTIN], [MIRZ], D)
P2(f, "Partnership", "comprehensive strategic partnership and alliance", RU, UZ, instrument="comprehensive strategic partnership and alliance")
TT(f, "record $9.3 billion", RU, UZ, "9300000000", "USD", "2022")
EV(f, "Russian gas supplies to Uzbekistan", "detail", "COOPERATE", "061", [U("Gazprom"), UZ], None, "2023-03", status="historical", note="Supplies under a concluded contract; 'the Uzbek side' = Uzbekistan.")
EV(f, "Shavkat Mirziyoyev thanked the Russian side", "detail", "SUPPORT", "051", [MIRZ], [RU], D)
P2(f, "TreatyRelation", "intergovernmental agreement signed in 2022", RU, UZ, instrument="intergovernmental agreement (nuclear power plant)", date="2022", note="Parties from 'the sides' of the conversation.")
for m in (RU, UZ):
    for o in (CIS, SCO): MEM(f, "Russia and Uzbekistan are members", m, o)
EV(f, "invited the President of Russia to pay a state visit", "detail", "AGREE", "036", [MIRZ], [PUTIN], D)
EV(f, "The Presidents agreed to continue their contacts.", "detail", "AGREE", "036", [PUTIN, MIRZ], None, D)
M(f, "Earlier, on May 25", "detail", [MIRZ, PUTIN], "040", "2023-05-25", Q("Q649"), status="historical")
EV(f, "urged the Uzbek side to speed up", "detail", "REQUEST", "100", [PUTIN], [UZ], D)
N(f, "Russia is Uzbekistan’s second largest trading partner", "not_expected", "A rank is not a share.")
N(f, "meeting of the Commonwealth of Independent States heads of state in Bishkek in October", "must_not", "Future meeting.")

# 4 Blinken-Manalo
f = art("state-2023-04-11-secretary-blinkens-meeting-with-philippine-secretary-of-foreign-affairs-manalo.txt"); D = "2023-04-11"; MAN = Q("Q28925129")
M(f, "met today with Philippine Secretary", "core", [BLINKEN, MAN], "040", D, Q("Q61"), also=["The two Secretaries also discussed"])
T(f, "met today with Philippine Secretary", BLINKEN, "ForeignMinister", US, "Q14213", "core", label="Secretary of State")
T(f, "met today with Philippine Secretary", MAN, "ForeignMinister", PH, "Q17088037", "core", label="Philippine Secretary of Foreign Affairs")
P2(f, "Partnership", "ironclad alliance", US, PH, instrument="alliance")
P2(f, "TreatyRelation", "Mutual Defense Treaty extends", US, PH, instrument="U.S.-Philippines Mutual Defense Treaty", date="1951")
EV(f, "Secretary Blinken condemned", "detail", "ACCUSE", "111", [BLINKEN], [CN], D)
EV(f, "He called on the PRC to stop", "detail", "REQUEST", "1056", [BLINKEN], [CN], D)
EV(f, "The Secretary welcomed the Philippines’ decision", "detail", "SUPPORT", "051", [BLINKEN], [PH], D)
F(f, "Permission", "The Secretary welcomed the Philippines’ decision", "core", also=["The new locations bring"], grantor=PH, grantee=US, activity="military access (EDCA sites)", territory=PH)
EV(f, "Secretary Blinken announced more than $100 million", "core", "AID", "070", [US], [PH], D, amount="100000000", currency="USD", approx="more than")
TT(f, "two-way trade in goods and services of $36.4 billion", US, PH, "36400000000", "USD", "2022")
P2(f, "DiplomaticRelations", "77 years of diplomatic relations", US, PH, startDate="1946")
EV(f, "agreed to convene a trilateral meeting with Japan", "detail", "AGREE", "036", [BLINKEN, MAN], None, D, status="future")
MEM(f, "Both are members of the Association", US, U("Association of Southeast Asian Nations Regional Forum"))
MEM(f, "Both are members of the Association", PH, U("Association of Southeast Asian Nations Regional Forum"))
MEM(f, "Both are members of the Association", PH, Q("Q7768"))
N(f, "The below is attributable to Spokesperson Ned Price:", "must_not", "Spokesperson line.")
N(f, "ahead of the U.S.-Philippines 2+2 Ministerial Dialogue", "must_not", "Future meeting.")

# 5 Iran sanctions
f = art("state-2022-09-22-us-sanctions-irans-morality-police-and-senior-security-officials.txt"); D = "2022-09-22"
EV(f, "Today, the United States imposed sanctions", "core", "SANCTION", "163", [US], [IR], D,
   also=["Among those designated today", "designated these individuals pursuant to"], also_acceptable=[{"recipient": [U("Iran’s Morality Police")]}], note="Targets are Iran's Morality Police and officials; the state as recipient, as the Reuters gold.")
EV(f, "We condemn the Iranian government’s brutal crackdown", "detail", "ACCUSE", "111", [US], [IR], D)
EV(f, "Iranian security forces have used tear gas", "detail", "COERCE", "175", [IR], note="Narrated repression of protesters.")
EV(f, "Iranian security forces have used tear gas", "detail", "COERCE", "1721", [IR], note="Internet restrictions: a distinct act.")
T(f, "Among those designated today", U("Esmail Khatib"), "Minister", IR, label="Minister of Intelligence")
EV(f, "calls on the Iranian government to end", "detail", "REQUEST", "104", [US], [IR], D)
EV(f, "We also call on Tehran to restore", "detail", "REQUEST", "104", [US], [IR], D)
EV(f, "We will continue to hold Iranian officials", "detail", "THREATEN", "1312", [US], [IR], D, note="As the White House gold's 'will continue to impose costs'.")
T(f, "Foreign Minister Hossein Amir-Abdollahian", Q("Q17991320"), "ForeignMinister", IR, "Q127710", label="Foreign Minister")
EV(f, "Foreign Minister Hossein Amir-Abdollahian", "detail", "ACCUSE", "111", [Q("Q17991320")], [US], D)
N(f, "MEDIA NOTE", "must_not", "Heading."); N(f, "OFFICE OF THE SPOKESPERSON", "must_not", "Heading.")
N(f, "The United States has not had diplomatic relations with Iran since 1980.", "must_not", "Negation.")
N(f, "died in the custody of the Morality Police", "not_expected", "Background.")
N(f, "issued a general license yesterday", "not_expected", "Domestic regulatory act.")
N(f, "issued in September 2010", "not_expected", "Cited executive order.")

# 6 Biden-Xi Woodside
f = art("whitehouse-2023-11-15-readout-of-president-bidens-meeting-with-president-xi-jinping.txt"); D = "2023-11-15"
M(f, "hosted President Xi Jinping", "core", [BIDEN, XI], "043", D, U("Filoli estate"), also=["The two leaders held a candid"], also_acceptable=[{"place": U("Woodside")}], note="APEC meeting is the setting only.")
T(f, "hosted President Xi Jinping", BIDEN, "HeadOfState", US, "Q11696", "core", label="President")
T(f, "hosted President Xi Jinping", XI, "HeadOfState", CN, "Q655407", "core", label="President of the People’s Republic of China")
EV(f, "The leaders welcomed the resumption", "detail", "SUPPORT", "051", [BIDEN, XI], None, D, note="As the Vietnam gold's 'leaders welcomed the conclusion'.")
EV(f, "agreed to establish a working group", "detail", "AGREE", "030", [BIDEN, XI], None, D, status="future")
EV(f, "They also agreed to resume high-level", "detail", "AGREE", "036", [BIDEN, XI], None, D, status="future")
EV(f, "President Biden raised concerns", "detail", "ACCUSE", "111", [BIDEN], [CN], D)
EV(f, "He urged the PRC to release", "detail", "REQUEST", "1053", [BIDEN], [CN], D)
EV(f, "called for restraint", "detail", "REQUEST", "1056", [BIDEN], [CN], D)
EV(f, "President Xi invited President Biden", "detail", "AGREE", "036", [XI], [BIDEN], D)
TT(f, "goods trade of $690 billion", US, CN, "690000000000", "USD", "2022")
EV(f, "The leaders committed to expand", "detail", "AGREE", "030", [BIDEN, XI], None, D, status="future")
T(f, "President Biden was joined by", BLINKEN, "ForeignMinister", US, "Q14213", label="Secretary of State")
T(f, "President Biden was joined by", Q("Q16730147"), "NationalSecurityAdvisor", US, "Q1414246", label="National Security Advisor")
T(f, "President Biden was joined by", WANG, "ForeignMinister", CN, "Q2664362", label="Minister of Foreign Affairs")
M(f, "last met in Bali", "detail", [BIDEN, XI], "044", "2022-11", U("Bali"), status="historical")
N(f, "the United States and China are in competition", "not_expected", "Comment.")

# 7 Ruto
f = art("whitehouse-2024-05-23-readout-of-president-bidens-meeting-with-president-william-ruto-of-kenya.txt"); D = "2024-05-23"; RUTO = Q("Q195725")
M(f, "welcomed President William Ruto", "core", [BIDEN, RUTO], "043", D, U("the White House"), also_acceptable=[{"place": Q("Q61")}])
T(f, "welcomed President William Ruto", BIDEN, "HeadOfState", US, "Q11696", "core", label="President")
T(f, "welcomed President William Ruto", RUTO, "HeadOfState", KE, "Q14784066", "core", label="President of the Republic of Kenya")
P2(f, "DiplomaticRelations", "60 years of diplomatic relations", US, KE, startDate="1964")
EV(f, "intention to designate Kenya", "core", "AGREE", "030", [BIDEN], [KE], D, status="future")
P2(f, "TreatyRelation", "welcomed the signing of a memorandum", US, KE, instrument="memorandum of understanding on health security cooperation", date=D)
EV(f, "welcomed the signing of a memorandum", "detail", "SUPPORT", "057", [US, KE], None, D)
EV(f, "President Biden praised Kenya’s leadership", "detail", "SUPPORT", "051", [BIDEN], [KE], D)
EV(f, "The United States has provided $300 million", "detail", "AID", "070", [US], [U("Multinational Security Support mission")], amount="300000000", currency="USD", also_acceptable=[{"recipient": [Q("Q790")]}])
EV(f, "President Biden announced $250 million", "core", "AID", "070", [US], [KE], D, amount="250000000", currency="USD")
MEM(f, "Kenya is a member of the African Union", KE, Q("Q7159"))
TT(f, "totaled $1.5 billion in 2023", US, KE, "1500000000", "USD", "2023")
P2(f, "Partnership", "Strategic Trade and Investment Partnership", US, KE, instrument="U.S.-Kenya Strategic Trade and Investment Partnership", startDate="2022-07")
EV(f, "committed to expand cooperation on critical minerals", "detail", "AGREE", "030", [BIDEN, RUTO], None, D)
EV(f, "President Ruto expressed appreciation", "detail", "SUPPORT", "051", [RUTO], [BIDEN], D)
EV(f, "urged the Sudanese Armed Forces", "detail", "REQUEST", "100", [BIDEN, RUTO], [U("Sudanese Armed Forces"), U("Rapid Support Forces")], D)
N(f, "The leaders called on the international community", "not_expected", "No named recipient.")
N(f, "hosts the headquarters of the United Nations Environment Programme", "must_not", "Hosting a seat is not membership.")
N(f, "the first by an African leader since 2008", "not_expected", "Background.")

# 8 Wang Yi - Kulubaev
f = art("mfa-china-2022-07-30-wang-yi-holds-talks-with-kyrgyz-foreign-minister-jeenbek-kulubaev.txt"); D = "2022-07-30"; KUL = Q("Q111744930")
M(f, "Wang Yi held talks with Kyrgyz", "core", [WANG, KUL], "040", D, U("Cholpon-Ata"))
T(f, "Wang Yi held talks with Kyrgyz", WANG, "ForeignMinister", CN, "Q2664362", "core", label="State Councilor and Foreign Minister")
T(f, "Wang Yi held talks with Kyrgyz", KUL, "ForeignMinister", KG, "Q109445425", "core", label="Kyrgyz Foreign Minister")
P2(f, "DiplomaticRelations", "30th anniversary of the establishment", CN, KG, startDate="1992")
P2(f, "SharedBorder", "1,096-kilometer border", CN, KG)
P2(f, "Partnership", "China is ready to work with Kyrgyzstan", CN, KG, instrument="comprehensive strategic partnership")
EV(f, "China is ready to work with Kyrgyzstan", "detail", "AGREE", "030", [CN], [KG], D)
EV(f, "200 million yuan", "core", "AGREE", "033", [CN], [KG], D, status="future", amount="200000000", currency="CNY")
EV(f, "China donated more than 1.5 million doses", "detail", "AID", "073", [CN], [KG], status="historical")
EV(f, "China firmly supports Kyrgyzstan", "detail", "SUPPORT", "051", [CN], [KG], D)
EV(f, "Kyrgyzstan is willing to deepen", "detail", "AGREE", "030", [KG], [CN], D)
EV(f, "He thanked China", "detail", "SUPPORT", "051", [KUL], [CN], D)
EV(f, "agreed to accelerate the feasibility study", "detail", "AGREE", "030", [CN, KG], None, D, status="future")
TT(f, "7.5 billion U.S. dollars in 2021", CN, KG, "7500000000", "USD", "2021")
MEM(f, "As members of the Shanghai Cooperation Organization", CN, SCO)
MEM(f, "As members of the Shanghai Cooperation Organization", KG, SCO)
P2(f, "TreatyRelation", "signed a memorandum of understanding on cooperation between the foreign ministries", CN, KG, instrument="memorandum of understanding on cooperation between the foreign ministries for 2022-2024", date=D)
EV(f, "signed a memorandum of understanding on cooperation between the foreign ministries", "detail", "SUPPORT", "057", [WANG, KUL], None, D)
EV(f, "Wang Yi also urged the United States", "detail", "REQUEST", "100", [WANG], [US], D)
N(f, "Kyrgyzstan firmly adheres to the one-China principle", "not_expected", "Position.")
N(f, "ahead of the Samarkand summit", "must_not", "Future summit.")

# 9 Kazinform
f = art("kazinform-2022-12-22-kazakhstan-uzbekistan-sign-treaty-on-allied-relations.txt"); D = "2022-12-22"
M(f, "held talks in Tashkent on Thursday", "core", [TOK, MIRZ], "042", D, Q("Q269"), also=["The Kazakh President is in Uzbekistan", "The talks took place in narrow format"])
T(f, "held talks in Tashkent on Thursday", TOK, "HeadOfState", KZ, "Q5256775", "core", label="President of Kazakhstan")
T(f, "held talks in Tashkent on Thursday", MIRZ, "HeadOfState", UZ, "Q7466263", "core", label="President of Uzbekistan")
EV(f, "signed the Treaty on Allied Relations", "core", "SUPPORT", "057", [TOK, MIRZ], None, D)
P2(f, "TreatyRelation", "signed the Treaty on Allied Relations", KZ, UZ, "core", instrument="Treaty on Allied Relations", date=D)
EV(f, "agreement on the demarcation", "detail", "SUPPORT", "057", [TOK, MIRZ], None, D)
P2(f, "TreatyRelation", "agreement on the demarcation", KZ, UZ, instrument="agreement on the demarcation of the Kazakh-Uzbek state border", date=D)
P2(f, "SharedBorder", "share a border of more than 2,350", KZ, UZ)
M(f, "first meeting of the Supreme Interstate Council", "detail", [KZ, UZ], "040", D, note="A second occasion during the visit.")
TT(f, "4.6 billion US dollars in January-November", KZ, UZ, "4600000000", "USD", "2022", note="Part-year.")
EV(f, "bring trade turnover to 10 billion", "detail", "AGREE", "030", [TOK, MIRZ], None, D, status="future", amount="10000000000", currency="USD")
EV(f, "concluded commercial contracts worth 1 billion", "detail", "COOPERATE", "061", [KZ, UZ], None, D, amount="1000000000", currency="USD", note="Companies of both states (unnamed).")
F(f, "TradeFlow", "Uzbekistan’s exports to Kazakhstan", "detail", exporter=UZ, importer=KZ, amount="1600000000", currency="USD", period="2022", note="Part-year.")
EV(f, "Kassym-Jomart Tokayev thanked Shavkat Mirziyoyev", "detail", "SUPPORT", "051", [TOK], [MIRZ], D)
EV(f, "Kassym-Jomart Tokayev thanked Shavkat Mirziyoyev", "detail", "AGREE", "036", [TOK], [MIRZ], D)
for m in (KZ, UZ):
    for o in (CIS, SCO, OTS): MEM(f, "Both countries are members of the Commonwealth", m, o, also=(["Kazakhstan currently chairs"] if (m, o) == (KZ, OTS) else ()))
N(f, "the number of joint ventures", "not_expected", "Comment.")

# 10 Reuters
f = art("reuters-2022-08-05-china-sanctions-pelosi-halts-climate-talks-with-us.txt"); D = "2022-08-05"; PEL = Q("Q170581"); TSAI = Q("Q233984")
EV(f, "China said on Friday it would impose sanctions", "core", "SANCTION", "163", [CN], [PEL], D)
EV(f, "halting talks with the United States on climate change", "core", "SANCTION", "164", [CN], [US], D, note="Halting talks and cancelling the commanders' meeting: one act.")
M(f, "Pelosi met Taiwan President Tsai Ing-wen", "detail", [PEL, TSAI], "040", "2022-08-03", Q("Q1867"), status="historical")
T(f, "Pelosi met Taiwan President Tsai Ing-wen", TSAI, "HeadOfState", TW, "Q887003", label="Taiwan President")
EV(f, "China launched its largest ever military drills", "detail", "MOBILIZE", "150", [CN], None, "2022-08-04", note="Missile firing is a facet of the drills.")
EV(f, "lodged a protest with Beijing", "detail", "ACCUSE", "111", [Q("Q17")], [CN])
EV(f, "condemned the drills as a significant escalation", "detail", "ACCUSE", "111", [BLINKEN], [CN], D)
T(f, "condemned the drills as a significant escalation", BLINKEN, "ForeignMinister", US, "Q14213", label="Secretary of State")
EV(f, "Blinken urged Beijing to reduce tensions", "detail", "REQUEST", "1056", [BLINKEN], [CN], D, place=Q("Q1850"))
EV(f, "Chinese Foreign Minister Wang Yi accused Washington", "detail", "ACCUSE", "112", [WANG], [US])
EV(f, "Chinese Foreign Minister Wang Yi accused Washington", "detail", "THREATEN", "130", [WANG], [US])
T(f, "Chinese Foreign Minister Wang Yi accused Washington", WANG, "ForeignMinister", CN, "Q2664362", label="Chinese Foreign Minister")
TT(f, "bilateral trade in goods reached $657 billion", US, CN, "657000000000", "USD", "2021")
MEM(f, "permanent members of the United Nations Security Council", US, Q("Q37470"))
MEM(f, "permanent members of the United Nations Security Council", CN, Q("Q37470"))
EV(f, "Tsai thanked Pelosi", "detail", "SUPPORT", "051", [TSAI], [PEL])
N(f, "Wang and Blinken did not meet in Phnom Penh.", "must_not", "Negation.")
N(f, "The United States has no formal diplomatic relations with Taiwan", "must_not", "Negation.")
N(f, "U.S. House Speaker Nancy Pelosi", "not_expected", "Speaker of the House: no role in the §4 list; a Tenure is not expected.")
N(f, "Taiwan would not back down", "not_expected", "Statement.")

if __name__ == "__main__":
    root = sys.argv[1]
    out = []
    for fn in sorted(ARTS):
        a = ARTS[fn]
        txt = "title: %s\ndate: %s\nurl: %s\npublisher: %s\nlicense: %s\n---\n%s\n" % (a["title"], a["date"], a["url"], a["publisher"], LIC, "\n\n".join(a["paras"]))
        open(os.path.join(root, "tests/corpus-blind2", fn), "w").write(txt)
        out.append(json.dumps({"file": fn, "date": a["date"], "facts": GOLD[fn]["facts"], "no_fact_notes": GOLD[fn]["notes"]}, ensure_ascii=False))
    open(os.path.join(root, "tests/gold-blind2/blind2.jsonl"), "w").write("\n".join(out) + "\n")
    print(sum(len(g["facts"]) for g in GOLD.values()), "facts", sum(1 for g in GOLD.values() for x in g["facts"] if x["importance"] == "core"), "core")
