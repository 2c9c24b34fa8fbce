"""The words people use vs the words the documents use, for municipal social services in Sweden.

Written from domain knowledge, each group with its source. Applied to the keyword side only (the
multilingual embedding handles paraphrase on the dense side). Keys are matched against the question's
lower-cased text as whole words or word beginnings (keys of up to four letters, mostly abbreviations, as
whole words only); values are added to the keyword query.

`SWEDISH` comes from groups of terms that name the same thing (each term brings the others) and from
everyday phrasings mapped one way to the documents' terms. `ENGLISH` maps English terms of Swedish local
government to Swedish; general English words are translated by the dictionary in assistant/english.py.
"""

from __future__ import annotations

# The law's word for a member who cannot attend (a ledamot "är förhindrad att delta", Kommunallagen 5 kap. 17 §; a
# kallelse asks that "förhinder anmäls"), and the everyday phrasings of it: cannot come, be there or take part, in both
# tenses and word orders.
CANNOT_ATTEND: tuple[str, ...] = (
    "förhinder", "förhindrad",
    *(f"{a} inte {verb}" for a in ("kan", "kunde") for verb in ("komma", "närvara", "delta")),
    *(f"inte {a} {verb}" for a in ("kan", "kunde") for verb in ("komma", "närvara", "delta")))

# Terms that name one thing, by source. A question using one of them also searches for the rest.
_EQUIVALENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    # Socialtjänstlagen (2001:453) and Socialstyrelsen's termbank. "Socialbidrag" was the name of
    # ekonomiskt bistånd before 1998; "fosterhem" the older name of familjehem; "funktionshinder" of
    # funktionsnedsättning.
    "Socialtjänstlagen (2001:453), Socialstyrelsens termbank": (
        ("ekonomiskt bistånd", "försörjningsstöd", "socialbidrag"),
        ("individ- och familjeomsorg", "individ och familjeomsorg", "ifo"),
        ("hvb", "hem för vård eller boende", "behandlingshem"),
        ("familjehem", "fosterhem"),
        ("placering", "placerade", "familjehem", "hvb", "stödboende", "institution"),
        ("öppenvård", "öppna insatser"),
        ("missbruk", "beroende", "missbruksvård", "beroendevård"),
        ("våld i nära relation", "relationsvåld", "kvinnofrid"),
        ("orosanmälan", "anmälan", "orosanmälningar"),
        ("vräkning", "avhysning"),
        ("funktionsnedsättning", "funktionshinder"),
        ("särskilt boende", "säbo", "äldreboende"),
        ("hemtjänst", "hemtjänsttimmar"),
        ("socialtjänst", "socialförvaltning"),
    ),
    # The laws a socialnämnd applies, by their usual abbreviations.
    "SFS: LSS (1993:387), LVU (1990:52), LVM (1988:870), SoL (2001:453)": (
        ("lss", "stöd och service till vissa funktionshindrade"),
        ("lvu", "vård av unga"),
        ("lvm", "vård av missbrukare"),
        ("sol", "socialtjänstlagen"),
    ),
    # Alkohollagen (2010:1622): serving licences and their inspection are a socialnämnd matter in many
    # municipalities.
    "Alkohollagen (2010:1622)": (
        ("serveringstillstånd", "tillstånd att servera alkohol"),
        ("tillsyn", "tillsynsbesök", "inspektion", "kontrollbesök"),
        # the law's "serveringsställe" is a restaurant or a bar in everyday words; a "stadigvarande" licence a permanent one
        ("serveringsställe", "serveringsställen", "restaurang", "restauranger", "krog", "krogar"),
        ("stadigvarande", "permanent", "permanenta"),
    ),
    # Kommunallagen (2017:725): the organisation and its meetings; the usual abbreviations of nämnd names.
    "Kommunallagen (2017:725)": (
        ("sammanträde", "möte", "nämndmöte"),
        ("kallelse", "dagordning", "föredragningslista"),
        ("protokoll", "protokollsutdrag", "paragraf"),
        ("justering", "justerare", "justerat"),
        ("ordförande", "ordföranden", "ordf"),
        ("ledamot", "ledamöter", "ersättare"),
        CANNOT_ATTEND,  # see above
        ("socialnämnd", "sn"),
        ("kommunstyrelse", "ks"),
        ("kommunfullmäktige", "fullmäktige", "kf"),
        ("barn- och utbildningsnämnd", "barn och utbildningsnämnd", "bun"),
        ("vård- och omsorgsnämnd", "vård och omsorgsnämnd", "von"),
    ),
    # Ärendehantering (registration under Offentlighets- och sekretesslagen (2009:400) 5 kap.).
    "OSL (2009:400) 5 kap., ärendehantering": (
        ("diarienummer", "dnr", "ärendenummer", "beteckning"),
        ("tjänsteskrivelse", "tjänsteutlåtande"),
        ("förslag till beslut", "beslutsförslag", "föreslås"),
    ),
    # Lagen om kommunal bokföring och redovisning (2018:597) and SKR/Kolada budget and follow-up terms.
    "LKBR (2018:597), SKR/Kolada budget terminology": (
        ("underskott", "negativ budgetavvikelse", "budgetavvikelse"),
        ("överskott", "positiv budgetavvikelse", "budgetavvikelse"),
        ("budgetavvikelse", "avvikelse mot budget", "avvikelse"),
        ("prognos", "helårsprognos", "prognostiserat"),
        ("utfall", "bokslut", "resultat"),
        ("driftredovisning", "driftbudget", "drift"),
        ("investeringsredovisning", "investeringar", "investeringsbudget"),
        ("nettokostnad", "nettokostnader", "kostnad"),
        ("intäkter", "inkomster"),
        ("budgetram", "ram", "budget"),
        # the units of money the accounts are written in, and their abbreviations
        ("miljoner kronor", "miljon kronor", "mnkr", "mkr"),
        ("tusen kronor", "tusentals kronor", "tkr"),
        ("miljarder kronor", "mdkr"),
    ),
    # Report names of a municipality's follow-up cycle (LKBR 2018:597 and SKR's guidance).
    "LKBR (2018:597), kommunal uppföljning": (
        ("årsredovisning", "årsbokslut", "verksamhetsberättelse"),
        ("delårsrapport", "delårsbokslut", "tertialrapport"),
        ("tertialrapport", "tertialuppföljning", "delårsrapport"),
        ("månadsrapport", "månadsuppföljning"),
        ("verksamhetsplan", "verksamhetsplanering"),
        ("internkontroll", "intern kontroll", "internkontrollplan"),
    ),
    # SKR's personnel statistics.
    "SKR personalstatistik": (
        ("personal", "medarbetare", "anställda"),
        ("sjukfrånvaro", "sjukskrivning", "frisknärvaro"),
        ("årsarbetare", "heltidstjänster", "årsarbetskraft"),
        ("personalomsättning", "rekrytering"),
        ("konsulter", "inhyrd personal", "bemanningsföretag"),
    ),
}

# Everyday phrasings → the documents' terms (one way: the documents do not use the phrasing).
_EVERYDAY: dict[str, str] = {
    "över budget": "underskott negativ budgetavvikelse",
    # Everyday Swedish for a result against budget (SAOL: "gå back", gå med förlust; "gå plus" colloquially).
    "gick plus": "överskott positiv budgetavvikelse",
    "går plus": "överskott positiv budgetavvikelse",
    "gå plus": "överskott positiv budgetavvikelse",
    "plus mot budget": "överskott positiv budgetavvikelse",
    "gick back": "underskott negativ budgetavvikelse",
    "går back": "underskott negativ budgetavvikelse",
    "gå back": "underskott negativ budgetavvikelse",
    "back mot budget": "underskott negativ budgetavvikelse",
    "gick minus": "underskott negativ budgetavvikelse",
    "minus mot budget": "underskott negativ budgetavvikelse",
    "kosta": "kostnad kostnader",
    "kostade": "kostnad kostnader utfall",
    "betalades ut": "utbetalning utbetalt utbetalda",
    "betalats ut": "utbetalning utbetalt utbetalda",
    "snitt": "genomsnitt genomsnittlig",
    # "Egen försörjning" (SoL 4 kap. 1 §: to support oneself) as people say it.
    "egen inkomst": "egen försörjning",
    "försörja sig": "egen försörjning",
    # Socialstyrelsen's termbank: a person or matter "aktualiseras" when it becomes current at the socialtjänst.
    "blev aktuell": "aktualiserades aktualisering aktualiseringar",
    "blir aktuell": "aktualiseras aktualisering aktualiseringar",
    "bli aktuell": "aktualiseras aktualisering aktualiseringar",
    # The everyday words for what a placement's fee is charged for and per (Socialstyrelsen: avgift för kost per dygn).
    "mat": "kost",
    "per dag": "per dygn",
    "hur många": "antal",
    # When a taxa, rule or decision applies from: the statute book's "träder i kraft" (SFS), as people say it.
    "börja gälla": "träda i kraft ikraftträdande",
    "börjar gälla": "träder i kraft ikraftträdande",
    "gälla från": "träda i kraft ikraftträdande",
    "gäller från": "träder i kraft ikraftträdande",
}


def _expansions() -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for groups in _EQUIVALENTS.values():
        for group in groups:
            for term in group:
                out.setdefault(term, []).extend(other for other in group if other != term)
    for phrase, terms in _EVERYDAY.items():
        out.setdefault(phrase, []).append(terms)
    return {term: " ".join(dict.fromkeys(others)) for term, others in out.items()}


SWEDISH: dict[str, str] = _expansions()

# English terms of Swedish local government and social services → Swedish, from the usual English
# renderings of Swedish public-sector terms (SKR's and Socialstyrelsen's English material, government
# translations of SoL, LSS, LVU and Kommunallagen).
ENGLISH: dict[str, str] = {
    # organisation (Kommunallagen 2017:725)
    "municipal council": "kommunfullmäktige fullmäktige",
    "municipal executive board": "kommunstyrelse",
    "executive board": "kommunstyrelse",
    "social welfare committee": "socialnämnd nämnd",
    "social services committee": "socialnämnd nämnd",
    "social welfare board": "socialnämnd nämnd",
    "committee": "nämnd",
    "board": "nämnd",
    "municipality": "kommun",
    "take effect": "träda i kraft ikraftträdande",
    "takes effect": "träder i kraft ikraftträdande",
    "come into force": "träda i kraft ikraftträdande",
    "municipal": "kommun kommunal",
    "social services": "socialtjänst socialförvaltning",
    "administration": "förvaltning",
    # the other boards of a municipality and what they run (their usual English names in SKR's and the
    # municipalities' own English pages)
    "culture and leisure committee": "kultur- och fritidsnämnd",
    "culture committee": "kulturnämnd",
    "leisure committee": "fritidsnämnd",
    "education committee": "utbildningsnämnd barn- och utbildningsnämnd",
    "children and education committee": "barn- och utbildningsnämnd",
    "care committee": "omsorgsnämnd vård- och omsorgsnämnd",
    "health and social care committee": "vård- och omsorgsnämnd",
    "elderly care committee": "äldrenämnd vård- och omsorgsnämnd",
    "building committee": "byggnadsnämnd",
    "environment committee": "miljönämnd",
    "technical committee": "teknisk nämnd",
    "preschool": "förskola",
    "school": "skola",
    "school transport": "skolskjuts",
    "library": "bibliotek",
    "libraries": "bibliotek",
    "swimming pool": "simhall",
    "sports facilities": "idrottsanläggningar",
    "safety alarm": "trygghetslarm",
    "alarm": "larm trygghetslarm",
    "nursing home": "särskilt boende",
    # violence in close relationships (SoL 5 kap. 11 §): the shelters that boards fund
    "women's shelter": "kvinnojour skyddat boende",
    "womens shelter": "kvinnojour skyddat boende",
    "shelter": "skyddat boende jour",
    "grant": "bidrag",
    "special housing": "särskilt boende",
    "fee": "avgift taxa",
    "fees": "avgift taxa",
    "tariff": "taxa",
    "secretary": "sekreterare",
    # meetings and case handling
    "meeting": "sammanträde möte",
    "agenda": "dagordning föredragningslista ärende",
    "notice": "kallelse",
    "minutes": "protokoll",
    # "justera protokollet" as Swedish municipalities' English glossaries render it (to check, or check and sign, or
    # verify the minutes; the justerare checks and signs them)
    "check and sign": "justera justerare",
    "checked and signed": "justera justerare",
    "check the minutes": "justera protokollet justerare",
    "verify the minutes": "justera protokollet justerare",
    "chair": "ordförande",
    "member": "ledamot ledamöter",
    "substitute": "ersättare",
    "deputy": "ersättare",
    "case number": "diarienummer dnr",
    "reference number": "diarienummer dnr",
    "registration number": "diarienummer dnr",
    # the literal rendering Swedish authorities use in English for "diarienummer" (Dnr)
    "diary number": "diarienummer dnr",
    "case": "ärende",
    "matter": "ärende",
    "item": "ärende punkt",
    "decision": "beslut",
    "decide": "beslut beslutade",
    "proposal": "förslag till beslut",
    "proposed": "förslag föreslås",
    "report": "rapport redovisning uppföljning",
    # social services (SoL 2001:453, LSS 1993:387, LVU 1990:52, LVM 1988:870)
    "social assistance": "ekonomiskt bistånd försörjningsstöd",
    "financial assistance": "ekonomiskt bistånd försörjningsstöd",
    "income support": "försörjningsstöd ekonomiskt bistånd",
    "welfare": "ekonomiskt bistånd försörjningsstöd",
    "individual and family care": "individ- och familjeomsorg",
    "foster": "familjehem",
    "residential care": "hvb institution",
    "care home": "hvb institution",
    "placement": "placering",
    "out-of-home care": "placering familjehem hvb",
    "supported housing": "stödboende",
    "elderly care": "äldreomsorg",
    "home care": "hemtjänst",
    "home help": "hemtjänst",
    "disability": "funktionsnedsättning lss",
    "substance abuse": "missbruk beroende",
    "addiction": "missbruk beroende",
    "domestic violence": "våld i nära relation",
    "intimate partner violence": "våld i nära relation",
    "report of concern": "orosanmälan",
    "investigation": "utredning",
    "assessment": "utredning bedömning",
    "outpatient": "öppenvård",
    "eviction": "vräkning avhysning",
    "evict": "vräkning avhysning",
    "debt": "skuld skuldrådgivning",
    "estate": "dödsbo",
    "serving licence": "serveringstillstånd",
    "serving license": "serveringstillstånd",
    "alcohol": "alkohol",
    "inspection": "tillsyn",
    "inspections": "tillsyn",
    "supervision": "tillsyn",
    # environment and health protection (Miljöbalken, Livsmedelslagen; the Swedish Food Agency's English for
    # livsmedel and its "official food control"): the miljö- och hälsoskyddsnämnd's fees are charged per hour
    "environmental and public health committee": "miljö- och hälsoskyddsnämnd",
    "environmental health": "miljö- och hälsoskydd",
    "food": "livsmedel",
    "food control": "livsmedelskontroll",
    "food inspection": "livsmedelskontroll",
    "food inspections": "livsmedelskontroll",
    "hourly fee": "timavgift timtaxa",
    "hourly rate": "timavgift timtaxa",
    # finance and follow-up (LKBR 2018:597, SKR)
    "budget": "budget",
    "deficit": "underskott negativ budgetavvikelse",
    "surplus": "överskott positiv budgetavvikelse",
    "deviation": "avvikelse budgetavvikelse",
    "variance": "avvikelse budgetavvikelse",
    "overspend": "underskott negativ budgetavvikelse",
    "outcome": "utfall",
    "actual": "utfall",
    "result": "resultat utfall",
    "forecast": "prognos helårsprognos",
    "operating": "drift driftredovisning",
    "investment": "investering investeringsredovisning",
    "net cost": "nettokostnad",
    "cost": "kostnad kostnader",
    "expenditure": "kostnader utgifter",
    "payout": "utbetalt utbetalning",
    "paid out": "utbetalt utbetalning",
    # the periods reports give figures per (adjectives the general dictionary lacks)
    "monthly": "per månad månadsutbetalning månatlig",
    "annual": "helår årlig",
    "yearly": "helår årlig",
    "revenue": "intäkter",
    "income": "intäkter",
    # a municipality's key ratios and accounts (LKBR 2018:597 and RKR's recommendations, SKR's "Kommunens ekonomi";
    # the English names Swedish municipalities' English summaries use)
    "equity ratio": "soliditet",
    "solvency": "soliditet",
    "balanced budget requirement": "balanskrav balanskravsresultat",
    "balanced budget result": "balanskravsresultat",
    "balance requirement": "balanskrav",
    "net cost trend": "nettokostnadsutveckling",
    "net cost growth": "nettokostnadsutveckling",
    "tax revenue": "skatteintäkter",
    "tax revenues": "skatteintäkter",
    "tax income": "skatteintäkter",
    "general government grants": "generella statsbidrag utjämning",
    "government grants": "statsbidrag",
    "equalisation": "utjämning",
    "equalization": "utjämning",
    "tax rate": "skattesats",
    "net investments": "nettoinvesteringar",
    "self-financing ratio": "självfinansieringsgrad",
    "self-financing": "självfinansieringsgrad",
    "loan debt": "låneskuld",
    "borrowing": "låneskuld upplåning",
    "pension liability": "pensionsskuld pensionsförpliktelse",
    "pension obligations": "pensionsförpliktelse",
    "municipal group": "kommunkoncern koncern",
    "result for the year": "årets resultat",
    "annual result": "årets resultat",
    "goal fulfilment": "måluppfyllelse",
    "goal fulfillment": "måluppfyllelse",
    "visitors": "besökare besök",
    "annual report": "årsredovisning",
    "interim report": "delårsrapport tertialrapport",
    "monthly report": "månadsrapport",
    "activity report": "verksamhetsberättelse",
    "operational plan": "verksamhetsplan",
    "internal control": "internkontroll",
    "quality report": "kvalitetsberättelse",
    # personnel (SKR personalstatistik)
    "staff": "personal medarbetare",
    "personnel": "personal medarbetare",
    "employees": "medarbetare anställda",
    "sick leave": "sjukfrånvaro",
    "sickness absence": "sjukfrånvaro",
    "full-time equivalent": "årsarbetare",
    "staff turnover": "personalomsättning",
    "recruitment": "rekrytering",
    "consultants": "konsulter inhyrd personal",
    # people the services are for
    "children": "barn",
    "child": "barn",
    "young people": "unga ungdomar",
    "youth": "unga ungdomar",
    "adults": "vuxna",
    "elderly": "äldre",
    "families": "familjer familj",
    "family": "familj",
    "household": "hushåll",
    "parents": "föräldrar vårdnadshavare",
    "women": "kvinnor",
    "men": "män",
    # quantities asked for
    "how many": "antal",
    "number of": "antal",
    "how much": "belopp",
    "amount": "belopp",
    "average": "genomsnitt genomsnittlig",
    "per month": "per månad",
    "per year": "per år",
    "share": "andel procent",
    "percentage": "andel procent",
    "increase": "ökning ökade",
    "decrease": "minskning minskade",
    "compared": "jämfört",
}

# Month names people use, Swedish and English, mapped to the Swedish month the documents write.
MONTHS: dict[str, str] = {
    "januari": "januari", "january": "januari", "februari": "februari", "february": "februari",
    "mars": "mars", "march": "mars", "april": "april", "maj": "maj", "may": "maj", "juni": "juni",
    "june": "juni", "juli": "juli", "july": "juli", "augusti": "augusti", "august": "augusti",
    "september": "september", "oktober": "oktober", "october": "oktober", "november": "november",
    "december": "december",
}


def _board_abbreviations() -> dict[str, str]:
    """The usual abbreviations of board names in Kommunallagen's group ("kf", "ks", "sn", "bun", "von") → the
    board's name in the definite form the documents write ("kommunfullmäktige", "kommunstyrelsen")."""
    definite = {"nämnd": "nämnden", "styrelse": "styrelsen"}
    out = {}
    for group in _EQUIVALENTS["Kommunallagen (2017:725)"]:
        name = group[0]
        ending = next((e for e in (*definite, "fullmäktige") if name.endswith(e)), None)
        if ending is None:
            continue
        full = name[: -len(ending)] + definite.get(ending, ending)
        out.update({short: full for short in group[1:] if len(short) <= 4})
    return out


BOARD_ABBREVIATIONS: dict[str, str] = _board_abbreviations()
