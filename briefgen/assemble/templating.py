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
from jinja2.sandbox import ImmutableSandboxedEnvironment

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
    return jinja2.FileSystemBytecodeCache(str(folder)) if os.access(folder, os.W_OK) else None


def template_environment(template_dir: Path | None = None) -> jinja2.Environment:
    """Return the sandboxed, strict environment that loads the briefing templates."""
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(template_dir)]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=json_value,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["tojson"] = _tojson
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
    return ConfigError(f"模板渲染失败（{exc}），请检查模板里用到的变量名")


def render_text(env: jinja2.Environment, context: dict[str, Any]) -> str:
    """Return the main template rendered with ``context``; template faults are ConfigErrors."""
    try:
        return env.get_template(MAIN_TEMPLATE).render(context)
    except (jinja2.TemplateError, TypeError) as exc:
        raise _template_error(exc) from exc


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
