"""The Jinja2 environment whose templates print the briefing as a stream of JSON records.

Every ``{{ … }}`` prints a JSON value (strings quoted and escaped), so article text is
always data: braces, quotes or ``{{ 7*7 }}`` inside it come out literally and cannot
break the record structure the templates write around it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import jinja2

from briefgen.assemble.bounds import BoundedEnvironment, TemplateBudgetError
from briefgen.errors import ConfigError
from briefgen.resources import shipped_dir, user_cache_dir

MAIN_TEMPLATE = "briefing.j2"


class JsonText(str):
    """Template output that is already JSON and is printed as it is."""


def json_value(value: Any) -> str:
    """Return ``value`` as JSON text for printing; JsonText passes through unchanged."""
    if isinstance(value, JsonText):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _tojson(value: Any) -> JsonText:
    """Return ``value`` as JSON, marked so that printing does not encode it twice."""
    return JsonText(json.dumps(value, ensure_ascii=False, default=str))


def template_dirs(template_dir: Path | None) -> list[Path]:
    """Return the template search path: the user's folder first, then the shipped one."""
    dirs = [shipped_dir("templates")]
    if template_dir is None:
        return dirs
    if not Path(template_dir).is_dir():
        raise ConfigError(f"{template_dir}：模板目录不存在，请检查 --template 的路径")
    return [Path(template_dir), *dirs]


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Return a cache of compiled templates in the user cache folder (None when it is not writable)."""
    folder = user_cache_dir() / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(folder, os.W_OK):
        return None
    return jinja2.FileSystemBytecodeCache(str(folder), "briefgen-bounded-%s.cache")  # not older unbounded code


def template_environment(template_dir: Path | None = None) -> jinja2.Environment:
    """Return the sandboxed, strict, bounded environment that loads the briefing templates."""
    env = BoundedEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(template_dir)]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=json_value,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["tojson"] = _tojson
    env.user_templates = template_dir is not None  # type: ignore[attr-defined]
    return env


def _template_error(exc: Exception) -> ConfigError:
    """Return a one-line Chinese ConfigError naming the template and what went wrong."""
    if isinstance(exc, jinja2.TemplateNotFound):
        return ConfigError(
            f"找不到模板 {exc.name}：请在 --template 目录里补上它，或去掉 --template"
        )
    if isinstance(exc, jinja2.TemplateSyntaxError):
        where = f"{exc.filename or exc.name}第{exc.lineno}行"
        return ConfigError(f"模板 {where} 有语法错误（{exc.message}），请改正模板")
    if isinstance(exc, TemplateBudgetError):
        return ConfigError(f"{exc}；请检查 --template 模板中的循环、递归和宏")
    if isinstance(exc, RecursionError):
        return ConfigError("模板递归或互相包含太深，已停止；请检查 --template 模板中的宏、include 和 extends")
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return ConfigError(f"模板做了不允许的操作（{str(exc)[:120]}），已停止；请改正模板")
    return ConfigError(f"模板渲染失败（{str(exc)[:200]}），请检查模板里用到的变量名和运算")


def render_text(env: jinja2.Environment, context: dict[str, Any]) -> str:
    """Return the main template rendered with ``context``; template faults are ConfigErrors."""
    limit = env.limits.output if isinstance(env, BoundedEnvironment) else None
    if isinstance(env, BoundedEnvironment):
        env.reset_budget()
    parts: list[str] = []
    size = 0
    try:
        for part in env.get_template(MAIN_TEMPLATE).generate(context):
            size += len(part)
            if limit is not None and size > limit:
                raise TemplateBudgetError(f"模板输出超过 {limit} 字的上限，已停止")
            parts.append(part)
    except (jinja2.TemplateError, TypeError) as exc:
        raise _template_error(exc) from exc
    except (ValueError, ArithmeticError, LookupError, RecursionError) as exc:
        if not getattr(env, "user_templates", False):
            raise  # the shipped templates: a bug in briefgen
        raise _template_error(exc) from exc
    return "".join(parts)


def parse_records(text: str) -> list[dict[str, Any]]:
    """Return the JSON objects printed one after another by the templates."""
    decoder = json.JSONDecoder()
    records: list[dict[str, Any]] = []
    at = 0
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            return records
        try:
            record, at = decoder.raw_decode(text, at)
        except json.JSONDecodeError as exc:
            line = text.count("\n", 0, exc.pos) + 1
            raise ConfigError(
                f"模板输出第{line}行不是合法的 JSON 记录（{exc.msg}），"
                "请检查模板里 {{ }} 外面的括号、引号和逗号"
            ) from exc
        if not isinstance(record, dict) or "type" not in record:
            line = text.count("\n", 0, at) + 1
            raise ConfigError(f"模板输出第{line}行的记录缺少 type 字段，请参照自带模板修改")
        records.append(record)
