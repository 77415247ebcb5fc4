"""A G20-summit-like timeline built from the models, covering every way the exporters draw an event.

Two articles about the G20 summit in Antalya (15-16 Nov 2015) and one hostile article whose text tries
HTML/script injection. Events: a point event, a multi-day interval, a month-level band ('since June'), a
merged event reported by two articles, a date conflict, and undated mentions. Used by the exporter
tests until the seed pipeline's own output replaces it.
"""

from __future__ import annotations

import datetime as dt

from timeline.models import (
    Conflict, CreationTime, Dateline, DocumentSummary, Event, Manifest, ManifestEntry, Mention,
    MentionTimex, Timeline, UndatedMention,
)

D = dt.date
SRC_A = "000_b98ab229588f79f1.txt"
SRC_B = "001_e28e2fbd3423233d.txt"
SRC_EVIL = "evil.html"
HOSTILE_TITLE = "Summit </script><script>alert(1)</script> talks <img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = ('On Friday "<script>window.__pwned=1</script>" and <img src=x onerror="window.__pwned=1"> '
                    "and <b onmouseover=alert(1)>bold</b> & more.")
HOSTILE_URL = "javascript:alert(1)"


def _dct(day: dt.date | None, provenance: str = "dateline", evidence: str = "") -> CreationTime:
    return CreationTime(date=day, provenance=provenance, evidence=evidence)


def g20_documents() -> list[DocumentSummary]:
    return [
        DocumentSummary(
            id="b98ab229588f79f1", source=SRC_A, title="G20 vows to step up anti-terror coordination",
            dct=_dct(D(2015, 11, 16), "batch", "Inferred from 001_e28e2fbd3423233d.txt (same summit)"),
            story="st-g20",
        ),
        DocumentSummary(
            id="e28e2fbd3423233d", source=SRC_B,
            title="World leaders seek front to crush ISIS, ensure security post-Paris",
            dateline=Dateline(text="ANTALYA, Turkey (AFP) -", place="Antalya", agency="AFP", char_start=216, char_end=239),
            dct=_dct(D(2015, 11, 16), "dateline", "Monday (Nov 16) in the dateline paragraph"),
            url="https://www.example.com/world/g20-antalya-isis", story="st-g20",
        ),
    ]


def _mention(document: str, sentence: str, timex: str | None, start: dt.date, end: dt.date,
             offset: int = 0, evidence: str = "", url: str | None = None, trigger: str = "") -> Mention:
    return Mention(
        document=document, char_start=offset, char_end=offset + len(sentence), sentence=sentence, trigger=trigger,
        timex=MentionTimex(text=timex, type="DATE", value=start.isoformat()) if timex else None,
        dated_by="timex" if timex else "event", evidence=evidence, start=start, end=end, url=url,
    )


def g20_events() -> list[Event]:
    summit = Event(
        id="ev-7c1e2a90", title="G20 summit in Antalya", start=D(2015, 11, 15), end=D(2015, 11, 16),
        granularity="day", confidence=0.9, actors=["G20"], places=["Antalya"], story="st-g20",
        mentions=[
            _mention(SRC_B, "Leaders of the world’s 20 biggest economies gathering at the G-20 Summit in Antalya, "
                            "Turkey, on Nov 15, 2015.", "Nov 15, 2015", D(2015, 11, 15), D(2015, 11, 16), 68,
                     trigger="gathering"),
        ],
    )
    paris = Event(
        id="ev-0b3f5d12", title="Paris attacks", start=D(2015, 11, 13), end=D(2015, 11, 13),
        granularity="day", confidence=0.85, places=["Paris"], story="st-g20",
        mentions=[
            _mention(SRC_A, "The statement, the first-ever political communique, condemned the “heinous” attacks "
                            "in Paris on Friday and pledged solidarity in combating terrorism.", "Friday",
                     D(2015, 11, 13), D(2015, 11, 13), 560, trigger="attacks"),
            _mention(SRC_B, "The urgent need to coordinate action on Syria after the Paris attacks that killed 129 "
                            "people and were claimed by ISIS reshaped the agenda but leaders still pressed ahead "
                            "with a drive to stave off catastrophic climate change, a sentence long enough to be "
                            "shortened in hover labels so that the page stays readable.", None,
                     D(2015, 11, 13), D(2015, 11, 13), 1500, evidence="same event as ‘attacks in Paris on Friday’",
                     trigger="attacks"),
        ],
    )
    dinner = Event(
        id="ev-5d9a0c44", title="Official G20 dinner discusses terrorism and refugees", start=D(2015, 11, 15),
        end=D(2015, 11, 15), granularity="day", confidence=0.7, actors=["Recep Tayyip Erdogan"],
        places=["Antalya"], story="st-g20",
        mentions=[
            _mention(SRC_B, "Turkish presidential sources said terrorism and a vast refugee crisis were discussed "
                            "at Sunday's official dinner.", "Sunday", D(2015, 11, 15), D(2015, 11, 15), 2100,
                     trigger="dinner"),
        ],
    )
    foiled = Event(
        id="ev-91aa6e03", title="British security services foil seven terror attacks", start=D(2015, 6, 1),
        end=D(2015, 11, 16), granularity="month", confidence=0.55, actors=["David Cameron"],
        places=["United Kingdom"], story="st-g20",
        mentions=[
            _mention(SRC_B, "Cameron said British security services have foiled some seven terror attacks since "
                            "June.", "since June", D(2015, 6, 1), D(2015, 11, 16), 1900, trigger="foiled"),
        ],
    )
    statement = Event(
        id="ev-c4e81f27", title="G20 releases statement on fighting terrorism", start=D(2015, 11, 16),
        end=D(2015, 11, 16), granularity="day", confidence=0.6, actors=["G20"], places=["Antalya"],
        story="st-g20",
        mentions=[
            _mention(SRC_A, "The agreement, Mr. Obama said after the release of the G20 communique at the close "
                            "of two days of talks, will allow U.S. personnel to pass threat information.",
                     "the close of two days of talks", D(2015, 11, 16), D(2015, 11, 16), 46, trigger="release"),
            _mention(SRC_B, "World leaders on Monday (Nov 16) sought to join forces to bring peace to Syria.",
                     "Monday (Nov 16)", D(2015, 11, 16), D(2015, 11, 16), 240, trigger="sought",
                     url="https://www.example.com/world/g20-antalya-isis"),
        ],
        conflicts=[Conflict(
            description="000_b98ab229588f79f1.txt puts the release on 15 Nov (Sunday dinner), "
                        "001_e28e2fbd3423233d.txt on 16 Nov",
            intervals=[(D(2015, 11, 15), D(2015, 11, 15)), (D(2015, 11, 16), D(2015, 11, 16))],
            documents=[SRC_A, SRC_B],
        )],
    )
    putin = Event(
        id="ev-2f6b7d58", title="Cameron meets Putin", start=D(2015, 11, 16), end=D(2015, 11, 16),
        granularity="day", confidence=0.65, actors=["David Cameron", "Vladimir Putin"], places=["Antalya"],
        story="st-g20",
        mentions=[
            _mention(SRC_B, "After talks with Cameron, Putin said other disputes should be put aside.", None,
                     D(2015, 11, 16), D(2015, 11, 16), 2300, evidence="during the summit (Nov 16)", trigger="talks"),
        ],
    )
    return [foiled, paris, summit, dinner, putin, statement]


def g20_undated() -> list[UndatedMention]:
    return [
        UndatedMention(
            title="Russia refuses to abandon support for Assad",
            mention=_mention(SRC_B, "Russia has refused to abandon its support for Syrian President Bashar "
                                    "al-Assad in the four-year civil war.", None, None, None, 1700, trigger="refused"),
            reason="no time expression and no dated event in reach",
        ),
    ]


def g20_timeline() -> Timeline:
    return Timeline(documents=g20_documents(), events=g20_events(), undated=g20_undated())


def g20_manifest() -> Manifest:
    return Manifest(documents=[
        ManifestEntry(source=SRC_A, status="ok", dct=g20_documents()[0].dct, document_id="b98ab229588f79f1",
                      format="txt", encoding="utf-8", size=3589),
        ManifestEntry(source=SRC_B, status="ok", dct=g20_documents()[1].dct, document_id="e28e2fbd3423233d",
                      format="txt", encoding="utf-8", size=4137),
        ManifestEntry(source="empty.txt", status="empty", reason="no text at all", format="txt", size=0),
    ])


def hostile_timeline() -> Timeline:
    """The G20 timeline plus an article whose title, sentence, names and URL try to inject HTML/script."""
    evil_doc = DocumentSummary(
        id="ffee0011", source=SRC_EVIL, title=HOSTILE_TITLE, url=HOSTILE_URL,
        dct=_dct(D(2015, 11, 14), "metadata", "<meta> date"), story="</script><script>alert(2)</script>",
    )
    evil = Event(
        id="ev-<evil>\"'", title=HOSTILE_TITLE, start=D(2015, 11, 14), end=D(2015, 11, 14), granularity="day",
        confidence=0.5, actors=["<img src=x onerror=alert(3)>"], places=["<svg onload=alert(4)>"],
        story="</script><script>alert(2)</script>",
        mentions=[_mention(SRC_EVIL, HOSTILE_SENTENCE, "<i>Saturday</i>", D(2015, 11, 14), D(2015, 11, 14), 0,
                           url=HOSTILE_URL, trigger="<script>")],
        conflicts=[Conflict(description="</script><img src=x onerror=alert(5)>", intervals=[], documents=[SRC_EVIL])],
    )
    base = g20_timeline()
    undated = UndatedMention(title="<script>alert(6)</script>",
                             mention=_mention(SRC_EVIL, HOSTILE_SENTENCE, None, None, None),
                             reason="<b>no date</b>")
    return Timeline(documents=[*base.documents, evil_doc], events=[*base.events, evil],
                    undated=[*base.undated, undated])


def hostile_manifest() -> Manifest:
    return Manifest(documents=[
        *g20_manifest().documents,
        ManifestEntry(source=SRC_EVIL, status="ok", document_id="ffee0011", format="html", size=999,
                      text_file="texts/evil.txt"),
    ])


def many_events_timeline(n_events: int = 1000, n_stories: int = 20, seed: int = 7) -> Timeline:
    """A large, varied timeline (points, intervals, bands, conflicts, merged reports) over two years
    and `n_stories` stories, generated from a fixed seed: for readability and speed checks."""
    import random

    rng = random.Random(seed)
    first_day = D(2014, 1, 1)
    documents = [
        DocumentSummary(id=f"{i:016x}", source=f"article_{i:04d}.txt", title=f"Story {i % n_stories} report {i}",
                        dct=_dct(first_day + dt.timedelta(days=rng.randrange(730)), "metadata"),
                        url=f"https://news.example.org/a/{i}", story=f"st-{i % n_stories:02d}")
        for i in range(max(2, n_events // 4))
    ]
    events = []
    for i in range(n_events):
        doc = documents[rng.randrange(len(documents))]
        start = first_day + dt.timedelta(days=rng.randrange(700))
        kind = rng.random()
        if kind < 0.6:
            end, granularity = start, "day"
        elif kind < 0.85:
            end, granularity = start + dt.timedelta(days=rng.randrange(1, 20)), "day"
        else:
            start = start.replace(day=1)
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            granularity = "month"
        mentions = [
            _mention(documents[(documents.index(doc) + k) % len(documents)].source,
                     f"Report {i}.{k}: officials said the event {i} took place, according to sources.",
                     "on the day", start, end, 10 * k)
            for k in range(1 + (rng.random() < 0.2))
        ]
        conflicts = []
        if rng.random() < 0.03:
            conflicts = [Conflict(description=f"reports disagree on event {i}", intervals=[(start, end)],
                                  documents=[m.document for m in mentions])]
        events.append(Event(
            id=f"ev-{i:05d}", title=f"Event {i} in story {doc.story}", start=start, end=end,
            granularity=granularity, confidence=round(rng.uniform(0.3, 1.0), 2), mentions=mentions,
            actors=[f"Actor {rng.randrange(30)}"], places=[f"Place {rng.randrange(12)}"], story=doc.story,
            conflicts=conflicts,
        ))
    events.sort(key=lambda e: (e.start, e.end, e.id))
    return Timeline(documents=documents, events=events, undated=[])


def manifest_for(timeline: Timeline) -> Manifest:
    return Manifest(documents=[
        ManifestEntry(source=d.source, status="ok", dct=d.dct, document_id=d.id, format="txt")
        for d in timeline.documents
    ])
