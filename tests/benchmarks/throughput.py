"""Throughput, latency and memory of the bot, beside the echo ceiling and a PTB peer.

    python tests/benchmarks/throughput.py [--quick] [--json] [--people N] [--stored N]
                                          [--latency-ms 0,50]

Three bots take the same burst, one after another, each in a fresh Python process
(so each peak RSS is its own), all through the same stub Bot API request layer
(a `telegram.request.BaseRequest` that answers every method at once, or after
`--latency-ms` to model the network):

- ours: the `Application` that `strategibot run` builds
  (`bot.telegram_adapter.build_application`), with its per-person update
  processor, the real handlers, engine and store (SQLite in a temporary file, or
  PostgreSQL when `DATABASE_URL=postgresql://...` is set: a private schema, dropped
  afterwards). Every simulated person goes through the whole interview: /start,
  typed answers and button presses, derived from `conversations.flow` at run
  time, up to the strategy summary and its attachments. Run twice per latency:
  with `--stored` people already in the database, and with 1,000.
- echo: python-telegram-bot's echo bot (one MessageHandler, one reply), with the
  same number of concurrent updates as ours: the framework's ceiling.
- peer: a bot written like PTB's `persistentconversationbot.py` example:
  `ConversationHandler(persistent=True, name=...)` with `PicklePersistence`
  (defaults), one state per question, as many questions as our interview asks,
  and PTB's default update processing (one update at a time), with `--stored`
  people in its pickle. It is measured for a fixed window.

Updates go in as polling would put them: `Update.de_json` of a realistic update
dict onto `application.update_queue`. Each simulated person sends their next
update when the previous one has been handled (a closed loop: everyone answers at
once, no think time). Handling latency runs from the first handler of the update
to its last (two marker handlers, in the first and the last group); end-to-end
latency also counts the wait in the queue and for a free slot.

Without `--json` the result is a table per latency and the targets of issue 6;
with `--json`, one JSON object per latency on stdout (progress goes to stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import random
import resource
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402
from telegram.ext import (  # noqa: E402
    Application,
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest, RequestData  # noqa: E402

from conversations import engine, flow  # noqa: E402
from conversations.buttons import decode  # noqa: E402
from conversations.events import Button, Command, Event, Press, Text  # noqa: E402
from conversations.flow import Kind  # noqa: E402
from conversations.models import Language, Session, utcnow  # noqa: E402

TOKEN = "123456:BENCHMARK-NOT-A-TOKEN"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "Strategibot",
    "username": "strategi_bench_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
LANGUAGES: tuple[Language, ...] = ("nb", "en")
# Simulated people of a run get ids from here on (run number * this); stored ones from STORED_BASE.
RUN_ID_STRIDE = 1_000_000
STORED_BASE = 1_000_000_000
BASE_STORED = 1_000
RESUME_SAMPLES = 200
MARKER_FIRST, MARKER_LAST = -(10**6), 10**6
PEER_NAME = "interview"
RESULT = "RESULT "

log = logging.getLogger("benchmark")


# -- the interview as a script, derived from the flow at run time ------------------------


@dataclass(frozen=True)
class Step:
    """What one person sends: a command, a typed text or a button press (callback data)."""

    kind: str  # "command" | "text" | "press"
    value: str


@dataclass
class Script:
    steps: list[Step]
    # The session after each step: stored people are seeded from these.
    sessions: list[Session]
    questions: int  # questions answered on the way (the peer asks as many)
    typed: list[str]  # the texts typed, for the echo and the peer


GENERIC_TEXT = {
    "nb": "Enkle og ærlige tips til folk som har dårlig tid i hverdagen",
    "en": "Simple and honest tips for people who are short of time",
}


def _known_answers() -> dict[str, dict[str, Any]]:
    """The standard answers the engine tests use, where they still fit; else by kind."""
    try:
        from tests.engine.helpers import ANSWERS
    except Exception:  # the helpers are someone else's; the kinds are enough
        return {}
    return {str(lang): dict(answers) for lang, answers in ANSWERS.items()}


def _candidates(
    session: Session, slot: flow.Slot, lang: Language, known: dict[str, Any]
) -> Iterator[str | tuple[str, ...]]:
    question = slot.question
    offered = flow.options(session, slot)
    if slot.ref in known:
        yield known[slot.ref]
    if question.kind is Kind.MULTI:
        plain = [o for o in offered if o != flow.OTHER]
        yield tuple(plain[:2]) or tuple(offered[:1])
        yield tuple(offered[:1])
    elif question.kind is Kind.YESNO:
        yield flow.NO
        yield flow.YES
    elif question.kind is Kind.CHOICE:
        yield from (o for o in offered if o != flow.OTHER)
        yield from offered
        if question.typed:
            yield GENERIC_TEXT[lang][: question.max_length]
    elif question.kind is Kind.NUMBER:
        for number in (question.example, question.minimum, question.maximum, 1):
            if number is not None:
                yield str(number)
    elif question.kind is Kind.DATE:
        yield (utcnow().date() + timedelta(days=200)).isoformat()
        yield (utcnow().date() + timedelta(days=400)).isoformat()
    else:
        yield GENERIC_TEXT[lang][: question.max_length]
        yield "Noe" if lang == "nb" else "Something"


def _keyboard(replies: list[Any]) -> list[Button]:
    for reply in reversed(replies):
        if reply.buttons:
            return [button for row in reply.buttons for button in row]
    return []


def _steps_for(
    session: Session,
    slot: flow.Slot,
    answer: str | tuple[str, ...],
    keyboard: list[Button],
) -> list[Step]:
    """The presses or the text that give `answer` to `slot`, using the buttons on screen."""
    question = slot.question
    offered = flow.options(session, slot)

    def press_for(option: str) -> Step:
        for button in keyboard:
            if slot.ref in button.data and button.data.endswith(f":{option}"):
                return Step("press", button.data)
        return Step("press", f"{'t' if question.kind is Kind.MULTI else 'a'}:{slot.ref}:{option}")

    if isinstance(answer, tuple):
        steps = [press_for(option) for option in answer]
        ends = tuple(f":{option}" for option in offered)
        done = [b for b in keyboard if slot.ref in b.data and not b.data.endswith(ends)]
        steps.append(Step("press", done[0].data if done else f"d:{slot.ref}"))
        return steps
    if question.has_buttons and answer in offered:
        return [press_for(answer)]
    return [Step("text", answer)]


def _send(session: Session, step: Step, now: datetime) -> engine.Outcome:
    event: Event
    if step.kind == "command":
        event = Command(step.value)
    elif step.kind == "press":
        event = Press(decode(step.value))
    else:
        event = Text(step.value)
    return engine.handle(session, event, now)


def build_script(lang: Language) -> Script:
    """One whole interview: /start, then each open question answered by its kind.

    Walks `engine.current_slot` with the pure engine; an answer the flow refuses
    is replaced by the next candidate for that kind, so the script follows the
    flow as it is today.
    """
    now = utcnow()
    known = _known_answers().get(lang, {})
    session = Session(person_id="script", language=lang, created_at=now, updated_at=now)
    first = Step("command", "start")
    outcome = _send(session, first, now)
    steps, sessions, typed = [first], [outcome.session], []
    session, keyboard = outcome.session, _keyboard(outcome.replies)
    questions = 0
    for _ in range(500):
        slot = engine.current_slot(session)
        if slot is None:
            return Script(steps, sessions, questions, typed)
        for answer in _candidates(session, slot, lang, known):
            trial_steps = _steps_for(session, slot, answer, keyboard)
            trial, trial_sessions, trial_keyboard = session, [], keyboard
            for step in trial_steps:
                result = _send(trial, step, now)
                trial = result.session
                trial_sessions.append(trial)
                trial_keyboard = _keyboard(result.replies) or trial_keyboard
            moved = engine.current_slot(trial)
            if flow.is_answered(trial, slot) and (moved is None or moved.ref != slot.ref):
                steps += trial_steps
                sessions += trial_sessions
                typed += [s.value for s in trial_steps if s.kind == "text"]
                session, keyboard = trial, trial_keyboard
                questions += 1
                break
        else:
            raise RuntimeError(f"no answer the flow takes for {slot.ref} ({slot.question.kind})")
    raise RuntimeError("the interview never ended")


# -- the stub Bot API ----------------------------------------------------------------------


class StubRequest(BaseRequest):
    """Answers every Bot API method like Telegram would, after `latency` seconds."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.calls: Counter[str] = Counter()
        self._message_ids = count(1)

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        self.calls[endpoint] += 1
        # What an HTTP client does with the parameters: encode them (and the upload).
        params: dict[str, str] = {}
        if request_data is not None:
            params = request_data.json_parameters
            if request_data.contains_files:
                request_data.multipart_data  # noqa: B018
        if self.latency:
            await asyncio.sleep(self.latency)
        return 200, json.dumps({"ok": True, "result": self._result(endpoint, params)}).encode()

    def _result(self, endpoint: str, params: dict[str, str]) -> object:
        if endpoint == "getMe":
            return BOT_USER
        if endpoint in ("sendMessage", "editMessageText", "sendPhoto", "sendDocument"):
            chat_id = int(params.get("chat_id", "0"))
            message: dict[str, object] = {
                "message_id": int(params.get("message_id", 0)) or next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private", "first_name": "Person"},
                "from": BOT_USER,
            }
            if "text" in params:
                message["text"] = params["text"]
            if "caption" in params:
                message["caption"] = params["caption"]
            if endpoint == "sendPhoto":
                message["photo"] = [
                    {"file_id": "p", "file_unique_id": "p", "width": 1080, "height": 1350}
                ]
            if endpoint == "sendDocument":
                message["document"] = {"file_id": "d", "file_unique_id": "d"}
            if "reply_markup" in params:
                message["reply_markup"] = json.loads(params["reply_markup"])
            return message
        return True


def use_stub(app: Application[Any, Any, Any, Any, Any, Any], stub: StubRequest) -> None:
    """Point an already built Application's bot at the stub (build_application takes none)."""
    bot = app.bot
    if not isinstance(getattr(bot, "_request", None), tuple):
        raise RuntimeError("python-telegram-bot changed: Bot._request is no longer a tuple")
    bot._request = (stub, stub)


# -- simulated people ---------------------------------------------------------------------


def user_dict(user_id: int, lang: Language) -> dict[str, object]:
    return {
        "id": user_id,
        "is_bot": False,
        "first_name": "Kari" if lang == "nb" else "Kate",
        "last_name": f"Nordmann{user_id % 1000}",
        "username": f"person{user_id}",
        "language_code": lang,
    }


def update_dict(update_id: int, user_id: int, lang: Language, step: Step) -> dict[str, object]:
    """The update Telegram would send for `step`, as JSON."""
    user = user_dict(user_id, lang)
    chat = {"id": user_id, "type": "private", "first_name": user["first_name"]}
    now = int(time.time())
    if step.kind == "press":
        return {
            "update_id": update_id,
            "callback_query": {
                "id": str(update_id),
                "from": user,
                "chat_instance": str(user_id * 7),
                "data": step.value,
                "message": {
                    "message_id": update_id % 100_000 + 1,
                    "date": now - 5,
                    "chat": chat,
                    "from": BOT_USER,
                    "text": "Del 1 av 5: Formålet ditt\n\nHva vil du oppnå?",
                },
            },
        }
    text = f"/{step.value}" if step.kind == "command" else step.value
    message: dict[str, object] = {
        "message_id": update_id % 100_000 + 1,
        "date": now,
        "chat": chat,
        "from": user,
        "text": text,
    }
    if step.kind == "command":
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    return {"update_id": update_id, "message": message}


class Tracker:
    """Marker handlers in the first and last group: when each update's handling starts and ends."""

    def __init__(self) -> None:
        self.waiting: dict[int, tuple[asyncio.Future[None], float]] = {}
        self.started: dict[int, float] = {}
        self.handling: list[float] = []
        self.end_to_end: list[float] = []
        self.last_steps: list[float] = []  # handling of each person's last update
        self.other_steps: list[float] = []  # handling of every other update
        self.last_ids: set[int] = set()
        # From each person's last update until its files (persona images, PDF) were sent.
        self.files: list[float] = []
        self.done = 0
        self.recording = True

    def install(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        app.add_handler(TypeHandler(Update, self.first), group=MARKER_FIRST)
        app.add_handler(TypeHandler(Update, self.last), group=MARKER_LAST)

    async def first(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        self.started[update.update_id] = time.perf_counter()

    async def last(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        now = time.perf_counter()
        started = self.started.pop(update.update_id, now)
        waiting = self.waiting.pop(update.update_id, None)
        if waiting is None:
            return
        future, queued = waiting
        if self.recording:
            self.done += 1
            self.handling.append(now - started)
            self.end_to_end.append(now - queued)
            if update.update_id in self.last_ids:
                self.last_steps.append(now - started)
            else:
                self.other_steps.append(now - started)
        if not future.done():
            future.set_result(None)

    async def send(
        self,
        app: Application[Any, Any, Any, Any, Any, Any],
        update_id: int,
        payload: dict[str, object],
        *,
        last: bool = False,
    ) -> None:
        update = Update.de_json(payload, app.bot)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if last:
            self.last_ids.add(update_id)
        self.waiting[update_id] = (future, time.perf_counter())
        await app.update_queue.put(update)
        await future


async def run_people(
    app: Application[Any, Any, Any, Any, Any, Any],
    tracker: Tracker,
    people: list[tuple[int, Language]],
    steps_for: Callable[[Language], list[Step]],
    update_ids: Iterator[int],
    window: float | None,
    files_sent: Callable[[int], Awaitable[None]] | None = None,
) -> float:
    """Everyone at once, each through their steps; the seconds it took (or the window).

    With `files_sent`, a person is done once the files that follow their last
    reply have gone out too (ours sends persona images and the PDF after the text).
    """

    async def person(user_id: int, lang: Language) -> None:
        steps = steps_for(lang)
        queued = 0.0
        for index, step in enumerate(steps):
            update_id = next(update_ids)
            payload = update_dict(update_id, user_id, lang, step)
            queued = time.perf_counter()
            await tracker.send(app, update_id, payload, last=index == len(steps) - 1)
        if files_sent is not None:
            await files_sent(user_id)
            if tracker.recording:
                tracker.files.append(time.perf_counter() - queued)

    began = time.perf_counter()
    tasks = [asyncio.ensure_future(person(uid, lang)) for uid, lang in people]
    done, pending = await asyncio.wait(tasks, timeout=window)
    elapsed = time.perf_counter() - began
    for task in done:
        task.result()  # a failure in the harness is not a result
    if pending:
        tracker.recording = False
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        # Polling would not fetch what nobody sent; drop what waits in the queue.
        queue = app.update_queue
        while not queue.empty():
            queue.get_nowait()
            queue.task_done()
    return window if pending and window else elapsed


def simulated_people(run: int, number: int) -> list[tuple[int, Language]]:
    return [(run * RUN_ID_STRIDE + i, LANGUAGES[i % 2]) for i in range(1, number + 1)]


def quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def latency_figures(tracker: Tracker) -> dict[str, float]:
    ms = [v * 1000 for v in tracker.handling]
    e2e = [v * 1000 for v in tracker.end_to_end]
    figures = {
        "p50_ms": quantile(ms, 0.50),
        "p95_ms": quantile(ms, 0.95),
        "p99_ms": quantile(ms, 0.99),
        "max_ms": max(ms, default=float("nan")),
        "e2e_p50_ms": quantile(e2e, 0.50),
        "e2e_p99_ms": quantile(e2e, 0.99),
    }
    if tracker.last_steps:
        figures["last_p50_ms"] = quantile([v * 1000 for v in tracker.last_steps], 0.5)
        figures["nonfinal_p99_ms"] = quantile([v * 1000 for v in tracker.other_steps], 0.99)
    if tracker.files:
        files = [v * 1000 for v in tracker.files]
        figures["files_p50_ms"] = quantile(files, 0.5)
        figures["files_p99_ms"] = quantile(files, 0.99)
    return figures


class CpuMeter:
    """Our process's CPU time, and how busy the rest of the machine was, over a stretch."""

    def __init__(self) -> None:
        self.own, self.busy = self._own(), self._machine_busy()

    @staticmethod
    def _own() -> float:
        times = os.times()
        return times.user + times.system

    @staticmethod
    def _machine_busy() -> float:
        """Seconds of CPU the whole machine spent busy since boot (all cores)."""
        with open("/proc/stat") as stat:
            fields = [int(v) for v in stat.readline().split()[1:]]
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
        return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")

    def figures(self, updates: int, seconds: float) -> dict[str, float]:
        own = self._own() - self.own
        others = max(0.0, self._machine_busy() - self.busy - own)
        return {
            "cpu_ms_per_update": own * 1000 / max(updates, 1),
            "cpu_cores": own / seconds,
            "busy_elsewhere_cores": others / seconds,
        }


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_usage() -> tuple[float, float]:
    """CPU seconds and the largest peak RSS (MiB) of the ended child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


# -- the three bots, one per worker process ------------------------------------------------


async def warm_up(
    app: Application[Any, Any, Any, Any, Any, Any],
    stub: StubRequest,
    tracker: Tracker,
    steps_for: Callable[[Language], list[Step]],
    update_ids: Iterator[int],
) -> None:
    """One person per language through everything first: imports and caches, untimed."""
    latency, stub.latency = stub.latency, 0.0
    tracker.recording = False
    people = [(RUN_ID_STRIDE - 1, "nb"), (RUN_ID_STRIDE - 2, "en")]
    follow_ups = app.bot_data.get("follow_ups")
    settled = follow_ups.settled if follow_ups is not None else None
    await run_people(app, tracker, people, steps_for, update_ids, None, settled)  # type: ignore[arg-type]
    tracker.recording = True
    stub.latency = latency
    stub.calls.clear()


async def ours_worker(spec: dict[str, Any]) -> dict[str, Any]:
    from bot import telegram_adapter
    from bot.settings import Settings

    scripts = {lang: build_script(lang) for lang in LANGUAGES}
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, telegram_bot_token=TOKEN, database_url=spec["database_url"]
    )
    app = telegram_adapter.build_application(settings)
    stub = StubRequest(spec["latency_ms"] / 1000)
    use_stub(app, stub)
    tracker = Tracker()
    tracker.install(app)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()
    update_ids = count(spec["run"] * RUN_ID_STRIDE + 1)
    steps_for = lambda lang: scripts[lang].steps  # noqa: E731
    await warm_up(app, stub, tracker, steps_for, update_ids)

    people = simulated_people(spec["run"], spec["people"])
    follow_ups = app.bot_data[telegram_adapter.FOLLOW_UPS]
    renderer = app.bot_data[telegram_adapter.RENDERER]
    meter = CpuMeter()
    elapsed = await run_people(
        app, tracker, people, steps_for, update_ids, None, follow_ups.settled
    )
    result: dict[str, Any] = {
        "updates": tracker.done,
        "seconds": elapsed,
        "ups": tracker.done / elapsed,
        "api_calls": dict(stub.calls),
        **meter.figures(tracker.done, elapsed),
        **latency_figures(tracker),
    }

    coach = app.bot_data.get(getattr(telegram_adapter, "COACH", "coach"))
    store = coach.store
    finished = 0
    for user_id, _lang in people:
        session = await store.load(telegram_adapter.person_id(user_id))
        finished += session is not None and session.finished_at is not None
    result["finished"] = finished

    # Resuming: /start from someone stored before the run, no network latency.
    stub.latency = 0.0
    tracker.recording = False
    rng = random.Random(7)
    picks = rng.sample(range(spec["stored"]), min(RESUME_SAMPLES, spec["stored"]))
    resume, loads = [], []
    for pick in picks:
        user_id = STORED_BASE + pick
        lang = LANGUAGES[pick % 2]
        began = time.perf_counter()
        await store.load(telegram_adapter.person_id(user_id))
        loads.append(time.perf_counter() - began)
        update_id = next(update_ids)
        payload = update_dict(update_id, user_id, lang, Step("command", "start"))
        update = Update.de_json(payload, app.bot)
        began = time.perf_counter()
        await app.process_update(update)
        resume.append(time.perf_counter() - began)
    if resume:
        result["resume_p50_ms"] = quantile(resume, 0.5) * 1000
        result["resume_p95_ms"] = quantile(resume, 0.95) * 1000
        result["load_p50_ms"] = quantile(loads, 0.5) * 1000

    await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
    result["db_mib"] = await database_size(spec["database_url"])
    result["rss_mib"] = peak_rss_mib()
    # The file worker(s) ended with post_shutdown: their CPU (warm-up and resumes
    # make no files, so nearly all of it is the run's) and their peak RSS.
    worker_cpu, worker_rss = children_usage()
    result["render_processes"] = renderer.processes
    result["render_cpu_ms_per_update"] = worker_cpu * 1000 / max(tracker.done, 1)
    result["render_rss_mib"] = worker_rss
    return result


async def echo_worker(spec: dict[str, Any]) -> dict[str, Any]:
    """PTB's echo bot, with as many concurrent updates as ours handles."""
    from bot.settings import Settings

    concurrent = Settings(_env_file=None).max_concurrent_updates  # type: ignore[call-arg]
    scripts = {lang: build_script(lang) for lang in LANGUAGES}
    texts = {
        lang: [Step("text", scripts[lang].typed[i % len(scripts[lang].typed)]) for i in range(n)]
        for lang in LANGUAGES
        for n in [len(scripts[lang].steps)]
    }

    async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.message.text is not None
        await update.message.reply_text(update.message.text)

    stub = StubRequest(spec["latency_ms"] / 1000)
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .request(stub)
        .get_updates_request(stub)
        .concurrent_updates(concurrent)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    tracker = Tracker()
    tracker.install(app)
    await app.initialize()
    await app.start()
    update_ids = count(spec["run"] * RUN_ID_STRIDE + 1)
    await warm_up(app, stub, tracker, texts.__getitem__, update_ids)
    people = simulated_people(spec["run"], spec["people"])
    meter = CpuMeter()
    elapsed = await run_people(app, tracker, people, texts.__getitem__, update_ids, None)
    result = {
        "updates": tracker.done,
        "seconds": elapsed,
        "ups": tracker.done / elapsed,
        "api_calls": dict(stub.calls),
        **meter.figures(tracker.done, elapsed),
        "concurrent_updates": concurrent,
        **latency_figures(tracker),
    }
    await app.stop()
    await app.shutdown()
    result["rss_mib"] = peak_rss_mib()
    return result


def peer_application(
    stub: StubRequest, persistence: PicklePersistence[Any, Any, Any], questions: int
) -> Application[Any, Any, Any, Any, Any, Any]:
    """persistentconversationbot.py's shape: one state per question, answers in user_data."""

    def facts(user_data: dict[str, str]) -> str:
        return "\n".join(f"{key} - {value}" for key, value in user_data.items())

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        assert update.message is not None
        known: dict[str, str] = context.user_data or {}  # type: ignore[assignment]
        hello = f"Welcome back! So far:\n{facts(known)}\n" if known else "Hi! "
        await update.message.reply_text(f"{hello}Question 1 of {questions}: your topic?")
        return 0

    def state(index: int) -> list[MessageHandler[Any, Any]]:
        async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
            assert update.message is not None and context.user_data is not None
            context.user_data[f"q{index}"] = update.message.text
            if index + 1 < questions:
                await update.message.reply_text(
                    f"Neat! Question {index + 2} of {questions}: tell me more."
                )
                return index + 1
            await update.message.reply_text(f"Done! What you told me:\n{facts(context.user_data)}")  # type: ignore[arg-type]
            return ConversationHandler.END

        return [MessageHandler(filters.TEXT & ~filters.COMMAND, answer)]

    async def done(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        assert update.message is not None
        await update.message.reply_text("Until next time!")
        return ConversationHandler.END

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        conversation = ConversationHandler(
            entry_points=[CommandHandler("start", start)],
            states={index: state(index) for index in range(questions)},
            fallbacks=[CommandHandler("done", done)],
            name=PEER_NAME,
            persistent=True,
        )
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .request(stub)
        .get_updates_request(stub)
        .persistence(persistence)
        .build()
    )
    app.add_handler(conversation)
    return app


def peer_steps(scripts: dict[Language, Script]) -> dict[Language, list[Step]]:
    steps: dict[Language, list[Step]] = {}
    for lang, script in scripts.items():
        texts = script.typed
        answers = [Step("text", texts[i % len(texts)]) for i in range(script.questions)]
        steps[lang] = [Step("command", "start"), *answers]
    return steps


async def peer_worker(spec: dict[str, Any]) -> dict[str, Any]:
    scripts = {lang: build_script(lang) for lang in LANGUAGES}
    questions = scripts["nb"].questions
    steps = peer_steps(scripts)
    stub = StubRequest(spec["latency_ms"] / 1000)
    path = Path(spec["pickle"])
    began = time.perf_counter()
    persistence: PicklePersistence[Any, Any, Any] = PicklePersistence(filepath=path)
    app = peer_application(stub, persistence, questions)
    tracker = Tracker()
    tracker.install(app)
    await app.initialize()  # loads the whole pickle
    await app.start()
    loaded = time.perf_counter() - began
    update_ids = count(spec["run"] * RUN_ID_STRIDE + 1)
    await warm_up(app, stub, tracker, steps.__getitem__, update_ids)
    people = simulated_people(spec["run"], spec["people"])
    meter = CpuMeter()
    elapsed = await run_people(app, tracker, people, steps.__getitem__, update_ids, spec["window"])
    result: dict[str, Any] = {
        "updates": tracker.done,
        "seconds": elapsed,
        "ups": tracker.done / elapsed,
        "api_calls": dict(stub.calls),
        **meter.figures(tracker.done, elapsed),
        "questions": questions,
        "load_s": loaded,
        **latency_figures(tracker),
    }
    # What PTB does every `update_interval` (60 s) and at shutdown: with PicklePersistence's
    # defaults (on_flush=False) every changed user_data, chat_data and conversation rewrites
    # the whole pickle. One rewrite is timed; the cycle is that times the rewrites it needs.
    rewrites = 3 * min(spec["people"], tracker.done)
    began = time.perf_counter()
    await persistence.flush()
    result["flush_ms"] = (time.perf_counter() - began) * 1000
    result["pickle_mib"] = await asyncio.to_thread(lambda: path.stat().st_size / 2**20)
    result["cycle_rewrites"] = rewrites
    result["cycle_s"] = rewrites * result["flush_ms"] / 1000
    result["rss_mib"] = peak_rss_mib()
    return result


# -- stored people ---------------------------------------------------------------------


def stored_mix(script: Script) -> list[Session]:
    """Templates for stored people: 40 % finished, the rest a quarter, half, three quarters in."""
    sessions = script.sessions
    partial = [sessions[len(sessions) * k // 4] for k in (1, 2, 3)]
    finished = sessions[-1]
    return [finished, finished, partial[0], partial[1], partial[2]]


async def seed_ours(spec: dict[str, Any]) -> dict[str, Any]:
    """`stored` people saved through the store, as the bot would have left them."""
    from storage.factory import open_store

    templates = {lang: stored_mix(build_script(lang)) for lang in LANGUAGES}
    store = await open_store(spec["database_url"])
    began = time.perf_counter()
    chunk = 256
    try:
        for first in range(0, spec["stored"], chunk):
            saves = []
            for i in range(first, min(first + chunk, spec["stored"])):
                lang = LANGUAGES[i % 2]
                template = templates[lang][i % len(templates[lang])]
                session = template.model_copy(
                    update={"person_id": f"tg:{STORED_BASE + i}", "version": 0}
                )
                saves.append(store.save(session))
            await asyncio.gather(*saves)
    finally:
        await store.close()
    return {"seconds": time.perf_counter() - began}


async def seed_peer(spec: dict[str, Any]) -> dict[str, Any]:
    """`stored` people in the peer's pickle: their answers and where each one is."""
    scripts = {lang: build_script(lang) for lang in LANGUAGES}
    questions = scripts["nb"].questions
    persistence: PicklePersistence[Any, Any, Any] = PicklePersistence(
        filepath=Path(spec["pickle"]), on_flush=True
    )
    await persistence.get_user_data()
    await persistence.get_chat_data()
    await persistence.get_bot_data()
    await persistence.get_conversations(PEER_NAME)
    for i in range(spec["stored"]):
        user_id = STORED_BASE + i
        texts = scripts[LANGUAGES[i % 2]].typed
        answered = questions if i % 5 < 2 else questions * (i % 5 - 1) // 4
        await persistence.update_user_data(
            user_id, {f"q{q}": texts[q % len(texts)] for q in range(answered)}
        )
        await persistence.update_chat_data(user_id, {})
        if answered < questions:
            await persistence.update_conversation(PEER_NAME, (user_id, user_id), answered)
    await persistence.flush()
    return {}


async def database_size(database_url: str) -> float:
    if database_url.startswith("sqlite:///"):
        path = Path(database_url.removeprefix("sqlite:///"))
        files = [path, Path(f"{path}-wal")]
        return sum(f.stat().st_size for f in files if f.exists()) / 2**20
    import asyncpg

    connection = await asyncpg.connect(database_url)
    try:
        size = await connection.fetchval("SELECT pg_total_relation_size('sessions')")
    finally:
        await connection.close()
    return float(size) / 2**20


WORKERS = {
    "ours": ours_worker,
    "echo": echo_worker,
    "peer": peer_worker,
    "seed-ours": seed_ours,
    "seed-peer": seed_peer,
}


def worker_main(spec: dict[str, Any]) -> None:
    logging.basicConfig(level=logging.WARNING)
    result = asyncio.run(WORKERS[spec["kind"]](spec))
    print(RESULT + json.dumps(result), flush=True)
    if spec["kind"] == "peer":
        # The peer's PicklePersistence would rewrite its pickle once per changed person
        # at shutdown; that is measured above, not waited for.
        os._exit(0)


# -- the orchestra: seed, run each bot in its own process, report ----------------------


def run_worker(spec: dict[str, Any]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", json.dumps(spec)],
        stdout=subprocess.PIPE,
        text=True,
        check=False,
        cwd=ROOT,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT)]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"benchmark worker {spec['kind']} failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(lines[-1][len(RESULT) :])
    return result


class Databases:
    """A stored-people database per size, copied (SQLite) or shared (PostgreSQL) per run."""

    def __init__(self, workdir: Path, postgres_url: str | None) -> None:
        self.workdir = workdir
        self.postgres_url = postgres_url
        self.seeded: dict[int, str] = {}
        self.schemas: list[str] = []
        self.runs = 0

    @property
    def backend(self) -> str:
        return "postgresql" if self.postgres_url else "sqlite"

    def seeded_url(self, stored: int) -> str:
        if stored not in self.seeded:
            url = self._fresh(f"seed{stored}")
            progress(f"seeding {stored:,} stored people ({self.backend})")
            figures = run_worker({"kind": "seed-ours", "database_url": url, "stored": stored})
            progress(f"  seeded in {figures['seconds']:.1f} s")
            self.seeded[stored] = url
        return self.seeded[stored]

    def for_run(self, stored: int) -> str:
        """A database with `stored` people, for one run."""
        seeded = self.seeded_url(stored)
        if self.postgres_url:
            return seeded  # runs add their own people, with ids of their own
        self.runs += 1
        source = Path(seeded.removeprefix("sqlite:///"))
        target = self.workdir / f"run{self.runs}.sqlite3"
        shutil.copyfile(source, target)
        return f"sqlite:///{target}"

    def done_with(self, url: str) -> None:
        """A run's copy is not needed once measured (a copy of 100,000 people is large)."""
        if not self.postgres_url and "/run" in url:
            for suffix in ("", "-wal", "-shm"):
                Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)

    def _fresh(self, name: str) -> str:
        if not self.postgres_url:
            return f"sqlite:///{self.workdir / (name + '.sqlite3')}"
        schema = f"strategibot_bench_{name}_{secrets.token_hex(4)}"
        asyncio.run(postgres_execute(self.postgres_url, f'CREATE SCHEMA "{schema}"'))
        self.schemas.append(schema)
        separator = "&" if "?" in self.postgres_url else "?"
        return f"{self.postgres_url}{separator}search_path={schema}"

    def close(self) -> None:
        for schema in self.schemas:
            asyncio.run(
                postgres_execute(self.postgres_url or "", f'DROP SCHEMA "{schema}" CASCADE')
            )


async def postgres_execute(url: str, sql: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(url)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


class Skip(Exception):
    """This benchmark can't run here; the message says why."""


def postgres_url() -> str | None:
    """DATABASE_URL when it names PostgreSQL (and the store factory can open it)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.lower().startswith(("postgres://", "postgresql://", "postgresql+")):
        return None
    try:
        from storage import factory
    except ImportError as error:
        raise Skip(f"DATABASE_URL names PostgreSQL, but the store can't load: {error}") from None
    if not hasattr(factory, "PostgresStore"):
        raise Skip("DATABASE_URL names PostgreSQL, but the store factory has no PostgresStore yet")
    return url


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Plan:
    people: int
    stored: int
    base_stored: int
    latencies: list[int]
    peer_window: float
    quiet_wait: float


def wait_for_quiet(limit: float) -> None:
    """Others share this machine: wait (up to `limit` s) until it is nearly idle."""
    deadline = time.monotonic() + limit
    while True:
        meter = CpuMeter()
        time.sleep(1.0)
        busy = meter.figures(0, 1.0)["busy_elsewhere_cores"]
        if busy < 0.25 or time.monotonic() >= deadline:
            if busy >= 0.25:
                progress(f"  the machine is still busy ({busy:.1f} cores in use); measuring anyway")
            return
        time.sleep(2.0)


def flatten(prefix: str, figures: dict[str, Any]) -> dict[str, Any]:
    return {
        (key if key.startswith(prefix + "_") else f"{prefix}_{key}"): value
        for key, value in figures.items()
    }


def measure(plan: Plan, databases: Databases) -> list[dict[str, Any]]:
    lines = []
    run = 0
    peer_pickle: Path | None = None

    def measured(spec: dict[str, Any]) -> dict[str, Any]:
        nonlocal run
        run += 1
        if plan.quiet_wait:
            wait_for_quiet(plan.quiet_wait)
        return run_worker({"run": run, **spec})

    for latency in plan.latencies:
        common = {"latency_ms": latency, "people": plan.people}
        progress(f"[{latency} ms] echo: {plan.people:,} people")
        echo = measured({"kind": "echo", **common})

        if peer_pickle is None:
            peer_pickle = databases.workdir / "peer-seed.pickle"
            progress(f"seeding the peer's pickle with {plan.stored:,} stored people")
            run_worker({"kind": "seed-peer", "pickle": str(peer_pickle), "stored": plan.stored})
        pickle = databases.workdir / f"peer-run{run + 1}.pickle"
        shutil.copyfile(peer_pickle, pickle)
        progress(
            f"[{latency} ms] peer: {plan.people:,} people, {plan.stored:,} stored, "
            f"{plan.peer_window:g} s window"
        )
        peer = measured(
            {"kind": "peer", "pickle": str(pickle), "window": plan.peer_window, **common}
        )
        pickle.unlink(missing_ok=True)

        ours: dict[str, dict[str, Any]] = {}
        for label, stored in (("base", plan.base_stored), ("ours", plan.stored)):
            url = databases.for_run(stored)
            progress(f"[{latency} ms] ours: {plan.people:,} people, {stored:,} stored")
            ours[label] = measured(
                {"kind": "ours", "stored": stored, "database_url": url, **common}
            )
            databases.done_with(url)
        line: dict[str, Any] = {
            "latency_ms": latency,
            "people": plan.people,
            "stored": plan.stored,
            "base_stored": plan.base_stored,
            "store": databases.backend,
            **flatten("ours", ours["ours"]),
            **flatten("base", ours["base"]),
            **flatten("echo", echo),
            **flatten("peer", peer),
        }
        line["busy_elsewhere_cores"] = max(
            line[f"{b}_busy_elsewhere_cores"] for b in ("ours", "base", "echo", "peer")
        )
        lines.append(line)
    return lines


def fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


COLUMNS = (
    "bot",
    "stored",
    "updates",
    "updates/s",
    "CPU ms/update",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "e2e p99 ms",
    "peak RSS MiB",
    "data MiB",
    "resume ms",
)


def table(line: dict[str, Any]) -> str:
    def row(name: str, prefix: str, stored: object, data: object, resume: object) -> str:
        get = line.get
        cells = [
            name,
            fmt(stored),
            fmt(get(f"{prefix}_updates")),
            fmt(get(f"{prefix}_ups"), 0),
            fmt(get(f"{prefix}_cpu_ms_per_update"), 2),
            fmt(get(f"{prefix}_p50_ms")),
            fmt(get(f"{prefix}_p95_ms")),
            fmt(get(f"{prefix}_p99_ms")),
            fmt(get(f"{prefix}_e2e_p99_ms")),
            fmt(get(f"{prefix}_rss_mib"), 0),
            fmt(data, 1),
            fmt(resume, 2),
        ]
        return "| " + " | ".join(cells) + " |"

    out = [
        f"API latency {line['latency_ms']} ms, {line['people']:,} people at once, "
        f"store: {line['store']}",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
        row("echo (ceiling)", "echo", "-", None, None),
        row("peer (PicklePersistence)", "peer", line["stored"], line["peer_pickle_mib"], None),
        row("ours", "base", line["base_stored"], line["base_db_mib"], line["base_resume_p50_ms"]),
        row("ours", "ours", line["stored"], line["ours_db_mib"], line["ours_resume_p50_ms"]),
        "",
        f"- ours: {line['ours_finished']:,} of {line['people']:,} people finished the "
        f"interview ({line['ours_updates'] // max(line['people'], 1)} updates each); their last "
        f"update (summary, persona cards, PDF) took {fmt(line.get('ours_last_p50_ms'), 0)} ms "
        f"(p50), p99 of all their other updates {fmt(line.get('ours_nonfinal_p99_ms'), 0)} ms; "
        f"Bot API calls {line['ours_api_calls']}; the files that follow the last reply "
        f"(persona images, PDF) were sent {fmt(line.get('ours_files_p50_ms'), 0)} ms (p50) / "
        f"{fmt(line.get('ours_files_p99_ms'), 0)} ms (p99) after it was queued, drawn by "
        f"{line.get('ours_render_processes', '-')} worker process(es) using "
        f"{fmt(line.get('ours_render_cpu_ms_per_update'), 2)} ms CPU per update and "
        f"{fmt(line.get('ours_render_rss_mib'), 0)} MiB peak RSS; loading a stored session "
        f"{fmt(line.get('ours_load_p50_ms'), 2)} ms (p50), resuming p95 "
        f"{fmt(line.get('ours_resume_p95_ms'), 2)} ms.",
        f"- peer: {line['peer_questions']} questions; measured for {line['peer_seconds']:.1f} s; "
        f"loading its pickle took {line['peer_load_s']:.2f} s; one rewrite of the pickle "
        f"{line['peer_flush_ms']:.0f} ms; PTB's next persistence cycle rewrites it "
        f"{line['peer_cycle_rewrites']:,} times: ~{line['peer_cycle_s']:.0f} s with the "
        f"event loop blocked.",
        f"- echo: {line['echo_concurrent_updates']} concurrent updates, like ours.",
        f"- other processes kept up to {line['busy_elsewhere_cores']:.2f} of the CPU cores busy.",
    ]
    return "\n".join(out)


def targets(lines: list[dict[str, Any]]) -> list[str]:
    by_latency = {line["latency_ms"]: line for line in lines}
    out = []

    def verdict(met: bool) -> str:
        return "met" if met else "MISSED"

    if 0 in by_latency:
        line = by_latency[0]
        ratio = line["ours_ups"] / line["echo_ups"]
        out.append(
            f"0 ms: ours {line['ours_ups']:,.0f} updates/s = {ratio:.2f}x the echo ceiling "
            f"(target >= 0.8x): {verdict(ratio >= 0.8)}"
        )
    if 50 in by_latency:
        line = by_latency[50]
        ratio = line["ours_ups"] / line["peer_ups"]
        out.append(
            f"50 ms, {line['people']:,} people: ours = {ratio:,.1f}x the peer (target >= 100x): "
            f"{verdict(ratio >= 100)}; p99 handling {line['ours_p99_ms']:,.0f} ms "
            f"(target < 250 ms): {verdict(line['ours_p99_ms'] < 250)}"
        )
    for latency, line in by_latency.items():
        change = line["ours_ups"] / line["base_ups"] - 1
        resume = line.get("ours_resume_p50_ms") or float("nan")
        out.append(
            f"{latency} ms, {line['stored']:,} vs {line['base_stored']:,} stored: updates/s "
            f"{change:+.1%} (target within 10%): {verdict(abs(change) <= 0.10)}; resume "
            f"{resume:.2f} ms (target < 5 ms): {verdict(resume < 5)}; peak RSS "
            f"{line['ours_rss_mib']:.0f} MiB (target < 150 MiB): "
            f"{verdict(line['ours_rss_mib'] < 150)}, the file worker "
            f"{line.get('ours_render_rss_mib', 0):.0f} MiB more"
        )
    return out


def machine() -> str:
    model = "unknown CPU"
    with open("/proc/cpuinfo") as info:
        for text in info:
            if text.startswith("model name"):
                model = text.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as info:
        total_kib = int(info.readline().split()[1])
    return (
        f"{os.cpu_count()} cores, {model}, {total_kib / 2**20:.1f} GiB RAM, "
        f"Python {sys.version.split()[0]}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small run, under a minute")
    parser.add_argument("--json", action="store_true", help="one JSON object per latency")
    parser.add_argument("--people", type=int, help="simultaneous people (1000; quick 10)")
    parser.add_argument("--stored", type=int, help="people stored beforehand (100000; quick 2000)")
    parser.add_argument("--latency-ms", default="0,50", help="stub API latencies in ms (0,50)")
    parser.add_argument(
        "--peer-window", type=float, help="seconds the peer is measured (20; quick 2)"
    )
    parser.add_argument(
        "--quiet-wait",
        type=float,
        help="wait up to this many seconds for other processes to go quiet before each bot "
        "(120; quick 0)",
    )
    parser.add_argument("--json-file", help="also write the JSON lines to this file")
    parser.add_argument("--keep", action="store_true", help="keep the databases (path on stderr)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker_main(json.loads(args.worker))
        return 0
    stored = args.stored if args.stored is not None else (2000 if args.quick else 100_000)
    plan = Plan(
        people=args.people or (10 if args.quick else 1000),
        stored=stored,
        base_stored=min(BASE_STORED, stored),
        latencies=[int(v) for v in args.latency_ms.split(",") if v.strip()],
        peer_window=args.peer_window or (2.0 if args.quick else 20.0),
        quiet_wait=args.quiet_wait if args.quiet_wait is not None else (0 if args.quick else 120),
    )
    try:
        database = postgres_url()
    except Skip as skip:
        progress(f"skipped: {skip}")
        return 0
    workdir = Path(tempfile.mkdtemp(prefix="strategibot-bench-"))
    databases = Databases(workdir, database)
    began = time.perf_counter()
    progress(f"machine: {machine()}")
    try:
        lines = measure(plan, databases)
    finally:
        databases.close()
        if args.keep:
            progress(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    progress(f"done in {time.perf_counter() - began:.0f} s")
    if args.json_file:
        Path(args.json_file).write_text("".join(json.dumps(line) + "\n" for line in lines))
    if args.json:
        for line in lines:
            print(json.dumps(line))
        return 0
    print(f"Machine: {machine()}\n")
    for line in lines:
        print(table(line) + "\n")
    print("Targets (issue 6):")
    for text in targets(lines):
        print("- " + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
