"""markerflow review and markerflow user: run the reviewers' web app; manage its users."""

import getpass
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from flows.cli.app import app
from flows.cli.exit_codes import ExitCode
from review.permissions import Role

if TYPE_CHECKING:
    from sqlalchemy import Engine

review_app = typer.Typer(help="The reviewers' web app.", no_args_is_help=True)
user_app = typer.Typer(help="Users of the review app.", no_args_is_help=True)
app.add_typer(review_app, name="review")
app.add_typer(user_app, name="user")


@review_app.command("serve")
def serve(
    port: int = typer.Option(8000, help="TCP port to listen on."),
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
        raise typer.Exit(ExitCode.USAGE) from error
    typer.echo(f"added {user.name} as {user.role.value}")


@user_app.command("list")
def user_list() -> None:
    """The users and their roles."""
    from flows.databases import review_engine
    from review.users import UserStore

    for user in UserStore(review_engine()).list():
        state = "" if user.active else " (inactive)"
        typer.echo(f"{user.name}\t{user.role.value}{state}")


def _user_named(name: str) -> tuple["Engine", int]:
    from flows.databases import review_engine
    from review.users import UserStore

    engine = review_engine()
    user = UserStore(engine).by_name(name)
    if user is None:
        typer.echo(f"error: no user {name!r}", err=True)
        raise typer.Exit(ExitCode.USAGE)
    return engine, user.id


@user_app.command("deactivate")
def user_deactivate(name: Annotated[str, typer.Argument(help="The user's log-in name.")]) -> None:
    """Deactivate a user: their sessions end and they can no longer log in."""
    from review.audit import AuditAction, AuditLog
    from review.users import UserStore

    engine, user_id = _user_named(name)
    UserStore(engine).set_active(user_id, False)
    AuditLog(engine).record(AuditAction.USER_DEACTIVATED, detail=f"{name} (command line)")
    typer.echo(f"deactivated {name}")


@user_app.command("password")
def user_password(name: Annotated[str, typer.Argument(help="The user's log-in name.")]) -> None:
    """Set a user's password (read from standard input); their sessions end."""
    from review.audit import AuditAction, AuditLog
    from review.errors import WeakPassword
    from review.login_throttle import LoginThrottle, ThrottleKind
    from review.users import UserStore

    engine, user_id = _user_named(name)
    try:
        UserStore(engine).reset_password(user_id, read_password())
    except WeakPassword as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(ExitCode.USAGE) from error
    LoginThrottle(engine).unlock(ThrottleKind.ACCOUNT, name)
    AuditLog(engine).record(AuditAction.PASSWORD_RESET, detail=f"{name} (command line)")
    typer.echo(f"new password set for {name}")


@user_app.command("unlock")
def user_unlock(
    key: Annotated[str, typer.Argument(help="The account name, or with --client an address.")],
    client: Annotated[bool, typer.Option("--client", help="KEY is a client address.")] = False,
) -> None:
    """Let an account (or a client address) log in again at once after failed log-ins."""
    from flows.databases import review_engine
    from review.audit import AuditAction, AuditLog
    from review.login_throttle import LoginThrottle, ThrottleKind

    engine = review_engine()
    kind = ThrottleKind.CLIENT if client else ThrottleKind.ACCOUNT
    had = LoginThrottle(engine).unlock(kind, key)
    AuditLog(engine).record(AuditAction.LOGIN_UNLOCKED, detail=f"{kind.value} {key} (command line)")
    typer.echo(f"unlocked {kind.value} {key}" if had else f"{kind.value} {key} was not locked")
