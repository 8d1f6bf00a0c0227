"""Menus as states: what each menu shows, what its buttons do, and typed text read against it.

A menu (language, restart, the edit menus, persona removal, export formats, the
check of a persona's name) is stored in `Session.menu` while it is open, so
text typed then is matched against the menu's options and never taken as the
answer to the interview question behind it. A press of a button that is not
the open menu's closes the menu; a new command closes it too (`commands`).

Buttons that only show something or move around (language, export formats,
the edit menus) work from any earlier message too. Those that destroy
something (start over, remove a persona) work only while their own menu is
open, so an old message can never wipe anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from .. import flow, summary
from ..buttons import (
    Action,
    ChooseLanguage,
    ConfirmName,
    ConfirmRemoval,
    EditPart,
    EditParts,
    EditQuestion,
    Export,
    RemovePersona,
    Restart,
)
from ..events import Attachment, Button, Document, Reply
from ..i18n import LANGUAGES, synonyms
from ..matching import Ambiguous, Candidate, One, match
from ..models import (
    EditPartsMenu,
    EditQuestionsMenu,
    ExportMenu,
    Language,
    LanguageMenu,
    Menu,
    NameCheckMenu,
    RemovePersonaMenu,
    RestartMenu,
    Session,
)
from .questions import ask_current, current_slot, group_args, reopen
from .turn import Turn, joined

EXPORTS = (Document.MARKDOWN, Document.JSON)


@dataclass(frozen=True)
class Option:
    """One button of a menu: its label, the catalog key its synonyms are filed
    under (None for labels made of answers, like a question's name), what it does."""

    label: str
    key: str | None
    action: Action


@dataclass(frozen=True)
class View:
    text: str
    rows: tuple[tuple[Option, ...], ...]

    @property
    def options(self) -> list[Option]:
        return [option for row in self.rows for option in row]

    def buttons(self) -> tuple[tuple[Button, ...], ...]:
        return tuple(tuple(Button(o.label, o.action) for o in row) for row in self.rows)


# -- opening, showing, closing ---------------------------------------------------


def open_menu(turn: Turn, menu: Menu, prefix: str | None = None, *, edit: bool = False) -> None:
    turn.session.menu = menu
    show(turn, prefix, edit=edit)


def show(turn: Turn, prefix: str | None = None, *, edit: bool = False) -> None:
    """The open menu again; if it no longer fits the session, the open question."""
    menu = turn.session.menu
    shown = view(turn, menu) if menu is not None else None
    if shown is None:
        close(turn)
        ask_current(turn, prefix)
        return
    turn.say(Markup(joined(prefix, shown.text)), shown.buttons(), edit=edit)


def close(turn: Turn) -> None:
    turn.session.menu = None


def offer_export(turn: Turn) -> None:
    """The strategy as a PDF, with the other formats as buttons (the export menu)."""
    turn.session.menu = ExportMenu()
    shown = view(turn, ExportMenu())
    assert shown is not None
    turn.replies.append(
        Reply(turn.t("export-pdf"), shown.buttons(), attachment=Attachment(Document.PDF))
    )


# -- what each menu shows ----------------------------------------------------------


def view(turn: Turn, menu: Menu) -> View | None:
    """What `menu` shows for this session; None when it no longer makes sense (the
    part has no answers left, the persona is gone)."""
    match menu:
        case LanguageMenu():
            return View(
                turn.t("language-choose"),
                tuple(
                    (
                        Option(
                            turn.label(f"language-{code}"), f"language-{code}", ChooseLanguage(code)
                        ),
                    )
                    for code in LANGUAGES
                ),
            )
        case RestartMenu():
            return View(
                turn.t("restart-confirm"),
                (
                    (
                        Option(
                            turn.label("button-restart-yes"), "button-restart-yes", Restart(True)
                        ),
                        Option(
                            turn.label("button-restart-no"), "button-restart-no", Restart(False)
                        ),
                    ),
                ),
            )
        case ExportMenu():
            if not turn.session.has_answers:
                return None
            return View(
                turn.t("export-choose"),
                (
                    tuple(
                        Option(turn.label(f"button-export-{d}"), f"button-export-{d}", Export(d))
                        for d in EXPORTS
                    ),
                ),
            )
        case EditPartsMenu():
            return _edit_parts(turn)
        case EditQuestionsMenu(part=part):
            return _edit_questions(turn, part)
        case RemovePersonaMenu(index=index):
            return _remove_persona(turn, index)
        case NameCheckMenu(ref=ref, typed=typed, suggestion=suggestion):
            slot = current_slot(turn.session)
            if slot is None or slot.ref != ref:
                return None
            args = group_args(turn.session, slot)
            return View(
                turn.t("name-check", suggestion=suggestion, typed=typed, **args),
                (
                    (
                        Option(
                            turn.label("button-name-yes", name=suggestion),
                            "button-name-yes",
                            ConfirmName(ref, True),
                        ),
                    ),
                    (
                        Option(
                            turn.label("button-name-no", name=typed),
                            "button-name-no",
                            ConfirmName(ref, False),
                        ),
                    ),
                ),
            )


def _answered(session: Session) -> list[flow.Slot]:
    return [slot for slot in flow.slots(session) if flow.is_answered(session, slot)]


def _part_label(turn: Turn, part: flow.Part) -> str:
    title = turn.label(f"part-{part.id}")
    return turn.label("edit-part-label", number=part.number, title=title)


def _edit_parts(turn: Turn) -> View | None:
    answered = {slot.part.number for slot in _answered(turn.session)}
    if not answered:
        return None
    return View(
        turn.t("edit-choose-part"),
        tuple(
            (Option(_part_label(turn, part), None, EditPart(part.number)),)
            for part in flow.INTERVIEW
            if part.number in answered
        ),
    )


def _edit_questions(turn: Turn, number: int) -> View | None:
    slots = [slot for slot in _answered(turn.session) if slot.part.number == number]
    if not slots:
        return None
    part = slots[0].part
    rows: list[tuple[Option, ...]] = [
        (Option(_question_label(turn, slot), None, EditQuestion(slot.ref)),) for slot in slots
    ]
    rows.extend(_remove_persona_options(turn, part))
    rows.append((Option(turn.label("button-edit-back"), "button-edit-back", EditParts()),))
    return View(turn.t("edit-choose-question", part=_part_label(turn, part)), tuple(rows))


def _question_label(turn: Turn, slot: flow.Slot) -> str:
    label = turn.label(f"label-{flow.text_id(slot.question, slot.group)}")
    # Only items of a repeatable group (personas) need their name in front.
    if slot.group is None or slot.index is None or slot.group.max_items == 1:
        return label
    return f"{group_args(turn.session, slot)['name']}: {label}"


def _removable(session: Session) -> bool:
    """A persona can go as long as one remains."""
    return len(session.groups.get(flow.PERSONA.id, [])) >= 2


def _remove_persona_options(turn: Turn, part: flow.Part) -> list[tuple[Option, ...]]:
    if flow.PERSONA not in part.items or not _removable(turn.session):
        return []
    return [
        (Option(turn.label("button-remove-persona", name=name), None, RemovePersona(index)),)
        for index, name in summary.named_personas(turn.session)
    ]


def _remove_persona(turn: Turn, index: int) -> View | None:
    s = turn.session
    if not _removable(s) or index >= len(s.groups[flow.PERSONA.id]):
        return None
    name = summary.persona_name(s, index)
    return View(
        turn.t("remove-persona-confirm", name=name),
        (
            (
                Option(
                    turn.label("button-remove-yes", name=name),
                    "button-remove-yes",
                    ConfirmRemoval(index, True),
                ),
                Option(
                    turn.label("button-remove-no"), "button-remove-no", ConfirmRemoval(index, False)
                ),
            ),
        ),
    )


# -- typed text ----------------------------------------------------------------------


def read(turn: Turn, text: str) -> Action | None:
    """The option of the open menu that `text` names. None if it names none or
    several: then the person has been asked again, with the menu."""
    menu = turn.session.menu
    assert menu is not None
    shown = view(turn, menu)
    if shown is None:
        show(turn)
        return None
    found = match(text, _candidates(turn, shown), fallback=_other_language(turn, menu))
    if isinstance(found, One):
        return found.key
    if isinstance(found, Ambiguous):
        labels = [o.label for o in shown.options if o.action in found.keys]
        options = Markup(turn.listing(labels, "or", quoted=True))
        which = turn.t("option-which", typed=found.typed, options=options)
        show(turn, joined(which, turn.t("menu-pick-one")))
        return None
    show(turn, turn.t("menu-pick-one"))
    return None


def _candidates(
    turn: Turn, shown: View, language: Language | None = None
) -> list[Candidate[Action]]:
    language = language or turn.lang
    return [
        Candidate(o.action, (o.label, *(synonyms(language, o.key) if o.key else ())))
        for o in shown.options
    ]


def _other_language(turn: Turn, menu: Menu) -> list[Candidate[Action]]:
    """The menu's options as the other language labels them: "English" to the
    Norwegian bot still means English."""
    found: list[Candidate[Action]] = []
    for language in LANGUAGES:
        if language == turn.lang:
            continue
        other = Turn(turn.session.model_copy(update={"language": language}), turn.now, turn.surface)
        shown = view(other, menu)
        if shown is not None:
            found.extend(_candidates(other, shown, language))
    return found


# -- presses -----------------------------------------------------------------------


def on_press(turn: Turn, action: Action) -> bool:
    """Act on a menu's button; False if it does not apply (stale, or not its menu)."""
    s = turn.session
    match action:
        case EditParts() if _edit_parts(turn) is not None:
            open_menu(turn, EditPartsMenu(), edit=True)
        case EditPart(part=part) if _edit_questions(turn, part) is not None:
            open_menu(turn, EditQuestionsMenu(part=part), edit=True)
        case EditQuestion(ref=ref):
            slot = flow.find_slot(s, ref)
            if slot is None or not flow.is_answered(s, slot):
                return False
            reopen(turn, slot)
        case RemovePersona(index=index) if _remove_persona(turn, index) is not None:
            open_menu(turn, RemovePersonaMenu(index=index))
        case ConfirmRemoval(index=index, confirmed=confirmed) if s.menu == RemovePersonaMenu(
            index=index
        ):
            close(turn)
            _remove(turn, index, confirmed)
        case Restart(confirmed=confirmed) if s.menu == RestartMenu():
            close(turn)
            _restart(turn, confirmed)
        case ChooseLanguage(language=language):
            close(turn)
            s.language = language
            ask_current(turn, turn.t("language-set"))
        case Export(document=document) if document in EXPORTS and s.has_answers:
            close(turn)
            turn.replies.append(
                Reply(turn.t(f"export-{document}"), attachment=Attachment(document))
            )
            if current_slot(s) is not None:
                ask_current(turn)
        case _:
            return False
    return True


def _remove(turn: Turn, index: int, confirmed: bool) -> None:
    if not confirmed:
        ask_current(turn, turn.t("remove-persona-kept"))
        return
    name = summary.persona_name(turn.session, index)
    flow.remove_item(turn.session, flow.PERSONA, index)
    ask_current(turn, turn.t("remove-persona-done", name=name))


def _restart(turn: Turn, confirmed: bool) -> None:
    if not confirmed:
        ask_current(turn, turn.t("restart-kept"))
        return
    s = turn.session
    turn.session = Session(
        person_id=s.person_id,
        language=s.language,
        created_at=s.created_at,
        version=s.version,
        recent_update_ids=s.recent_update_ids,
    )
    ask_current(turn, turn.t("restart-done"))
