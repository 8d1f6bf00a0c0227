"""Follow-ups run after the update, one after another per chat, in the order added."""

from __future__ import annotations

import asyncio
import inspect

from bot.ordering import FollowUps


async def test_one_chats_follow_ups_run_in_order_and_settle_together() -> None:
    follow_ups = FollowUps()
    gates = [asyncio.Event() for _ in range(3)]
    done: list[int] = []

    async def step(number: int) -> None:
        await gates[number].wait()
        done.append(number)

    for number in range(3):
        follow_ups.add(1, step(number))
    settled = asyncio.ensure_future(follow_ups.settled(1))
    # Opening the gates last to first: each still waits for the one before it.
    for gate in reversed(gates):
        gate.set()
    await asyncio.wait_for(settled, 5)
    assert done == [0, 1, 2]
    assert follow_ups.pending == 0


async def test_chats_do_not_wait_for_each_other() -> None:
    follow_ups = FollowUps()
    held = asyncio.Event()
    done: list[str] = []

    async def slow() -> None:
        await held.wait()
        done.append("slow")

    async def quick() -> None:
        done.append("quick")

    follow_ups.add(1, slow())
    follow_ups.add(2, quick())
    await asyncio.wait_for(follow_ups.settled(2), 5)
    assert done == ["quick"]
    held.set()
    await asyncio.wait_for(follow_ups.settled(1), 5)
    assert done == ["quick", "slow"]
    assert follow_ups.pending == 0


async def test_a_failed_follow_up_does_not_stop_the_next() -> None:
    follow_ups = FollowUps()
    done: list[str] = []

    async def fails() -> None:
        raise RuntimeError("Telegram said no")

    async def works() -> None:
        done.append("sent")

    failing = follow_ups.add(1, fails())
    follow_ups.add(1, works())
    await asyncio.wait_for(follow_ups.settled(1), 5)
    assert done == ["sent"]
    assert isinstance(failing.exception(), RuntimeError)


async def test_settled_with_nothing_queued_returns_at_once() -> None:
    await asyncio.wait_for(FollowUps().settled(42), 1)


async def test_a_follow_up_cancelled_before_its_turn_is_closed_not_left_unawaited() -> None:
    follow_ups = FollowUps()
    held = asyncio.Event()

    async def slow() -> None:
        await held.wait()

    async def never() -> None:
        raise AssertionError("must not run")

    work = never()
    follow_ups.add(1, slow())
    waiting = follow_ups.add(1, work)
    await asyncio.sleep(0)  # let it start waiting for the one before it
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)
    assert inspect.getcoroutinestate(work) == inspect.CORO_CLOSED
    held.set()
    await asyncio.wait_for(follow_ups.settled(1), 5)
