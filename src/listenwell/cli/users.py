"""`listenwell users`: local accounts for the web app when it listens beyond this machine."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.table import Table

from listenwell.cli.common import console, open_workspace, print_json
from listenwell.domain import InputError

users_app = typer.Typer(help="Accounts for `listenwell serve` on a network address.", no_args_is_help=True)


@users_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str, typer.Option("--role", help="owner, editor or viewer.")] = "viewer",
    password_env: Annotated[str | None, typer.Option(
        "--password-env", help="Read the password from this environment variable instead of asking.")] = None,
) -> None:
    """Add an account (the password is asked for twice, or read from --password-env)."""
    if password_env:
        password = os.environ.get(password_env)
        if not password:
            raise InputError(f"environment variable {password_env} is empty or not set")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    user = open_workspace(ctx).add_user(name, password, role)
    console.print(f"Added [bold]{user.username}[/] as {user.role}.")


@users_app.command("list")
def list_(ctx: typer.Context, json_: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List accounts and their roles."""
    users = open_workspace(ctx).users()
    if json_:
        print_json([{"username": u.username, "role": u.role} for u in users])
        return
    table = Table("User", "Role")
    for u in users:
        table.add_row(u.username, u.role)
    console.print(table)


@users_app.command("remove")
def remove(ctx: typer.Context, name: Annotated[str, typer.Argument(help="User name.")]) -> None:
    """Remove an account."""
    open_workspace(ctx).remove_user(name)
    console.print(f"Removed {name}.")
