"""The two Fluent catalogs agree with each other, with the flow and with Telegram."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent
from fluent.syntax.visitor import Visitor

import conversations
from conversations import flow, i18n, smart
from conversations.events import COMMANDS, Button, Surface
from conversations.flow import Group, Kind, Question
from conversations.i18n import LANGUAGES, catalog_paths, catalog_text, t, t_variant
from conversations.models import Language

from .helpers import LANGS, Chat, assert_telegram_html, start

# -- parsing ------------------------------------------------------------------


@cache
def resource(language: Language) -> fluent.Resource:
    return FluentParser().parse(catalog_text(language))


def messages(language: Language) -> dict[str, fluent.Message | fluent.Term]:
    found: dict[str, fluent.Message | fluent.Term] = {}
    for entry in resource(language).body:
        if isinstance(entry, fluent.Message | fluent.Term):
            prefix = "-" if isinstance(entry, fluent.Term) else ""
            key = f"{prefix}{entry.id.name}"
            assert key not in found, f"{key} twice in the {language} catalog"
            found[key] = entry
    return found


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fluent.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


def variables(entry: fluent.BaseNode) -> set[str]:
    visitor = _Variables()
    visitor.visit(entry)
    return visitor.names


def test_both_languages_have_the_same_catalog_files() -> None:
    names = {language: [path.name for path in catalog_paths(language)] for language in LANGUAGES}
    assert names["nb"] == names["en"]
    assert "strategibot.ftl" in names["nb"]


@pytest.mark.parametrize("language", LANGS)
def test_catalog_parses_without_junk(language: Language) -> None:
    junk = [entry for entry in resource(language).body if isinstance(entry, fluent.Junk)]
    assert junk == [], [entry.content for entry in junk]
    assert len(messages(language)) > 100


def test_catalogs_have_the_same_messages() -> None:
    nb, en = set(messages("nb")), set(messages("en"))
    assert nb - en == set(), "only in nb"
    assert en - nb == set(), "only in en"


def test_catalogs_use_the_same_variables() -> None:
    nb, en = messages("nb"), messages("en")
    differing = {
        key: (variables(nb[key]), variables(en[key]))
        for key in nb
        if key in en and variables(nb[key]) != variables(en[key])
    }
    assert differing == {}


def test_variables_are_found_inside_select_expressions() -> None:
    # The walker must see `$kind`, which is only used as a selector.
    for language in LANGS:
        assert variables(messages(language)["error-not-text"]) == {"kind"}
        assert variables(messages(language)["progress"]) == {"part", "total", "title"}


# The only attributes a message may have: its wording for a surface other than
# Telegram (`i18n.t_variant`), such as "type the number" where Telegram says "tap".
SURFACE_ATTRIBUTES = {surface.value for surface in Surface} - {Surface.TELEGRAM.value}


def attributes(entry: fluent.Message | fluent.Term) -> set[str]:
    return {attribute.id.name for attribute in entry.attributes}


def test_catalogs_have_no_empty_messages_and_only_surface_attributes() -> None:
    for language in LANGS:
        for key, entry in messages(language).items():
            assert entry.value is not None, f"{key} ({language}) has no value"
            assert attributes(entry) <= SURFACE_ATTRIBUTES, f"{key} ({language})"
    assert any(attributes(entry) for entry in messages("nb").values())


def test_both_catalogs_word_the_same_messages_per_surface() -> None:
    nb, en = messages("nb"), messages("en")
    differing = {key: (attributes(nb[key]), attributes(en[key])) for key in nb.keys() & en.keys()}
    assert {key: pair for key, pair in differing.items() if pair[0] != pair[1]} == {}


@pytest.mark.parametrize("language", LANGS)
def test_a_message_without_the_surface_attribute_reads_the_same_everywhere(
    language: Language,
) -> None:
    assert t_variant(language, "welcome", "terminal") == t(language, "welcome")
    assert t_variant(language, "hint-multi", "terminal") != t(language, "hint-multi")
    assert t_variant(language, "hint-multi", "telegram") == t(language, "hint-multi")


# -- what the code needs --------------------------------------------------------


def flow_keys() -> set[str]:
    """Every text the interview's data points at, by the flow's conventions."""
    keys: set[str] = set()

    def question(q: Question, group: Group | None) -> None:
        tid = flow.text_id(q, group)
        keys.update({f"q-{tid}", f"label-{tid}"})
        if not q.optional:
            keys.add(f"why-{tid}")
        if q.kind is Kind.YESNO:
            keys.update({f"opt-{flow.YES}", f"opt-{flow.NO}"})
        for option in q.options:
            keys.add(f"opt-{tid}-{option}")

    for part in flow.INTERVIEW:
        keys.add(f"part-{part.id}")
        for item in part.items:
            if isinstance(item, Group):
                keys.add(f"summary-{item.id}")
                for q in item.questions:
                    question(q, item)
                if item.more is not None:
                    question(item.more, item)
            else:
                question(item, None)
    for q in flow.PERSONA.questions:
        if q.id not in ("name", "age"):
            keys.add(f"card-{q.id}")
    keys.update(f"cmd-{name}" for name in COMMANDS)
    keys.update(f"language-{code}" for code in LANGUAGES)
    return keys


def literal_keys() -> set[str]:
    """Keys written out in the package: `t(lang, "key")`, `self.t("key")`, `notice("key")`."""
    keys: set[str] = set()
    package = Path(conversations.__file__).parent
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "t" and len(node.args) >= 2:
                key = node.args[1]
            elif isinstance(func, ast.Attribute) and func.attr in ("t", "label", "notice"):
                if not node.args:
                    continue
                key = node.args[0]
            else:
                continue
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                keys.add(key.value)
    return keys


def test_literal_keys_are_found() -> None:
    keys = literal_keys()
    # A sample the engine and summaries certainly use.
    assert {"progress", "welcome", "stale-button", "summary-title", "advice-title"} <= keys


def smart_keys() -> set[str]:
    """The SMART feedback's texts: one per letter, and every key named in `smart.py`
    (challenges are kept as keys and only looked up later)."""
    keys = {f"smart-{kind}-{letter}" for kind in ("letter", "fix") for letter in smart.LETTERS}
    tree = ast.parse(Path(smart.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        # The pieces of an f-string ("smart-fix-") end in a dash and are left out.
        value = node.value if isinstance(node, ast.Constant) else None
        if isinstance(value, str) and value.startswith("smart-") and not value.endswith("-"):
            keys.add(value)
    return keys


def test_smart_keys_are_found() -> None:
    keys = smart_keys()
    assert {"smart-letter-S", "smart-fix-T", "smart-fix-R-pace", "smart-all-met"} <= keys
    assert {"smart-challenge-not-above", "smart-challenge-growth"} <= keys


@pytest.mark.parametrize("language", LANGS)
def test_every_key_the_code_needs_exists(language: Language) -> None:
    have = set(messages(language))
    needed = flow_keys() | literal_keys() | smart_keys()
    assert sorted(needed - have) == []
    for key in needed:
        assert i18n.has(language, key)


@pytest.mark.parametrize("language", LANGS)
def test_every_flow_question_and_option_renders(language: Language) -> None:
    for key in sorted(flow_keys()):
        shown = str(t(language, key, number=1, name="Kari"))
        assert shown.strip(), key


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("kind", ["photo", "sticker", "voice", "video", "location", "document"])
def test_every_non_text_kind_has_its_own_words(language: Language, kind: str) -> None:
    fallback = t(language, "error-not-text", kind="something-else")
    assert t(language, "error-not-text", kind=kind) != fallback


# -- Telegram ------------------------------------------------------------------

NUMBERS = {
    *("part", "total", "number", "limit", "length", "minimum", "maximum", "example", "age"),
    "done",
}


@pytest.mark.parametrize("language", LANGS)
def test_every_message_renders_as_telegram_html(language: Language) -> None:
    for key, entry in messages(language).items():
        if key.startswith("-"):
            continue
        names = variables(entry)
        kinds = ["photo", "sticker", "anything"] if "kind" in names else [""]
        for kind in kinds:
            args: dict[str, object] = {
                name: 1234 if name in NUMBERS else "Kari & <Ola>" for name in names
            }
            if kind:
                args["kind"] = kind
            for variant in ("", *attributes(entry)):
                shown = str(t_variant(language, key, variant, **args))
                assert shown.strip(), key
                assert "{" not in shown and "}" not in shown, f"{key}: {shown}"
                assert_telegram_html(shown)
                if entry.value is not None and variables(entry.value) - NUMBERS - {"kind"}:
                    assert "Kari &amp; &lt;Ola&gt;" in shown, key


def every_button(chat: Chat) -> list[Button]:
    return [button for reply in chat.history for row in reply.buttons for button in row]


def long_session(language: Language) -> Chat:
    """Three personas, a goal of every type, every "other", every edit menu and list,
    removing a persona (kept), restart and language."""
    chat = start(language)
    while chat.ref is not None:
        ref = chat.ref
        slot = flow.find_slot(chat.session, ref)
        assert slot is not None
        if ref == "persona.1.more":
            chat.data(f"a:{ref}:yes")
        elif slot.question.kind is Kind.MULTI:
            for option in slot.question.options:
                chat.data(f"t:{ref}:{option}")
            chat.data(f"d:{ref}")
        else:
            chat.answer_current()
    assert len(chat.session.groups["persona"]) == 3
    assert [goal["type"] for goal in chat.session.groups["goal"]] == list(flow.GOAL_TYPES)
    chat.command("edit")
    for part in flow.INTERVIEW:
        chat.data(f"e:{part.number}")
        for button in chat.buttons():
            if button.data.startswith("E:"):
                chat.data(button.data)
        chat.data("m:")
    chat.data(f"e:{flow.INTERVIEW[1].number}")
    remove = next(button for button in chat.buttons() if button.data.startswith("P:"))
    chat.data(remove.data)
    keep = next(button for button in chat.buttons() if button.data.endswith(f":{flow.NO}"))
    chat.data(keep.data)
    assert len(chat.session.groups["persona"]) == 3
    chat.command("language")
    chat.command("restart")
    return chat


@pytest.mark.parametrize("language", LANGS)
def test_callback_data_fits_in_64_bytes(language: Language) -> None:
    chat = long_session(language)
    buttons = every_button(chat)
    datas = {button.data for button in buttons}
    # Every kind of button was made: answer, tick, done, the edit menus, removing a
    # persona and confirming it, language, restart, export.
    kinds = {data.split(":")[0] for data in datas}
    assert kinds == {"a", "t", "d", "e", "E", "m", "P", "D", "l", "r", "x"}
    assert any(data.startswith("E:persona.2.") for data in datas)
    assert any(data.startswith(f"E:goal.{len(flow.GOAL_TYPES) - 1}.") for data in datas)
    too_long = sorted(data for data in datas if len(data.encode("utf-8")) > 64)
    assert too_long == []
    for button in buttons:
        assert button.label.strip()


def test_callback_data_of_every_possible_slot_fits() -> None:
    # Independently of a session: the longest reference the flow can make.
    refs: list[tuple[str, Question]] = []
    for part in flow.INTERVIEW:
        for item in part.items:
            if isinstance(item, Group):
                last = f"{item.id}.{item.max_items - 1}"
                more = (item.more,) if item.more else ()
                refs.extend((f"{last}.{q.id}", q) for q in (*item.questions, *more))
            else:
                refs.append((item.id, item))
    datas = [
        data
        for ref, q in refs
        for option in (*q.button_options, "")
        for data in (f"t:{ref}:{option}", f"a:{ref}:{option}", f"d:{ref}", f"E:{ref}")
    ]
    assert "E:persona.2.occupation" in datas
    assert "a:goal.3.metric:returning_readers" in datas
    assert max(len(data.encode("utf-8")) for data in datas) <= 64
