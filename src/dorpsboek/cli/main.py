"""Entry point of `dorpsboek`: parse, run one command, map named errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from dorpsboek import __version__
from dorpsboek.atomic import is_disk_full
from dorpsboek.cli.messages import say
from dorpsboek.errors import DorpsboekError


def _command_modules() -> list[ModuleType]:
    """Every `cli/cmd_*.py` module; each adds its subcommands with `register(subparsers)`.

    Discovered rather than listed, so a feature adds its commands without touching this file.
    """
    import pkgutil  # here: `dorpsboek gui` starts without it (cold start)

    import dorpsboek.cli as package

    # pkgutil (not a glob over *.py) so that discovery also works inside a frozen app.
    names = sorted(
        m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("cmd_")
    )
    return [importlib.import_module(f"dorpsboek.cli.{name}") for name in names]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own exit code for usage errors is 2, as in the contract; keep it short.
        self.print_usage(sys.stderr)
        self.exit(2, f"{say('usage')} ({message})\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dorpsboek", description="Dorpsboek: het versleutelde dorpsboek.")
    parser.add_argument("--version", action="version", version=f"dorpsboek {__version__}")
    parser.add_argument("--book", type=Path, help="het boek (standaard in de gebruikersmap)")
    parser.add_argument("--passphrase-file", help="bestand met het wachtwoord van het boek")
    parser.add_argument("--new-passphrase-file", help="bestand met het nieuwe wachtwoord")
    parser.add_argument("--bundle-passphrase-file", help="bestand met het pakketwachtwoord")
    parser.add_argument("--debug", action="store_true", help="toon technische details bij fouten")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in _command_modules():
        module.register(sub)
    return parser


def _gui_only(argv: Sequence[str]) -> tuple[Path | None, bool, Path | None] | None:
    """(book, demo, package) for `dorpsboek [--book B] [gui [--demo] [FILE]]`, else None.

    Starting the window this way skips importing every command module (and with them the
    store and SQLAlchemy, ~0.5 s), so the unlock window appears fast; the app loads the
    store in the background while she types.
    """
    args, book = list(argv), None
    if len(args) >= 2 and args[0] == "--book":
        book, args = Path(args[1]), args[2:]
    elif args and args[0].startswith("--book="):
        book, args = Path(args[0].split("=", 1)[1]), args[1:]
    if args in ([], ["gui"]):
        return book, False, None
    if args == ["gui", "--demo"]:
        return book, True, None
    if len(args) == 2 and args[0] == "gui" and not args[1].startswith("-"):
        return book, False, Path(args[1])  # a package double-clicked (desktop file, installer)
    return None


def _run_gui_fast(argv: Sequence[str]) -> int | None:
    chosen = _gui_only(argv)
    if chosen is None:
        return None
    try:
        from dorpsboek.ui.app import run
    except ImportError:
        return None  # the full path below says the window is missing
    from dorpsboek.paths import default_book

    book, demo, package = chosen
    return int(run(book=book or default_book(), demo=demo, package=package))


def main(argv: Sequence[str] | None = None) -> int:
    if os.name != "nt":
        # Whatever the app writes (a PDF, a cache, a file some library creates) is hers
        # alone; the store also creates its files 0600 itself, so the library is safe too.
        os.umask(0o077)
    fast = _run_gui_fast(sys.argv[1:] if argv is None else argv)
    if fast is not None:
        return fast
    from dorpsboek.cli import cmd_core

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.command = "gui"
        args.func = cmd_core.cmd_gui
        args.demo = False
    try:
        return int(args.func(args) or 0)
    except DorpsboekError as exc:
        print(say(exc.key, detail=exc.detail), file=sys.stderr)
        if args.debug:
            raise
        return exc.exit_code
    except KeyboardInterrupt:
        return 1
    except Exception as exc:
        if args.debug or os.environ.get("DORPSBOEK_DEBUG"):
            raise
        # A full disk can surface from anywhere (a folder, a temp file): it is not a bug.
        if is_disk_full(exc):
            print(say("disk_full"), file=sys.stderr)
        elif "disk i/o error" in str(exc).lower():  # not full: a broken or removed disk
            print(say("io_error"), file=sys.stderr)
        else:
            print(say("bug"), file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
