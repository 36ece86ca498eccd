"""The rows beside the code before the feature rooms: a figure and its baseline measured in
pairs, back to back, and judged by the spread of the pairs' ratios, not by one median.

Figures are not asserted (timings are not for tests); what is asserted is how the table shows
paired ratios and when it calls such a row met.
"""

from __future__ import annotations

from bench import report
from bench.measure import Figure, Paired, Row


def _row(ratios: list[float]) -> Row:
    return Row(
        "before",
        "/paper, CPU time",
        "seed",
        Figure(1.0, None, "ms", 90),
        Figure(1.2, None, "ms", 90),
        "the code at a72f308",
        paired=Paired.of(ratios),
        paired_limit=1.0,
    )


def test_paired_ratios_are_shown_by_their_median_and_interquartile_range() -> None:
    line = report.table([_row([0.8, 0.85, 0.9, 0.95, 1.0])])

    assert "| 0.9× (IQR 0.85–0.95, 5 pairs) |" in line


def test_a_paired_row_is_met_only_when_three_pairs_in_four_are_no_slower() -> None:
    faster, mostly_faster = _row([0.8, 0.85, 0.9, 0.95, 1.0]), _row([0.8, 0.9, 0.95, 1.05, 1.1])

    verdicts = report.verdicts([faster, mostly_faster])

    assert mostly_faster.ratio == 0.95  # faster at the median, yet slower one time in four
    assert verdicts[0].startswith("- met: before / /paper, CPU time / seed: 0.9×")
    assert verdicts[1].startswith("- MISSED: before / /paper, CPU time / seed: 0.95×")
    assert "upper quartile <= 1×" in verdicts[1]
