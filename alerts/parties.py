"""Who is in a deal: the gazetteer and the name patterns around deal verbs. Pure.

Why patterns and not only a gazetteer: most Italian deals are about startups and funds nobody
has listed ("Nodo raccoglie…", "round guidato da Tevere Ventures"), so names are found as
capitalised sequences and given a role by the verb around them; the gazetteer only tells a
well-known AI lab (a likely target) from a cloud, chip maker or fund (a likely counterparty) and
maps products to owners ("chip Trainium" → Amazon).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from alerts.numwords import word_value
from alerts.rules import Rules
from alerts.text import LEGAL_FORMS

# One capitalised name: up to five capitalised tokens (or known suffixes / short particles),
# e.g. "Tessitura AI", "Lightspeed Venture Partners", "Run:ai", "BNP Paribas", "Scale AI".
# (a dotted legal form keeps its final dot: "Fonderia Neurale S.p.A." is the name as written)
_LEGAL_FORM = "|".join(re.escape(f) for f in LEGAL_FORMS)
_TOKEN = rf"(?:{_LEGAL_FORM}|[A-ZÀ-ÖØ-Þ][\w&:'.-]*\w|[A-Z]{{2,}}\d*|a16z|xAI|iGenius)"
_NAME = rf"{_TOKEN}(?:\s+(?:&\s+)?{_TOKEN}){{0,4}}"

_ROLE_TEMPLATES = {
    # the company that receives the money or makes the commitment
    "target": (
        # subject + deal verb: "Nodo, la startup romana …, chiude un round" (or "X, che sviluppa …,
        # ha esteso il round": a relative clause closed by its comma), "Parlato sarebbe in
        # trattative per raccogliere", "OpenAI ha siglato un contratto", "Anthropic si impegna"
        r"(?P<n>{N})(?:\s+(?:spa|srl|srls|sgr))?(?:\s*\([^)]{{0,80}}\))?(?:\s*,(?:(?!\s*(?:che|dove|quando|mentre)\b)\s*[a-zà-ú«\x22\x27][^,;:]{{2,140}}?,?|\s*che\b[^,;:]{{2,140}}?,))?\s+(?:(?:ha|hanno|avrebbe|avrebbero|"
        r"è|sarebbe|sono|ora|appena|già|anche|infatti|invece|adesso|oggi|si|s'|ufficialmente|has|have|had|will|"
        # "X, piattaforma …, che ha raccolto": the relative clause's subject is X
        r"che|"
        r"would|is|was|"
        r"dunque|quindi|poi|intanto|finalmente)\s+){{0,3}}(?:raccogli(?:e|ere|erà|eranno|erebbe|erebbero|endo|ono)\b|"
        r"raccolt\w*|chiude|chiuso|estes[oa]|estende\w*|allung\w*|deliberat\w*|"
        r"incass\w*|ottien\w*|ottenut\w*|assicura\w*|compra\w*|compre(?!nd|s)\w*|acquist\w*|noleggia\w*|spend\w*|"
        # (not "X sarebbe in trattative per guidare un aumento … in Y": X invests)
        r"in trattative(?!\s+(?:\w+\s+){{0,2}}?per\s+(?:guidare|investire|entrare|partecipare|sottoscrivere|"
        r"finanziare))|"
        r"impegn\w*|firmat\w*|sottoscritt\w* con|sottoscrive(?:rà)? con|"
        r"siglat\w*|firma|sigla|riceve\w*|ricevut\w*|prenota\w*|dovrà|dovranno|utilizzerà|"
        r"userà|adotterà|farà girare|addestrerà|sceglie|scelto|trattando|lavorando a un round|"
        # "Cerbero Systems si lega ad AMD", "X si affida a Google Cloud"
        r"leg(?:a|ano)\s+(?:a|ad|al|alla)\b|vincol(?:a|ano)\s+(?:a|ad|al|alla)\b|affid(?:a|ano)\s+(?:a|ad|al|alla)\b|"
        r"annunciat\w* (?:\w+ ){{0,2}}?"
        r"(?:(?:la )?chiusura (?:del|della|dell'|di un|di una)\s*|(?:un|il|l'|una)\s*)(?:nuov\w+ )?"
        r"(?:round|finanziamento|aumento|raccolta|[Ss]erie|[Ss]eries|seed|pre-seed)|raises?|raised|secures?|"
        r"secured|closes?|closed|"
        r"commits?|committed|signed|lands?|locks? in|locked in|books?|booked|buys?|bought|agreed|reserv(?:es|ed))\b",
        # object of an investment: "investe 4 miliardi in Anthropic", "investimento … in OpenAI"
        r"\b(?:invest\w*|puntat\w*|scommessa|finanzia\w*|iniezione|sostegno|mett(?:e|ono|erà|eranno)|"
        r"aumento di capitale)\b"
        r"[^.;:]{{0,90}}?\b"
        r"(?:in|nella|nel|nello|su|sulla)\s+(?:(?:la|la startup|startup|società)\s+)?(?P<n>{N})",
        # an inverted subject: "Trenta milioni di euro: tanto ha raccolto Arazzo Srl"
        # (or a pronoun opening the sentence: "Quarantotto milioni… Li ha raccolti Velaria AI")
        r"(?:\b[Tt]ant[oie]\s+|\b[èÈ] quanto\s+|\b[Ee]cco quanto\s+|^(?:Li|Le|Lo)\s+|^L['’])"
        r"(?:ha|hanno|avrebbe|avrebbero|si è|si sono)\s+"
        r"(?:raccolt[oiae]|incassat[oiae]|ottenut[oiae]|mess[oiae] insieme|chius[oiae]|assicurat\w*|garantit\w*|"
        r"prenotat\w*)\s+(?P<n>{N})",
        # "Ferrante entra in Veritas Claims AI", "entrano nel capitale di X"
        r"\b(?:entra|entrano|è entrat[oa]|sono entrat[ie])\s+(?:nel capitale (?:di|della|del)|in|nella|nel)\s+"
        r"(?P<n>{N})",
        # "È il seed round con cui Fenice Dati finanzierà lo sviluppo…"
        r"\b(?:round|seed|aumento di capitale|raccolta|finanziamento)\s+(?:\w+\s+){{0,2}}?con (?:cui|il quale)\s+"
        r"(?P<n>{N})",
        # the bet's object: "Saetta rilancia su Polaris", "Nvidia scommette su X", "punta su X"
        r"\b(?:rilanci\w*|scommett\w*|punta|puntano)\s+(?:ancora\s+|di nuovo\s+|forte\s+)?su\s+(?P<n>{N})",
        # "la partecipazione di X" is X's share in the deal (an investor); "in X" is the target's
        # (not "l'ingresso nel capitale di Qualcomm Ventures": the one entering invests)
        r"\b(?:(?<!ingresso nel )(?:capitale|quota|il \d+\s?%)\s+(?:\w+\s+){{0,2}}?(?:di|della|del|in|nella|nel)|"
        r"partecipazione\s+(?:\w+\s+){{0,2}}?(?:in|nella|nel))\s+(?P<n>{N})",
        # "round (di finanziamento) di Anthropic", "aumento di capitale di Nodo"
        r"\b(?:[Rr]ound|[Ff]inanziament\w*|[Aa]umento di capitale|[Rr]accolta|[Ss]erie [A-F]|[Ss]eries [A-F]|"
        r"[Ss]eed)\b(?:\s+"
        r"(?:di|da)\s+finanziamento)?(?:\s+(?:di\s+)?[Ss]eries?\s+[A-F]\d?)?"
        # ("Serie B da 30 milioni di euro per Arkhe Robotics AI")
        r"(?:\s+da\s+[\w€$£.,]+(?:\s+(?:milioni|miliardi|mln|mld|mila))?(?:\s+di\s+(?:euro|dollari|franchi))?)?"
        r"\s+(?:di|della|del|per)\s+(?P<n>{N})",
        # the buyer of compute: "capacità … per OpenAI", "riservate a Microsoft"
        r"\b(?:a disposizione di|riservat\w* a|fornirà a|fornire a|dedicat\w* a)\s+(?P<n>{N})",
        # the customer of an exclusive supplier: "AMD unico fornitore di Atlante", "il fornitore
        # esclusivo di acceleratori di Atlante" (not "il fornitore di GPU Nvidia": a word between)
        r"\bfornitore\s+(?:(?:unico|esclusivo|principale|privilegiato|preferito)\s+(?:(?:di|degli|dei|delle)\s+"
        r"[a-zà-ú]+\s+)?|(?:di|degli|dei|delle)\s+[a-zà-ú]+\s+)(?:di|per)\s+(?P<n>{N})",
    ),
    # investors, lead investors and vendors
    "investor": (
        r"\b(?:guidat\w*|co-?guidat\w*|capitanat\w*|promoss\w*|sottoscritt\w*|guida(?:to)?)\s+"
        r"(?:da(?:l|lla|i|gli|ll')?\s*)(?:(?:fond\w*|gruppo|venture capital|investitor\w*)\s+"
        r"(?:[a-zà-ú]+\s+){{0,2}})?(?P<n>{N})",
        # "A guidare l'operazione è il fondo X", "A investire sono stati i Dolomiti Angels"
        r"\b[Aa] (?:guidar(?:e|la|lo)|investire|finanziar(?:e|la|lo)|sottoscriver(?:e|lo|la)) (?:(?:l'operazione|il "
        r"round|l'investimento|la raccolta|l'aumento) )?(?:è|sono|c'è|sarebbe|sarebbero|sarà|è stato|è stata|"
        r"sono stati|sono state)"
        r"\s+(?:(?:il|la|i|gli|le)\s+)?"
        r"(?:(?:fond\w*|gruppo)\s+)?(?P<n>{N})",
        # "Guida Thrive Capital", "Lo guida Navigli Capital" (the round just named)
        r"\b(?:Guida(?:no)?|(?:Lo|La|Li)\s+guida(?:no)?)\s+(?:il round\s+)?(?:(?:il|la|lo|l')\s*)?(?P<n>{N})",
        # "sarebbe in trattative con Dune Capital Partners e un fondo del Golfo"
        r"\bin trattativ\w* (?:avanzat\w* )?con\s+(?:(?:il fondo|il gruppo|i fondi)\s+)?(?P<n>{N})",
        # the appositive between commas is a description: it starts lower-case ("X, il gruppo
        # bresciano con sedi tra A, B e C, entra nel capitale": A is a place, not an investor)
        r"(?P<n>{N})(?:\s+(?:spa|srl|srls|sgr))?(?:\s+e\s+{N})?(?:\s*\([^)]{{0,200}}\))?(?:\s*,\s*[a-zà-ú«\x22\x27][^,;:]{{2,120}},)?\s+(?:(?:ha|hanno|"
        r"avrebbe|avrebbero|si|sono|sarebbero|è|sarebbe|anche|già|ora|dunque)\s+){{0,3}}"
        r"(?:invest\w*|raddoppia\w*|mett\w* sul piatto|metterà|"
        r"finanzi\w*(?!\s+(?:lo sviluppo|la crescita|l'espansione|la ricerca|il piano|l'apertura|le assunzioni))|"
        r"impegnat\w* a investire|"
        r"sottoscri\w*(?!\s+(?:con|un accordo|un contratto|un impegno|un'intesa|una lettera))|partecip\w*|"
        r"versat\w*|versa(?:no)?|verserà|verseranno|"
        r"guida\w*|rafforza\w* (?:la propria )?(?:scommessa|puntata)|"
        r"scommette|punta su|rilancia su|entra\w* nel capitale|rilev\w*|invests?|invested|leads?|led)\b",
        r"\b(?:partecipazione|partecipato|parteciperebbero|partecipano|contributo|"
        r"ingresso(?:\s+nel capitale|\s+nell'azionariato)?)\s+"
        r"(?:anche\s+)?(?:di|del|della|dei|degli|da)\s+(?:(?:fond\w*|gruppo)\s+(?:[a-zà-ú]+\s+){{0,2}})?"
        r"(?P<n>{N})",
        r"\b(?:investitori|soci|finanziatori|investors)\b[^.;]{{0,80}}?\b(?:anche|come|comprende|"
        r"include|figurano|tra cui|including|:)\s+(?:(?:i|il|la)\s+)?(?:(?:soci|fond\w*)\s+[^A-Z]{{0,40}})?"
        r"(?P<n>{N})",
        r"\bda parte (?:di|del|della|dei)\s+(?:(?:fond\w*|gruppo)\s+)?(?P<n>{N})",
        r"\b(?:investimento|sostegno) (?:di|del|della|da parte di)\s+(?P<n>{N})\s+(?:in|nella|nel)\b",
        # "Il lead investor è Euganea Ventures", "capofila dell'operazione è il fondo X"
        r"\b(?:[Ll]ead investor|[Ii]nvestitore principale|investitore di riferimento|[Cc]apofila)\b[^.;:]{{0,40}}?"
        r"\b(?:è|sono|è stato|è stata|resta|sarebbe|sarà)\s+(?:(?:il|la|lo|l')\s*)?(?:(?:fondo|gruppo)\s+)?(?P<n>{N})",
        # "Euganea Ventures, che ha messo 1 milione" (a relative clause after the name)
        r"(?P<n>{N}),?\s+che\s+(?:ha|hanno|aveva|avevano)\s+(?:anche\s+)?(?:investito|messo|sottoscritto|guidato|"
        r"co-?guidato|finanziato)\b",
        # "Al round hanno partecipato anche X e Y", "Partecipano all'aumento anche X, Y e Z"
        r"\b(?:[Hh]anno|[Hh]a)\s+(?:partecipato|aderito|preso parte)\s+(?:anche\s+)?"
        r"(?:(?:al round|all'operazione|all'aumento(?: di capitale)?|alla raccolta)\s+(?:anche\s+)?)?"
        r"(?:(?:il|i|la|le|gli)\s+)?(?:fond\w*\s+)?(?P<n>{N})",
        r"\b(?:[Pp]artecipa(?:no)?|dovrebbe(?:ro)? partecipare|potrebbe(?:ro)? partecipare)\s+"
        r"(?:(?:al round|all'operazione|all'aumento(?: di capitale)?|alla raccolta)\s+)?"
        r"(?:anche\s+)?(?:(?:il|i|la|le|gli)\s+)?(?:fond\w*\s+)?(?P<n>{N})",
        # "Nel round sono entrati X e Y", "nel cap table entra anche Z", "3 milioni arrivano da X"
        # (and "nel round ci sono anche X")
        r"\b(?:[Ss]ono entrat\w*|è entrat\w*|[Ee]ntra(?:no)?(?: nel capitale)?|arriva(?:no)?(?: invece)?|provengono|"
        r"(?:[Nn]el round|[Nn]ell'operazione|[Nn]ell'aumento) (?:ci sono|c'è|figurano|compaiono))\s+(?:anche\s+)?"
        r"(?:(?:da|dal|dalla|dai|dagli)\s+)?(?:(?:il|i|la|le|gli)\s+)?"
        r"(?:(?:fond\w*|network|club|family office|gruppo|veicolo|circuito)\s+)?(?P<n>{N})",
        # "una linea di debito concessa da Banca X", "lead Tidewater"
        r"\b(?:concess\w*|erogat\w*|mess\w* a disposizione)\s+da(?:l|lla|i|gli)?\s+(?P<n>{N})",
        r"\b[Ll]ead(?: investor)?:?\s+(?P<n>{N})",
        # "X, in qualità di lead investor, e Y hanno versato", "al quale si sono affiancati la bolognese Z"
        r"(?P<n>{N}),?\s+in qualit(?:à|a')\s+di\s+(?:lead investor|capofila|investitore principale)",
        r"\baffiancat\w*\s+(?:(?:da|dal|dalla|dai|a|al|alla|ai)\s+)?(?:(?:il|la|i|le|gli)\s+)?(?:[a-zà-ú]+\s+){{0,2}}?"
        r"(?P<n>{N})",
        # "la rete di investitori privati X", "il veicolo di business angel Y"
        r"\b(?:rete|network|club|circolo|veicolo|gruppo)\s+(?:di\s+)?(?:[a-zà-ú]+\s+){{0,2}}?(?:investitori|"
        r"business angel|angel|angeli|imprenditori)(?:\s+[a-zà-ú]+){{0,2}}?\s+(?P<n>{N})",
        # "chiude un pre-seed con Murgia Ventures come capofila", "raccoglie un seed con X, Y e Z"
        r"\b(?:round|seed|pre-seed|[Ss]erie [A-F]|aumento di capitale)\b[^.;:]{{0,60}}?\s+con\s+"
        r"(?:(?:il|i|la|le|gli|lo|l')\s*)?(?:(?:fondo|network|club|gruppo)\s+)?(?P<n>{N})",
        # "Completano l'operazione X e Y", "a cominciare da X", "ha reinvestito il Fondo X", "L'ha guidato X"
        r"\b[Cc]omplet\w*\s+(?:l'operazione|il round|la cordata|l'aumento|la raccolta)\s+"
        r"(?:(?:il|i|la|le|gli|lo|l')\s*)?(?:(?:fondo|club|network)\s+(?:di\s+investitori\s+)?)?(?P<n>{N})",
        r"\ba cominciare da(?:l|lla|i|gli|ll')?\s+(?:fondo\s+)?(?P<n>{N})",
        r"\b(?:[Hh]a|[Hh]anno)\s+(?:inoltre\s+|anche\s+)?r[ei]?investito\s+(?:anche\s+)?(?:(?:il|i|la|le|gli|lo|l')\s*)?"
        r"(?P<n>{N})",
        r"\b(?:L['’]ha|Lo ha|La ha|L['’]hanno|Lo hanno)\s+(?:guidat[oa]|co-?guidat[oa]|sottoscritt[oa])\s+(?P<n>{N})",
        # English copy: "led by Milan-based X", "backed by X and Y", "with participation from X", "a
        # Series A from X and Y"
        r"\b(?:led|co-led|backed|joined|funded|financed)\s+by\s+(?:(?:the|its)\s+)?(?P<n>{N})",
        r"\bparticipation\s+(?:from|of|by)\s+(?:(?:the|its)\s+)?(?P<n>{N})",
        r"\b(?:round|Series [A-F]|seed|funding|investment)\b[^.;:]{{0,40}}?\bfrom\s+(?:(?:the|its)\s+)?(?P<n>{N})",
    ),
    # cloud / chip vendors of a compute or exclusivity deal (used only in those sentences)
    "vendor": (
        r"\b(?:con|da|dal cloud|dal|sul cloud|di)\s+(?:(?:l'operatore|il fornitore|la società|"
        r"il gruppo|il cloud|il provider)\s+)?(?P<n>{N})\b",
        # "Google Cloud diventa il fornitore cloud principale della società": the supplier
        r"(?P<n>{N})\s+(?:diventa|diventerà|sarà|resterà|è)\s+(?:il|l')\s*(?:suo\s+|loro\s+|nuovo\s+)?"
        r"(?:fornitore|provider|partner)\b",
        # "Oracle Cloud si aggiudica Nebbia Labs": the winner of a customer or an order sells
        r"(?P<n>{N})\s+si\s+(?:aggiudica(?:no)?|è\s+aggiudicat\w*|sono\s+aggiudicat\w*)\s+(?:(?:il\s+contratto|"
        r"la\s+commessa|l'appalto|la\s+fornitura|il\s+cliente)\b|[A-ZÀ-ÖØ-Þ])",
    ),
}

# For each template above, literal words at least one of which must occur in a sentence (case
# as written: the templates are case-sensitive) for the template to match at all. Why: the
# templates that start with a name try a lazy appositive and ~40 verbs at every capitalised word;
# a substring test in C rules most of them out for most sentences (role patterns were a fifth of
# detection time). Keep in step with `_ROLE_TEMPLATES`: a word missing here loses matches.
_ROLE_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "target": (
        ("raccog", "raccolt", "chiude", "chiuso", "estes", "estend", "allung", "incass", "ottien", "ottenut",
         "assicura", "compra", "compre", "acquist", "noleggia", "spend", "trattative", "impegn", "firma", "sigla",
         "ricev", "prenota", "dovr", "utilizzerà", "userà", "adotterà", "farà girare", "addestrerà",
         "sceglie", "scelto", "trattando", "lega", "legano", "vincola", "affida", "deliberat",
         "lavorando", "annunciato", "raise", "secure", "close", "commit", "signed", "land", "sottoscri",
         "lock", "book", "buy", "bought", "agreed", "reserv"),
        ("invest", "puntat", "scommessa", "finanzia", "iniezione", "sostegno", "mett", "aumento di capitale"),
        ("anto ha", "anti ha", "ante ha", "anto hanno", "anti hanno", "anto avr", "quanto si", "quanto ha",
         "Li ha", "Le ha", "Lo ha", "L'ha", "L’ha", "Li hanno", "Le hanno", "Lo hanno", "L'hanno", "L’hanno",
         "Li avr", "Le avr", "Lo avr", "L'avr", "L’avr"),
        ("entra", "entrat"),
        ("con cui", "con il quale"),
        ("rilanci", "scommett", "punta"),
        ("capitale", "quota", "partecipazione", "%"),
        ("round", "finanziament", "aumento", "raccolta", "serie", "Serie", "seed", "Round", "Finanziament", "Aumento",
         "Raccolta", "Seed"),
        ("disposizione", "riservat", "fornirà", "fornire", "dedicat"),
        ("fornitore",),
    ),
    "investor": (
        ("guida", "capitanat", "promoss", "sottoscritt"),
        ("guidar", "investire", "finanziar", "sottoscriver"),
        ("Guida", "o guida", "a guida", "i guida"),
        ("trattativ",),
        ("invest", "raddoppia", "mett", "finanzi", "sottoscri", "partecip", "versat", "versa ", "versano", "verser",
         "guida", "rafforza",
         "scommette", "punta su", "rilancia su", "entra", "rilev", "lead", "led"),
        ("partecip", "contributo", "ingresso"),
        ("invest", "soci", "finanziatori"),
        ("da parte",),
        ("investimento", "sostegno"),
        ("ead investor", "nvestitore", "apofila"),
        ("investito", "messo", "sottoscritto", "guidato", "finanziato"),
        ("partecipato", "aderito", "preso parte"),
        ("artecipa ", "artecipano ", "partecipare "),
        ("entrat", "entra ", "entrano ", "Entra", "arriva ", "arrivano ", "provengono ", "ci sono", "c'è",
         "figurano", "compaiono"),
        ("concess", "erogat", "a disposizione"),
        ("ead ",),
        ("qualit",),
        ("affiancat",),
        ("investitori", "angel", "imprenditori"),
        (" con ",),
        ("omplet",),
        ("cominciare",),
        ("investito",),
        ("ha guidat", "ha co", "ha sottoscritt", "hanno guidat", "hanno sottoscritt"),
        ("led by", "backed by", "joined by", "funded by", "financed by"),
        ("participation",),
        ("from",),
    ),
    "vendor": (
        ("con", "da", "di", "sul"),
        ("fornitore", "provider", "partner"),
        ("aggiudica",),
    ),
}

# The same names as `_NAME`, written so that the pattern starts with a character class: `re`
# then skips in C to the few characters a name can start with (a search tried every position).
# The first character is consumed by the class and each alternative of the first token checks
# it with a look-behind: exactly the alternatives of `_TOKEN`, in the same order (but the dotted
# legal forms, which never open a name).
_NAME_FAST = (r"[A-ZÀ-ÖØ-Þaxi](?:(?<=[A-ZÀ-ÖØ-Þ])[\w&:'.-]*\w|(?<=[A-Z])[A-Z]{1,}\d*|(?<=a)16z|(?<=x)AI"
              rf"|(?<=i)Genius)(?:\s+(?:&\s+)?{_TOKEN}){{0,4}}")

_LEAD_WORD = re.compile(r"^(?:L'|l'|Il |La |Lo |Gli |I |Le |Anche |E |Ma |All'|Dall'|Nell'|Sull'|Dell'|Un')")
# a descriptor before the name in English copy: "Turin's Vesta AI", "Legal-tech Codicia" (a
# capital word joined to a lower-case one: "Mercedes-Benz" keeps its capital)
_DESCRIPTOR_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w.-]*['’]s|[A-ZÀ-Þ][\w.-]*s['’]|[A-ZÀ-Þ][a-zà-ú]+-[a-zà-ú]+)"
                              r"\s+(?=[A-ZÀ-Þ])")
_BET = re.compile(r"(?:rilanci|scommett|punta|puntano|scommessa|puntata)", re.IGNORECASE)
_LEGAL_FORM_END = re.compile(rf"\s(?:{_LEGAL_FORM})$")
_CONSORTIUM_BEFORE = re.compile(r"\b(?:raggruppament|consorzi)\w*(?:\s+[\w']+){0,3}\s*$")
_PARTICLE_TAIL = re.compile(rf"\s+(?:di|del|della|dei|degli|de)\s+({_TOKEN}(?:\s+{_TOKEN}){{0,2}})")
_TRAIL_PARTICLE = re.compile(r"\s+(?:de|del|di|&)$")


def _literal_trie(names: list[str]) -> str:
    r"""Literal names as a trie regex whose branches start with a literal character.

    Why: a flat alternation of ~170 names, tried at every position, was the costliest regex of
    detection; a trie whose first characters form the pattern's prefix set lets `re` skip to
    those characters in C. Same matches as the alternation sorted longest first (followed by
    `(?![\w])`): the names that match at one position lie on one path of the trie, and the
    trie tries deeper (longer) names first.
    """
    root: dict = {}
    for n in names:
        node = root
        for ch in n:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in node.items() if ch]
        if "" in node:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    # the first character, then "no word character before it" (the look-behind of the flat
    # pattern, tested after consuming one character so the pattern starts with literals)
    alts = [re.escape(ch) + r"(?<![\w]" + (r"\n" if ch == "\n" else ".") + ")" + emit(sub)
            for ch, sub in root.items() if ch]
    return "(?:" + "|".join(alts) + ")" if alts else r"(?!x)x"


# the next name of an investor list: ", X", " e X", ", da X", " e del family office X", ", con X",
# " insieme a X" (the co-investors after a lead: "guidato da X, con Y"), also past a description of
# the name before: "X, fondo di crescita con sede a Zugo, e Y", "X, attraverso il Fondo Z, di Y"
_LIST_APPOSITIVE = r"(?:\s*,\s*(?:[a-zà-ú«'’][^,;:()]{0,120}?|\([^)]{0,80}\))(?=\s*,))?"
_LIST_TAIL = (rf"{_LIST_APPOSITIVE}(?:\s*,\s*(?:con\s+|insieme\s+ad?\s+|e\s+|ed\s+|oltre\s+che\s+|and\s+|with\s+)?|"
              rf"\s+e\s+|\s+ed\s+|\s+and\s+|\s+con\s+|\s+with\s+|\s+insieme\s+ad?\s+)(?:(?:dentro\s+)?(?:anche|pure)\s+)?"
              rf"(?:(?:il|la|i|gli|lo|l'|al|alla|ai|agli|all'|da|dal|dalla|dai|dagli|di|del|della|dei|degli|"
              rf"la banca|il fondo)\s*(?:[a-zà-ú]+\s+){{0,4}})?(?P<n>{_NAME})")


_EPITHET = re.compile(r"\b(?:gruppo|colosso|società|azienda|gigante|big|casa|startup|realtà|laboratorio|"
                      r"compagnia|impresa)\s+(?:di|del|della|guidat\w+ da|fondat\w+ da|creat\w+ da)\s+"
                      r"(?:(?-i:[A-ZÀ-Þ])\w+\s+(?:di|del|della)\s+)?$",    # "il laboratorio di Monaco di Baviera"
                      re.IGNORECASE)


_PERSON_BEFORE = re.compile(r"\b(?:fondat(?:ore|rice|ori)|cofondat(?:ore|rice|ori)|co-fondat(?:ore|rice)|ceo|CEO|"
                            r"amministrat(?:ore|rice) delegat[oa]|president(?:e|essa)|diret(?:tore|trice)|"
                            r"responsabile|analista|portavoce|spiega|racconta|dice|commenta|sottolinea)\s+$")
_PLACE_WORD_BEFORE = re.compile(r"\b(?:quartiere|rione|via|viale|piazza|piazzale|corso|largo|vicolo|località|"
                                r"frazione)\s+$", re.IGNORECASE)
_FOUNDED_BY = re.compile(r"\b(?:fondat\w*|cofondat\w*|co-fondat\w*|creat\w*|ideat\w*|guidat\w*|diretta|diretto)\b"
                         r"[^,;:()]{0,40}?\bda\s+(?:[^,;:()]{0,40}?\s(?:e|ed)\s+)?$")


# a product model code: "H100", "MI300X", "GB200", "B200"
_MODEL_CODE = re.compile(r"[A-Z]{1,4}\d{2,4}[A-Za-z]{0,2}$")


@dataclass(frozen=True)
class RoleHit:
    """A name given a role by a pattern in one sentence."""

    name: str
    role: str          # "target" or "investor"
    pattern: int       # index of the pattern, for explain


class Gazetteer:
    """Compiled gazetteer and name patterns for one Rules object."""

    def __init__(self, rules: Rules) -> None:
        self.ai_labs = set(rules.ai_labs)
        self.chips = set(rules.chip_makers)
        self.clouds = set(rules.cloud_providers)
        self.investors = set(rules.investors)
        self.owner: dict[str, str] = {}
        for owner, aliases in rules.vendor_aliases.items():
            for alias in aliases:
                self.owner[alias] = owner
        known = self.ai_labs | self.chips | self.clouds | self.investors | set(self.owner)
        # stable tie-break: of two spellings of one name ("CDP Venture Capital", "Cdp Venture
        # Capital") the one listed first in the rules wins, whatever the set order
        listed = list(dict.fromkeys([*rules.ai_labs, *rules.chip_makers, *rules.cloud_providers,
                                     *rules.investors, *self.owner]))
        self.canonical = {}
        for n in listed:
            self.canonical.setdefault(n.lower(), n)
        self.not_names = {n.lower() for n in rules.not_names}
        self.places = {n.lower() for n in rules.places}
        names = sorted(known, key=len, reverse=True)
        self.known_re = re.compile(_literal_trie(names) + r"(?![\w])")
        self.name_re = re.compile(_NAME_FAST)
        self.roles = {
            role: tuple(re.compile(t.format(N=_NAME)) for t in templates)
            for role, templates in _ROLE_TEMPLATES.items()
        }
        self.list_tail = re.compile(_LIST_TAIL)
        self.suffixes = set(rules.party_suffixes)
        self.first_names = set(rules.person_first_names)
        self._normalised: dict[str, str | None] = {}

    def normalise(self, name: str) -> str | None:
        """A clean company name, or None when the capitalised words are not a company.

        Memoised per Gazetteer (a pure function of the text; an article repeats its names)."""
        memo = self._normalised
        if name in memo:
            return memo[name]
        if len(memo) > 20_000:
            memo.clear()
        got = memo[name] = self._normalise(name)
        return got

    def _normalise(self, name: str) -> str | None:
        name = name.strip(" ,;:'’\"«»()")
        if not _LEGAL_FORM_END.search(name):
            name = name.strip(" ,.;:'’\"«»()")
        name = _DESCRIPTOR_WORD.sub("", _LEAD_WORD.sub("", name))
        if name.endswith(("'s", "’s")):              # "CoreWeave's GPUs": the owner, in English copy
            name = name[:-2]
        # drop trailing lowercase particles kept by the lazy pattern
        name = _TRAIL_PARTICLE.sub("", name)
        if not name or not (name[0].isupper() or name.lower() in self.canonical):
            return None
        low = name.lower()
        if low in self.canonical:
            return self.canonical[low]
        # the longest known name at the start wins ("Microsoft Azure" → Microsoft Azure alias)
        first = name.split()[0]
        if word_value(first.lower()) is not None:            # "Trecento milioni…": a number, not a name
            rest = name.split(None, 1)[1] if " " in name else ""
            return self.normalise(rest) if rest else None
        if low in self.not_names or low in self.places or first.lower() in self.not_names and len(name.split()) == 1:
            return None
        if first.lower() in self.not_names:
            rest = name.split(None, 1)[1] if " " in name else ""
            # "Veneto Seed Capital", "Liguria Growth Partners": a place or word before generic
            # company words is the name's own head (not so "Con" or "Per" before "Fondo Brenta")
            if len(first) > 3 and rest and all(w in self.suffixes or w.lower() in self.not_names for w in rest.split()):
                return name
            return self.normalise(rest) if rest else None
        if len(name) < 2 or name.isdigit():
            return None
        # "Firmiamo entro Natale": a verb of the first person plural opening a sentence
        if " " not in name and name.endswith(("iamo", "remo")):
            return None
        if " " in name and name.split()[0] in self.first_names:
            return None
        # "Nvidia H100", "AMD MI300X", "Google TPU": a vendor's product stands for the vendor
        # (a product is never a party of its own, least of all a target)
        if first in self.chips or first in self.clouds or first in self.owner:
            rest = name.split(None, 1)[1] if " " in name else ""
            if rest and all(w in self.owner or _MODEL_CODE.match(w) for w in rest.split()):
                return first
        return name

    def owner_of(self, name: str) -> str:
        """Products and subsidiaries stand for their owner: "AWS" → "Amazon"."""
        return self.owner.get(name, name)

    def is_vendor(self, name: str) -> bool:
        """A chip maker or cloud, even one also listed as an AI company (CoreWeave)."""
        return name in self.clouds or name in self.chips or name in self.owner

    def kind_of(self, name: str) -> str:
        """"lab", "vendor" (cloud / chip maker), "investor" or "unknown" (prior for the role)."""
        if name in self.ai_labs:
            return "lab"
        # the full name of a listed lab: "Thinking Machines Lab" for "Thinking Machines"
        head, _, last = name.rpartition(" ")
        if head in self.ai_labs and last in self.suffixes:
            return "lab"
        if self.is_vendor(name):
            return "vendor"
        if name in self.investors:
            return "investor"
        return "unknown"

    def known_in(self, text: str) -> list[str]:
        """Gazetteer names in a text (owners for aliases), in order, without repeats."""
        out: list[str] = []
        for m in self.known_re.finditer(text):
            n = self.owner_of(m.group(0))
            if n not in out:
                out.append(n)
        return out

    def roles_in(self, sentence: str, only: str | None = None) -> list[RoleHit]:
        """Names given a role by the deal patterns in one sentence (lists expanded); `only` one
        role's patterns (the investors of a round's follow-up sentences)."""
        hits: list[RoleHit] = []
        for role, patterns in self.roles.items():
            if only is not None and role != only:
                continue
            keys = _ROLE_KEYS[role]
            for i, pat in enumerate(patterns):
                if not any(map(sentence.__contains__, keys[i])):      # C loop: no generator
                    continue
                pos = 0
                while (m := pat.search(sentence, pos)) is not None:
                    names = self._names_at(sentence, m, role)
                    hits.extend(RoleHit(name, role, i) for name in names)
                    # a name turned down (a place, a person) may hide the real one after it: "Bari, la
                    # startup TutorIA incassa" — look again right after the name, not after the match
                    pos = m.end() if names else max(m.end("n"), m.start() + 1)
        return hits

    def _names_at(self, sentence: str, m: re.Match[str], role: str) -> list[str]:
        names: list[str] = []
        # "il gruppo di Menlo Park", "la società di Sam Altman": an epithet naming a place or a
        # person stands for a company already introduced; the name is not a party itself
        if _EPITHET.search(sentence, 0, m.start("n")):
            return names
        # "la startup, fondata da Anna Rossi e Luca Bianchi, ha raccolto": the founders named
        # before the verb are people, not the company that raises
        if role == "target" and _FOUNDED_BY.search(sentence, max(0, m.start("n") - 90), m.start("n")):
            return names
        # "spiega la fondatrice Nuria Climent", "l'amministratore delegato X": a person
        if _PERSON_BEFORE.search(sentence, max(0, m.start("n") - 40), m.start("n")):
            return names
        # "nata al quartiere Libertà", "in via Amendola": a street or a district
        if _PLACE_WORD_BEFORE.search(sentence, max(0, m.start("n") - 12), m.start("n")):
            return names
        # "il raggruppamento di imprese guidato da X": the leader of a bidding consortium
        if role == "investor" and _CONSORTIUM_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
            return names
        first, end = self._with_particle(sentence, m.group("n"), m.end("n"), role)
        # "Cervia e Milano Marittima": a place's second word is no company of its own
        raw_first = m.group("n").split(None, 1)[0]
        if first and " " not in first and first != raw_first and raw_first.lower() in self.places:
            first = None
        # "X punta su AMD", "la scommessa su Nvidia": betting on a chip or cloud vendor is choosing
        # a supplier, not backing a target
        if role == "target" and first and _BET.match(m.group(0)) and self.kind_of(self.owner_of(first)) == "vendor":
            return names
        if first:
            names.append(first)
        # "Microsoft e Nvidia investono": a coordinated subject of an investor verb
        if role == "investor":
            tail = re.match(rf"\s+e\s+({_NAME})", sentence[end:])
            if tail:
                other = self.normalise(tail.group(1))
                if other:
                    names.append(other)
        # lists after an investor: "Nvidia, Samsung, Salesforce e Cisco"
        pos = end
        for _ in range(12 if role == "investor" else 0):
            t = self.list_tail.match(sentence, pos)
            if not t:
                break
            n, pos = self._with_particle(sentence, t.group("n"), t.end(), role)
            if n:
                names.append(n)
        return [self.owner_of(n) if n in self.owner else n for n in names]

    def _with_particle(self, sentence: str, raw: str, end: int, role: str) -> tuple[str | None, int]:
        """The normalised name and where it ends; an investor's one-word name continues past a
        particle ("Angeli del Garda", "Capo di Leuca Ventures", "Club degli Investitori"), unless
        what follows is a place ("Nvidia di Santa Clara") or the word is a known company."""
        name = self.normalise(raw)
        if role != "investor" or not name or " " in name or self.kind_of(name) != "unknown":
            return name, end
        more = _PARTICLE_TAIL.match(sentence, end)
        if more is None or more.group(1) in self.places or more.group(1).split()[0] in self.not_names:
            return name, end
        longer = self.normalise(raw + sentence[end:more.end()])
        return (longer, more.end()) if longer else (name, end)

    def capitalised_in(self, text: str) -> list[str]:
        """Capitalised names in a text (not sentence-initial function words), in order."""
        out: list[str] = []
        for m in self.name_re.finditer(text):
            n = self.normalise(m.group(0))
            if n and n not in out:
                out.append(n)
        return out
