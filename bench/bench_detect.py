"""How fast is detect()? Articles per second on realistic 1,000-word Italian articles.

The articles are assembled from the project's own sentences (invented deals, negative contexts,
filler prose), never from the labelled corpus: we measure speed, not accuracy. Target: well under
1 ms per 1,000-word article, i.e. >= 1,000 articles/s on one core.

    .venv/bin/python bench/bench_detect.py [--n 2000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alerts.detect import detect  # noqa: E402
from alerts.rules import Rules  # noqa: E402
from alerts.text import word_count  # noqa: E402
from crawler.article import Article  # noqa: E402

DEAL = [
    "Quercia Labs, startup milanese che sviluppa modelli linguistici per il settore legale, ha chiuso "
    "un round di Serie A da 18 milioni di euro guidato da Fondo Brenta.",
    "Con l'aumento di capitale la società porta a 26 milioni di euro il totale raccolto dal 2021.",
    "Contestualmente, Quercia Labs si impegna ad acquistare capacità di calcolo per 6 milioni di euro "
    "in tre anni da un operatore di data center italiano.",
]
NEGATIVE = [
    "Il mercato italiano dell'intelligenza artificiale vale oggi circa 1,4 miliardi di euro secondo le "
    "stime degli analisti, in crescita del 40% rispetto all'anno precedente.",
    "La società ha chiuso il 2024 con ricavi per 4,2 milioni di euro e prevede di raddoppiarli.",
    "L'operazione valuta la startup circa 90 milioni di euro, secondo fonti vicine al dossier.",
    "Nel 2022 la società aveva raccolto 3 milioni di euro da un gruppo di business angel.",
    "L'Autorità ha inflitto una multa da 2 milioni di euro a un concorrente per pratiche scorrette.",
]
FILLER = [
    "Il prodotto principale è una piattaforma che analizza contratti e documenti e segnala le clausole "
    "che richiedono l'attenzione di un avvocato, con un'interfaccia pensata per gli studi più piccoli.",
    "«Vogliamo che ogni professionista possa usare strumenti che fino a ieri erano riservati ai grandi "
    "gruppi», spiega l'amministratrice delegata, che ha fondato la società dopo dieci anni in consulenza.",
    "Il team conta oggi una trentina di persone tra Milano e Padova e punta ad aprire una sede a Madrid "
    "entro la fine del prossimo anno, dove il mercato dei servizi legali è in forte crescita.",
    "Le nuove risorse serviranno a rafforzare la ricerca, ad ampliare la rete commerciale e a ottenere le "
    "certificazioni di sicurezza richieste dai clienti del settore bancario e assicurativo.",
    "Secondo gli esperti, l'adozione di questi strumenti resta lenta nelle piccole imprese, frenate dai "
    "costi iniziali e dalla scarsità di competenze interne.",
]
BOILERPLATE = ["Leggi anche", "Nvidia raccoglie 2 miliardi per i nuovi chip", "Commenti (12)"]


def make_article(rng: random.Random, words: int = 1000) -> Article:
    paras = [" ".join(DEAL[:2]), DEAL[2]]
    while sum(word_count(p) for p in paras) < words:
        pick = rng.random()
        pool = NEGATIVE if pick < 0.3 else FILLER
        paras.append(" ".join(rng.sample(pool, 2)))
    paras[3:3] = BOILERPLATE
    return Article(url="https://example.it/a", title="Quercia Labs raccoglie 18 milioni di euro per l'IA legale",
                   text="\n".join(paras), description="Il round di Serie A è guidato da Fondo Brenta")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="articles to analyse")
    args = ap.parse_args()
    rng = random.Random(7)
    articles = [make_article(rng) for _ in range(50)]
    rules = Rules()
    detect(articles[0], rules)                       # compile the rules once (cached per Rules)
    words = sum(word_count(a.text) for a in articles) / len(articles)
    start = time.perf_counter()
    deals = 0
    for i in range(args.n):
        deals += len(detect(articles[i % len(articles)], rules))
    elapsed = time.perf_counter() - start
    per = elapsed / args.n
    print(f"{args.n} articles of ~{words:.0f} words: {args.n / elapsed:,.0f} articles/s, "
          f"{per * 1e6:,.0f} µs/article ({per * 1e6 * 1000 / words:,.0f} µs per 1,000 words); "
          f"{deals / args.n:.2f} deals/article")


if __name__ == "__main__":
    main()
