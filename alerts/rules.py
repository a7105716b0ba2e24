"""Deal-detection rules as data: every vocabulary, threshold and gazetteer list lives here.

Why data and not code: an analyst must be able to add a keyword, an investor or an outlet's
boilerplate line in config.toml `[rules]` without touching Python. The config loader validates
`[rules]` generically from these field types, so fields are only str, int, float, bool,
tuple[str, ...], dict[str, float] and dict[str, tuple[str, ...]].

Vocabulary entries are *regular-expression fragments*, matched case-insensitively on word
boundaries (a space in an entry matches any run of whitespace, so write them as plain phrases).
`\\w*` is the usual way to cover Italian inflections ("invest\\w*" → investe, investimento…).
Gazetteer entries (company names) are matched case-sensitively as literal names.

`alerts.detect` compiles a Rules once into a handful of combined alternation regexes and caches
the result per Rules object, so a large vocabulary costs nothing per sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# --------------------------------------------------------------------------------------------
# Shipped defaults. Kept as module constants so tests and docs can refer to them.
# --------------------------------------------------------------------------------------------

# a stake under 50 % ("il 20%", "una quota del 12,5%"): minority, so an investment
_MINORITY_STAKE = r" (?:il|un|una quota del|una partecipazione del|una quota pari al) (?:[1-4]\d|\d)(?:[,.]\d+)?\s?%"
_NOT_MINORITY = r"(?!" + _MINORITY_STAKE.replace(" ", r"\s+") + ")"

AI_TERMS: tuple[str, ...] = (
    r"IA", r"AI", r"A\.I\.", r"intelligenz\w* artificial\w*", r"artificial intelligence",
    r"LLM", r"LLMs", r"modell\w* linguistic\w*", r"modell\w* di linguaggio", r"large language model\w*",
    r"language[- ]models?", r"AMD Instinct", r"Instinct (?:MI\w*|GPU\w*|accelerat\w*)",
    r"modell\w* di frontiera", r"modell\w* fondazional\w*", r"modell\w* fondativ\w*", r"foundation model\w*",
    r"generativ\w*", r"gen ?AI", r"machine learning", r"apprendimento automatico", r"deep learning",
    r"reti neurali", r"agent\w* (?:vocal\w*|intelligent\w*|conversazional\w*|AI|IA|autonom\w*)",
    r"agentic\w*", r"chatbot\w*", r"assistent\w* (?:conversazional\w*|virtual\w*|vocal\w*|digital\w*)",
    r"traduzione automatica", r"machine translation",
    r"agent\w* (?:software|digitali|industriali)",
    r"visione artificiale", r"computer vision", r"riconoscimento vocale", r"inferenza",
    # the trade's other names: "analisi predittiva", "elaborazione del linguaggio naturale", "NLP",
    # "riconoscimento delle immagini", "automazione intelligente", "sintesi vocale", "voci sintetiche"
    r"analisi predittiv\w*", r"linguaggio naturale", r"natural language processing", r"NLP",
    r"riconoscimento (?:delle |di )?(?:immagini|facciale|del parlato|della voce|dei documenti)",
    r"automazione intelligente", r"sintesi vocale", r"voc[ei] sintetic\w*", r"clonazione (?:della |delle )?voc[ei]",
    r"addestra\w* (?:dei |i |di )?modell\w*", r"training", r"superintelligenza",
    r"algoritm\w* (?:di |predittiv\w*|intelligent\w*)", r"(?:pricing|prezzi) intelligent\w*",
    r"data scien\w*", r"neurale", r"ChatGPT", r"GPT-\d\w*",
    # model families that only AI companies build: "modelli vocali", "modelli di ragionamento"
    # (not "modelli" alone: a fashion model or a business model is not AI)
    r"modell\w* (?:vocal\w*|di ragionamento|multimodal\w*|generativ\w*|di apprendimento|open[- ]source|"
    r"open[- ]weight\w*|a pesi aperti|di visione|di diffusione|predittiv\w*|neural\w*)",
    r"imitation learning", r"reinforcement learning", r"apprendimento (?:per rinforzo|per imitazione|profondo)",
    r"robot\w* (?:che|capaci di|in grado di) (?:impar\w*|ragion\w*|pens\w*)",
    r"addestra\w* (?:\w+ ){0,3}?(?:modell\w*|reti|robot\w*)",
    # a machine in a human role: "l'avvocato artificiale", "insegnare alle macchine a scrivere"
    *(w + r"\w* artificial\w*" for w in (
        "avvocat", "assistent", "medic", "giurist", "consulent", "cervell", "ricercator", "scienziat",
        "impiegat", "collega", "dipendent", "analist", "segretari", "tutor", "insegnant", "commercialist",
        "operator", "agent")),
    # running or serving models is AI work: "far girare i propri modelli", "eseguire modelli"
    r"far girare (?:i |dei |le )?(?:propri |suoi |loro )?modell\w*",
    r"eseguire (?:i |dei )?(?:propri |suoi |loro )?modell\w*", r"modell\w* per (?:la )?robotica",
    # autonomous driving is machine perception and learning: "il software di percezione per la guida autonoma"
    r"guida autonoma", r"self-driving", r"robotaxi\w*", r"software di percezione", r"Drive (?:Thor|Orin)",
    *(w + r" autonom[oiae]" for w in ("veicoli", "veicolo", "camion", "mezzi", "auto", "navette", "trattori")),
    # "modelli specializzati nel ragionamento matematico"
    r"modell\w* (?:\w+ ){0,2}(?:nel|del|per il) ragionamento",
    # accelerators sold for training and serving models, and the clouds built on them
    r"neocloud\w*", r"inference", *(w + r" (?:\w+ )?Blackwell" for w in ("GPU", "chip", "architettura", "famiglia")),
    "H100", "H200", "H800", "B200", "B300", "GB200", "GB300", "NVL72", "MI300X", "MI325X", "MI355X",
    r"insegn\w* (?:alle|ai) (?:macchine|computer)", r"addestr\w* (?:alle|ai) (?:macchine|computer)",
    *(w + r" (?:che|capaci di|in grado di) (?:impar\w*|pens\w*|ragion\w*|capi\w*)"
      for w in ("macchine", "computer", "software")),
)

AI_INCIDENTAL: tuple[str, ...] = (
    # AI a company buys in or adds to a product of another trade: "c'è anche un software di intelligenza
    # artificiale, acquistato da un fornitore esterno", "un impianto gestito da un sistema di IA fornito da
    # terzi" — the sentence's AI words do not make the company an AI company (unlike a denial, the
    # rest of the article still counts)
    r"fornit[oaie] da terzi", r"(?:da|di) un fornitore esterno",
    r"acquistat[oaie] da (?:un |una )?(?:fornitore|società|azienda|startup)",
    r"anche (?:un|uno|una|un') ?(?:software|sistema|app|configuratore|strumento|piattaforma|algoritmo)\b",
    # "Nei piani anche l'intelligenza artificiale"
    r"nei (?:suoi |loro |nostri )?piani", r"tra i (?:suoi |loro )?piani",
    # English: "says it will add AI-powered price estimates"
    r"will add (?:[\w-]+ ){0,2}?AI\b", r"plans to add (?:[\w-]+ ){0,2}?AI\b",
)

AI_DENIALS: tuple[str, ...] = (
    # "we are not an AI company": drops every AI mention in the same sentence
    r"non (?:si |ci )?(?:è |siamo |sono )?(?:present\w*|defini\w*|considera\w*) come",
    r"non (?:\w+ |\w+'){0,4}(?:società|azienda|startup|impresa|compagnia) (?:di|d'|che fa) "
    r"(?:IA|AI|intelligenza artificiale)",
    r"non (?:\w+ |\w+'){0,4}(?:AI|IA)[- ](?:company|startup)", r"not an AI (?:company|startup)",
    # "Plutos non punta sull'intelligenza artificiale"
    r"non (?:punta|puntiamo|scommette|scommettiamo|si concentra|ci concentriamo) (?:su |sull'|sulla )"
    r"(?:IA|AI|intelligenza artificiale)",
    # "non facciamo intelligenza artificiale", "non sviluppiamo IA"
    r"non (?:facciamo|sviluppiamo|usiamo|vendiamo|siamo esperti di|ci occupiamo di|parla di|parlano di) "
    r"(?:l')?(?:IA|AI|intelligenza artificiale|modelli linguistici|algoritmi)",
    # "L'intelligenza artificiale non ci serve per consegnare le zucchine"
    r"(?:l')?(?:IA|AI|intelligenza artificiale) non (?:ci |mi )?serve", r"non (?:ci |mi )?serve (?:l')?(?:IA|AI|"
    r"intelligenza artificiale)",
    # "Niente algoritmi, solo lievito madre", "mentre tutti inseguono l'intelligenza artificiale"
    r"niente algoritmi", r"nessun algoritmo", r"senza (?:algoritmi|IA|AI|intelligenza artificiale)",
    r"mentre tutti (?:\w+ ){0,3}?(?:l')?(?:IA|AI|intelligenza artificiale)",
    # "nessun componente di intelligenza artificiale, precisa la società"
    r"nessun\w* (?:\w+ ){0,2}?(?:di |d')?(?:IA|AI|intelligenza artificiale)",
    # "usiamo software, ma niente intelligenza artificiale", "nessuna IA nel prodotto"
    r"niente (?:l')?(?:IA|AI|intelligenza artificiale)", r"nessuna (?:IA|AI|intelligenza artificiale)",
    # what the company makes is not made by AI: "niente asset generati dall'AI"
    *(w + r" (?:\w+ ){0,2}?(?:generat|creat|prodott|realizzat|scritt|disegnat)\w* (?:dall['’]|dalla |con l['’]|con la )"
      r"(?:IA|AI|intelligenza artificiale)" for w in ("niente", "nessun", "nessuna", "senza")),
    # a future adoption is no AI business: "l'azienda valuterà l'adozione di strumenti di intelligenza
    # artificiale, «ma oggi il nostro mestiere è la manifattura»"
    r"valuter\w* (?:l['’])?(?:adozione|introduzione|uso|utilizzo)",
    *(w + r" (?:in futuro )?(?:adottare|introdurre)" for w in ("potrebbe", "potranno", "potrebbero")),
    # AI features promised for a product of another trade: "Lavagne interattive, X raccoglie 6 milioni e
    # promette funzioni di IA", "integrare funzioni di intelligenza artificiale nei nostri monitor"
    *(w + r" (?:\w+ ){0,2}?funzion\w* (?:di |basat\w* sull['’])(?:IA|AI|intelligenza artificiale)"
      for w in ("promette", "promettono", "integrare", "integrerà", "integreranno", "aggiungere", "aggiungerà",
                "introdurre", "introdurrà")),
    # an incidental use is no AI business: "usa anche il machine learning per scegliere le formulazioni,
    # ma il suo prodotto sono gli elettrodi"
    *(w + r" anche (?:il |l'|gli |degli |dei |algoritmi di |modelli di |tecniche di )?(?:machine learning|"
      r"apprendimento automatico|IA|AI|intelligenza artificiale|algoritmi)"
      for w in ("usa", "usano", "utilizza", "utilizzano", "impiega", "impiegano", "sfrutta", "sfruttano")),
    r"non abbiamo bisogno di definirci", r"perché non lo siamo", r"non è una società di",
    # "siamo un'azienda di biciclette, non di intelligenza artificiale"
    r"non (?:di |d'|un'azienda di |una società di |una startup di )(?:IA|AI|intelligenza artificiale)",
)

AI_LABS: tuple[str, ...] = (
    "OpenAI", "Anthropic", "Mistral AI", "Mistral", "xAI", "DeepMind", "Google DeepMind",
    "Cohere", "Inflection", "Inflection AI", "Perplexity", "Scale AI", "Hugging Face",
    "Stability AI", "Aleph Alpha", "Safe Superintelligence", "Thinking Machines", "Character.AI",
    "Databricks", "DeepSeek", "Moonshot AI", "Zhipu", "Midjourney", "Runway", "ElevenLabs",
    "Poolside", "Cursor", "Anysphere", "Figure AI", "Reka", "AI21 Labs", "Adept", "Sakana AI",
    "H Company", "Helsing", "Black Forest Labs", "Synthesia", "Harvey", "Glean", "Sierra",
    "Magic", "Reflection AI", "Physical Intelligence", "Skild AI", "Lovable", "iGenius",
    "Domyn", "Translated", "Nebius", "CoreWeave", "Lambda", "Crusoe", "Together AI",
)

CHIP_MAKERS: tuple[str, ...] = (
    "Nvidia", "NVIDIA", "AMD", "Intel", "Qualcomm", "Broadcom", "Arm", "TSMC", "Samsung",
    "Cerebras", "Groq", "SambaNova", "Graphcore", "Tenstorrent", "Annapurna Labs", "Marvell", "MediaTek",
)

CLOUD_PROVIDERS: tuple[str, ...] = (
    "Amazon", "AWS", "Amazon Web Services", "Microsoft", "Azure", "Google", "Google Cloud",
    "Alphabet", "Oracle", "IBM", "Meta", "CoreWeave", "Nebius", "Lambda", "Crusoe", "Aruba",
    "OVHcloud", "Scaleway", "Alibaba", "Alibaba Cloud", "Tencent", "Apple", "Salesforce",
    "Cisco", "SoftBank", "Fastweb", "TIM", "Telecom Italia",
)

INVESTORS: tuple[str, ...] = (
    "Sequoia", "Sequoia Capital", "Andreessen Horowitz", "a16z", "General Catalyst",
    "Lightspeed", "Lightspeed Venture Partners", "Thrive Capital", "Khosla Ventures",
    "Index Ventures", "Accel", "Kleiner Perkins", "Tiger Global", "Insight Partners",
    "Founders Fund", "Greylock", "Benchmark", "Coatue", "Altimeter", "Altimeter Capital",
    "Fidelity", "T. Rowe Price", "BlackRock", "MGX", "SoftBank", "Vision Fund", "Temasek",
    "GIC", "Mubadala", "Bpifrance", "BNP Paribas", "Eurazeo", "Balderton", "Atomico",
    "Northzone", "Creandum", "Point Nine", "Earlybird", "HV Capital", "Redpoint", "Menlo Ventures",
    "Spark Capital", "Y Combinator", "Goldman Sachs", "Morgan Stanley", "JPMorgan",
    "JPMorgan Chase", "Citi", "CDP Venture Capital", "Cdp Venture Capital", "United Ventures",
    "P101", "Primo Capital", "Primo Ventures", "360 Capital", "Italian Angels for Growth",
    "Indaco Venture Partners", "Eureka! Venture", "LVenture", "Vento", "Exor", "Fondo Nazionale Innovazione",
    "Intesa Sanpaolo", "Neva SGR", "Azimut", "Anthos", "a16z Growth",
)

# product / subsidiary → owner: lets "chip Trainium" or "cloud Azure" name the vendor
VENDOR_ALIASES: dict[str, tuple[str, ...]] = {
    "Amazon": ("AWS", "Amazon Web Services", "Trainium", "Trainium2", "Inferentia",
               "Annapurna Labs", "Bedrock"),
    "Microsoft": ("Azure", "Microsoft Azure", "Maia"),
    "Google": ("Google Cloud", "TPU", "Alphabet", "Ironwood", "Trillium"),
    "Intel": ("Gaudi", "Gaudi 3", "Xeon"),
    "AMD": ("Instinct",),
    "Nvidia": ("NVIDIA", "Blackwell", "Grace Blackwell", "Hopper", "H100", "H200", "GB200", "GB300", "B200", "B300"),
    "Qualcomm": ("Snapdragon",),
    "MediaTek": ("Dimensity",),
    "Samsung": ("Exynos",),
    "Oracle": ("OCI", "Oracle Cloud"),
}

FUNDING_TERMS: tuple[str, ...] = (
    r"invest(?!itor|or)\w*", r"raccog\w*", r"raccol\w*", r"finanziament\w*", r"finanzia(?!ri[oaie])\w*",
    r"round\w*", r"aumento di capitale", r"ingresso (?:di [\w.-]+(?: [\w.-]+){0,2} )?nel capitale",
    r"iniezione di capitali?", r"capitali? freschi",
    r"nuov\w* capital\w*", r"serie [A-F]", r"series [A-F]", r"seed", r"pre-seed", r"pre seed",
    r"early stage", r"tranche", r"guida\w* (?:il|l'|dal|dalla) (?:round|operazione)",
    r"guidat\w* da", r"co-?guidat\w*", r"ha (?:chiuso|incassato|ottenuto|ricevuto)",
    r"chiude\w*", r"incass\w*", r"ottien\w*", r"mett\w* sul piatto", r"mess[oaie] sul piatto", r"sostegno finanziario",
    # "AMD mette mezzo miliardo di dollari in X": putting money in (the amount follows the verb;
    # "$" lets the matched word alone be given its category)
    r"mett(?:e|ono|erà|eranno)(?=$| (?:(?:circa|oltre|quasi|altri) )?(?:mezzo miliardo|un miliardo|\d|"
    r"[a-zà-ú]+ (?:milion|miliard)))",
    # the same for "porta a casa 5 milioni", "incamera", "mette in cassaforte", "scommette / punta 5 milioni su X"
    *(w + r"(?=$| (?:(?:circa|oltre|quasi|altri) )?(?:mezzo miliardo|un miliardo|\d|[a-zà-ú]+ (?:milion|miliard)))"
      for w in ("porta a casa", "portano a casa", "ha portato a casa", "hanno portato a casa", "incamera",
                "incamerano", "ha incamerato", "mette in cassaforte", "ha messo in cassaforte", "scommette",
                "scommettono", "punta", "puntano")),
    # "Entra Fondo Brera nel capitale di X"
    r"entra(?:no)? (?:[\w&.'’-]+ ){1,4}?nel capitale",
    r"entra\w* nel capitale", r"quot\w* di minoranza", r"partecipazione di minoranza",
    # a minority stake bought is an investment, not an acquisition; first-person rounds in quotes
    *(w + r"\w* (?:una )?(?:partecipazione|quota) di minoranza" for w in ("acquisit", "rilevat", "acquist")),
    r"abbiamo (?:chiuso|incassato|ottenuto)",
    r"raises?", r"raised", r"funding", r"invests?", r"investment", r"stake",
    r"scommessa", r"sottoscri\w*",
    r"assegno da",
    # a minority stake bought with new money is an investment, not an acquisition:
    # "acquisisce il 20% di X", "rileverà una quota del 15% di X"
    *(w + _MINORITY_STAKE for w in (r"acquisi\w*", r"rilev\w*", r"acquist\w*", r"compr\w*", r"sottoscri\w*")),
    # "il round vale 12 milioni", "l'operazione vale 40 milioni": the size of the deal, not a
    # valuation (the phrase is matched whole, so its "vale" is no valuation cue)
    *(w + r" (?:vale|varrà|valgono|ammonta|ammonterà)" for w in (
        "round", "operazione", "raccolta", "finanziamento", "investimento", "aumento di capitale", "tranche",
        "deal", "seed", "serie [a-f]", "series [a-f]")),
    *(w + r" il pieno di (?:capitali|investimenti|fondi)" for w in ("fa", "fanno", "ha fatto", "hanno fatto")),
)

ROUND_TERMS: tuple[str, ...] = (
    # explicit round vocabulary: an amount below min_amount_eur still counts next to these
    r"round\w*", r"serie [A-F]", r"series [A-F]", r"seed", r"pre-seed", r"pre seed",
    r"aumento di capitale", r"raccog\w*", r"raccolt\w*", r"early stage",
)

DEAL_TERMS: tuple[str, ...] = (
    # generic deal nouns: they carry an amount into a deal when the article is about a deal
    r"accordo", r"accordi", r"intesa", r"contratt\w*", r"operazione", r"alleanza",
    r"partnership", r"deal", r"agreement", r"contracts?", r"patto", r"lettera d'intenti", r"letter of intent",
    r"memorandum d'intesa", r"protocollo d'intesa",
    # the payment schedule of a contract, not a company's quarterly results (the phrase is
    # matched whole, so its "trimestrali" is no revenue cue)
    r"pagament\w* (?:trimestral\w*|semestral\w*|mensil\w*|annual\w*|rateal\w*)",
    r"rate (?:trimestral\w*|semestral\w*|mensil\w*|annual\w*)",
    # a contract's binding instalment, not a round's: "una prima tranche da 400 milioni è vincolante dal 2027"
    r"tranche(?: [^.;:]{0,40}?)? vincolant\w*", r"prima tranche(?: [^.;:]{0,40}?)? vincolant\w*",
    # "Un milione e centomila euro: tanto vale il round seed": the round's size
    r"tanto val(?:e|gono)", r"quanto val(?:e|gono)",
    # "il contratto vale 40 milioni": the size of the deal, not a valuation
    # (also with words between: "un contratto quinquennale che, secondo quanto comunicato, vale…")
    # "il valore complessivo dell'accordo arriva fino a 2,5 miliardi": the deal's size, not a running total
    r"valore (?:complessivo |totale )?(?:dell'accordo|del contratto|dell'intesa|della commessa|della fornitura|"
    r"dell'ordine|dell'ordinativo)",
    *(w + r"(?:[ ,][^.;:]{0,60}?)? (?:vale|varrà|varrebbe|valgono|varrebbero|ammonta|ammonterà|ammonterebbe)\b"
      for w in (
        "contratto", "accordo", "intesa", "impegno", "commessa", "fornitura", "partnership", "ingresso",
        "investimento", "round", "aumento di capitale")),
)

COMPUTE_VERBS: tuple[str, ...] = (
    r"(?:si |s')?(?:è |sono )?impegn\w* (?:a|ad) (?:acquist\w*|compr\w*|spende\w*|utilizz\w*|contrattualizz\w*)",
    r"acquist\w*", r"compr(?!end|es)\w*", r"spender\w*", r"spesa di", r"contrattualizz\w*", r"prenot\w*",
    r"assicurar\w*", r"si (?:è|sono) assicurat\w*", r"(?:ha|hanno) riservato", r"riserv(?:erà|eranno|are)\b",
    r"noleggi\w*", r"nolegger\w*", r"affitt\w*",
    # "Abbiamo firmato per 12 milioni di euro di capacità GPU", "Dieci megawatt: X li ha riservati"
    r"(?:abbiamo|ha|hanno) firmato per", *(w + r" ?(?:ha|hanno|abbiamo) riservat\w*" for w in ("li", "le", "lo", "la")),
    r"fornitura", r"fornir\w*",
    r"fornisc\w*",
    r"metter\w* a disposizione", r"contratt\w*", r"contracts?", r"accordo pluriennal\w*", r"accordo (?:di|da)",
    r"accordo (?:triennale|quinquennale|decennale)", r"commit\w*", r"purchase\w*", r"buy\w*",
    r"reserv(?:e|es|ed|ing)\b", r"books?", r"booked", r"booking", r"leas(?:e|es|ed|ing)\b", r"rent(?:s|ed|ing)?\b",
    r"si impegn\w*", r"impegn\w*",
    # "un accordo che le darà accesso a un milione di TPU": access to capacity is what is bought
    r"dar\w* (?:l')?accesso", r"avr\w* (?:l')?accesso", r"ottien\w* (?:l')?accesso", r"otterr\w* (?:l')?accesso",
    r"garanti\w* (?:l')?accesso",
    # "l'installazione di 10 gigawatt di sistemi X": deploying capacity is buying it
    r"installazion\w*", r"installer\w*", r"installare", r"dispiega\w*", r"deploy\w*",
    # an order of a stated quantity: "un ordine per 4.096 GPU", "ha ordinato 20.000 acceleratori"
    # (the number is looked at, not matched: it starts the scale; "$" lets the matched phrase
    # alone be given its category)
    r"ordin(?:e|i|ativo|ativi|a|ano|ato|ata|ati|ate|erà|eranno)(?: (?:per|di|da)(?: circa| oltre)?)?(?=$| \d)",
)

COMPUTE_OBJECTS: tuple[str, ...] = (
    r"capacità (?:di calcolo|computazional\w*|cloud|GPU|aggiuntiv\w*)", r"potenza (?:di calcolo|computazional\w*)",
    r"risorse (?:di calcolo|computazional\w*|cloud)", r"GPU", r"TPU", r"chip", r"acceleratori",
    r"servizi cloud", r"cloud", r"compute", r"computing", r"calcolo", r"capacity",
    r"data center", r"datacenter", r"supercomputer\w*", r"cluster", r"gigawatt", r"GW",
    r"megawatt", r"MW", r"server", r"processori", r"DGX", r"neocloud",
    # English plurals
    r"GPUs", r"TPUs", r"chips", r"accelerators", r"data cent(?:er|re)s?",
    # a named cloud is what a spending commitment buys: "un impegno di spesa di 40 milioni sulla piattaforma Azure"
    r"Azure", r"AWS", r"Google Cloud", r"Oracle Cloud\w*", r"OCI",
)

SCALE_TERMS: tuple[str, ...] = (
    # "by scale": a compute commitment may be stated in power or in chips instead of money
    # (not an energy developer's pipeline: "1,2 GW in portafoglio")
    r"\d[\d.,]* ?(?:gigawatt|GW|megawatt|MW)(?! (?:\w+ ){0,2}?in portafoglio)",
    r"(?:un|uno|due|tre|cinque|dieci) gigawatt",
    # "Dieci megawatt, di fatto un intero padiglione"; GPU hours: "3 milioni di ore GPU"
    *(w + r" megawatt" for w in ("cinque", "dieci", "quindici", "venti", "trenta", "quaranta", "cinquanta", "cento",
                                 "duecento")),
    r"\d[\d.,]* (?:milioni di |mila )?ore (?:di )?(?:GPU|calcolo)", r"\d[\d.,]* (?:million )?GPU[- ]hours",
    # (and "4,000 Nvidia GPUs": a brand between the count and the chip, English plurals)
    r"\d[\d.,]* (?:mila |milioni di )?(?:(?:Nvidia|AMD|Intel|Google|Blackwell|Hopper|H100|H200|B200|B300|GB200|GB300|"
    r"Instinct) )?(?:GPUs?|TPUs?|chips?|acceleratori|accelerators)",
    r"(?:centinaia|migliaia|decine) di (?:migliaia di )?(?:GPU|TPU|chip|acceleratori)",
    r"un milione di (?:GPU|TPU|chip|acceleratori)", r"mezzo milione di (?:GPU|TPU|chip|acceleratori)",
    r"\d[\d.,]* milion[ei] di (?:GPU|TPU|chip|acceleratori)",
    # counts in words: "un cluster da oltre duemila GPU"
    r"(?:mille|duemila|tremila|quattromila|cinquemila|seimila|settemila|ottomila|novemila|diecimila|undicimila|"
    r"dodicimila|quindicimila|sedicimila|ventimila|venticinquemila|trentamila|quarantamila|cinquantamila|"
    r"sessantamila|ottantamila|centomila|duecentomila|centinaia di migliaia di) (?:GPU|TPU|chip|acceleratori|server)",
)

EXCLUSIVITY_TERMS: tuple[str, ...] = (
    r"in esclusiva", r"esclusiv\w*", r"utilizz\w* esclusivamente", r"unicamente",
    r"fornitore (?:cloud |di cloud |di calcolo |di capacità |di GPU |di chip |tecnologico )?(?:principale|primario|"
    r"preferito|preferenziale|privilegiato|di riferimento|"
    r"unico|esclusivo)",
    r"fornitore (?:di )?cloud (?:principale|primario|preferito|preferenziale|privilegiato|di riferimento|esclusivo)",
    r"fornitore di cloud preferito", r"principale partner (?:per l'addestramento|di addestramento|tecnologico|cloud)",
    r"partner (?:principale|primario) (?:per l'addestramento|di addestramento|cloud)",
    r"primary (?:training|cloud) (?:partner|provider)", r"preferred cloud provider",
    # English copy: "will use Google's TPUs as its primary platform", "its sole supplier"
    *(w + r" (?:primary|main|preferred|sole|only) (?:training |compute |cloud |hardware )?(?:platform|provider|"
      r"supplier|partner|cloud)" for w in ("its", "their")),
    r"sole (?:supplier|provider)", r"only on (?:\w+ ){0,2}(?:chips|GPUs|TPUs)",
    r"exclusive\w*", r"scelta obbligata", r"unico fornitore", r"al posto delle (?:GPU|chip)",
    r"condizione (?:proprio )?l'utilizzo",
    # "punta tutto su un solo chip", "un unico fornitore di cloud"
    r"(?:un|a) (?:solo|unico) (?:chip|fornitore|provider|cloud|produttore|vendor)", r"punta tutto su",
    # "Azure sarà l'unico cloud utilizzato dalla società"
    r"l['’]unico (?:chip|fornitore|provider|cloud|produttore|vendor)", r"il solo (?:chip|fornitore|provider|cloud)",
    # "E solo da CoreWeave, niente altri fornitori"
    *(w + r" altr[oi] (?:fornitor[ei]|provider|cloud|chip)" for w in ("niente", "nessun")),
    r"nessun'altra (?:piattaforma|nuvola)",
    # "fa degli acceleratori X l'unica piattaforma hardware della società"
    r"unica piattaforma (?:di calcolo|cloud|hardware|di addestramento)",
    r"unico (?:fornitore|provider|produttore|vendor|acceleratore|chip)",
    # "i chip X resteranno la sua piattaforma di calcolo primaria"
    r"piattaforma (?:di calcolo |cloud |hardware |di addestramento )?(?:primaria|principale|preferenziale|"
    r"privilegiata|di riferimento|esclusiva|unica)",
    # "addestrerà i modelli solo su hardware X", "userà soltanto i chip di X"
    *(w + r" (?:(?:su|sui|sulle|sugli|con|i|le|gli|il|la) )?(?:\w+ ){0,2}(?:hardware|chip|GPU|TPU|acceleratori|"
        r"processori|cloud|server|infrastruttur\w*|data center)" for w in ("solo", "soltanto", "unicamente",
                                                                         "esclusivamente", "principalmente")),
    *(w + r" (?:cloud |di cloud |tecnologico )?(?:principale|primario|privilegiato|preferito|preferenziale|esclusivo|"
        r"unico|di riferimento)" for w in ("provider", "cloud provider", "partner", "cloud")),
)

NON_EXCLUSIVE_TERMS: tuple[str, ...] = (
    # the article says the deal is NOT exclusive: chip_exclusivity is vetoed for the article
    # (not "non è un'esclusiva assoluta": a primary provider with exceptions is still one)
    r"non (?:è|sarà|si tratta|sarebbe)(?: (?:però|tuttavia|comunque|quindi|affatto|invece|neppure|nemmeno|neanche))?"
    r"(?: di| in)? (?:un'|una )?esclusiv\w*"
    r"(?! (?:assolut|total|complet|pien|rigid)\w*)",
    # "Google Cloud non sarà il fornitore esclusivo", "non è il suo provider unico"
    r"non (?:è|sarà|sarebbe|divent\w*) (?:il |l'|un |lo |la )?(?:suo |loro )?(?:fornitore|provider|partner|cloud) "
    r"(?:\w+ )?(?:esclusiv\w*|unico|principale)",
    # "non si tratta di un accordo in esclusiva"
    r"non (?:è|sarà|si tratta|sarebbe) (?:di )?(?:un |un'|una )?(?:accordo|intesa|contratto|partnership|rapporto|"
    r"patto) (?:in |di )?esclusiv\w*",
    # "Azure «non sarà l'unico fornitore»"
    r"non (?:è|sarà|sarebbe|divent\w*) (?:il |l'|lo |la )?(?:unic[oa]|sol[oa]) (?:fornitore|provider|partner|cloud)",
    # "non esiste alcun accordo di esclusiva con Nvidia"
    *(w + r" (?:accordo|intesa|contratto|patto|vincolo) (?:di |in )?esclusiv\w*" for w in (
        "alcun", "alcuna", "nessun", "nessuna")),
    r"non esclusiv\w*", r"senza esclusiv\w*", r"nessun\w* esclusiv\w*", r"alcun\w* esclusiv\w*",
    r"non (?:più )?in esclusiva",
    r"non (?:prevede|comporta|include|implica|contiene|parla di|menziona) (?:\w+ ){0,2}esclusiv\w*",
    r"non (?:\w+ ){0,2}(?:abbandon\w*|rinunc\w*) (?:a |ad )?(?:\w+ ){0,2}(?:altri|gli altri) fornitori",
    r"rinuncia\w* (?:al|all'|a) (?:ruolo|esclusiv\w*)", r"non-exclusive", r"non exclusive",
    r"multi-?cloud", r"fine dell'esclusiv\w*",
    # "X non diventa un'esclusiva di Y", "attenzione a parlare di esclusiva", "resta multi-piattaforma"
    r"non (?:divent\w*|rappresent\w*|signific\w*|equival\w* a) (?:\w+ ){0,2}?(?:un'|una )?esclusiv\w*",
    r"multi-?piattaforma", r"multi-?fornitore", r"multi-?vendor",
    # "l'intesa non impedisce a X di rivolgersi ad altri fornitori", "continuerà a usare altri provider"
    r"non (?:impedisc\w*|vieta|vietano|esclude|escludono|preclude|precludono)[^.;:]{0,60}?(?:altri|diversi) "
    r"(?:fornitori|provider|operatori)",
    r"continu\w* (?:a |ad )?(?:rivolgersi|usare|utilizzare|lavorare|servirsi)[^.;:]{0,20}?(?:altri|diversi) "
    r"(?:fornitori|provider|operatori)",
    *(w + r" (?:\w+ ){0,2}?a parlare di esclusiv\w*" for w in ("attenzione", "prudenza", "sbagliato", "errato",
                                                                "improprio", "guai")),
    # "nessuno ha parlato di esclusiva", "nessuno ci ha chiesto esclusive"
    r"nessuno (?:\w+ ){0,2}?(?:parlato|parla|chiesto|chiede) (?:di )?esclusiv\w*",
)

CHIP_CLOUD_TERMS: tuple[str, ...] = (
    r"chip", r"GPU", r"TPU", r"Trainium\w*", r"Inferentia", r"acceleratori", r"semicondutt\w*",
    r"processori", r"silicio", r"cloud", r"Azure", r"AWS", r"Google Cloud", r"data center",
    r"datacenter", r"infrastruttur\w*", r"hardware", r"supercomputer\w*", r"carichi di lavoro",
    r"addestramento", r"gigawatt", r"GPUs", r"TPUs", r"chips", r"accelerators", r"data cent(?:er|re)s?",
    # "il neocloud X come fornitore esclusivo della propria capacità di calcolo"
    r"neocloud\w*", r"capacità di calcolo", r"potenza di calcolo",
)

CONDITIONAL_TERMS: tuple[str, ...] = (
    # reported speech: still a deal, only recorded (and slightly lowers the score)
    r"\w+rebbe(?:ro)?", r"sarebbe(?:ro)?", r"avrebbe(?:ro)?", r"indiscrezion\w*",
    r"secondo (?:fonti|quanto riportato|le indiscrezioni|Bloomberg|Reuters)", r"rumors?",
    r"in trattativ\w*", r"trattativ\w*",
)

NEGATIVE_CONTEXTS: dict[str, tuple[str, ...]] = {
    # a negative cue in the same clause as an amount vetoes that amount; in the same clause as a
    # deal verb it stops the clause from stating a deal
    "valuation": (r"valutazion\w*", r"valuta(?:ta|to|no)?", r"rivalut\w*", r"valuter(?:ebbe|ebbero|à|anno)",
                  r"vale(?:va)?",
                  r"varrebbe", r"varrà", r"valgono", r"valorizza\w*",
                  r"valuation", r"valued at", r"post-money", r"pre-money", r"unicorn\w*"),
    "revenue": (r"ricav\w*", r"fatturat\w*", r"utile", r"utili", r"perdit\w*", r"margin\w*",
                r"ARR", r"ricorrent\w* annu\w*", r"revenue\w*", r"trimestr(?!almente)\w*", r"bilanci(?:o|\b)",
                r"conti", r"guidance", r"vendite", r"incassi", r"EBITDA", r"profitt\w*",
                r"liquidità", r"in cassa", r"portafoglio ordini", r"portafoglio (?:lavori|commesse|clienti)",
                # the year's accounts: "ha chiuso l'anno con una posizione finanziaria netta positiva per 9 milioni"
                r"posizione finanziaria", r"cassa netta", r"patrimonio netto", r"EBIT"),
    "fine": (r"multa", r"multe", r"multat\w*", r"sanzion\w*", r"ammend\w*", r"antitrust", r"Garante",
             r"penal[ei]", r"penalità", r"risarciment\w*", r"fined"),
    "market": (r"mercato (?:\w+ ){0,4}(?:vale|valeva|varrà|raggiung\w*|toccherà|crescerà|arriverà)",
               r"(?:il|del|nel) mercato (?:italiano|globale|europeo|mondiale)",
               # estimates, not the verb of a product ("per stimare la resa dei vigneti")
               r"stime", r"(?:una|la|secondo la|per la) stima", r"si stima", r"stimat[oaie]", r"prevision[ei]\b",
               # a forecast to a far year ("raggiungerà 40 miliardi entro il 2030"), not a contract's term
               # ("capacità per un valore fino a 20 miliardi di dollari entro il 2030")
               *(w + r"\w* [^.;:]{0,60}?entro il 20[3-9]\d" for w in ("raggiung", "toccher", "arriver", "crescer",
                                                                      "superer", "saler", "varr", "raddoppier")),
               r"nel 20[3-9]\d", r"transato", r"giro d'affari",
               # statistics of many deals: "hanno raccolto 412 milioni di euro in 58 operazioni", "da
               # inizio anno siamo a 861 milioni", "la mediana della Serie A"
               r"in \d+ (?:operazioni|round|deal|investimenti|transazioni|accordi)\b", r"da inizio anno",
               r"dall'inizio dell'anno", r"year-to-date", r"mediana", r"round medio",
               r"on average", r"the average", r"the median", r"by my count", r"total raised",
               # "i tre round più grandi del trimestre valgono 251 milioni"
               *(n + r" (?:round|operazioni|deal) (?:più grandi|principali|maggiori|più importanti)"
                 for n in ("due", "tre", "quattro", "cinque", "dieci")),
               # a threshold, not a round's size: "tre round sopra i 10 milioni", "assenti dai round oltre
               # i 10 milioni"; a period of the year: "nei primi nove mesi"
               r"round (?:sopra|oltre|sotto|superiori a|inferiori a) (?:i|gli|l')\b",
               r"nei primi (?:tre|sei|nove|dieci|undici|\d+) mesi",
               r"spesa (?:complessiva|globale|mondiale)", r"valore (?:del|di) mercato", r"forecast",
               # an analyst's sum of many deals ("secondo i calcoli della banca, la somma degli impegni")
               r"secondo (?:i calcoli|le stime|gli analisti|l'analisi|un'analisi|il report|lo studio)",
               r"la somma degli (?:impegni|investimenti|accordi|contratti)", r"impegni incrociati",
               # a hypothetical company ("un'azienda che raccoglie dieci milioni ne spende quattro")
               *(w + r" che (?:raccoglie|raccolga|investe|ottiene|chiude)" for w in (
                   "un'azienda", "una startup", "una società", "un'impresa", "chi")),
               # a sector-wide remark, not this company's round: "i soldi raccolti dalle startup
               # dell'IA finiscono ai fornitori di calcolo"
               *(w + r" (?:raccolt\w*|investit\w*|ottenut\w*) (?:dalle|dai|dagli) (?:\w+ )?"
                 r"(?:startup|aziende|società|imprese|scale-?up|laboratori|fondi)"
                 for w in ("soldi", "capitali", "fondi", "investimenti", "finanziamenti", "denaro", "risorse")),
               # "Investimenti in startup a 620 milioni": money into startups as a whole, no article
               *(w + r" (?:\w+ )?(?:in|nelle) (?:startup|start-up|scale-?up|imprese innovative|pmi innovative)\b"
                 for w in ("investimenti", "finanziamenti", "capitali"))),
    # (a listing is not a private round: "rinvia l'IPO su Euronext Milan con cui puntava a raccogliere")
    "market_cap": (r"capitalizzazion\w*", r"in borsa", r"market cap\w*", r"bruciat\w*", r"titolo", r"IPO",
                   r"Euronext\w*", r"ammission\w* alle negoziazioni",
                   r"quotazion\w*", r"quotarsi", r"debutto in borsa", r"offerta pubblica",
                   r"puntava(?:no)? a raccogliere",
                   # money flowing into listed funds: "gli ETF … hanno raccolto afflussi netti per 38 miliardi"
                   r"ETF", r"afflussi", r"deflussi", r"raccolta netta",
                   # a stock's session: "chiude la settimana con un balzo del 19%"
                   r"chiud\w* (?:la settimana|la seduta|la giornata|in rialzo|in ribasso|in calo|in positivo|"
                   r"in negativo)"),
    "capex": (# a company's own plan: "100 milioni di euro di investimenti in tre anni per costruire…"
              r"investimenti (?:\w+ ){0,2}?(?:in|nei prossimi|entro|nell'arco di) (?:\w+ ){0,2}?anni",
              r"piano (?:\w+ ){0,3}?(?:di|degli) investimenti", r"piano industriale",
              r"piano (?:biennale|triennale|quadriennale|quinquennale|decennale|strategico)",
              # a site to be built, a data centre of its own ("il sito, che sorgerà…", "finanzieranno il
              # nuovo data center")
              r"sorger(?:à|anno)",
              *(w + r"\w* (?:il |la |i |le |l')?(?:nuov\w* )?(?:data ?center|campus|impiant\w*|stabiliment\w*|sede)"
                for w in ("finanzier", "finanzia")),
              # "investirà 200 milioni in tre anni in progetti di AI, su 650 milioni di investimenti in tecnologia"
              r"invest\w* (?:[^.;:]{0,50}?)in progetti\b",
              r"investimenti in (?:tecnologi\w*|digitalizzazion\w*|innovazion\w*|ricerca e sviluppo|R&S)",
              r"invest\w* (?:[^.;:]{0,70}?)(?:in|nel|nella|nello|nei|negli|sul|sullo|sulla|sui) (?:nuov\w* )?"
              r"(?:data ?center|infrastruttur\w*|impiant\w*|stabiliment\w*|fabbric\w*|campus|region|sit[oi] (?!web)|"
              r"centr\w* (?:di ricerca|ricerche|di sviluppo|R&S)|sed[ei]\b|uffic[io]\b|hub\b)",
              # "il suo nuovo campus: un investimento da 300 milioni di euro per 40 megawatt": the
              # operator's own construction, priced per capacity or per building work
              r"investiment\w* (?:complessiv\w* )?(?:da|di) [^.;:]{0,40}? per (?:[a-zà-ú]+ ){0,4}?(?:\d[\d.,]* )?"
              r"(?:megawatt|mw|gigawatt|gw)\b",
              r"investiment\w* (?:complessiv\w* )?(?:da|di) [^.;:]{0,40}? per (?:la costruzione|costruire|realizzare|"
              r"la realizzazione|ampliare|l'ampliamento)",
              # "X, che sta realizzando il sito di Pavia con un investimento di 1,2 miliardi"
              *(w + r"\w* [^.;:]{0,60}?con un investimento" for w in ("realizza", "costrui", "costruend",
                                                                       "ampli", "edifica")),
              # "spendere 25 miliardi in nuovi data center": building its own, buying from nobody
              r"spend\w* (?:[^.;:]{0,40}?)in nuov\w* (?:data ?center|campus|impiant\w*|stabiliment\w*|fabbric\w*)",
              # "investire 700 milioni nell'ampliamento del campus": the vendor's own spending
              r"invest\w*,? (?:[^.;:]{0,70}?)(?:nel |nella |nei |negli |nell'|per l'|sull'|sul |sulla )"
              r"(?:ampliament\w*|costruzion\w*|"
              r"potenziament\w*|espansion\w*|realizzazion\w*) (?:\w+ ){0,3}(?:data ?center|campus|impiant\w*|"
              r"stabiliment\w*|fabbric\w*|infrastruttur\w*|sede|sit[oi])",
              # buying land or buildings: "ha acquistato un'area di 40 ettari … per 62 milioni"
              *(w + r"\w* (?:\w+ ){0,3}?(?:un'area|aree|un terreno|terreni|un lotto|lotti|\d[\d.,]* ettari|"
                r"un immobile|immobili|un capannone|capannoni|un edificio|edifici)\b"
                for w in ("acquist", "compr", "rilev")),
              # a company's own spending on its tools: "di aver investito oltre 2 milioni in sistemi di verifica"
              r"invest\w* (?:[^.;:]{0,40}?)in (?:sistemi|strumenti) (?:di|per)\b",
              # investing INTO a country is capex ("Microsoft investe 4,3 miliardi in Italia")
              r"invest\w* (?:[^.;:]{0,60}?)(?:in|nel) (?:Italia|Europa|Francia|Germania|Spagna|Regno Unito|"
              r"Stati Uniti|India|Giappone|nostro Paese|Paese)",
              # "investirà 3 miliardi entro il 2029 per costruire tre campus di data center"
              r"invest\w* (?:[^.;:]{0,70}?)per (?:costruire|realizzare|aprire|ampliare|potenziare|edificare|"
              r"espandere) (?:\w+ ){0,4}?(?:data ?center|campus|impiant\w*|stabiliment\w*|fabbric\w*|"
              r"infrastruttur\w*|sed[ei]|sit[oi])",
              # "investimenti per 3,5 miliardi destinati alla rete in fibra e a due data center"
              r"invest\w* (?:[^.;:]{0,70}?)destinat\w* (?:a|ad|al|alla|alle|ai|agli|all') ?(?:\w+ ){0,4}?"
              r"(?:rete|reti|data ?center|impiant\w*|stabiliment\w*|fabbric\w*|infrastruttur\w*|sed[ei])",
              r"in conto capitale", r"capex", r"spes\w* in conto capitale", r"piano di investimenti",
              r"piani di spesa", r"spese per (?:le )?infrastrutture", r"(?:propri\w*|sua|sue) infrastruttur\w*",
              # opening a cloud region is the provider's capex; capacity bought "nella regione cloud di
              # Milano" is a place
              *(w + r" (?:\w+ ){0,2}?region\w* cloud" for w in ("apre", "aprirà", "apertura", "lancia", "lancio",
                                                                "nuova", "nuove", "costruzione", "inaugura")),
              r"investimenti in data center",
              # "abbiamo investito 1,5 milioni fra attrezzature e adeguamento dell'immobile"
              r"invest\w* (?:[^.;:]{0,50}?)(?:in|fra|tra|per|nell[ae]?|nei|negli) (?:\w+ ){0,2}?(?:attrezzatur\w*|"
              r"macchinar\w*|immobil\w*|capannon\w*|linee? produttiv\w*)",
              # building its own site, paid with its own money ("costruirà il proprio data center"; not
              # "6 gigawatt di acceleratori nei propri data center", a purchase)
              *(w + r"\w* (?:il |i |la |le |un |una )?(?:propri\w*|suo|sua|suoi|sue|nuov\w*) (?:nuov\w* )?"
                r"(?:data ?center|campus|stabiliment\w*|impiant\w*|fabbric\w*|sede)"
                for w in ("costrui", "costruend", "realizz", "edific", "ampli")),
              r"mezzi propri", r"risorse proprie", r"autofinanzia\w*",
              # "costruirà un data center da 420 milioni", "l'investimento previsto è di 420 milioni"
              *(w + r"\w* (?:un|una|il|lo|la|i|gli|le|due|tre|quattro) (?:\w+ )?(?:data ?center|campus|"
                r"stabiliment\w*|impiant\w*|fabbric\w*)" for w in ("costrui", "costruend", "realizz", "edific")),
              r"investiment\w* previst\w*",
              # "un investimento da 500 milioni per un nuovo campus", "il progetto di un nuovo data center",
              # "20 milioni di investimenti in ricerca": a company's own spending
              r"invest\w* (?:[^.;:]{0,60}?)per (?:un|il|la|i|le|gli)(?: nuov\w+)? (?:\w+ )?(?:campus|data ?center|"
              r"stabiliment\w*|impiant\w*|sit[oi]|sed[ei])\b",
              r"progett\w* (?:di|del|per) (?:un|il)(?: nuov\w+)? (?:campus|data ?center|stabiliment\w*|impiant\w*)",
              r"investiment\w* in (?:ricerca|sviluppo|R&S|formazione|marketing|personale)"),
    "layoffs": (r"licenzi\w*", r"tagli\w* (?:di )?(?:\d[\d.]* )?(?:posti|dipendenti|lavorator\w*)",
                r"esuber\w*", r"posti di lavoro", r"layoffs?", r"ristruttura\w*"),
    # energy as a quantity bought or used ("1 GW di energia", "energia elettrica", consumption),
    # not an investor's sector ("il gruppo teramano dell'energia sottoscrive l'aumento")
    "energy": (r"(?:di|d')\s*energia", r"energia (?:elettrica|rinnovabile|pulita|verde|nucleare|solare|eolica)",
               r"energetic\w*", r"energivor\w*", r"elettricità", r"rete elettrica", r"terawattora",
               # consumption is energy's; "consumare come un data center" only as a figure of speech
               r"consum[oi]\b", r"consum\w* (?:\w+ ){0,2}?(?:energia|elettricità|kwh|mwh|gwh|twh|megawatt|mw|gigawatt|"
               r"gw)\b",
               r"TWh",
               # a power purchase agreement buys wind and sun, not compute
               r"eolic\w*", r"fotovoltaic\w*", r"agri-?voltaic\w*", r"agro-?voltaic\w*",
               r"PPA", r"power purchase agreements?", r"capacità solare",
               r"impiant\w* solar\w*", r"parc\w* solar\w*",
               r"bollett\w*"),
    "export": (r"restrizion\w*", r"export", r"esportazion\w*", r"svalutazion\w*", r"oner\w*",
               r"write-?down", r"charge", r"licenz\w* di esportazione", r"dazi\w*", r"stretta"),
    "price": (
               # rental by the hour: "un'ora di GPU H100 si noleggia a 1,90 dollari", "2 dollari all'ora"
               r"un'ora di", r"all'ora", r"GPU[- ]or[ae]", r"per ora di (?:GPU|calcolo|utilizzo)",
               r"cost[oaie]", r"costano", r"costerà", r"costeranno", r"prezz\w*", r"al mese",
               r"abbonament\w*", r"listino", r"per milione di token",
               # a customer buying software: "25mila licenze di Copilot, 11 milioni in tre anni"
               r"licenz[ae]\b", r"licenze d'uso", r"postazioni",
              r"in offerta", r"sconto",
              # English copy: "hourly prices between €1.60 and €3.20 for an H100"
              r"prices?", r"pricing", r"hourly", r"per hour", r"an hour"),
    "founding": (r"(?:fondat\w*|nat[oaie]|creat\w*|costituit\w*|lanciat\w*) (?:\w+ ){0,2}nel (?:19|20)\d\d",
                 r"(?:fondat\w*|nat[oaie]|creat\w*|costituit\w*|lanciat\w*) (?:\w+ ){0,5}"
                 r"(?:giorni|settimane|mesi|anni|anno|mese) fa"),
    "background": (r"avev\w*", r"aveva già", r"risal\w* (?:al|a|all['’]) (?:\w+ )?(?:19|20)\d\d",
                   r"la settimana scorsa", r"il mese scorso",
                   r"l'anno scorso", r"lo scorso (?:mese|anno)", r"er\w* stat\w*", r"in passato", r"precedent\w*",
                   r"nel (?:(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
                   r"novembre|dicembre) (?:del )?)?(?:19|20)\d\d", r"nel corso degli anni", r"negli anni",
                   r"a suo tempo",
                   r"a lungo (?:\w+ ){0,2}?(?:fornitor|partner|provider|cloud|investitor|soci)\w*",
                   # "arriva a due giorni dall'annuncio della Serie B": the round is the earlier news
                   *(w + r" dall['’](?:annuncio|ingresso|chiusura)" for w in ("giorni", "settimane", "mesi")),
                   # "dopo due round e 21 milioni raccolti": the rounds so far
                   r"dopo (?:due|tre|quattro|cinque|sei|\d) round",
                   # "all'indomani della firma del contratto tra X e Y": the other, earlier news
                   r"all['’]indomani (?:della|del|dell['’]|dello)",
                   # the narrative past: "nel 2019, quando Microsoft investì il primo miliardo"
                   r"investì", r"investirono", r"raccolse", r"raccolsero", r"firmò", r"firmarono", r"siglò",
                   r"annunciò", r"annunciarono", r"sottoscrisse", r"sottoscrissero", r"guidò", r"guidarono",
                   r"ottenne", r"ottennero", r"acquistò", r"acquistarono", r"entrò", r"entrarono",
                   r"negli ultimi (?:due|tre|quattro|cinque|sei|dieci|\d+) anni",
                   r"a (?:inizio|fine|metà) (?:del )?(?:19|20)\d\d",
                   # the pluperfect with "essere": "che si era impegnata ad acquistare", "era entrato"
                   r"si er(?:a|ano) impegnat\w*", r"er(?:a|ano) entrat\w*",
                   r"già investit\w*", r"già raccolt\w*", r"storicamente", r"al momento dell'annuncio",
                   # "tutto il capitale che la startup ha raccolto finora": what was raised so far
                   r"raccolt\w* (?:finora|fino ad oggi|fino a oggi|sinora|in passato|negli anni)",
                   r"finora raccolt\w*", r"sinora raccolt\w*",
                   # (not "modelli capaci di «ricordare»": the verb of recalling a fact)
                   r"ricordiamo", r"ricorda(?:to|ta)? che", r"come ricorda\w*", r"va ricordato", r"giova ricordare",
                   # "Anthropic, nella quale ha investito 8 miliardi": a relative clause recalls
                   # an earlier investment; "X resta il principale investitore di Y" is a state
                   *(w + r" (?:\w+ )?(?:ha|hanno|aveva|avevano) (?:già )?(?:investit\w*|finanziat\w*|puntat\w*)"
                     for w in ("nella quale", "nel quale", "nelle quali", "nei quali", "in cui", "su cui",
                               "sulla quale", "sul quale")),
                   *(w + r" (?:il |la |lo |l')?(?:suo |sua |loro )?(?:principale|primo|prima|maggiore|"
                         r"più grande) (?:investitor\w*|azionista|soci[oa]|partner|finanziator\w*|fornitor\w*)"
                     for w in ("resta", "rimane", "restano", "rimangono", "è già", "era già")),
                   # "AWS resta il suo partner principale per l'addestramento": an existing relationship
                   *(w + r" (?:il |la |lo |l')?(?:suo |sua |loro )?(?:investitor\w*|azionista|soci[oa]|partner|"
                         r"finanziator\w*|fornitor\w*|cloud|provider) (?:\w+ )?(?:principale|primario|di riferimento)"
                     for w in ("resta", "rimane", "restano", "rimangono")),
                   # "Sei mesi fa X chiudeva il suo seed": a time ago is a past deal
                   r"giorni fa", r"settimane fa", r"mesi fa", r"anni fa", r"anno fa", r"mese fa",
                   r"un anno prima", r"un mese prima", r"una settimana prima",
                   # "Era il novembre dello scorso anno quando X annunciava…": past narrative
                   r"scorso anno", r"anno scorso",
                   *(w + r"va(?:no)?" for w in ("annuncia", "chiude", "raccoglie", "incassa", "firma", "sigla",
                                                 "ottene", "investi", "completa", "porta", "impegna", "mette",
                                                 "acquista", "si impegna")),
                   # English copy: "which raised 14 million euros from investors in 2024"
                   r"in (?:19|20)\d\d", r"last year", r"earlier this year", r"previously", r"had raised",
                   r"which raised", r"(?:in|last) (?:january|february|march|april|may|june|july|august|september|"
                   r"october|november|december)\b(?! \d)",
                   # "un mese dopo l'investimento da 400 milioni di AMD di gennaio": a deal of a named month
                   # (or of a season: "i 4,5 miliardi del round di Serie A dell'estate 2024")
                   *(w + r"\b[^.;:]{0,60}? (?:(?:di|del|dello scorso|dell'ultimo) (?:gennaio|febbraio|marzo|aprile|"
                     r"maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)|dell'(?:estate|autunno|inverno)|"
                     r"della primavera)(?: (?:del )?(?:19|20)\d\d)?\b(?! \d)"
                     for w in ("investimento", "round", "accordo", "contratto", "aumento di capitale")),
                   # "basti pensare all'accordo da 300 miliardi con Oracle di cui si è parlato"
                   r"basti pensare", r"di cui si è (?:parlato|scritto|discusso)",
                   r"si (?:è|era) (?:parlato|scritto|discusso) di", r"rispetto agli impegni",
                   # "L'ultimo round, una Serie C da 70 milioni, risale a marzo 2024"
                   r"risal(?:e|gono|ente|enti|iva|ivano) a",
                   # "all'accordo da 1,2 miliardi firmato in primavera": an earlier deal recalled
                   # (one entry per noun: an entry starting with a literal is tried before the
                   # shorter "accordo da" at the same word)
                   # ("il seed da 6 milioni chiuso a marzo": a participle with a past time, after the noun)
                   *(w + r"\b[^.;:]{0,60}?(?:firmat|siglat|chius|sottoscritt|annunciat)[oaie] (?:\w+ ){0,2}?"
                     r"(?:in (?:primavera|estate|autunno|inverno)|lo scorso \w+|l'anno scorso|a inizio anno|"
                     r"nei mesi scorsi|(?:a|ad|in|nel|lo scorso) (?:gennaio|febbraio|marzo|aprile|maggio|giugno|"
                     r"luglio|agosto|settembre|ottobre|novembre|dicembre))"
                     for w in ("accordo", "contratto", "intesa", "round", "impegno", "investimento",
                               "aumento di capitale", "seed", "pre-seed", "serie"))),
    # (not "acquisisce il 20% di X": a minority stake is an investment, see FUNDING_TERMS)
    "acquisition": (r"acquisizion\w*", r"acquisi\w*" + _NOT_MINORITY,
                    r"rilev\w* (?:il 100|l'intera|tutta|tutte)", r"acquired",
                    r"acquisition",
                    r"comprat\w*", r"fusione", r"incorpora\w*", r"prezzo (?:di acquisto|pagato)",
                    # "Il gruppo catanese Orsa compra la startup dei chatbot Ciclope AI"
                    *(w + r" (?:la |il |l['’])?(?:startup|società|azienda|scale-?up)\b" for w in ("compra", "comprano",
                                                                                                "rileva", "rilevano"))),
    "public_funding": (r"fondo perduto", r"EIC", r"Horizon Europe", r"Pnrr", r"bando",
                       r"programma (?:pubblico|europeo|quadro)", r"Commissione europea",
                       r"fondi pubblici", r"risorse pubbliche", r"governo", r"InvestAI",
                       r"ministero", r"contribut\w* pubblic\w*",
                       # the law, not "legge" (reads): "l'IA che legge i vetrini"
                       *(w + " legge" for w in ("la", "una", "nuova", "della", "dalla", "alla", "nella", "sulla")),
                       r"legge (?:di bilancio|delega|quadro|sull\w*)",
                       r"disegno di legge", r"decreto\w*",
                       r"Unione europea", r"fond\w* (?:pubblic|europe|statal)\w*",
                       r"programm\w* (?:\w+ )?(?:pubblic|europe|nazional|comunitari)\w*", r"Invitalia",
                       r"Mimit", r"ministr\w*", r"stanziament\w*", r"partenariato pubblico-privato",
                       r"European Innovation Council", r"piano (?:pubblico|nazionale|europeo)",
                       # public procurement: a tender's winner sells, the public buyer is no AI company
                       r"gar[ae] (?:d'appalto|pubblic\w*|europe\w*|d'acquisto)", r"appalt\w*",
                       r"aggiudicat\w*", r"base d['’]asta", r"ribasso (?:d['’]asta|del \d+)"),
    # the clause says there is NO deal: "non prevede alcun investimento", "senza investimenti",
    # "niente round", "non è un investimento di X in Y", "non ha firmato alcun contratto"
    "negation": (
                 # "i 300 milioni sono richieste di prestito, non soldi raccolti da Pagozen"
                 r"non (?:sono )?(?:soldi|fondi|capitali|risorse|denaro) (?:raccolt|investit|ricevut)\w*",
                 # "AWS non entra nel capitale di Aurelia": a partner that takes no stake
                 r"non entra(?:no)? (?:\w+ )?(?:nel capitale|nel cap table|nell'azionariato)",
                 # a search that failed: "abbiamo cercato un nuovo round per sei mesi, senza trovarlo"
                 *(w + r"\w* (?:\w+ ){0,3}?(?:round|finanziament\w*|investitori|capitali|acquirent\w*)\b[^.;]{0,60}?"
                   r"senza (?:trovarl\w*|trovare|successo|riuscirci|esito)" for w in ("cercat", "cerca", "provat")),
                 r"non (?:è|sono|siamo) riuscit\w* a (?:raccogliere|chiudere|trovare)",
                 # "si tratta di un contratto di fornitura, non di un round"
                 r"non di (?:un |una |un')?(?:round|investiment\w*|aumento di capitale|finanziamento)",
                 # a round not opened yet: "la Serie A dovrebbe aprirsi in autunno"
                 r"(?:dovrebbe|dovrebbero|potrebbe|potrebbero) (?:aprirsi|partire|essere avviat\w*)", r"si aprirà",
                 r"non (?:prevede|comporta|include|implica|contempla) (?:alcun\w* |nessun\w* )?(?:\w+ |l'){0,2}?"
                 r"(?:investiment\w*|impegn\w*|round|aumento|acquist\w*|ingresso(?: di [\w.-]+(?: [\w.-]+){0,2})? "
                 r"nel capitale|partecipazion\w*)",
                 # verbless: "Non un round, ma un prestito" (not "non un round qualsiasi")
                 r"non (?:un |una |un')(?:round|investiment\w*|aumento di capitale)\b(?! (?:qualsiasi|qualunque|come))",
                 # awaited, not done: "il mercato aspetta il primo vero round di crescita"
                 *(w + r" (?:ancora )?(?:il|un|una|la) (?:\w+ ){0,2}?(?:round|investiment\w*|aumento di capitale)"
                   for w in ("aspetta", "aspettano", "attende", "attendono")),
                 r"non (?:è|e'|si tratta di|sarà|sono) (?:un |una |un'|degli |dei )?(?:investiment\w*|round|"
                 r"finanziament\w*|aumento di capitale|ingresso nel capitale)",
                 r"non (?:ha|hanno) (?:ancora )?(?:firmato|siglato|sottoscritto|chiuso|raccolto|ricevuto) "
                 r"(?:alcun\w*|nessun\w*)",
                 r"non (?:raccoglie|raccoglierà|cerca|sta raccogliendo) (?:\w+ ){0,2}?(?:risorse|capitali|soldi|fondi)",
                 r"non (?:abbiamo|ha|hanno) bisogno di (?:raccogliere|capitali|nuovi capitali|soldi|finanziamenti)",
                 r"nessun\w* (?:nuov\w* )?(?:capital\w*|investiment\w*|impegn\w*|round|aumento di capitale|"
                 r"operazion\w*|trattativ\w*|contratt\w*|accord\w* di acquisto)",
                 r"senza (?:alcun\w* |nessun\w* )?(?:investiment\w*|impegn\w*|round|soldi|capitali)",
                 r"niente (?:nuov\w* )?(?:round|investiment\w*|soldi|capitali)",
                 # not settled yet: "gli altri investitori sono ancora da definire", "un round «allo studio»",
                 # "un periodo di esclusiva per negoziare una Serie B", "se il deal va in porto", "se raccogliamo"
                 r"ancora da definire", r"allo studio", r"da lanciare", r"per negoziare", r"periodo di esclusiva",
                 r"se (?:\w+ ){0,3}?(?:va|andrà|andasse) in porto",
                 r"se (?:raccogliamo|raccoglieremo|chiudiamo|chiuderemo)",
                 # "non è previsto alcun aumento di capitale"; an indirect question ("alla domanda se
                 # sia in preparazione un nuovo round") states nothing
                 r"non (?:è|sono|era|erano) previst\w*", r"(?:domanda|chiesto|chiede\w*|chiedere) se",
                 r"(?:does|do|did) not plan to", r"no plans to", r"non prima (?:del|della|di|dell')",
                 r"non (?:è|sono) attes[oaie] prima",
                 # an aim or an option, not the result: "punta a raccogliere 5 milioni entro fine anno",
                 # "sta valutando un round"
                 *(w + r" (?:a |di )?raccogliere" for w in ("punta", "puntano", "mira", "mirano", "conta", "contano",
                                                           "intende", "intendono", "spera", "sperano", "vuole",
                                                           "vogliono", "prevede di", "prevedono di")),
                 r"sta valutando", r"stanno valutando",
                 # preparing, seeking or negotiating, not done: "prepara la serie C", "cerca 30 milioni",
                 # "negozia un'esclusiva con Google Cloud"
                 *(w + r" (?:la |il |un |una |l['’])?(?:nuov\w* )?(?:round|serie|aumento|raccolta)" for w in (
                     "prepara", "preparano", "sta preparando", "stanno preparando")),
                 *(w + r"(?=$| (?:(?:circa|oltre|fino a) )?(?:\d|[a-zà-ú]+ (?:milion|miliard)))" for w in (
                     "cerca", "cercano", "sta cercando", "stanno cercando")),
                 r"negozia(?:no)?\b", r"sta(?:nno)? negoziando",
                 # "«Non stiamo raccogliendo»", "ha risposto alle voci su un round da 30 milioni"
                 r"non (?:stiamo|sta|stanno) (?:raccogliendo|cercando (?:capitali|investitori|fondi|soldi))",
                 r"voci (?:su|di|circa) (?:un |una )?(?:\w+ )?(?:round|investiment\w*|aumento|raccolta)",
                 # not binding, given up: "un memorandum d'intesa per un possibile investimento", "ha
                 # rinunciato al round"
                 r"memorandum d'intesa", r"protocollo d'intesa", r"MoU",
                 r"possibil\w* (?:investiment\w*|round|ingresso)",
                 *(w + r" (?:al|all'|a un|a una|ad un) (?:\w+ )?(?:round|investimento|aumento|finanziamento|raccolta)"
                   for w in ("ha rinunciato", "hanno rinunciato", "rinuncia", "rinunciano")),
                 # a target, not the result: "l'obiettivo era raccogliere 500.000 euro"
                 r"obiettivo (?:era|è|iniziale era|iniziale) (?:di )?raccogliere",
                 # a plan in the first person: "pensiamo a un round entro fine anno", "il prossimo
                 # passo sarà cercare investitori"
                 r"pens\w* (?:a|ad) (?:un |una |un'|nuov\w* |altr\w* )*(?:round|raccolta|aumento di capitale|"
                 r"[Ss]erie [A-F]|finanziament\w*)",
                 *(w + r" (?:nuovi |altri |dei )?(?:investitori|capitali|finanziatori)"
                   for w in ("cercare", "trovare")),
                 r"non vincolant\w*", r"term sheet",
                 # a headline quoted, a sum that is still a hypothesis
                 r"hanno titolato", r"ha titolato", r"rest\w* un['’]ipotesi",
                 # ruled out or left open, either way not done: "ha escluso il ricorso a un nuovo aumento
                 # di capitale", "non esclude un nuovo round nel 2027"
                 r"esclu(?:de|dono|so|sa|deva|dendo) (?:\w+ |l'|un'){0,5}?(?:round|aumento di capitale|raccolta|"
                 r"finanziament\w*)",
                 r"(?:è|sono) previst\w* (?:«\s*)?non prima",
                 # "di non finanziare i concorrenti", "non investirà in X"
                 r"non (?:finanzi\w*|invest\w*|sosterr\w*)",
                 # "non c'è alcun aumento di capitale"
                 r"non c['’]è (?:stat[oa] )?(?:alcun\w* |nessun\w* |un |una |un')?(?:nuov\w* )?(?:investiment\w*|round|"
                 r"aumento di capitale|finanziament\w*|raccolta|impegn\w*|contratt\w*)",
                 # "resta libera di comprare GPU da altri": a freedom, not a purchase
                 r"rest\w* liber\w* di", r"riman\w* liber\w* di", r"sarà liber\w* di", r"è liber\w* di",
                 r"liber\w* di (?:comprare|acquistare|usare|utilizzare|rivolgersi|scegliere)"),
    # shares changing hands, not new money for the company: employee sales, tender offers,
    # a vendor's warrant or share options granted to its customer
    "secondary": (r"vend\w* (?:\w+ ){0,3}(?:azioni|quote|titoli)", r"mercato secondario",
                  # (one entry per noun: it must win over the shorter deal noun "operazione")
                  *(w + r" (?:\w+ )?secondari\w*" for w in ("vendita", "vendite", "operazione", "cessione",
                                                             "cessioni", "transazione", "offerta")),
                  r"pass\w* di mano",
                  r"secondary", r"tender offer", r"azioni (?:dei|degli|detenute dai|in mano ai) (?:\w+ )?"
                  r"(?:dipendenti|soci|fondatori)", r"buyback", r"riacquist\w* di azioni", r"warrant\w*",
                  r"opzion\w* (?:su|per acquistare|di acquisto (?:su|di)) (?:\w+ ){0,3}azioni", r"stock option\w*"),
    # debt, not equity: a bond issue ("un round che include una tranche di debito" stays funding:
    # these words are about bonds and debt issues only)
    # (a convertible note is equity to come: "prestito obbligazionario convertibile" is funding)
    # a customer's order won, not money raised nor capacity bought: "contratto da 3 milioni con una banca:
    # «il nostro primo grande cliente»", "lands €4m contract with national rail operator"
    "customer": (r"commess[ae]\b", r"primo (?:grande )?cliente", r"nuovo (?:grande )?cliente",
                 r"contract with (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:operator|customer|client|bank|insurer|retailer|"
                 r"utility|ministry|hospital|railway)",
                 *(w + r" (?:di fornitura )?(?:da [^.;:]{0,30}? )?con (?:una|un|la|il|l') ?(?:banca|ospedale|comune|"
                   r"regione|compagnia|utility|catena|assicurazione|ferrovie|ministero|azienda sanitaria|asl)\b"
                   for w in ("contratto", "accordo")),
                 r"customer contract"),
    # a rumour the company denies: "Fenice AI smentisce l'investimento di Nvidia"
    "denial": (r"smentisc\w*", r"smentit[oaie]", r"smentita", r"nega(?:no)? (?:di|che|ogni|qualsiasi)",
               r"did not (?:raise|close|sign)", r"didn't (?:raise|close|sign)", r"has not raised", r"denie[sd]",
               # "nega l'accordo esclusivo con Nvidia", "ha negato di aver firmato"
               r"nega(?:no)? (?:l['’]|il |la |un |una )(?:accordo|intesa|round|investimento|ingresso|esclusiva|"
               r"contratto)",
               r"(?:ha|hanno) negato",
               r"priv[oa] di fondamento", r"destituit\w* di (?:ogni )?fondamento", r"non ha alcun fondamento"),
    # a fund raising money for itself, not for a company: "primo closing del fondo X a 150 milioni"
    # (not a round's first closing: "il primo closing del round Serie A a 5 milioni")
    "fund_raise": (r"primo closing(?![^.;:]{0,40}?\b(?:round|[Ss]erie [A-F]|seed|aumento di capitale))",
                   r"closing (?:finale|intermedio|definitivo)", r"obiettivo di raccolta",
                   r"(?:il|un|del|dal|al) (?:suo |loro |proprio )?(?:primo|secondo|terzo|quarto) fondo",
                   r"(?:suo|loro|proprio) nuovo fondo", r"(?:Fondo|Fund) (?:II|III|IV|2|3)\b",
                   # English: "has closed its second fund at €60m", "limited partners include…"
                   *(w + r" fund\b" for w in ("second", "third", "fourth", "new", "debut", "maiden", "first-time")),
                   *(w + r" (?:a |its |their )?(?:[\w€$£.,]+ ){0,2}fund\b" for w in ("closes", "closed", "raises",
                                                                                    "raised")),
                   r"limited partners",
                   # what a fund does, not a deal: "società di venture capital che investe in startup"
                   r"invest(?:e|ono) in (?:startup|società|aziende|imprese|progetti)\b",
                   # "un programma da 200 milioni per investire in startup dell'intelligenza artificiale"
                   r"per investire in (?:startup|società|aziende|imprese|progetti)\b",
                   r"ha investito (?:dal|nel|in) (?:\w+ ){0,3}?(?:società|startup|aziende)",
                   r"target di raccolta", r"raccolta del fondo", r"dimensione del fondo",
                   # a fund's ticket sizes ("ticket tra uno e otto milioni", "da 300 mila a 3 milioni"), not
                   # a lead's share ("con un ticket di 6 milioni")
                   *(w + r" (?:tra|compresi|medi\w*|iniziali|minim\w*|massim\w*|fino a|da [^.;:]{1,20}? a)\b"
                     for w in ("ticket", "biglietti")),
                   r"investendo il fondo", r"fondo attuale", r"first close", r"final close",
                   # a fund's vintage ("la raccolta di Lagare Ventures III") and its investors
                   *(w + r" (?:II|III|IV)\b" for w in ("Ventures", "Venture", "Capital", "Partners", "Growth",
                                                       "Tech", "Innovation", "Opportunities")),
                   r"raccolta presso", r"limited partner\w*", r"sottoscrittori (?:del|dei) (?:fondo|veicolo|fondi)",
                   r"nuovo veicolo",
                   # an asset manager's size: "con circa 210 milioni di euro in gestione"
                   r"in gestione", r"masse gestite", r"asset under management", r"(?-i:AuM|AUM)",
                   r"patrimonio gestito", r"attivi gestiti"),
    "debt": (r"bond", r"obbligazion\w*(?! convertibil)", r"prestito obbligazionario(?! convertibil)",
             r"emission\w* (?:di )?(?:debito|bond)",
             # a bank loan: "un finanziamento da 15 milioni assistito dalla garanzia pubblica"
             r"mutu[oi]", r"prestit\w* bancari\w*", r"rimbors\w*",
             # a bank lending: "Intesa Sanpaolo ha concesso un finanziamento da 5 milioni"
             *(w + r" (?:un |il )?(?:nuovo )?finanziament\w*" for w in ("concesso", "concede", "concedono", "erogato",
                                                                        "eroga", "erogano", "accordato")),
             r"finanziament\w* bancari\w*", r"debito bancario",
             r"linea di credito", r"linee di credito",
             r"richiest\w* di (?:prestit\w*|finanziament\w*|credito)",
             r"garanzia (?:pubblica|statale|del fondo|di sace|sace)",
             r"finanziament\w* a (?:medio|lungo|breve)", r"preammortamento", r"credito bancario",
             r"collocamento (?:di )?(?:debito|bond)", r"cedol\w*", r"green bond\w*",
             # loans in English copy ("a €750 million green loan with a pool of banks")
             r"loans?", r"green loans?", r"term loans?", r"credit (?:facility|facilities|line|lines)",
             r"project financ\w*", r"pool di banche", r"mandated lead arranger\w*", r"mini-?bond\w*",
             # the instrument is the loan: "ha ottenuto un finanziamento di venture debt da 5 milioni"
             r"finanziament\w* (?:di |in |in forma di )?venture debt", r"line[ae] di venture debt",
             # a subsidised public loan: "un finanziamento agevolato a tasso zero"
             r"finanziament\w* agevolat\w*", r"a tasso zero", r"a tasso agevolato",
             r"(?:nella forma del|nella forma di|in forma di|sotto forma di) (?:venture debt|debito|prestit\w*)",
             # "dalla BEI un prestito da 12 milioni", "capitale non diluitivo" (not a convertible loan)
             r"prestit[oi](?! (?:obbligazionari\w* )?convertibil)", r"(?:capitale|finanziamento) non diluitiv\w*"),
    # use of proceeds: "i 70 milioni saranno destinati all'acquisto di GPU" spends the round,
    # it commits to no purchase from a vendor
    "proceeds": (r"saranno destinat\w*", r"sarà destinat\w*", r"destin(?:a|ano|erà|eranno)\b",
                 r"verranno (?:usat|utilizzat|impiegat)\w*",
                 r"verrà (?:usat|utilizzat|impiegat)\w*", r"serviranno (?:a|ad|per)", r"servirà (?:a|ad|per)"),
    "cost": (r"costo di addestramento", r"costat\w*", r"è costato", r"spes\w* per addestrare",
             r"aver addestrato", r"ha(?:nno)? addestrato",
             # "il modello è stato addestrato su un cluster noleggiato": past training usage,
             # not a commitment to buy capacity
             r"è stat[oa] (?:\w+ )?(?:addestrat\w*|allenat\w*)", r"sono stat[ie] (?:\w+ )?(?:addestrat\w*|allenat\w*)",
             r"è stat[oa] (?:\w+ )?pre-?addestrat\w*"),
    # the value of an option not yet exercised: "se esercitata, porterebbe il valore oltre i 260 milioni"
    "option": (r"se (?:\w+ ){0,2}?esercitat\w*", r"qualora (?:\w+ ){0,2}?esercitat\w*",
               r"in caso di esercizio (?:dell'|di un'|delle )?opzion\w*", r"esercizio (?:dell'|delle )opzion\w*"),
}

CUMULATIVE_TOTAL_TERMS: tuple[str, ...] = (
    r"total\w*", r"complessiv\w*", r"in tutto", r"cumulat\w*", r"in totale", r"l'intero capitale",
)
CUMULATIVE_CONTEXT_TERMS: tuple[str, ...] = (
    # with a total word, these make the amount a running total of the relationship, always
    r"dal (?:19|20)\d\d", r"finora", r"ad oggi", r"a oggi", r"fino ad oggi", r"investit[oaie]",
    r"raccolt[oaie]", r"stanziat[oaie]", r"in passato", r"esposizione", r"so far", r"to date",
    r"dalla (?:sua )?fondazione", r"dalla nascita",
)
CUMULATIVE_RAISE_TERMS: tuple[str, ...] = (
    # with a total word, these make a running total unless the clause speaks of new / future money
    r"portand\w*", r"porta", r"portare", r"sale", r"salire", r"salgono", r"arriv\w*", r"raggiung\w*",
    r"tocca\w*", r"raddoppi\w*", r"bringing",
)
NEW_MONEY_TERMS: tuple[str, ...] = (
    r"nuov[oaie]", r"prossim[oaie]", r"nei prossimi (?:mesi|anni)", r"ulterior\w*", r"aggiuntiv\w*",
    r"fresh", r"new",
)

# Phrases whose deal word is used in another sense: matched as a whole they belong to no
# category, so the word inside gives no cue ("la raccolta dei dati" is not a fundraise). An entry
# is tried before the shorter entries that start at the same word (see docs/detection.md "Tuning").
STOP_PHRASES: tuple[str, ...] = (
    r"raccolt[ae] (?:(?:dei|di|delle|della|degli) )?(?:dati|rifiuti|firme|frutta|olive|uva|ortaggi|informazioni|"
    r"feedback|segnalazioni|candidature|prenotazioni)",
    # "secondo le informazioni raccolte", "dati raccolti da bracci robotici"
    *(w + r" raccolt[oiae]" for w in ("dati", "informazioni", "indiscrezioni", "testimonianze", "dichiarazioni",
                                      "voci", "notizie", "firme", "opinioni", "segnalazioni", "prove")),
    # "modelli per il mercato europeo": the market a company sells to, not a market's size
    r"per il mercato (?:italiano|europeo|globale|mondiale)",
    # a delivery date, not a quarter's results: "consegne a partire dal primo trimestre del 2026"
    *(w + r" (?:primo|secondo|terzo|quarto|prossimo|ultimo) trimestre"
      for w in ("dal", "nel", "entro il", "al", "tra il", "fra il")),
    # a bond's book: "raccogliendo ordini per circa 2,3 miliardi"
    r"raccogl\w* ordini", r"raccolt[oi] ordini", r"raccolta (?:di |degli )?ordini",
    r"raccolt[ae] differenziata", r"raccolt[ae] in serra", r"robot (?:\w+ )?per la raccolta",
    # "il gruppo energetico sottoscrive l'aumento": the investor's trade, not an energy figure
    *(w + r" energetic[oaih]\w*" for w in ("gruppo", "gruppi", "colosso", "società", "multinazionale",
                                           "compagnia", "azienda", "aziende", "utility", "multiutility",
                                           "operatore", "big", "major")),
    # a supplier's backlog is its revenue to come, not a buyer's order
    r"portafoglio (?:di )?ordini", r"ordini in portafoglio",
    # a consortium of bidders led by a company: "il raggruppamento di imprese guidato da X"
    *(w + r"\w* (?:\w+ ){0,3}?guidat\w* da" for w in ("raggruppament", "consorzi")),
    # dedicated capacity, not a sole vendor: "512 GPU dedicate in via esclusiva a Neuroscopia"
    # (or a purpose: "il primo campus progettato esclusivamente per il calcolo")
    *(w + r"\w* (?:in via esclusiva|in esclusiva|esclusivamente)" for w in ("dedicat", "riservat", "assegnat",
                                                                            "progettat", "pensat", "concepit")),
    # an investment already described, referred to: "a rendere bancabile un investimento di queste dimensioni"
    *(w + r" (?:di queste dimensioni|di questa portata|di tale portata|di questo tipo|del genere|simil[ei])"
      for w in ("un investimento", "investimenti", "un finanziamento", "un'operazione", "operazioni")),
    # a company's product, not a market forecast: "modelli per la previsione delle valanghe"
    *(w + r" prevision[ei]" for w in ("per la", "per le", "modelli di", "sistemi di", "software di",
                                     "algoritmi di", "piattaforma di", "motore di")),
    r"previsioni meteo",
    # fresh money, not the cash position: "otto milioni di euro in più in cassa"
    r"in più in cassa",
    # "non solo chip, ma anche software": not an exclusive
    r"non solo", r"non soltanto",
    # a name, not a loan: "Cassa depositi e prestiti"
    r"depositi e prestiti",
    # "una cifra che non ha precedenti": unprecedented, not a precedent
    r"non ha precedenti", r"non hanno precedenti", r"senza precedenti",
    # English idioms: "the other way round", "all year round"
    r"the other way round", r"other way round", r"all year round", r"round the clock", r"round-?trip\w*",
    # a dedicated machine, not a sole vendor: "per l'uso esclusivo di un cluster di 2.048 GPU"
    r"uso esclusivo (?:di|del|dei|della|delle) (?:un |una |uno )?(?:cluster|server|nod[oi]|rack|supercomputer|"
    r"sistem[ai]|macchin[ae]|data ?center|capacità|infrastruttur\w*)",
    # leaving a multi-cloud set-up is the move to one provider, not a non-exclusive deal
    *(w + r"\w* (?:\w+ |l'){0,4}?multi-?cloud" for w in ("abbandon", "lasc", "super", "dismett")),
)


BOILERPLATE_LINES: tuple[str, ...] = (
    # lines extraction lets through that are never part of the article's own text
    r"leggi anche", r"potrebbe interessarti", r"articoli correlati", r"ti potrebbe interessare",
    r"i più letti", r"le più lette", r"più lett\w*", r"ultim'ora", r"in evidenza", r"dal forum",
    r"commenti? \(\d+\)", r"\d+ commenti", r"abbonati", r"iscriviti", r"newsletter",
    r"scarica gratis", r"whitepaper", r"cookie\w*", r"pubblicità", r"riproduzione riservata",
    r"tutti i diritti riservati", r"accedi o registrati", r"sei già abbonato", r"continua a leggere",
    r"segui(?:ci)? su", r"condividi", r"tag:", r"foto:", r"credits?:", r"fonte:", r"read more",
    r"related", r"sponsored", r"offerte?", r"vedi anche", r"approfondisci", r"guarda anche",
)

ROUNDUP_TITLE_TERMS: tuple[str, ...] = (
    # titles of pages that report several separate deals: one Deal per target is then raised
    r"round della settimana", r"(?:i|tutti i) round", r"investimenti della settimana",
    r"raccolte della settimana", r"roundup", r"startup che hanno raccolto", r"settimana (?:dei|di) round",
    r"funding (?:news|roundup)", r"deal della settimana",
    # weekly and daily news digests and live blogs: several separate items, each judged on its own
    r"notizie della settimana", r"notizie del giorno", r"notizie della giornata", r"la settimana (?:in|tech)",
    r"in breve", r"in pillole", r"(?:la )?diretta", r"live ?blog", r"rassegna",
    # a month's or a week's deals: "Ottobre nell'HR tech: sette round, un'acquisizione", "riepilogo mensile"
    r"round del mese", r"riepilogo", r"la newsletter", r"bollettino", r"digest",
    *(n + r" round\b" for n in ("tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", r"\d+")),
)

NOT_NAMES: tuple[str, ...] = (
    # capitalised words that are never companies (sentence openers, titles, months, places…)
    "Il", "Lo", "La", "Le", "Li", "Gli", "I", "Un", "Uno", "Una", "E", "Ed", "Ma", "Per", "Con", "Secondo",
    "Nel", "Nella", "Nei", "Negli", "Nelle", "Dal", "Dalla", "Dai", "Del", "Della", "Dei", "Degli",
    "Al", "Alla", "Ai", "Agli", "In", "A", "Da", "Di", "Su", "Sul", "Sulla", "Tra", "Fra", "Non",
    "Anche", "Ad", "Oggi", "Ieri", "Domani", "Lei", "Voi", "Natale", "Pasqua", "Ferragosto",
    "Questo", "Questa", "Questi", "Queste", "Quello", "Altro", "Altra", "Altri", "Altre",
    "Quella", "Come", "Cosa", "Chi", "Dove", "Quando", "Perché", "Se", "Si", "Ci", "Ne", "Poi",
    "Dopo", "Prima", "Infatti", "Tuttavia", "Inoltre", "Intanto", "Insomma", "Ecco", "Resta",
    "Restano", "Rimane", "Rimangono", "Euronext", "Euronext Growth Milan", "Euronext Milan", "Piazza Affari",
    "Borsa Italiana", "FTSE MIB",
    "Adesso", "Ora", "Già", "Proprio", "Mentre", "Entro", "Oltre", "Circa", "Fino", "Sono", "È",
    "Era", "Ha", "Hanno", "Nessun", "Nessuna", "Ogni", "Tutti", "Tutto", "Dentro", "Fonte",
    "Articolo", "Foto", "Video", "Commenti", "Abbonati", "Leggi", "Vai", "The", "An", "Of",
    "Gennaio", "Febbraio", "Marzo", "Aprile", "Maggio", "Giugno", "Luglio", "Agosto", "Settembre",
    "Ottobre", "Novembre", "Dicembre", "Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì",
    "Sabato", "Domenica", "Serie", "Series", "Seed", "IA", "AI", "LLM", "GPU", "TPU", "CEO", "Ceo", "HR", "MW", "GW",
    "Existing", "Pre-seed", "Startup", "Startups", "Scaleup", "Totale",
    "Incassa", "Raccoglie", "Chiude", "Ottiene", "Investe", "Entra", "Contratti", "Accordi",
    "Italia", "Europa", "Stati Uniti", "Usa", "USA", "Cina", "Francia", "Germania", "Spagna",
    "Regno Unito", "Londra", "Parigi", "Milano", "Roma", "Torino", "Napoli", "Bari", "Bologna",
    "Firenze", "Prato", "Venezia", "Genova", "San Francisco", "Seattle", "New York", "Redmond",
    "Bruxelles", "Amsterdam", "Berlino", "Israele", "India", "Giappone", "Sud", "Nord", "Pnrr",
    "Ue", "UE", "Unione europea", "Commissione", "Commissione europea", "Governo", "Borsa",
    "Nasdaq", "Wall Street", "Bloomberg", "Reuters", "The Information", "Financial Times",
    "Wall Street Journal", "New York Times", "Semafor", "Claude", "ChatGPT", "Gemini", "Copilot",
    "Llama", "Le Chat", "Grok", "Big Tech", "Osservatorio", "Politecnico", "Round", "Contratto",
    "Accordo", "Investimento", "Finanziamento",
    # first-person verbs opening a sentence (reviews, columns): the writer, never a company
    "Abbiamo", "Ho", "Siamo", "Usiamo", "Proviamo", "Abbiamo provato", "Vogliamo", "Possiamo",
    "Preferisco", "Preferiamo", "Credo", "Crediamo", "Penso", "Pensiamo", "Voglio", "Speriamo", "Puntiamo",
    "Lavoriamo", "Stiamo", "Contiamo", "Abbiam",
    # common words that open titles ("Metà di ogni round finisce in GPU")
    "Metà", "Tutte", "Nessuno", "Molti", "Pochi", "Troppi",
    # products people use, never the company in a deal ("un nuovo pulsante in Outlook, Word e Teams")
    "Outlook", "Word", "Teams", "Excel", "PowerPoint", "Office", "Windows", "Android", "iOS", "iPhone",
    # interview questions and acronyms that are never companies
    "Avete", "Siete", "Potete", "Volete", "Dovete", "Quanto", "Quali", "Quale", "SAFE", "ARR", "IPO", "CTO",
    "PMI", "AGCM", "D", "R",
    # sentence-opening adverbs ("Contestualmente Corallo AI ha sottoscritto…")
    "Contestualmente", "Parallelamente", "Infine", "Successivamente", "Nel frattempo",
    "Insieme", "Così", "Quindi", "Dunque", "Invece",
    # regions (and their capitals are in the cities above): a place, not a company
    "Piemonte", "Lombardia", "Veneto", "Liguria", "Emilia-Romagna", "Emilia Romagna", "Toscana", "Umbria",
    "Marche", "Lazio", "Abruzzo", "Molise", "Campania", "Puglia", "Basilicata", "Calabria", "Sicilia",
    "Sardegna", "Trentino", "Alto Adige", "Friuli", "Friuli Venezia Giulia", "Valle d'Aosta", "Regione",
    # English newsletter labels before a name ("lead Tidewater"), currency codes, English copy
    "Lead", "USD", "EUR", "GBP", "CHF", "English", "Italian", "Milan", "Rome", "Turin",
)

VENDOR_SUFFIXES: tuple[str, ...] = (
    # last words of an unlisted company's name that make it a likely supplier, not the target
    "Semiconductors", "Semiconductor", "Semiconduttori", "Cloud", "Compute", "Datacenter", "Datacenters",
    "Campus", "DC", "Chips", "Infrastructure", "Grid",
)

PLACES: tuple[str, ...] = (
    # a place standing alone is never a party ("il fondo di Boston", "nel campus di Jesi"); unlike
    # NOT_NAMES, a longer name that starts with one keeps it ("Pisa Angels", "Boston Dynamics")
    "Boston", "Palo Alto", "Menlo Park", "Mountain View", "Cupertino", "Santa Clara", "Austin",
    "Los Angeles", "Toronto", "Montreal", "Dublino", "Lisbona", "Madrid", "Barcellona", "Monaco",
    "Zurigo", "Ginevra", "Berna", "Basilea", "Losanna", "Zugo", "Lugano", "Bellinzona", "Locarno",
    "Mendrisio", "Chiasso", "Ticino", "Vienna", "Praga", "Varsavia", "Stoccolma", "Oslo", "Helsinki", "Copenaghen",
    "Lussemburgo", "Tel Aviv", "Dubai", "Abu Dhabi", "Riad", "Singapore", "Pechino", "Shanghai",
    "Shenzhen", "Tokyo", "Seul", "Bangalore", "Texas", "California", "Ohio", "Islanda", "Norvegia",
    "Svezia", "Finlandia", "Danimarca", "Olanda", "Paesi Bassi", "Svizzera", "Austria", "Portogallo",
    "Trento", "Bolzano", "Verona", "Padova", "Vicenza", "Treviso", "Trieste", "Udine", "Brescia",
    "Bergamo", "Como", "Monza", "Varese", "Pavia", "Novara", "Cuneo", "Parma", "Modena",
    "Reggio Emilia", "Ferrara", "Ravenna", "Rimini", "Pisa", "Siena", "Lucca", "Livorno", "Perugia",
    "Ancona", "Pescara", "Salerno", "Lecce", "Taranto", "Foggia", "Palermo", "Catania", "Messina",
    "Cagliari", "Jesi",
    # the rest of the provincial capitals and some areas (the regions are in NOT_NAMES): a regional
    # news title opens with one ("Aosta, la startup che aiuta il soccorso alpino…")
    "Aosta", "Asti", "Alessandria", "Biella", "Vercelli", "Verbania", "Savona", "Imperia", "La Spezia", "Genova",
    "Sondrio", "Lecco", "Lodi", "Cremona", "Mantova", "Belluno", "Rovigo", "Pordenone", "Gorizia", "Piacenza",
    "Forlì", "Cesena", "Arezzo", "Grosseto", "Prato", "Pistoia", "Massa", "Carrara", "Terni", "Macerata", "Fermo",
    "Ascoli Piceno", "Ascoli", "Pesaro", "Urbino", "L'Aquila", "Teramo", "Chieti", "Campobasso", "Isernia",
    "Caserta", "Benevento", "Avellino", "Potenza", "Matera", "Brindisi", "Barletta", "Andria", "Trani", "Cosenza",
    "Catanzaro", "Crotone", "Vibo Valentia", "Reggio Calabria", "Trapani", "Agrigento", "Caltanissetta", "Enna",
    "Ragusa", "Siracusa", "Sassari", "Nuoro", "Oristano", "Olbia", "Gallipoli", "Tolmezzo", "Montepulciano",
    "Carnia", "Brianza", "Salento", "Cilento", "Langhe", "Maremma",
)

PERSON_FIRST_NAMES: tuple[str, ...] = (
    # a capitalised name starting with one of these is a person, never a company
    "Sam", "Satya", "Dario", "Daniela", "Jensen", "Mark", "Elon", "Sundar", "Andy", "Jeff", "Tim",
    "Bill", "Brad", "Greg", "Ilya", "Mira", "Demis", "Mustafa", "Arthur", "Guillaume", "Timothée",
    "Alexandr", "Lisa", "Pat", "Marc", "Reid", "Masayoshi", "Larry", "Sergey", "Kevin", "Jason",
    "Arkady", "Emmanuel", "Ursula", "Giorgia", "Sergio", "Adolfo", "Alessio", "Giorgio", "Marco",
    "Luca", "Giovanni", "Giuseppe", "Francesco", "Alessandro", "Andrea", "Matteo", "Lorenzo",
    "Davide", "Stefano", "Paolo", "Fabrizio", "Roberto", "Massimo", "Antonio", "Riccardo", "Federico",
    "Simone", "Michele", "Gianluca", "Pietro", "Filippo", "Tommaso", "Nicola", "Enrico", "Claudio",
    "Maria", "Anna", "Giulia", "Francesca", "Chiara", "Sara", "Laura", "Valentina", "Elena",
    "Alessandra", "Silvia", "Martina", "Federica", "Paola", "Elisa", "Irene", "Annalisa", "Monica",
    "Barbara", "Cristina", "Roberta", "Serena", "Michael", "John", "David", "James", "Robert",
    "William", "Richard", "Thomas", "Peter", "Paul", "Steve", "Steven", "Joe", "Donald", "JD",
    "Jean", "Pierre", "Emma", "Sarah", "Jessica", "Emily", "Ronen", "Omri", "Joel", "Alex",
)

INVESTOR_SUFFIXES: tuple[str, ...] = (
    # last words of an unlisted company's name that make it a likely investor, not the target
    "Ventures", "Venture", "Capital", "Partners", "SGR", "Sgr", "Fund", "Investments", "VC",
)

PARTY_SUFFIXES: tuple[str, ...] = (
    # words that continue a capitalised company name ("Tessitura AI", "Nebius Group")
    "AI", "Labs", "Lab", "Group", "Capital", "Ventures", "Venture", "Partners", "Robotics",
    "Technologies", "Tech", "Systems", "Cloud", "Growth", "Fund", "Holding", "Sgr", "SGR", "SpA",
    "S.p.A.", "Srl", "Inc", "Inc.", "Digitale", "Health", "Bio", "Vision", "Data", "Analytics",
)

DEFAULT_FX: dict[str, float] = {
    # EUR per unit of currency: only for comparing amounts and the min_amount_eur threshold
    "EUR": 1.0, "USD": 0.92, "GBP": 1.17, "CHF": 1.05, "JPY": 0.0062, "CNY": 0.13, "CAD": 0.67,
    "INR": 0.011, "AUD": 0.6, "SEK": 0.087, "ILS": 0.25, "AED": 0.25, "SAR": 0.25, "KRW": 0.00068,
}

DEFAULT_WEIGHTS: dict[str, float] = {
    # score = sum of the weights of the evidence present, capped at 1
    "statement": 0.35,        # a body sentence states the deal (deal verb, no veto)
    "amount": 0.2,            # a deal amount in a statement sentence
    "target": 0.15,           # a target company was identified
    "ai": 0.15,               # the target / article is about AI
    "title": 0.1,             # the title or standfirst also speaks of the deal
    "lead": 0.05,             # the statement is in the first paragraphs
    "conditional": -0.05,     # reported in the conditional / as a rumour
    "no_amount": -0.05,       # no firm amount at all
}


@dataclass(frozen=True)
class Rules:
    """Every knob of deal detection. Defaults ship in code; config.toml `[rules]` overrides.

    Dict fields replace the whole dict when set in config (write the full table).
    """

    # --- vocabularies (regex fragments, case-insensitive) ---
    ai_terms: tuple[str, ...] = AI_TERMS                    # AI relevance of an article/company
    ai_denials: tuple[str, ...] = AI_DENIALS                # "non siamo una società di IA": drop AI hits
    ai_incidental: tuple[str, ...] = AI_INCIDENTAL          # AI bought in: the sentence's AI hits don't count
    funding_terms: tuple[str, ...] = FUNDING_TERMS          # equity / round / investment verbs & nouns
    round_terms: tuple[str, ...] = ROUND_TERMS              # explicit round words (small rounds count)
    deal_terms: tuple[str, ...] = DEAL_TERMS                # generic deal nouns (accordo, contratto…)
    compute_verbs: tuple[str, ...] = COMPUTE_VERBS          # commit / buy / supply verbs for compute
    compute_objects: tuple[str, ...] = COMPUTE_OBJECTS      # what is bought: capacity, GPUs, cloud…
    scale_terms: tuple[str, ...] = SCALE_TERMS              # a commitment stated in GW or in chips
    exclusivity_terms: tuple[str, ...] = EXCLUSIVITY_TERMS  # exclusive / primary provider wording
    non_exclusive_terms: tuple[str, ...] = NON_EXCLUSIVE_TERMS  # "non è un'esclusiva": veto
    chip_cloud_terms: tuple[str, ...] = CHIP_CLOUD_TERMS    # exclusivity must be about chips/cloud
    conditional_terms: tuple[str, ...] = CONDITIONAL_TERMS  # rumours: recorded, still deals
    negative_contexts: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(NEGATIVE_CONTEXTS))
    cumulative_total_terms: tuple[str, ...] = CUMULATIVE_TOTAL_TERMS    # "totale", "complessivi"
    cumulative_context_terms: tuple[str, ...] = CUMULATIVE_CONTEXT_TERMS  # "dal 2023", "totale investito"
    cumulative_raise_terms: tuple[str, ...] = CUMULATIVE_RAISE_TERMS      # "portando … a", "sale a"
    new_money_terms: tuple[str, ...] = NEW_MONEY_TERMS      # "nuovo", "prossimo": a total of new money
    stop_phrases: tuple[str, ...] = STOP_PHRASES            # "raccolta dei dati": a deal word in another sense
    boilerplate_lines: tuple[str, ...] = BOILERPLATE_LINES  # lines that are never article text
    roundup_title_terms: tuple[str, ...] = ROUNDUP_TITLE_TERMS  # titles of multi-deal roundups

    # --- gazetteer (literal names, case-sensitive) ---
    ai_labs: tuple[str, ...] = AI_LABS                      # AI companies: likely targets
    chip_makers: tuple[str, ...] = CHIP_MAKERS              # chip vendors: likely counterparties
    cloud_providers: tuple[str, ...] = CLOUD_PROVIDERS      # clouds and big tech: likely counterparties
    investors: tuple[str, ...] = INVESTORS                  # VCs, funds, banks: counterparties
    vendor_aliases: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(VENDOR_ALIASES))  # product → owner
    not_names: tuple[str, ...] = NOT_NAMES                  # capitalised words that are not companies
    places: tuple[str, ...] = PLACES                        # a place alone is not a party
    vendor_suffixes: tuple[str, ...] = VENDOR_SUFFIXES      # "Tessellate Semiconductors": a likely vendor
    investor_suffixes: tuple[str, ...] = INVESTOR_SUFFIXES  # "Arcipelago Ventures SGR": a likely investor
    party_suffixes: tuple[str, ...] = PARTY_SUFFIXES        # words that extend a company name
    person_first_names: tuple[str, ...] = PERSON_FIRST_NAMES  # "Sam Altman" is a person, not a party

    # --- thresholds ---
    min_amount_eur: float = 1_000_000.0     # smaller amounts are not deal amounts (prices, salaries)…
    small_round_floor_eur: float = 50_000.0  # …unless next to a round word and at least this much
    fx: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_FX))  # EUR per unit
    min_score: float = 0.55                 # a candidate deal below this score is not raised
    min_ai_mentions: int = 2                # body AI mentions needed when title/lead/target say nothing
    lead_paragraphs: int = 3                # body paragraphs counted as the article's lead
    min_sentence_words: int = 6             # shorter lines are not sentences that can state a deal
    headline_line_words: int = 25           # a line without final punctuation under this is a headline
    evidence_chars: int = 320               # evidence sentences are trimmed to this length
    max_evidence: int = 3                   # evidence sentences kept per deal
    stale_after_days: int = 31              # a deal dated ("il 4 novembre") longer ago is background (0: off)
    public_funding: bool = False            # true: public funding programmes (grants, EIC…) are deals
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))  # score weights


DEFAULT_RULES = Rules()
