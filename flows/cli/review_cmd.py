"""markerflow review and markerflow user: run the reviewers' web app; manage its users."""

import getpass
import sys
from typing import Annotated

import typer

from flows.cli.app import app
from review.permissions import Role

DEFAULT_PORT = 8000

review_app = typer.Typer(help="The reviewers' web app.", no_args_is_help=True)
user_app = typer.Typer(help="Users of the review app.", no_args_is_help=True)
app.add_typer(review_app, name="review")
app.add_typer(user_app, name="user")


@review_app.command("serve")
def serve(
    port: int = typer.Option(DEFAULT_PORT, help="TCP port to listen on."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on; put TLS in front."),
) -> None:
    """Run the review app alone; sign-off emits the Prefect event that finalizes a case."""
    import uvicorn

    uvicorn.run("flows.review_app:build_app", factory=True, host=host, port=port)


def read_password() -> str:
    """The password from standard input: prompted on a terminal, else its first line."""
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != first:
            raise typer.BadParameter("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="The user's log-in name.")],
    role: Annotated[Role, typer.Option("--role", help="viewer, reviewer or admin.")],
) -> None:
    """Add a user; the password is read from standard input, never from the command line."""
    from flows.databases import review_engine
    from review.errors import UserExists, WeakPassword
    from review.users import UserStore

    password = read_password()
    try:
        user = UserStore(review_engine()).add(name, role, password)
    except (UserExists, WeakPassword) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error
    typer.echo(f"added {user.name} as {user.role.value}")


@user_app.command("list")
def user_list() -> None:
    """The users and their roles."""
    from flows.databases import review_engine
    from review.users import UserStore

    for user in UserStore(review_engine()).list():
        state = "" if user.active else " (inactive)"
        typer.echo(f"{user.name}\t{user.role.value}{state}")
