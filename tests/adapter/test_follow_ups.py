"""Follow-ups run after the update, one after another per chat, in the order added."""

from __future__ import annotations

import asyncio

from bot.ordering import FollowUps


def start(work: object) -> asyncio.Task[None]:
    return asyncio.ensure_future(work)  # type: ignore[arg-type]


async def test_one_chats_follow_ups_run_in_order_and_settle_together() -> None:
    follow_ups = FollowUps()
    gates = [asyncio.Event() for _ in range(3)]
    done: list[int] = []

    def step(number: int) -> object:
        async def work() -> None:
            await gates[number].wait()
            done.append(number)

        return work

    for number in range(3):
        follow_ups.add(1, start, step(number))  # type: ignore[arg-type]
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

    follow_ups.add(1, start, slow)
    follow_ups.add(2, start, quick)
    await asyncio.wait_for(follow_ups.settled(2), 5)
    assert done == ["quick"]
    held.set()
    await asyncio.wait_for(follow_ups.drain(), 5)
    assert done == ["quick", "slow"]


async def test_a_failed_follow_up_does_not_stop_the_next() -> None:
    follow_ups = FollowUps()
    done: list[str] = []

    async def fails() -> None:
        raise RuntimeError("Telegram said no")

    async def works() -> None:
        done.append("sent")

    failing = follow_ups.add(1, start, fails)
    follow_ups.add(1, start, works)
    await asyncio.wait_for(follow_ups.drain(), 5)
    assert done == ["sent"]
    assert isinstance(failing.exception(), RuntimeError)


async def test_settled_with_nothing_queued_returns_at_once() -> None:
    await asyncio.wait_for(FollowUps().settled(42), 1)
