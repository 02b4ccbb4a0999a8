"""Plugins: objects other packages offer kg through entry points, found and loaded lazily.

A package adds an export format or a store by declaring an entry point, as
rdflib's serializer plugins do (oxrdflib's ``pyproject.toml`` declares
``rdf.plugins.serializer``)::

    [project.entry-points."kg.exporters"]
    tsv = "kg_example_plugin:TSV_EXPORTER"

    [project.entry-points."kg.stores"]
    tsvdir = "kg_example_plugin:TSV_STORE"

The entry point's name is what a user types (``--format tsv``, ``--into
tsvdir://...``); its value names an object in the package. Listing plugins
reads only the installed packages' metadata; a plugin's module is imported
when it is first used, so a plugin with heavy dependencies costs nothing until
its format or store is chosen. ``Registry`` puts kg's own entries and the
plugins of one group behind the same lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from kg.errors import ConfigError, PluginError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Plugin:
    """An installed entry point, described without importing it.

    Attributes:
        group: The entry-point group (``kg.exporters``, ``kg.stores``).
        name: The entry point's name: the format name or URL scheme.
        value: Where the object lives, ``module:attribute``.
        distribution: The installed package that declares it, with its version.
    """

    group: str
    name: str
    value: str
    distribution: str

    @property
    def entry_point(self) -> str:
        """The declaration as a packager writes it.

        >>> Plugin("kg.exporters", "tsv", "kg_tsv:TSV", "kg-tsv 1.0").entry_point
        'kg.exporters: tsv = kg_tsv:TSV'
        """
        return f"{self.group}: {self.name} = {self.value}"

    def load(self) -> object:
        """Import the entry point's object.

        Raises:
            PluginError: the module or the attribute cannot be imported.
        """
        from importlib import metadata  # on first use: `kg --help` reads no package metadata

        try:
            return metadata.EntryPoint(self.name, self.value, self.group).load()
        except Exception as error:  # a plugin can fail in any way while importing
            if isinstance(error, (KeyboardInterrupt, MemoryError)):
                raise
            raise PluginError(self, f"cannot be imported ({type(error).__name__}: {error})") from error


def find_plugins(group: str) -> dict[str, list[Plugin]]:
    """Every entry point of ``group`` in the installed packages, by name, without importing any.

    The same declaration seen twice (a package on ``sys.path`` twice) counts once;
    two packages declaring one name are both kept, so using it can name them.
    """
    from importlib import metadata  # on first use: `kg --help` reads no package metadata

    found: dict[str, list[Plugin]] = {}
    for entry in metadata.entry_points(group=group):
        dist = entry.dist
        distribution = f"{dist.name} {dist.version}" if dist is not None else "an unknown package"
        plugin = Plugin(group, entry.name, entry.value, distribution)
        if plugin not in found.setdefault(entry.name, []):
            found[entry.name].append(plugin)
    return {name: found[name] for name in sorted(found)}


class Registry(Generic[T]):
    """kg's own entries and one entry-point group's plugins, looked up by name.

    kg's own entries (``builtins``, a table other code may add to) take
    precedence: a plugin cannot silently replace kg's Turtle writer. Plugins are
    imported on first use and kept.

    Args:
        group: The entry-point group, e.g. ``kg.exporters``.
        what: What an entry is, for messages: ``export format``, ``store``.
        builtins: kg's own entries by name; the registry reads it on every lookup.
        check: Whether a loaded plugin object is usable as an entry.
        expected: What ``check`` wants, for the error when it fails.
        hint: Added to the error for an unknown name.
    """

    def __init__(
        self,
        group: str,
        what: str,
        builtins: dict[str, T],
        *,
        check: Callable[[object], bool],
        expected: str,
        hint: str = "",
    ) -> None:
        self.group = group
        self.what = what
        self.builtins = builtins
        self._check = check
        self._expected = expected
        self._hint = hint
        self._loaded: dict[Plugin, T] = {}

    def plugins(self) -> dict[str, Plugin]:
        """The installed plugins that kg's own entries do not shadow, by name (nothing imported).

        Raises:
            PluginError: two installed packages declare the same name.
        """
        chosen = {}
        for name, candidates in find_plugins(self.group).items():
            if name in self.builtins:
                continue
            if len(candidates) > 1:
                raise PluginError(candidates[0], f"clashes with {_others(candidates[1:])}, declaring the same name")
            chosen[name] = candidates[0]
        return chosen

    def names(self) -> list[str]:
        """kg's own names in their order, then the plugins' in alphabetical order."""
        return [*self.builtins, *self.plugins()]

    def get(self, name: str) -> T:
        """The entry called ``name``, importing its plugin on first use.

        Raises:
            ConfigError: no entry is called ``name`` (the message lists the known ones).
            PluginError: the plugin cannot be imported, or is not what kg expects.
        """
        if name in self.builtins:
            return self.builtins[name]
        plugin = self.plugins().get(name)
        if plugin is None:
            raise unknown(self.what, name, self.names(), hint=self._hint)
        return self.load(plugin)

    def register(self, name: str, entry: T, *, replace: bool = False) -> None:
        """Add ``entry`` under ``name`` beside kg's own, for this process.

        Raises:
            ConfigError: ``entry`` is not what kg expects, or ``name`` is taken and ``replace`` is not set.
        """
        if not self._check(entry):
            raise ConfigError(f"{self.what} {name!r}: a {type(entry).__name__} object is not {self._expected}")
        if name in self.builtins and not replace:
            raise ConfigError(f"{self.what} {name!r} is already registered; pass replace=True to replace it")
        self.builtins[name] = entry

    def load(self, plugin: Plugin) -> T:
        """Import ``plugin``'s object and check it (once per process).

        Raises:
            PluginError: it cannot be imported, or is not what kg expects.
        """
        if plugin not in self._loaded:
            entry = plugin.load()
            if not self._check(entry):
                raise PluginError(plugin, f"gives a {type(entry).__name__} object, not {self._expected}")
            self._loaded[plugin] = cast(T, entry)
        return self._loaded[plugin]


def unknown(what: str, name: str, known: Iterable[str], *, hint: str = "") -> ConfigError:
    """The error for a name no entry has, listing the known ones.

    >>> str(unknown("export format", "tsv", ["ttl", "html"]))
    "unknown export format 'tsv'; choose from ttl, html"
    """
    return ConfigError(f"unknown {what} {name!r}; choose from {', '.join(known)}{hint}")


def _others(plugins: list[Plugin]) -> str:
    return ", ".join(f"{plugin.distribution} ({plugin.value})" for plugin in plugins)
