"""A sandboxed Jinja2 environment whose templates run within a step and size budget.

A user's ``--template`` folder may loop over huge ranges, nest loops, recurse through macros or
build ever longer strings. Every loop iteration, call and filter costs steps; every value a call,
filter, operator or ``~`` makes is measured; an int argument larger than any text is refused
before the call. Past a limit rendering stops with TemplateBudgetError (a one-line reason).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sized
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment


@dataclass(frozen=True)
class TemplateLimits:
    """How much work one rendering may do: steps, characters or items per value, bits per number."""

    steps: int = 2_000_000  # a 30-item briefing with the shipped templates takes under 1% of this
    chars: int = 2_000_000  # one value (text or list) and one argument
    output: int = 10_000_000  # the whole output of one rendering
    bits: int = 100_000  # one integer


LIMITS = TemplateLimits()
_FORMAT_WIDTH = re.compile(r"%[-+ #0]*\d*\.?\d{7,}")
# Callables whose int arguments are values to print, not counts that make text longer.
_PRINTS_NUMBERS = frozenset({"format", "format_map", "default", "d"})
_SIZED = (str, bytes, list, tuple, dict, set, frozenset)


class TemplateBudgetError(jinja2.TemplateRuntimeError):
    """A template went past one of its limits; ``str()`` is the Chinese reason."""


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox plus a budget: loops, calls, filters, operators and ``~`` are all measured."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args: Any, limits: TemplateLimits = LIMITS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limits = limits
        self.steps_left = limits.steps
        self.filters = {name: self._bounded_filter(name, f) for name, f in self.filters.items()}
        self.globals.pop("lipsum", None)  # a million paragraphs of filler text is one call

    def reset_budget(self) -> None:
        """Give the next rendering its full budget."""
        self.steps_left = self.limits.steps

    def spend(self, steps: int = 1) -> None:
        """Take ``steps`` from the budget; raise TemplateBudgetError when it is spent."""
        self.steps_left -= steps
        if self.steps_left < 0:
            raise TemplateBudgetError(
                f"模板运行超过 {self.limits.steps} 步的上限（循环或递归太多），已停止"
            )

    def measured(self, value: Any) -> Any:
        """Return ``value`` after charging its size and checking it against the limits."""
        if isinstance(value, int) and value.bit_length() > self.limits.bits:
            raise TemplateBudgetError(f"模板算出的数字超过 {self.limits.bits} 位二进制的上限，已停止")
        if isinstance(value, _SIZED):
            size = len(value)
            if size > self.limits.chars:
                raise TemplateBudgetError(f"模板生成的文字或列表超过 {self.limits.chars} 项的上限，已停止")
            self.spend(1 + size // 64)
        return value

    def _check_arguments(self, args: Iterable[Any], counts: bool = True) -> None:
        """Refuse arguments too large to pass on: long values, or (``counts``) ints past any text."""
        for arg in args:
            if counts and isinstance(arg, int) and abs(arg) > self.limits.chars:
                raise TemplateBudgetError(f"模板中的数 {str(arg)[:20]} 超过 {self.limits.chars} 的上限，已停止")
            self.measured(arg)

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Call ``obj`` from a template within the budget; the result is measured."""
        self.spend()
        counts = getattr(obj, "__name__", "") not in _PRINTS_NUMBERS
        self._check_arguments([*args, *kwargs.values()], counts)
        return self.measured(super().call(context, obj, *args, **kwargs))

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        """Return ``left op right`` when its result can stay within the limits."""
        self.spend()
        problem = _binop_problem(op, left, right, self.limits)
        if problem:
            raise TemplateBudgetError(f"模板中的运算（{op}）{problem}，已停止")
        return self.measured(self.binop_table[op](left, right))

    def counted(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """Yield the items of a ``for`` loop, one step each."""
        for item in iterable:
            self.spend()
            yield item

    def _bounded_filter(self, name: str, func: Any) -> Any:
        """Return filter ``func`` measured like a call (it keeps the filter's pass_context marks)."""
        counts = name not in _PRINTS_NUMBERS

        def bounded(*args: Any, **kwargs: Any) -> Any:
            self.spend()
            given = [a for a in args if not _is_runtime(a)]
            self._check_arguments(given[1:] + list(kwargs.values()), counts)
            return self.measured(func(*args, **kwargs))

        bounded.__dict__.update(getattr(func, "__dict__", {}))
        return bounded

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Return the template's tree with every loop counted and every ``~`` measured."""
        tree = super()._parse(source, name, filename)
        for loop in list(tree.find_all(nodes.For)):
            loop.iter = _env_call("counted", loop.iter)
        for parent in list(tree.find_all(nodes.Node)):
            for field, child in parent.iter_fields():
                if isinstance(child, nodes.Concat):  # an expression: ``a ~ b``
                    setattr(parent, field, _env_call("measured", child))
                elif isinstance(child, list):
                    child[:] = [_env_call("measured", c) if isinstance(c, nodes.Concat) else c for c in child]
        return tree


def _env_call(method: str, node: nodes.Node) -> nodes.Call:
    """Return a call of the environment's ``method`` on ``node`` (templates cannot name it)."""
    return nodes.Call(nodes.EnvironmentAttribute(method), [node], [], None, None, lineno=node.lineno)


def _is_runtime(value: Any) -> bool:
    """Return whether ``value`` is the context, eval context or environment a filter is passed."""
    return isinstance(value, (jinja2.runtime.Context, jinja2.nodes.EvalContext, jinja2.Environment))


def _binop_problem(op: str, left: Any, right: Any, limits: TemplateLimits) -> str | None:
    """Return why ``left op right`` would pass a limit, or None when it may be computed."""
    ints = isinstance(left, int) and isinstance(right, int)
    if op == "*" and ints and left.bit_length() + right.bit_length() > limits.bits:
        return f"算出的数字会超过 {limits.bits} 位二进制的上限"
    seq, times = (left, right) if isinstance(right, int) else (right, left)
    if op == "*" and isinstance(seq, Sized) and isinstance(times, int) and len(seq) * times > limits.chars:
        return f"重复后会超过 {limits.chars} 项的上限"
    if op == "**" and _power_bits(left, right) > limits.bits:
        return f"乘方会超过 {limits.bits} 位二进制的上限"
    if op == "%" and isinstance(left, str) and _FORMAT_WIDTH.search(left):
        return "格式宽度过大"
    return None


def _power_bits(left: Any, right: Any) -> float:
    """Return about how many bits ``left ** right`` takes (0 when it cannot grow)."""
    numbers = isinstance(left, (int, float)) and isinstance(right, (int, float))
    if not numbers or right <= 1 or abs(left) <= 1:
        return 0
    return float(right) * max(int(abs(left)).bit_length(), 1)
