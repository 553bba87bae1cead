"""The `listenwell` command: one Typer app; each area registers its commands here."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from typer.core import TyperGroup

from listenwell import __version__
from listenwell.cli.common import err_console, with_workspace
from listenwell.domain import ListenwellError


class GuardedGroup(TyperGroup):
    """Turns a ListenwellError anywhere below into one red line and its exit code (2).

    Anything else is a bug: Python prints the traceback and the exit code is 1.
    """

    def invoke(self, ctx):  # noqa: ANN001, ANN201 - click's signature
        try:
            return super().invoke(ctx)
        except ListenwellError as exc:
            err_console.print(f"[red]error:[/] {escape(with_workspace(ctx, str(exc)))}", highlight=False,
                              soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=GuardedGroup,
    name="listenwell",
    help="A local-first workbench for customer interviews. Nothing leaves this machine.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"listenwell {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    workspace: Annotated[
        Optional[Path],
        typer.Option("--workspace", "-w", envvar="LISTENWELL_WORKSPACE",
                     help="Workspace folder (default: your user data folder)."),
    ] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version.")] = False,
) -> None:
    ctx.obj = {"path": workspace, "workspace": None}


# --- registration: one line per area ---------------------------------------------------------
from listenwell.cli import coach as _coach  # noqa: E402
from listenwell.cli import demo as _demo  # noqa: E402
from listenwell.cli import interviews as _interviews  # noqa: E402
from listenwell.cli import studies as _studies  # noqa: E402
from listenwell.cli import transcribe as _transcribe  # noqa: E402

app.add_typer(_studies.study_app, name="study")
app.add_typer(_studies.participants_app, name="participants")
app.command("import")(_interviews.import_cmd)
app.add_typer(_interviews.interviews_app, name="interviews")
app.command("demo")(_demo.demo)
from listenwell.cli import guide as _guide  # noqa: E402
from listenwell.cli import kit as _kit  # noqa: E402
from listenwell.cli import recruit as _recruit  # noqa: E402

app.add_typer(_guide.guide_app, name="guide")
app.add_typer(_recruit.recruit_app, name="recruit")
app.command("kit")(_kit.kit)
app.command("coach")(_coach.coach)
app.command("transcribe")(_transcribe.transcribe)
from listenwell.cli import analyze as _analyze  # noqa: E402
from listenwell.cli import themes as _themes  # noqa: E402

app.command("analyze")(_analyze.analyze)
app.add_typer(_themes.themes_app, name="themes")
from listenwell.cli import share as _share  # noqa: E402

_share.register(app)
from listenwell.cli import search as _search  # noqa: E402
from listenwell.cli import serve as _serve  # noqa: E402
from listenwell.cli import users as _users  # noqa: E402

app.command("serve")(_serve.serve)
app.command("search")(_search.search)
app.add_typer(_users.users_app, name="users")


def main() -> None:
    """Console entry point."""
    app(prog_name="listenwell")


if __name__ == "__main__":  # pragma: no cover
    main()
