#!/usr/bin/env python3
"""Writes a synthetic news corpus (JSON Lines, one article per line) for the benchmarks.

Why generated: every run must measure the same text, and the repository may hold no one else's
sentences. Why this shape: speed on real wire copy depends on sentence length and clause structure,
so the sentences are grown from a small grammar of our own (templates and word lists below, fixed
seed) that reproduces what wire stories are made of: long reporting clauses ("..., the ministry said
in a statement on Tuesday"), relative clauses, appositions, quotes, numbers and dates, fronted and
trailing subordinate clauses, lists, and many sentences with no event at all. Each article has a
headline, a dateline on its first sentence and 15-30 sentences in paragraphs of one or two.

Usage: make_corpus.py OUT.jsonl [SENTENCES]
Prints to standard error the mean tokens per sentence and the share of sentences with each kind of
clause, counted on the generated text with a Penn Treebank-style split close to dyad's tokenizer.
"""
import json
import random
import re
import sys

# Countries: name, adjective, capital, [(title, name, surname, apposition)]; a title is preceded by the
# adjective ("Russian President") unless it starts with "=".
COUNTRIES = [
    ("Russia", "Russian", "Moscow", [("President", "Vladimir Putin", "Putin", "Russia's president"),
                                     ("Foreign Minister", "Sergei Lavrov", "Lavrov", "Russia's foreign minister"),
                                     ("=Kremlin spokesman", "Dmitry Peskov", "Peskov", "the Kremlin's spokesman")]),
    ("Ukraine", "Ukrainian", "Kyiv", [("President", "Volodymyr Zelenskiy", "Zelenskiy", "Ukraine's president"),
                                      ("Foreign Minister", "Andrii Sybiha", "Sybiha", "Ukraine's top diplomat")]),
    ("the United States", "U.S.", "Washington", [("President", "Donald Trump", "Trump", "the U.S. president"),
                                                 ("Secretary of State", "Marco Rubio", "Rubio", "the U.S. secretary of state")]),
    ("China", "Chinese", "Beijing", [("President", "Xi Jinping", "Xi", "China's president"),
                                     ("Foreign Minister", "Wang Yi", "Wang", "China's foreign minister")]),
    ("Iran", "Iranian", "Tehran", [("President", "Masoud Pezeshkian", "Pezeshkian", "Iran's president"),
                                   ("Foreign Minister", "Abbas Araghchi", "Araghchi", "Iran's foreign minister")]),
    ("Israel", "Israeli", "Jerusalem", [("Prime Minister", "Benjamin Netanyahu", "Netanyahu", "Israel's prime minister"),
                                        ("Defence Minister", "Israel Katz", "Katz", "Israel's defence minister")]),
    ("Turkey", "Turkish", "Ankara", [("President", "Recep Tayyip Erdogan", "Erdogan", "Turkey's president"),
                                     ("Foreign Minister", "Hakan Fidan", "Fidan", "Turkey's foreign minister")]),
    ("India", "Indian", "New Delhi", [("Prime Minister", "Narendra Modi", "Modi", "India's prime minister")]),
    ("Pakistan", "Pakistani", "Islamabad", [("Prime Minister", "Shehbaz Sharif", "Sharif", "Pakistan's prime minister")]),
    ("Sudan", "Sudanese", "Port Sudan", [("army chief", "Abdel Fattah al-Burhan", "Burhan", "the head of Sudan's army")]),
    ("Kenya", "Kenyan", "Nairobi", [("President", "William Ruto", "Ruto", "Kenya's president")]),
    ("Ethiopia", "Ethiopian", "Addis Ababa", [("Prime Minister", "Abiy Ahmed", "Abiy", "Ethiopia's prime minister")]),
    ("Somalia", "Somali", "Mogadishu", []),
    ("Japan", "Japanese", "Tokyo", [("Prime Minister", "Sanae Takaichi", "Takaichi", "Japan's prime minister")]),
    ("South Korea", "South Korean", "Seoul", [("President", "Lee Jae-myung", "Lee", "South Korea's president")]),
    ("North Korea", "North Korean", "Pyongyang", [("leader", "Kim Jong Un", "Kim", "North Korea's leader")]),
    ("Venezuela", "Venezuelan", "Caracas", [("President", "Nicolas Maduro", "Maduro", "Venezuela's president")]),
    ("Colombia", "Colombian", "Bogota", [("President", "Gustavo Petro", "Petro", "Colombia's president")]),
    ("Brazil", "Brazilian", "Brasilia", [("President", "Luiz Inacio Lula da Silva", "Lula", "Brazil's president")]),
    ("France", "French", "Paris", [("President", "Emmanuel Macron", "Macron", "France's president"),
                                   ("Foreign Minister", "Jean-Noel Barrot", "Barrot", "France's foreign minister")]),
    ("Germany", "German", "Berlin", [("Chancellor", "Friedrich Merz", "Merz", "Germany's chancellor"),
                                     ("Foreign Minister", "Johann Wadephul", "Wadephul", "Germany's foreign minister")]),
    ("Britain", "British", "London", [("Prime Minister", "Keir Starmer", "Starmer", "Britain's prime minister"),
                                      ("Foreign Secretary", "Yvette Cooper", "Cooper", "Britain's foreign secretary")]),
    ("Poland", "Polish", "Warsaw", []),
    ("Serbia", "Serbian", "Belgrade", [("President", "Aleksandar Vucic", "Vucic", "Serbia's president")]),
    ("Egypt", "Egyptian", "Cairo", []),
    ("Qatar", "Qatari", "Doha", []),
    ("Lebanon", "Lebanese", "Beirut", []),
    ("Syria", "Syrian", "Damascus", []),
    ("Taiwan", "Taiwanese", "Taipei", [("President", "Lai Ching-te", "Lai", "Taiwan's president")]),
    ("the Philippines", "Philippine", "Manila", []),
    ("Nigeria", "Nigerian", "Abuja", [("President", "Bola Tinubu", "Tinubu", "Nigeria's president")]),
    ("South Africa", "South African", "Pretoria", [("President", "Cyril Ramaphosa", "Ramaphosa", "South Africa's president")]),
]
# People of international bodies: title, name, surname, apposition.
ORG_PEOPLE = [("EU foreign policy chief", "Kaja Kallas", "Kallas", "the EU's foreign policy chief"),
              ("NATO Secretary-General", "Mark Rutte", "Rutte", "the head of the alliance"),
              ("U.N. Secretary-General", "Antonio Guterres", "Guterres", "the head of the United Nations"),
              ("IAEA chief", "Rafael Grossi", "Grossi", "the head of the U.N. nuclear watchdog")]
MONTHS = [("January", "Jan."), ("February", "Feb."), ("March", "March"), ("April", "April"), ("May", "May"),
          ("June", "June"), ("July", "July"), ("August", "Aug."), ("September", "Sept."), ("October", "Oct."),
          ("November", "Nov."), ("December", "Dec.")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# The grammar: each {NAME} is replaced by one of NAME's alternatives, chosen at random. {NAME@TU}
# expands NAME with the country slots moved: S takes T's country and T takes U's, so a clause inside a
# clause is about other parties. S_*, T_* and U_* are the sentence's three countries (see slot()).
G = {
    "BODY": ["{EVENT}{WHEN}, {REPORT}.", "{EVENT}{WHEN}, {REPORT}, {SUB}.", "{REPORT_THAT} {EVENT@TU}{WHEN}.",
             "{APPOS} said {EVENT}.", "{SUBCL}, {EVENT}{WHEN}.", "{EVENT}{WHEN} {SUB}.",
             "{NP_REL} {VP}{WHEN}, {REPORT}.", "\"{QUOTE},\" {S_SURNAME} said{WHERE}.",
             "\"{QUOTE},\" {S_SURNAME} said, adding that {EVENT@TU}.", "{SPEAKER} said{WHEN} {QUOTE_PARTIAL}",
             "{CASUALTIES}, {REPORT}.", "{BACKGROUND}.", "{BACKGROUND}.", "{BACKGROUND}, {REPORT}.",
             "{LIST}.", "{EVENT}{WHEN}.", "{S_SURNAME} also {VP}{WHEN}, {SUB}.", "{QUOTED_LONG}",
             "{REPORT_THAT} {EVENT@TU}{WHEN}, {SUB}.", "{EVENT}{WHEN}, {REPORT}, {SUB}."],
    "LEAD": ["{EVENT}{WHEN}, {REPORT}, {SUB}.", "{S_ACTOR} {VP_ATTACK}{WHEN}, {PARTCL}, {REPORT}.",
             "{EVENT}{WHEN}, {REPORT}, in {ESCALATION}."],
    "HEADLINE": ["{S_NAME} accuses {T_NAME} of {GER}", "{S_NAME} and {T_NAME} agree to {INF}",
                 "{NUM_PEOPLE} killed in {S_ADJ} strikes on {PLACE}, officials say",
                 "{S_ADJ} foreign minister to visit {T_CAP} next week", "{S_NAME} imposes new sanctions on {T_NAME}",
                 "{S_NAME} says it {VP_INTR}; {T_CAP} denies", "{S_NAME} urges {T_NAME} to {INF} as talks stall"],
    # Clauses with an event in them.
    "EVENT": ["{S_ACTOR} {VP}", "{S_ACTOR} {VP}", "{S_ACTOR} {VP_INTR}", "{S_ACTOR} {VP_ATTACK}",
              "{APPOS} {VP}", "{NP_REL} {VP}"],
    "VP": ["accused {T_ACTOR} of {GER}", "criticised {T_ACTOR} over {ISSUE}", "condemned {T_ACTOR} for {GER}",
           "threatened {T_ACTOR} with {PENALTY}", "urged {T_ACTOR} to {INF}", "called on {T_ACTOR} to {INF}",
           "praised {T_ACTOR} for {GOOD}", "met {T_PERSON} in {CITY}", "held talks with {T_ACTOR} on {TOPIC}",
           "hosted {T_PERSON} for two days of talks on {TOPIC}", "imposed new sanctions on {T_NAME} over {ISSUE}",
           "signed an agreement with {T_NAME} on {TOPIC}", "rejected a proposal from {T_ACTOR} to {INF}",
           "expelled {NUM_SMALL} {T_ADJ} diplomats", "recalled its ambassador to {T_NAME} for consultations",
           "warned {T_ACTOR} against {GER}", "sent {AID} to {T_NAME}", "blamed {T_ACTOR} for {INCIDENT}",
           "detained {NUM_SMALL} {T_ADJ} nationals on suspicion of spying", "invited {T_PERSON} to {GATHERING}",
           "thanked {T_ACTOR} for its support", "demanded that {T_ACTOR} {INF}", "asked {T_ACTOR} to {INF}",
           "offered to mediate between {T_NAME} and {U_NAME}", "spoke by phone with {T_PERSON} about {TOPIC}",
           "pledged {MONEY} in military aid to {T_NAME}", "released {NUM_SMALL} {T_ADJ} prisoners in an exchange",
           "visited {T_CAP} for the first time since {YEAR}", "agreed with {T_ACTOR} to {INF}",
           "seized a {T_ADJ}-flagged tanker in {WATERS}", "denied {T_POSS} claim that its forces had {BADPART}"],
    "VP_ATTACK": ["attacked {T_ADJ} positions near {PLACE}", "launched {NUM_SMALL} drones at {T_ADJ} cities",
                  "shelled {T_ADJ} positions in {PLACE}", "struck {PLACE}, {REL_OBJ}, with drones and missiles",
                  "fired missiles at {T_ADJ} energy facilities", "carried out air strikes on {T_ADJ} targets in {PLACE}"],
    "VP_INTR": ["withdrew from the talks", "denied the allegations", "declined to comment on {TOPIC}",
                "vowed to retaliate", "said it would not negotiate under pressure", "has repeatedly denied any role",
                "will hold another round of talks next week", "did not reject the plan outright",
                "said it was ready to resume negotiations", "launched a new offensive in {PLACE}",
                "agreed to a {NUM_SMALL}-day truce", "closed its airspace to civilian flights",
                "put its forces on high alert", "captured the village of {VILLAGE}"],
    "SUB": ["after {EVENT@TU}", "as {EVENT@TU}", "hours after {EVENT@TU}", "a day after {EVENT@TU}",
            "even as {EVENT@TU}", "while {EVENT@TU}", "because {EVENT@TU}", "despite {ISSUE}"],
    "SUBCL": ["After {EVENT@TU}", "As {EVENT@TU}", "Two days after {EVENT@TU}", "Although {S_ACTOR} {VP_INTR}",
              "Speaking at a news conference in {CITY}", "In a statement released late on {WEEKDAY}",
              "If {T_ACTOR} {COND}"],
    "PARTCL": ["killing {NUM_PEOPLE} people and wounding {NUM_SMALL}", "damaging {FACILITY} and cutting power to {NUM} homes",
               "forcing the evacuation of {NUM} residents"],
    "ESCALATION": ["the largest attack since {MONTH}", "one of the deadliest incidents of the war",
                   "a sharp escalation of the conflict over {ISSUE}"],
    # Who says so.
    "REPORT": ["{SPEAKER} said", "{SPEAKER} said in a statement{WHEN}", "{SPEAKER} told reporters in {CITY}",
               "{SPEAKER} said in a post on social media",
               "{SPEAKER} said in a statement posted online{WHEN}",
               "{SPEAKER} told reporters in {CITY} after meeting {T_PERSON}", "{SPEAKER} wrote on Telegram", "according to {SOURCE}",
               "{MEDIA} reported, citing {SOURCE}", "{SPEAKER} said in a televised address", "{APPOS} said",
               "{ANON} said on condition of anonymity because they were not authorised to speak publicly"],
    "ANON": ["a senior {S_ADJ} official", "two diplomats familiar with the talks", "a security source in {CITY}"],
    "REPORT_THAT": ["{SPEAKER} said{WHEN} that", "{SPEAKER} told reporters{WHEN} that", "{APPOS} said that"],
    "SPEAKER": ["officials", "the {S_ADJ} foreign ministry", "{S_POSS} defence ministry", "a spokesman for {ORG}",
                "{S_PERSON}", "{S_SURNAME}", "the army", "witnesses", "regional officials",
                "diplomats familiar with the talks", "two {S_ADJ} security sources", "the governor of {PLACE}",
                "a senior {S_ADJ} official"],
    "SOURCE": ["a statement from {S_POSS} foreign ministry", "local health officials", "the United Nations",
               "two sources familiar with the matter", "a senior {S_ADJ} official", "satellite images of {PLACE}"],
    "MEDIA": ["state media", "the official news agency", "local media", "{S_ADJ} state television"],
    "APPOS": ["{S_APPOSED}", "{S_APPOSED}", "{ORG_APPOSED}"],
    "NP_REL": ["{S_NAME}, {REL_WHICH},", "{S_PERSON}, {REL_WHO},", "{ORG}, {REL_WHICH},"],
    "REL_WHICH": ["which has denied any role in the attacks", "which controls much of {PLACE}",
                  "which has imposed {NUM_SMALL} packages of sanctions on {T_NAME} since {YEAR}",
                  "which mediated the last round of talks", "which has been at odds with {T_NAME} since {YEAR}",
                  "which hosts thousands of refugees from {PLACE}", "which holds the rotating presidency this month"],
    "REL_WHO": ["who took office in {MONTH} {YEAR}", "who has led the country since {YEAR}",
                "who is on a three-day visit to {CITY}", "who met {T_PERSON} in {CITY} last month",
                "who faces an election next year", "who has called for a ceasefire"],
    "REL_AGREEMENT": ["which still needs the approval of parliament", "which was signed in {CITY} in {YEAR}"],
    "REL_BANK": ["which raised interest rates twice this year", "which has spent billions defending the currency"],
    "REL_OBJ": ["which {T_ADJ} forces recaptured in {MONTH}", "where {NUM} people still live",
                "which handles most of the country's grain exports"],
    # Quotes.
    "QUOTE": ["We will not accept any agreement that rewards aggression", "There can be no peace without justice",
              "We are ready to {INF} if {T_NAME} {COND}", "This is a clear violation of international law",
              "We have done everything we could to {INF}, but they keep {GER}",
              "Our position has not changed and it will not change",
              "We call on the international community to act before more civilians are killed",
              "Nobody in this region wants another war, but we will defend ourselves if we are attacked"],
    "QUOTE_PARTIAL": ["the attacks showed that {T_NAME} \"does not want peace.\"",
                      "the proposal was \"a step in the right direction\" but fell short of what {T_NAME} wanted.",
                      "{T_POSS} demands were \"unacceptable and unrealistic.\""],
    "QUOTED_LONG": ["\"{QUOTE}. {QUOTE},\" {S_SURNAME} told a news conference in {CITY} on {WEEKDAY}."],
    # Sentences without an event.
    "BACKGROUND": ["The war, now in its {ORDINAL} year, has killed tens of thousands of people and driven {NUM_MILLION} million from their homes",
                   "Dyad Wire could not independently verify the battlefield accounts of either side",
                   "{S_POSS} economy grew {PCT}% in the third quarter, slower than the {PCT}% forecast by economists",
                   "Oil prices rose {PCT}% to ${PRICE} a barrel on {WEEKDAY} as traders weighed the risk of disruption in {WATERS}",
                   "The talks are expected to resume in {CITY} next month, although no date has been set",
                   "Neither side gave details of the casualties, and the claims could not be verified",
                   "Since the start of the year, {NUM} people have been killed in clashes along the border, most of them civilians",
                   "The {S_ADJ} central bank, {REL_BANK}, is expected to keep rates on hold at its meeting next week",
                   "The conflict has displaced more than {NUM_MILLION} million people, and parts of {PLACE} face famine",
                   "{S_NAME} and {T_NAME} fought a brief war in {YEAR} over {PLACE}",
                   "Elections are due in {MONTH} next year, and opinion polls show a close race",
                   "The {S_ADJ} currency fell to a record low against the dollar on {WEEKDAY}",
                   "It was not immediately clear who was behind the attack on {FACILITY}",
                   "The agreement, {REL_AGREEMENT}, would run for {NUM_SMALL} years",
                   "About {NUM} people attended the rally in {CITY}, the largest since {YEAR}",
                   "The ministry did not say how many people had been detained or where they were held"],
    "CASUALTIES": ["{NUM_PEOPLE} people were killed and {NUM_SMALL} wounded in the strikes on {PLACE}{WHEN}",
                   "The attack on {FACILITY} on {MONTH_ABBR} {DAY} killed {NUM_PEOPLE} people, including {NUM_SMALL} children",
                   "At least {NUM} people have been detained since the protests began on {MONTH_ABBR} {DAY}"],
    "LIST": ["{S_NAME}, {T_NAME} and {U_NAME} have all condemned the attack and called for an independent investigation",
             "The talks in {CITY} focused on {TOPIC}, {TOPIC} and {TOPIC}",
             "Ministers from {S_NAME}, {T_NAME}, {U_NAME} and the European Union signed a joint statement calling for {DEMAND}"],
    # Word lists.
    "WHEN": ["", "", " on {WEEKDAY}", " on {WEEKDAY}", " overnight", " last week", " earlier this month",
             " on {MONTH_ABBR} {DAY}", " late on {WEEKDAY}"],
    "WHERE": ["", " in {CITY}", " at a news conference in {CITY}", " in an interview with a local broadcaster"],
    "GER": ["violating the ceasefire agreed in {MONTH}", "stalling the peace talks", "targeting civilian infrastructure",
            "harbouring militants who attacked {PLACE}", "interfering in its internal affairs", "supplying weapons to rebels",
            "spreading false reports about the war", "blocking aid deliveries to {PLACE}"],
    "GOOD": ["its restraint", "its role in the negotiations", "helping to secure the release of the hostages",
             "hosting the talks"],
    "INF": ["return to the negotiating table", "release the hostages", "withdraw its troops from {PLACE}",
            "halt its nuclear programme", "respect the ceasefire", "open the border crossings for aid",
            "stop the attacks on civilians", "hand over the suspects", "allow independent investigators into {PLACE}",
            "lift the blockade of {PLACE}", "free the detained journalists", "reduce tensions along the border"],
    "COND": ["does the same", "stops the attacks", "withdraws its forces", "keeps its promises"],
    "ISSUE": ["its nuclear programme", "the strikes on {PLACE}", "the treatment of detained protesters",
              "the disputed election", "the crackdown on opposition parties", "the border dispute",
              "the seizure of a tanker in {WATERS}"],
    "PENALTY": ["new sanctions", "tariffs of up to {PCT}%", "a full trade embargo", "military retaliation"],
    "TOPIC": ["energy", "trade and security", "a possible ceasefire", "the exchange of prisoners", "grain exports",
              "the reconstruction of {PLACE}", "migration", "critical minerals", "the war in {PLACE}"],
    "DEMAND": ["an immediate ceasefire", "the release of all hostages", "unhindered access for aid agencies"],
    "INCIDENT": ["the blast at {FACILITY}", "the attack on the convoy", "the downing of a passenger plane",
                 "the killing of {NUM_SMALL} aid workers"],
    "BADPART": ["crossed the border", "fired on civilians", "used banned weapons", "violated the truce"],
    "FACILITY": ["a power plant in {PLACE}", "the port of {PLACE}", "a hospital in {PLACE}", "an oil refinery",
                 "a fuel depot near {CITY}", "the main railway station in {PLACE}"],
    "GATHERING": ["the summit in {CITY}", "a peace conference next month", "the signing ceremony in {CITY}"],
    "AID": ["humanitarian aid", "{NUM} tonnes of food and medicine", "a field hospital"],
    "ORG": ["NATO", "the European Union", "the United Nations", "the African Union", "the International Monetary Fund",
            "Hamas", "Hezbollah", "the Houthis", "the Rapid Support Forces", "the International Criminal Court",
            "the World Health Organization", "the U.N. Security Council"],
    "PLACE": ["Pokrovsk", "the Donetsk region", "Kharkiv", "Gaza City", "Rafah", "southern Lebanon", "El Fasher",
              "Darfur", "Kashmir", "Zaporizhzhia", "Khan Younis", "the West Bank", "Tigray", "Goma", "Kursk",
              "the Sahel", "Idlib", "Odesa", "the Kherson region"],
    "VILLAGE": ["Novoekonomichne", "Yablunivka", "Kamianka", "Zelene Pole", "Bila Hora"],
    "WATERS": ["the Red Sea", "the South China Sea", "the Strait of Hormuz", "the Black Sea", "the Gulf of Aden"],
    "NUM": ["12", "40", "300", "1,200", "2,500", "15,000", "about 800", "several thousand"],
    "NUM_SMALL": ["two", "three", "four", "five", "seven", "10", "12", "17"],
    "NUM_PEOPLE": ["At least 12", "More than 40", "Two", "Five", "At least 23", "About 30", "Nine"],
    "NUM_MILLION": ["2", "3.7", "10", "12"],
    "MONEY": ["$2.5 billion", "$400 million", "1 billion euros", "$850 million"],
    "PCT": ["0.4", "1.2", "2", "3.5", "15", "25"],
    "PRICE": ["64.30", "71.15", "68.90"],
    "YEAR": ["2008", "2014", "2019", "2022", "2023"],
    "ORDINAL": ["third", "fourth", "fifth"],
}
G["CITY"] = [c[2] for c in COUNTRIES] + ["Geneva", "Istanbul", "Vienna", "New York", "Riyadh", "Jeddah"]
# Which nonterminals make a sentence count as having each kind of clause (for the printed shares).
KINDS = {"REPORT": "reporting", "REPORT_THAT": "reporting", "REL_WHICH": "relative", "REL_WHO": "relative",
         "REL_OBJ": "relative", "REL_AGREEMENT": "relative", "REL_BANK": "relative", "SUB": "subordinate", "SUBCL": "subordinate", "PARTCL": "subordinate",
         "VP_ATTACK": "event", "VP_INTR": "event",
         "QUOTE": "quote", "QUOTE_PARTIAL": "quote", "APPOS": "apposition", "LIST": "list", "EVENT": "event",
         "VP": "event"}
SENTENCE_END = re.compile(r'(?<!\.[A-Z])[.?!]"? (?=["A-Z])')  # not after U.S. or U.N.
TOKEN = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)+(?:-\w+)*|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.|'s\b|\d[\d,.]*\d"
                   r"|\w+(?:-\w+)*|[^\w\s]")


class Sentence:
    """One sentence being grown: its three countries (slots S, T, U) and the kinds of clause used."""

    def __init__(self, rng):
        self.rng = rng
        self.slots = dict(zip("STU", rng.sample(COUNTRIES, 3)))
        self.kinds = set()

    def slot(self, role, what):
        name, adj, cap, people = self.slots[role]
        poss = name + ("'" if name.endswith("s") else "'s")
        person = self.rng.choice(people) if people else None
        if person:
            title = person[0][1:] if person[0].startswith("=") else f"{adj} {person[0]}"
            titled, full, surname, appos = f"{title} {person[1]}", person[1], person[2], person[3]
        else:
            titled = full = f"the {adj} foreign minister"
            surname, appos = "the minister", f"{poss} top diplomat"
        if what == "ACTOR":
            return self.rng.choice([name, name, cap, f"{adj} forces", f"the {adj} government",
                                    f"{poss} foreign ministry", f"{adj} officials", titled])
        return {"NAME": name, "ADJ": adj, "CAP": cap, "POSS": poss, "PERSON": titled, "FULL": full,
                "SURNAME": surname, "APPOSED": f"{full}, {appos},"}[what]

    def expand(self, text):
        return re.sub(r"\{([A-Z_]+)(?:@([STU]+))?\}", self.replace, text)

    def replace(self, m):
        name, moved = m.group(1), m.group(2)
        if name[:2] in ("S_", "T_", "U_") and name[2:] in ("ACTOR", "PERSON", "NAME", "ADJ", "CAP", "POSS",
                                                            "SURNAME", "FULL", "APPOSED"):
            return self.slot(name[0], name[2:])
        if name == "ORG_APPOSED":
            title, full, surname, appos = self.rng.choice(ORG_PEOPLE)
            return f"{full}, {appos},"
        if name in ("WEEKDAY", "MONTH", "MONTH_ABBR", "DAY"):
            month = self.rng.choice(MONTHS)
            return {"WEEKDAY": self.rng.choice(WEEKDAYS), "MONTH": month[0], "MONTH_ABBR": month[1],
                    "DAY": str(self.rng.randint(1, 28))}[name]
        self.kinds.add(KINDS.get(name, ""))
        if not moved:
            return self.expand(self.rng.choice(G[name]))
        saved = self.slots
        self.slots = {"S": saved[moved[0]], "T": saved[moved[1] if len(moved) > 1 else "S"],
                      "U": saved["S" if moved[0] != "S" else "T"]}
        out = self.expand(self.rng.choice(G[name]))
        self.slots = saved
        return out


def grow(rng, start):
    s = Sentence(rng)
    text = s.expand("{" + start + "}")
    i = 1 if text.startswith('"') else 0
    return text[:i] + text[i].upper() + text[i + 1:], s.kinds


def article(rng, index, stats):
    """One article: headline, dateline and lead, then body paragraphs of one or two sentences."""
    headline, _ = grow(rng, "HEADLINE")
    lead, kinds = grow(rng, "LEAD")
    month = rng.randint(6, 11)
    day = rng.randint(1, 28)
    city = rng.choice(COUNTRIES)[2].upper()
    dateline = f"{city}, {MONTHS[month - 1][1]} {day} (Dyad Wire) -"
    stats.add(headline, set())
    stats.add(dateline, set())
    stats.add(lead, kinds)
    paragraphs, n = [f"{dateline} {lead}"], rng.randint(15, 30) - 1
    while n > 0:
        k = min(n, rng.choice((1, 1, 2)))
        body = [grow(rng, "BODY") for _ in range(k)]
        for text, kinds in body:
            stats.add(text, kinds)
        paragraphs.append(" ".join(text for text, _ in body))
        n -= k
    return {"id": f"bench-{index}", "date": f"2025-{month:02d}-{day:02d}", "source": "dyad-bench",
            "title": headline, "text": headline + "\n\n" + "\n\n".join(paragraphs)}


class Stats:
    """Counts sentences (headline and dateline count as the segmenter counts them), tokens and kinds."""

    def __init__(self):
        self.sentences = self.tokens = 0
        self.kinds = {}

    def add(self, text, kinds):
        self.sentences += len(SENTENCE_END.findall(text)) + 1
        self.tokens += len(TOKEN.findall(text))
        for k in kinds:
            self.kinds[k] = self.kinds.get(k, 0) + 1
        if kinds & {"reporting", "relative", "subordinate"}:
            self.kinds["any"] = self.kinds.get("any", 0) + 1
        if "event" not in kinds:
            self.kinds["no event"] = self.kinds.get("no event", 0) + 1

    def report(self):
        share = {k: 100.0 * v / self.sentences for k, v in self.kinds.items()}
        lines = [f"mean tokens per sentence {self.tokens / self.sentences:.1f} "
                 f"({self.tokens} tokens, {self.sentences} sentences incl. headlines and datelines)",
                 "sentences with a reporting, relative or subordinate clause: %.0f%% (reporting %.0f%%, "
                 "relative %.0f%%, subordinate %.0f%%)" % tuple(share.get(k, 0) for k in
                                                                ("any", "reporting", "relative", "subordinate")),
                 "with a quote %.0f%%, an apposition %.0f%%, a list %.0f%%; with no event clause %.0f%%" % tuple(
                     share.get(k, 0) for k in ("quote", "apposition", "list", "no event"))]
        return "\n".join(lines)


def main():
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 120000
    rng = random.Random(20251129)
    stats = Stats()
    articles = 0
    with open(out, "w", encoding="utf-8") as f:
        while stats.sentences < total:
            articles += 1
            f.write(json.dumps(article(rng, articles, stats)) + "\n")
    print(f"{out}: {stats.sentences} sentences in {articles} articles\n{stats.report()}", file=sys.stderr)


if __name__ == "__main__":
    main()
