"""Finding plans and knowledge articles: query normalisation, terms, matching and ranking.

Text is normalised the same way on both sides (NFKC, so full-width letters and digits become
ASCII; case-folded; punctuation turned into spaces). A query is split into terms at spaces and
where Chinese meets Latin letters or digits ("NVR离线" → "nvr", "离线"); a Chinese run stays one
term, so a one-character query ("网"), two characters ("断网") and a phrase all match as
substrings. Every term must occur somewhere in the document; the score adds, per term, the weight
of the best field it occurs in (title above situation or symptom, above steps and body), with a
bonus when the title holds the whole query or starts with it.

``SearchIndex`` keeps the normalised documents in memory, each field of all documents joined
into one string that ``str.find`` scans at C speed; see
``tests/benchmarks/bench_plan_search.py`` for its speed at 10,000 documents.
"""

from __future__ import annotations

import heapq
import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

PLAN = "plan"
ARTICLE = "article"

TITLE = "title"
LEAD = "lead"  # the plan's situation, the article's symptom
TAGS = "tags"  # systems, keywords, spare parts
BODY = "body"  # steps, prevention, cause, solution

FIELD_WEIGHTS = {TITLE: 100, LEAD: 30, TAGS: 20, BODY: 10}
FIELD_ORDER = (TITLE, LEAD, TAGS, BODY)
ALL_FIELDS = "all"  # a document's fields together, for "does it hold the term anywhere"
WHOLE_TITLE_BONUS = 60
TITLE_PREFIX_BONUS = 25
PLAN_BONUS = 5  # at equal text, a plan (what to do now) before an article

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TERM = re.compile(f"[{_CJK}]+|[^\\s{_CJK}]+")
_SEP = "\x1f"
SNIPPET_CHARS = 36


_NOT_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """NFKC, case-folded, punctuation and symbols as single spaces, trimmed."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return _NOT_WORD.sub(" ", folded).strip()


def query_terms(query: str) -> list[str]:
    """The distinct terms of a query, in order: Chinese runs and Latin/digit words."""
    seen: list[str] = []
    for term in _TERM.findall(normalise(query)):
        if term not in seen:
            seen.append(term)
    # A term inside a longer one adds nothing ("断" and "断网"): keep the longer.
    return [t for t in seen if not any(t != other and t in other for other in seen)]


def is_cjk(ch: str) -> bool:
    return bool(re.fullmatch(f"[{_CJK}]", ch))


@dataclass(frozen=True)
class SearchDoc:
    """A plan or an article as the index sees it: its fields of text by weight class."""

    kind: str
    id: int
    title: str
    lead: str = ""
    tags: str = ""
    body: str = ""
    systems: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.id)


@dataclass(frozen=True)
class SearchHit:
    """One match: which document, its score, the best field matched and a snippet from it."""

    kind: str
    id: int
    title: str
    score: int
    field: str
    snippet: str
    systems: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Indexed:
    doc: SearchDoc
    fields: dict[str, str]
    raw: dict[str, str]


def _prepare(doc: SearchDoc) -> _Indexed:
    raw = {TITLE: doc.title, LEAD: doc.lead, TAGS: doc.tags, BODY: doc.body}
    return _Indexed(doc, {name: normalise(text) for name, text in raw.items()}, raw)


class _Columns:
    """A snapshot of the index for searching: per field, every document's text in one string.

    Finding a term is then one C-speed ``str.find`` per matching document, not a Python loop
    over all documents; ``starts`` maps a position back to the document holding it.
    """

    def __init__(self, entries: Sequence[_Indexed]) -> None:
        self.entries = list(entries)
        self.big: dict[str, str] = {}
        self.starts: dict[str, list[int]] = {}
        texts = {name: [e.fields[name] for e in self.entries] for name in FIELD_ORDER}
        texts[ALL_FIELDS] = [_SEP.join(e.fields[n] for n in FIELD_ORDER) for e in self.entries]
        for name, column in texts.items():
            starts, offset = [], 0
            for text in column:
                starts.append(offset)
                offset += len(text) + 1
            self.starts[name] = starts
            self.big[name] = _SEP.join(column)

    def holding(self, name: str, term: str) -> list[int]:
        """The positions of the documents whose field ``name`` holds ``term``, in order."""
        big, starts = self.big[name], self.starts[name]
        found: list[int] = []
        at = big.find(term)
        while at >= 0:
            position = bisect_right(starts, at) - 1
            found.append(position)
            following = position + 1
            if following >= len(starts):
                break
            at = big.find(term, starts[following])
        return found

    def weights(self, term: str) -> dict[int, str]:
        """For each document holding ``term``: the best-weighted field that holds it."""
        best: dict[int, str] = {}
        for position in self.holding(ALL_FIELDS, term):
            fields = self.entries[position].fields
            best[position] = next(n for n in FIELD_ORDER if term in fields[n])
        return best


def _sort_key(row: tuple) -> tuple:
    return (row[0], row[1], row[2], row[3].doc.kind)


def _rank_one(
    columns: _Columns, term: str, wanted: set[str], system: str | None, limit: int
) -> list:
    """``rank`` for one term, tier by tier: the weights keep the tiers apart whatever the bonuses
    (a title hit scores at least 100; a situation hit at most 30 + 5), so once the heavier tiers
    hold ``limit`` documents the lighter ones need not be looked at."""
    seen: set[int] = set()
    ranked: list = []
    for name in FIELD_ORDER:
        tier = []
        for position in columns.holding(name, term):
            if position in seen:
                continue
            seen.add(position)
            entry = columns.entries[position]
            doc = entry.doc
            if doc.kind not in wanted or (system and system not in doc.systems):
                continue
            total = FIELD_WEIGHTS[name] + (PLAN_BONUS if doc.kind == PLAN else 0)
            if name == TITLE and entry.fields[TITLE].startswith(term):
                total += TITLE_PREFIX_BONUS
            tier.append((-total, len(doc.title), doc.id, entry, name))
        ranked += heapq.nsmallest(limit - len(ranked), tier, key=_sort_key)
        if len(ranked) >= limit:
            break
    return ranked


def rank(
    columns: _Columns, terms: Sequence[str], wanted: set[str], system: str | None, limit: int
) -> list:
    """(-score, title length, id, entry, best field) of the best ``limit`` documents holding
    every term, best first.

    Per term, the weight of the best field it occurs in (title above situation or symptom,
    above steps and body); a bonus when the title holds the terms side by side or starts with
    the first; a small one for plans. The best non-title field is the one the snippet shows.
    """
    if len(terms) == 1:
        return _rank_one(columns, terms[0], wanted, system, limit)
    # The longest term (usually the rarest) is found with str.find; the others are checked
    # only in the documents that hold it.
    first = max(terms, key=len)
    others = [term for term in terms if term != first]
    whole = "".join(terms)  # the terms side by side, as in "nvr离线"
    ranked = []
    for position, first_field in columns.weights(first).items():
        entry = columns.entries[position]
        doc = entry.doc
        if doc.kind not in wanted or (system and system not in doc.systems):
            continue
        fields = [first_field]
        for term in others:
            name = next((n for n in FIELD_ORDER if term in entry.fields[n]), None)
            if name is None:
                break
            fields.append(name)
        if len(fields) < len(terms):
            continue
        total = sum(FIELD_WEIGHTS[name] for name in fields)
        body_fields = [name for name in fields if name != TITLE]
        best = min(body_fields, key=FIELD_ORDER.index) if body_fields else TITLE
        title = entry.fields[TITLE]
        if whole in title.replace(" ", ""):
            total += WHOLE_TITLE_BONUS
        if title.startswith(terms[0]):
            total += TITLE_PREFIX_BONUS
        if doc.kind == PLAN:
            total += PLAN_BONUS
        ranked.append((-total, len(doc.title), doc.id, entry, best))
    return heapq.nsmallest(limit, ranked, key=_sort_key)


def snippet(text: str, terms: Sequence[str], width: int = SNIPPET_CHARS) -> str:
    """A short excerpt of ``text`` around the first term found (case and width forgiven)."""
    flat = " ".join(text.split())
    folded = unicodedata.normalize("NFKC", flat).casefold()
    positions = [folded.find(t) for t in terms if folded.find(t) >= 0]
    if len(folded) != len(flat):  # normalisation changed the length: no safe mapping
        positions = []
    start = max(0, min(positions) - width // 3) if positions else 0
    piece = flat[start : start + width]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(flat) else ""
    return f"{prefix}{piece}{suffix}"


class SearchIndex:
    """Normalised documents in memory; ``search`` scans them and ranks the matches.

    Thread-safe: the GUI searches on worker threads while the service may refresh entries.
    """

    def __init__(self, docs: Iterable[SearchDoc] = ()) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, int], _Indexed] = {}
        self._columns = _Columns([])
        self.put(docs)

    def __len__(self) -> int:
        return len(self._entries)

    def put(self, docs: Iterable[SearchDoc]) -> None:
        """Add documents, or replace those with the same kind and id."""
        prepared = [_prepare(d) for d in docs]
        with self._lock:
            for entry in prepared:
                self._entries[entry.doc.key] = entry
            self._columns = _Columns(list(self._entries.values()))

    def remove(self, keys: Iterable[tuple[str, int]]) -> None:
        with self._lock:
            for key in keys:
                self._entries.pop(key, None)
            self._columns = _Columns(list(self._entries.values()))

    def keys(self) -> set[tuple[str, int]]:
        with self._lock:
            return set(self._entries)

    def search(
        self,
        query: str,
        limit: int = 50,
        kinds: Iterable[str] = (PLAN, ARTICLE),
        system: str | None = None,
    ) -> list[SearchHit]:
        """The best ``limit`` matches of ``query``, best first; an empty query matches nothing."""
        terms = query_terms(query)
        if not terms:
            return []
        with self._lock:
            columns = self._columns
        ranked = rank(columns, terms, set(kinds), system, limit)
        return [
            SearchHit(
                kind=entry.doc.kind,
                id=entry.doc.id,
                title=entry.doc.title,
                score=-neg,
                field=best,
                snippet=snippet(entry.raw[best if best != TITLE else LEAD], terms),
                systems=entry.doc.systems,
            )
            for neg, _length, _id, entry, best in ranked[:limit]
        ]

    def suggest(
        self, system: str | None, text: str, limit: int = 5, kinds: Iterable[str] = (PLAN,)
    ) -> list[SearchHit]:
        """Documents for a ticket: those of its system first, ranked by words of its text.

        A ticket's description is not a query: each Chinese bigram and Latin word found in a
        document counts, and documents of the ticket's system get a bonus. When no document
        shares enough words with the call, the plans of its system are offered.
        """
        grams = description_grams(text)
        wanted = set(kinds)
        with self._lock:
            entries = [e for e in self._columns.entries if e.doc.kind in wanted]
        ranked: list[tuple[int, int, _Indexed]] = []
        of_system: list[tuple[int, int, _Indexed]] = []
        for entry in entries:
            points = 0
            for gram in grams:
                for name in FIELD_ORDER:
                    if gram in entry.fields[name]:
                        points += FIELD_WEIGHTS[name] // 10
                        break
            mine = bool(system) and system in entry.doc.systems
            if points >= MIN_SUGGEST_POINTS:
                ranked.append((-(points + (SYSTEM_BONUS if mine else 0)), entry.doc.id, entry))
            elif mine:
                of_system.append((-SYSTEM_BONUS, entry.doc.id, entry))
        if not ranked:  # no word of the call matched: the plans of its system
            ranked = of_system
        ranked.sort(key=lambda r: (r[0], r[1]))
        return [
            SearchHit(
                kind=e.doc.kind,
                id=e.doc.id,
                title=e.doc.title,
                score=-neg,
                field=LEAD,
                snippet=snippet(e.raw[LEAD], grams),
                systems=e.doc.systems,
            )
            for neg, _id, e in ranked[:limit]
        ]


SYSTEM_BONUS = 40
MIN_SUGGEST_POINTS = 2  # one word of the call found in the steps alone is noise
STOP_GRAMS = frozenset({"一个", "发现", "无法", "出现", "问题", "正常", "进行", "情况", "工作"})


def description_grams(text: str) -> list[str]:
    """A ticket's text as distinct Chinese character bigrams and Latin words of 2+ letters."""
    grams: list[str] = []
    for term in _TERM.findall(normalise(text)):
        if is_cjk(term[0]):
            pieces = [term[i : i + 2] for i in range(len(term) - 1)]
        else:
            pieces = [term] if len(term) >= 2 and not term.isdigit() else []
        for piece in pieces:
            if piece not in grams and piece not in STOP_GRAMS:
                grams.append(piece)
    return grams
