"""A deterministic synthetic conference, written as a data file the real seed loader reads.

Search cost depends on how many documents share a word, so the text must look like papers, not
like uniform noise: titles of 6-14 words and summaries of 60-120 words drawn from a Zipf
vocabulary (a few words everywhere, a long tail of rare ones), 1-8 authors from a pool in which
some people write many papers, topics with aliases, and a handful of sessions. The same size and
seed always give the same file, so runs compare.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path

SLUG = "synth"
START = date(2025, 12, 2)
DAYS = 4
ZIPF_EXPONENT = 1.07
VOCABULARY_SIZE = 30_000
SUMMARY_CHARS = 1500
"""The data file's limit on a summary."""


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


HEAD_WORDS = _split(
    "learning neural networks deep model models training network data adversarial "
    "reinforcement generative representation optimization graph gradient policy robust "
    "efficient language image attention transformer convolutional inference bayesian "
    "variational latent stochastic sparse scalable unsupervised supervised semi contrastive "
    "self agents agent exploration reward memory recurrent sequence embedding embeddings "
    "kernel features feature loss objective regularization generalization benchmark dataset "
    "datasets evaluation transfer meta few shot zero domain adaptation continual federated "
    "privacy fairness causal discovery estimation uncertainty calibration pruning quantization "
    "compression distillation scaling large small fast theory analysis bounds convergence "
    "descent momentum adaptive normalization batch layer layers depth width architecture search "
    "diffusion flows autoregressive decoding tokens vision speech audio video text translation "
    "retrieval reasoning planning control dynamics physics molecules proteins chemistry "
    "segmentation detection classification regression clustering ranking recommendation "
    "interpretability explanations attribution certified verification attacks defenses "
    "poisoning backdoor watermarking alignment preference feedback human instruction tuning"
)
FILLER = ("for", "of", "with", "and", "via", "in", "on", "the", "a", "to", "from", "by")
FIRST_NAMES = _split(
    "Ada Alan Amir Ana Andrea Anh Arjun Aya Bao Beatriz Carlos Chen Chiara Daniel David Dmitri "
    "Elena Emma Fatima Felix Gabriel Grace Hana Hiro Ibrahim Ines Ivan Jae James Jia Jonas Julia "
    "Kai Karen Kenji Laura Lea Li Lucas Maria Marta Mei Mohamed Nadia Nikolai Noah Nour Olga "
    "Omar Pablo Priya Qiang Rahul Rosa Sakura Samuel Sara Sofia Sven Tariq Tomas Uma Victor Wei "
    "Xin Yara Yusuf Zhang Zoe Ángel Émilie Søren Zoë"
)
SURNAMES = _split(
    "Tramèr Müller Núñez Ødegaard Çelik Smith Wang Li Zhang Liu Chen Kim Park Nguyen Garcia "
    "Martin Rossi Silva Kowalski Novak Ivanov Sato Suzuki Tanaka Singh Kumar Patel Shah Cohen "
    "Levi Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore Jackson White Harris "
    "Clark Lewis Walker Hall Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell"
)
TOPICS = (
    ("reinforcement learning", ("RL", "deep RL")),
    ("generative adversarial networks", ("GAN", "GANs")),
    ("graph neural networks", ("GNN", "GNNs")),
    ("natural language processing", ("NLP", "language models")),
    ("computer vision", ("vision", "CV")),
    ("optimization", ("optimisation", "SGD")),
    ("learning theory", ("theory", "generalization bounds")),
    ("adversarial robustness", ("adversarial examples", "robustness")),
    ("meta-learning", ("few-shot learning", "learning to learn")),
    ("probabilistic methods", ("Bayesian deep learning", "variational inference")),
    ("model compression", ("pruning", "quantization")),
    ("interpretability", ("explainability", "XAI")),
    ("privacy", ("differential privacy", "DP")),
    ("fairness", ("algorithmic fairness",)),
    ("speech and audio", ("speech", "audio")),
    ("diffusion models", ("diffusion", "score-based models")),
    ("self-supervised learning", ("SSL", "contrastive learning")),
    ("AI for science", ("science", "molecules")),
)
SYLLABLES = [c + v for c in "bcdfghjklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]


def _pseudo_words(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """Pronounceable invented words: a tail that real English would not stem into the head."""
    found: list[str] = []
    while len(found) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in taken:
            taken.add(word)
            found.append(word)
    return found


class _Vocabulary:
    """Words drawn with probability proportional to 1 / rank ** ZIPF_EXPONENT."""

    def __init__(self, rng: random.Random) -> None:
        taken = set(HEAD_WORDS)
        self.words = [*HEAD_WORDS, *_pseudo_words(rng, VOCABULARY_SIZE - len(HEAD_WORDS), taken)]
        weights = (1 / rank**ZIPF_EXPONENT for rank in range(1, len(self.words) + 1))
        self.cumulative = list(itertools.accumulate(weights))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)


def _authors(rng: random.Random, papers: int) -> tuple[list[str], list[float]]:
    """A pool of about one author per paper, some far more prolific than others."""
    taken = set(SURNAMES)
    invented = [word.title() for word in _pseudo_words(rng, max(50, papers // 20), taken)]
    names = sorted({f"{first} {last}" for first in FIRST_NAMES for last in (*SURNAMES, *invented)})
    rng.shuffle(names)
    pool = names[: max(50, papers)]
    weights = [1 / rank**0.8 for rank in range(1, len(pool) + 1)]
    return pool, weights


def _sentence(rng: random.Random, vocabulary: _Vocabulary) -> str:
    words = vocabulary.draw(rng, rng.randint(8, 18))
    for index in range(2, len(words), rng.randint(3, 5)):
        words[index] = f"{words[index]} {rng.choice(FILLER)}"
    return " ".join(words).capitalize() + "."


def _summary(rng: random.Random, vocabulary: _Vocabulary) -> str:
    target = rng.randint(60, 120)
    sentences: list[str] = []
    while sum(len(sentence.split()) for sentence in sentences) < target:
        sentences.append(_sentence(rng, vocabulary))
    text = " ".join(sentences)
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0]


def _title(rng: random.Random, vocabulary: _Vocabulary) -> str:
    words = vocabulary.draw(rng, rng.randint(5, 11))
    for _ in range(rng.randint(1, 3)):
        words.insert(rng.randint(1, len(words) - 1), rng.choice(FILLER))
    return " ".join(word if word in FILLER else word.capitalize() for word in words)


class _Bare(str):
    """A TOML value written as is: dates and date-times must not be quoted."""


def _value(value: object) -> str:
    """A TOML value: JSON's strings, numbers and arrays are valid TOML."""
    return str(value) if isinstance(value, _Bare) else json.dumps(value, ensure_ascii=False)


def _table(name: str, fields: dict[str, object]) -> str:
    lines = [f"[[{name}]]"]
    lines += [f"{key} = {_value(value)}" for key, value in fields.items() if value is not None]
    return "\n".join(lines) + "\n\n"


def _sessions() -> list[dict[str, object]]:
    """Per day: a keynote, an oral block and two poster sessions, at fixed venue-local times."""
    sessions: list[dict[str, object]] = []
    slots = (
        ("keynote", "09:00", "09:45", "Invited talk"),
        ("oral", "10:00", "10:45", "Orals"),
        ("poster", "11:00", "13:00", "Morning poster session"),
        ("poster", "16:30", "18:30", "Afternoon poster session"),
    )
    for offset in range(DAYS):
        day = START + timedelta(days=offset)
        for kind, start, end, title in slots:
            topic = TOPICS[len(sessions) % len(TOPICS)][0]
            sessions.append(
                {
                    "slug": f"d{offset + 1}-{kind}-{start.replace(':', '')}",
                    "kind": kind,
                    "title": f"{title}: {topic} (day {offset + 1})",
                    "start": _Bare(f"{day.isoformat()}T{start}:00"),
                    "end": _Bare(f"{day.isoformat()}T{end}:00"),
                    "timing": "verified",
                    "room": "main-hall" if kind != "poster" else "poster-hall",
                    "topics": [topic],
                }
            )
    return sessions


def _papers(rng: random.Random, count: int, sessions: Sequence[dict[str, object]]) -> Iterator[str]:
    vocabulary = _Vocabulary(rng)
    pool, weights = _authors(rng, count)
    cumulative = list(itertools.accumulate(weights))
    orals = [s for s in sessions if s["kind"] == "oral"]
    posters = [s for s in sessions if s["kind"] == "poster"]
    for index in range(count):
        title = _title(rng, vocabulary)
        oral = rng.random() < 0.05
        session = rng.choice(orals if oral else posters)
        authors = list(
            dict.fromkeys(rng.choices(pool, cum_weights=cumulative, k=rng.randint(1, 8)))
        )
        head = "".join(word[0] for word in title.split() if word not in FILLER).upper()[:6]
        yield _table(
            "papers",
            {
                "slug": f"p{index:06d}-" + "-".join(title.lower().split()[:4]),
                "title": title,
                "authors": authors,
                "openreview_id": f"SYN{index:07d}",
                "kind": "oral" if oral else "poster",
                "aliases": [head] if rng.random() < 0.1 and len(head) >= 3 else [],
                "topics": [name for name, _ in rng.sample(TOPICS, rng.randint(1, 3))],
                "sessions": [session["slug"]],
                "day": _Bare(str(session["start"])[:10]),
                "placement": "verified",
                "poster_board": None if oral else f"Poster hall #{index % 400 + 1}",
                "summary": _summary(rng, vocabulary),
            },
        )


def write_conference(folder: Path, papers: int, seed: int = 2019) -> Path:
    """Write `<folder>/synth.toml` with `papers` papers; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{SLUG}.toml"
    rng = random.Random(seed)
    end = START + timedelta(days=DAYS - 1)
    header = {
        "slug": SLUG,
        "name": "SYNTH 2025",
        "full_name": "Synthetic Conference for Benchmarks",
        "city": "Nowhere",
        "venue": "Benchmark Hall",
        "timezone": "America/Chicago",
        "description": "Generated text, for measuring search and commands at scale.",
    }
    sessions = _sessions()
    with path.open("w", encoding="utf-8") as out:
        out.write("[conference]\n")
        out.writelines(f"{key} = {_value(value)}\n" for key, value in header.items())
        out.write(f"start_date = {START.isoformat()}\nend_date = {end.isoformat()}\n\n")
        for room, purpose in (("main-hall", "Talks"), ("poster-hall", "Posters")):
            out.write(_table("rooms", {"slug": room, "name": room.title(), "purpose": purpose}))
        for name, aliases in TOPICS:
            out.write(_table("topics", {"name": name, "aliases": list(aliases)}))
        out.writelines(_table("sessions", session) for session in sessions)
        out.writelines(_papers(rng, papers, sessions))
    return path


def write_paper_list(path: Path, papers: int, seed: int = 2019) -> Path:
    """A papercopilot/paperlists JSON file of `papers` submissions (a fifth of them rejected,
    which an import skips), with the synthetic vocabulary's titles, authors and keywords."""
    rng = random.Random(seed)
    vocabulary = _Vocabulary(rng)
    pool, weights = _authors(rng, papers)
    cumulative = list(itertools.accumulate(weights))
    records = []
    for index in range(papers):
        authors = dict.fromkeys(rng.choices(pool, cum_weights=cumulative, k=rng.randint(1, 8)))
        records.append(
            {
                "id": f"SYN{index:07d}",
                "title": _title(rng, vocabulary),
                "status": "Reject" if index % 5 == 4 else rng.choice(("Poster", "Poster", "Oral")),
                "author": ", ".join(authors),
                "aff": "; ".join(rng.sample(("Nowhere University", "Bench Lab", "Synth Inc"), 2)),
                "keywords": ";".join(vocabulary.draw(rng, rng.randint(2, 5))),
                "site": f"https://example.org/virtual/poster/{index}",
            }
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(records), encoding="utf-8")
    return path
