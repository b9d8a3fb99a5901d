"""The ``citylinks`` command line: ``export``, ``formats``, ``plugins`` and plugin commands.

``build_app(pm, registry)`` builds the Typer application; nothing runs at import
time, so tests build a fresh one on a fresh plugin manager. Errors are one line
on stderr (``citylinks: error: ...``), a traceback only with ``--debug``.

Exit codes: 0 everything was exported; 1 some inputs were refused (the rest were
still exported) or the export failed; 2 usage error (unknown format, bad option);
130 interrupted (Ctrl-C), 143 terminated (SIGTERM) — an output file is then left
as it was.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Annotated, Any, cast

import pluggy
import typer
from typer.core import TyperGroup

from citylinks import __version__
from citylinks.atomic import atomic_output
from citylinks.components import Engine, Exporter, InputSource, Refusal
from citylinks.decoding import DEFAULT_MAX_BYTES, byte_limit
from citylinks.inputs import STDIN, iter_input_sources
from citylinks.models import Document
from citylinks.pipeline import DEFAULT_MAX_RECORDS, StrictModeError, build_dataset
from citylinks.plugins import BrokenPlugin, Registry, UnknownComponentError, get_plugin_manager

try:  # typer >= 0.2x carries its own copy of click
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover - older typer on top of click
    from click.exceptions import ClickException  # type: ignore[assignment]

PROG = "citylinks"
EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _one_line(text: object) -> str:
    # File names and plugin messages may hold line breaks or terminal escapes; each
    # message must stay one line of plain text, so those are shown escaped.
    return _UNPRINTABLE.sub(lambda m: " " if m.group() in "\r\n\t" else repr(m.group())[1:-1], str(text))


def _error(message: str) -> None:
    typer.echo(f"{PROG}: error: {_one_line(message)}", err=True)


class _CitylinksGroup(TyperGroup):
    """Usage errors and unexpected failures as one line on stderr, never a usage box or a traceback."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(
                args, prog_name, complete_var, standalone_mode=False, windows_expand_args=windows_expand_args, **extra
            )
        argv = list(sys.argv[1:] if args is None else args)
        try:
            # Run non-standalone so that errors come back to us instead of being printed as a box.
            code = super().main(
                args, prog_name, complete_var, standalone_mode=False, windows_expand_args=windows_expand_args, **extra
            )
        except ClickException as error:
            if type(error).__name__ == "NoArgsIsHelpError":
                # The help was already printed while the error was built (rich); plain mode returns it.
                if error.format_message().strip():
                    typer.echo(error.format_message(), err=True)
            else:
                _error(_with_hint(error))
            sys.exit(error.exit_code)
        except typer.Abort:
            _error("aborted")
            sys.exit(EXIT_REFUSED)
        except Exception as error:
            if "--debug" in argv:
                raise
            _error(f"{type(error).__name__}: {error} (run with --debug for the traceback)")
            sys.exit(EXIT_REFUSED)
        # Non-standalone mode hands back typer.Exit codes as return values.
        sys.exit(code if isinstance(code, int) and not isinstance(code, bool) else EXIT_OK)


def _with_hint(error: ClickException) -> str:
    message = error.format_message()
    ctx = getattr(error, "ctx", None)
    if ctx is not None and getattr(error, "exit_code", 1) == EXIT_USAGE:
        message += f" (see '{ctx.command_path} --help')"
    return message


class _Messages:
    """One-line messages on stderr: refusals always; notes and the summary unless ``--quiet``.

    While a progress bar is shown, lines go through its console so they print above it.
    """

    def __init__(self, quiet: bool, debug: bool = False) -> None:
        self.quiet = quiet
        self.debug = debug
        self.console: Any = None

    def line(self, text: str) -> None:
        if self.console is not None:
            self.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(text, err=True)

    def refusal(self, refusal: Refusal) -> None:
        self.line(_one_line(refusal))
        if self.debug and refusal.detail:
            self.line(refusal.detail.rstrip("\n"))

    def note(self, text: object) -> None:
        if not self.quiet:
            self.line("note: " + _one_line(text))


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


@contextlib.contextmanager
def _progress(messages: _Messages, enabled: bool) -> Iterator[Callable[[Document], None]]:
    """A callback counting documents; with ``enabled``, a rich bar with count and rate on stderr."""
    if not enabled:
        yield lambda document: None
        return
    from rich.console import Console
    from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed or 0:.1f} documents/s")

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} documents"),
        RateColumn(),
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    task = progress.add_task("reading", total=None)
    with progress:
        messages.console = progress.console
        try:
            yield lambda document: progress.advance(task)
        finally:
            messages.console = None


def parse_options(pairs: Iterable[str]) -> dict[str, str]:
    """``["key=value", ...]`` → dict; a pair without ``=`` or without a key raises ``ValueError``."""
    options: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"bad --option {pair!r}: expected key=value")
        options[key.strip()] = value
    return options


def _without_output(
    sources: Iterable[InputSource | Refusal], output: str | None, messages: _Messages
) -> Iterator[InputSource | Refusal]:
    # Exporting a directory into a file inside it must not read the previous export back in.
    # An input is the output when it is the same file (device and inode: one stat, however
    # deep the path; hard and symbolic links included); an output not there yet is no input.
    try:
        status = os.stat(output) if output else None
    except OSError:
        status = None
    target = (status.st_dev, status.st_ino) if status is not None else None
    for source in sources:
        if target and isinstance(source, InputSource) and source.path and _identity(source.path) == target:
            messages.note(f"{source.name}: skipped, it is the output file")
            continue
        yield source


def _identity(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


class _Terminated(BaseException):
    """SIGTERM or SIGHUP arrived while the output was being written."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.exit_code = 128 + signum


@contextlib.contextmanager
def _terminate_as_exception() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise ``_Terminated``, so that ``atomic_output``
    removes its temporary file (by default they end the process on the spot)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise _Terminated(signum)

    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {signum: signal.signal(signum, stop) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)


def _binary_stdout() -> IO[bytes]:
    sys.stdout.flush()
    # sys.stdout may have been replaced by a stream with no .buffer; it is then written to as it is.
    return cast("IO[bytes]", getattr(sys.stdout, "buffer", sys.stdout))


def _fail(message: str, code: int) -> typer.Exit:
    _error(message)
    return typer.Exit(code)


def _resolve_exporter(registry: Registry, format_name: str, option_pairs: list[str]) -> Exporter:
    """The exporter for ``--format`` with its options, or a usage error listing what exists."""
    try:
        exporter_cls = registry.exporter(format_name)
        # Resolve every component now: a plugin conflict is reported before a long run, not after.
        registry.readers()
        registry.parsers()
        registry.enrichers()
    except UnknownComponentError:
        known = ", ".join(sorted(registry.names("exporters"))) or "none"
        raise _fail(f"unknown format {format_name!r} (known formats: {known})", EXIT_USAGE) from None
    except (TypeError, ValueError) as error:  # duplicate names, a plugin registering a non-component
        raise _fail(str(error), EXIT_USAGE) from None
    try:
        return exporter_cls(parse_options(option_pairs))
    except ValueError as error:
        raise _fail(str(error), EXIT_USAGE) from None


def _resolve_engine(
    registry: Registry, engine_name: str | None, jobs: int | None, scheduler: str | None
) -> Engine | None:
    """The engine for ``--engine``, or a usage error listing those that exist.

    Without ``--engine``, the ``local`` engine; None (parse in this process) for a
    registry that has none, such as a test's.
    """
    if engine_name is None:
        if "local" not in registry.names("engines"):
            return None
        engine_name = "local"
    try:
        engine_cls = registry.engine(engine_name)
    except UnknownComponentError:
        known = ", ".join(sorted(registry.names("engines"))) or "none"
        raise _fail(f"unknown engine {engine_name!r} (known engines: {known})", EXIT_USAGE) from None
    except (TypeError, ValueError) as error:
        raise _fail(str(error), EXIT_USAGE) from None
    try:
        return engine_cls(jobs=jobs, scheduler=scheduler)
    except ValueError as error:
        raise _fail(str(error), EXIT_USAGE) from None


def _open_cache(registry: Registry, cache_path: str | None, messages: _Messages) -> Any:
    """The parse cache, or None when it cannot be opened: a cache only saves time, it never stops a run."""
    import sqlite3

    from citylinks.cache import ParseCache, default_cache_path
    from citylinks.parsing import parser_fingerprint

    path = cache_path or default_cache_path()
    try:
        return ParseCache(path, parser_fingerprint(registry), on_note=messages.note)
    except (OSError, sqlite3.Error) as error:
        messages.note(f"cache {path} not used: {getattr(error, 'strerror', None) or error}")
        return None


def run_export(
    registry: Registry,
    paths: list[str],
    format_name: str = "json",
    output: str | None = None,
    option_pairs: list[str] | None = None,
    strict: bool = False,
    quiet: bool = False,
    debug: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int | None = None,
    engine_name: str | None = None,
    scheduler: str | None = None,
    cache_path: str | None = None,
    use_cache: bool = True,
    max_records: int = DEFAULT_MAX_RECORDS,
) -> int:
    """What ``citylinks export`` does; returns the exit code (usage errors raise ``typer.Exit``)."""
    messages = _Messages(quiet, debug)
    for broken in registry.broken:
        messages.note(broken)
    exporter = _resolve_exporter(registry, format_name, list(option_pairs or ()))
    if cache_path is not None and not use_cache:
        raise _fail("--cache and --no-cache together: choose one", EXIT_USAGE)
    engine = _resolve_engine(registry, engine_name, jobs, scheduler)
    cache = _open_cache(registry, cache_path, messages) if use_cache else None
    to_file = output is not None and output != STDIN
    sources = _without_output(iter_input_sources(paths), output if to_file else None, messages)
    show_progress = not quiet and _stderr_is_terminal()
    try:
        with byte_limit(max_bytes), _progress(messages, show_progress) as counted:
            dataset, report = build_dataset(
                registry,
                sources=sources,
                on_refusal=messages.refusal,
                on_notice=messages.note,
                on_document=counted,
                strict=strict,
                engine=engine,
                cache=cache,
                max_records=max_records,
            )
    except StrictModeError:
        raise _fail("stopped at the first refusal (--strict); nothing written", EXIT_REFUSED) from None
    except KeyboardInterrupt:
        raise _fail("interrupted; nothing written", EXIT_INTERRUPTED) from None
    except Exception as error:
        if debug:
            raise
        raise _fail(f"{type(error).__name__}: {error} (run with --debug for the traceback)", EXIT_REFUSED) from None
    finally:
        if cache is not None:
            cache.close()

    target = output if to_file else "standard output"
    untouched = ""
    if to_file:
        assert output is not None
        untouched = f"; {output} left as it was" if os.path.exists(output) else "; nothing written"
    try:
        if output is not None and to_file:
            with _terminate_as_exception(), atomic_output(output) as out:
                exporter.export_dataset(dataset, out)
        else:
            stream = _binary_stdout()
            exporter.export_dataset(dataset, stream)
            stream.flush()
    except BrokenPipeError:
        raise
    except _Terminated as stop:
        raise _fail(f"stopped by {stop}{untouched}", stop.exit_code) from None
    except KeyboardInterrupt:
        raise _fail(f"interrupted{untouched}", EXIT_INTERRUPTED) from None
    except OSError as error:
        if debug:
            raise
        raise _fail(f"cannot write {target}: {error.strerror or error}{untouched}", EXIT_REFUSED) from None
    except Exception as error:
        if debug:
            raise
        raise _fail(
            f"format {format_name!r} failed: {type(error).__name__}: {error}{untouched}", EXIT_REFUSED
        ) from None

    skipped = getattr(exporter, "skipped", 0)
    if isinstance(skipped, int) and skipped > 0:
        reason = getattr(exporter, "skipped_reason", "")
        messages.note(f"format {format_name!r} skipped {skipped} record(s)" + (f": {reason}" if reason else ""))
    refused = len(report.refusals)
    if refused or not quiet:
        messages.line(f"{PROG}: {report.documents} documents processed, {refused} refused")
    return EXIT_REFUSED if refused else EXIT_OK


def _describe_formats(registry: Registry) -> list[str]:
    lines = []
    for name in sorted(registry.names("exporters")):
        exporter = registry.exporter(name)
        lines.append(f"{name}  ({exporter.suffix or 'no suffix'})  {exporter.description}".rstrip())
        for key, help_text in sorted(exporter.options_help.items()):
            lines.append(f"    -O {key}=...  {_one_line(help_text)}")
    return lines


def _describe_plugins(registry: Registry) -> list[str]:
    lines = []
    for info in registry.plugin_infos():
        origin = " (built-in)" if info.builtin else ""
        components = ", ".join(info.components) or "no components"
        lines.append(f"{info.name} {info.version}{origin}: {components}")
    lines.extend(f"broken: {broken.name}: {_one_line(broken.error)}" for broken in registry.broken)
    return lines


def _print_lines(describe: Callable[[Registry], list[str]], registry: Registry) -> None:
    try:
        lines = describe(registry)
    except (TypeError, ValueError) as error:  # duplicate names, a plugin registering a non-component
        raise _fail(str(error), EXIT_USAGE) from None
    for line in lines:
        typer.echo(line)


def _register_plugin_commands(pm: pluggy.PluginManager, app: typer.Typer, registry: Registry) -> None:
    # One implementation at a time, so that a plugin failing here costs only its own commands.
    for impl in reversed(pm.hook.citylinks_register_commands.get_hookimpls()):
        try:
            impl.function(app=app)
        except Exception as error:  # noqa: BLE001 (reported with the plugin's name, like a broken plugin)
            name = pm.get_name(impl.plugin) or repr(impl.plugin)
            registry.broken.append(BrokenPlugin(name, f"commands not added: {type(error).__name__}: {error}"))


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"{PROG} {__version__}")
        raise typer.Exit


def build_app(pm: pluggy.PluginManager | None = None, registry: Registry | None = None) -> typer.Typer:
    """The ``citylinks`` application over a plugin manager (the usual one when none is given)."""
    if registry is None:
        if pm is None:
            pm, registry = get_plugin_manager()
        else:
            registry = Registry(pm)
    elif pm is None:
        pm = registry.pm
    assert pm is not None and registry is not None
    reg: Registry = registry

    app = typer.Typer(
        name=PROG,
        cls=_CitylinksGroup,
        help="Relations between cities (partners, events, agreements) from news articles.",
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        # Plain help: formatting it with rich costs every 'citylinks --help' 0.1-0.2 s of imports.
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    @app.callback()
    def root(
        version: Annotated[
            bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit.")
        ] = False,
    ) -> None:
        """Relations between cities (partners, events, agreements) from news articles."""

    @app.command("export")
    def export(
        paths: Annotated[
            list[str],
            typer.Argument(
                metavar="PATH",
                help="Article files or directories (read recursively); '-' reads stdin.",
                show_default=False,
            ),
        ],
        format_name: Annotated[
            str, typer.Option("--format", "-f", help="Output format; see 'citylinks formats'.")
        ] = "json",
        output: Annotated[
            str | None,
            typer.Option(
                "--output", "-o", help="Output file, written atomically (default: stdout).", show_default=False
            ),
        ] = None,
        options: Annotated[
            list[str] | None,
            typer.Option(
                "--option", "-O", metavar="KEY=VALUE", help="An exporter option (repeatable).", show_default=False
            ),
        ] = None,
        strict: Annotated[bool, typer.Option("--strict", help="Stop at the first refused input.")] = False,
        quiet: Annotated[
            bool, typer.Option("--quiet", "-q", help="No progress, notes or summary (refusals are still shown).")
        ] = False,
        debug: Annotated[
            bool,
            typer.Option(
                "--debug", help="Show tracebacks: of unexpected errors, and of plugin failures under their refusal."
            ),
        ] = False,
        max_bytes: Annotated[
            int, typer.Option("--max-bytes", min=1, metavar="N", help="Refuse articles larger than N bytes.")
        ] = DEFAULT_MAX_BYTES,
        max_records: Annotated[
            int,
            typer.Option(
                "--max-records",
                min=1,
                metavar="N",
                help="Keep at most N records (partners, events, agreements) per article.",
            ),
        ] = DEFAULT_MAX_RECORDS,
        jobs: Annotated[
            int | None,
            typer.Option(
                "--jobs",
                "-j",
                min=1,
                metavar="N",
                help="Worker processes (default: one per core; 1: parse in this process).",
                show_default=False,
            ),
        ] = None,
        engine: Annotated[
            str | None,
            typer.Option(
                "--engine",
                metavar="NAME",
                help="Where the parsing runs: 'local' (the default), "
                "or an engine a plugin adds (see 'citylinks plugins').",
                show_default=False,
            ),
        ] = None,
        scheduler: Annotated[
            str | None,
            typer.Option(
                "--scheduler",
                metavar="ADDRESS",
                help="The cluster to run on, for engines that use one (e.g. tcp://HOST:8786).",
                show_default=False,
            ),
        ] = None,
        cache_path: Annotated[
            str | None,
            typer.Option(
                "--cache",
                metavar="PATH",
                help="Parse cache file (default: $CITYLINKS_CACHE_DIR/cache.sqlite, "
                "else $XDG_CACHE_HOME or ~/.cache: citylinks/cache.sqlite).",
                show_default=False,
            ),
        ] = None,
        no_cache: Annotated[
            bool, typer.Option("--no-cache", help="Parse every article; neither read nor write the cache.")
        ] = False,
    ) -> None:
        """Read articles, extract partners, events and agreements, and write them in one format.

        Each refused input is one line on stderr ('path: reason'); the others are
        still exported. Exit code 0: all good; 1: some inputs refused or the export
        failed; 2: usage error.
        """
        code = run_export(
            reg,
            paths,
            format_name,
            output,
            options,
            strict,
            quiet,
            debug,
            max_bytes,
            jobs=jobs,
            engine_name=engine,
            scheduler=scheduler,
            cache_path=cache_path,
            use_cache=not no_cache,
            max_records=max_records,
        )
        if code:
            raise typer.Exit(code)

    @app.command("formats")
    def formats() -> None:
        """List the export formats: name, file suffix, description and options."""
        _print_lines(_describe_formats, reg)

    @app.command("plugins")
    def plugins() -> None:
        """List the loaded plugins, their versions and what each registered; then broken plugins."""
        _print_lines(_describe_plugins, reg)

    _register_plugin_commands(pm, app, reg)
    return app


def main() -> None:
    """The console script ``citylinks`` (also ``python -m citylinks``)."""
    try:
        app = build_app()
    except Exception as error:
        if "--debug" in sys.argv:
            raise
        _error(f"cannot load plugins: {type(error).__name__}: {error}")
        sys.exit(EXIT_REFUSED)
    app(prog_name=PROG)
