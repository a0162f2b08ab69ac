"""`assess portfolio init|add|list|remove` and `assess benchmark`: the firm's private benchmark."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from assess.cli.options import lang_option
from assess.models.text import Lang

if TYPE_CHECKING:
    from assess.portfolio.store import Portfolio

portfolio_option = click.option(
    "--portfolio",
    "url",
    envvar="ASSESS_PORTFOLIO",
    default=None,
    metavar="URL",
    help="The portfolio: a PostgreSQL address (postgresql://user:password@host/db) shared by a "
    "team, or sqlite:///FILE (default: portfolio.sqlite in the user data folder; "
    "ASSESS_PORTFOLIO sets it too).",
)


def opened(url: str | None) -> Portfolio:
    from assess.portfolio.store import Portfolio, default_url

    return Portfolio(url or default_url())


@click.group("portfolio")
def portfolio() -> None:
    """Keep anonymized summaries of engagements, to benchmark new ones against."""


@portfolio.command("init")
@click.argument("url", required=False)
def init(url: str | None) -> None:
    """Prepare an empty portfolio (or bring an older one up to date) at URL."""
    from assess.portfolio.store import default_url, local_path, shown

    chosen = url or default_url()
    folder = local_path(chosen)
    if folder is not None:
        folder.parent.mkdir(parents=True, exist_ok=True)
    version = opened(chosen).init()
    click.echo(f"portfolio ready at {shown(chosen)} (schema version {version})")


@portfolio.command("add")
@click.argument("workspace", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--with-organization", is_flag=True, help="Keep the organization's name too.")
@portfolio_option
def add(workspace: Path, with_organization: bool, url: str | None) -> None:
    """Add (or replace) an engagement's anonymized summary: industry, size band, profile,
    questionnaire and version, scores and spread; no names, notes or organization unless asked."""
    from assess.portfolio.summary import summarize
    from assess.sources import load_source

    summary = summarize(load_source(workspace), named=with_organization)
    opened(url).add(summary)
    facts = [summary.industry or "—", summary.size_band or "—", f"n={summary.respondents}"]
    click.echo(f"added {summary.key} ({summary.questionnaire} v{summary.version}, "
               f"{', '.join(facts)})")  # fmt: skip


@portfolio.command("list")
@portfolio_option
def list_(url: str | None) -> None:
    """The engagements in the portfolio."""
    for s in opened(url).engagements():
        facts = [
            str(s.added_on),
            f"{s.questionnaire} v{s.version}",
            s.industry or "—",
            s.size_band or "—",
            s.profile or "—",
            f"n={s.respondents}",
            s.organization or "",
        ]
        click.echo(f"{s.key}  " + "  ".join(facts).rstrip())


@portfolio.command("remove")
@click.argument("key")
@portfolio_option
def remove(key: str, url: str | None) -> None:
    """Remove an engagement by the key `portfolio list` shows."""
    from assess.errors import BadInput

    if not opened(url).remove(key):
        raise BadInput.one(key, "no engagement with this key", fix="see `assess portfolio list`")
    click.echo(f"removed {key}")


@click.command("benchmark")
@click.argument("workspace", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--industry", default=None, help="Only peers of this industry (as written).")
@click.option(
    "--size", "size_band", default=None, help="Only peers of this size band, e.g. 1000–4999."
)
@click.option("--profile", default=None, help="Only peers assessed with this profile.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@portfolio_option
@lang_option
def benchmark(
    workspace: Path,
    industry: str | None,
    size_band: str | None,
    profile: str | None,
    fmt: str,
    url: str | None,
    lang: Lang | None,
) -> None:
    """Place an engagement among its peers in the portfolio (same questionnaire, same major
    version): percentile ranks per dimension, given at least 5 peers."""
    from assess.portfolio.benchmark import MIN_PEERS, standing
    from assess.portfolio.summary import summarize
    from assess.sources import load_source

    assessment = load_source(workspace)
    own = summarize(assessment)
    peers = opened(url).engagements(own.questionnaire, own.major, industry, size_band, profile)
    result = standing(own, peers)
    if fmt == "json":
        click.echo(result.model_dump_json(indent=2))
        return
    chosen = lang or assessment.engagement.language
    q = assessment.questionnaire
    click.echo(f"{result.peers} peers ({q.id} v{own.major}.x"
               f"{', ' + industry if industry else ''}{', ' + size_band if size_band else ''}"
               f"{', ' + profile if profile else ''})")  # fmt: skip
    if not result.enough:
        click.echo(f"fewer than {MIN_PEERS} peers: no percentile is given")
        return
    for d in result.dimensions:
        name = q.dimension(d.dimension).name.get(chosen)
        click.echo(f"{name}: {d.score or 0:.1f}, percentile {d.percentile:.0f} "
                   f"(peers: p25 {d.peers_p25:.1f}, median {d.peers_median:.1f}, "
                   f"p75 {d.peers_p75:.1f})")  # fmt: skip
