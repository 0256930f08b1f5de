"""Python 3 syntax, up to 3.12."""
from __future__ import annotations

import asyncio
from . import sibling
from ..pkg.mod import (a as b,
                       c)


async def fetch(session: Session, *urls: str, timeout: float = 1.0, **kw) -> list[str]:
    async with session.get(urls[0]) as response:
        body = await response.text()
    async for chunk in response.content:
        yield chunk
    result = [await x async for x in gen()]
    return result


def positional(a, b, /, c, *, d, e=2):
    nonlocal_total: int = 0
    if (n := len(a)) > 10:
        print(f"too long ({n} elements)", file=sys.stderr)
    return {**kw, 'k': v}, {x for x in a}, {k: v for k, v in items}


def outer():
    total = 0

    def inner():
        nonlocal total
        total += 1
        yield from range(3)
    return inner


@functools.lru_cache(maxsize=None)
@buttons[0].clicked.connect
class Point:
    x: int
    y: int = 0

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)


def dispatch(command):
    match command.split():
        case [action]:
            pass
        case [action, obj] if obj:
            handle(action, obj)
        case Point(x=0, y=0) | None:
            pass
        case {"key": value, **rest}:
            pass
        case _:
            pass


match = re.match(pattern, text)
case = match.group(0)
print(match, case)
try:
    run()
except* ValueError as eg:
    pass
lam = lambda x, *y, z=3, **w: x if y else z
first, *rest = items
matrix = a @ b
