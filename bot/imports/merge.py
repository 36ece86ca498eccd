"""A conference's hand-curated papers joined with a full list of its accepted papers.

The curated papers carry what only a person can write (summaries, sessions, awards, aliases);
a paper list carries every accepted paper but none of that. Merging keeps every curated word
and fills in only what the curated entry lacks, so re-importing a list never undoes curation.
Nothing is dropped silently: what could not be joined cleanly is reported as `Skipped`.
"""

from __future__ import annotations

from dataclasses import replace

from bot.domain.imported import ConferenceData, PaperData, PaperList, Skipped
from bot.domain.text import unique_slug, words


def title_key(title: str) -> str:
    """A title as compared across sources: case, accents and punctuation do not count, so
    a list that shouts "SPARSE MASKS: ..." still meets the curated "Sparse Masks: ..."."""
    return " ".join(words(title))


def _enriched(curated: PaperData, listed: PaperData) -> PaperData:
    """The curated paper, with what it lacks taken from the list."""
    return replace(
        curated,
        authors=curated.authors or listed.authors,
        openreview_id=curated.openreview_id or listed.openreview_id,
        arxiv_id=curated.arxiv_id or listed.arxiv_id,
        affiliations=curated.affiliations or listed.affiliations,
        keywords=curated.keywords or listed.keywords,
        site_url=curated.site_url or listed.site_url,
        code_url=curated.code_url or listed.code_url,
    )


def _matches(curated: tuple[PaperData, ...], listed: tuple[PaperData, ...]) -> dict[str, int]:
    """Curated slug -> index of its list paper: by OpenReview id first, then by title, each
    list paper taken once (ids are exact; a title only joins papers no id has claimed)."""
    by_id = {
        paper.openreview_id: index for index, paper in enumerate(listed) if paper.openreview_id
    }
    found: dict[str, int] = {}
    for paper in curated:
        index = by_id.get(paper.openreview_id or "")
        if index is not None and index not in found.values():
            found[paper.slug] = index
    taken = set(found.values())
    by_title: dict[str, int] = {}
    for index, paper in enumerate(listed):
        if index not in taken:
            by_title.setdefault(title_key(paper.title), index)
    for paper in curated:
        if paper.slug not in found and title_key(paper.title) in by_title:
            found[paper.slug] = by_title.pop(title_key(paper.title))
    return found


def merge_papers(
    conference: ConferenceData, papers: PaperList
) -> tuple[ConferenceData, tuple[Skipped, ...]]:
    """The conference with every list paper: curated ones enriched in place, the others
    appended in list order. Reports curated papers the list lacks (they stay) and list papers
    renamed because a curated paper holds their slug."""
    source = papers.source or "the paper list"
    matches = _matches(conference.papers, papers.papers)
    merged: list[PaperData] = []
    report: list[Skipped] = []
    for paper in conference.papers:
        if paper.slug in matches:
            merged.append(_enriched(paper, papers.papers[matches[paper.slug]]))
        else:
            report.append(Skipped(f"papers ({paper.slug})", f"not in {source}; kept as curated"))
            merged.append(paper)
    curated = {paper.slug for paper in merged}
    used = set(curated)
    joined = set(matches.values())
    for index, paper in enumerate(papers.papers):
        if index in joined:
            continue
        if paper.slug in used:
            slug = unique_slug(paper.slug, used)
            holder = "a curated paper" if paper.slug in curated else "another paper of the list"
            report.append(
                Skipped(
                    f"{source} ({paper.slug})",
                    f"slug {paper.slug!r} is taken by {holder}; added as {slug!r}",
                )
            )
            paper = replace(paper, slug=slug)
        used.add(paper.slug)
        merged.append(paper)
    return replace(conference, papers=tuple(merged)), tuple(report)
