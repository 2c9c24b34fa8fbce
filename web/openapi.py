"""The OpenAPI schema, with the question-length limit taken from the running app's Settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI


def with_question_limit(app: FastAPI, max_chars: int) -> Callable[[], dict[str, Any]]:
    """Wrap `app.openapi` so the schema states the limit the assistant enforces (NAMND_MAX_QUESTION_CHARS);
    pydantic never enforces it, so the assistant's Swedish message stays the one users see."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()  # caches itself in app.openapi_schema
            for field in _question_fields(schema):
                field["maxLength"] = max_chars
        return app.openapi_schema  # type: ignore[return-value]

    return openapi


def _question_fields(schema: dict[str, Any]) -> list[dict[str, Any]]:
    fields = []
    chat_in = schema.get("components", {}).get("schemas", {}).get("ChatIn", {})
    if "question" in chat_in.get("properties", {}):
        fields.append(chat_in["properties"]["question"])
    for parameter in schema.get("paths", {}).get("/api/search", {}).get("get", {}).get("parameters", []):
        if parameter.get("name") == "q":
            fields.append(parameter["schema"])
    completion = schema.get("components", {}).get("schemas", {}).get("ChatCompletionIn", {})
    user_message = completion.get("properties", {}).get("messages", {}).get("contains", {})
    if "content" in user_message.get("properties", {}):
        fields.append(user_message["properties"]["content"])
    return fields
